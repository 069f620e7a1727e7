"""Dates, durations, numbers, percentages and money in Arabic and English releases."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.extract.dates import find_dates
from govnews.extract.numbers import find_ordinals, parse_number
from govnews.extract.values import find_values

VALUE_TYPES = {"DATE", "DURATION", "NUMBER", "PERCENT", "MONEY"}
PUBLISHED = dt.date(2024, 5, 6)  # a Monday


def _one(text, lang, kind, mention, published=None):
    found = [e for e in find_values(text, lang=lang, published=published) if e.type == kind and e.text == mention]
    assert found, f"{kind} {mention!r} not in {[(e.type, e.text) for e in find_values(text, lang=lang)]}"
    return found[0]


# ---------------------------------------------------------------- the sample articles


def test_seed_gold_values(seeds, gold):
    for number, text in seeds.items():
        row = gold[number]
        found = find_values(text, lang=row["lang"])
        by_text = {(e.type, e.text): e for e in found}
        for expected in (x for x in row["entities"] if x["type"] in VALUE_TYPES):
            entity = by_text.get((expected["type"], expected["text"]))
            assert entity is not None, f"{number}: {expected['type']} {expected['text']!r} missing"
            if expected["type"] in ("DATE", "DURATION"):
                assert entity.value == expected["value"]
            else:
                assert entity.number == float(expected["value"])
            if "unit" in expected:
                assert entity.unit == expected["unit"]
            if "qualifier" in expected:
                assert entity.attrs["qualifier"] == expected["qualifier"]


def test_seed_names_with_years_are_not_values(seeds, gold):
    for number, text in seeds.items():
        for phrase in gold[number].get("not_dates", []):
            start = text.index(phrase)
            for entity in find_values(text, lang="ar"):
                inside = start <= entity.start < start + len(phrase)
                assert not (inside and entity.type in ("DATE", "NUMBER")), (phrase, entity)


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_mentions_are_sorted_disjoint_slices_of_the_text(seeds, gold, number):
    text = seeds[number]
    found = find_values(text, lang=gold[number]["lang"], published=dt.date(2014, 9, 1))
    assert found
    for entity in found:
        assert text[entity.start:entity.end] == entity.text
    for left, right in zip(found, found[1:]):
        assert left.end <= right.start


# ---------------------------------------------------------------- numbers

NUMBERS = [
    # (lang, text, type, mention, number, unit)
    ("ar", "شارك فيها 22 موظفا من الدوائر الحكومية", "NUMBER", "22 موظفا", 22, "موظف"),
    ("ar", "بلغ عدد المستفيدين ١٣٢ موظفاً من مستشفيات المحافظة", "NUMBER", "١٣٢ موظفاً", 132, "موظف"),
    ("ar", "وقد بلغ عدد الزوار ۴۵۰ زائرا خلال المعرض", "NUMBER", "۴۵۰ زائرا", 450, "زائر"),
    ("ar", "بلغت مجموع الساعات 2001ساعة تدريبية.", "NUMBER", "2001ساعة تدريبية", 2001, "ساعة تدريبية"),
    ("ar", "يشمل على وحدات أربع رئيسة حول العمل", "NUMBER", "وحدات أربع", 4, "وحدات"),
    # a word after a preposition's article is no adjective of the counted noun, whatever its ending
    ("ar", "وشارك في البرنامج البحثي 141 مستشفى بالولايات المتحدة وكندا خلال عامين.", "NUMBER", "141 مستشفى", 141,
     "مستشفى"),
    ("ar", "وتعمل حاليا 35 شركة بالمملكة العربية السعودية في قطاع الطاقة المتجددة.", "NUMBER", "35 شركة", 35, "شركة"),
    ("ar", "وحصلت 5 شركات بحرينية على جائزة التميز في دورتها الحالية.", "NUMBER", "5 شركات بحرينية", 5,
     "شركات بحرينية"),
    ("ar", "شارك في الورشة خمسة جهات حكومية مختلفة", "NUMBER", "خمسة جهات حكومية", 5, "جهات حكومية"),
    ("ar", "من ثلاث دول عربية مختلفة هي الأردن والعراق ومصر", "NUMBER", "ثلاث دول عربية", 3, "دول"),
    ("ar", "يفصل الدليل مواده ضمن سبعة محاور هي", "NUMBER", "سبعة محاور", 7, "محاور"),
    ("ar", "وستقدم القمة 6 ورش عمل متخصصة", "NUMBER", "6 ورش عمل", 6, "ورش عمل"),
    ("ar", "ومن المتوقع أن تجذب أكثر من 300 من خبراء الاتصال", "NUMBER", "أكثر من 300 من خبراء", 300, "خبراء"),
    ("ar", "وصول عدد المستخدمين إلى 82 مليون مستخدم، يعد", "NUMBER", "82 مليون مستخدم", 82e6, "مستخدم"),
    ("ar", "بلغ عدد مستخدمي الانترنت نحو 59,19 مليون مواطن", "NUMBER", "59,19 مليون مواطن", 59.19e6, "مواطن"),
    ("ar", "يبلغ حوالي 56,179 مليون مواطن ومنصة", "NUMBER", "56,179 مليون مواطن", 56.179e6, "مواطن"),
    ("ar", "استقبل المعرض 1,200 زائر في يومه الأول", "NUMBER", "1,200 زائر", 1200, "زائر"),
    ("ar", "بلغ عدد السكان 1,200,000 نسمة", "NUMBER", "1,200,000 نسمة", 1.2e6, "نسمة"),
    ("ar", "يعمل في القطاع ٣٫٥ مليون عامل", "NUMBER", "٣٫٥ مليون عامل", 3.5e6, "عامل"),
    ("ar", "تضم المدينة ١٢٬٥٠٠ وحدة سكنية جديدة", "NUMBER", "١٢٬٥٠٠ وحدة سكنية", 12500, "وحدة سكنية"),
    ("ar", "استفاد من البرنامج ثلاثة ملايين ومئتا ألف مواطن", "NUMBER", "ثلاثة ملايين ومئتا ألف مواطن", 3.2e6, "مواطن"),
    ("ar", "وزعت الجمعية خمسة وعشرين جهازا على الأسر", "NUMBER", "خمسة وعشرين جهازا", 25, "جهاز"),
    ("ar", "ضمت البعثة عشرين طالبا وطالبة", "NUMBER", "عشرين طالبا", 20, "طالب"),
    ("ar", "وشارك في السباق عشرون متسابقا من دول الخليج", "NUMBER", "عشرون متسابقا", 20, "متسابق"),
    ("ar", "تم تكريم مائتي متطوع في الحفل", "NUMBER", "مائتي متطوع", 200, "متطوع"),
    ("ar", "وقد تم تخريج مئتا طالب هذا الفصل", "NUMBER", "مئتا طالب", 200, "طالب"),
    ("ar", "وتضم المكتبة ثلاثمائة مخطوطة نادرة", "NUMBER", "ثلاثمائة مخطوطة", 300, "مخطوطة"),
    ("ar", "وتوفر المبادرة ألفين فرصة عمل للشباب", "NUMBER", "ألفين فرصة عمل", 2000, "فرصة عمل"),
    ("ar", "وأصابت خمس وحدات من المقاتلين", "NUMBER", "خمس وحدات", 5, "وحدات"),
    ("ar", "قد تم تدريب (122) موظفا على النظام", "NUMBER", "(122) موظفا", 122, "موظف"),
    ("ar", "وقد شارك في الملتقى قرابة 400 ألف زائر", "NUMBER", "400 ألف زائر", 4e5, "زائر"),
    ("ar", "تم تدريب ما يزيد على 1000 متدرب في المملكة", "NUMBER", "ما يزيد على 1000 متدرب", 1000, "متدرب"),
    ("ar", "وقد انطلقت أقل من 50 رحلة من المطار", "NUMBER", "أقل من 50 رحلة", 50, "رحلة"),
    ("ar", "وقدمت الهيئة 13 ورقة علمية في المؤتمر", "NUMBER", "13 ورقة علمية", 13, "ورقة علمية"),
    ("ar", "وتحمل الشاحنات 16500 وجبة غذائية للأسر", "NUMBER", "16500 وجبة غذائية", 16500, "وجبة غذائية"),
    ("ar", "ووصل إلى المطار ١٤ سعوديا من بين المصابين", "NUMBER", "١٤ سعوديا", 14, "سعودي"),
    ("ar", "بمشاركة 45 دولة عربية وأجنبية", "NUMBER", "45 دولة عربية", 45, "دولة"),
    ("ar", "بلغ حجم الإنفاق 9.2 مليار في العام", "NUMBER", "9.2 مليار", 9.2e9, None),
    ("ar", "بمشاركة عدد 15 جهة حكومية وخاصة", "NUMBER", "15 جهة حكومية", 15, "جهة حكومية"),
    ("ar", "التعويضات لأكثر من 4 آلاف حصلوا على بدل سكن", "NUMBER", "أكثر من 4 آلاف", 4000, None),
    ("ar", "مصرع ثلاثة وإصابة خمسة عشر في ثلاث حوادث", "NUMBER", "ثلاث حوادث", 3, "حوادث"),
    ("ar", "مقارنة بـ 518 ألفا و400 برميل يوميا", "NUMBER", "518 ألفا و400 برميل", 518400, "برميل"),
    ("ar", "استفاد من الدعم 3 ملايين و200 ألف مواطن", "NUMBER", "3 ملايين و200 ألف مواطن", 3.2e6, "مواطن"),
    ("ar", "يتراوح عدد الزوار بين 50 ألف و60 ألف زائر", "NUMBER", "60 ألف زائر", 6e4, "زائر"),
    ("ar", "مساعدة من حوالي مليون و800 ألف طفل انقطعوا", "NUMBER", "مليون و800 ألف طفل", 1.8e6, "طفل"),
    ("ar", "وقد خصص للمشروع مساحة 100.000 متر مربع لوقوف", "NUMBER", "100.000 متر مربع", 1e5, "متر مربع"),
    ("en", "the programme includes four main units concerning", "NUMBER", "four main units", 4, "units"),
    ("en", "amounted to 2001 hours of training.", "NUMBER", "2001 hours of training", 2001, "hours of training"),
    ("en", "the summit expects more than 300 experts", "NUMBER", "more than 300 experts", 300, "experts"),
    ("en", "the workshop trained twenty-two employees from", "NUMBER", "twenty-two employees", 22, "employees"),
    ("en", "attended by one hundred and fifty delegates", "NUMBER", "one hundred and fifty delegates", 150,
     "delegates"),
    ("en", "some 1,200,000 residents will benefit", "NUMBER", "1,200,000 residents", 1.2e6, "residents"),
    ("en", "around 82 million users in the region", "NUMBER", "82 million users", 82e6, "users"),
    ("en", "the fund supported up to 40 startups this year", "NUMBER", "up to 40 startups", 40, "startups"),
    ("en", "nearly 5,000 volunteers took part", "NUMBER", "5,000 volunteers", 5000, "volunteers"),
    ("en", "the authority issued over 1,200 licences", "NUMBER", "over 1,200 licences", 1200, "licences"),
    ("en", "further processed to generate 16 non-structural proteins, designated", "NUMBER",
     "16 non-structural proteins", 16, "non-structural proteins"),
    ("en", "an estimated 1.8 million children per year", "NUMBER", "1.8 million children", 1.8e6, "children"),
    ("en", "the ministry hired 40 staff for the centre", "NUMBER", "40 staff", 40, "staff"),
    # adjectives joined by `and` before the counted noun; a measure before a noun
    ("en", "The programme will support 500 small and medium-sized enterprises over five years.", "NUMBER",
     "500 small and medium-sized enterprises", 500, "enterprises"),
    ("en", "The exhibition brings together exhibitors from 14 Arab and foreign countries.", "NUMBER",
     "14 Arab and foreign countries", 14, "countries"),
    # a nationality before the counted noun, left out of it; a noun in -ing before it
    ("en", "More than 15,000 Indian companies operate in the UAE, the ambassador said.", "NUMBER",
     "More than 15,000 Indian companies", 15000, "companies"),
    ("en", "The scholarship programme will send 2,000 Emirati students to universities abroad.", "NUMBER",
     "2,000 Emirati students", 2000, "students"),
    ("en", "The forum brought together 300 Gulf investors and business leaders in Manama.", "NUMBER",
     "300 Gulf investors", 300, "investors"),
    ("en", "The centre has trained 12 young Emirati engineers in nuclear safety.", "NUMBER",
     "12 young Emirati engineers", 12, "young engineers"),
    ("en", "The ministry organized three training workshops for school principals in Amman.", "NUMBER",
     "three training workshops", 3, "training workshops"),
    ("en", "The fund finances projects in 45 low-income and middle-income countries.", "NUMBER",
     "45 low-income and middle-income countries", 45, "countries"),
    ("en", "The company will develop a 1.1 gigawatt wind farm in the Gulf of Suez.", "NUMBER", "1.1 gigawatt", 1.1,
     "gigawatt"),
    ("en", "The plant will add 2 GW of capacity to the grid.", "NUMBER", "2 GW", 2, "GW"),
    ("en", "The ministry organised 12 specialized training courses for teachers.", "NUMBER",
     "12 specialized training courses", 12, "training courses"),
    # percentages
    ("ar", "حيث يقوم 74% من مستخدمي الانترنت", "PERCENT", "74%", 74, None),
    ("ar", "وجدنا أن حوالي 55% من المستجيبين", "PERCENT", "55%", 55, None),
    ("ar", "ارتفعت الصادرات بنسبة ٧٫٥٪ خلال الربع", "PERCENT", "٧٫٥٪", 7.5, None),
    ("ar", "ارتفع المؤشر بنسبة %12 خلال الشهر", "PERCENT", "%12", 12, None),
    ("ar", "انخفضت المبيعات 3 في المائة في 2011", "PERCENT", "3 في المائة", 3, None),
    ("ar", "تراجع المعدل إلى 50 في المئة فقط", "PERCENT", "50 في المئة", 50, None),
    ("ar", "نمو الاقتصاد 2.7 بالمئة العام الماضي", "PERCENT", "2.7 بالمئة", 2.7, None),
    ("ar", "تصل نسبة الإنجاز إلى 90 بالمائة", "PERCENT", "90 بالمائة", 90, None),
    ("ar", "ارتفعت الواردات بنسبة خمسة في المئة", "PERCENT", "خمسة في المئة", 5, None),
    ("ar", "ارتفعت الأرباح أكثر من 20% مقارنة", "PERCENT", "أكثر من 20%", 20, None),
    ("en", "revenues rose 12 percent to", "PERCENT", "12 percent", 12, None),
    ("en", "prices fell 3.5 per cent last month", "PERCENT", "3.5 per cent", 3.5, None),
    ("en", "inflation eased to 2.1pc in June", "PERCENT", "2.1pc", 2.1, None),
    ("en", "the central bank held rates at 5 percent on", "PERCENT", "5 percent", 5, None),
    ("en", "about 55% of respondents strongly support", "PERCENT", "55%", 55, None),
    # money
    ("ar", "بتكلفة إجمالية بلغت 3.2 مليار درهم", "MONEY", "3.2 مليار درهم", 3.2e9, "AED"),
    ("ar", "بقيمة 1.5 مليون دينار بحريني", "MONEY", "1.5 مليون دينار بحريني", 1.5e6, "BHD"),
    ("ar", "بتكلفة 130 مليون ريال، وتقنية", "MONEY", "130 مليون ريال", 130e6, "SAR"),
    ("ar", "بقيمة إجمالية (32.190.385) ريالاً.", "MONEY", "(32.190.385) ريالاً", 32190385, "SAR"),
    ("ar", "خصصت الحكومة المصرية 500 مليون جنيه لدعم", "MONEY", "500 مليون جنيه", 5e8, "EGP"),
    ("ar", "تجاوزت الاستثمارات 8 مليارات دولار", "MONEY", "8 مليارات دولار", 8e9, "USD"),
    ("ar", "بلغ سعر الطائرة 80 مليون دولار أمريكي", "MONEY", "80 مليون دولار أمريكي", 80e6, "USD"),
    ("ar", "بتمويل قدره 250 ألف دينار أردني", "MONEY", "250 ألف دينار أردني", 250e3, "JOD"),
    ("ar", "تبلغ الميزانية 12 مليار درهم مغربي", "MONEY", "12 مليار درهم مغربي", 12e9, "MAD"),
    ("ar", "غرمت المحكمة الشركة 100 ألف يورو", "MONEY", "100 ألف يورو", 1e5, "EUR"),
    ("ar", "وقد رصدت الكويت 20 مليون دينار لتطوير الموانئ في الكويت", "MONEY", "20 مليون دينار", 2e7, "KWD"),
    ("en", "revenues rose to $3.2 billion in", "MONEY", "$3.2 billion", 3.2e9, "USD"),
    ("en", "BD 1.5 million was allocated to", "MONEY", "BD 1.5 million", 1.5e6, "BHD"),
    ("en", "a budget of US$ 12 million for", "MONEY", "US$ 12 million", 12e6, "USD"),
    ("en", "projects worth Dh5m were signed", "MONEY", "Dh5m", 5e6, "AED"),
    ("en", "worth SR 500 million over", "MONEY", "SR 500 million", 5e8, "SAR"),
    ("en", "contracts worth AED 2.4bn were", "MONEY", "AED 2.4bn", 2.4e9, "AED"),
    ("en", "the fee is 450 riyals per", "MONEY", "450 riyals", 450, "SAR"),
    ("en", "a grant of 3 million Kuwaiti dinars", "MONEY", "3 million Kuwaiti dinars", 3e6, "KWD"),
    # a voweled currency adjective, a dual scale before its smaller part, no adjective in a phrase with ب
    ("ar", "بلغت الإيرادات 450 مليون ريال عُماني في", "MONEY", "450 مليون ريال عُماني", 4.5e8, "OMR"),
    ("ar", "بلغت النفقات مليارين و103 ملايين ريال عماني خلال", "MONEY", "مليارين و103 ملايين ريال عماني", 2.103e9, "OMR"),
    ("ar", "بلغ عدد سكان السلطنة خمسة ملايين و182 ألف نسمة بنهاية العام", "NUMBER", "خمسة ملايين و182 ألف نسمة",
     5.182e6, "نسمة"),
    # a currency word several countries share takes the country the text names (the dateline's city included)
    ("en", "ALGIERS, Oct 7 (APS) - The budget reaches 16,794 billion dinars (DA).", "MONEY", "16,794 billion dinars",
     1.6794e13, "DZD"),
    ("en", "ALGIERS, Oct 7 (APS) - Spending stands at 15,275 billion DA.", "MONEY", "15,275 billion DA", 1.5275e13, "DZD"),
    ("en", "TUNIS, May 4 (TAP) - The project costs 40 million dinars.", "MONEY", "40 million dinars", 4e7, "TND"),
    ("en", "ADEN, Dec. 5 (Saba) - The fund allocated 350 million riyals to", "MONEY", "350 million riyals", 3.5e8, "YER"),
    ("en", "RABAT, March 3 (MAP) - The programme costs 2 billion dirhams.", "MONEY", "2 billion dirhams", 2e9, "MAD"),
    # every emirate is the UAE's, whose dirham a Moroccan guest of honour named once does not change
    ("ar", "الشارقة في 6 نوفمبر / وام / بلغت القيمة الإجمالية لجوائز معرض الشارقة الدولي للكتاب 1,2 مليون درهم، "
     "وتحل المملكة المغربية ضيف شرف الدورة الحالية.", "MONEY", "1,2 مليون درهم", 1.2e6, "AED"),
    ("en", "FUJAIRAH, Feb 2 (WAM) - The Fujairah Municipality allocated 40 million dirhams to roads, Morocco's "
     "ambassador said.", "MONEY", "40 million dirhams", 4e7, "AED"),
    ("en", "KHARTOUM, Jan 9 (SUNA) - The plan costs 3 billion pounds.", "MONEY", "3 billion pounds", 3e9, "SDG"),
    ("en", "RAMALLAH, Jan 3 (WAFA) - The fund invested 1.2 billion shekels in", "MONEY", "1.2 billion shekels", 1.2e9, "ILS"),
    ("en", "AMMAN, Jan 9 (Petra) - The plan costs 30 million dinars.", "MONEY", "30 million dinars", 3e7, "JOD"),
    ("en", "salaries rose to 50,000 Lebanese pounds", "MONEY", "50,000 Lebanese pounds", 5e4, "LBP"),
    ("ar", "بيروت - أعلن الوزير تخصيص 500 مليار ليرة للمشروع.", "MONEY", "500 مليار ليرة", 5e11, "LBP"),
    ("ar", "رام الله (وفا) - استثمر الصندوق 1.2 مليار شيكل في", "MONEY", "1.2 مليار شيكل", 1.2e9, "ILS"),
    # the Maghreb plural of مليار; a scale of a scale (ألف مليار is a trillion); a scale in an English compound
    ("ar", "الرباط (ومع) - ستدخل المحطة حيز الخدمة سنة 2026 بكلفة تناهز 10 ملايير درهم.", "MONEY", "10 ملايير درهم", 1e10, "MAD"),
    ("ar", "وافق المجلس على فتح اعتماد إضافي بقيمة 11 ألف مليار ليرة لبنانية لتغطية الرواتب", "MONEY",
     "11 ألف مليار ليرة لبنانية", 1.1e13, "LBP"),
    ("ar", "وبلغت إيرادات الموازنة 7 آلاف مليون دينار خلال العام الماضي", "MONEY", "7 آلاف مليون دينار", 7e9, "JOD"),
    # a dual scale with its case vowel inside, the dual of a currency (with its adjective in the dual)
    ("ar", "وأوضح البيان أن أرباح الشركة بلغت مليارَي درهم خلال العام الماضي.", "MONEY", "مليارَي درهم", 2e9, "AED"),
    ("ar", "وقدمت الحكومة قرضا بمبلغ مليونَيْ دينار للبلدية لتأهيل الطرق.", "MONEY", "مليونَيْ دينار", 2e6, "JOD"),
    ("ar", "وارتفع سعر خام برنت دولارين ليصل إلى 82 دولارا للبرميل في ختام التداولات.", "MONEY", "دولارين", 2, "USD"),
    ("ar", "وحددت الوزارة رسوم إصدار الشهادة بدينارين كويتيين فقط عبر البوابة الإلكترونية.", "MONEY",
     "دينارين كويتيين", 2, "KWD"),
    ("ar", "وأغلق سهم الشركة مرتفعا ريالين عند 45 ريالا في تداولات اليوم.", "MONEY", "ريالين", 2, "SAR"),
    ("en", "The tranche is part of a 7.4-billion-euro financing package announced in March 2024.", "MONEY",
     "7.4-billion-euro", 7.4e9, "EUR"),
    ("en", "The ministry signed a $1.5-billion deal with the consortium.", "MONEY", "$1.5-billion", 1.5e9, "USD"),
    ("en", "The bank approved a 300-million-dollar loan for the project.", "MONEY", "300-million-dollar", 3e8, "USD"),
    ("en", "The fund has disbursed BD 12.5 million to 1,200 SMEs since its launch.", "NUMBER", "1,200 SMEs", 1200, "SMEs"),
    ("ar", "وسيضم المجلس البلدي في دورته المقبلة 21 عضوا، يعين الوزير ثلثهم.", "NUMBER", "21 عضوا", 21, "عضو"),
    ("ar", "ويتألف مجلس الشورى من رئيس و150 عضواً يختارهم الملك.", "NUMBER", "150 عضواً", 150, "عضو"),
]


@pytest.mark.parametrize("lang,text,kind,mention,number,unit", NUMBERS)
def test_numbers(lang, text, kind, mention, number, unit):
    entity = _one(text, lang, kind, mention)
    assert entity.number == pytest.approx(number)
    assert entity.unit == unit
    assert float(entity.value) == pytest.approx(number)


QUALIFIERS = [
    ("ar", "ومن المتوقع أن تجذب أكثر من 300 من خبراء", "more_than"),
    ("ar", "بلغ عدد المستخدمين نحو 59 مليون مستخدم", "about"),
    ("ar", "حضر الحفل حوالي 500 شخص", "about"),
    ("ar", "استقطب المعرض قرابة 400 عارض", "about"),
    ("ar", "تم توزيع ما يزيد على 1000 سلة غذائية", "more_than"),
    ("ar", "شارك أقل من 50 متسابقا", "less_than"),
    ("ar", "يستوعب ما يصل إلى 300 طالب", "up_to"),
    ("ar", "يشترط ما لا يقل عن 10 موظفين", "at_least"),
    ("en", "more than 300 experts", "more_than"),
    ("en", "about 500 people attended", "about"),
    ("en", "around 400 exhibitors", "about"),
    ("en", "nearly 5,000 volunteers", "about"),
    ("en", "over 1,200 participants", "more_than"),
    ("en", "up to 40 startups", "up_to"),
    ("en", "less than 50 flights", "less_than"),
]


@pytest.mark.parametrize("lang,text,qualifier", QUALIFIERS)
def test_qualifiers(lang, text, qualifier):
    found = [e for e in find_values(text, lang=lang) if e.type in ("NUMBER", "PERCENT", "MONEY")]
    assert len(found) == 1
    assert found[0].attrs["qualifier"] == qualifier
    # bounds stay in the mention, approximations are kept in attrs only
    assert found[0].text[0].isdigit() == (qualifier == "about")


NOT_STATISTICS = [
    ("ar", 'الذي اعتمده المجلس التنفيذي "القرار رقم 10 لعام 2009"', "10"),
    ("ar", "وفقا لأحكام القانون رقم 5 لسنة 2010 بشأن", "5"),
    ("ar", "استنادا إلى المادة 12 من نظام العمل", "12"),
    ("ar", "للاستفسار يرجى الاتصال على الهاتف 0097317123456", "0097317123456"),
    ("ar", "للتواصل: +973 1712 3456 أو البريد", "3456"),
    ("ar", "للتواصل: +973 1712 3456 أو البريد", "1712"),
    ("en", "call 011 234 5678 for bookings", "5678"),
    ("ar", "عدد المستخدمين العرب على الانترنت[1] ووصول", "1"),
    ("ar", "تحقيق الغايات المختلفة في خطة دبي 2021 .", "2021"),
    ("ar", "تماشيا مع رؤية المملكة 2030 وأهدافها", "2030"),
    ("ar", "ويبدأ الحفل في الساعة 10 صباحاً بتوقيت", "10"),
    ("ar", "يبدأ الدوام الساعة 7:30 يوميا", "7"),
    ("ar", "وذلك عبر الوسم #الرياض2030 على تويتر", "2030"),
    ("ar", "وفقاً لتقرير Digital Report 2021 نحو", "2021"),
    ("ar", "يستند القرار إلى المادة السابعة عشرة من نظام السوق", "عشرة"),
    ("ar", "وفق أحكام المادتين 5 و6 من النظام", "6"),
    ("ar", "والتفسير لما حدث منها.\n1 - تعرضهم إلى تركيز فكري", "1"),
    ("ar", "وتشمل الشروط ما يلي: 6- إتمام برنامج التدريب. 7- اجتياز المقابلة الشخصية بنجاح.", "7"),
    ("ar", "وتشمل الشروط ما يلي: 6- إتمام برنامج التدريب. 7- اجتياز المقابلة الشخصية بنجاح.", "6"),
    ("ar", "وجاء ذلك تنفيذا للأمر السامي (69) بتاريخ 27/2/1434هـ القاضي بإنشاء الهيئة.", "69"),
    ("ar", "وأشار إلى خطاب الوزارة 4512 وتاريخ 5/3/1436هـ بشأن تنظيم المعرض.", "4512"),
    ("en", "in accordance with Law No. 5 of 2010", "5"),
    ("en", "under Article 12 of the constitution", "12"),
    ("en", "in line with Vision 2030 goals", "2030"),
    ("en", "during Expo 2020 Dubai the pavilion", "2020"),
    ("en", "the session starts at 10:30 a.m. sharp", "10"),
    ("en", "the COVID-19 pandemic response", "19"),
    ("en", "visit www.bahrain.bh/2030 for details", "2030"),
    ("en", "the RBD is in the 318th to 510th amino acids", "318"),
    ("en", "A 2014 study showed that hand washing", "2014"),
    ("en", "a 29-nucleotide deletion characterizes", "29"),
    ("en", "as shown in Table 2 and Figure 1", "2"),
    ("en", "Brent crude rose 1.1% to $74.85 a barrel by 0900 GMT on Tuesday.", "0900"),
    ("en", "Polls open at 0800 local time and close at 1900 GMT, the commission said.", "0800"),
    ("en", "Polls open at 0800 local time and close at 1900 GMT, the commission said.", "1900"),
    ("en", "The Cabinet session began at 1400 hours at Al Salam Palace.", "1400"),
    ("ar", "وتنطلق الجلسة الافتتاحية عند 0930 بتوقيت غرينتش من يوم الأحد.", "0930"),
]


def _not_inside(text, lang, phrase, kinds):
    """No mention of `kinds` covers the start of `phrase`."""
    start = text.index(phrase)
    for entity in find_values(text, lang=lang, published=PUBLISHED):
        assert not (entity.type in kinds and entity.start <= start < entity.end), entity


@pytest.mark.parametrize("lang,text,digits", NOT_STATISTICS)
def test_numbers_that_are_not_statistics(lang, text, digits):
    _not_inside(text, lang, digits, ("NUMBER", "PERCENT", "MONEY"))


@pytest.mark.parametrize("text, digits", [
    ("Brent crude rose 1.1% to $74.85 a barrel by 0900 GMT on Tuesday.", "0900"),
    ("The Cabinet session began at 1400 hours at Al Salam Palace.", "1400"),
])
def test_a_time_of_day_in_twenty_four_hours_is_no_year_nor_duration(text, digits):
    _not_inside(text, "en", digits, ("DATE", "DURATION", "NUMBER"))


PARSED = [
    ("59,19 مليون", "ar", 59_190_000),
    ("56,179 مليون", "ar", 56_179_000),
    ("1,200", "ar", 1200),
    ("1,200,000", "ar", 1_200_000),
    ("١٢٬٥٠٠", "ar", 12_500),
    ("٣٫٢ مليار", "ar", 3_200_000_000),
    ("۱۵۰", "ar", 150),
    ("ثلاثة ملايين ومئتا ألف", "ar", 3_200_000),
    ("خمسة وعشرين", "ar", 25),
    ("مائة وخمسون ألفا", "ar", 150_000),
    ("ثلاث مائة", "ar", 300),
    ("ألفين وخمسمائة", "ar", 2500),
    ("أحد عشر", "ar", 11),
    ("مليار ونصف المليار", "ar", 1_500_000_000),
    ("3 ملايين وربع المليون", "ar", 3_250_000),
    ("twenty-two", "en", 22),
    ("one hundred and fifty", "en", 150),
    ("3.2 billion", "en", 3_200_000_000),
    ("1,200", "en", 1200),
    ("two thousand", "en", 2000),
]


@pytest.mark.parametrize("text,lang,value", PARSED)
def test_parse_number(text, lang, value):
    assert parse_number(text, lang=lang) == value


@pytest.mark.parametrize(
    "text,lang,mention,value",
    [
        ("قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي", "ar", "الثالثة", 3),
        ("الدورة الحادية عشرة من المعرض", "ar", "الحادية عشرة", 11),
        ("the third Gulf Governments Social Media Summit", "en", "third", 3),
        ("خلال النسخة الأولى من الملتقى", "ar", "الأولى", 1),
        ("اختتمت اليوم منافسات بطولة الخليج العربي للرماية التاسعة عشرة على ميادين مجمع السلطان قابوس الرياضي",
         "ar", "التاسعة عشرة", 19),
        ("انطلقت اليوم فعاليات الدورة السابعة عشر من مهرجان الظفرة", "ar", "السابعة عشر", 17),
        ("شهد سموه حفل تخريج الدفعة الحادية والعشرين من طلبة كلية الشرطة", "ar", "الحادية والعشرين", 21),
        ("افتتح وزير الصحة المؤتمر السنوي الخامس والثلاثين لجمعية أطباء الأسنان", "ar", "الخامس والثلاثين", 35),
    ],
)
def test_ordinals(text, lang, mention, value):
    found = {e.text: e for e in find_ordinals(text, lang=lang)}
    assert found[mention].number == value and found[mention].attrs["ordinal"] is True
    assert not [e for e in find_values(text, lang=lang) if e.text == mention]


# ---------------------------------------------------------------- dates

DATES = [
    # (lang, text, mention, value)
    ("ar", "والتي ستقام يومي 17 و18 سبتمبر 2014 في دبي", "يومي 17 و18 سبتمبر 2014", "2014-09-17/2014-09-18"),
    ("ar", "في الفترة من 28 إبريل وحتي 2 مايو 2024، بمدينة", "28 إبريل وحتي 2 مايو 2024", "2024-04-28/2024-05-02"),
    ("ar", "في الفترة من 28 أبريل وحتى 2 مايو 2024", "28 أبريل وحتى 2 مايو 2024", "2024-04-28/2024-05-02"),
    ("ar", "خلال الفترة من 5 إلى 7 مارس 2023 في المنامة", "5 إلى 7 مارس 2023", "2023-03-05/2023-03-07"),
    ("ar", "تقام الفعاليات بين 3 و5 مايو 2022", "3 و5 مايو 2022", "2022-05-03/2022-05-05"),
    ("ar", "قد تأسست في يونيو 2009 بعضوية", "يونيو 2009", "2009-06"),
    ("ar", 'المجلس التنفيذي "القرار رقم 10 لعام 2009"', "لعام 2009", "2009"),
    ("ar", "شهد عام 2014 نموا ملحوظا", "عام 2014", "2014"),
    ("ar", "وأطلقت الخطة في العام 2020م، الذي", "العام 2020م", "2020"),
    ("ar", "صدر المرسوم في 17 يونيه 2010", "17 يونيه 2010", "2010-06-17"),
    ("ar", "افتتح المعرض في 3 يولية 2011", "3 يولية 2011", "2011-07-03"),
    ("ar", "عقد الاجتماع في 12 اغسطس 2015", "12 اغسطس 2015", "2015-08-12"),
    ("ar", "في 4 اكتوبر 2016 أعلنت الوزارة", "4 اكتوبر 2016", "2016-10-04"),
    ("ar", "عمان في 15 كانون الثاني 2019 (بترا)", "15 كانون الثاني 2019", "2019-01-15"),
    ("ar", "بيروت في 3 شباط 2020", "3 شباط 2020", "2020-02-03"),
    ("ar", "دمشق 21 آذار 2018", "21 آذار 2018", "2018-03-21"),
    ("ar", "بغداد في 9 نيسان 2021", "9 نيسان 2021", "2021-04-09"),
    ("ar", "صدر في 25 أيار 2017", "25 أيار 2017", "2017-05-25"),
    ("ar", "عقدت الندوة في 11 حزيران 2019", "11 حزيران 2019", "2019-06-11"),
    ("ar", "في 14 تموز 2022 أعلن", "14 تموز 2022", "2022-07-14"),
    ("ar", "بتاريخ 6 آب 2020 وقع", "6 آب 2020", "2020-08-06"),
    ("ar", "في 1 أيلول 2021", "1 أيلول 2021", "2021-09-01"),
    ("ar", "أقيم في 20 تشرين الأول 2022", "20 تشرين الأول 2022", "2022-10-20"),
    ("ar", "في 30 تشرين الثاني 2023 أقر", "30 تشرين الثاني 2023", "2023-11-30"),
    ("ar", "في 25 كانون الأول 2023", "25 كانون الأول 2023", "2023-12-25"),
    ("ar", "الرباط في 15 جانفي 2021", "15 جانفي 2021", "2021-01-15"),
    ("ar", "الجزائر في 24 فيفري 2022", "24 فيفري 2022", "2022-02-24"),
    ("ar", "تونس في 9 أفريل 2021", "9 أفريل 2021", "2021-04-09"),
    ("ar", "انعقد في 12 ماي 2023 بالرباط", "12 ماي 2023", "2023-05-12"),
    ("ar", "تنظم يوم 5 جوان 2022", "يوم 5 جوان 2022", "2022-06-05"),
    ("ar", "في 5 جويلية 2022 احتفلت", "5 جويلية 2022", "2022-07-05"),
    ("ar", "يوم 20 أوت 2019", "يوم 20 أوت 2019", "2019-08-20"),
    ("ar", "الرباط في 30 يوليوز 2023", "30 يوليوز 2023", "2023-07-30"),
    ("ar", "في 14 غشت 2021 تخلد المملكة", "14 غشت 2021", "2021-08-14"),
    ("ar", "بتاريخ 16 شتنبر 2022", "16 شتنبر 2022", "2022-09-16"),
    ("ar", "خلال 18 نونبر 2022 عيد الاستقلال", "18 نونبر 2022", "2022-11-18"),
    ("ar", "في 31 دجنبر 2023", "31 دجنبر 2023", "2023-12-31"),
    ("ar", "في 25 أيار/مايو 2017 صدر", "25 أيار/مايو 2017", "2017-05-25"),
    ("ar", "في 11 حزيران (يونيو) 2019", "11 حزيران (يونيو) 2019", "2019-06-11"),
    ("ar", "ستطرح المخطوطة للعرض في أكتوبر تشرين الأول 2024.", "أكتوبر تشرين الأول 2024", "2024-10"),
    ("ar", "منذ بداية النزاع في كانون الأول/ديسمبر 2013 وهم", "كانون الأول/ديسمبر 2013", "2013-12"),
    ("ar", "الموافق 25 من شهر يوليه عام 2015 م ، فقد", "25 من شهر يوليه عام 2015 م", "2015-07-25"),
    ("ar", "الثلاثاء 17 سبتمبر 2014 في دبي", "الثلاثاء 17 سبتمبر 2014", "2014-09-17"),
    ("ar", "بتاريخ 17/9/2014 أصدرت", "17/9/2014", "2014-09-17"),
    ("ar", "بتاريخ 17-9-2014 أصدرت", "17-9-2014", "2014-09-17"),
    ("ar", "في 2014-09-17 أصدرت", "2014-09-17", "2014-09-17"),
    ("ar", "في 2014/9/17 أصدرت", "2014/9/17", "2014-09-17"),
    ("ar", "يعقد في ١٧/٩/٢٠١٤ في المنامة", "١٧/٩/٢٠١٤", "2014-09-17"),
    ("ar", "في 29 /11 /2015، وذلك", "29 /11 /2015", "2015-11-29"),
    ("ar", "وتقام يوم 12 أكتوبر في الرياض", "يوم 12 أكتوبر", "2024-10-12"),
    ("ar", "منذ 2014 وحتى اليوم", "2014", "2014"),
    ("ar", "بحلول عام 2030 تسعى المملكة", "عام 2030", "2030"),
    ("ar", "في الحادي عشر من سبتمبر 2001 وقعت", "الحادي عشر من سبتمبر 2001", "2001-09-11"),
    ("ar", "في الثاني والعشرين من فبراير 2024 يحتفل", "الثاني والعشرين من فبراير 2024", "2024-02-22"),
    ("ar", "يحتفل العالم في الأول من مايو", "الأول من مايو", "2024-05-01"),
    ("en", "will be held on 17-18 September 2014 in Dubai", "17-18 September 2014", "2014-09-17/2014-09-18"),
    ("en", "It runs September 17 and 18, 2014 at", "September 17 and 18, 2014", "2014-09-17/2014-09-18"),
    ("en", "on the 17th of September, 2014 the ministry", "17th of September, 2014", "2014-09-17"),
    ("en", "on 17th September, 2014, officials", "17th September, 2014", "2014-09-17"),
    ("en", "took place April 28 - May 2, 2024 in Cairo", "April 28 - May 2, 2024", "2024-04-28/2024-05-02"),
    ("en", "from 28 April to 2 May 2024", "28 April to 2 May 2024", "2024-04-28/2024-05-02"),
    ("en", "launched in Sept. 2014 with", "Sept. 2014", "2014-09"),
    ("en", "the network was founded in June 2009", "June 2009", "2009-06"),
    ("en", "the network was founded in 2009 to", "2009", "2009"),
    ("en", "between January and March 2024 exports", "January and March 2024", "2024-01/2024-03"),
    # a period between two months of their own years is one range
    ("en", "about two million citizens were displaced between October 2023 and June 2024, Awad added",
     "October 2023 and June 2024", "2023-10/2024-06"),
    ("en", "the ministry disbursed the grants from October 2023 to June 2024 in three tranches",
     "October 2023 to June 2024", "2023-10/2024-06"),
    ("en", "dated 9/17/2014 and", "9/17/2014", "2014-09-17"),
    ("en", "dated 17/09/2014 and", "17/09/2014", "2014-09-17"),
    ("en", "on Tuesday, 17 September 2014 the", "Tuesday, 17 September 2014", "2014-09-17"),
    ("en", "signed in the fiscal year 2023 report", "fiscal year 2023", "2023"),
    # a full stop after a month's full name ends the sentence; after an abbreviation it is the abbreviation's
    ("en", "with registration open until 20 March. The first phase", "20 March", "2024-03-20"),
    ("en", "They met on Sept. 5, 2023 in", "Sept. 5, 2023", "2023-09-05"),
    ("en", "on 5 Rabi al-Awwal 1445 AH. The", "5 Rabi al-Awwal 1445 AH", "2023-09-20"),
]


@pytest.mark.parametrize("lang,text,mention,value", DATES)
def test_dates(lang, text, mention, value):
    entity = _one(text, lang, "DATE", mention, PUBLISHED)
    assert entity.value == value
    assert entity.attrs["precision"] == {10: "day", 7: "month", 4: "year"}[len(value.split("/")[0])]


HIJRI = [
    ("صدر القرار في 15 رمضان 1445هـ", "15 رمضان 1445هـ", "2024-03-25", "1445-09-15"),
    ("الموافق 28 ربيع الآخر عام 1428ه تم", "28 ربيع الآخر عام 1428ه", "2007-05-15", "1428-04-28"),
    ("يوم السبت 9 / 10 / 1436 هـ إلى", "9 / 10 / 1436 هـ", "2015-07-25", "1436-10-09"),
    ("في 1 محرم 1446 هجرية", "1 محرم 1446 هجرية", "2024-07-07", "1446-01-01"),
    ("أعلنت أن غرة ذو الحجة 1444هـ توافق", "غرة ذو الحجة 1444هـ", "2023-06-19", "1444-12-01"),
    ("خلال شهر رمضان 1445هـ يزداد", "شهر رمضان 1445هـ", "2024-03-11/2024-04-09", "1445-09"),
    ("هذا اليوم السبت التاسع من شهر شوال عام 1436 هـ حسب تقويم أم القرى", "التاسع من شهر شوال عام 1436 هـ",
     "2015-07-25", "1436-10-09"),
    ("تبدأ في 10 جمادى الأولى 1445هـ", "10 جمادى الأولى 1445هـ", "2023-11-24", "1445-05-10"),
    # the 30th of a month of 29 days in the Umm al-Qura table: the day after its 29th
    ("وأعلن الأمين العام للجائزة عن فتح باب الترشح اعتبارا من 1 رمضان 1445 هـ حتى 30 شوال 1445 هـ عبر المنصة.",
     "1 رمضان 1445 هـ حتى 30 شوال 1445 هـ", "2024-03-11/2024-05-09", "1445-09-01/1445-10-30"),
    ("الرياض 30 ذو القعدة 1444 هـ الموافق 19 يونيو 2023 م واس", "30 ذو القعدة 1444 هـ", "2023-06-19", "1444-11-30"),
]


HIJRI_EN = [
    ("The session was held on 1 Ramadan 1445 AH, in Riyadh.", "1 Ramadan 1445 AH", "2024-03-11", "1445-09-01"),
    ("Riyadh, Ramadan 15, 1445 H, the council met.", "Ramadan 15, 1445 H", "2024-03-25", "1445-09-15"),
    ("between 17 and 18 Dhul Hijjah 1445", "17 and 18 Dhul Hijjah 1445", "2024-06-23/2024-06-24", "1445-12-17/1445-12-18"),
    ("on 12 Rabi' al-Awwal 1446 AH", "12 Rabi' al-Awwal 1446 AH", "2024-09-15", "1446-03-12"),
]


@pytest.mark.parametrize("lang,text,mention,value,hijri", [("ar", *case) for case in HIJRI] + [("en", *case) for case in HIJRI_EN])
def test_hijri_dates(lang, text, mention, value, hijri):
    entity = _one(text, lang, "DATE", mention)
    assert entity.value == value
    assert entity.attrs["calendar"] == "hijri" and entity.attrs["hijri"] == hijri


@pytest.mark.parametrize("text", ["Tariq Ramadan spoke at the forum.", "During Ramadan the centres open at night."])
def test_an_english_hijri_month_alone_is_no_date(text):
    assert [e for e in find_values(text, lang="en") if e.type == "DATE"] == []


@pytest.mark.parametrize("text,mention", [
    ("الرياض - الاثنين 08 رمضان 1445 هـ - 18 مارس 2024 م - أعلنت وزارة الصحة", "الاثنين 08 رمضان 1445 هـ - 18 مارس 2024 م"),
    ("مسقط في 18 مارس 2024 م / 8 رمضان 1445 هـ /العمانية/ افتتح", "18 مارس 2024 م / 8 رمضان 1445 هـ"),
])
def test_a_day_in_both_calendars_is_one_gregorian_date(text, mention):
    (entity,) = [e for e in find_values(text, lang="ar") if e.type == "DATE"]
    assert (entity.text, entity.value) == (mention, "2024-03-18")


RESOLVED = [
    # a date without a year: from its own range, the publication date or the other dates of the text
    ("ar", "وأشار المعهد انه بصدد عقد ورشة عمل خلال شهر يوليو بتركيا.", None, "شهر يوليو", "XXXX-07"),
    ("ar", "عقدت الورشة من 28 إبريل حتى 2 مايو 2024. وستعقد ورشة أخرى خلال شهر يوليو", None, "شهر يوليو", "2024-07"),
    ("ar", "ستعقد ورشة أخرى خلال شهر يوليو", dt.date(2024, 5, 3), "شهر يوليو", "2024-07"),
    ("ar", "ستعقد الدورة في شهر يناير", dt.date(2024, 12, 10), "شهر يناير", "2025-01"),
    ("ar", "أقيم المهرجان في مايو الماضي", dt.date(2024, 3, 1), "مايو الماضي", "2023-05"),
    ("ar", "يعقد في سبتمبر المقبل", dt.date(2024, 9, 20), "سبتمبر المقبل", "2025-09"),
    ("ar", "أقيمت يوم 12 أكتوبر في الرياض", None, "يوم 12 أكتوبر", "XXXX-10-12"),
    ("en", "the forum will open on 17 September", dt.date(2014, 9, 1), "17 September", "2014-09-17"),
    # a year the text aims at gives no year to the others
    ("ar", "تهدف الخطة إلى رفع النسبة بحلول عام 2030 وستبدأ في 5 مارس.", None, "5 مارس", "XXXX-03-05"),
    ("ar", "بدأت المرحلة الأولى في يناير 2026 وتهدف ضمن رؤية 2030 إلى التوسع، وتبدأ الثانية في 5 مارس.", None, "5 مارس", "2026-03-05"),
    ("en", "The plan aims to double the share by 2030 and will start on 5 March.", None, "5 March", "XXXX-03-05"),
    ("en", "The programme ran in 2024 and resumes on 5 March.", None, "5 March", "2024-03-05"),
    # a period named after the date lends it the year it begins in, in both languages alike
    ("ar", "عمّان 3 آذار (بترا) - وقعت الوزارة اتفاقية منحة لتأهيل 120 مدرسة خلال الفترة من أيلول 2024 حتى آب 2026.",
     None, "3 آذار", "2025-03-03"),
    ("en", "Amman, March 3 (Petra) -- The ministry signed a grant to rehabilitate 120 schools between September 2024 "
           "and August 2026.", None, "March 3", "2025-03-03"),
    # the weekday the release gives its own day picks the year among those beside it
    ("ar", "عمّان 3 آذار (بترا) - وقعت وزارة التخطيط ومنظمة يونيسف اليوم الأحد اتفاقية منحة لتأهيل 120 مدرسة خلال "
           "الفترة من أيلول 2024 حتى آب 2026.", None, "3 آذار", "2024-03-03"),
    ("en", "Amman, March 3 (Petra) -- The Ministry of Planning and UNICEF on Sunday signed a grant to rehabilitate 120 "
           "schools between September 2024 and August 2026.", None, "March 3", "2024-03-03"),
    ("ar", "الكويت - 18 - 11 (كونا) -- اختتمت أمس الأحد دورة تدريبية نظمها المعهد ضمن خطته لعام 2025.", None,
     "18 - 11", "2024-11-18"),
    # (but not against the day of publication: the weekday is the day before it, when the event was held)
    ("en", "Amman, Feb. 12 (Petra) -- The Institute of Public Administration on Sunday concluded a five-day training "
           "course on strategic planning for 25 employees.", dt.date(2024, 2, 12), "Feb. 12", "2024-02-12"),
    ("ar", "عمّان 12 شباط (بترا) - اختتم معهد الإدارة العامة يوم الأحد دورة تدريبية في التخطيط الاستراتيجي لـ25 موظفا.",
     dt.date(2024, 2, 12), "12 شباط", "2024-02-12"),
    # (a weekday of another sentence, or to come, is another day's)
    ("en", "Amman, March 3 (Petra) -- The ministry signed a grant in 2024. The next round opens on Monday.", None,
     "March 3", "2024-03-03"),
]


@pytest.mark.parametrize("lang,text,published,mention,value", RESOLVED)
def test_dates_without_a_year(lang, text, published, mention, value):
    assert _one(text, lang, "DATE", mention, published).value == value


HISTORY = [
    # a year of the body's history (founded, established, built, since) gives no year to the article's dates
    ("ar", "الرياض (واس) - تنظم الجمعية السعودية للتاريخ، التي تأسست عام 1976، ملتقاها العلمي السنوي في 12 مارس "
           "بمقر جامعة الملك سعود بمشاركة نخبة من المؤرخين.", "عام 1976", "1976", "12 مارس", "XXXX-03-12"),
    ("ar", "وتفتتح الجائزة دورتها الجديدة في 5 مايو، امتدادا لمسيرتها في تكريم المبدعين منذ عام 1990.",
     "عام 1990", "1990", "5 مايو", "XXXX-05-05"),
    ("ar", "وأنشئت الهيئة في يونيو 1976 لتنظيم قطاع المواصفات، وتعقد جمعيتها العمومية في 12 مارس ضمن خطة عملها "
           "لعام 2024.", "يونيو 1976", "1976-06", "12 مارس", "2024-03-12"),
    ("ar", "ويقام الحفل في 20 أبريل بقصر المصمك الذي شيد عام 1865 في قلب الرياض.", "عام 1865", "1865",
     "20 أبريل", "XXXX-04-20"),
    ("en", "RIYADH (SPA) - The Saudi Historical Society, founded in 1976, holds its annual scientific forum on "
           "12 March at King Saud University.", "1976", "1976", "12 March", "XXXX-03-12"),
    ("en", "The award opens its new cycle on 5 May, continuing the work it has done since 1990.", "1990", "1990",
     "5 May", "XXXX-05-05"),
    ("en", "The Authority, established in June 1976, holds its general assembly on 12 March as part of its "
           "work plan in 2024.", "June 1976", "1976-06", "12 March", "2024-03-12"),
]


@pytest.mark.parametrize("lang,text,year,year_value,mention,value", HISTORY)
def test_a_year_of_history_anchors_no_date(lang, text, year, year_value, mention, value):
    assert _one(text, lang, "DATE", year).value == year_value
    assert _one(text, lang, "DATE", mention).value == value


RELATIVE = [
    ("ar", "أعلنت وزارة الداخلية أمس عن", "أمس", "2024-05-05"),
    ("ar", "أدانت الولايات المتحدة أمس الجمعة الهجمات", "أمس الجمعة", "2024-05-05"),
    ("ar", "حدد رئيس الوزراء، اليوم (الاثنين)، ملامح", "اليوم (الاثنين)", "2024-05-06"),
    ("ar", "وتنطلق الفعاليات صباح اليوم في", "اليوم", "2024-05-06"),
    ("ar", "يفتتح المعرض غداً في", "غداً", "2024-05-07"),
    ("ar", "صدر الحكم أمس الأول في أول قضية", "أمس الأول", "2024-05-04"),
    ("ar", "الذكرى التي توافق غدا (الأحد). وكان", "غدا (الأحد)", "2024-05-07"),
    ("ar", "يعقد المؤتمر الأسبوع المقبل في", "الأسبوع المقبل", "2024-W20"),
    ("ar", "صدر التقرير الشهر الماضي", "الشهر الماضي", "2024-04"),
    ("ar", "زادت الصادرات العام الماضي", "العام الماضي", "2023"),
    ("ar", "تنطلق هذا العام النسخة", "هذا العام", "2024"),
    ("ar", "يزور الوزير طهران يوم الثلاثاء المقبل", "يوم الثلاثاء المقبل", "2024-05-07"),
    ("ar", "وقال في بيان يوم الأربعاء الماضي", "يوم الأربعاء الماضي", "2024-05-01"),
    ("ar", "انطلقت، يوم الاثنين، أشغال الملتقى الوطني", "يوم الاثنين", "2024-05-06"),  # Monday, not two days
    ("en", "the ministry said yesterday that", "yesterday", "2024-05-05"),
    ("en", "The forum opens today in Manama", "today", "2024-05-06"),
    ("en", "and closes tomorrow with", "tomorrow", "2024-05-07"),
    ("en", "talks will resume next week", "next week", "2024-W20"),
    ("en", "the report issued last month", "last month", "2024-04"),
    ("en", "the minister said last Tuesday", "last Tuesday", "2024-04-30"),
    ("en", "the minister will visit on Thursday", "Thursday", "2024-05-09"),
]


@pytest.mark.parametrize("lang,text,mention,value", RELATIVE)
def test_relative_dates(lang, text, mention, value):
    entity = _one(text, lang, "DATE", mention, PUBLISHED)
    assert entity.value == value and entity.attrs["relative"] is True
    unresolved = _one(text, lang, "DATE", mention)
    assert unresolved.value is None and unresolved.attrs["relative"] is True


NAMED_DAYS = [
    # tomorrow (yesterday, today) and its weekday are one relative date
    ("ar", "الرياض (واس) - تنطلق يوم غد الثلاثاء فعاليات ملتقى الاستثمار الخليجي بمركز الرياض الدولي للمؤتمرات "
           "والمعارض، بمشاركة أكثر من 40 جهة حكومية.", "يوم غد الثلاثاء", "2024-05-07", "Tuesday"),
    ("ar", "ويختتم المؤتمر أعماله مساء غد الثلاثاء بإعلان التوصيات.", "غد الثلاثاء", "2024-05-07", "Tuesday"),
    ("ar", "ويعقد مجلس الإدارة اجتماعه يوم غد في مقر الأمانة العامة.", "يوم غد", "2024-05-07", None),
    ("ar", "وتنطلق صباح الغد أعمال الدورة التدريبية في معهد الإدارة العامة.", "الغد", "2024-05-07", None),
    ("ar", "وتقام المباراة النهائية بعد غد الأربعاء على ملعب مدينة الملك عبدالله الرياضية بجدة.", "بعد غد الأربعاء",
     "2024-05-08", "Wednesday"),
    ("en", "RIYADH (SPA) - The Gulf Investment Forum opens tomorrow, Tuesday, at the Riyadh International Convention "
           "and Exhibition Center with more than 40 government bodies.", "tomorrow, Tuesday", "2024-05-07", "Tuesday"),
    ("en", "The final will be played tomorrow (Tuesday) in Jeddah.", "tomorrow (Tuesday)", "2024-05-07", "Tuesday"),
    # the weekday in brackets, its closing one with it
    ("ar", "وكان سمو أمير المنطقة قد افتتح المعرض أمس (الأحد) بحضور عدد من المسؤولين.", "أمس (الأحد)", "2024-05-05",
     "Sunday"),
    ("ar", "ويختتم المعسكر الإعدادي للفريق يوم بعد غداً (الأربعاء)، على أن يعود إلى الرياض.", "بعد غداً (الأربعاء)",
     "2024-05-08", "Wednesday"),
    ("en", "The ministry said yesterday, Sunday, that the programme would be extended.", "yesterday, Sunday",
     "2024-05-05", "Sunday"),
]


@pytest.mark.parametrize("lang,text,mention,value,weekday", NAMED_DAYS)
def test_tomorrow_with_its_weekday(lang, text, mention, value, weekday):
    entity = _one(text, lang, "DATE", mention, PUBLISHED)
    assert entity.value == value and entity.attrs["relative"] is True
    assert entity.attrs.get("weekday") == weekday
    if weekday:
        assert dt.date.fromisoformat(value).strftime("%A") == weekday
    unresolved = _one(text, lang, "DATE", mention)
    assert unresolved.value is None and unresolved.attrs.get("weekday") == weekday


NOT_DATES = [
    ("ar", "تحقيق الغايات في خطة دبي 2021 .", "2021"),
    ("ar", "غاية تطوير الاتصال الحكومي في خطة دبي الإستراتيجية 2015.", "2015"),
    ("ar", "تماشيا مع رؤية 2030 الطموحة", "2030"),
    ("ar", "وعضو المجلس الاستشاري لقمة الحكومات الخليجية للتواصل الاجتماعي 2014:", "2014"),
    ("ar", "يملك الجمهور العربي اليوم توجها إيجابياً", "اليوم"),
    ("ar", "وتسعى المبادرة إلى بناء غد أفضل لشباب الغد", "غد"),
    ("ar", "مارس اللاعب الرياضة منذ صغره", "مارس"),
    ("ar", "قال رمضان محمد إن", "رمضان"),
    ("ar", "ضمن مهرجان الجمعة الاثنين والعشرين", "الاثنين"),
    ("ar", "نال الجائزة في 3\nابنة الفنانة قدمت", "ابنة"),
    ("en", "in line with Vision 2030 goals", "2030"),
    ("en", "the Digital Report 2021 shows", "2021"),
    ("en", "visitors may register online", "may"),
]


@pytest.mark.parametrize("lang,text,phrase", NOT_DATES)
def test_names_and_words_that_are_not_dates(lang, text, phrase):
    _not_inside(text, lang, phrase, ("DATE",))


# ---------------------------------------------------------------- durations

DURATIONS = [
    ("ar", "والتي استمرت لمدة خمسة ايام متواصل", "خمسة ايام", "P5D"),
    ("ar", "تستمر الدورة لمدة ثلاثة أسابيع", "ثلاثة أسابيع", "P3W"),
    ("ar", "تستمر الورشة يومين في", "يومين", "P2D"),
    ("ar", "التي اجتاحت المنطقة خلال السنوات الثلاث الأخيرة، مشيراً", "السنوات الثلاث الأخيرة", "P3Y"),
    ("ar", "وسجلت الوزارة 1,230 إصابة جديدة خلال الأربع والعشرين ساعة الماضية، بحسب البيان", "الأربع والعشرين ساعة الماضية", "PT24H"),
    ("ar", "ويتوقع المركز أمطارا غزيرة خلال الساعات الثماني والأربعين المقبلة على المرتفعات", "الساعات الثماني والأربعين المقبلة", "PT48H"),
    ("ar", "بلغت الساعات خلال الثلاث سنوات الماضية 2001ساعة", "الثلاث سنوات الماضية", "P3Y"),
    ("ar", "تعاقد النادي معه لمدة ثلاث سنوات", "ثلاث سنوات", "P3Y"),
    ("ar", "بعد انقطاع دام عامين عن", "عامين", "P2Y"),
    ("ar", "استغرقت العملية ساعتين فقط", "ساعتين", "PT2H"),
    ("ar", "نظمت الجامعة دورة تدريبية لمدة 48 ساعة", "48 ساعة", "PT48H"),
    ("ar", "بعد 15 يوما ستتولى الشركات", "15 يوما", "P15D"),
    ("ar", "على مدار ٤٠ يوما يتخللها", "٤٠ يوما", "P40D"),
    ("ar", "خلال السنوات العشر المقبلة، أكد", "السنوات العشر المقبلة", "P10Y"),
    ("ar", "في الأشهر الستة الأولى من التمديد", "الأشهر الستة الأولى", "P6M"),
    ("ar", "حدث خلال العقود السبعة الماضية", "العقود السبعة الماضية", "P70Y"),
    ("ar", "حصلت خلال 9 أشهر فقط", "9 أشهر", "P9M"),
    ("ar", "سجل الهدف بعد اربع دقائق من", "اربع دقائق", "PT4M"),
    ("ar", "شهدت المنطقة خلال اليومين الماضيين أمطارا", "اليومين الماضيين", "P2D"),
    ("ar", "على مدى العامين المقبلين ستنفذ الوزارة", "العامين المقبلين", "P2Y"),
    ("en", "during the last three years, pointing out", "last three years", "P3Y"),
    ("en", "a two-day workshop on", "two-day", "P2D"),
    ("en", "the programme lasts three years and", "three years", "P3Y"),
    ("en", "results within 48 hours of", "48 hours", "PT48H"),
    ("en", "over the next five years the", "next five years", "P5Y"),
    ("en", "a 10-year plan for the sector", "10-year", "P10Y"),
]


@pytest.mark.parametrize("lang,text,mention,value", DURATIONS)
def test_durations(lang, text, mention, value):
    assert _one(text, lang, "DURATION", mention).value == value


def test_a_date_wins_over_the_numbers_inside_it():
    text = "ستقام يومي 17 و18 سبتمبر 2014 بمشاركة 300 خبير"
    found = find_values(text, lang="ar")
    assert [(e.type, e.text) for e in found] == [("DATE", "يومي 17 و18 سبتمبر 2014"), ("NUMBER", "300 خبير")]


def test_unknown_language_is_a_clear_error():
    from govnews.errors import ConfigError

    with pytest.raises(ConfigError, match="lang"):
        find_values("نص", lang="fr")


# ---------------------------------------------------------------- any text

_PIECES = ["يومي", "17", "و18", "سبتمبر", "2014", "١٢٬٥٠٠", "59,19", "مليون", "درهم", "%", "أكثر من", "خمسة",
           "ايام", "السنوات", "الثلاث", "الأخيرة", "لعام", "رقم", "[1]", "(", ")", "/", "-", "هـ", "رمضان",
           "أمس", "الجمعة", "May", "3", "and", "percent", "$", "billion", "last", "three", "years", "\n", "،", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from(["", " ", "  "]), max_size=14),
       st.sampled_from(["ar", "en"]), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_any_text_gives_sorted_disjoint_slices(pieces, spaces, lang, published):
    text = "".join(p + (spaces[i] if i < len(spaces) else " ") for i, p in enumerate(pieces))
    found = find_values(text, lang=lang, published=published)
    for entity in found:
        assert text[entity.start:entity.end] == entity.text and entity.text
        assert entity.type in VALUE_TYPES
    for left, right in zip(found, found[1:]):
        assert left.end <= right.start


@pytest.mark.parametrize("module", ["numbers", "dates", "dates.dateline", "values", "wordlists"])
def test_docstring_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"govnews.extract.{module}"))
    assert result.attempted > 0 and result.failed == 0


def test_a_figure_reached_is_no_bound():
    text = "ارتفعت الاحتياطيات بنسبة 4.7 بالمئة على أساس سنوي، لتصل إلى 258.4 مليار ريال قطري، وبتكلفة تصل إلى 3 ملايين ريال."
    money = [(e.text, e.attrs.get("qualifier")) for e in find_values(text, lang="ar") if e.type == "MONEY"]
    assert money == [("258.4 مليار ريال قطري", None), ("تصل إلى 3 ملايين ريال", "up_to")]


@pytest.mark.parametrize(
    "lang, text, mention, value",
    [
        # KUNA: the years of an embezzlement, a national strategy, a fiscal period
        ("ar", "استولى المتهم خلال الفترة من عام 2016 حتى عام 2019 على مبالغ", "عام 2016 حتى عام 2019", "2016/2019"),
        ("ar", "ضمن رؤية التنمية الوطنية للفترة 2024-2030 التي", "2024-2030", "2024/2030"),
        ("en", "the defendant embezzled KD 2.3 million between 2016 and 2019 from the accounts", "between 2016 and 2019", "2016/2019"),
        ("en", "ahead of the third National Development Strategy (2024-2030).", "2024-2030", "2024/2030"),
        ("en", "the budget for the fiscal years from 2025 to 2026 was approved", "from 2025 to 2026", "2025/2026"),
        # WAM: a weekday and الموافق before the date are one date
        ("ar", "حتى مساء يوم الخميس الموافق 18 أبريل 2024 مع انخفاض", "يوم الخميس الموافق 18 أبريل 2024", "2024-04-18"),
        # KUNA's Arabic dateline: day - month (كونا)
        ("ar", "الكويت - 5 - 3 (كونا) -- قضت محكمة التمييز", "5 - 3", "2024-03-05"),
    ],
)
def test_ranges_of_years_weekdays_with_their_date_and_kuna_datelines(lang, text, mention, value):
    assert _one(text, lang, "DATE", mention, PUBLISHED).value == value


@pytest.mark.parametrize(
    "lang, text",
    [("ar", "للاستفسار على الرقم 2444-1999 طوال اليوم"), ("en", "between 2000-3000 visitors a day"), ("en", "scored 5 - 3 (KUNA) yesterday")],
)
def test_numbers_with_a_dash_that_are_no_years(lang, text):
    assert not [e for e in find_values(text, lang=lang) if e.type == "DATE" and "-" in e.text]


# ---------------------------------------------------------------- durations without a numeral, fractions of a scale


@pytest.mark.parametrize(
    "lang, text, mention, value",
    [
        ("ar", "وتستمر الدورة التدريبية لمدة أسبوع في مقر المعهد بالمنامة", "أسبوع", "P1W"),
        ("ar", "نظم المعهد برنامجا تدريبيا مدته أسبوعين للموظفين الجدد", "أسبوعين", "P2W"),
        ("ar", "ويقام المعرض على مدى اسبوعين بمشاركة 40 جهة حكومية", "اسبوعين", "P2W"),
        ("ar", "ويستمر المهرجان لمدة شهر كامل في حديقة العامرات", "شهر كامل", "P1M"),
        ("ar", "وسيتم تسليم المشروع خلال شهرين من توقيع العقد", "شهرين", "P2M"),
        ("ar", "وقع الطرفان عقدا لمدة عام قابل للتجديد", "عام", "P1Y"),
        ("ar", "ويتولى المجلس مهامه لمدة سنة واحدة من تاريخ", "سنة واحدة", "P1Y"),
        ("ar", "وأنجزت الشركة الأعمال خلال عام واحد فقط", "عام واحد", "P1Y"),
        ("ar", "واستمرت أعمال الصيانة طوال عامين متتاليين", "عامين", "P2Y"),
        ("ar", "وتتواصل الفعاليات لمدة يوم واحد في قاعة المؤتمرات", "يوم واحد", "P1D"),
        ("ar", "وقد استغرق الاجتماع ساعتين ناقش خلالها المجلس", "ساعتين", "PT2H"),
        ("ar", "ويبث البرنامج على الهواء لمدة ساعة كل أسبوع", "ساعة", "PT1H"),
        ("ar", "وسيتم الرد على الطلبات خلال أسبوع من تقديمها", "أسبوع", "P1W"),
        ("ar", "وشارك 25 متدربا في الدورة التي امتدت طيلة شهر كامل", "شهر كامل", "P1M"),
        ("en", "The training course runs for a week at the institute in Manama", "a week", "P1W"),
        ("en", "The delegation will stay for one month in Muscat", "one month", "P1M"),
        ("en", "Twenty employees attended a two-week course on public procurement", "two-week", "P2W"),
        ("en", "The ministry launched a month-long campaign against dengue fever", "month-long", "P1M"),
        ("en", "The festival is a week-long celebration of Omani heritage", "week-long", "P1W"),
        ("en", "The agreement is valid for a year and may be renewed", "a year", "P1Y"),
    ],
)
def test_durations_without_a_numeral(lang, text, mention, value):
    assert _one(text, lang, "DURATION", mention).value == value


@pytest.mark.parametrize(
    "lang, text, phrase",
    [
        ("ar", "وتشهد الأسواق خلال شهر رمضان إقبالا كبيرا", "شهر"),
        ("ar", "ارتفعت الصادرات خلال عام 2023 بنسبة 12 بالمئة", "عام"),
        ("ar", "وأقيم الحفل خلال يوم مفتوح للأسر", "يوم"),
        ("ar", "وأكد أن التعليم حق عام لجميع المواطنين", "عام"),
        ("ar", "وقال مدير عام الهيئة إن الخطة جاهزة", "عام"),
        ("ar", "وقدم المركز خلال شهر مارس الماضي خدماته", "شهر"),
        ("ar", "ويمكن متابعة المؤشرات من خلال ساعة ذكية", "ساعة"),
        ("ar", "وتستمر الأعمال لمدة أيام في الموقع", "أيام"),
        ("en", "The results will be announced in a week or two", "a week"),
        ("en", "the new minister took office a year ago", "a year"),
        # a singular unit before a number: the minute or day it is in order
        ("ar", "وتقدم الهلال بهدف سجله مهاجمه عند الدقيقة الثلاثين من الشوط الأول.", "الدقيقة"),
        ("ar", "وتصل القافلة في اليوم العشرين من رحلتها إلى مدينة تبوك.", "اليوم"),
    ],
)
def test_time_words_that_are_no_duration(lang, text, phrase):
    _not_inside(text, lang, phrase, ("DURATION",))


@pytest.mark.parametrize(
    "lang, text, kind, mention, number, unit",
    [
        ("ar", "وبلغت قيمة الاستثمارات مليار ونصف المليار ريال في", "MONEY", "مليار ونصف المليار ريال", 1.5e9, "SAR"),
        ("ar", "وخصصت الحكومة مليون ونصف دينار لدعم المشروع", "MONEY", "مليون ونصف دينار", 1.5e6, None),
        ("ar", "واستقبل المعرض ألف ونصف زائر خلال يومه الأول", "NUMBER", "ألف ونصف زائر", 1500, "زائر"),
        ("ar", "بتكلفة 3 مليارات ونصف المليار دولار أمريكي", "MONEY", "3 مليارات ونصف المليار دولار أمريكي", 3.5e9, "USD"),
        ("ar", "وبلغ عدد المستفيدين مليونين ونصف المليون مواطن", "NUMBER", "مليونين ونصف المليون مواطن", 2.5e6, "مواطن"),
        ("ar", "وبلغت ميزانية البرنامج مليار وربع المليار درهم", "MONEY", "مليار وربع المليار درهم", 1.25e9, "AED"),
        ("ar", "وارتفع عدد السكان بنحو مليون وثلث المليون نسمة", "NUMBER", "مليون وثلث المليون نسمة", 1_333_333, "نسمة"),
        ("ar", "ويستقبل المطار سنويا سبعة ملايين ونصف مليون مسافر", "NUMBER", "سبعة ملايين ونصف مليون مسافر", 7.5e6, "مسافر"),
        # a fraction before a scale word alone
        ("ar", "واستقبلت الحديقة أكثر من ربع مليون زائر خلال أيام العيد.", "NUMBER", "أكثر من ربع مليون زائر", 250_000,
         "زائر"),
        ("ar", "وخصصت الأمانة نصف مليار ريال لتطوير شبكة الطرق في المحافظة.", "MONEY", "نصف مليار ريال", 5e8, "SAR"),
    ],
)
def test_half_quarter_and_third_of_a_scale(lang, text, kind, mention, number, unit):
    entity = _one(text, lang, kind, mention)
    assert entity.number == pytest.approx(number)
    if unit is not None:
        assert entity.unit == unit


def test_a_fraction_after_a_bare_plural_scale_is_left_out():
    # `الأربعة` is not part of the match: `ملايين ونصف المليون` alone would say 1.5 million
    found = find_values("مستحقاته التي تتجاوز الأربعة ملايين ونصف المليون ريال", lang="ar")
    assert not [e for e in found if e.number == 1.5e6]


def test_half_after_a_small_number_is_left_out():
    # `خمسة ونصف` is no scale with a fraction; the number stays five and the half is no part of it
    found = [e for e in find_values("استمرت الرحلة خمس ساعات ونصف", lang="ar") if e.type == "DURATION"]
    assert [(e.text, e.value) for e in found] == [("خمس ساعات", "PT5H")]


# ---------------------------------------------------------------- today after a verb


@pytest.mark.parametrize(
    "text, mention",
    [
        ("أعلنت الهيئة العامة للطيران المدني اليوم عن إطلاق خدمة جديدة", "اليوم"),
        ("أعلنت الهيئة اليوم عن إطلاق البرنامج الوطني للتدريب", "اليوم"),
        ("افتتح اليوم معالي وزير التربية والتعليم معرض الكتاب", "اليوم"),
        ("وتنطلق اليوم فعاليات الملتقى الخليجي في مسقط", "اليوم"),
        ("أعلنت وزارة الصحة اليوم تسجيل 5 حالات جديدة", "اليوم"),
        ("استقبل صاحب السمو الملكي ولي العهد اليوم وزير الخارجية", "اليوم"),
        ("يحتفل العالم اليوم باليوم العالمي للمياه", "اليوم"),
        ("ويختتم المؤتمر أعماله اليوم بجلسة ختامية", "اليوم"),
        ("وأعلن المجلس اليوم، الاثنين، عن تشكيل لجنة", "اليوم، الاثنين"),
        ("افتتح صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض، اليوم، فعاليات المؤتمر", "اليوم"),
        # a subject of a title, a full name and a role between the verb and the day
        ("استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم نظيره الروسي", "اليوم"),
        ("قال معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير اليوم إن المملكة ترحب بالاتفاق", "اليوم"),
        ("قام وزير الصحة الدكتور توفيق الربيعة اليوم بزيارة مستشفى الملك فهد العام بجدة", "اليوم"),  # SPA
    ],
)
def test_today_after_a_verb(text, mention):
    entity = _one(text, "ar", "DATE", mention, PUBLISHED)
    assert entity.value == "2024-05-06" and entity.attrs["relative"] is True


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("تحتفل المملكة باليوم الوطني في 23 سبتمبر", "اليوم"),
        ("احتفلت المدرسة اليوم الوطني بحضور أولياء الأمور", "اليوم"),
        ("شاركت الوزارة في اليوم العالمي للصحة", "اليوم"),
        ("وانطلقت في اليوم الأول من المؤتمر ورش العمل", "اليوم"),
        ("وقال إن شباب اليوم هم قادة المستقبل", "اليوم"),
        ("ويعمل المركز على مدار اليوم لخدمة المراجعين", "اليوم"),
        ("حتى اليوم لم تصدر النتائج", "اليوم"),
        ("نظمت الجمعية اليوم المفتوح للأطفال", "اليوم"),
        ("واختتم اليوم الثاني من الملتقى بجلسة حوارية", "اليوم"),
    ],
)
def test_the_day_as_a_noun_is_no_date(text, phrase):
    _not_inside(text, "ar", phrase, ("DATE",))


# ---------------------------------------------------------------- over: more than, or during


@pytest.mark.parametrize(
    "text, mention, qualifier",
    [
        ("The project will be implemented over six years in three phases", "six years", None),
        ("The cost is spread over five years under the agreement", "five years", None),
        ("The new terminal was built over four years by local contractors", "four years", None),
        ("Payments will be made in instalments over three years", "three years", None),
        ("He has served in the ministry for over six years", "over six years", "more_than"),
        ("The project took over six years to complete", "over six years", "more_than"),
        ("The programme aims to train 150 Emirati surgeons over three years.", "three years", None),
        ("It began over three years ago, the ministry said.", "over three years", "more_than"),
        ("The scheme covers children over five years old.", "over five years", "more_than"),
    ],
)
def test_over_before_a_span_of_time(text, mention, qualifier):
    entity = _one(text, "en", "DURATION", mention)
    assert entity.attrs.get("qualifier") == qualifier


def test_over_stays_more_than_before_other_figures():
    found = find_values("The programme was implemented over 20 sites and exports rose by over 6 percent", lang="en")
    assert [(e.text, e.attrs.get("qualifier")) for e in found] == [("over 20 sites", "more_than"), ("over 6 percent", "more_than")]


# ---------------------------------------------------------------- English weekdays told in a tense, fractions

SUNDAY = dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    "text, mention, value",
    [
        # a verb in the past: the weekday before the publication day (it was the nearest, here in the week after)
        ("ABU DHABI (WAM) -- The Ministry of Economy announced on Tuesday that investment inflows rose.", "Tuesday",
         "2024-03-05"),
        ("The Kuwait Fund signed on Wednesday a loan agreement with the Government of Jordan.", "Wednesday",
         "2024-03-06"),
        ("The workshop held on Sunday was attended by 45 employees.", "Sunday", "2024-03-10"),
        # a future: the weekday after it (it was the nearest, here in the week before)
        ("A five-day training course for nurses will begin on Sunday and last until Thursday.", "Thursday",
         "2024-03-14"),
        ("The exhibition will open on Wednesday, 13 March and close on Saturday.", "Saturday", "2024-03-16"),
        ("The forum is scheduled to open on Friday at the Dead Sea.", "Friday", "2024-03-15"),
        ("The minister said the talks will resume on Thursday in Riyadh.", "Thursday", "2024-03-14"),
        # neither: the nearest one, as before
        ("Markets on Tuesday", "Tuesday", "2024-03-12"),
    ],
)
def test_english_weekday_takes_the_tense_of_its_clause(text, mention, value):
    assert _one(text, "en", "DATE", mention, SUNDAY).value == value


def test_a_direction_word_outranks_the_tense():
    assert _one("The committee will review what was agreed last Tuesday.", "en", "DATE", "last Tuesday",
                SUNDAY).value == "2024-03-05"
    assert _one("Officials said the plan will be announced next Sunday.", "en", "DATE", "next Sunday",
                SUNDAY).value == "2024-03-17"


@pytest.mark.parametrize(
    "text, kind, mention, number, unit",
    [
        ("Nearly half a million people will benefit from the water project.", "NUMBER", "half a million people",
         500_000, "people"),
        ("The festival drew one and a half million visitors last year.", "NUMBER", "one and a half million visitors",
         1_500_000, "visitors"),
        ("Two and a half thousand volunteers took part in the campaign.", "NUMBER",
         "Two and a half thousand volunteers", 2_500, "volunteers"),
        ("The emirate spent one and a half billion dirhams on housing.", "MONEY", "one and a half billion dirhams",
         1_500_000_000, "AED"),
        ("The fund committed half a billion dollars to the programme.", "MONEY", "half a billion dollars",
         500_000_000, "USD"),
        ("He said that a third of the new companies were founded by women.", "NUMBER", "a third", 0.3333, None),
        ("Two-thirds of the funding will go to education.", "NUMBER", "Two-thirds", 0.6667, None),
        ("Three quarters of households use the e-services of the ministry.", "NUMBER", "Three quarters", 0.75, None),
        ("A quarter of the staff completed the course.", "NUMBER", "A quarter", 0.25, None),
        ("More than half of the participants were women.", "NUMBER", "More than half", 0.5, None),
    ],
)
def test_english_fractions(text, kind, mention, number, unit):
    entity = _one(text, "en", kind, mention)
    assert entity.number == number and entity.unit == unit


def test_english_quarters_of_the_year_and_plain_halves_are_no_fraction():
    found = find_values("In the first quarter of 2024 exports rose, and the second half saw 3 new plants.", lang="en")
    assert [(e.type, e.text) for e in found] == [("DATE", "first quarter of 2024"), ("NUMBER", "3 new plants")]
    found = find_values("Growth slowed in the second half of the year and the other half of the budget", lang="en")
    assert found == []


@pytest.mark.parametrize("lang, text, mention, value", [
    ("ar", "وارتفعت مبيعات الشركة بنسبة 12 في المئة في الربع الثالث من عام 2015 مقارنة بالفترة نفسها من العام السابق.",
     "الربع الثالث من عام 2015", "2015-07/2015-09"),
    ("ar", "وبلغ صافي أرباح البنك 540 مليون ريال خلال النصف الأول من العام الجاري.", "النصف الأول من العام الجاري",
     "2024-01/2024-06"),
    ("ar", "وأعلنت الشركة نتائجها المالية الأولية للربع الأول من 2016 على موقع السوق المالية.", "للربع الأول من 2016",
     "2016-01/2016-03"),
    ("ar", "وسجل الناتج المحلي نموا بنسبة 3 في المئة في الربع الأخير من العام الماضي.", "الربع الأخير من العام الماضي",
     "2023-10/2023-12"),
    ("ar", "وتراجعت الواردات في الربع الثاني 2024 إلى 60 مليار ريال.", "الربع الثاني 2024", "2024-04/2024-06"),
    ("ar", "وبلغت القضايا المسجلة 11 ألف قضية خلال النصف الأول من العام الجاري 1436 هـ في مختلف المناطق.",
     "النصف الأول من العام الجاري 1436 هـ", "2014-10-25/2015-04-19"),  # a Hijri year: its first six months
    ("en", "Sales rose 12 percent in the third quarter of 2015, the company said.", "third quarter of 2015",
     "2015-07/2015-09"),
    ("en", "The bank posted a net profit of SR 2.1 billion in Q3 2015.", "Q3 2015", "2015-07/2015-09"),
    ("en", "Non-oil exports grew 8 percent in the first half of 2016.", "first half of 2016", "2016-01/2016-06"),
    ("en", "The group's H1 2016 revenue reached AED 4 billion.", "H1 2016", "2016-01/2016-06"),
    ("en", "Inflation eased to 1.6 percent in the fourth quarter of last year.", "fourth quarter of last year",
     "2023-10/2023-12"),
])
def test_a_quarter_or_half_of_a_year_is_a_range_of_months(lang, text, mention, value):
    entity = _one(text, lang, "DATE", mention, PUBLISHED)
    assert entity.value == value and entity.attrs["precision"] == "month"


@pytest.mark.parametrize("lang, text", [
    ("ar", "وحققت الشركة أرباحا للربع الثالث على التوالي بحسب بيان السوق المالية."),
    ("en", "Revenue rose in the third quarter on higher oil prices, the company said."),
])
def test_a_quarter_without_its_year_is_no_date(lang, text):
    assert [e.text for e in find_values(text, lang=lang, published=PUBLISHED) if e.type == "DATE"] == []


def test_english_qualifier_before_a_fraction():
    entity = _one("Nearly half a million people will benefit.", "en", "NUMBER", "half a million people")
    assert entity.attrs["qualifier"] == "about"


@pytest.mark.parametrize("text, lang", [
    ("الكويت في 5 أكتوبر / كونا / خصصت الوزارة 45 مليون دينار للمراكز بزيادة 12 في المئة عن عام 2024.", "ar"),
    ("الكويت في 5 أكتوبر / كونا / بلغت الصادرات 3 مليارات دينار مقارنة بعام 2024.", "ar"),
    ("KUWAIT, Oct 5 (KUNA) -- The ministry allocated KD 45 million this year, up 12 percent from 2024.", "en"),
    ("KUWAIT, Oct 5 (KUNA) -- Exports reached KD 3 billion, compared with 2024.", "en"),
])
def test_a_year_compared_with_gives_no_year_to_a_day_without_one(text, lang):
    dates = [e for e in find_values(text, lang=lang) if e.type == "DATE" and e.value and "10-05" in e.value]
    assert [e.value for e in dates] == ["XXXX-10-05"]


@pytest.mark.parametrize("text, qualifier", [
    ("The course was organized in cooperation with the World Health Organization over five days.", None),
    ("The ministry trained 45 doctors over three days.", None),
    ("The strike lasted over five days.", "more_than"),
    ("The talks went on for over three days.", "more_than"),
])
def test_over_before_a_few_days_is_the_span_an_event_is_held_over(text, qualifier):
    [duration] = [e for e in find_values(text, lang="en") if e.type == "DURATION"]
    assert duration.attrs.get("qualifier") == qualifier


def test_a_plan_s_period_gives_no_year_to_the_dateline_s_day():
    text = ("أبوظبي في 18 نوفمبر / وام / أكد وكيل الدائرة أن الورشة تأتي في إطار استراتيجية الدائرة للفترة 2025-2030 "
            "التي تهدف إلى تحويل 40% من الخدمات إلى خدمات رقمية.")
    [day] = [e for e in find_values(text, lang="ar") if e.type == "DATE" and e.text == "18 نوفمبر"]
    assert day.value == "XXXX-11-18"


def test_a_year_after_fi_at_the_clause_end_is_a_date_and_a_count_is_not():
    text = "ارتفعت نسبة العمليات من 4% في عام 2020 إلى 17% في 2024. وسجلت الهيئة في 2000 موقع."
    assert [(e.text, e.value) for e in find_dates(text, lang="ar")] == [("عام 2020", "2020"), ("2024", "2024")]


def test_a_day_without_a_year_takes_the_latest_year_the_release_names():
    text = ("أبوظبي في 12 يناير / وام / أطلقت دائرة الصحة البرنامج الوطني.\n"
            "وارتفعت نسبة العمليات من 4% في عام 2020 إلى 17% في 2024.")
    assert find_dates(text, lang="ar")[0].value == "2024-01-12"


@pytest.mark.parametrize("text, value", [
    ("يقام المعرض في 10 نوفمبر المقبل.", "2025-11-10"),
    ("أقيم المعرض في 10 نوفمبر الماضي.", "2024-11-10"),
    ("تنطلق فعاليات الملتقى يوم 10 شعبان المقبل.", "2025-02-09"),  # the coming day of the month the release is in
])
def test_an_arabic_day_and_month_before_coming_or_past(text, value):
    dates = find_dates(text, lang="ar", published=dt.date(2025, 2, 3))
    assert [d.value for d in dates if d.type == "DATE"][-1:] == [value]


@pytest.mark.parametrize("text, kind, number", [
    ("وتبلغ القيمة الإجمالية لجوائز هذه الدورة 2.5 مليون ريال قطري.", "MONEY", 2_500_000),
    ("وشارك في الدورة 35 موظفا من مختلف الجهات الحكومية.", "NUMBER", 35),
    ("وأغلق خام برنت تحت مستوى 50 دولارا للبرميل.", "MONEY", 50),
    ("وأغلق المؤشر العام مرتفعا فوق مستوى الـ 2500 نقطة بتداولات نشطة.", "NUMBER", 2500),
])
def test_a_figure_after_a_word_that_numbers_things_when_it_counts_them(text, kind, number):
    assert [(e.type, e.number) for e in find_values(text, lang="ar")] == [(kind, number)]


@pytest.mark.parametrize("text", ["وناقش المجلس الدورة 35 للمعرض.", "تنص المادة 12 أيضا على ذلك.",
                                  "ويفتح المعرض أبوابه حتى الساعة 11 ليلا.", "وفازت باللقب رقم 64 بعدما أجابت.",
                                  "واختتم مجلس وزراء الداخلية العرب أعمال الدورة الـ 40 لمجلسهم في تونس.",
                                  "ويقام المهرجان في دورته الـ 35 برعاية وزارة الثقافة.",
                                  "وتنطلق نسختها 12 بمشاركة واسعة من دور النشر العربية.",
                                  "وسجل المهاجم هدف التقدم لفريقه في الدقيقة 37 من الشوط الأول."])
def test_an_edition_an_article_or_an_hour_is_no_statistic(text):
    assert [e for e in find_values(text, lang="ar") if e.type in ("NUMBER", "MONEY")] == []


@pytest.mark.parametrize("text", [
    "افتتح وزير الثقافة عماد حمدان اليوم مهرجان التراث الفلسطيني.",
    "افتتح وزير الزراعة، قبل ظهر اليوم، المؤتمر الوطني الأول حول الأمن الغذائي.",
    "وقال الوزير في مؤتمر صحفي بمقر الوزارة اليوم إن الحملة نجحت.",
    "أعلن الوزير النتائج خلال ندوة صحفية عقدها اليوم بمقر الوزارة.",
    "اختتمت في العاصمة المؤقتة عدن اليوم، الدورة التدريبية في إعداد الموازنات.",
])
def test_today_after_the_subject_a_place_or_the_time_of_day(text):
    found = [(e.text, e.value) for e in find_dates(text, lang="ar", published=dt.date(2025, 5, 14))]
    assert found == [("اليوم", "2025-05-14")]


@pytest.mark.parametrize("text", [
    "أكد الوزير أن شباب اليوم هم قادة الغد.",
    "شارك الوزير في احتفالات اليوم الوطني.",
    "أكد الوزير أهمية الاستفادة من تحديات اليوم.",
])
def test_today_owned_by_a_noun_is_no_date(text):
    assert not find_dates(text, lang="ar", published=dt.date(2025, 5, 14))


@pytest.mark.parametrize("text, mention, number, unit", [
    ("يتوقع مشروع القانون إيرادات بقيمة 680 مليار دج خلال السنة.", "680 مليار دج", 6.8e11, "DZD"),
    ("بلغت الكلفة 30 ألف د.ت حسب الوزارة.", "30 ألف د.ت", 3e4, "TND"),
])
def test_maghreb_currency_abbreviations(text, mention, number, unit):
    entity = _one(text, "ar", "MONEY", mention)
    assert (entity.number, entity.unit) == (pytest.approx(number), unit)


@pytest.mark.parametrize("text", ["بحضور رؤساء الجامعات والمديرين العامين في الوزارة.", "بحضور المدراء العامين."])
def test_directors_general_are_no_two_years(text):
    assert not [e for e in find_values(text, lang="ar") if e.type == "DURATION"]


@pytest.mark.parametrize("text, forbidden", [
    ("The Finance Bill (PLF) 2025 provides for total revenues of 8,523 billion DA.", "provides"),
    ("Children under five account for 40 percent of the cases recorded this year.", "account"),
    ("The fair brings together 22 local and foreign companies in three halls.", "local"),
])
def test_english_a_verb_or_a_modifier_after_a_number_is_no_unit(text, forbidden):
    assert forbidden not in [e.unit for e in find_values(text, lang="en")]


@pytest.mark.parametrize("text", [
    "Over 500 attended and enjoyed the various activities of the festival.",  # a verb, no adjective
    "The index ranked the Kingdom first in 2023 and 2024 countries across the region followed.",  # years
    "The center trained 500 boys and girls in first aid.",  # nouns joined by `and`: the first is counted
    "The train reaches speeds of 350 km/h between the two cities.",  # a rate, no length
])
def test_english_no_unit_after_verbs_and_years_joined_by_and(text):
    units = {e.unit for e in find_values(text, lang="en") if e.type == "NUMBER"}
    assert not units & {"activities", "countries", "girls", "km"}


def test_english_distributed_over_is_among_not_more_than():
    entity = _one("The papers were distributed over eight scientific sessions.", "en", "NUMBER", "eight scientific sessions")
    assert "qualifier" not in entity.attrs


@pytest.mark.parametrize("text, mention, value", [
    ("افتتح وزير الثقافة اليوم مهرجان التراث، ويستمر حتى الحادي والعشرين من الشهر الجاري.",
     "الحادي والعشرين من الشهر الجاري", "2025-04-21"),
    ("ويستمر المعرض حتى 21 من الشهر الجاري في قاعة المركز.", "21 من الشهر الجاري", "2025-04-21"),
    ("تنطلق الدورة التدريبية في الخامس عشر من الشهر المقبل.", "الخامس عشر من الشهر المقبل", "2025-05-15"),
    ("وكانت اللجنة قد عقدت اجتماعها في الثالث من الشهر الماضي.", "الثالث من الشهر الماضي", "2025-03-03"),
])
def test_a_day_of_this_next_or_last_month(text, mention, value):
    dates = [(e.text, e.value) for e in find_dates(text, lang="ar", published=dt.date(2025, 4, 18))]
    assert (mention, value) in dates


def test_a_day_of_this_month_counts_from_the_dateline():
    text = "عمان 3 آذار 2025 (بترا) - يستمر المعرض حتى 21 من الشهر الجاري."
    assert ("21 من الشهر الجاري", "2025-03-21") in [(e.text, e.value) for e in find_dates(text, lang="ar")]


@pytest.mark.parametrize("text, mention, unit", [
    ("وتضمن البرنامج تدريب ٥٠٠ من الملاكات الفنية في الوزارة.", "٥٠٠ من الملاكات", "ملاكات"),
    ("واستفاد من المنحة 1200 من الطلبة والطالبات.", "1200 من الطلبة", "طلبة"),
    ("وتم تكريم 25 من العاملين في الوزارة.", "25 من العاملين", "عاملين"),
])
def test_a_count_of_a_definite_plural_after_min(text, mention, unit):
    assert _one(text, "ar", "NUMBER", mention).unit == unit


def test_a_dot_between_thousands_of_people():
    """SPA: `14.500 من المصححين` is 14,500 correctors, as no fraction counts people; `2.500 كيلومتر` stays 2.5."""
    assert _one("وشارك في أعمال التصحيح 14.500 من المصححين.", "ar", "NUMBER", "14.500 من المصححين").number == 14500
    assert _one("قطع الفريق مسافة 2.500 كيلومتر.", "ar", "NUMBER", "2.500 كيلومتر").number == pytest.approx(2.5)


@pytest.mark.parametrize("text, mention, value", [
    ("The budget for fiscal year 2023-2024 was approved by the Assembly.", "fiscal year 2023-2024", "2023/2024"),
    ("The programme runs from April 10, 2024 to June 25, 2025.", "April 10, 2024 to June 25, 2025", "2024-04-10/2025-06-25"),
])
def test_english_ranges_across_years(text, mention, value):
    assert (mention, value) in [(e.text, e.value) for e in find_dates(text, lang="en")]


def test_english_dates_on_and_are_two_dates():
    text = "The meetings were held on April 10, 2024 and June 25, 2025."
    assert [e.value for e in find_dates(text, lang="en")] == ["2024-04-10", "2025-06-25"]


def test_a_year_taken_from_another_date_of_the_text_is_marked():
    text = "KUWAIT, April 18 (KUNA) -- Revenues reached KD 22 billion in fiscal year 2023-2024. The session is on April 23."
    dates = {e.text: e for e in find_dates(text, lang="en")}
    assert dates["April 23"].attrs.get("year_from_text") is True
    assert "year_from_text" not in find_dates(text, lang="en", published=dt.date(2024, 4, 18))[-1].attrs


@pytest.mark.parametrize("lang, text, mentions", [
    ("ar", "وبلغ حجم التبادل التجاري بين البلدين 12 مليار دولار في 2023 مقابل 9 مليارات في 2022، وفق الهيئة.",
     [("12 مليار دولار", "USD"), ("9 مليارات", "USD")]),
    ("ar", "وارتفعت الإيرادات غير النفطية إلى 4.5 مليار ريال من 3.9 مليار في الربع المماثل.",
     [("4.5 مليار ريال", "SAR"), ("3.9 مليار", "SAR")]),
    ("en", "Net profit rose to AED 1.2 billion in the first half, up from 900 million a year earlier.",
     [("AED 1.2 billion", "AED"), ("900 million", "AED")]),
])
def test_a_second_amount_set_against_the_first_keeps_its_currency(lang, text, mentions):
    found = [(e.text, e.unit) for e in find_values(text, lang=lang, published=PUBLISHED) if e.type == "MONEY"]
    assert found == mentions


@pytest.mark.parametrize("lang, text, mention", [
    ("ar", "وبلغت الصادرات 3 مليارات دولار و200 مليون طن من النفط الخام.", "200 مليون طن"),
    ("en", "The bank lent $2 billion and 1.5 million people benefited from the programme.", "1.5 million people"),
])
def test_a_counted_figure_after_an_amount_is_no_money(lang, text, mention):
    assert [e.type for e in find_values(text, lang=lang, published=PUBLISHED) if e.text == mention] == ["NUMBER"]


def test_a_year_after_fi_before_a_comparison_is_a_date():
    text = "وارتفعت صادرات المملكة غير النفطية في 2023 بنسبة 5% لتصل إلى 315 مليار ريال."
    assert [e.text for e in find_values(text, lang="ar", published=PUBLISHED) if e.type == "DATE"] == ["2023"]


@pytest.mark.parametrize("lang, text, percents", [
    ("ar", "ويتوقع الصندوق أن يتراوح نمو الاقتصاد بين 3 و4 في المئة خلال العام المقبل.", ["3", "4 في المئة"]),
    ("ar", "وتوقعت الهيئة ارتفاع الأسعار بنسبة 2 إلى 3 بالمئة في الربع الأخير.", ["2", "3 بالمئة"]),
    ("ar", "وتراوحت نسبة الإشغال الفندقي بين 70-75% خلال موسم الصيف.", ["70", "75%"]),
    ("en", "The IMF expects growth of between 3 and 4 percent next year, the report said.", ["3", "4 percent"]),
    ("en", "Hotel occupancy rose 5-7 percent in the summer season, the authority said.", ["5", "7 percent"]),
    ("en", "The central bank expects inflation to ease to two to three per cent by the end of next year.",
     ["two", "three per cent"]),
    ("ar", "ويتوقع البنك المركزي أن يتراوح معدل التضخم بين اثنين وثلاثة في المئة خلال العام المقبل.",
     ["اثنين", "ثلاثة في المئة"]),
    ("ar", "ورجح التقرير ارتفاع أسعار العقارات في لندن بنسبة واحد إلى اثنين في المائة خلال العام الجاري.",
     ["واحد", "اثنين في المائة"]),
])
def test_both_ends_of_a_range_of_percentages(lang, text, percents):
    assert [e.text for e in find_values(text, lang=lang, published=PUBLISHED) if e.type == "PERCENT"] == percents


@pytest.mark.parametrize("lang, text, low, high", [
    ("ar", "وتتراوح التكلفة التقديرية للمشروع بين 10 و15 مليون دولار بحسب الدراسة.",
     ("MONEY", "10", 1e7, "USD"), ("MONEY", "15 مليون دولار", 1.5e7, "USD")),
    ("ar", "ويتوقع أن ترتفع الإيرادات غير النفطية من 3 إلى 5 مليارات درهم بحلول عام 2030.",
     ("MONEY", "3", 3e9, "AED"), ("MONEY", "5 مليارات درهم", 5e9, "AED")),
    ("ar", "ويستفيد من البرنامج ما بين 200 و300 ألف مستفيد في مختلف مناطق المملكة.",
     ("NUMBER", "200", 2e5, "مستفيد"), ("NUMBER", "300 ألف مستفيد", 3e5, "مستفيد")),
    ("ar", "وتقدر كلفة المرحلة الأولى بنحو 10-15 مليون ريال وفق الهيئة.",
     ("MONEY", "10", 1e7, "SAR"), ("MONEY", "15 مليون ريال", 1.5e7, "SAR")),
    ("en", "The project will cost between 10 and 15 million dollars, the ministry said.",
     ("MONEY", "10", 1e7, "USD"), ("MONEY", "15 million dollars", 1.5e7, "USD")),
    ("en", "The fund will invest $10-15 million in local startups over the next year.",
     ("MONEY", "$10", 1e7, "USD"), ("MONEY", "15 million", 1.5e7, "USD")),
    ("en", "Non-oil revenues are expected to rise from 3 to 5 billion dirhams by 2030.",
     ("MONEY", "3", 3e9, "AED"), ("MONEY", "5 billion dirhams", 5e9, "AED")),
    ("en", "The first phase of the project will cost between two and three million dollars, the ministry said.",
     ("MONEY", "two", 2e6, "USD"), ("MONEY", "three million dollars", 3e6, "USD")),
    ("en", "Non-oil revenues are expected to rise from five to seven billion riyals over the next decade.",
     ("MONEY", "five", 5e9, "SAR"), ("MONEY", "seven billion riyals", 7e9, "SAR")),
    ("en", "The fund will invest from 5 to seven billion dirhams in renewable energy projects.",
     ("MONEY", "5", 5e9, "AED"), ("MONEY", "seven billion dirhams", 7e9, "AED")),
    ("ar", "وتتراوح التكلفة التقديرية للمرحلة الأولى بين ثلاثة وخمسة ملايين دولار بحسب الدراسة.",
     ("MONEY", "ثلاثة", 3e6, "USD"), ("MONEY", "خمسة ملايين دولار", 5e6, "USD")),
])
def test_the_low_end_of_a_range_takes_the_scale_and_currency_of_the_high_end(lang, text, low, high):
    found = [(e.type, e.text, e.number, e.unit) for e in find_values(text, lang=lang, published=PUBLISHED)
             if e.type in ("NUMBER", "MONEY")]
    assert found == [low, high]


@pytest.mark.parametrize("lang, text, low, high", [
    ("ar", "وتتراوح مدة البرنامج التدريبي بين ثلاثة وخمسة أسابيع بحسب المسار الذي يختاره المتدرب.",
     ("ثلاثة", "P3W"), ("خمسة أسابيع", "P5W")),
    ("ar", "وتستغرق إجراءات إصدار الترخيص من ثلاثة إلى خمسة أيام من تاريخ تقديم الطلب.",
     ("ثلاثة", "P3D"), ("خمسة أيام", "P5D")),
    ("ar", "وأوضحت الهيئة أن مدة المعالجة تتراوح من 3 إلى 5 أيام بعد استكمال المستندات.", ("3", "P3D"), ("5 أيام", "P5D")),
    ("ar", "ويصدر الترخيص خلال 24-48 ساعة من تقديم الطلب عبر المنصة الإلكترونية.", ("24", "PT24H"), ("48 ساعة", "PT48H")),
    ("en", "The training programme lasts between three and five weeks, depending on the track chosen.",
     ("three", "P3W"), ("five weeks", "P5W")),
    ("en", "Applications are processed in 3-5 days once the required documents are submitted.", ("3", "P3D"), ("5 days", "P5D")),
    ("en", "The second phase of the project is expected to take two to three years to complete.",
     ("two", "P2Y"), ("three years", "P3Y")),
])
def test_the_low_end_of_a_range_of_time_units_is_a_duration(lang, text, low, high):
    found = [(e.text, e.value) for e in find_values(text, lang=lang, published=PUBLISHED) if e.type in ("NUMBER", "DURATION")]
    assert found == [low, high]


@pytest.mark.parametrize("lang, text, low", [
    ("ar", "وارتفع عدد زوار المعرض من 800 إلى 1.2 مليون زائر خلال عام واحد.", "800"),
    ("en", "The number of visitors to the festival rose from 800 to 1.2 million this year.", "800"),
])
def test_a_low_end_larger_than_the_count_of_the_high_end_keeps_its_value(lang, text, low):
    assert [e.number for e in find_values(text, lang=lang, published=PUBLISHED) if e.text == low] == [800]


@pytest.mark.parametrize("text, mention, number, unit", [
    ("وتخرج الخمسة والعشرون متدربا من البرنامج التدريبي الذي نظمه المعهد الوطني.", "الخمسة والعشرون متدربا", 25, "متدرب"),
    ("وكرم وزير الموارد البشرية المتدربين الخمسة والعشرين في حفل أقيم بالرياض.", "المتدربين الخمسة والعشرين", 25,
     "متدربين"),
    ("وبحث وزراء خارجية الدول الست الأعضاء في مجلس التعاون مستجدات المنطقة.", "الدول الست", 6, "دول"),
    ("وزار الوفد المحافظات الأربع عشرة للاطلاع على سير العمل في المشاريع.", "المحافظات الأربع عشرة", 14, "محافظات"),
    ("وأكد البيان التزام الدول العربية الاثنتين والعشرين بدعم القضية الفلسطينية.", "الدول العربية الاثنتين والعشرين", 22,
     "دول عربية"),
    ("وأعلنت شركات الطيران الثلاث زيادة رحلاتها إلى المنطقة خلال موسم الصيف.", "شركات الطيران الثلاث", 3,
     "شركات طيران"),
    ("وأقر المجلس مخصصات الرئاسات الثلاث ضمن مشروع قانون الموازنة العامة.", "الرئاسات الثلاث", 3, "رئاسات"),
    ("وعقدت لقاءات مماثلة في جميع مكاتب المؤسسة الاثنين والعشرين بمختلف مناطق المملكة.",
     "مكاتب المؤسسة الاثنين والعشرين", 22, "مكاتب مؤسسة"),
    ("وهبطت الكبسولة التي تقل رواد الفضاء الثلاثة في سهوب كازاخستان بعد مهمة استمرت ستة أشهر.", "رواد الفضاء الثلاثة", 3,
     "رواد فضاء"),
    ("وتأهلت أطقم النصر الثلاثة إلى الأدوار النهائية من البطولة الآسيوية.", "أطقم النصر الثلاثة", 3, "أطقم نصر"),
    ("وكرم سمو أمير المنطقة لاعبي المنتخب الأربعة الفائزين بالميداليات الذهبية.", "لاعبي المنتخب الأربعة", 4,
     "لاعبي منتخب"),
    ("وأعلنت شركات الطاقة الثلاث نتائجها المالية للربع الثالث من العام الجاري.", "شركات الطاقة الثلاث", 3, "شركات طاقة"),
    ("واستقبل معاليه أعضاء مجلس الإدارة الخمسة في مقر الهيئة بالرياض.", "أعضاء مجلس الإدارة الخمسة", 5,
     "أعضاء مجلس إدارة"),
    ("واجتمع رؤساء الوفود الثلاثة في ختام أعمال المؤتمر.", "الوفود الثلاثة", 3, "وفود"),
    ("وتناول الباحث في كتابه دلالات هذه المفاهيم الثلاثة في الفكر العربي المعاصر.", "المفاهيم الثلاثة", 3, "مفاهيم"),
])
def test_definite_counts_in_words(text, mention, number, unit):
    entity = _one(text, "ar", "NUMBER", mention, PUBLISHED)
    assert (entity.number, entity.unit) == (number, unit)


@pytest.mark.parametrize("text", [
    "ويبدأ الإمساك في تمام الساعة الحادية عشرة وتسع وخمسين دقيقة مساء يوم الأحد.",  # a time of day
    "وافتتح سموه الجسر الواقع بين مخرجي عشرة وتسعة بحي الحمراء على الطريق الدائري الشرقي.",  # exits by number
])
def test_the_second_of_two_numbers_joined_counts_no_word_after_it(text):
    assert [e.text for e in find_values(text, lang="ar", published=PUBLISHED) if e.type in ("NUMBER", "DURATION")] == []


def test_a_definite_teen_of_a_time_unit_is_a_duration():
    text = "وتراجع خام برنت في عشرة أشهر من الاثني عشر شهراً السابقة مسجلا أضعف أداء منذ سنوات."
    assert _one(text, "ar", "DURATION", "الاثني عشر شهراً", PUBLISHED).value == "P12M"


def test_the_dual_of_a_currency_is_joined_to_no_other_number():
    text = "واقترح الكاتب أن تصدر فئة ريالين وخمسة ريالات معدنية لتسهيل التداول."
    found = [(e.text, e.number) for e in find_values(text, lang="ar", published=PUBLISHED) if e.type == "MONEY"]
    assert found == [("ريالين", 2), ("خمسة ريالات", 5)]


@pytest.mark.parametrize("text, mentions", [
    ("وصرفت وزارة المالية راتبين إضافيين للموظفين، ونظمت ورشتين تدريبيتين حول إعداد الميزانية.",
     [("راتبين إضافيين", "راتب"), ("ورشتين تدريبيتين", "ورشة")]),
    ("ووقع الجانبان على هامش الزيارة مذكرتي تفاهم في مجالي الطاقة المتجددة والأمن الغذائي.",
     [("مذكرتي تفاهم", "مذكرة تفاهم")]),
    ("وأطلقت الهيئة مشروعين جديدين لتطوير البنية التحتية ووثيقتين لتنظيم قطاع النقل.",
     [("مشروعين جديدين", "مشروع"), ("وثيقتين", "وثيقة")]),
    ("وأسفر الحادث عن وفاة شخصين وإصابة ثلاثة آخرين بجروح متوسطة نقلوا إلى مستشفى الملك فهد.",
     [("شخصين", "شخص")]),
])
def test_an_arabic_dual_counts_two_of_its_noun(text, mentions):
    found = [(e.text, e.unit) for e in find_values(text, lang="ar", published=PUBLISHED) if e.type == "NUMBER" and e.number == 2]
    assert found == mentions


@pytest.mark.parametrize("text", [
    "وكرم الحفل الموظفين المتميزين والمواطنين المشاركين في المبادرة من مختلف مناطق المملكة.",  # sound plurals
    "وأكد الطرفان أهمية التعاون بين الجانبين، وهنأ الرئيس بوتين ملك البحرين بالعيد يوم الاثنين.",
    "وتكررت الزيارة مرتين خلال العام الماضي، وشملت هاتين المدينتين وعددا من المواقع في باكستان.",
    "وأوضح أن عدد الموظفين المؤقتين بلغ 40 موظفا، وأن الموظفين مؤقتين حتى نهاية العقد.",
    "وتشارك في المعرض شركات من بلدان الخليج العربي وعدد من الدول الآسيوية.",
    "وأكد المحلل أن الخلاف والانقسام يشتتان الجهود المبذولة لتحقيق الاستقرار في المنطقة.",  # a verb
])
def test_words_that_end_as_a_dual_are_no_count(text):
    assert [e.text for e in find_values(text, lang="ar", published=PUBLISHED) if e.type == "NUMBER" and e.number == 2] == []


@pytest.mark.parametrize("text, mention", [
    ("In 2023 Jordan exports rose by 6 percent, the Department of Statistics said.", "2023"),
    ("The fund backed 40 Saudi Aramco suppliers in the Eastern Province.", "40"),
])
def test_a_capitalized_word_after_a_number_is_no_adjective_of_its_noun(text, mention):
    assert [(e.text, e.unit) for e in find_values(text, lang="en", published=PUBLISHED) if e.text == mention] in (
        [(mention, None)], [])


@pytest.mark.parametrize("text", [
    "وتعقد الدورة الخمسين للمجلس في القرن الواحد والعشرين يوم الاثنين المقبل.",  # ordinals, a weekday
    "وفاز الثلاثة بجوائز المسابقة في ختام الحفل.",  # no noun counted
    "ويعقد قادة مجموعة السبع قمتهم في العشر الأواخر من الشهر.",
    "وعقدت لقاءات مماثلة في جميع منافذ المؤسسة الاثنين والعشرين بمختلف مناطق المملكة.",  # the outlets are counted
    "ودعوا إلى اجتماع قمة لقادة منطقة اليورو التسعة عشر ليتم عقده الثلاثاء.",
])
def test_definite_number_words_without_a_counted_noun_are_no_numbers(text):
    assert [e.text for e in find_values(text, lang="ar", published=PUBLISHED) if e.type == "NUMBER"] == []


def test_a_count_joined_to_a_percentage_is_no_range():
    text = "وشارك في الاستبيان 30 طالبا و40% من المعلمين في المدارس الحكومية."
    assert [(e.type, e.text) for e in find_values(text, lang="ar", published=PUBLISHED)] == [
        ("NUMBER", "30 طالبا"), ("PERCENT", "40%")]


@pytest.mark.parametrize("text, mention, kind, number, unit", [
    ("وخسر مؤشر نيكي القياسي 66ر47 نقطة أو ما نسبته 23ر0 بالمئة ليغلق عند 03ر20761 نقطة.", "66ر47 نقطة", "NUMBER",
     47.66, "نقطة"),
    ("وخسر مؤشر نيكي القياسي 66ر47 نقطة أو ما نسبته 23ر0 بالمئة ليغلق عند 03ر20761 نقطة.", "23ر0 بالمئة", "PERCENT",
     0.23, None),
    ("وخسر مؤشر نيكي القياسي 66ر47 نقطة أو ما نسبته 23ر0 بالمئة ليغلق عند 03ر20761 نقطة.", "03ر20761 نقطة",
     "NUMBER", 20761.03, "نقطة"),
    ("وارتفع سعر مزيج برنت 56 سنتا إلى 34ر53 دولار للبرميل في تعاملات اليوم.", "34ر53 دولار", "MONEY", 53.34, "USD"),
    ("وبلغت قيمة الصفقة 4ر1 مليار يورو أي ما يعادل 6ر1 مليار دولار.", "4ر1 مليار يورو", "MONEY", 1.4e9, "EUR"),
    ("وتصرف المكافأة بحد أقصى 000ر30 ريال في السنة الواحدة.", "000ر30 ريال", "MONEY", 30000, "SAR"),
])
def test_a_decimal_written_fraction_first_around_ra(text, mention, kind, number, unit):
    entity = _one(text, "ar", kind, mention)
    assert (entity.number, entity.unit) == (pytest.approx(number), unit)


@pytest.mark.parametrize("lang, text, mention, value", [
    ("ar", "وكان المهاجم هداف دوري المحترفين في موسم 2007 برصيد 20 هدفا.", "2007", "2007"),
    ("ar", "وتوج الفريق بلقب الدوري لموسم 2016 بعد فوزه على النصر في الجولة الأخيرة.", "2016", "2016"),
    ("ar", "وبلغ عدد الحجاج في موسم حج 1445 أكثر من 1.8 مليون حاج.", "1445", "2023-07-19/2024-07-06"),
    ("en", "He finished as the league's top scorer in the 2007 season with 20 goals.", "2007", "2007"),
    ("en", "The club lifted the league title in season 2016 after beating Al Nassr.", "2016", "2016"),
    ("en", "Al Hilal won the Saudi Pro League for the 19th time in the 2023-24 season.", "2023-24", "2023/2024"),
    ("ar", "وتوج الهلال بلقب دوري المحترفين في موسم 2015-16 بفارق ثلاث نقاط.", "2015-16", "2015/2016"),
])
def test_the_year_of_a_season_is_a_date(lang, text, mention, value):
    assert _one(text, lang, "DATE", mention).value == value


def test_a_season_in_a_name_gives_no_date():
    text = "Riyadh Season 2024 drew 20 million visitors, the General Entertainment Authority said."
    assert [e.text for e in find_values(text, lang="en") if e.type == "DATE"] == []


@pytest.mark.parametrize("text", [
    "وقال رئيس النادي في تصريح عقب المباراة: ألف مبروك للاعبين والجماهير على هذا الإنجاز.",
    "وختم الأمين العام كلمته قائلا: ألف شكر لكل من ساهم في إنجاح هذه الدورة.",
    "ألف ألف مبروك للوطن وقيادته بمناسبة اليوم الوطني.",
])
def test_a_thousand_in_a_wish_is_no_count(text):
    assert [e.text for e in find_values(text, lang="ar") if e.type == "NUMBER"] == []


def test_a_thousand_before_a_counted_noun_still_counts():
    text = "وشاهد المقطع مليون مرة خلال يومين، فيما حضر الحفل ألف شخص."
    assert [e.text for e in find_values(text, lang="ar") if e.type == "NUMBER"] == ["مليون مرة", "ألف شخص"]


@pytest.mark.parametrize("text, mention, kind, number, unit", [
    ("ويحصل الفائز بالمركز الأول على جائزة نقدية قدرها (50) ألف ريال، والثاني على (30) ألف ريال.",
     "(50) ألف ريال", "MONEY", 50_000, "SAR"),
    ("ويحصل الفائز بالمركز الأول على جائزة نقدية قدرها (50) ألف ريال، والثاني على (30) ألف ريال.",
     "(30) ألف ريال", "MONEY", 30_000, "SAR"),
    ("وأطلقت اللجنة المنظمة (15) ألف قذيفة نارية من سبعة مواقع في المدينة.", "(15) ألف قذيفة نارية", "NUMBER",
     15_000, "قذيفة نارية"),
    ("وضخ أهالي العاصمة المقدسة أكثر من (72) مليون ريال لشراء الأضاحي.", "أكثر من (72) مليون ريال", "MONEY",
     72_000_000, "SAR"),
    ("وتمثل الشركات الموقعة مصدر أكثر من (99.5%) من مبيعات المركبات الجديدة في المملكة.", "أكثر من (99.5%)",
     "PERCENT", 99.5, None),
])
def test_a_figure_in_parentheses_before_its_scale(text, mention, kind, number, unit):
    entity = _one(text, "ar", kind, mention)
    assert (entity.number, entity.unit) == (pytest.approx(number), unit)


def test_a_figure_in_spaced_parentheses_counts_the_noun_after_them():
    text = "ويستمر استقبال طلبات المرشحين لمدة ( 21 ) يوماً عدا أيام الجمع في مقار اللجان."
    assert _one(text, "ar", "DURATION", "( 21 ) يوماً").value == "P21D"


@pytest.mark.parametrize("text, mention, hijri", [
    ("واطلع المجلس على الحساب الختامي للمؤسسة العامة للموانئ للعام المالي 1434 - 1435هـ.", "1434 - 1435هـ",
     "1434/1435"),
    ("وأوضح أن عدد الطلاب المقبولين في العام الدراسي المقبل 1436/1437 بلغ 5400 طالب.", "1436/1437", "1436/1437"),
])
def test_a_range_of_hijri_years(text, mention, hijri):
    assert _one(text, "ar", "DATE", mention).attrs["hijri"] == hijri


def test_two_prices_joined_by_a_dash_are_no_hijri_years():
    text = "وتتراوح أسعار الأضاحي في سوق المواشي بين 1400 - 1450 ريالا للرأس."
    assert [e.text for e in find_values(text, lang="ar") if e.type == "DATE"] == []


def test_the_minutes_of_a_match_are_no_values():
    text = "وأحرز المهاجم هدفي فريقه في الدقيقتين 25 و43 من عمر المباراة."
    assert [(e.type, e.text) for e in find_values(text, lang="ar")] == []


@pytest.mark.parametrize("lang, text, low, number, kind, unit", [
    ("ar", "وارتفع متوسط طول الذكور من 167 إلى 175 سنتيمترا خلال عشر سنوات.", "167", 167, "NUMBER", "سنتيمتر"),
    ("ar", "وتتراوح رسوم التسجيل في البرنامج من 500 إلى 1000 ريال بحسب المرحلة.", "500", 500, "MONEY", "SAR"),
    ("en", "The board was expanded from 5 to 7 members under the new law.", "5", 5, "NUMBER", "members"),
])
def test_the_low_end_of_a_range_counts_the_noun_of_the_high_end(lang, text, low, number, kind, unit):
    entity = _one(text, lang, kind, low)
    assert (entity.number, entity.unit) == (number, unit)


def test_a_code_to_send_is_no_statistic():
    text = "وللتواصل مع الكاتب أرسل رسالة نصية تبدأ بالرمز (134) ثم مسافة ثم نص الرسالة."
    assert [e.text for e in find_values(text, lang="ar") if e.type == "NUMBER"] == []


def test_a_range_of_years_opening_a_title_is_no_dateline():
    text = "The 2023-24 season review: Al Hilal won the league title. On 27 May, the club celebrated in Riyadh."
    day = _one(text, "en", "DATE", "27 May")
    assert (day.value, day.attrs.get("year_from_text")) == ("2024-05-27", True)
