"""Boilerplate, title, dateline, source and category, on the seeds and on agency release styles."""

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.clean import Cleaned, clean

MARKER = re.compile(r"\[\d+\]")


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_seed_004_header_furniture_and_footnotes(seeds, gold):
    raw, expected = seeds["004"], gold["004"]
    c = clean(raw, lang="ar")
    assert (c.title, c.dateline, c.source, c.category) == (
        expected["title"], expected["dateline"], expected["source"], expected["category"])
    furniture = expected["boilerplate"]
    assert [piece for piece in c.boilerplate if piece in furniture] == furniture
    assert c.boilerplate[:3] == [expected["category"], expected["title"], "دبي- سويفت نيوز:"]
    footnote_lines = [piece for piece in c.boilerplate if re.match(r"\[\d\]\s", piece)]
    assert len(footnote_lines) == expected["footnotes"]
    assert c.boilerplate.count("[1]") == 1 and c.boilerplate.count("[2]") == 1
    assert "[" not in c.text
    # every body paragraph is kept whole, only its footnote markers taken out
    body = [line for line in _lines(raw) if line not in c.boilerplate]
    assert c.text.split("\n\n") == [MARKER.sub("", line) for line in body]
    assert "على الانترنت ووصول عدد" in c.text and c.text.endswith("وبناء أسس قوية للشبكات الاجتماعية.")


def test_seed_002_dateline_and_wam_signoff(seeds, gold):
    raw = seeds["002"]
    c = clean(raw, lang="ar")
    assert (c.dateline, c.source) == (gold["002"]["dateline"], gold["002"]["source"])
    assert c.boilerplate == ["دبي- صوت الإمارات", "وام."]
    assert c.text.split("\n\n") == _lines(raw)[1:-1]
    assert c.title is None and c.category is None


@pytest.mark.parametrize("key, lang", [("000", "ar"), ("001", "en"), ("003", "ar")])
def test_seeds_without_boilerplate_lose_nothing(seeds, key, lang):
    c = clean(seeds[key], lang=lang)
    assert c.text == "\n\n".join(_lines(seeds[key]))
    assert c.boilerplate == [] and (c.title, c.dateline, c.source, c.category) == (None, None, None, None)


AGENCY_RELEASES = [
    # WAM (Emirates News Agency), Arabic and English
    ("ar", "أبوظبي في 17 سبتمبر / وام / أعلنت هيئة أبوظبي للسياحة والثقافة اليوم عن إطلاق مبادرة جديدة.\n"
           "وقال سعادة محمد خليفة المبارك إن المبادرة تستهدف 500 شاب.\nوام/ع ا/س ر",
     "أعلنت هيئة أبوظبي للسياحة والثقافة اليوم عن إطلاق مبادرة جديدة.\n\nوقال سعادة محمد خليفة المبارك إن المبادرة تستهدف 500 شاب.",
     "أبوظبي", "وام", ["أبوظبي في 17 سبتمبر / وام /", "وام/ع ا/س ر"]),
    ("en", "DUBAI, 17th September, 2014 (WAM) -- The third Gulf Governments Social Media Summit opened today.\n"
           "H.E. Mohammed Al Gergawi attended the opening.\nWAM/Tariq alfaham/Hatem Mohamed",
     "The third Gulf Governments Social Media Summit opened today.\n\nH.E. Mohammed Al Gergawi attended the opening.",
     "DUBAI", "WAM", ["DUBAI, 17th September, 2014 (WAM) --", "WAM/Tariq alfaham/Hatem Mohamed"]),
    # SPA (واس): dated line of its own, then `// انتهى //`; and the `الرياض - واس:` opening
    ("ar", "الرياض 15 رجب 1436 هـ الموافق 04 مايو 2015 م واس\nأعلنت وزارة الصحة اليوم تسجيل 5 حالات إصابة جديدة.\n// انتهى //",
     "أعلنت وزارة الصحة اليوم تسجيل 5 حالات إصابة جديدة.",
     "الرياض", "واس", ["الرياض 15 رجب 1436 هـ الموافق 04 مايو 2015 م واس", "// انتهى //"]),
    ("ar", "الرياض - واس: أعلنت وزارة الصحة اليوم تسجيل 5 حالات إصابة جديدة.\nوأوضحت الوزارة أن الحالات مستقرة.",
     "أعلنت وزارة الصحة اليوم تسجيل 5 حالات إصابة جديدة.\n\nوأوضحت الوزارة أن الحالات مستقرة.",
     "الرياض", "واس", ["الرياض - واس:"]),
    ("en", "Riyadh, May 04, 2015, SPA -- The Ministry of Health announced five new cases today.\n--SPA",
     "The Ministry of Health announced five new cases today.", "Riyadh", "SPA", ["Riyadh, May 04, 2015, SPA --", "--SPA"]),
    # BNA (بنا): editors' initials and time code under the release
    ("ar", "المنامة في 12 مارس / بنا / استقبل صاحب السمو الملكي ولي العهد اليوم وزير الخارجية.\nع ع / ع ذ\nبنا 1230 جمت 2015/03/12",
     "استقبل صاحب السمو الملكي ولي العهد اليوم وزير الخارجية.",
     "المنامة", "بنا", ["المنامة في 12 مارس / بنا /", "ع ع / ع ذ", "بنا 1230 جمت 2015/03/12"]),
    ("en", "Manama, Mar. 12 (BNA) -- HRH the Crown Prince received the Foreign Minister today.\nA.A.H\nBNA 1230 GMT 2015",
     "HRH the Crown Prince received the Foreign Minister today.", "Manama", "BNA",
     ["Manama, Mar. 12 (BNA) --", "A.A.H", "BNA 1230 GMT 2015"]),
    # Petra (بترا)
    ("ar", "عمان 12 آذار (بترا) - أعلنت دائرة الإحصاءات العامة أن معدل البطالة بلغ 13.2 بالمئة.\n--(بترا) س ص/ع ع",
     "أعلنت دائرة الإحصاءات العامة أن معدل البطالة بلغ 13.2 بالمئة.", "عمان", "بترا",
     ["عمان 12 آذار (بترا) -", "--(بترا) س ص/ع ع"]),
    ("en", "Amman, March 12 (Petra) -- The Department of Statistics said unemployment stood at 13.2 percent.\n--(Petra) SS/AA",
     "The Department of Statistics said unemployment stood at 13.2 percent.", "Amman", "Petra",
     ["Amman, March 12 (Petra) --", "--(Petra) SS/AA"]),
    # MAP (ومع): place and dash only
    ("ar", "الرباط - أعلن المكتب الوطني للسكك الحديدية، اليوم الخميس، عن تعديل مواعيد القطارات.",
     "أعلن المكتب الوطني للسكك الحديدية، اليوم الخميس، عن تعديل مواعيد القطارات.", "الرباط", None, ["الرباط -"]),
    ("ar", "الرباط/ 12 مارس 2020/ومع/ أعلنت وزارة الصحة عن إجراءات جديدة.",
     "أعلنت وزارة الصحة عن إجراءات جديدة.", "الرباط", "ومع", ["الرباط/ 12 مارس 2020/ومع/"]),
    # KUNA (كونا): `(النهاية)` and `(end)` sign-offs
    ("ar", "الكويت - 12 - 3 (كونا) -- أعلنت وزارة المالية اليوم عن فائض بلغ 2.5 مليار دينار.\n(النهاية) ع ا ب / ف ن",
     "أعلنت وزارة المالية اليوم عن فائض بلغ 2.5 مليار دينار.", "الكويت", "كونا",
     ["الكويت - 12 - 3 (كونا) --", "(النهاية) ع ا ب / ف ن"]),
    ("en", "KUWAIT, March 12 (KUNA) -- Kuwait's Ministry of Finance announced a surplus of KD 2.5 billion.\n(end) ab.gb",
     "Kuwait's Ministry of Finance announced a surplus of KD 2.5 billion.", "KUWAIT", "KUNA",
     ["KUWAIT, March 12 (KUNA) --", "(end) ab.gb"]),
    # QNA, and a news site's `PLACE - SITE:` opening
    ("ar", "الدوحة في 12 مارس /قنا/ افتتح وزير التجارة معرض الدوحة للكتاب.", "افتتح وزير التجارة معرض الدوحة للكتاب.",
     "الدوحة", "قنا", ["الدوحة في 12 مارس /قنا/"]),
    ("ar", "دبي - صوت الإمارات: نظمت الأمانة العامة ورشة تدريبية.", "نظمت الأمانة العامة ورشة تدريبية.",
     "دبي", "صوت الإمارات", ["دبي - صوت الإمارات:"]),
    # SPA's dated dateline opening the paragraph, a place with its shadda, MENA's parenthesized mark
    ("ar", "الرياض 01 رمضان 1445 هـ الموافق 11 مارس 2024 م واس رأس خادم الحرمين الشريفين جلسة مجلس الوزراء.",
     "رأس خادم الحرمين الشريفين جلسة مجلس الوزراء.", "الرياض", "واس",
     ["الرياض 01 رمضان 1445 هـ الموافق 11 مارس 2024 م واس"]),
    ("ar", "عمّان 12 آذار (بترا) -- قال رئيس الوزراء إن الحكومة ماضية في خطتها.",
     "قال رئيس الوزراء إن الحكومة ماضية في خطتها.", "عمّان", "بترا", ["عمّان 12 آذار (بترا) --"]),
    ("ar", "القاهرة (أ ش أ) أعلنت وزارة الصحة والسكان عن إجراءات جديدة.", "أعلنت وزارة الصحة والسكان عن إجراءات جديدة.",
     "القاهرة", "أ ش أ", ["القاهرة (أ ش أ)"]),
    # ONA (العُمانية): the agency's name written with its vowel, in the dateline and the sign-off
    ("ar", "مسقط في 3 فبراير /العُمانية/ افتتح معالي وزير التربية والتعليم معرض الكتاب.\n/العُمانية/\nع خ/ س ص",
     "افتتح معالي وزير التربية والتعليم معرض الكتاب.", "مسقط", "العمانية",
     ["مسقط في 3 فبراير /العُمانية/", "/العُمانية/", "ع خ/ س ص"]),
    ("ar", "صلالة في 3 فبراير 2024م/العُمانيّة/ تنطلق اليوم فعاليات مهرجان صلالة السياحي.",
     "تنطلق اليوم فعاليات مهرجان صلالة السياحي.", "صلالة", "العمانية", ["صلالة في 3 فبراير 2024م/العُمانيّة/"]),
    ("en", "Muscat, Feb 3 (ONA)-- The Minister of Education opened the book fair today.\n--ONA",
     "The Minister of Education opened the book fair today.", "Muscat", "ONA", ["Muscat, Feb 3 (ONA)--", "--ONA"]),
    # QNA, BNA, WAM and MENA with the day and month of the release
    ("ar", "المنامة في 3 فبراير / بنا / استقبل صاحب السمو الملكي ولي العهد وزير الخارجية.",
     "استقبل صاحب السمو الملكي ولي العهد وزير الخارجية.", "المنامة", "بنا", ["المنامة في 3 فبراير / بنا /"]),
    ("ar", "أبوظبي في 3 فبراير / وام / استقبل سمو ولي العهد وفدا من رجال الأعمال.",
     "استقبل سمو ولي العهد وفدا من رجال الأعمال.", "أبوظبي", "وام", ["أبوظبي في 3 فبراير / وام /"]),
    ("ar", "القاهرة في 3 فبراير /أ ش أ/ أعلنت وزارة الصحة والسكان عن إجراءات جديدة.",
     "أعلنت وزارة الصحة والسكان عن إجراءات جديدة.", "القاهرة", "أ ش أ", ["القاهرة في 3 فبراير /أ ش أ/"]),
    ("ar", "الرياض 15 جمادى الأولى 1445 هـ الموافق 29 نوفمبر 2023 م واس رأس خادم الحرمين الشريفين جلسة مجلس الوزراء.",
     "رأس خادم الحرمين الشريفين جلسة مجلس الوزراء.", "الرياض", "واس",
     ["الرياض 15 جمادى الأولى 1445 هـ الموافق 29 نوفمبر 2023 م واس"]),
    ("ar", "عمان 3 شباط (بترا)- قال رئيس الوزراء إن الحكومة ماضية في خطتها.",
     "قال رئيس الوزراء إن الحكومة ماضية في خطتها.", "عمان", "بترا", ["عمان 3 شباط (بترا)-"]),
]


@pytest.mark.parametrize("lang, raw, text, dateline, source, boilerplate", AGENCY_RELEASES)
def test_agency_release_styles(lang, raw, text, dateline, source, boilerplate):
    c = clean(raw, lang=lang)
    assert (c.text, c.dateline, c.source, c.boilerplate) == (text, dateline, source, boilerplate)


def test_english_web_page_with_category_title_and_furniture():
    raw = ("Technology\n\nGulf Governments Social Media Summit to meet in Dubai\n\n"
           "DUBAI, 17th September 2014 -- The third summit will be held on 17 and 18 September.\n\n"
           "More than 300 experts are expected.[1]\n\n[1] Arab Social Media Report 2014.\n\n"
           "Share this:\n\nFacebook Twitter WhatsApp\n\nRelated\n\nLeave a Reply\n\n"
           "Your email address will not be published. Required fields are marked *\n\nBack to top")
    c = clean(raw, lang="en")
    assert (c.category, c.title, c.dateline, c.source) == (
        "Technology", "Gulf Governments Social Media Summit to meet in Dubai", "DUBAI", None)
    assert c.text == "The third summit will be held on 17 and 18 September.\n\nMore than 300 experts are expected."
    assert c.boilerplate == [
        "Technology", "Gulf Governments Social Media Summit to meet in Dubai", "DUBAI, 17th September 2014 --", "[1]",
        "[1] Arab Social Media Report 2014.", "Share this:", "Facebook Twitter WhatsApp", "Related", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *", "Back to top"]


@pytest.mark.parametrize(
    "raw, title, dateline, source",
    [
        ("عين اليوم – الرياض\nأعلنت أمانة منطقة الرياض اليوم عن إطلاق حملة جديدة لتنظيف الأحياء بمشاركة أكثر من ألف متطوع.",
         None, "الرياض", "عين اليوم"),
        ("أحمد البشيري – الباحة\nعثر مدني الباحة على ستيني متوفى بأحد الجبال بعد بلاغ عن فقدانه عصر أمس الأحد في المنطقة.",
         None, "الباحة", "أحمد البشيري"),
        ("Next Previous عين اليوم – جدة\nشهدت محافظة جدة اليوم افتتاح مشروع جديد لتطوير الواجهة البحرية بتكلفة كبيرة جداً.",
         None, "جدة", "عين اليوم"),
        ("العثور على ستيني الباحة متوفى بأحد الجبال\nأحمد البشيري – الباحة\n"
         "عثر مدني الباحة على ستيني متوفى بأحد الجبال بعد بلاغ عن فقدانه عصر أمس الأحد في المنطقة.",
         "العثور على ستيني الباحة متوفى بأحد الجبال", "الباحة", "أحمد البشيري"),
    ],
)
def test_news_site_bylines(raw, title, dateline, source):
    c = clean(raw, lang="ar")
    assert (c.title, c.dateline, c.source) == (title, dateline, source)
    assert len(c.text.split("\n\n")) == 1 and c.text.startswith(("أعلنت", "عثر", "شهدت"))


@pytest.mark.parametrize(
    "raw, title",
    [
        # a lead sentence that lacks its full stop is not a headline
        ("أطلقت امرأتان النار على مبنى القنصلية الأميركية في إسطنبول أمس وقتل ثمانية\n"
         "وقالت الشرطة إن المهاجمتين فرتا من المكان بعد إطلاق النار على المبنى.", None),
        ("صدر عن قيادة قوات التحالف بيان بشأن الهدنة فيما يلي نصه:-\nتعلن قيادة التحالف بدء هدنة إنسانية لمدة خمسة أيام.", None),
        ("أطلقت امرأتان النار على مبنى القنصلية\nوقالت الشرطة إن المهاجمتين فرتا من المكان بعد إطلاق النار على المبنى.",
         "إطلاق نار على القنصلية الأميركية في إسطنبول"),
        # a short first sentence stays
        ("نعم.\nهذا ما قاله الوزير في المؤتمر الصحفي اليوم.", None),
        ("الإمارات تستضيف القمة\nتستضيف دولة الإمارات القمة العالمية للحكومات في دبي خلال شهر فبراير المقبل بمشاركة واسعة.", "-"),
    ],
)
def test_sentences_are_never_taken_for_titles(raw, title):
    c = clean(raw, lang="ar", title=None if title == "-" else title)
    if title == "-":  # without a title from the input, a short unpunctuated headline is recognised
        assert c.title == "الإمارات تستضيف القمة"
        return
    assert c.title is None and c.boilerplate == []
    assert c.text == "\n\n".join(_lines(raw))


def test_title_given_by_the_input_is_recognised():
    raw = "تعليم نجران يعلن المدارس المشمولة\nأعلنت الإدارة العامة للتعليم بمنطقة نجران المدارس المشمولة بالتعليم الإلكتروني."
    c = clean(raw, lang="ar", title="تعليم نجران يعلن المدارس المشمولة")
    assert c.title == "تعليم نجران يعلن المدارس المشمولة" and c.text.startswith("أعلنت")


@pytest.mark.parametrize("last", ["نص ثان.", "هل من جديد؟", "لا لا", "Go on.", "وام تنشر الخبر."])
def test_short_last_sentences_are_not_signoffs(last):
    raw = f"أعلنت الجهة المنظمة أن القمة ستقام في دبي.\n{last}"
    assert clean(raw, lang="ar").text == f"أعلنت الجهة المنظمة أن القمة ستقام في دبي.\n\n{last}"


def test_bracketed_numbers_without_footnotes_stay_when_not_glued():
    raw = "نصت المادة [3] من القانون على ذلك.\nوأضاف المصدر أن القرار نهائي."
    assert clean(raw, lang="ar").text == "نصت المادة [3] من القانون على ذلك.\n\nوأضاف المصدر أن القرار نهائي."


@pytest.mark.parametrize(
    "line",
    ["اترك تعليقاً", "اترك تعليقا", "أضف تعليق", "شارك", "طباعة", "زر الذهاب إلى الأعلى", "اقرأ أيضاً: الإمارات تطلق مبادرة",
     "أخبار ذات صلة", "الوسوم: دبي، القمة", "فيسبوك تويتر واتساب", "جميع الحقوق محفوظة © 2014",
     "Leave a comment", "Share this", "Print this article", "Tags: Dubai, summit", "Read more", "All rights reserved.",
     "Facebook | Twitter | LinkedIn", "Share this article: Facebook Twitter WhatsApp", "شارك الخبر عبر: فيسبوك تويتر",
     "Home > UAE > Government", "الرئيسية » أخبار » محليات"],
)
def test_web_furniture_lines(line):
    raw = f"أعلنت الجهة المنظمة أن القمة ستقام في دبي.\n{line}\nوسيشارك خبراء من المنطقة."
    c = clean(raw, lang="ar")
    assert c.boilerplate == [line]
    assert c.text == "أعلنت الجهة المنظمة أن القمة ستقام في دبي.\n\nوسيشارك خبراء من المنطقة."


def test_release_header_and_crlf():
    c = clean("بيان صحفي\r\n\r\n  دبي- صوت الإمارات  \r\nنظمت الأمانة العامة ورشة تدريبية.  \r\n", lang="ar")
    assert (c.text, c.dateline, c.boilerplate) == (
        "نظمت الأمانة العامة ورشة تدريبية.", "دبي", ["بيان صحفي", "دبي- صوت الإمارات"])


def test_empty_text_and_frozen_result():
    c = clean("", lang="ar")
    assert c == Cleaned(text="")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "raw",
    ["أعلنت وكالة (وام) - في تقرير لها أن عدد الزوار ارتفع.\nوأضافت أن النمو مستمر.",
     "نقلت واس: أن الاجتماع ناقش عدة ملفات.\nوأضافت أن النتائج إيجابية."],
)
def test_an_agency_named_in_a_sentence_is_not_a_dateline(raw):
    c = clean(raw, lang="ar")
    assert (c.dateline, c.boilerplate) == (None, [])
    assert c.text == "\n\n".join(_lines(raw))


@pytest.mark.parametrize(
    "raw",
    ["Share: " + "Facebook  Twitter  " * 5_000 + "!", "a > " * 100_000 + "b",
     "a" + " " * 200_000 + "b", "دبي" + " -" * 200_000, "الرياض" + "/ " * 200_000 + " واس", "نص[1]" * 50_000,
     "وام/ " * 200_000, "\n" * 200_000, "Next " * 100_000],
    ids=["share-bar", "breadcrumb", "spaces", "dashes", "slashes", "markers", "signoff", "newlines", "pager"],
)
def test_long_hostile_text_is_cleaned_in_linear_time(raw):
    c = clean(raw, lang="ar")  # a backtracking regex would not return for minutes
    assert len(c.text) <= len(raw)


@given(st.lists(st.sampled_from([
    "دبي- صوت الإمارات", "وام.", "اترك تعليقاً", "[1] مرجع.", "تكنولوجيا", "قمة الحكومات الخليجية",
    "أعلنت الجهة المنظمة أن القمة ستقام في دبي.", "وقال الوزير إن الخطة تشمل 22 موظفا[1] من الجهات.",
    "DUBAI, 17th September, 2014 (WAM) -- The summit opens.", "Share this", "", "   ",
]), max_size=12))
@settings(max_examples=300, deadline=None)
def test_every_line_ends_up_in_text_or_boilerplate(lines):
    raw = "\n".join(lines)
    c = clean(raw, lang="ar")
    assert "\n\n\n" not in c.text and c.text == c.text.strip()
    assert all(p == p.strip() and p for p in c.text.split("\n\n")) or c.text == ""
    pieces = c.text.replace("\n\n", "") + "".join(c.boilerplate)
    assert sorted(pieces.replace(" ", "")) == sorted(raw.replace(" ", "").replace("\n", ""))


def test_hard_wrapped_paragraphs_are_joined():
    raw = ("DUBAI, 17th September, 2014 (WAM) -- The third Gulf Governments Social\n"
           "Media Summit opened today at the Sofitel Downtown hotel in Dubai, with\n"
           "more than 300 experts from the region taking part in its sessions.\n\n"
           "The summit will hold six workshops on the use of social media by\n"
           "government bodies, including one on the tourism sector and its brands.\n")
    c = clean(raw, lang="en")
    assert c.text == (
        "The third Gulf Governments Social Media Summit opened today at the Sofitel Downtown hotel in Dubai, "
        "with more than 300 experts from the region taking part in its sessions.\n\n"
        "The summit will hold six workshops on the use of social media by government bodies, including one on "
        "the tourism sector and its brands.")


def test_poems_and_lists_keep_their_lines():
    poem = "جيت المكان وشفت ذيك الديارا\nوخلّت دموعي فوق خدّي ذريفي\nباقي من الذكرى بقايا الوجارا\nمعالمٍ والجو فيها مخيفي"
    assert clean(poem, lang="ar").text == poem.replace("\n", "\n\n")
    items = ("تناولت الورشة المحاور التالية التي تهم الجهات الحكومية في المنطقة العربية:\n"
             "- السياسات والإجراءات المؤسسية المتعلقة بالتواصل الحكومي\n- الجمهور المستهدف وتحديد الرسائل الرئيسية")
    assert clean(items, lang="ar").text == items.replace("\n", "\n\n")
    teasers = ("تقرير الأرصاد للأيام الخمسة: سماء غائمة وممطرة.. ودرجات الحرارة مابين 18 إلى 21 مئوية\n"
               "سماء أبها تتزين بعروض الصوت والضوء والألعاب النارية.. وليالٍ مبهجة يشهدها الأسبوع الثالث\n"
               "الباص السياحي ينقل 500 راكب عبر عشر رحلات يومياً.. يجوب مناطق الاصطياف ومعالم أبها\n"
               "كما يشمل الأسبوع فعالية خيمة أبها الدعوية.")
    assert clean(teasers, lang="ar").text == teasers.replace("\n", "\n\n")


def test_bidi_marks_at_line_edges_are_dropped():
    assert clean("\u202b آل باتشينو: أفضل عشرة أفلام.\u202c\n\u200fوأضاف الناقد أن القائمة شخصية.", lang="ar").text == (
        "آل باتشينو: أفضل عشرة أفلام.\n\nوأضاف الناقد أن القائمة شخصية.")


@pytest.mark.parametrize("date_line", ["14 مارس 2023", "الثلاثاء 14 آذار 2023", "Tuesday, 14 March 2023 10:30 AM", "2023-03-14"])
def test_a_page_date_above_the_dateline_is_taken_off(date_line):
    body = ("دبي في 14 مارس/ وام/ افتتح معالي وزير الصحة ووقاية المجتمع اليوم مؤتمر الصحة الرقمية في مركز دبي "
            "التجاري العالمي بمشاركة 1500 خبير من 40 دولة.")
    cleaned = clean(f"{date_line}\n\n{body}\n\nوأكد معاليه أهمية التحول الرقمي.", lang="ar", title="وزير الصحة يفتتح المؤتمر")
    assert (cleaned.dateline, cleaned.source) == ("دبي", "وام")
    assert cleaned.boilerplate[0] == date_line and cleaned.text.startswith("افتتح معالي")


@pytest.mark.parametrize(
    "lang, raw, title, dateline, source, first",
    [
        (
            "en",
            "Home > UAE > Government\n\nUAE President receives WHO Director-General\n\nTuesday 12 March 2024 10:15 AM\n\n"
            "ABU DHABI, 12th March, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, "
            "received today Dr. Tedros Adhanom Ghebreyesus.\n\nDuring the meeting, they discussed cooperation in the "
            "health sector.\n\nWAM/Hatem Mohamed/Tariq alfaham\n\nShare this article: Facebook Twitter WhatsApp\nRelated news",
            "UAE President receives WHO Director-General",
            "ABU DHABI",
            "WAM",
            "His Highness Sheikh Mohamed bin Zayed Al Nahyan",
        ),
        (
            "ar",
            "الرئيسية > الإمارات\n\nرئيس الدولة يستقبل المدير العام لمنظمة الصحة العالمية\n\nالثلاثاء 12 مارس 2024 10:15 ص\n\n"
            "أبوظبي في 12 مارس / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم الدكتور تيدروس "
            "أدهانوم غيبريسوس.\n\nوبحث اللقاء سبل التعاون في القطاع الصحي.\n\nوام/حاتم محمد/عبدالناصر منعم\n\nشارك المقال\nأضف تعليقاً",
            "رئيس الدولة يستقبل المدير العام لمنظمة الصحة العالمية",
            "أبوظبي",
            "وام",
            "استقبل صاحب السمو الشيخ محمد بن زايد",
        ),
    ],
)
def test_an_agency_page_with_breadcrumbs_a_page_date_and_a_share_bar(lang, raw, title, dateline, source, first):
    c = clean(raw, lang=lang)
    assert (c.title, c.dateline, c.source) == (title, dateline, source)
    assert c.text.startswith(first)
    assert len(c.text.split("\n\n")) == 2  # the two body paragraphs, nothing else
    assert len(c.boilerplate) == 7


@pytest.mark.parametrize(
    "lang, raw, title, removed",
    [
        (
            "en",
            "Dubai launches new AI strategy\n\nBy Staff Reporter\nPublished: Tue 12 Mar 2024, 10:15 AM\n"
            "Last updated: Tue 12 Mar 2024, 11:00 AM\n\nThe Dubai government on Tuesday launched a new strategy for "
            "artificial intelligence that aims to add AED 100 billion to the economy.\n\nPhoto: WAM",
            "Dubai launches new AI strategy",
            ["By Staff Reporter", "Published: Tue 12 Mar 2024, 10:15 AM", "Last updated: Tue 12 Mar 2024, 11:00 AM", "Photo: WAM"],
        ),
        (
            "ar",
            "دبي تطلق استراتيجية جديدة للذكاء الاصطناعي\n\nكتب: محمد أحمد\nنشر في: الثلاثاء 12 مارس 2024 - 10:15 ص\n\n"
            "أطلقت حكومة دبي اليوم استراتيجية جديدة للذكاء الاصطناعي تهدف إلى إضافة 100 مليار درهم إلى الاقتصاد.\n\nالصورة: وام",
            "دبي تطلق استراتيجية جديدة للذكاء الاصطناعي",
            ["كتب: محمد أحمد", "نشر في: الثلاثاء 12 مارس 2024 - 10:15 ص", "الصورة: وام"],
        ),
    ],
)
def test_a_news_page_with_author_and_time_stamps_under_its_headline(lang, raw, title, removed):
    c = clean(raw, lang=lang)
    assert c.title == title
    assert c.boilerplate == [title, *removed]
    assert "\n" not in c.text  # the one body paragraph


@pytest.mark.parametrize(
    "raw, lang",
    [
        ("By the end of 2024, the ministry will open 20 new schools.\n\nThe plan was approved by the council.", "en"),
        ("كتب الوزير في تغريدة أن الخطة ناجحة.\n\nوأضاف أن العمل مستمر في جميع المواقع.", "ar"),
        ("Published figures show 5 percent growth.\n\nThe ministry welcomed them.", "en"),
    ],
)
def test_sentences_that_open_like_stamps_stay(raw, lang):
    c = clean(raw, lang=lang)
    assert c.boilerplate == [] and c.text == raw


@pytest.mark.parametrize(
    "lang, raw, day",
    [
        ("en", "ABU DHABI, 14th March, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan today received "
               "the President of France.\n\nThe two leaders discussed bilateral relations.", "2024-03-14"),
        ("ar", "أبوظبي في 17 مارس 2024 / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة أمس "
               "الرئيس الفرنسي.\n\nوبحث الجانبان علاقات التعاون.", "2024-03-17"),
        ("ar", "الرياض 5 رمضان 1445 هـ الموافق 15 مارس 2024 م واس\n\nأعلنت وزارة الموارد البشرية اليوم إطلاق "
               "البرنامج.", "2024-03-15"),
        ("ar", "قمة الحكومات الخليجية للتواصل\n\n14 مارس 2023\n\nدبي - وام\n\nأعلنت اللجنة المنظمة اليوم موعد "
               "القمة في دبي.", "2023-03-14"),
        ("ar", "دبي- صوت الإمارات:\n\nأعلنت الوزارة اليوم عن إطلاق البرنامج.", None),  # a dateline without a date
        ("en", "On 5 May 2023, the ministry launched a programme for young engineers.", None),  # a date in the story
    ],
)
def test_the_day_a_dateline_or_page_stamp_gives(lang, raw, day):
    assert str(clean(raw, lang=lang).published) == str(day)


# ---------------------------------------------------------- what agency and ministry pages add


def test_a_dateline_with_the_page_time_is_a_stamp_above_the_body():
    raw = ("Qatar, Oman Sign Agreements\nDoha, March 11 (QNA) | 11-03-2024 | 01:47 PM\n"
           "Doha, March 11 (QNA) - The State of Qatar and the Sultanate of Oman signed two agreements today.")
    c = clean(raw, lang="en", title="Qatar, Oman Sign Agreements")
    assert (c.dateline, c.source, c.published) == ("Doha", "QNA", dt.date(2024, 3, 11))
    assert c.text == "The State of Qatar and the Sultanate of Oman signed two agreements today."


def test_a_weekday_stamp_ending_with_the_agency_is_no_dateline():
    raw = ("سمو ولي العهد يرأس جلسة مجلس الوزراء\nالثلاثاء 1445/9/1 هـ 12 مارس 2024 م واس\n"
           "الرياض 01 رمضان 1445 هـ الموافق 11 مارس 2024 م واس\nرأس سمو ولي العهد الجلسة التي عقدها مجلس الوزراء اليوم.")
    c = clean(raw, lang="ar")
    assert (c.title, c.dateline, c.source) == ("سمو ولي العهد يرأس جلسة مجلس الوزراء", "الرياض", "واس")
    assert c.text == "رأس سمو ولي العهد الجلسة التي عقدها مجلس الوزراء اليوم."


@pytest.mark.parametrize("tail", [
    ["// انتهى //", "14:37ت م", "0107"],  # SPA
    ["--(بترا) ع ا/ ح ف", "11/03/2024 12:05:33"],  # Petra
    ["/انتهى/", "م ع ج / ب ع", "12:05"],
])
def test_clock_times_serials_and_dates_under_a_signoff_go_with_it(tail):
    body = "وأكد الوزير أن البرنامج سيشمل 500 متدرب من الجهات الحكومية."
    c = clean("\n".join([body, *tail]), lang="ar")
    assert (c.text, c.boilerplate) == (body, tail)


def test_a_last_number_without_a_signoff_stays():
    raw = "وبلغ عدد المتدربين في البرنامج:\n2024"
    assert clean(raw, lang="ar").text == "وبلغ عدد المتدربين في البرنامج:\n\n2024"


@pytest.mark.parametrize("stamp, last", [
    ("آخر تعديل : 18 مارس 2024", "ودعت الوزارة الزوار إلى الالتزام بالإرشادات."),
    ("Last updated: 27 Feb 2024", "The session will review more than 80 reports."),
])
def test_a_last_updated_stamp_under_the_article_goes(stamp, last):
    c = clean(f"{last}\n{stamp}", lang="en" if stamp.isascii() else "ar")
    assert (c.text, c.boilerplate) == (last, [stamp])


def test_a_view_counter_after_the_page_date_goes_with_it():
    raw = ("الملك يلتقي رئيس المفوضية الأوروبية\n11/03/2024 12:05:33 عدد المشاهدات: 1245\n"
           "عمان 11 آذار (بترا)- التقى جلالة الملك عبدالله الثاني اليوم رئيسة المفوضية الأوروبية.")
    c = clean(raw, lang="ar", title="الملك يلتقي رئيس المفوضية الأوروبية")
    assert (c.dateline, c.published) == ("عمان", dt.date(2024, 3, 11))
    assert c.text == "التقى جلالة الملك عبدالله الثاني اليوم رئيسة المفوضية الأوروبية."


@pytest.mark.parametrize("line", [
    "Read also: UAE calls for urgent humanitarian ceasefire in Gaza", "See also: Cabinet approves budget",
    "Keywords: Qatar Oman Economy", "Was this page helpful? Yes No", "هل كان محتوى الصفحة مفيدا؟ نعم لا",
    "الكلمات المفتاحية: الملك الاتحاد الأوروبي", "أخبار ذات علاقة", "عدد الزوار: 1284567", "Views: 1,024",
])
def test_more_web_furniture_lines(line):
    body = "The minister said the programme would train 500 officials next year."
    c = clean(f"{body}\n{line}", lang="en")
    assert (c.text, c.boilerplate) == (body, [line])


@pytest.mark.parametrize("raw, lang, place, day", [
    ("Geneva, 27 February 2024 - The United Arab Emirates participated in the session.", "en", "Geneva",
     dt.date(2024, 2, 27)),
    ("Riyadh, March 11, 2024 — The Saudi Cabinet approved the plan.", "en", "Riyadh", dt.date(2024, 3, 11)),
    ("أبوظبي، 11 مارس 2024: أعلنت وزارة الخارجية اليوم إطلاق المبادرة.", "ar", "أبوظبي", dt.date(2024, 3, 11)),
])
def test_a_known_place_and_a_date_open_a_ministry_release(raw, lang, place, day):
    c = clean(raw, lang=lang)
    assert (c.dateline, c.published) == (place, day)
    assert not c.text.startswith(place)


def test_a_numeric_page_date_is_read_the_way_the_dateline_gives_it():
    raw = ("Kuwait, Saudi sign MoU\n3/11/2024 10:35:00 AM\n"
           "RIYADH, March 11 (KUNA) -- Kuwait and Saudi Arabia signed on Monday a memorandum of understanding.")
    assert clean(raw, lang="en", title="Kuwait, Saudi sign MoU").published == dt.date(2024, 3, 11)
