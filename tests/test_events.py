"""Events in releases written as agencies write them: type, name, title, organizer, place, venue,
dates, participants, and how later mentions attach to them."""

import datetime

import pytest

from govnews.extract import analyze
from govnews.extract.events import EVENT_TYPES

# (text, lang, expected fields of the first event)
CASES = [
    (  # ONA: the days a symposium lasts give its end
        "مسقط في 14 أكتوبر /العُمانية/ افتتح معالي الدكتور سعيد بن محمد الصقري وزير الاقتصاد صباح اليوم أعمال ندوة "
        "\"مستقبل الاقتصاد العُماني في ظل رؤية عُمان 2040\" التي تنظمها غرفة تجارة وصناعة عُمان بالتعاون مع البنك "
        "المركزي العُماني بفندق قصر البستان وتستمر يومين.",
        "ar",
        {"event_type": "lecture", "venue": "فندق قصر البستان", "start": "XXXX-10-14", "end": "XXXX-10-15"},
    ),
    (
        "Muscat, Oct 14 (ONA) --- H.E. Dr. Said bin Mohammed Al Saqri, Minister of Economy, this morning opened the "
        "symposium \"The Future of the Omani Economy under Oman Vision 2040\", organised by the Oman Chamber of Commerce "
        "and Industry at Al Bustan Palace Hotel. The symposium runs for two days.",
        "en",
        {"event_type": "lecture", "name": "symposium", "start": "XXXX-10-14", "end": "XXXX-10-15"},
    ),
    (  # BNA
        "نظم معهد الإدارة العامة (بيبا) ورشة عمل بعنوان \"القيادة الرقمية\" بمشاركة 40 موظفا من مختلف الجهات "
        "الحكومية، وذلك يوم الأحد الموافق 12 مارس 2023 في فندق الخليج بالمنامة.",
        "ar",
        {
            "event_type": "workshop",
            "name": "ورشة عمل",
            "title": "القيادة الرقمية",
            "organizer": "معهد الإدارة العامة",
            "participants": 40,
            "venue": "فندق الخليج",
            "location": "المنامة",
            "start": "2023-03-12",
        },
    ),
    (  # WAM
        "تنظم وزارة التربية والتعليم المؤتمر الدولي للتعليم في مركز أبوظبي الوطني للمعارض خلال الفترة من 5 إلى 7 نوفمبر 2024.",
        "ar",
        {
            "event_type": "conference",
            "name": "المؤتمر الدولي للتعليم",
            "organizer": "وزارة التربية والتعليم",
            "venue": "مركز أبوظبي الوطني للمعارض",
            "start": "2024-11-05",
            "end": "2024-11-07",
        },
    ),
    (  # SPA
        "وقعت هيئة السياحة مذكرة تفاهم مع وزارة الثقافة في الرياض أمس لتعزيز التعاون بين الجانبين.",
        "ar",
        {"event_type": "agreement", "name": "مذكرة تفاهم", "organizer": "هيئة السياحة", "location": "الرياض"},
    ),
    (  # Petra
        "افتتح وزير الثقافة معرض الكتاب الدولي في العقبة بمشاركة 120 دار نشر.",
        "ar",
        {"event_type": "exhibition", "name": "معرض الكتاب الدولي", "location": "العقبة"},
    ),
    (  # MENA
        "عقدت وزارة التخطيط دورة تدريبية حول \"إعداد الموازنة العامة\" شارك فيها 25 متدربا من الجهات الحكومية.",
        "ar",
        {
            "event_type": "training_course",
            "name": "دورة تدريبية",
            "title": "إعداد الموازنة العامة",
            "organizer": "وزارة التخطيط",
            "participants": 25,
        },
    ),
    (  # KUNA
        "استضافت غرفة تجارة وصناعة الكويت ملتقى الكويت للاستثمار بحضور 300 مشارك من دول الخليج.",
        "ar",
        {"event_type": "forum", "organizer": "غرفة تجارة وصناعة الكويت", "participants": 300},
    ),
    (  # MAP
        "نظمت وزارة الانتقال الرقمي وإصلاح الإدارة ندوة حول التحول الرقمي في الإدارة العمومية بالدار البيضاء.",
        "ar",
        {"event_type": "lecture", "organizer": "وزارة الانتقال الرقمي وإصلاح الإدارة", "location": "الدار البيضاء"},
    ),
    (  # BNA, English
        "The Institute of Public Administration (BIPA) organized a workshop titled “Digital Leadership” in Manama, "
        "attended by 35 employees from government entities.",
        "en",
        {
            "event_type": "workshop",
            "name": "workshop",
            "title": "Digital Leadership",
            "organizer": "Institute of Public Administration",
            "location": "Manama",
            "participants": 35,
        },
    ),
    (  # WAM, English
        "The Ministry of Education will hold the International Education Conference at the Abu Dhabi National "
        "Exhibition Centre from 5 to 7 November 2024.",
        "en",
        {
            "event_type": "conference",
            "name": "International Education Conference",
            "organizer": "Ministry of Education",
            "venue": "Abu Dhabi National Exhibition Centre",
        },
    ),
    (  # SPA, English
        "The Saudi Tourism Authority signed a memorandum of understanding with the Ministry of Culture in Riyadh.",
        "en",
        {"event_type": "agreement", "organizer": "Saudi Tourism Authority", "location": "Riyadh"},
    ),
    (  # KUNA, English
        "Kuwait will host the 3rd Gulf Youth Forum in Kuwait City next month with the participation of 500 young people.",
        "en",
        {"event_type": "forum", "name": "3rd Gulf Youth Forum", "location": "Kuwait City"},
    ),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_event_fields(text, lang, expected):
    events = analyze(text, lang=lang).events
    assert events, "no event found"
    ev = events[0]
    for key, value in expected.items():
        assert getattr(ev, key) == value, (key, getattr(ev, key), ev)


def test_ordinal_and_expected_participants():
    text = (
        "أعلنت الجهة المنظمة لقمة الحكومات الخليجية الثالثة للتواصل الاجتماعي والتي ستقام في دبي أن القمة "
        "ستناقش الإمكانيات الكبيرة، ومن المتوقع أن تجذب القمة أكثر من 300 من الخبراء."
    )
    ev = analyze(text, lang="ar").events[0]
    assert ev.event_type == "summit" and ev.name == "قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي"
    assert ev.attrs["ordinal"] == 3 and ev.location == "دبي"
    assert ev.participants is None


def test_compound_ordinal_title_in_brackets_province_and_the_day_of_a_later_mention():
    text = (
        "تنظم جامعة نايف العربية للعلوم الأمنية الملتقى العلمي (أمن وسلامة الآثار والمنشآت السياحية) والذي سيقام "
        "بمحافظة الطائف خلال الفترة 19 - 21 شوال 1436هـ الموافق 4 - 6 أغسطس 2015م. ويشارك في أعمال الملتقى مختصون من الدول العربية."
    )
    ev = analyze(text, lang="ar").events[0]
    assert ev.title == "أمن وسلامة الآثار والمنشآت السياحية" and ev.location == "محافظة الطائف"
    assert (ev.start, ev.end) == ("2015-08-04", "2015-08-06")
    text = (
        "حصد الفريق السعودي المشارك في الملتقى العلمي العالمي الخامس عشر 2015م في بلجيكا خمس ميداليات ذهبية. "
        "وحصد الطلاب الذهب في الملتقى العلمي العالمي الذي شارك فيه 1000 مشارك من 60 دولة خلال الفترة من 19 – 25 يوليو 2015."
    )
    ev = analyze(text, lang="ar").events[0]
    assert ev.name == "الملتقى العلمي العالمي الخامس عشر" and ev.attrs["ordinal"] == 15
    assert (ev.start, ev.end, ev.location) == ("2015-07-19", "2015-07-25", "بلجيكا")


def test_an_edition_with_the_same_title_is_the_same_event_and_a_province_is_its_place():
    text = (
        "احتضنت منطقة الباحة مساء أمس ملتقى \"شباب منطقة الباحة\" الثاني، الذي ينظمه مكتب الرئاسة العامة لرعاية الشباب. "
        "ووصف الشباب ليلة الافتتاح بأنها استثنائية في سماء مدينة الضباب \"الباحة\". "
        "ورعى وكيل الإمارة حفل افتتاح فعاليات ملتقى \"شباب منطقة الباحة الثاني\" بمقر الملتقى."
    )
    events = analyze(text, lang="ar", published=datetime.date(2015, 7, 26)).events
    assert len(events) == 1 and events[0].location == "منطقة الباحة"


def test_english_named_topic_passive_organizer_and_an_agreement_beside_a_conference():
    text = (
        "Riyadh, August 10, 2015, SPA -- Minister of Health Eng. Khalid Al-Falih inaugurated today the 5th International "
        "Conference on Patient Safety, organized by the Ministry of Health at the King Fahd Cultural Center in Riyadh.\n\n"
        "Meanwhile, the Saudi Food and Drug Authority (SFDA) signed a memorandum of understanding with King Saud "
        "University to train 300 inspectors. The MoU was signed by SFDA CEO Dr. Mohammed Al-Meshal."
    )
    events = analyze(text, lang="en").events
    conference, agreement = events
    assert conference.name == "5th International Conference on Patient Safety"
    assert conference.organizer == "Ministry of Health" and conference.attrs["ordinal"] == 5
    assert agreement.event_type == "agreement" and agreement.organizer == "Saudi Food and Drug Authority"
    assert len(agreement.attrs["mentions"]) == 2  # the MoU is the agreement, not the conference
    people = [e.text for e in analyze(text, lang="en").entities if e.type == "PERSON"]
    assert "Mohammed Al-Meshal" in people


def test_organizer_after_the_event_venue_before_it_and_the_range_of_days_it_runs():
    text = (
        "أبوظبي، 14 مارس 2024 (وام) -- انطلقت اليوم في مركز أبوظبي الوطني للمعارض أعمال الدورة الثانية من "
        "\"ملتقى الإمارات للأمن الغذائي\" الذي تنظمه الهيئة الوطنية لمكافحة التصحر بالتعاون مع وزارة التغير المناخي "
        "والبيئة، بمشاركة أكثر من 800 خبير.\n\n"
        "ويناقش الملتقى على مدى ثلاثة أيام، من 14 إلى 16 مارس، سبل تعزيز الإنتاج المحلي."
    )
    event, = analyze(text, lang="ar").events
    assert event.name == "ملتقى الإمارات للأمن الغذائي" and event.event_type == "forum"
    assert event.organizer == "الهيئة الوطنية لمكافحة التصحر"
    assert event.venue == "مركز أبوظبي الوطني للمعارض"
    assert (event.start, event.end) == ("2024-03-14", "2024-03-16")


def test_a_sports_city_named_after_a_person_is_the_venue():
    text = ("أبوظبي في 18 يناير/ وام/ انطلقت اليوم بطولة الإمارات الوطنية للجوجيتسو التي ينظمها اتحاد الإمارات "
            "للجوجيتسو في مدينة زايد الرياضية بمشاركة 1350 لاعبا ولاعبة.")
    event, = analyze(text, lang="ar").events
    assert event.venue == "مدينة زايد الرياضية" and event.organizer == "اتحاد الإمارات للجوجيتسو"


def test_a_noun_in_taa_marbuta_after_the_event_is_no_verb_of_organizing():
    text = "شارك الوفد في ملتقى الرواية العربية مع إقامة الهيئة العامة للترفيه معرضا للكتاب في الرياض."
    forum = next(e for e in analyze(text, lang="ar").events if e.event_type == "forum")
    assert forum.organizer is None  # إقامة is no أقامه


def test_an_accusative_event_keeps_its_accusative_adjectives():
    text = "نظمت وزارة الزراعة مؤتمرا دوليا حول الأمن الغذائي في عمّان يومي 3 و4 مايو 2026."
    conference = next(e for e in analyze(text, lang="ar").events if e.event_type == "conference")
    assert conference.name == "مؤتمرا دوليا"
    assert (conference.organizer, conference.location, conference.start, conference.end) == (
        "وزارة الزراعة", "عمّان", "2026-05-03", "2026-05-04")


@pytest.mark.parametrize("text, name", [
    ("Egypt participated in COP28 in Dubai from 30 November to 12 December 2023.", "COP28"),
    ("The minister headed the delegation to the COP 29 climate conference in Baku.", "COP 29 climate conference"),
])
def test_english_cop_is_a_conference(text, name):
    events = analyze(text, lang="en").events
    assert [(e.event_type, e.name) for e in events] == [("conference", name)]


def test_english_a_named_conference_after_another_is_its_own_and_is_where_the_text_places_it():
    text = (
        "Egypt calls for more adaptation finance at COP30 in Belém\n\n"
        "Belém, November 18, 2025 – Minister of Environment Dr. Hala Mahmoud Ezzat, heading Egypt's delegation to "
        "COP30, delivered Egypt's national statement during the conference, which is being held in the Brazilian "
        "city of Belém from 10 to 21 November 2025.\n\n"
        "She recalled the fund agreed at COP27 in Sharm El-Sheikh in 2022.\n\n"
        "On the sidelines of COP30, the minister met officials of the Green Climate Fund."
    )
    events = {e.name: e for e in analyze(text, lang="en").events}
    assert events["COP30"].location == "Belém" and events["COP27"].location == "Sharm El-Sheikh"
    cop30 = [tuple(m) for m in events["COP30"].attrs["mentions"]]
    assert text.rindex("COP30") in [start for start, _ in cop30]  # the last COP30 is COP30's, not COP27's


def test_a_place_in_the_event_name_is_not_where_it_is():
    text = ("بنو ياس يتوج بلقب بطولة الإمارات الوطنية للجوجيتسو\n\n"
            "أبوظبي في 18 يناير/ وام/ توج نادي بني ياس بلقب الجولة الثالثة من بطولة الإمارات الوطنية للجوجيتسو "
            "التي نظمها اتحاد الإمارات للجوجيتسو من 16 إلى 18 يناير الجاري في صالة جوجيتسو أرينا في أبوظبي.")
    event, = analyze(text, lang="ar").events
    assert event.location == "أبوظبي"


def test_english_airshow_is_an_exhibition():
    text = "HRH the Crown Prince patronised the opening of the Bahrain International Airshow at Sakhir Air Base on Wednesday."
    assert [(e.event_type, e.name) for e in analyze(text, lang="en").events] == [("exhibition", "Bahrain International Airshow")]


def test_the_headline_names_the_event_the_release_reports():
    text = (
        "معهد الإدارة العامة يختتم دورة تدريبية حول إدارة المشاريع الحكومية\n\n"
        "عمان 18 أيلول (بترا)- اختتم معهد الإدارة العامة اليوم الخميس، دورة تدريبية بعنوان \"إدارة المشاريع "
        "الحكومية وفق أفضل الممارسات الدولية\"، شارك فيها 25 موظفا من 11 وزارة ومؤسسة حكومية.\n\n"
        "وقال مدير عام المعهد إن الدورة تأتي ضمن الخطة التدريبية للمعهد، وانسجاما مع أولويات البرنامج التنفيذي "
        "لخريطة طريق تحديث القطاع العام."
    )
    events = analyze(text, lang="ar").events
    assert len(events) == 1
    course = events[0]
    assert course.title == "إدارة المشاريع الحكومية وفق أفضل الممارسات الدولية" and course.participants == 25
    # the headline's mention, the lead's and الدورة; البرنامج التنفيذي is another programme
    assert len(course.attrs["mentions"]) == 3


def test_a_session_of_a_committee_is_no_course_and_no_part_of_the_meeting():
    text = ("وأضافت أن اللقاء تناول العلاقات الثنائية إلى جانب التحضير لاجتماعات الدورة الخامسة للجنة "
            "الكويتية الكازاخستانية المشتركة المقرر عقدها في العاصمة أستانا.")
    meeting = next(e for e in analyze(text, lang="ar").events if e.event_type == "meeting")
    assert len(meeting.attrs["mentions"]) == 1 and all(e.event_type != "training_course" for e in analyze(text, lang="ar").events)


def test_english_a_capitalized_word_opening_a_sentence_about_the_event_is_no_part_of_its_name():
    text = "Abu Dhabi will host the Global Food Security Summit from 12 to 14 February 2026. Registration for the summit closes on 5 February."
    events = analyze(text, lang="en").events
    assert [e.name for e in events] == ["Global Food Security Summit"] and len(events[0].attrs["mentions"]) == 2


def test_english_a_definite_forum_with_a_modifier_is_the_named_forum():
    text = (
        "Kuwait, 3 October 2023 (KUNA) -- The Third Gulf Forum for Cybersecurity kicked off on Monday at the "
        "Jumeirah Messilah Beach Hotel in Kuwait City, with the participation of more than 500 experts.\n\n"
        "The three-day forum, organised by the Central Agency for Information Technology (CAIT), runs from 2 to 4 "
        "October and discusses the protection of critical infrastructure."
    )
    event, = analyze(text, lang="en").events
    assert event.name == "Third Gulf Forum for Cybersecurity"
    assert event.organizer == "Central Agency for Information Technology"
    assert event.venue == "Jumeirah Messilah Beach Hotel" and event.location == "Kuwait City"
    assert (event.start, event.end) == ("2023-10-02", "2023-10-04")


def test_demonstrative_refers_back_and_lesser_events_are_sessions():
    text = (
        "نظمت هيئة الطرق والمواصلات في دبي دورة تدريبية للموظفين الجدد. وتضمنت الدورة التدريبية محاضرة ألقاها "
        "الدكتور سالم المري. وتأتي هذه الدورة ضمن برنامج التأهيل المؤسسي."
    )
    x = analyze(text, lang="ar")
    assert len(x.events) == 1
    ev = x.events[0]
    assert ev.event_type == "training_course" and len(ev.attrs["mentions"]) == 3
    assert [s["type"] for s in ev.attrs["sessions"]] == ["lecture"]
    assert ev.attrs["speakers"] == ["سالم المري"]
    assert ev.attrs["program"] == "برنامج التأهيل المؤسسي"
    assert ev.organizer == "هيئة الطرق والمواصلات"
    mentions = [e for e in x.entities if e.type == "EVENT"]
    assert len({e.entity_id for e in mentions}) == 1 and ev.attrs["entity_id"] == mentions[0].entity_id


def test_two_workshops_with_their_own_titles_are_two_events():
    text = (
        "عقد المعهد ورشة عمل بعنوان \"إدارة الأزمات\" في القاهرة. وأعلن المعهد أنه بصدد عقد ورشة عمل بعنوان "
        "\"تحليل البيانات\" في عمان."
    )
    events = analyze(text, lang="ar").events
    assert [e.title for e in events] == ["إدارة الأزمات", "تحليل البيانات"]
    assert events[0].location == "القاهرة"


@pytest.mark.parametrize("text, name, mentions", [
    ("الرياض في 3 مارس 2024 / واس / انطلقت اليوم منافسات بطولة الدوري السعودي للكرة الطائرة بمشاركة 12 فريقا. "
     "وتستمر بطولة الدوري حتى نهاية مايو، ويتصدر فريق الهلال بطولة الدوري بعد الجولة الأولى.",
     "بطولة الدوري السعودي للكرة الطائرة", 3),
    ("الرياض في 3 مارس 2024 / واس / وقعت وزارة الصحة اليوم مذكرتي تفاهم مع جامعة الملك سعود. وتهدف مذكرتا التفاهم "
     "إلى تطوير الكوادر الصحية، وجرى توقيع مذكرتي التفاهم في مقر الوزارة بالرياض.", "مذكرتي تفاهم", 2),
    ("الطائف في 3 مايو 2024 / واس / انطلقت اليوم فعاليات مهرجان الطائف للورد بمشاركة 60 مزرعة. وأوضح مدير عام "
     "المهرجان أن مهرجان الطائف يستمر عشرة أيام.", "مهرجان الطائف للورد", 3),
])
def test_an_event_named_again_by_its_cue_and_a_definite_word_is_one_record(text, name, mentions):
    x = analyze(text, lang="ar")
    event, = x.events
    assert event.name == name and sum(e.type == "EVENT" for e in x.entities) == mentions


@pytest.mark.parametrize("text, lang, published, types", [
    ("القاهرة في 17 سبتمبر 2024 (أ ش أ) - استعرض مجلس الوزراء المصري اليوم مسيرة السلام منذ قمة كامب ديفيد التي "
     "عقدت في سبتمبر 1978، وأكد المجلس دعمه للجهود الدولية. وعقد المجلس اجتماعه الأسبوعي برئاسة رئيس الوزراء.",
     "ar", datetime.date(2024, 9, 17), ["meeting"]),
    ("الرياض في 25 يوليو 2015 / واس / نال الدكتور محمد العلي جائزة الدولة التشجيعية عام 1994، وشارك في تأسيس "
     "الجمعية. ونظمت الجمعية اليوم ندوة عن أعماله في مقرها بالرياض.", "ar", datetime.date(2015, 7, 25), ["lecture"]),
    ("KUWAIT, Oct 3 (KUNA) -- The Kuwaiti Cabinet recalled the Arab summit held in Kuwait in March 2014. The Cabinet "
     "held its weekly meeting today.", "en", datetime.date(2024, 10, 3), ["meeting"]),
])
def test_an_event_that_ended_years_before_the_release_is_no_event_of_it(text, lang, published, types):
    x = analyze(text, lang=lang, published=published)
    assert [e.event_type for e in x.events] == types
    assert {e.attrs["event_type"] for e in x.entities if e.type == "EVENT"} == set(types)


def test_an_event_of_a_year_with_no_release_day_stays():
    text = "The Arab summit held in Kuwait in March 2014 adopted a resolution on Palestine."
    assert [e.event_type for e in analyze(text, lang="en").events] == ["summit"]


def test_in_the_course_of_is_not_an_exhibition():
    assert analyze("وقال في معرض حديثه إن الخطة تسير وفق الجدول.", lang="ar").events == []


def test_event_types_are_the_documented_list():
    import govnews.extract.events as events

    for t in EVENT_TYPES:
        assert t in events.__doc__
    for text, lang, _ in CASES:
        for ev in analyze(text, lang=lang).events:
            assert ev.event_type in EVENT_TYPES


def test_agreement_sides_and_agency_is_not_the_organizer():
    text = (
        "الكويت - 3 - 4 (كونا) -- وقعت الكويت وجمهورية مصر العربية اليوم الاثنين مذكرة تفاهم للتعاون في مجال "
        "الطاقة المتجددة على هامش زيارة وزير الكهرباء والماء الدكتور جاسم الأستاد إلى القاهرة."
    )
    ev = analyze(text, lang="ar").events[0]
    assert ev.event_type == "agreement" and ev.organizer is None
    assert ev.attrs["parties"] == ["الكويت", "جمهورية مصر العربية"]


@pytest.mark.parametrize("text, lang, parties, count", [
    # sides named by a bare head noun after `بين`: the body named before, else the noun (SPA)
    ("الرياض 3 مارس (واس) - استقبل وزير الصحة في مقر وزارة الصحة بالرياض اليوم مدير جامعة الملك سعود. وشهد الوزير "
     "توقيع اتفاقيتين بين الوزارة والجامعة في مجالي التدريب والبحث العلمي.", "ar",
     ["وزارة الصحة", "جامعة الملك سعود"], 2),
    ("وشهد صاحب السمو الملكي أمير منطقة القصيم توقيع اتفاقيتين بين الوزارة والجامعة لتطوير برامج التدريب.", "ar",
     ["الوزارة", "الجامعة"], 2),
    ("وشهد سمو أمير المنطقة توقيع مذكرة تفاهم بين الهيئة وجامعة الملك سعود في مجال البحث العلمي.", "ar",
     ["الهيئة", "جامعة الملك سعود"], None),
    # agreements signed together count as plurals do (KUNA, WAM)
    ("ووقعت وزارة الصحة ثلاث اتفاقيات مع جامعة الملك سعود في مجالات التدريب والبحث.", "ar",
     ["وزارة الصحة", "جامعة الملك سعود"], 3),
    ("ABU DHABI, March 3 (WAM) -- The Ministry of Health signed two agreements with Khalifa University today.", "en",
     ["Ministry of Health", "Khalifa University"], 2),
])
def test_agreement_sides_named_by_their_head_and_agreements_counted(text, lang, parties, count):
    ev = next(e for e in analyze(text, lang=lang).events if e.event_type == "agreement")
    assert ev.attrs.get("parties") == parties and ev.attrs.get("agreements") == count


def test_a_venue_named_after_exhibitions_is_no_exhibition():
    text = (
        "Manama, May 15 (BNA): The University of Bahrain organised the second Government Innovation Forum "
        "at the Bahrain International Exhibition & Convention Centre with more than 500 participants."
    )
    events = analyze(text, lang="en").events
    assert [(e.event_type, e.name) for e in events] == [("forum", "Government Innovation Forum")]
    assert events[0].venue == "Bahrain International Exhibition & Convention Centre"
    assert events[0].organizer == "University of Bahrain" and events[0].attrs["ordinal"] == 2


def test_english_agreement_sides_and_acronym_refers_back():
    text = (
        "KUWAIT, March 3 (KUNA) -- Kuwait and Egypt signed on Monday a memorandum of understanding on renewable "
        "energy cooperation in Cairo.\nThe MoU was signed by Undersecretary of the Ministry of Electricity and "
        "Water Eng. Khaled Al-Fadhel."
    )
    events = analyze(text, lang="en").events
    assert len(events) == 1
    ev = events[0]
    assert ev.event_type == "agreement" and ev.attrs["parties"] == ["Kuwait", "Egypt"]
    assert len(ev.attrs["mentions"]) == 2 and ev.location == "Cairo" and ev.organizer is None


@pytest.mark.parametrize("text, lang, expected", [
    ("أقامت وزارة الثقافة حفلا لتكريم الفائزين بجائزة الشيخ زايد للكتاب في أبوظبي.", "ar", "award"),
    ("نظمت الغرفة التجارية معرضاً للمنتجات الوطنية في جدة.", "ar", "exhibition"),
    ("The ministry held a ceremony to honour the winners of the excellence award.", "en", "award"),
])
def test_accusative_cues_and_the_classifier_for_generic_ones(text, lang, expected):
    assert expected in {e.event_type for e in analyze(text, lang=lang).events}


def test_a_generic_event_the_classifier_reads_records_it():
    events = analyze("The ministry held a ceremony to honour the winners of the excellence award.", lang="en").events
    ceremony = next(e for e in events if e.name == "ceremony")
    assert ceremony.event_type == "award" and ceremony.attrs["type_from"]["classifier"] == "award"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "During the meeting, they discussed cooperation between the UAE and the WHO in the health sector.\n\n"
            "The Ministry of Health and Prevention will organise a three-day workshop on 18-20 March 2024 at the Dubai "
            "World Trade Centre. The Saudi Data and Artificial Intelligence Authority (SDAIA) signed a memorandum of "
            "understanding with Microsoft to train 5,000 Saudi youth.",
            "en",
        ),
        (
            "وبحث الجانبان خلال اللقاء سبل التعاون في القطاع الصحي.\n\n"
            "وتنظم وزارة الصحة ورشة عمل حول الصحة الرقمية يومي 18 و19 مارس 2024 في دبي. "
            "ووقعت هيئة البيانات والذكاء الاصطناعي مذكرة تفاهم مع شركة مايكروسوفت لتدريب 5 آلاف شاب.",
            "ar",
        ),
    ],
)
def test_an_event_takes_no_date_from_a_sentence_about_another_event(text, lang):
    events = {e.event_type: e for e in analyze(text, lang=lang).events}
    assert events["workshop"].start == "2024-03-18"
    assert events["agreement"].start is None and events["agreement"].end is None


def test_an_event_takes_the_date_of_the_sentence_after_it():
    text = "أعلنت هيئة الطرق والمواصلات عن تنظيم ملتقى النقل الذكي. ويعقد الملتقى في 3 أبريل 2025 بدبي."
    forum = analyze(text, lang="ar").events[0]
    assert (forum.event_type, forum.start) == ("forum", "2025-04-03")


def test_a_title_after_a_definite_cue_is_not_part_of_the_event_name():
    events = analyze("استقبل وزير الخارجية خلال اللقاء السفير الياباني لدى المملكة.", lang="ar").events
    assert [(e.event_type, e.name) for e in events] == [("meeting", "اللقاء")]
    assert analyze("افتتح المؤتمر الدولي للتعليم الوزير.", lang="ar").events[0].name == "المؤتمر الدولي للتعليم"


def test_an_event_is_named_by_a_mention_of_its_own_type():
    text = (
        "رأس خادم الحرمين الشريفين الجلسة التي عقدها مجلس الوزراء اليوم في جدة. "
        "ووافق المجلس على تعديلات الاتحاد البريدي العالمي، والاتفاقية البريدية العالمية والبروتوكول الختامي."
    )
    session = analyze(text, lang="ar").events[0]
    assert (session.event_type, session.name) == ("meeting", "الجلسة")


@pytest.mark.parametrize(
    "text, summit",
    [
        ("ونحن في قمة النشاط والحيوية بعد الراحة.", None),
        ("ويعمل المشروع على توفير لقمة العيش للأسر المحتاجة.", None),
        ("صعد المتسلقون إلى القمة الأعلى في المملكة.", None),
        ("شارك الوزير في قمة العشرين في اليابان.", "قمة العشرين"),
        ("شارك الوفد في قمة الغذاء العالمية في روما.", "قمة الغذاء العالمية"),
    ],
)
def test_a_peak_or_a_bite_is_no_summit(text, summit):
    names = [e.name for e in analyze(text, lang="ar").events if e.event_type == "summit"]
    assert names == ([summit] if summit else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وذلك بإطلاق النار عليه من بندقية إثر خلاف.", []),
        ("طالبت المنظمة بإطلاق سراح المعتقلين.", []),
        ("وأكدت الحكومة أنها ستعمل على إطلاق سراحهم في أقرب وقت ممكن بعد انتهاء التحقيقات.", []),
        ("وأكدت الأمانة العامة أن إطلاق مثل هذه التصريحات أمر غير مبرر ولا يخدم العلاقات بين البلدين.", []),
        ("وتبادلت القوات إطلاق نيران المدفعية في منطقتي دار سعد والعلم شمال المدينة.", []),
        ("وعادت القناة إلى إطلاق لقب شهيد على الجنود الذين سقطوا في الحرب.", []),
        ("وأكد أهمية إطلاق العنان لإبداع الشباب في المدارس.", []),
        ("وافق المجلس على إطلاق اسم الفقيد على الشارع الرئيسي.", []),
        ("كان الفريق معرضا للهزيمة في الشوط الثاني.", []),
        ("يمكن الاطلاع عليها من خلال زيارة الموقع الإلكتروني للمديرية العامة للجوازات.", []),
        ("وللاطلاع على الشروط يمكن زيارة موقع مديرية الجوازات على الرابط www.gdp.gov.sa .", []),
        ("ويأمل الممثل روبرت داوني جونيور ببطولة الفيلم في العام المقبل.", []),
        ("ويعرض الفيلم الكوميدي مساء اليوم على القناة الأولى، وهو من بطولة الفنان ناصر القصبي والفنانة إلهام علي.", []),
        ("وتنطلق غدا الجولة الأولى من بطولة الدوري السعودي للمحترفين.", [("other", "بطولة الدوري السعودي للمحترفين")]),
        ("توج اليوم ممثل المملكة عبدالعزيز الشهري بلقب بطولة العالم للألعاب الإلكترونية في ألمانيا.",
         [("other", "بطولة العالم للألعاب الإلكترونية")]),
        # events in general, none held: any, every, the best of its kind
        ("وأكد المتحدث أن الحكومة لن تقبل أي اتفاق لا يضمن حقوق الشعب الفلسطيني كاملة.", []),
        ("وسيحصل الفائز الأول في كل مسابقة على مبلغ 50 ألف ريال، فيما ينال الفائز الثاني 30 ألف ريال.", []),
        ("وقالت إحدى الزائرات إن التنظيم رائع ويعد أفضل مهرجان على مدى السنوات الماضية.", []),
        ("وفي معرض تعليقه على التقرير، قال رئيس مجلس إدارة الشركة إن السوق العقارية واصلت نموها.", []),
        # a game is no meeting; nor is a reward `لقاء` (in return for) information
        ("وبدأ المدير الفني اللقاء بتشكيلتين مختلفتين، حيث شارك في الشوط الأول اللاعب باسم.", []),
        ("وكان الفريق خاض مساء أمس لقاء وديا أمام ليماسول القبرصي.", []),
        ("ورصدت الوزارة مكافأة قدرها 7 ملايين دولار لقاء أي معلومات عن المطلوبين.", []),
        ("وعقد وزير الرياضة لقاء مع رؤساء الأندية لبحث استعدادات الدوري.", [("meeting", "لقاء")]),
        # a club named as an event word is: Al-Ettifaq, "the agreement"
        ("استقرت إدارة نادي الاتفاق المكلفة على ترشيح ثلاثة مهاجمين.", []),
        ("وفي البصرة 23 مليون نخلة. إلى اللقاء..", []),
        ("أعلنت الوزارة إطلاق مبادرة جديدة للشباب.", [("launch", "مبادرة")]),  # the initiative names the launch
        ("أقامت الجمعية معرضا للكتاب في جدة.", [("exhibition", "معرضا للكتاب")]),
        ("قام الوفد بزيارة موقع المشروع في الرياض.", [("visit", "زيارة")]),
        ("وتطلع الجانبان إلى اللقاء المقبل في الرياض.", [("meeting", "اللقاء")]),
    ],
)
def test_idioms_with_event_words_are_no_events(text, expected):
    assert [(e.event_type, e.name) for e in analyze(text, lang="ar").events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For details, visit the website of the General Directorate of Passports.", []),
        ("The launch of the missile was condemned by the council.", []),
        ("The launch of the initiative took place in Dubai.", [("launch", "initiative")]),
        ("The minister will visit Japan next week.", [("visit", "visit")]),
    ],
)
def test_english_idioms_with_event_words_are_no_events(text, expected):
    assert [(e.event_type, e.name) for e in analyze(text, lang="en").events] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (  # SPA: the cabinet session, then a named meeting of a forum it welcomed
            "رأس ولي العهد الجلسة التي عقدها مجلس الوزراء اليوم في جدة. ورحب المجلس باستضافة المملكة أعمال "
            "الاجتماع الخاص للمنتدى الاقتصادي العالمي في الرياض يومي 28 و29 أبريل 2024.",
            "ar",
            [("meeting", "الجلسة", "جدة"), ("meeting", "الاجتماع الخاص للمنتدى الاقتصادي العالمي", "الرياض")],
        ),
        (  # BNA: talks, then a ministerial meeting with its ordinal
            "عقد الجانبان جلسة مباحثات رسمية في بكين. ورحب الجانب البحريني باستضافة الصين الاجتماع الوزاري "
            "العاشر في بكين.",
            "ar",
            [("meeting", "جلسة مباحثات رسمية", "بكين"), ("meeting", "الاجتماع الوزاري العاشر", "بكين")],
        ),
        (  # QNA: a championship, then the press conference after the match
            "تأهل السد إلى نصف نهائي بطولة كأس الأمير في الدوحة. وقال مدرب الفريق في المؤتمر الصحفي عقب "
            "المباراة إن اللاعبين يستحقون التأهل.",
            "ar",
            [("other", "بطولة كأس الأمير", "الدوحة"), ("other", "المؤتمر الصحفي", "الدوحة")],
        ),
        (  # BNA: a visit the cabinet welcomed is no part of its meeting
            "Manama, Feb. 19 (BNA): The Crown Prince chaired the weekly Cabinet meeting at Gudaibiya Palace today. "
            "The Cabinet welcomed the outcomes of the visit of His Majesty the King to the Russian Federation.",
            "en",
            [("meeting", "Cabinet meeting", "Manama"), ("visit", "visit", "Russian Federation")],
        ),
    ],
)
def test_a_definite_mention_of_another_event_is_its_own(text, lang, expected):
    events = analyze(text, lang=lang).events
    assert [(e.event_type, e.name, e.location) for e in events] == expected


def test_an_occasion_noun_and_a_compound_ordinal_belong_to_the_name():
    text = (  # Petra
        "رعى رئيس الوزراء اليوم الخميس حفل تخريج الفوج الحادي والأربعين من طلبة جامعة اليرموك. وقال رئيس "
        "الجامعة في كلمته خلال الحفل إن الجامعة خرجت منذ تأسيسها 180 ألف خريج."
    )
    events = analyze(text, lang="ar").events
    assert [(e.event_type, e.name) for e in events] == [("other", "حفل تخريج الفوج الحادي والأربعين")]


@pytest.mark.parametrize(
    "text",
    [
        "مسقط في 4 يونيو 2024 /العُمانية/ وقّعت وزارة الطاقة والمعادن اليوم اتفاقيتين لتطوير مشروعات الهيدروجين الأخضر.",
        "وقعت وزارة الطاقة والمعادن اليوم مذكرتي تفاهم مع شركتين عالميتين في مسقط.",
    ],
)
def test_two_agreements_signed_together_are_a_signing(text):
    events = analyze(text, lang="ar").events
    assert [(e.event_type, e.organizer) for e in events] == [("agreement", "وزارة الطاقة والمعادن")]


def test_a_range_of_days_dates_an_event_before_the_dateline():
    text = (  # BNA
        "المنامة في 1 يونيو / بنا / صدر اليوم بيان مشترك في ختام زيارة الدولة التي قام بها جلالة الملك إلى "
        "جمهورية الصين الشعبية خلال الفترة من 28 إلى 31 مايو 2024، تلبية لدعوة من الرئيس الصيني."
    )
    (visit,) = analyze(text, lang="ar").events
    assert (visit.event_type, visit.start, visit.end) == ("visit", "2024-05-28", "2024-05-31")


@pytest.mark.parametrize("text, lang, location", [
    # a country or a region named in what an agreement is for is no place it is signed in (SPA, MENA, WAM)
    ("وقعت هيئة تقويم التعليم والتدريب مذكرة تفاهم مع جامعة الملك سعود بهدف تعزيز التعاون بين الجامعات في مصر.",
     "ar", None),
    ("القاهرة (أ ش أ) - وقعت وزارة التعليم العالي اتفاقية مع الاتحاد الأوروبي بهدف دعم البحث العلمي في أفريقيا.",
     "ar", "القاهرة"),
    ("ABU DHABI, 15th October, 2024 (WAM) -- The Abu Dhabi Fund for Development signed an agreement with the World Bank "
     "aimed at supporting small businesses in Egypt.", "en", "ABU DHABI"),
    # a city there may be where it is signed
    ("وقعت هيئة تقويم التعليم والتدريب مذكرة تفاهم مع جامعة الملك سعود بهدف تعزيز التعاون في مجال البحث العلمي في "
     "الرياض.", "ar", "الرياض"),
])
def test_a_country_an_agreement_is_for_is_not_where_it_is_signed(text, lang, location):
    (event,) = analyze(text, lang=lang).events
    assert event.location == location


def test_where_an_agreement_is_signed_comes_before_the_datelines_city():
    text = (
        "QatarEnergy signs 20-year urea supply agreement with Pakistan State Oil\n\n"
        "DOHA, 14th March, 2025 (QNA) -- QatarEnergy announced today the signing of a 20-year agreement with "
        "Pakistan State Oil for the supply of up to 1 million tonnes per annum of urea.\n\n"
        "The agreement was signed in Islamabad by Saad Sherida Al-Kaabi, Minister of State for Energy Affairs, "
        "and Syed Muhammad Taha, Managing Director of Pakistan State Oil."
    )
    event, = analyze(text, lang="en").events  # the headline's bare `agreement` is the body's 20-year agreement
    assert (event.event_type, event.name, event.location) == ("agreement", "20-year agreement", "Islamabad")
    arabic = ("الدوحة في 14 مارس /قنا/ وقعت قطر للطاقة اليوم اتفاقية لتوريد اليوريا إلى شركة باكستان ستيت أويل "
              "لمدة عشرين عاما. ووقعت الاتفاقية في إسلام آباد بحضور وزير الطاقة الباكستاني.")
    event, = analyze(arabic, lang="ar").events
    assert event.location == "إسلام آباد"


def test_a_place_the_event_is_about_is_not_where_it_is_held():
    text = ("RIYADH, 3 June 2025 (SPA) -- Riyadh hosted today the Saudi-African Investment Forum. "
            "The forum discussed investment opportunities in Egypt and Kenya.")
    event, = analyze(text, lang="en").events
    assert event.location == "RIYADH"


def test_english_a_named_week_is_an_event_and_a_venue_after_at_is_its_venue():
    text = ("ABU DHABI, 2nd April, 2025 (WAM) -- The Department of Health - Abu Dhabi has launched the second edition of "
            "the Abu Dhabi Global Healthcare Week, which will be held from 15 to 17 April 2025 at ADNEC Centre Abu "
            "Dhabi. The ministry will announce the programme this week.")
    event, = analyze(text, lang="en").events
    assert (event.name, event.venue, event.start, event.end) == (
        "Abu Dhabi Global Healthcare Week", "ADNEC Centre Abu Dhabi", "2025-04-15", "2025-04-17")


def test_english_the_programme_after_a_training_programme_refers_back_to_it():
    text = ("ABU DHABI, 12th March, 2024 (WAM) -- The Ministry of Human Resources and Emiratisation has launched a "
            "three-day training programme for 150 employees of private sector companies.\n"
            "The programme, held at the ministry's headquarters in Dubai from 12 to 14 March, covers labour law and "
            "occupational safety.\nThe government's programme for economic diversification was also reviewed.")
    course, = analyze(text, lang="en").events
    assert (course.event_type, course.venue, course.location, course.start, course.end, course.participants) == (
        "training_course", "ministry's headquarters", "Dubai", "2024-03-12", "2024-03-14", 150)


def test_english_awards_named_in_the_plural_are_one_award_event():
    text = ("DUBAI, 3rd April, 2024 (WAM) -- The fourth edition of the Emiratisation Awards will be held on 20 May 2024 "
            "at the Dubai World Trade Centre, with prizes worth AED 2.5 million. The ministry awards contracts to "
            "private firms each year.")
    award, = analyze(text, lang="en").events
    assert (award.event_type, award.name, award.venue, award.start) == (
        "award", "Emiratisation Awards", "Dubai World Trade Centre", "2024-05-20")


def test_english_agreements_signed_in_the_plural_are_one_signing_and_its_ceremony_joins_it():
    text = ("Amman, Feb. 20 (Petra) -- The Minister of Planning and the EU ambassador on Tuesday signed three financing "
            "agreements worth 92 million euros to support education and water projects.\n"
            "The signing ceremony was attended by the Secretary-General of the ministry and a number of officials.")
    signing, = analyze(text, lang="en", published=datetime.date(2024, 2, 20)).events
    assert (signing.event_type, signing.start, signing.location) == ("agreement", "2024-02-20", "Amman")
    two, = analyze("The two sides signed two memoranda of understanding in the fields of health and education.",
                   lang="en").events
    assert two.event_type == "agreement"
    assert analyze("The agreements reached in 2020 remain in force, the minister said.", lang="en").events == []


def test_the_cabinets_own_session_held_in_a_palace_and_a_conference_held_in_a_university():
    session, = analyze(
        "الرياض 14 ذو القعدة 1446 هـ الموافق 12 مايو 2025 م واس\n"
        "عقد مجلس الوزراء جلسته الأسبوعية برئاسة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود "
        "ولي العهد رئيس مجلس الوزراء في قصر اليمامة بالرياض.", lang="ar").events
    assert (session.event_type, session.name, session.organizer, session.venue, session.location) == (
        "meeting", "جلسته الأسبوعية", "مجلس الوزراء", "قصر اليمامة", "الرياض")
    result = analyze(
        "شارك سعادة الدكتور عبدالله بن محمد المطيري وكيل وزارة التعليم في أعمال المؤتمر الدولي للتعليم الذي عقد "
        "في جامعة الملك سعود خلال الفترة من 10 إلى 12 مايو الجاري.", lang="ar")
    conference, = result.events
    assert (conference.event_type, conference.venue) == ("conference", "جامعة الملك سعود")
    roles = {e.text: e.attrs.get("role") for e in result.entities if e.type == "PERSON"}
    assert roles["عبدالله بن محمد المطيري"] == "وكيل وزارة التعليم"


@pytest.mark.parametrize(
    "text, lang, event",
    [
        (  # SPA
            "الرياض (واس) - توج فريق الهلال بلقب دوري كأس الأمير محمد بن سلمان للمحترفين للموسم 2023-2024، بعد فوزه "
            "على مضيفه الحزم بأربعة أهداف مقابل هدف في الجولة الثلاثين.",
            "ar", "كأس الأمير محمد بن سلمان للمحترفين",
        ),
        (
            "ويلتقي الهلال مع النصر في نهائي كأس خادم الحرمين الشريفين يوم 31 مايو على ملعب مدينة الملك عبدالله "
            "الرياضية بجدة.",
            "ar", "كأس خادم الحرمين الشريفين",
        ),
        (
            "وانطلقت أمس منافسات بطولة كأس الأمير سلطان بن عبدالعزيز لكرة القدم في الرياض بمشاركة 16 فريقا.",
            "ar", "بطولة كأس الأمير سلطان بن عبدالعزيز لكرة القدم",
        ),
        (
            "وتسلم الباحث جائزة الملك فيصل العالمية لخدمة الإسلام في حفل أقيم بالرياض.",
            "ar", "جائزة الملك فيصل العالمية لخدمة الإسلام",
        ),
        (  # SPA, English
            "JEDDAH (SPA) - Al Hilal beat Al Nassr on penalties in the King Cup final at King Abdullah Sports City "
            "on Friday.",
            "en", "King Cup",
        ),
        ("The King Fahd Cup final will be held in Riyadh next month.", "en", "King Fahd Cup"),
        ("The Mohammed bin Rashid Al Maktoum Knowledge Summit opened in Dubai today.", "en",
         "Mohammed bin Rashid Al Maktoum Knowledge Summit"),
    ],
)
def test_a_cup_a_prize_or_a_summit_named_after_a_person_is_one_name(text, lang, event):
    x = analyze(text, lang=lang)
    assert event in [e.text for e in x.entities if e.type == "EVENT"]
    assert event in [ev.name for ev in x.events]
    assert not [e.text for e in x.entities if e.type == "PERSON"]


# ---------------------------------------------------------------- releases of WAM, KUNA, BNA, Petra, QNA, ONA, MENA


def _events_ar(text):
    return analyze(text, lang="ar").events


@pytest.mark.parametrize("text, name", [
    ("دبي في 2 أكتوبر / وام / أعلنت القيادة العامة لشرطة دبي عن تنظيم ملتقى دبي الدولي للأمن الذي يعقد في مركز دبي التجاري العالمي.",
     "ملتقى دبي الدولي للأمن"),
    ("أبوظبي في 14 مارس / وام / تنظم وزارة الخارجية منتدى أبوظبي للسلم في فندق قصر الإمارات.", "منتدى أبوظبي للسلم"),
    ("الدوحة في 3 فبراير /قنا/ تستضيف وزارة الخارجية منتدى الدوحة الحادي والعشرين يومي 10 و11 ديسمبر.",
     "منتدى الدوحة الحادي والعشرين"),
    ("المنامة في 10 يناير / بنا / تنظم وزارة الصناعة معرض البحرين الدولي للصناعة في مركز البحرين الدولي للمعارض.",
     "معرض البحرين الدولي للصناعة"),
])
def test_arabic_an_event_named_after_a_place_keeps_its_chain(text, name):
    assert _events_ar(text)[0].name == name


def test_arabic_an_organization_named_like_an_event_organizes_the_event():
    text = ("عمان 20 كانون الثاني (بترا)- رعى رئيس الوزراء الدكتور بشر الخصاونة اليوم السبت، افتتاح أعمال منتدى الاقتصاد "
            "الأردني الذي ينظمه منتدى الاستراتيجيات الأردني في مركز الملك حسين بن طلال للمؤتمرات بالبحر الميت.")
    events = _events_ar(text)
    assert [e.name for e in events] == ["منتدى الاقتصاد الأردني"]
    assert events[0].organizer == "منتدى الاستراتيجيات الأردني"
    assert events[0].venue == "مركز الملك حسين بن طلال للمؤتمرات"


@pytest.mark.parametrize("text, name, organizer", [
    ("الكويت - 5 - 3 (كونا) -- وقعت وزارة الصحة اليوم مذكرة تفاهم مع منظمة الصحة العالمية. "
     "من جانب آخر افتتح سمو الشيخ صباح خالد الحمد الصباح ولي العهد أعمال الملتقى الخليجي الخامس للموارد البشرية الذي "
     "تنظمه الأمانة العامة لمجلس التعاون لدول الخليج العربية بمشاركة 300 خبير.",
     "الملتقى الخليجي الخامس للموارد البشرية", "الأمانة العامة لمجلس التعاون لدول الخليج العربية"),
    ("المنامة في 10 يناير / بنا / وقع مجلس التنمية الاقتصادية اتفاقية مع شركة طيران الخليج. "
     "وفي سياق آخر، شارك وزير المالية في أعمال المؤتمر السنوي للمصارف الإسلامية الذي تنظمه هيئة المحاسبة والمراجعة للمؤسسات المالية الإسلامية.",
     "المؤتمر السنوي للمصارف الإسلامية", "هيئة المحاسبة والمراجعة للمؤسسات المالية الإسلامية"),
])
def test_arabic_a_larger_event_whose_proceedings_are_reported_is_an_event_of_its_own(text, name, organizer):
    found = {e.name: e for e in _events_ar(text)}
    assert name in found and found[name].organizer == organizer


def test_arabic_a_larger_event_beside_which_something_happens_is_none():
    text = "وقع الوزير مذكرة تفاهم مع نظيره الفرنسي على هامش أعمال المؤتمر الدولي للطاقة."
    assert [e.event_type for e in _events_ar(text)] == ["agreement"]


@pytest.mark.parametrize("text, course, organizer", [
    ("عمان 20 كانون الثاني (بترا)- رعى رئيس الوزراء افتتاح أعمال منتدى الاقتصاد الأردني في البحر الميت. "
     "من جهة ثانية، نظمت وزارة الشباب بالتعاون مع مؤسسة ولي العهد دورة تدريبية في الريادة لـ 50 شابا وشابة في محافظة إربد.",
     "دورة تدريبية", "وزارة الشباب"),
    ("تنطلق غدا أعمال القمة العالمية للحكومات في دبي بمشاركة 4000 شخصية. وفي سياق منفصل، عقدت هيئة كهرباء ومياه دبي "
     "ورشة عمل حول الطاقة النظيفة لموظفيها.", "ورشة عمل", "هيئة كهرباء ومياه دبي"),
])
def test_arabic_a_lesser_event_organized_in_a_story_of_its_own_is_no_session(text, course, organizer):
    found = {e.name: e for e in _events_ar(text)}
    assert course in found and found[course].organizer == organizer


def test_english_a_lesser_event_organized_in_a_story_of_its_own_is_no_session():
    text = ('MANAMA, March 3 (BNA) -- The Institute of Public Administration (BIPA) concluded today a five-day training '
            'course on "Strategic Planning in Government Entities", attended by 35 employees from 12 ministries.\n\n'
            "The institute will hold a workshop on digital transformation at its headquarters in Isa Town on 17 and 18 "
            "March 2025, in partnership with the Information & eGovernment Authority (iGA).")
    found = {e.event_type: e for e in analyze(text, lang="en", published=datetime.date(2025, 3, 3)).events}
    assert set(found) == {"training_course", "workshop"}
    assert (found["workshop"].location, found["workshop"].start, found["workshop"].end) == ("Isa Town", "2025-03-17", "2025-03-18")
    assert not found["training_course"].attrs.get("sessions")
    assert found["training_course"].organizer == "Institute of Public Administration"  # the body that concludes it


@pytest.mark.parametrize("text, lang, dates", [
    ("MANAMA, March 6 (BNA) -- The Institute of Public Administration concluded today a five-day training course on "
     "strategic planning.", "en", ("2025-03-02", "2025-03-06")),
    ("المنامة في 6 مارس / بنا / اختتم معهد الإدارة العامة اليوم دورة تدريبية بعنوان «التخطيط الاستراتيجي» استمرت خمسة أيام.",
     "ar", ("2025-03-02", "2025-03-06")),
    ("المنامة في 6 مارس / بنا / اختتم معهد الإدارة العامة دورة تدريبية في التخطيط الاستراتيجي استمرت خمسة أيام.",
     "ar", ("2025-03-02", "2025-03-06")),  # no day told: the dateline's
    ("Manama, Mar. 6 (BNA): The Institute of Public Administration concluded a five-day training programme.",
     "en", ("2025-03-02", "2025-03-06")),
    # the day right before the verb of closing (Thursday's release of Wednesday's closing)
    ("MANAMA, March 6 (BNA) -- The Institute of Public Administration on Wednesday concluded a five-day training "
     "course on strategic planning.", "en", ("2025-03-01", "2025-03-05")),
    ("تختتم اليوم فعاليات معرض سيتي سكيب للتطوير العقاري المقام في جدة بمشاركة أكثر من 50 عارضا.", "ar", (None, "2025-03-06")),
    ("اختتمت اليوم فعاليات المؤتمر الدولي للطاقة الذي انطلق في 3 مارس.", "ar", ("2025-03-03", "2025-03-06")),
    # a meeting's closing day is its day; the day of another event the verb closes is not the event's
    ("اختتم الوزير اليوم زيارته إلى الرياض بلقاء مع رئيس الغرفة التجارية.", "ar", None),
])
def test_the_day_an_event_is_concluded_is_its_end(text, lang, dates):
    events = analyze(text, lang=lang, published=datetime.date(2025, 3, 6)).events
    main = events[0]
    if dates is None:
        assert all(e.end is None or e.start == e.end for e in events) and all(e.start == "2025-03-06" for e in events)
    else:
        assert (main.start, main.end) == dates


def test_a_closing_day_with_no_year_counts_back_without_one():
    text = "اختتم معهد الإدارة العامة يوم 6 مارس دورة تدريبية في التخطيط الاستراتيجي استمرت خمسة أيام."
    [event] = analyze(text, lang="ar").events
    assert (event.start, event.end) == ("XXXX-03-02", "XXXX-03-06")


def test_a_year_the_news_compares_with_dates_no_day_of_the_release():
    text = ("KUWAIT, Oct 5 (KUNA) -- The Minister of Health inaugurated on Sunday the 12th Gulf Conference on Public "
            "Health. The three-day conference brings together more than 600 physicians. The ministry allocated KD 45 "
            "million to primary healthcare this year, up 12 percent from 2024.")
    [event] = analyze(text, lang="en").events
    assert (event.start, event.end) == ("XXXX-10-05", "XXXX-10-07")


def test_english_a_workshop_within_a_summit_stays_its_session():
    text = ("DUBAI, 12th February, 2024 (WAM) -- The World Governments Summit opens tomorrow in Dubai. The summit will "
            "host a workshop on artificial intelligence among its sessions.")
    events = analyze(text, lang="en").events
    assert len(events) == 1 and events[0].attrs["sessions"][0]["type"] == "workshop"


def test_arabic_a_workshop_on_the_sidelines_of_a_summit_stays_its_session():
    text = "تنطلق غدا القمة العالمية للحكومات في دبي. ونظمت القمة ضمن أعمالها ورشة عمل حول الذكاء الاصطناعي."
    events = _events_ar(text)
    assert len(events) == 1 and events[0].attrs["sessions"][0]["type"] == "workshop"


@pytest.mark.parametrize("text, participants", [
    ("تونس - نظمت الوزارة ورشة عمل تدريبية حول الرقمنة بقصر المؤتمرات. وشارك في الورشة 45 إطارا من مختلف الوزارات.", 45),
    ("عمان (بترا)- نظمت وزارة الشباب دورة تدريبية في الريادة لـ 50 شابا وشابة في محافظة إربد.", 50),
    ("القاهرة /أ ش أ/ افتتح رئيس الوزراء مؤتمر التعدين في مركز مصر للمعارض الدولية بمشاركة 2000 مستثمر من 40 دولة.", 2000),
    ("الكويت (كونا) -- نظم معهد الكويت للأبحاث العلمية ندوة حول الأمن المائي حضرها 120 باحثا.", 120),
    ("مسقط /العمانية/ نظمت وزارة العمل حلقة عمل حول التوظيف لـ 80 مسؤولا من الشركات.", 80),
    ("الرياض - تنطلق غدا أعمال الملتقى الخليجي للموارد البشرية. وتشارك في الملتقى 30 خبيرا من دول المجلس.", 30),
    # `من` and the people in the plural (SPA, QNA)
    ("الرياض (واس) - نظمت وزارة الصحة دورة تدريبية لـ50 من الأخصائيين في مجال التغذية بمدينة الرياض.", 50),
    ("الدوحة (قنا) - عقدت وزارة التنمية الإدارية ورشة عمل لـ 25 من منسوبي الجهات الحكومية حول التحول الرقمي.", 25),
    # the participation an event sees (KUNA)
    ("الكويت (كونا) -- افتتح وزير الصحة اليوم المؤتمر الخليجي الثامن لطب الطوارئ. وقال الوزير إن المؤتمر يشهد "
     "مشاركة أكثر من 800 طبيب واختصاصي من دول مجلس التعاون.", 800),
])
def test_arabic_participants_counted_as_staff_youth_or_investors(text, participants):
    assert _events_ar(text)[0].participants == participants


@pytest.mark.parametrize("text", [
    "القاهرة في 7 أبريل /أ ش أ/ افتتح الدكتور مصطفى مدبولي رئيس مجلس الوزراء فعاليات مؤتمر مصر للتعدين بالقاهرة الجديدة.",
    "الكويت (كونا) -- افتتح الدكتور أحمد العوضي وزير الصحة اليوم مؤتمر الكويت الطبي في فندق الشيراتون.",
    "المنامة في 10 يناير / بنا / افتتح معالي الشيخ خالد بن عبدالله آل خليفة نائب رئيس مجلس الوزراء فعاليات معرض البحرين الدولي للطيران.",
])
def test_arabic_the_body_of_the_opener_s_role_does_not_organize_the_event(text):
    assert _events_ar(text)[0].organizer is None


@pytest.mark.parametrize("text", [
    "دبي (وام) - انطلقت اليوم أعمال القمة العالمية للحكومات في مدينة جميرا بمشاركة 50 دولة.",
    "المنامة (بنا) - نظمت وزارة العمل ورشة عمل حول سوق العمل شارك فيها 15 جهة حكومية.",
    "مسقط (العمانية) - افتتح وزير التجارة معرض الصناعات الوطنية بمشاركة 120 شركة محلية ودولية.",
    "عمان (بترا) - عقدت وزارة الاقتصاد الرقمي ورشة عمل بمشاركة 40 من الشركات الناشئة.",
    "الدوحة (قنا) - انطلقت اليوم أعمال منتدى الدوحة الاقتصادي بمشاركة 22 دولة عربية و12 منظمة إقليمية.",
    "الرياض - ومن المتوقع أن يشارك في المؤتمر الدولي للتعدين أكثر من 60 دولة.",
])
def test_arabic_countries_cities_and_bodies_are_no_participants(text):
    event = _events_ar(text)[0]
    assert event.participants is None and "expected_participants" not in event.attrs


@pytest.mark.parametrize("text, participants", [
    ("القاهرة (أ ش أ) - افتتح رئيس الوزراء المؤتمر الدولي للطاقة بمشاركة 50 دولة و300 خبير.", 300),
    ("الكويت (كونا) -- نظمت وزارة الصحة دورة تدريبية بمشاركة 40 موظفا من 12 جهة حكومية.", 40),
    ("أبوظبي (وام) - اختتم الملتقى الخليجي للتطوع أعماله بمشاركة 500 متطوع من دول المجلس.", 500),
])
def test_arabic_people_beside_the_bodies_they_come_from_are_participants(text, participants):
    assert _events_ar(text)[0].participants == participants


@pytest.mark.parametrize("text, participants", [
    ("المنامة (بنا) - وقعت وزارة العمل مذكرة تفاهم مع بوليتكنك البحرين لتدريب 500 باحث عن عمل من المواطنين على مدى "
     "ستة أشهر.", None),
    ("الرياض (واس) - وقعت وزارة الموارد البشرية اتفاقية مع صندوق تنمية الموارد البشرية لتأهيل 300 موظف في قطاع "
     "التجزئة.", None),
    ("مسقط (العمانية) - وقعت وزارة العمل اتفاقية تعاون مع جامعة السلطان قابوس بمشاركة 40 من منسوبي الجهتين.", 40),
])
def test_arabic_the_people_an_agreement_is_for_are_not_its_participants(text, participants):
    event = _events_ar(text)[0]
    assert event.event_type == "agreement" and event.participants == participants


@pytest.mark.parametrize("text, lang, parties", [
    ("Muscat, Oct 11 (ONA) -- His Majesty Sultan Haitham bin Tarik issued a Royal Decree ratifying a financing "
     "agreement between the Sultanate of Oman and the Arab Fund for Economic and Social Development.", "en",
     ["Sultanate of Oman", "Arab Fund for Economic and Social Development"]),
    ("Riyadh, May 2 (SPA) -- The Cabinet approved a memorandum of understanding between the Saudi Ministry of Health "
     "and the Ministry of Health of the Republic of Uzbekistan.", "en",
     ["Cabinet", "Saudi Ministry of Health", "Ministry of Health of the Republic of Uzbekistan"]),
    ("مسقط في 11 أكتوبر (العمانية) - أصدر جلالة السلطان مرسوما بالتصديق على اتفاقية تمويل بين سلطنة عُمان والصندوق "
     "العربي للإنماء الاقتصادي والاجتماعي.", "ar", ["سلطنة عُمان", "الصندوق العربي للإنماء الاقتصادي والاجتماعي"]),
])
def test_the_sides_of_an_agreement_between_two_are_both_parties(text, lang, parties):
    ev = analyze(text, lang=lang).events[0]
    assert ev.event_type == "agreement" and ev.attrs["parties"] == parties, ev.attrs


@pytest.mark.parametrize("text, name, organizer", [
    ("الظهران في 1 نوفمبر 2024 / واس / أطلق مركز الملك عبدالعزيز الثقافي العالمي برنامجا تدريبيا بعنوان «صناعة "
     "المحتوى الإبداعي» بالتعاون مع هيئة الأدب والنشر والترجمة في مدينة الظهران.",
     "برنامجا تدريبيا", "مركز الملك عبدالعزيز الثقافي العالمي"),
    ("عمان 3 مارس 2024 (بترا) - نفذت وزارة الشباب برنامجا تدريبيا لقادة المراكز الشبابية بمشاركة 40 شابا.",
     "برنامجا تدريبيا", "وزارة الشباب"),
])
def test_arabic_an_accusative_training_programme_is_a_course(text, name, organizer):
    event, = _events_ar(text)
    assert (event.event_type, event.name, event.organizer) == ("training_course", name, organizer)


@pytest.mark.parametrize("text, lang, name, title, organizer, participants", [
    ("المنامة في 22 يناير / بنا / اختتم معهد الإدارة العامة اليوم برنامجا قياديا لمدة خمسة أيام بمشاركة 35 مديرا "
     "ورئيس قسم من الجهات الحكومية.", "ar", "برنامجا قياديا", None, "معهد الإدارة العامة", 35),
    ("الرياض في 3 مارس 2024 / واس / تعمل هيئة الحكومة الرقمية على تطوير قدرات موظفيها في مجالات القيادة والإدارة. "
     "ونظمت الهيئة البرنامج التدريبي «القيادة الفعالة» لمدة ثلاثة أيام بمشاركة 40 موظفا.", "ar",
     "البرنامج التدريبي", "القيادة الفعالة", "هيئة الحكومة الرقمية", 40),
    ("نفذ معهد الإدارة العامة في الرياض البرنامج القيادي للمديرين الجدد بمشاركة 25 موظفا خلال الفترة من 5 إلى 9 "
     "مايو 2024.", "ar", "البرنامج القيادي للمديرين الجدد", None, "معهد الإدارة العامة", 25),
    ("MANAMA, Jan. 22 (BNA) -- The Bahrain Institute of Public Administration (BIPA) concluded today a five-day "
     "leadership programme for 35 directors and heads of sections from government entities.", "en",
     "leadership programme", None, "Bahrain Institute of Public Administration", 35),
])
def test_a_programme_of_training_or_leadership_is_a_course(text, lang, name, title, organizer, participants):
    event, = analyze(text, lang=lang).events
    got = (event.event_type, event.name, event.title, event.organizer, event.participants)
    assert got == ("training_course", name, title, organizer, participants)


@pytest.mark.parametrize("text", [
    "الرياض في 3 مارس 2024 / واس / أكد وزير الاقتصاد أن برنامج التحول الوطني حقق 80 بالمئة من مستهدفاته.",
    "الرياض في 3 مارس 2024 / واس / أعلنت وزارة التعليم فتح باب التسجيل في برنامج الابتعاث الخارجي.",
    "أبوظبي في 3 مارس 2024 / وام / وقع الجانبان البرنامج التنفيذي لاتفاقية التعاون الثقافي.",
    "الرياض في 3 مارس 2024 / واس / واصل حارس الفريق البرنامج التأهيلي المعد له من الجهاز الطبي بعد إصابته في الركبة.",
    "The Minister appeared on a television programme to discuss the economic programme of the government.",
])
def test_a_programme_of_government_scholarships_television_or_rehabilitation_is_no_course(text):
    lang = "en" if text.isascii() else "ar"
    assert not [e for e in analyze(text, lang=lang).events if e.event_type == "training_course"]


@pytest.mark.parametrize("text, organizer", [
    ("دبي في 5 مايو 2024 / وام / اختتمت القيادة العامة لشرطة دبي دورة تدريبية بعنوان “إدارة الأزمات والكوارث” "
     "شارك فيها 45 ضابطا.", "القيادة العامة لشرطة دبي"),
    ("الكويت في 8 يناير 2024 / كونا / تختتم الهيئة العامة للرياضة غدا ورشة عمل حول \"الحوكمة الرياضية\" في "
     "مجمع الشيخ سعد العبدالله.", "الهيئة العامة للرياضة"),
])
def test_arabic_the_body_that_closes_an_event_organizes_it(text, organizer):
    assert _events_ar(text)[0].organizer == organizer


@pytest.mark.parametrize("text, start, end", [
    ("مسقط في 3 أكتوبر 2024 / العمانية / تنظم بلدية مسقط ملتقى العمل البلدي الأول بعنوان \"مدن ذكية ومستدامة\" "
     "بمحافظة مسقط، ويستمر حتى 7 أكتوبر 2024.", "2024-10-03", "2024-10-07"),
    ("القاهرة في 14 أبريل 2024 (أ ش أ) - افتتح محافظ الجيزة فعاليات المؤتمر الدولي الثالث للتنمية المستدامة الذي "
     "تنظمه جامعة القاهرة في فندق ماريوت بالقاهرة، ويستمر حتى 16 أبريل 2024.", "2024-04-14", "2024-04-16"),
    ("الشارقة في 22 يناير 2024 / وام / انطلقت يوم الاثنين ورشة عمل بعنوان “فن الخط العربي” بإمارة الشارقة، "
     "وتستمر الورشة حتى 25 يناير 2024، بمشاركة 18 متدربا.", "2024-01-22", "2024-01-25"),
    ("الظهران في 1 نوفمبر 2024 / واس / أطلق مركز الملك عبدالعزيز الثقافي العالمي برنامجا تدريبيا في مدينة "
     "الظهران، ويستمر البرنامج حتى 30 نوفمبر 2024.", "2024-11-01", "2024-11-30"),
])
def test_arabic_the_day_an_event_lasts_until_is_its_end(text, start, end):
    event = _events_ar(text)[0]
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize("lang, text, end", [
    ("ar", "أبوظبي في 14 أكتوبر 2025 / وام / أطلقت وزارة الموارد البشرية والتوطين اليوم معرض نافس للتوظيف في مركز "
     "أبوظبي الوطني للمعارض بمشاركة أكثر من 120 شركة.\nوتستمر فعالياته حتى 16 أكتوبر الجاري، ويهدف إلى توفير 3500 "
     "فرصة عمل للمواطنين.", "2025-10-16"),
    ("ar", "أبوظبي في 14 أكتوبر 2025 / وام / أطلقت وزارة الموارد البشرية والتوطين اليوم معرض نافس للتوظيف في مركز "
     "أبوظبي الوطني للمعارض.\nويستمر التسجيل حتى 16 أكتوبر الجاري عبر الموقع الإلكتروني للوزارة.", None),
    ("en", "ABU DHABI, 14th October, 2025 (WAM) -- The Ministry of Human Resources and Emiratisation has launched the "
     "Nafis Career Fair at the Abu Dhabi National Exhibition Centre.\nThe three-day event, which runs until 16th "
     "October, aims to provide 3,500 job opportunities for Emirati citizens.", "2025-10-16"),
    ("en", "ABU DHABI, 14th October, 2025 (WAM) -- The Ministry of Human Resources and Emiratisation has launched the "
     "Nafis Career Fair at the Abu Dhabi National Exhibition Centre.\nRegistration runs until 16th October on the "
     "ministry's website.", None),
])
def test_the_sentence_after_an_event_tells_the_day_it_lasts_until(lang, text, end):
    event, = analyze(text, lang=lang).events
    assert (event.start, event.end) == ("2025-10-14", end)


def test_arabic_a_deadline_after_until_without_a_verb_of_lasting_is_no_end():
    text = ("الرياض في 2 مارس 2024 / واس / أطلقت وزارة الصحة مسابقة للمبتكرين، ويفتح باب التسجيل حتى 20 مارس 2024.")
    event, = _events_ar(text)
    assert event.end is None


def test_arabic_a_day_named_after_the_event_outweighs_the_datelines():
    text = ("الدوحة في 20 فبراير 2024 / قنا / نظمت مؤسسة حمد الطبية محاضرة توعوية بعنوان \"الوقاية من أمراض القلب\" "
            "في قاعة المؤتمرات بمستشفى حمد العام يوم الأربعاء 21 فبراير 2024، وحضرها أكثر من 150 شخصا.")
    event, = _events_ar(text)
    assert (event.start, event.participants) == ("2024-02-21", 150)


@pytest.mark.parametrize("text, participants", [
    ("المنامة في 15 سبتمبر 2024 / بنا / تنظم غرفة تجارة وصناعة البحرين ورشة عمل بعنوان «فرص الاستثمار في القطاع "
     "اللوجستي» يومي 17 و18 سبتمبر 2024.\nوحضرها أكثر من 100 شخص من رجال الأعمال والمستثمرين.", 100),
    ("عقدت جامعة اليرموك ندوة بعنوان \"دور الشباب في التنمية\" في مسرح الكلية. كما شارك فيها 80 طالبا.", 80),
])
def test_arabic_participants_in_the_sentence_after_that_attends_the_event(text, participants):
    assert _events_ar(text)[0].participants == participants


def test_arabic_a_sentence_after_about_another_event_keeps_its_participants():
    text = ("نظمت البلدية محاضرة توعوية حول السلامة المرورية. "
            "وحضرها أكثر من 60 شخصا ومعرض للصور شارك فيه 12 مصورا.")
    lecture = _events_ar(text)[0]
    assert lecture.event_type == "lecture" and lecture.participants is None


@pytest.mark.parametrize("text, venue, location", [
    ("مسقط في 3 أكتوبر 2024 / العمانية / تنظم بلدية مسقط ملتقى العمل البلدي الأول في مسرح مدينة العرفان بمحافظة "
     "مسقط.", "مسرح مدينة العرفان", "محافظة مسقط"),
    ("الدوحة في 20 فبراير 2024 / قنا / نظمت مؤسسة حمد الطبية محاضرة توعوية في قاعة المؤتمرات بمستشفى حمد العام.",
     "قاعة المؤتمرات", "الدوحة"),
    ("الكويت في 8 يناير 2024 / كونا / ينظم الاتحاد الكويتي لكرة القدم دورة تدريبية للحكام في مجمع الشيخ جابر "
     "الأحمد الرياضي بمشاركة 35 حكما.", "مجمع الشيخ جابر الأحمد الرياضي", "الكويت"),
    ("عقدت جامعة اليرموك ندوة بعنوان \"دور الشباب في التنمية\" بمسرح الكلية في إربد.", "مسرح الكلية", "إربد"),
    # the building that holds the hall is the venue's, the city after either is the location; a place in the
    # event's title is what it is about, the location only when no other place is named
    ("بيروت - نظمت نقابة المهندسين في بيروت مؤتمرا بعنوان \"الطاقة المتجددة في لبنان\" في قاعة المؤتمرات في بيت "
     "المهندس.", "قاعة المؤتمرات في بيت المهندس", "بيروت"),
    ("نظمت سفارة خادم الحرمين الشريفين احتفالا بعنوان \"ليلة من السعودية\" في قاعة النيل بفندق سميراميس في القاهرة.",
     "قاعة النيل بفندق سميراميس", "القاهرة"),
    ("أقامت الهيئة العامة للرياضة حفل تكريم الأبطال في قاعة الاحتفالات بالرياض.", "قاعة الاحتفالات", "الرياض"),
    ("نظمت وزارة الاستثمار ندوة بعنوان \"فرص الاستثمار في مصر\" بمشاركة 120 مستثمرا.", None, "مصر"),
])
def test_arabic_a_hall_or_theatre_no_name_holds_is_the_venue(text, venue, location):
    event = _events_ar(text)[0]
    assert (event.venue, event.location) == (venue, location)


def test_arabic_a_city_after_the_event_is_its_place_not_its_venue():
    text = ("الظهران في 1 نوفمبر 2024 / واس / أطلق مركز الملك عبدالعزيز الثقافي العالمي برنامجا تدريبيا "
            "في مدينة الظهران بمشاركة 25 متدربا.")
    event, = _events_ar(text)
    assert (event.venue, event.location, event.participants) == (None, "الظهران", 25)


@pytest.mark.parametrize("text, organizer", [
    ("المنامة في 4 مارس 2024 / بنا / انطلقت اليوم ورشة عمل بعنوان \"التخطيط الاستراتيجي\" بتنظيم من وزارة الداخلية، "
     "في فندق الخليج، بمشاركة 40 ضابطا.", "وزارة الداخلية"),
    ("الكويت في 10 فبراير 2024 / كونا / بدأت في جامعة الكويت دورة تدريبية بعنوان «مهارات البحث العلمي» تنظمها كلية "
     "التربية بالتعاون مع مركز البحوث.", "كلية التربية"),
    ("عمان 7 أيلول 2024 (بترا) - اختتمت في مركز الحسين الثقافي فعاليات مهرجان الأغنية الأردنية الذي نظمته أمانة عمان "
     "الكبرى يومي 5 و6 أيلول، وحضره أكثر من 2000 شخص.", "أمانة عمان الكبرى"),
])
def test_arabic_the_organizer_named_after_the_event_and_its_title(text, organizer):
    assert _events_ar(text)[0].organizer == organizer


def test_arabic_a_partner_after_the_title_is_no_organizer():
    text = ("نظمت غرفة تجارة وصناعة عمان ورشة عمل بعنوان \"التصدير إلى أفريقيا\" بالتعاون مع هيئة تنمية الصادرات.")
    assert _events_ar(text)[0].organizer == "غرفة تجارة وصناعة عمان"


# ---------------------------------------------------------------- English participants, names before a day


def _events_en(text):
    return analyze(text, lang="en").events


@pytest.mark.parametrize("text, participants", [
    # the people, not the countries or companies they come from
    ("The ministry will organise a three-day workshop on investment promotion from 12 to 14 March, with the "
     "participation of more than 200 experts from 30 countries.", 200),
    ("The ministry organised a four-day forum from 22 to 25 January at the Dubai World Trade Centre, with the "
     "participation of 400 companies and more than 10,000 job seekers.", 10_000),
    ("The Gulf Energy Forum was held in Manama with the participation of 35 countries and 1,200 delegates.", 1_200),
    # a decimal and its scale are one figure
    ("The Financial Sector Conference will be held in Riyadh on March 12-14, 2024, with the participation of "
     "1.5 million online viewers.", 1_500_000),
    ("The seminar was attended by 2.5 thousand students and teachers.", 2_500),
    ("The ministry held a workshop on Tuesday on the national development plan, attended by 80 representatives "
     "of government institutions.", 80),
    ("The three-day conference, held under the patronage of the Prime Minister, brings together more than 600 "
     "physicians and researchers from 20 countries.", 600),
    ("The Gulf Innovation Forum gathered 350 entrepreneurs from 12 countries in Muscat.", 350),
    ("Kuwait, March 10 (KUNA) -- The Minister of Health opened the 8th Gulf Conference of Emergency Medicine today. "
     "The conference witnessed the participation of more than 800 doctors from the GCC countries.", 800),
])
def test_english_participants_are_people(text, participants):
    assert _events_en(text)[0].participants == participants


def test_english_bodies_alone_are_no_participants():
    event = _events_en("The Bahrain International Airshow opened in Sakhir with the participation of 25 countries.")[0]
    assert event.participants is None and "expected_participants" not in event.attrs


def test_english_event_name_stops_before_its_days():
    text = ("MUSCAT (ONA) -- The Ministry of Health will organise the Oman Health Conference on Monday and Tuesday, "
            "11 and 12 March 2024, at the Oman Convention and Exhibition Centre, attended by more than 1,500 doctors.")
    result = analyze(text, lang="en")
    event = result.events[0]
    assert event.name == "Oman Health Conference"
    assert (event.start, event.end, event.participants) == ("2024-03-11", "2024-03-12", 1_500)
    dates = [e for e in result.entities if e.type == "DATE"]
    assert [(e.text, e.value) for e in dates] == [("Monday and Tuesday, 11 and 12 March 2024", "2024-03-11/2024-03-12")]


def test_english_event_topic_of_capitalized_words_stays_in_its_name():
    event = _events_en("The Ministry of Health organised the International Conference on Patient Safety in Riyadh.")[0]
    assert event.name == "International Conference on Patient Safety"


def test_arabic_a_workshop_organized_with_and_in_a_sentence_of_its_own_is_its_own_event():
    text = (
        "المنامة (بنا) - اختتم معهد الإدارة العامة اليوم قمة الحكومات الخليجية الثالثة بمشاركة 300 خبير.\n"
        "ونظمت وزارة الشباب ورشة عمل حول القيادة في مدينة عيسى يومي 17 و18 مارس."
    )
    events = {e.event_type: e for e in analyze(text, lang="ar").events}
    assert events["workshop"].organizer == "وزارة الشباب"
    assert (events["workshop"].start, events["workshop"].end) == ("XXXX-03-17", "XXXX-03-18")
    assert events["summit"].start is None  # the workshop's days are not the summit's


@pytest.mark.parametrize("text, lang, dates", [
    ("تونس (وات) - تنطلق يوم 23 نوفمبر 2026 بمدينة الحمامات فعاليات الدورة الثالثة عشرة لمنتدى تونس للاستثمار، التي "
     "تتواصل على مدى يومين بمشاركة أكثر من 1500 مستثمر من 40 بلدا.", "ar", ("2026-11-23", "2026-11-24")),
    ("وافتتح أمير المنطقة يوم 20 يوليو 2026 مهرجان الصيف الذي يستمر لمدة 14 يوما بمشاركة 40 جهة حكومية.", "ar",
     ("2026-07-20", "2026-08-02")),
    ("The Sharjah International Book Fair opens on 5 November 2026 and runs for 12 days at Expo Centre Sharjah.", "en",
     ("2026-11-05", "2026-11-16")),
    # `لمدة` or `مدتها` right after the course it names, in days or weeks
    ("ينظم معهد الإدارة العامة يوم الأحد 17 مارس 2024 دورة تدريبية في مجال إدارة المشاريع لمدة خمسة أيام بمشاركة "
     "30 موظفا.", "ar", ("2024-03-17", "2024-03-21")),
    ("وتنطلق يوم 3 نوفمبر 2024 في مقر المعهد دورة تدريبية مدتها أسبوع حول إعداد الموازنات.", "ar",
     ("2024-11-03", "2024-11-09")),
    # a visit the visitor sets off on or arrives for that day lasts the days told (not one told of on a later day)
    ("يتوجه رئيس مجلس الوزراء يوم الاثنين 11 مارس 2024 إلى محافظة المنيا في زيارة تفقدية تستغرق يومين.", "ar",
     ("2024-03-11", "2024-03-12")),
    ("وصل وزير الخارجية إلى العاصمة الأردنية عمان يوم 10 مارس 2024 في زيارة رسمية تستمر ثلاثة أيام.", "ar",
     ("2024-03-10", "2024-03-12")),
    ("KUWAIT, March 10, 2024 (KUNA) -- The Foreign Minister arrived in Cairo today on a three-day official visit.", "en",
     ("2024-03-10", "2024-03-12")),
    ("واستقبل سمو الأمير يوم 12 مارس 2024 الرئيس الفرنسي بمناسبة زيارته للبلاد التي تستغرق ثلاثة أيام.", "ar",
     ("2024-03-12", None)),
    # days that are no length of the event: a time after another, a pause
    ("وتنطلق مسابقة الدوري يوم 2 أغسطس 2026 بعد كأس السوبر بخمسة أيام.", "ar", ("2026-08-02", None)),
    ("وتستأنف يوم 23 يوليو 2026 فعاليات مهرجان التراث بعد أن توقفت لمدة يومين.", "ar", ("2026-07-23", None)),
    ("وتستأنف يوم 23 يوليو 2026 فعاليات مهرجان التراث التي توقفت لمدة يومين.", "ar", ("2026-07-23", None)),
    ("وبدأ الكونغرس يوم 22 يوليو 2015 مراجعة للاتفاق النووي تستغرق 60 يوما.", "ar", ("2015-07-22", None)),  # the review's
])
def test_the_days_an_event_lasts_give_its_end(text, lang, dates):
    event = analyze(text, lang=lang).events[0]
    assert (event.start, event.end) == dates


def test_arabic_a_count_of_courses_is_no_course():
    text = ("نظم معهد الإدارة العامة برنامجا تدريبيا بعنوان \"القيادة الاستراتيجية\" بمشاركة 28 موظفا. وقال مدير عام "
            "المعهد إن خطة العام 2026 تتضمن تنفيذ 150 برنامجا تدريبيا يستفيد منها نحو 4500 موظف.")
    [event] = analyze(text, lang="ar").events
    assert (event.title, event.participants) == ("القيادة الاستراتيجية", 28)


# ---------------------------------------------------------------- a meeting told of in the paragraph before


RECEPTION_EN = """ABU DHABI, 14th March, 2026 (WAM) -- His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received today his Russian counterpart Sergey Lavrov at Qasr Al Watan in Abu Dhabi.
During the meeting, the two sides discussed bilateral relations and ways to enhance cooperation in trade, energy and culture.
The meeting was attended by Khalifa Shaheen Al Marar, Minister of State.
Saeed Mohammed Al Tayer said the authority invested AED 2.5 billion in renewable energy projects in 2025.
The Kuwait Fund for Arab Economic Development signed a KD 10 million loan agreement with the Government of Jordan."""

RECEPTION_AR = """أبوظبي في 14 مارس 2026 / وام / استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم نظيره الروسي سيرغي لافروف في قصر الوطن بأبوظبي.
وجرى خلال اللقاء بحث العلاقات الثنائية وسبل تعزيز التعاون في مجالات التجارة والطاقة.
حضر اللقاء معالي خليفة شاهين المرر وزير دولة."""


@pytest.mark.parametrize("text, lang", [(RECEPTION_EN, "en"), (RECEPTION_AR, "ar")])
def test_the_meeting_opening_a_paragraph_takes_the_day_of_the_paragraph_before(text, lang):
    meeting = [ev for ev in analyze(text, lang=lang).events if ev.event_type == "meeting"]
    assert [ev.start for ev in meeting] == ["2026-03-14"]


def test_an_event_a_paragraph_introduces_takes_no_year_from_the_paragraph_before():
    agreement = [ev for ev in _events_en(RECEPTION_EN) if ev.event_type == "agreement"]
    assert agreement and agreement[0].start is None


def test_arabic_the_organizer_named_by_its_head_noun_alone_is_the_body_named_before():
    text = ("الكويت في 5 أكتوبر / كونا / وقعت وزارة الصحة اليوم مذكرة تفاهم مع جامعة الكويت لتدريب 150 ممرضا.\n"
            "وافتتح الوزير أعمال مؤتمر الخليج الثاني عشر للصحة العامة الذي تنظمه الوزارة بالتعاون مع منظمة الصحة "
            "العالمية في مركز جابر الأحمد الثقافي.")
    conference = [ev for ev in analyze(text, lang="ar").events if ev.event_type == "conference"]
    assert [ev.organizer for ev in conference] == ["وزارة الصحة"]


def test_a_title_after_the_day_the_event_is_held():
    [ar] = _events_ar("مسقط (العمانية) - تنظم وزارة العمل ورشة عمل يوم الأربعاء المقبل بعنوان \"مستقبل الوظائف\" بمشاركة خبراء.")
    [en] = analyze("The ministry will hold a workshop next Wednesday titled \"The Future of Jobs\" with experts.", lang="en").events
    assert (ar.title, en.title) == ("مستقبل الوظائف", "The Future of Jobs")


HEALTH_COURSE_AR = (
    "الكويت – 3 – 11 (كونا) -- اختتمت وزارة الصحة اليوم الثلاثاء الدورة التدريبية المتخصصة في إدارة الأزمات الصحية "
    "التي نظمتها إدارة التدريب والتطوير بالتعاون مع منظمة الصحة العالمية على مدى خمسة أيام في فندق جميرا مسيلة "
    "بمشاركة 45 طبيبا وممرضا.\n"
    "وقال مدير إدارة التدريب الدكتور فهد العنزي إن الدورة تأتي ضمن خطة الوزارة التي تتضمن 32 برنامجا تدريبيا.\n"
    "وأضاف العنزي أن الوزارة ستعقد في الفترة من 15 إلى 17 ديسمبر المقبل المؤتمر الخليجي الثالث لطب الطوارئ بمشاركة "
    "خبراء من دول الخليج."
)


def test_a_course_closed_today_counts_back_the_days_said_further_on_from_the_dateline():
    course = _events_ar(HEALTH_COURSE_AR)[0]
    assert (course.event_type, course.start, course.end, course.participants) == ("training_course", "XXXX-10-30", "XXXX-11-03", 45)


def test_a_conference_the_ministry_will_hold_is_an_event_of_its_own_with_its_whole_name():
    events = {e.event_type: e for e in _events_ar(HEALTH_COURSE_AR)}
    conference = events["conference"]
    assert (conference.name, conference.organizer, conference.start, conference.end) == (
        "المؤتمر الخليجي الثالث لطب الطوارئ", "وزارة الصحة", "XXXX-12-15", "XXXX-12-17")
    [meeting] = _events_ar("عقد الاجتماع التنسيقي لبحث الاستعدادات أمس.")
    assert meeting.name == "الاجتماع التنسيقي"


def test_a_world_news_agency_quoted_before_the_verb_is_no_organizer():
    text = "القاهرة (أ ف ب) - قال مسؤول لوكالة رويترز إن الوزارة ستعقد المؤتمر الاقتصادي الدولي لدعم الاستثمار في شرم الشيخ."
    [event] = _events_ar(text)
    assert (event.name, event.organizer) == ("المؤتمر الاقتصادي الدولي لدعم الاستثمار", None)


# ---------------------------------------------------------------- SPA's dateline line, Petra's abbreviated month

DIGITAL_FORUM_AR = (
    "الرياض 14 ربيع الآخر 1446 هـ الموافق 17 أكتوبر 2024 م واس\n"
    "دشّن صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، اليوم، فعاليات الملتقى الوطني الثالث "
    "للتحول الرقمي الذي تنظمه هيئة الحكومة الرقمية في مركز الرياض الدولي للمؤتمرات والمعارض.\n"
    "وأوضح محافظ الهيئة في كلمته خلال حفل الافتتاح أن نسبة نضج الخدمات الرقمية بلغت 86.71% خلال عام 2023.\n"
    "وأكد وزير الاتصالات أن الاستثمارات تجاوزت 25 مليار دولار منذ إطلاق رؤية المملكة 2030.\n"
    "ويتضمن برنامج الملتقى جلسات حوارية، فيما تختتم أعماله يوم السبت 19 أكتوبر الجاري."
)
DIGITAL_FORUM_EN = (
    "Riyadh, October 17, 2024, SPA -- Prince Faisal bin Bandar, Governor of Riyadh Region, today inaugurated the "
    "Third National Forum for Digital Transformation, organized by the Digital Government Authority.\n"
    "The governor of the authority said in his speech at the opening ceremony that the maturity rate reached 86.71% "
    "in 2023.\n"
    "The minister affirmed that investments have exceeded $25 billion since the launch of Saudi Vision 2030.\n"
    "The forum program includes panel discussions, and it will conclude on Saturday, October 19."
)


def test_a_forum_that_will_close_on_a_named_day_ends_then_and_starts_on_the_datelines_day():
    [forum] = _events_ar(DIGITAL_FORUM_AR)
    assert (forum.name, forum.organizer, forum.start, forum.end) == (
        "الملتقى الوطني الثالث للتحول الرقمي", "هيئة الحكومة الرقمية", "2024-10-17", "2024-10-19")
    [forum] = _events_en(DIGITAL_FORUM_EN)  # no opening ceremony of its own, no launch of the vision
    assert (forum.name, forum.start, forum.end) == ("Third National Forum for Digital Transformation", "2024-10-17", "2024-10-19")


def test_a_year_in_the_next_sentence_dates_no_event():
    [forum] = _events_en("The prince today opened the Third National Forum. The rate reached 86% in 2023.")
    assert forum.start is None


def test_a_dateline_with_an_abbreviated_month_dates_the_event():
    text = ("Amman, Nov. 5 (Petra) -- Minister of Education Dr. Azmi Mahafzah on Tuesday opened the Fourth International "
            "Educational Conference, organized by the University of Jordan. The two-day conference discusses 65 papers.")
    [conference] = _events_en(text)
    assert (conference.organizer, conference.start, conference.end) == ("University of Jordan", "XXXX-11-05", "XXXX-11-06")


def test_a_university_that_signs_with_another_is_the_organizer_not_its_partner():
    text = ("عمّان 5 تشرين الثاني (بترا) - افتتح وزير التربية والتعليم أعمال المؤتمر التربوي الدولي الرابع الذي تنظمه "
            "الجامعة الأردنية.\nوعلى هامش المؤتمر، وقعت الجامعة مذكرة تفاهم مع جامعة اليرموك لتبادل الخبرات.")
    agreement = next(e for e in _events_ar(text) if e.event_type == "agreement")
    assert agreement.organizer == "الجامعة الأردنية"


MANAMA_AR = (
    "المنامة في 3 ديسمبر / بنا / استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، "
    "بقصر القضيبية اليوم، الأمين العام للأمم المتحدة أنطونيو غوتيريش.\n"
    "وأكد سموه خلال اللقاء حرص مملكة البحرين على تعزيز التعاون مع منظمة الأمم المتحدة.\n"
    "ومن المقرر أن يشارك الأمين العام في أعمال حوار المنامة الذي ينظمه المعهد الدولي للدراسات الاستراتيجية خلال "
    "الفترة من 6 إلى 8 ديسمبر الجاري بمشاركة نحو 500 مسؤول وخبير."
)


def test_the_meeting_a_later_sentence_names_is_the_reception_told_before_it():
    meeting, dialogue = _events_ar(MANAMA_AR)
    assert (meeting.event_type, meeting.venue, meeting.location, meeting.start) == (
        "meeting", "قصر القضيبية", "المنامة", "XXXX-12-03")


@pytest.mark.parametrize("text, lang, name", [
    (MANAMA_AR, "ar", "حوار المنامة"),
    ("Manama, Dec. 3 (BNA) -- HRH the Crown Prince received the UN Secretary-General. The Secretary-General is to "
     "take part in the Manama Dialogue, organized by the International Institute for Strategic Studies from 6 to 8 "
     "December.", "en", "Manama Dialogue"),
])
def test_a_dialogue_named_after_its_city_is_a_forum(text, lang, name):
    forum = next(e for e in analyze(text, lang=lang).events if e.name == name)
    assert (forum.event_type, forum.start, forum.end) == ("forum", "XXXX-12-06", "XXXX-12-08")
    assert forum.organizer in ("المعهد الدولي للدراسات الاستراتيجية", "International Institute for Strategic Studies")


@pytest.mark.parametrize("text, lang, dates", [
    # tomorrow of a dateline without its year, and the days the conference goes on for told in a clause of their own
    ("القاهرة في 9 ديسمبر /أ ش أ/ تنطلق غدا الثلاثاء فعاليات المؤتمر الدولي السادس للطاقة المتجددة، الذي تنظمه وزارة "
     "الكهرباء والطاقة المتجددة بالتعاون مع الوكالة الدولية للطاقة المتجددة \"إيرينا\"، تحت رعاية رئيس مجلس الوزراء "
     "الدكتور مصطفى مدبولي، ويستمر ثلاثة أيام بالعاصمة الإدارية الجديدة.", "ar", ("XXXX-12-10", "XXXX-12-12")),
    # the days another thing lasts are not the event's: a camp, the competitions
    ("الرياض 20 يوليو 2015 (واس) - أقامت إدارة الكرة حفل معايدة للاعبين، وتغادر بعثة الفريق يوم الخميس إلى تركيا "
     "عبر معسكر تدريبي يستمر لمدة 16 يوما.", "ar", ("2015-07-20", None)),
])
def test_the_days_an_event_lasts_and_the_day_after_its_dateline(text, lang, dates):
    ev = analyze(text, lang=lang).events[0]
    assert (ev.start, ev.end) == dates


@pytest.mark.parametrize("text, name, start", [
    ("افتتح معالي الوزير اليوم المنتدى بحضور عدد من المسؤولين.", "المنتدى", "2025-02-03"),
    ("تنظم الوزارة المؤتمر بالتعاون مع الجامعة في 10 نوفمبر المقبل.", "المؤتمر", "2025-11-10"),
    ("ويهدف المؤتمر الذي تنظمه الوزارة إلى خفض الانبعاثات بحلول عام 2030.", "المؤتمر", None),
])
def test_arabic_today_before_a_forum_a_coming_month_and_no_target_year(text, name, start):
    event, = analyze(text, lang="ar", published=datetime.date(2025, 2, 3)).events
    assert (event.name, event.start) == (name, start)


@pytest.mark.parametrize("text, name, location", [
    ("وصل وزير الخارجية أمس في زيارته الرسمية للعراق التي تستغرق يومين.", "زيارته الرسمية", "العراق"),
    ("واستقبل رئيس الوزراء الوزير خلال زيارته الكويت.", "زيارته", "الكويت"),
])
def test_arabic_a_visit_with_its_pronoun_and_the_place_visited_apart(text, name, location):
    event, = _events_ar(text)
    assert (event.event_type, event.name) == ("visit", name)
    assert location in (event.location or "")


@pytest.mark.parametrize("text, lang, location", [
    ("Kuwait, Feb 10 (KUNA) -- Foreign Minister Abdullah Al-Yahya arrived in the Omani capital Muscat on Monday on an "
     "official visit.", "en", "Muscat"),
    ("الكويت - 10 - 2 (كونا) -- وصل وزير الخارجية عبدالله اليحيا إلى العاصمة العمانية مسقط اليوم في زيارة رسمية "
     "تستغرق يومين.", "ar", "مسقط"),
])
def test_a_visit_is_where_the_visitor_went_not_the_dateline_s_city(text, lang, location):
    event, = analyze(text, lang=lang).events
    assert (event.event_type, event.location) == ("visit", location)


def test_arabic_an_honouring_ceremony_is_one_award_and_a_prize_won_is_none():
    events = _events_ar("أقيم مساء اليوم في فندق شيراتون الدوحة حفل تكريم الفائزين بجائزة التميز الحكومي في دورتها "
                        "الرابعة. وفازت وزارة البلدية بجائزة أفضل جهة حكومية، فيما حصلت هيئة الأشغال العامة على جائزة "
                        "التميز في خدمة المتعاملين.")
    assert [(e.event_type, e.name, e.venue) for e in events] == [("award", "حفل تكريم الفائزين", "فندق شيراتون الدوحة")]


# ---------------------------------------------------------------- Maghreb, Levant, Iraq, Sudan and Yemen releases


@pytest.mark.parametrize("text, organizer", [
    ("افتتح وزير الثقافة عماد حمدان اليوم مهرجان التراث الفلسطيني، الذي تنظمه الوزارة بالشراكة مع بلدية بيت لحم "
     "ومركز السلام.", "وزارة الثقافة"),  # WAFA
    ("افتتح وزير الزراعة الدكتور نزار هاني اليوم المؤتمر الوطني الأول حول الأمن الغذائي، الذي نظمته الوزارة "
     "بالتعاون مع منظمة الأغذية والزراعة.", "وزارة الزراعة"),  # NNA
])
def test_arabic_the_ministry_that_organizes_it_is_the_minister_s(text, organizer):
    event, = _events_ar(text)
    assert event.organizer == organizer


@pytest.mark.parametrize("text, title", [
    ("افتتح وزير الثقافة اليوم مهرجان التراث الفلسطيني، تحت عنوان \"تراثنا هويتنا\".", "تراثنا هويتنا"),
    ("انطلقت اليوم بالرباط أشغال الملتقى الوطني للتعاونيات، تحت شعار \"الاقتصاد التضامني رافعة للتنمية\".",
     "الاقتصاد التضامني رافعة للتنمية"),
])
def test_arabic_a_title_or_slogan_after_a_comma_names_the_event(text, title):
    event, = _events_ar(text)
    assert event.title == title


@pytest.mark.parametrize("text, name, organizer", [
    ("اختتمت في العاصمة المؤقتة عدن، الدورة التدريبية الخاصة بإعداد الموازنات العامة وفق البرامج والأداء، التي "
     "نظمتها وزارة المالية.", "الدورة التدريبية الخاصة بإعداد الموازنات العامة", "وزارة المالية"),  # Saba
    ("يستعد الاتحاد لاستضافة بطولة غرب آسيا لألعاب القوى للشباب في مسقط.", "بطولة غرب آسيا لألعاب القوى للشباب", None),
    ("وستتوج أشغال المناظرة بالتوقيع على اتفاقية شراكة بين الوزارة والبنك الشعبي.", "اتفاقية شراكة", None),  # MAP
    ("انطلقت اليوم أشغال الملتقى الوطني المنعقد بقاعة المؤتمرات بفندق سوفيتيل بالرباط.", "الملتقى الوطني", None),
])
def test_arabic_event_names_through_what_they_are_about_and_where_they_are_named_after(text, name, organizer):
    events = _events_ar(text)
    event = next(e for e in events if e.name.split()[0] == name.split()[0])
    assert (event.name, event.organizer) == (name, organizer)


def test_arabic_the_year_an_award_is_for_is_not_the_day_of_its_ceremony():
    text = "نظمت الوزارة مساء الخميس 13 فبراير 2025م، حفل تكريم الاتحادات الرياضية المتميزة لعام 2024."
    event, = _events_ar(text)
    assert event.start == "2025-02-13"


def test_arabic_this_programme_is_no_mention_of_a_session():
    text = ("وقالت الوزيرة خلال الجلسة الافتتاحية إن الوزارة أطلقت برنامج \"مرافقة\" خلال الفترة 2025-2027، مشيرة إلى "
            "أن هذا البرنامج سيستفيد منه 3500 تعاونية.")
    event, = _events_ar(text)
    assert (event.name, event.attrs["mentions"]) == ("الجلسة الافتتاحية", [[19, 36]])


@pytest.mark.parametrize("text, mentions", [
    ("بحث وزير الاقتصاد محمد الحويج خلال زيارته إلى روما التي بدأها أمس الاثنين سبل التعاون. ويختتم الوزير زيارته "
     "غدا الأربعاء.", 2),  # LANA
    ("نظمت الوزارة أمس حفل تكريم الاتحادات الرياضية. وفي ختام الحفل، قام راعي المناسبة بتكريم 20 رياضيا.", 3),
])
def test_arabic_a_later_mention_of_a_visit_or_a_ceremony_is_the_same_event(text, mentions):
    event, = _events_ar(text)
    assert len(event.attrs["mentions"]) == mentions


def test_arabic_a_visit_closed_on_a_later_day_ends_then():
    text = ("بحث وزير الاقتصاد محمد الحويج خلال زيارته إلى روما التي بدأها أمس الاثنين سبل التعاون. ويختتم الوزير "
            "زيارته غدا الأربعاء.")
    event, = analyze(text, lang="ar", published=datetime.date(2025, 5, 20)).events
    assert (event.start, event.end) == ("2025-05-19", "2025-05-21")


def test_arabic_a_hall_and_a_hotel_named_in_quotes_are_the_venue():
    event, = _events_ar("افتتح وزير الزراعة اليوم مؤتمرا وطنيا حول الأمن الغذائي، في قاعة \"بيروت\" بفندق \"موفنبيك\".")
    assert event.venue == "قاعة \"بيروت\" بفندق \"موفنبيك\""


@pytest.mark.parametrize("text, event_type, name", [
    ("انطلقت، اليوم الثلاثاء بالرباط، أشغال المناظرة الوطنية الثانية حول الاقتصاد الاجتماعي والتضامني.",
     "conference", "المناظرة الوطنية الثانية"),  # MAP
    ("أطلقت وزارة الصحة الاتحادية اليوم الحملة القومية للتطعيم ضد الكوليرا.", "launch", "الحملة القومية للتطعيم"),
    ("أعلنت وزارة الصحة عن نجاح الحملة القومية للتطعيم ضد الكوليرا التي نفذت خلال الفترة من 1 إلى 10 مارس.",
     "other", "الحملة القومية للتطعيم"),  # SUNA
    ("أعلن الوزير النتائج خلال ندوة صحفية عقدها اليوم بمقر الوزارة.", "other", "ندوة صحفية"),  # TAP
    ("وقال الوزير في مؤتمر صحفي بمقر الوزارة اليوم إن الحملة نجحت.", "other", "مؤتمر صحفي"),
])
def test_arabic_a_national_conference_a_campaign_and_a_press_conference(text, event_type, name):
    event, = _events_ar(text)
    assert (event.event_type, event.name) == (event_type, name)


@pytest.mark.parametrize("text", [
    "وشدد الوزير على أهمية الحملة في حماية الأطفال.",
    "وتحدث عن حملة الاعتقالات الأخيرة.",
])
def test_arabic_a_campaign_no_one_launches_or_carries_out_is_no_event(text):
    assert _events_ar(text) == []


@pytest.mark.parametrize("text, location, venue", [
    ("The ministry opened the International Conference on Water Security in Iraq at the Babylon Hotel in Baghdad.",
     "Baghdad", "Babylon Hotel"),  # INA
    ("The ministry organised a workshop at the Ministry's Creative Hub in Abu Dhabi.", "Abu Dhabi", "Ministry's Creative Hub"),
    ("The ministry held a training course from 3 to 7 March at the ministry's training centre in Port Sudan.",
     "Port Sudan", "ministry's training centre"),  # SUNA
    ("The two sides signed a memorandum of understanding at the headquarters of the Council of Ministers in Ramallah.",
     "Ramallah", "headquarters of the Council of Ministers"),  # WAFA
])
def test_english_the_venue_and_the_place_after_it(text, location, venue):
    event, = analyze(text, lang="en").events
    assert (event.location, event.venue) == (location, venue)


def test_english_where_delegations_come_from_is_not_where_the_event_is():
    text = ("The Minister of Culture opened on Thursday the Heritage Festival in the old city. The festival hosts "
            "delegations of Hadrami communities from Jakarta, Kuala Lumpur and Singapore.")  # Saba
    event, = analyze(text, lang="en").events
    assert event.location is None


@pytest.mark.parametrize("text, location", [
    ("The 15th edition of the International Agriculture Show in Morocco (SIAM) will be held in Meknes from April 22 "
     "to 28.", "Meknes"),  # MAP
    ("Manama (BNA) - The 33rd Arab League summit in Bahrain will take place in Manama on May 16.", "Manama"),
    ("The conference in Geneva reviewed the water projects held in Jordan last year.", "Geneva"),
])
def test_english_where_an_event_is_held_beats_a_place_in_its_name(text, location):
    event, = analyze(text, lang="en").events
    assert event.location == location


@pytest.mark.parametrize("text", [
    "The minister called on parents to visit the nearest health centre before the end of the campaign.",  # MAP
    "Citizens are invited to visit the ministry's website for details.",
    "The pass rate in the main session of the 2024 baccalaureate exam reached 37.96 percent.",  # TAP
    "A total of 1,382 candidates will sit the make-up session.",
])
def test_english_an_appeal_to_visit_and_an_exam_session_are_no_events(text):
    assert analyze(text, lang="en").events == []


@pytest.mark.parametrize("text, event_type, name", [
    ("The ministry announced the winners during a ceremony held at the Ministry's headquarters in Dubai.", "award",
     "ceremony"),  # a UAE ministry
    ("The association will organise a coaching course for 30 national coaches from 9 to 13 February.",
     "training_course", "coaching course"),  # ONA
    ("The minister will hold a series of meetings with the heads of the health agencies.", "meeting", "meetings"),  # NNA
])
def test_english_an_award_ceremony_a_coaching_course_and_a_series_of_meetings(text, event_type, name):
    event, = analyze(text, lang="en").events
    assert (event.event_type, event.name) == (event_type, name)


def test_english_participants_belong_to_the_event_they_are_told_of():
    text = ("The festival includes an exhibition of traditional crafts with the participation of 60 craftsmen and a "
            "symposium on the history of the region.")  # Saba
    events = analyze(text, lang="en").events
    assert [(e.event_type, e.participants) for e in events] == [("other", None), ("exhibition", 60), ("lecture", None)]


def test_english_the_days_an_event_continues_after_a_clause_set_between():
    text = ("Baghdad, Feb 15 (INA) - The Fourth International Scientific Conference opened today in Baghdad. The "
            "conference, organized by the University of Baghdad in cooperation with UNESCO, will continue for three days.")
    event, = analyze(text, lang="en").events
    assert (event.start, event.end) == ("XXXX-02-15", "XXXX-02-17")


def test_english_agreement_parties_with_their_acronyms():
    text = ("The Ministry of Health (MOH) and the Ministry of Education (MOE) signed on Monday a memorandum of "
            "understanding on school health.")
    event, = analyze(text, lang="en").events
    assert event.attrs["parties"] == ["Ministry of Health", "Ministry of Education"]


def test_arabic_a_press_conference_after_a_conference_is_an_other_event_of_its_own():
    events = _events_ar("افتتح الوزير اليوم مؤتمر الاستثمار الخليجي. وقال الوزير في المؤتمر الصحفي إن المؤتمر ناجح.")
    assert [(e.event_type, e.name) for e in events] == [("conference", "مؤتمر الاستثمار الخليجي"), ("other", "المؤتمر الصحفي")]


@pytest.mark.parametrize("text, participants", [
    ("The ministry launched on Wednesday a training course on digital skills for 120 university lecturers in Baghdad.", 120),
    ("The Minister of Labor opened a vocational training course for 35 young women in Nablus.", 35),
    ("The ministry organised a workshop for three days for experts from 30 countries.", None),
])
def test_english_whom_a_course_is_held_for_are_its_participants(text, participants):
    assert [e.participants for e in analyze(text, lang="en", published=datetime.date(2024, 10, 9)).events] == [participants]


@pytest.mark.parametrize("lang, text, start, end", [
    ("ar", "أعلنت وزارة التخطيط اليوم الأحد عن تنظيم دورة تدريبية في إعداد الموازنات للمدة من 10 إلى 14 آذار الجاري.",
     "2024-03-10", "2024-03-14"),
    ("en", "The ministry announced on Sunday a training course on budgeting, running from March 17 to March 21.",
     "2024-03-17", "2024-03-21"),
])
def test_the_days_of_an_event_after_its_mention_beat_the_day_it_was_announced(lang, text, start, end):
    events = analyze(text, lang=lang, published=datetime.date(2024, 3, 10)).events
    assert [(e.start, e.end) for e in events] == [(start, end)]


def test_a_show_named_so_is_an_exhibition_and_a_tv_show_is_none():
    text = "The 15th edition of the International Agriculture Show in Morocco will be held in Meknes from April 22 to 28."
    events = analyze(text, lang="en", published=datetime.date(2024, 4, 10)).events
    assert [(e.event_type, e.start, e.end) for e in events] == [("exhibition", "2024-04-22", "2024-04-28")]
    assert not analyze("The minister appeared on a television show on Monday.", lang="en").events


def test_the_days_a_workshop_takes():
    text = "تنظم الوزارة اليوم ورشة عمل تستغرق يومين حول التحول الرقمي في الخدمات الحكومية."
    events = analyze(text, lang="ar", published=datetime.date(2024, 5, 5)).events
    assert [(e.start, e.end) for e in events] == [("2024-05-05", "2024-05-06")]


def test_agreement_sides_are_bodies_not_the_city_it_is_signed_in():
    text = ("CAIRO, Oct 22 (MENA) - Prime Minister Mostafa Madbouly witnessed on Tuesday the signing of a memorandum of"
            " understanding between the Egyptian Electricity Holding Company and Scatec ASA.")
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 22)).events
    assert [e.attrs.get("parties") for e in events] == [["Egyptian Electricity Holding Company", "Scatec ASA"]]
    text = "Rabat - The Minister of Industry, Ryad Mezzour, signed in Rabat a memorandum of understanding with the German Chamber of Commerce."
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 22)).events
    assert [e.attrs.get("parties") for e in events] == [["Ministry of Industry", "German Chamber of Commerce"]]


def test_an_english_event_opened_in_a_story_of_its_own_is_no_session_of_the_first():
    text = ("RAMALLAH, Feb. 11 (WAFA) - Prime Minister Mohammad Shtayyeh opened an international conference on investment"
            " on Tuesday.\nIn Nablus, Minister of Labor Nasri Abu Jaish opened a vocational training course for 35 young women.")
    events = analyze(text, lang="en", published=datetime.date(2024, 2, 11)).events
    assert [(e.event_type, e.location, e.participants) for e in events] == [
        ("conference", "RAMALLAH", None), ("training_course", "Nablus", 35)]


def test_an_iraqi_hall_after_ala_is_the_venue():
    text = "نظمت الوزارة اليوم دورة تدريبية على قاعة المركز الوطني للتطوير الإداري في بغداد بمشاركة 45 موظفا."
    events = analyze(text, lang="ar", published=datetime.date(2024, 2, 11)).events
    assert [(e.venue, e.participants) for e in events] == [("قاعة المركز الوطني للتطوير الإداري", 45)]


@pytest.mark.parametrize("text, expected", [
    # the bare `الدورة` held for trainees or staff is a training course, with no course told of before
    ("بغداد - واع\nتقام الدورة على قاعة المركز الوطني للتطوير الإداري في بغداد بمشاركة 45 موظفا من دوائر الوزارة.",
     [("training_course", "قاعة المركز الوطني للتطوير الإداري", "بغداد", 45)]),
    ("وانطلقت الدورة يوم الأحد في قاعة المعهد العالي للتطوير الأمني والإداري بمشاركة 30 متدربا من منتسبي الوزارة.",
     [("training_course", "قاعة المعهد العالي للتطوير الأمني والإداري", None, 30)]),
    # a tournament is no course
    ("وتقام الدورة بمشاركة 16 فريقا على ملعب الشعب الدولي في بغداد.", []),
])
def test_an_arabic_course_held_for_trainees_with_its_bare_noun(text, expected):
    events = analyze(text, lang="ar", published=datetime.date(2024, 2, 11)).events
    assert [(e.event_type, e.venue, e.location, e.participants) for e in events] == expected


def test_an_iraqi_hall_named_after_a_martyr_is_the_whole_venue_and_the_martyr_no_speaker():
    text = ("أقامت دائرة العلاقات الثقافية ندوة على قاعة الشهيد محمد باقر الصدر في مقر الوزارة حاضر فيها الدكتور "
            "أحمد الربيعي.")
    [event] = analyze(text, lang="ar", published=datetime.date(2024, 2, 11)).events
    assert event.venue == "قاعة الشهيد محمد باقر الصدر في مقر الوزارة"
    assert "محمد باقر الصدر" not in event.attrs.get("speakers", [])


def test_an_english_event_organized_by_the_ministry_of_the_minister_named_before():
    text = "Minister of Labor Nasri Abu Jaish opened a training course organized by the ministry in cooperation with the ILO."
    events = analyze(text, lang="en", published=datetime.date(2024, 2, 11)).events
    assert [e.organizer for e in events] == ["Ministry of Labor"]


# ---------------------------------------------------------------- Gulf agency and ministry releases


@pytest.mark.parametrize("text, organizer", [
    # the body that organizes it, not the body in the role of the ruler who opens it (WAM)
    ("الشارقة في 6 نوفمبر / وام / افتتح صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي عضو المجلس الأعلى حاكم "
     "الشارقة صباح اليوم فعاليات معرض الشارقة الدولي للكتاب، الذي تنظمه هيئة الشارقة للكتاب في مركز إكسبو الشارقة.",
     "هيئة الشارقة للكتاب"),
    # the clause after what the ceremony is for (SPA)
    ("رعى معالي وزير الصحة اليوم حفل تكريم الفائزين بجائزة الجودة الصحية في دورتها الثالثة، الذي نظمه المجلس "
     "الصحي السعودي في فندق الفيصلية بالرياض.", "المجلس الصحي السعودي"),
    # with no comma before the clause (KUNA)
    ("افتتح نائب رئيس مجلس الوزراء وزير الدولة لشؤون مجلس الوزراء اليوم معرض الكويت الدولي للكتاب الذي ينظمه "
     "المجلس الوطني للثقافة والفنون والآداب في أرض المعارض بمشرف.", "المجلس الوطني للثقافة والفنون والآداب"),
])
def test_a_gulf_event_is_organized_by_the_body_named_after_it_not_the_opener_s(text, organizer):
    event, = _events_ar(text)
    assert event.organizer == organizer


@pytest.mark.parametrize("text, expected", [
    # launched by a prince whose titles and office stand between the verb and the initiative (SPA)
    ("الرياض 3 ربيع الأول 1446 هـ الموافق 6 سبتمبر 2024 م واس\nدشن صاحب السمو الملكي الأمير فيصل بن بندر بن سلطان "
     "نائب أمير منطقة الرياض، بمقر الإمارة أمس، مبادرة \"بيتك آمن\" التي أطلقتها المديرية العامة للدفاع المدني.",
     [("launch", "مبادرة", "بيتك آمن", "المديرية العامة للدفاع المدني")]),
    # the initiative names the launch (WAM)
    ("أبوظبي في 12 مارس / وام / أعلنت دائرة تنمية المجتمع إطلاق مبادرة وطنية لدعم الأسر المواطنة.",
     [("launch", "مبادرة وطنية", None, None)]),
    ("أبوظبي في 12 مارس / وام / أعلنت دائرة تنمية المجتمع إطلاق حملة وطنية لدعم الأسر المواطنة.",
     [("launch", "حملة وطنية", None, None)]),
    # an initiative under way, told of after what the release launches, is none
    ("أطلقت وزارة الصحة اليوم الحملة الوطنية للتطعيم ضمن مبادرة صحتك أولا.",
     [("launch", "الحملة الوطنية للتطعيم", None, "وزارة الصحة")]),
    ("وتأتي الورشة في إطار مبادرة الحكومة للتحول الرقمي.", [("workshop", "الورشة", None, None)]),
    ("وأشاد المحافظ بانطلاق المتطوعين بهذه المبادرة الإنسانية في أحياء المحافظة.", []),
    ("وأكد أن انطلاق البرنامج جاء بعد نجاح التجربة ودعم المبادرة في مدارس المنطقة.", []),
])
def test_an_arabic_initiative_the_release_launches_is_a_launch(text, expected):
    events = _events_ar(text)
    assert [(e.event_type, e.name, e.title, e.organizer) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a launch to come, with the day the release gives between the verb and what it launches (SPA, WAM, KUNA)
    ("الرياض في 5 مايو / واس / سيدشن صاحب السمو الملكي أمير منطقة الرياض يوم الأحد 12 مايو 2024 مبادرة \"الرياض "
     "الخضراء\" التي تنفذها أمانة المنطقة.", [("launch", "مبادرة", "الرياض الخضراء", "2024-05-12")]),
    ("أبوظبي في 3 مايو / وام / ستدشن وزارة الصحة ووقاية المجتمع يوم الاثنين المقبل حملة وطنية للتطعيم ضد الإنفلونزا "
     "الموسمية.", [("launch", "حملة وطنية", None, "2024-05-06")]),
    ("جدة في 3 مايو / واس / سيدشن معالي وزير الصحة الدكتور فهد الجلاجل يوم الأحد المقبل حملة التطعيم الوطنية ضد "
     "الحصبة.", [("launch", "حملة التطعيم الوطنية", None, "2024-05-05")]),
    ("الكويت - 3 - 5 (كونا) -- سيطلق مركز العمل التطوعي يوم الأحد 12 مايو 2024 حملة وطنية للتوعية بأهمية التطوع.",
     [("launch", "حملة وطنية للتوعية", None, "2024-05-12")]),
    ("وقال الوزير: سنطلق الشهر المقبل حملة وطنية للتبرع بالدم في جميع المحافظات.", [("launch", "حملة وطنية", None, "2024-06")]),
])
def test_an_arabic_launch_to_come_is_a_launch_on_the_day_given(text, expected):
    events = analyze(text, lang="ar", published=datetime.date(2024, 5, 3)).events
    assert [(e.event_type, e.name, e.title, e.start) for e in events] == expected


@pytest.mark.parametrize("text, venue", [
    # the object of the verb after the venue is no part of it (WAFA, SPA)
    ("رام الله 5-5-2024 وفا- تلقى الرئيس محمود عباس، اليوم الأحد، خلال لقاء بمقر الرئاسة التهاني من وفد الفصائل "
     "بمناسبة عيد الفطر.", "مقر الرئاسة"),
    ("استقبل رئيس مجلس الوزراء في اجتماع بمقر الرئاسة الوفد الأمريكي برئاسة وزير الخارجية.", "مقر الرئاسة"),
    ("تسلم وزير الخارجية خلال لقاء بقاعة الاستقبال الرئيسية الرسالة الخطية من أمير دولة قطر.", "قاعة الاستقبال الرئيسية"),
    # the adjectives of a venue are (KUNA, SPA)
    ("عقدت اللجنة اجتماعا في قاعة المؤتمرات الكبرى بمقر الأمانة العامة لمجلس التعاون.",
     "قاعة المؤتمرات الكبرى بمقر الأمانة العامة"),
    ("أقيم الحفل على مسرح الصالة الرياضية الخضراء بمشاركة الفرق الشعبية.", "مسرح الصالة الرياضية الخضراء"),
    ("أقيمت الندوة في قاعة مركز التأهيل الشامل بمشاركة 40 متدربا.", "قاعة مركز التأهيل الشامل"),
])
def test_an_arabic_venue_ends_before_the_object_of_the_verb(text, venue):
    assert [e.venue for e in _events_ar(text)] == [venue]


@pytest.mark.parametrize("text, venue", [
    # the main seat, its adjective after its owner or before it (SPA, BNA, KUNA)
    ("الرياض 15 أكتوبر 2024 (واس) - عقدت الشركة السعودية للكهرباء اليوم اجتماع الجمعية العامة في مقر الشركة الرئيس "
     "بالرياض، بحضور أعضاء مجلس الإدارة.", "مقر الشركة الرئيس"),
    ("عقد مجلس إدارة البنك اجتماعه الدوري بمقر البنك الرئيس، برئاسة رئيس مجلس الإدارة.", "مقر البنك الرئيس"),
    ("نظم بنك البحرين الوطني ورشة عمل حول الأمن السيبراني في المقر الرئيسي للبنك بالمنامة.", "المقر الرئيسي للبنك"),
    ("ووقع الطرفان الاتفاقية في المقر الرئيس للهيئة بالرياض بحضور عدد من المسؤولين.", "المقر الرئيس للهيئة"),
    # whom someone receives at a seat is no part of it (WAFA)
    ("استقبل الرئيس محمود عباس، اليوم الاثنين، بمقر الرئاسة الرئيس اللبناني. وجرى خلال اللقاء بحث العلاقات الثنائية.",
     "مقر الرئاسة"),
    ("استقبل وزير الخارجية بمقر الوزارة الرئيس اليوم. وجرى خلال اللقاء بحث التعاون بين البلدين.", "مقر الوزارة"),
    # a seat with its branches is where staff work, no venue (Al Jazirah)
    ("وهنأ خلال الحفل كافة منسوبي المكتبة بمقرها الرئيسي وفروعها بمدينة الرياض، والذي أقيم بقاعة الاحتفالات بمقر المكتبة.",
     "قاعة الاحتفالات بمقر المكتبة"),
])
def test_an_arabic_main_seat_is_the_whole_venue(text, venue):
    assert [e.venue for e in _events_ar(text)] == [venue]


def test_english_a_meeting_after_a_training_course_is_an_event_of_its_own():
    text = ("MANAMA, May 5 (BNA) -- The Institute of Public Administration (BIPA) concluded today a five-day training "
            "course on strategic planning, attended by 35 employees.\n\nThe meeting of the institute's board of trustees "
            "was held at the institute's headquarters in Isa Town, chaired by the Minister of Cabinet Affairs.")
    events = analyze(text, lang="en", published=datetime.date(2024, 5, 5)).events
    assert [(e.event_type, e.venue, len(e.attrs["mentions"])) for e in events] == [
        ("training_course", None, 1), ("meeting", "institute's headquarters", 1)]
    text = ("ABU DHABI, 12th March, 2024 (WAM) -- The Ministry of Human Resources and Emiratisation (MoHRE) has launched "
            "a three-day training programme for 150 employees.\n\nThe programme covers labour law and occupational safety."
            "\n\nThe minister met on Tuesday with a delegation from the International Labour Organization (ILO).\n\n"
            "The meeting was attended by several officials from both sides.\n\nThe programme ends on Thursday.")
    events = analyze(text, lang="en").events
    assert [(e.event_type, len(e.attrs["mentions"]), e.start) for e in events] == [
        ("training_course", 3, "2024-03-12"), ("meeting", 1, "2024-03-12")]


@pytest.mark.parametrize("text, lang, name, title", [
    # what a course or a workshop is about, unquoted, is its title (SPA, BNA, Petra)
    ("نظمت هيئة السوق المالية ورشة عمل تدريبية حول إدارة المخاطر في المؤسسات المالية بمشاركة 40 موظفا.", "ar",
     "ورشة عمل تدريبية", "إدارة المخاطر"),
    ("عقد معهد الإدارة العامة دورة تدريبية متخصصة في إعداد الموازنات العامة لموظفي الجهات الحكومية.", "ar",
     "دورة تدريبية متخصصة", "إعداد الموازنات العامة"),
    ("نظمت الأمانة العامة ورشة تدريبية حول استخدام وسائل الإعلام الاجتماعي لموظفي الاتصال الحكومي.", "ar",
     "ورشة تدريبية", "استخدام وسائل الإعلام الاجتماعي"),
    ("أقامت الجمعية محاضرة توعوية عن أضرار التدخين لطلاب المدارس.", "ar", "محاضرة توعوية", "أضرار التدخين"),
    ("نظمت الجامعة دورة تدريبية عن بعد لأعضاء هيئة التدريس.", "ar", "دورة تدريبية", None),
    ("أطلقت الوزارة حملة توعوية لحماية العملاء من الاحتيال المالي.", "ar", "حملة توعوية", None),
    ("The Capital Market Authority organized a two-day workshop on risk management for financial institutions in "
     "Riyadh.", "en", "workshop", "risk management"),
    ("KUWAIT, March 5 (KUNA) -- The Kuwait Institute for Scientific Research will organize a two-day workshop on water "
     "desalination technologies on March 12 and 13.", "en", "workshop", "water desalination technologies"),
    ("The ministry held a workshop on Monday in Muscat for 30 engineers.", "en", "workshop", None),
])
def test_what_an_event_is_about_unquoted_is_its_title(text, lang, name, title):
    [event] = analyze(text, lang=lang, published=datetime.date(2024, 5, 5)).events
    assert (event.name, event.title) == (name, title)


@pytest.mark.parametrize("text, lang, organizer, parties", [
    # two officials sign: each stands for the body of their office (SPA, WAM, Petra, KUNA)
    ("الرياض في 5 مايو / واس / وقع معالي وزير الصحة الأستاذ فهد الجلاجل وسعادة سفير جمهورية كوريا لدى المملكة مذكرة "
     "تفاهم للتعاون في مجال الصحة الرقمية.", "ar", "وزارة الصحة", ["وزارة الصحة", "جمهورية كوريا"]),
    ("أبوظبي في 5 مايو / وام / وقع معالي عبدالله بن طوق المري وزير الاقتصاد ومعالي بيوش غويال وزير التجارة والصناعة "
     "الهندي اتفاقية للتعاون الاقتصادي.", "ar", "وزارة الاقتصاد", ["وزارة الاقتصاد", "وزارة التجارة والصناعة الهندية"]),
    ("وقع الاتفاقية عن الجانب الإماراتي معالي عبدالله بن طوق المري وزير الاقتصاد، وعن الجانب الهندي معالي بيوش غويال "
     "وزير التجارة والصناعة، بحضور سمو ولي العهد رئيس مجلس الوزراء.", "ar", "وزارة الاقتصاد",
     ["وزارة الاقتصاد", "وزارة التجارة والصناعة"]),
    ("Amman, Feb. 20 (Petra) -- Minister of Planning and International Cooperation Zeina Toukan and the European Union "
     "Ambassador to Jordan Pierre-Christophe Chatzisavas on Tuesday signed three financing agreements worth 92 million "
     "euros.", "en", "Ministry of Planning and International Cooperation",
     ["Ministry of Planning and International Cooperation", "European Union"]),
    ("KUWAIT, May 5 (KUNA) -- Kuwait's Minister of Health Dr. Ahmad Al-Awadhi and WHO Regional Director Dr. Hanan "
     "Balkhy signed an agreement on Sunday to support primary healthcare.", "en", "Ministry of Health",
     ["Ministry of Health", "WHO"]),
])
def test_the_sides_of_an_agreement_two_officials_sign_are_their_bodies(text, lang, organizer, parties):
    [event] = analyze(text, lang=lang, published=datetime.date(2024, 5, 5)).events
    assert (event.event_type, event.organizer, event.attrs.get("parties")) == ("agreement", organizer, parties)


@pytest.mark.parametrize("text, expected", [
    # agreements signed in the plural are one signing (Petra, SPA)
    ("عمان 20 شباط (بترا)- وقعت وزارة التخطيط والتعاون الدولي والاتحاد الأوروبي اليوم الثلاثاء ثلاث اتفاقيات تمويل "
     "بقيمة 92 مليون يورو.", [("agreement", "اتفاقيات تمويل", ["وزارة التخطيط والتعاون الدولي", "الاتحاد الأوروبي"])]),
    ("وقعت الهيئة الملكية بالجبيل اليوم 7 اتفاقيات لتأجير أراض لمشاريع صناعية.", [("agreement", "اتفاقيات", ["الهيئة الملكية بالجبيل"])]),
    # agreements told of are none
    ("وأكد الوزير أهمية توقيع اتفاقيات جديدة مع الدول المصدرة للعمالة.", []),
    ("وتأتي الزيارة ضمن اتفاقيات التعاون الموقعة بين البلدين.", [("visit", "الزيارة", None)]),
])
def test_arabic_agreements_signed_in_the_plural_are_one_signing(text, expected):
    events = analyze(text, lang="ar", published=datetime.date(2024, 2, 20)).events
    assert [(e.event_type, e.name, e.attrs.get("parties")) for e in events] == expected


def test_english_a_named_award_in_a_release_about_a_course_and_a_programme_launched_are_events():
    text = ("ABU DHABI, 12th March, 2024 (WAM) -- The Ministry of Human Resources and Emiratisation has launched a "
            "three-day training programme for 150 employees.\n\nThe ministry also announced that the fourth edition of the "
            "Emiratisation Awards will be held on 20 May 2024 at the Dubai World Trade Centre.\n\nFor his part, the EU "
            "Ambassador said the EU will also launch a training programme for 500 young engineers in April.")
    events = analyze(text, lang="en").events
    assert [(e.event_type, e.name, e.start) for e in events] == [
        ("training_course", "training programme", "2024-03-12"), ("award", "Emiratisation Awards", "2024-05-20"),
        ("training_course", "training programme", "2024-04")]


@pytest.mark.parametrize("text, expected", [
    # a nisba adjective written with `ه` for `ة` (SPA, Petra, WAFA)
    ("جدة 15 أكتوبر 2024 (واس) - قام وزير الصحة اليوم بزيارة ميدانيه إلى مستشفى الملك فهد بجدة، اطلع خلالها على "
     "سير العمل.", [("visit", "زيارة ميدانيه", None)]),
    ("عقدت غرفة تجارة وصناعة عمان ورشه عمل تعريفيه حول نظام الفوترة الإلكترونية بمشاركة 60 من أصحاب الأعمال.",
     [("workshop", "ورشه عمل تعريفيه", "نظام الفوترة الإلكترونية")]),
    ("أقامت جامعة بيرزيت ندوه علميه بعنوان \"الأمن الغذائي في فلسطين\" بمشاركة عدد من الباحثين.",
     [("lecture", "ندوه علميه", "الأمن الغذائي في فلسطين")]),
    # a word with a clitic preposition and its pronoun is none (KUNA)
    ("وعقد المدرب محاضرة مصغرة بلاعبيه قبل المران الأخير استعدادا لمباراة الغد.", [("lecture", "محاضرة مصغرة", None)]),
])
def test_an_arabic_adjective_written_with_ha_for_taa_marbuta_is_in_the_name(text, expected):
    assert [(e.event_type, e.name, e.title) for e in _events_ar(text)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an event called for or proposed is none held (WAFA, MENA, KUNA, ONA)
    ("رام الله 15-10-2024 وفا- دعا الرئيس محمود عباس، اليوم الثلاثاء، إلى عقد مؤتمر دولي للسلام تحت رعاية الأمم "
     "المتحدة.", "ar", []),
    ("وطالب وزراء الخارجية العرب بعقد قمة عربية طارئة لبحث الأوضاع في قطاع غزة.", "ar", []),
    ("وجدد الرئيس دعوته إلى مؤتمر دولي للسلام يفضي إلى إقامة الدولة الفلسطينية.", "ar", []),
    ("واقترح الوزير تنظيم ملتقى سنوي للمستثمرين في مسقط.", "ar", []),
    ("The President renewed his call for convening an international peace conference under the auspices of the UN.",
     "en", []),
    ("CAIRO, Oct 15 (MENA) -- Foreign Minister Badr Abdelatty called for an international peace conference to end "
     "the war.", "en", []),
    # an event to come, or one the participants of which call for something, is one (KUNA, WAM)
    ("وسيعقد المركز مؤتمرا دوليا حول الطاقة المتجددة في الرياض الشهر المقبل.", "ar", [("conference", "مؤتمرا دوليا")]),
    ("ودعت الوزارة الجمهور إلى المهرجان الذي يقام في حديقة الشعب.", "ar", [("other", "المهرجان")]),
    ("The ministry will hold a conference on renewable energy next month.", "en", [("conference", "conference")]),
    ("Participants in the forum called for a stronger partnership between the public and private sectors.", "en",
     [("forum", "forum")]),
])
def test_an_event_called_for_or_proposed_is_none_held(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 10, 15)).events
    assert [(e.event_type, e.name) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # what is launched names the launch, and is no event of its own (WAM, SPA, BNA)
    ("ABU DHABI, 15th October, 2024 (WAM) -- The Ministry of Human Resources and Emiratisation announced the launch of "
     "a training programme for 500 Emirati job seekers in the private sector.", [("launch", "training programme")]),
    ("RIYADH, Oct 15 (SPA) -- The Saudi Data and AI Authority celebrated the launch of the new platform, which allows "
     "government entities to share data securely.", [("launch", "new platform")]),
    ("The launch of the National Volunteering Programme took place in Abu Dhabi on Monday in the presence of the "
     "Minister of Community Development.", [("launch", "National Volunteering Programme")]),
    ("MANAMA, Oct 15 (BNA) -- The Central Bank of Bahrain announced the launch of its new open banking framework for "
     "fintech companies.", [("launch", "new open banking framework")]),
    ("RIYADH, Oct 15 (SPA) -- The company announced the launch of its IPO on the Saudi Exchange, offering 30 percent "
     "of its shares.", [("launch", "IPO")]),
])
def test_english_the_launch_of_something_is_one_launch_named_by_it(text, expected):
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 15)).events
    assert [(e.event_type, e.name) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # what is launched names the launch (SPA, ONA); an exhibition or conference launched is one of its own type
    ("الرياض 15 أكتوبر 2024 (واس) - شهد وزير الموارد البشرية إطلاق برنامج تدريبي لتأهيل 500 شاب وشابة لسوق العمل.",
     [("launch", "برنامج تدريبي")]),
    ("وأعلنت هيئة الحكومة الرقمية إطلاق جائزة الابتكار الحكومي في دورتها الأولى.", [("launch", "جائزة الابتكار الحكومي")]),
    ("ودشن أمير المنطقة معرض الكتاب الدولي بمشاركة 800 دار نشر.", [("exhibition", "معرض الكتاب الدولي")]),
    ("شهد المحافظ تدشين معرض الكتاب الدولي بمشاركة 800 دار نشر.", [("exhibition", "معرض الكتاب الدولي")]),
])
def test_an_arabic_launch_of_something_is_one_event(text, expected):
    assert [(e.event_type, e.name) for e in _events_ar(text)] == expected


def test_english_the_launch_of_an_exhibition_is_the_exhibition():
    text = "The Minister of Health attended the launch of the Global Health Exhibition in Riyadh on Monday."
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 15)).events
    assert [(e.event_type, e.name, e.location) for e in events] == [("exhibition", "Global Health Exhibition", "Riyadh")]


@pytest.mark.parametrize("text, lang, expected", [
    # the Future Investment Initiative is a conference; a city's week is an event (SPA, WAM)
    ("الرياض 29 أكتوبر 2024 (واس) - انطلقت اليوم في الرياض أعمال مبادرة مستقبل الاستثمار في نسختها الثامنة بمشاركة "
     "أكثر من 6000 مشارك.", "ar", [("conference", "مبادرة مستقبل الاستثمار", "2024-10-29")]),
    ("RIYADH, Oct 29 (SPA) -- The eighth edition of the Future Investment Initiative (FII8) kicked off in Riyadh today "
     "with more than 6,000 participants.", "en", [("conference", "Future Investment Initiative", "2024-10-29")]),
    ("أبوظبي في 29 أكتوبر 2024 (وام) - انطلقت اليوم فعاليات أسبوع أبوظبي للاستدامة بمشاركة رؤساء دول وحكومات.", "ar",
     [("other", "أسبوع أبوظبي للاستدامة", "2024-10-29")]),
    # an initiative told of stays none, a week that is no city's too
    ("وتأتي الزيارة في إطار مبادرة السعودية الخضراء التي أطلقها ولي العهد.", "ar", [("visit", "الزيارة", None)]),
    ("وقال إن الأسبوع المقبل سيشهد افتتاح المشروع.", "ar", []),
])
def test_named_events_with_no_cue_of_their_type(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 10, 29)).events
    assert [(e.event_type, e.name, e.start) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting someone calls is one convened (Anadolu via Al Riyadh); a festival launched is the festival (SPA)
    ("وأضاف أن رئيس الوزراء التركي أحمد داود أوغلو دعا إلى اجتماع لكبار الوزراء ومسؤولي الأمن اليوم السبت في أنقرة.",
     [("meeting", "اجتماع", "أنقرة")]),
    ("أبها 22 يوليو 2015 (واس) - شهد أمير منطقة عسير تدشين مهرجان أبها للتسوق بمشاركة 50 فرقة شعبية.",
     [("other", "مهرجان أبها للتسوق", "أبها")]),
    # the peak of someone's giving, the hamza before the pronoun, is no name of a summit
    ("وخصوصا إذا كان الفنان في قمة عطائه وشهرته.", [("summit", "قمة", None)]),
])
def test_an_arabic_meeting_called_festival_launched_and_a_pronoun_after_hamza(text, expected):
    assert [(e.event_type, e.name, e.location) for e in _events_ar(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # whom a prize or an event is for, after لل, is no part of its name (SPA); a plural adjective after them is
    ("الرياض 15 أكتوبر 2024 (واس) - اختتمت اليوم في الرياض أعمال المنتدى السعودي للإعلام بمشاركة أكثر من 2000 إعلامي. "
     "وسلم وزير الإعلام جائزة المنتدى السعودي للإعلام للفائزين في ختام أعمال المنتدى.",
     [("forum", "المنتدى السعودي للإعلام")]),
    ("وزع مدير الجامعة شهادات المؤتمر الدولي للتدريب للمتدربين في ختام المؤتمر.",
     [("conference", "المؤتمر الدولي للتدريب")]),
    ("نظمت عمادة شؤون الطلاب الملتقى العلمي للطلاب بمشاركة 300 طالب من مختلف الكليات.", [("forum", "الملتقى العلمي")]),
    ("وشارك الوفد في المؤتمر التاسع للطلبة السعوديين في المملكة المتحدة.", [("conference", "المؤتمر التاسع للطلبة السعوديين")]),
])
def test_an_arabic_event_name_ends_before_the_people_it_is_for(text, expected):
    assert [(e.event_type, e.name) for e in _events_ar(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an event named right after the noun of its closing ends that day (SPA)
    ("الرياض 15 أكتوبر 2024 (واس) - كرم الأمير فيصل بن بندر أمير منطقة الرياض اليوم الفائزين بجائزة الرياض للتميز في "
     "ختام أعمال منتدى الرياض الاقتصادي.", [("award", "2024-10-15", None), ("forum", None, "2024-10-15")]),
    ("الرياض 15 أكتوبر 2024 (واس) - شارك الوزير اليوم في ختام المؤتمر الدولي للتعليم الذي استمر ثلاثة أيام.",
     [("conference", "2024-10-13", "2024-10-15")]),
    # an award given at another event's closing is given on its last day (SPA, WAM)
    ("الرياض 15 أكتوبر 2024 (واس) - سلم وزير الإعلام جائزة المنتدى السعودي للإعلام للفائزين في ختام أعمال المنتدى الذي "
     "أقيم في الرياض يومي 14 و15 أكتوبر.", [("award", "2024-10-15", None), ("forum", "2024-10-14", "2024-10-15")]),
    ("دبي في 15 أكتوبر /وام/ سلم سمو الشيخ منصور بن محمد جائزة الإمارات للطاقة للفائزين خلال اختتام القمة العالمية "
     "للطاقة التي عقدت من 13 إلى 15 أكتوبر.", [("award", "2024-10-15", None)]),
])
def test_an_arabic_event_at_its_closing_and_an_award_given_there(text, expected):
    events = analyze(text, lang="ar", published=datetime.date(2024, 10, 15)).events
    assert [(e.event_type, e.start, e.end) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a prize a verb of honouring gives is an award of its own, beside the event at whose closing it is given (SPA,
    # QNA); a prize won is none
    ("الرياض 15 أكتوبر 2024 (واس) - اختتمت اليوم أعمال منتدى الحكومة الرقمية. وفي ختام المنتدى، كرم معالي الوزير "
     "الجهات الفائزة بجائزة التميز الحكومي.", [("forum", "منتدى الحكومة الرقمية"), ("award", "جائزة التميز الحكومي")]),
    ("الدوحة في 15 أكتوبر /قنا/ كرم سعادة وزير التربية والتعليم اليوم الطلبة الفائزين بجائزة التميز العلمي في "
     "دورتها السابعة عشرة.", [("award", "جائزة التميز العلمي")]),
    ("الرياض 15 أكتوبر 2024 (واس) - وفازت الوزارة بجائزة أفضل جهة حكومية في ختام المنتدى.", [("forum", "المنتدى")]),
])
def test_an_arabic_prize_given_by_a_verb_of_honouring_is_an_award(text, expected):
    assert [(e.event_type, e.name) for e in _events_ar(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the title after where the event is held is still its title (Petra, SPA, BNA)
    ("عمان 15 تشرين الأول (بترا) - ألقى وزير الخارجية أيمن الصفدي محاضرة في الجامعة الأردنية بعنوان \"الأردن "
     "والتحديات الإقليمية\" بحضور 500 طالب.", ("lecture", "الأردن والتحديات الإقليمية", "عمان")),
    ("الرياض 15 أكتوبر 2024 (واس) - نظمت وزارة الصحة ورشة عمل بمقر الوزارة بعنوان \"الصحة الرقمية في المملكة\".",
     ("workshop", "الصحة الرقمية في المملكة", "الرياض")),
    ("المنامة في 15 أكتوبر / بنا / أقامت جمعية المحامين البحرينية ندوة في فندق الخليج بعنوان \"قانون العمل الجديد\".",
     ("lecture", "قانون العمل الجديد", "المنامة")),
    # but not the title of a session the event opens with
    ("الظهران 15 أكتوبر 2024 (واس) - بدأت اليوم فعاليات المؤتمر الدولي للبتروكيماويات بعقد الجلسة الأولى التي جاءت "
     "بعنوان \"التحديات والفرص في الصناعات البتروكيميائية\".", ("conference", None, "الظهران")),
])
def test_an_arabic_title_after_the_place_an_event_is_held(text, expected):
    e = _events_ar(text)[0]
    assert (e.event_type, e.title, e.location) == expected


@pytest.mark.parametrize("text, expected", [
    # a ceremony held to honour winners is one award (KUNA, WAM)
    ("الكويت 15 أكتوبر (كونا) -- أقامت وزارة الأوقاف والشؤون الإسلامية اليوم حفلا لتكريم الفائزين في مسابقة الكويت "
     "الكبرى لحفظ القرآن الكريم بمشاركة 2000 متسابق.",
     [("award", "تكريم الفائزين"), ("other", "مسابقة الكويت الكبرى لحفظ القرآن الكريم")]),
    ("أبوظبي في 15 أكتوبر /وام/ نظمت شرطة أبوظبي احتفالا لتكريم 50 موظفا من المتميزين في الأداء.",
     [("award", "احتفالا")]),
    # held to honour at the end of a relative clause (SPA)
    ("وشهد الحفل الذي أقامته الغرفة التجارية بالرياض لتكريم رواد الأعمال حضور عدد من المسؤولين.",
     [("award", "الحفل")]),
])
def test_an_arabic_ceremony_to_honour_is_an_award(text, expected):
    assert [(e.event_type, e.name) for e in _events_ar(text)] == expected


@pytest.mark.parametrize("text, lang", [
    # an event the cue words leave as `other` is typed by its record in its mentions too (WAM, Petra)
    ("DUBAI, 14th October, 2024 (WAM) -- Sheikh Hamdan opened GITEX Global 2024 at the Dubai World Trade Centre on "
     "Monday.", "en"),
    ("وشهد الحفل الذي أقامته الغرفة التجارية بالرياض حضور عدد من المسؤولين ورجال الأعمال.", "ar"),
])
def test_an_event_mention_has_its_record_s_type(text, lang):
    x = analyze(text, lang=lang)
    assert {e.attrs["event_type"] for e in x.entities if e.type == "EVENT"} == {ev.event_type for ev in x.events}


@pytest.mark.parametrize("text, expected", [
    # the place an Arabic verb of visiting names before the visit is where the visitor goes, the last such when a
    # title names another; one who will visit sets off that day (SPA, KUNA)
    ("الرياض 15 أكتوبر 2024 (واس) - يزور وزير الحج والعمرة غدا جمهورية إندونيسيا في زيارة رسمية تستمر ثلاثة أيام.",
     ("جمهورية إندونيسيا", "2024-10-16", "2024-10-18")),
    ("الكويت 15 أكتوبر (كونا) -- يزور وزير خارجية الكويت غدا المملكة المغربية في زيارة رسمية تستغرق يومين.",
     ("المملكة المغربية", "2024-10-16", "2024-10-17")),
    ("الدمام 15 أكتوبر 2024 (واس) - زار أمير المنطقة الشرقية اليوم محافظة الأحساء في زيارة تفقدية.",
     ("محافظة الأحساء", "2024-10-15", None)),
    # a place visited in a clause before is another visit's
    ("أربيل 15 أكتوبر (واس) - قال المتحدث إن وزير الخارجية القطري زار بغداد في مايو الماضي، وكان من بين برنامج عمله "
     "زيارة أربيل.", ("أربيل", "2024-05", None)),
])
def test_an_arabic_visit_to_the_place_the_verb_of_visiting_names(text, expected):
    e = analyze(text, lang="ar", published=datetime.date(2024, 10, 15)).events[0]
    assert (e.location, e.start, e.end) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a visit told by its verb alone: named by the place visited, a building its venue (SPA, KUNA)
    ("جدة 12 مايو 2024 (واس) - زار وزير الصحة الدكتور توفيق الربيعة اليوم مستشفى الملك فهد العام بجدة، واطلع على "
     "سير العمل في أقسامه.", "ar",
     [("visit", "مستشفى الملك فهد العام", "جدة", "مستشفى الملك فهد العام", "2024-05-12")]),
    ("تفقد صاحب السمو الملكي أمير المنطقة الشرقية اليوم محافظة الأحساء، واطلع على مشاريع البلدية.", "ar",
     [("visit", "محافظة الأحساء", "محافظة الأحساء", None, "2024-05-12")]),
    ("قام وزير الصحة الدكتور توفيق الربيعة اليوم بزيارة مستشفى الملك فهد العام بجدة، واطلع على سير العمل في "
     "أقسامه.", "ar", [("visit", "زيارة", "جدة", "مستشفى الملك فهد العام", "2024-05-12")]),
    ("JEDDAH, May 12 (SPA) -- The Minister of Health visited King Fahd Hospital in Jeddah on Sunday.", "en",
     [("visit", "King Fahd Hospital", "Jeddah", "King Fahd Hospital", "2024-05-12")]),
    # a past visit told of, a verb of another sense: no visit
    ("الرياض 12 مايو 2024 (واس) - أكد الوزير أن الرئيس الفرنسي الذي زار المملكة العام الماضي يولي العلاقات "
     "أهمية كبيرة.", "ar", []),
    ("وكان ولي العهد قد زار الإمارات في شهر مارس.", "ar", []),
    ("تفقد الأسواق المحلية جزءا من قيمتها بسبب التضخم.", "ar", []),
    ("ضبطت الشرطة شخصا يزور المحررات الرسمية في جدة.", "ar", []),
    ("The Crown Prince, who visited Japan last year, received the Japanese ambassador in Riyadh.", "en", []),
    ("وهو أول رئيس أميركي يزور كينيا أثناء شغله لمنصبه، بحسب البيت الأبيض.", "ar", []),
    ("وأنتج المصور فيلما وثائقيا حول الرحلة بعنوان «السيناتور أوباما يزور أفريقيا» عرضته قنوات عدة.", "ar", []),
    # a body right after the verb is who visits, not the place visited
    ("زارت الهيئة السعودية للهلال الأحمر اليوم مستشفى الملك فهد العام بجدة.", "ar",
     [("visit", "مستشفى الملك فهد العام", "جدة", "مستشفى الملك فهد العام", "2024-05-12")]),
])
def test_a_visit_told_by_its_verb(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 5, 12)).events
    visits = [e for e in events if e.event_type == "visit"]  # (the Crown Prince received the ambassador: a meeting)
    assert [(e.event_type, e.name, e.location, e.venue, e.start) for e in visits] == expected


@pytest.mark.parametrize("text, expected", [
    # a name in capitals launched names the launch (SPA, QNA, BNA)
    ("RIYADH, Oct 15 (SPA) -- The Minister of Tourism launched the Saudi Summer Program in Riyadh on Tuesday, with "
     "more than 500 activities across 11 destinations.", [("launch", "Saudi Summer Program")]),
    ("DOHA, Oct 15 (QNA) -- The Ministry of Culture launched the 2024 edition of the Qatar Reads initiative on Sunday "
     "at the National Library.", [("launch", "Qatar Reads initiative")]),
    ("MANAMA, Oct 15 (BNA) -- The Labour Fund (Tamkeen) unveiled the National Employment Programme for 2025, which "
     "will support 10,000 Bahrainis.", [("launch", "National Employment Programme")]),
    # a festival launched is the festival; an owner or a rocket is no name launched
    ("DUBAI, 15th October, 2024 (WAM) -- Dubai launched the Dubai Shopping Festival on Friday with fireworks at the "
     "Creek.", [("other", "Dubai Shopping Festival")]),
    ("RIYADH, Oct 15 (SPA) -- The Public Investment Fund launched Saudi Arabia's first green bond worth $3 billion.", []),
])
def test_english_a_name_in_capitals_launched_is_a_launch_named_by_it(text, expected):
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 15)).events
    assert [(e.event_type, e.name) for e in events] == expected


@pytest.mark.parametrize("text, name, venue", [
    ("DUBAI, 14th October, 2024 (WAM) -- His Highness Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum today opened "
     "GITEX Global 2024 at the Dubai World Trade Centre.", "GITEX Global 2024", "Dubai World Trade Centre"),
    ("DUBAI, 14th October, 2024 (WAM) -- Sheikh Maktoum bin Mohammed opened the 44th edition of GITEX Global at the "
     "Dubai World Trade Centre.", "GITEX Global", "Dubai World Trade Centre"),
])
def test_english_an_edition_opened_by_its_name_is_that_event(text, name, venue):
    events = analyze(text, lang="en", published=datetime.date(2024, 10, 15)).events
    assert [(e.name, e.venue) for e in events] == [(name, venue)]


def test_english_a_building_opened_is_no_event_named_by_it():
    text = "JEDDAH, Oct 15 (SPA) -- The Minister of Health opened the King Fahd Hospital extension in Jeddah on Tuesday."
    assert analyze(text, lang="en", published=datetime.date(2024, 10, 15)).events == []


@pytest.mark.parametrize("text, lang", [
    ("الدوحة في 20 نوفمبر /قنا/ ووقع الجانبان مذكرة تفاهم لإنشاء مجلس أعمال مشترك يعقد اجتماعه الأول في نيودلهي في "
     "مارس 2025.", "ar"),
    ("DOHA, Nov 20 (QNA) - The two sides signed a memorandum of understanding to establish a joint business council, "
     "which will hold its first meeting in New Delhi in March 2025.", "en"),
])
def test_a_meeting_held_apart_after_an_agreement_is_its_own_with_its_place_and_month(text, lang):
    events = {e.event_type: e for e in analyze(text, lang=lang, published=datetime.date(2024, 11, 20)).events}
    assert set(events) == {"agreement", "meeting"}
    assert events["meeting"].location in ("نيودلهي", "New Delhi") and events["meeting"].start == "2025-03"
    assert events["agreement"].location in ("الدوحة", "DOHA") and events["agreement"].start == "2024-11-20"


@pytest.mark.parametrize("text, organizer, location", [
    ("نظمت الغرفة التجارية الصناعية بجدة اليوم ورشة عمل حول فرص التصدير إلى الأسواق الأفريقية.",
     "الغرفة التجارية الصناعية بجدة", "جدة"),
    ("نظمت الأمانة العامة للمجلس التنفيذي بدبي ورشة تدريبية حول استخدام وسائل الإعلام الاجتماعي.",
     "الأمانة العامة للمجلس التنفيذي بدبي", "دبي"),
    # a place the sentence names is where it is held
    ("الرياض (واس) - نظمت الغرفة التجارية بالرياض ورشة عمل للمصدرين في مدينة جدة.", "الغرفة التجارية بالرياض", "جدة"),
])
def test_arabic_the_city_that_ends_a_bodys_name_is_where_its_event_is(text, organizer, location):
    event = _events_ar(text)[0]
    assert (event.organizer, event.location) == (organizer, location)


@pytest.mark.parametrize("text, lang, expected", [
    # events held in the plural or the dual, none in the singular: one record of their type, with their count
    # (SPA, KUNA, Petra, BNA)
    ("جدة 12 مايو 2024 (واس) - نظمت وزارة الصحة سلسلة ورش عمل لموظفيها في جدة.", "ar",
     [("workshop", "ورش عمل", "وزارة الصحة", "جدة", "2024-05-12", {})]),
    ("الدمام 12 مايو 2024 (واس) - عقدت هيئة الهلال الأحمر دورات تدريبية للمتطوعين في الدمام خلال الفترة من 3 إلى 7 "
     "مارس.", "ar", [("training_course", "دورات تدريبية", "هيئة الهلال الأحمر", "الدمام", "2024-03-03", {})]),
    ("الكويت 12 مايو (كونا) -- عقدت وزارة الشؤون الاجتماعية دورتين تدريبيتين لموظفي الجمعيات التعاونية.", "ar",
     [("training_course", "دورتين تدريبيتين", "وزارة الشؤون الاجتماعية", "الكويت", "2024-05-12", {"training_courses": 2})]),
    ("عمان 12 أيار (بترا)- نظم معهد الإدارة العامة ورشتي عمل حول الحوكمة في عمان يومي 5 و6 أيار.", "ar",
     [("workshop", "ورشتي عمل", "معهد الإدارة العامة", "عمان", "2024-05-05", {"workshops": 2})]),
    ("المنامة 12 مايو (بنا) - أقامت جمعية الهلال الأحمر البحريني أمس محاضرتين توعويتين للأمهات في مقرها بالمنامة.",
     "ar", [("lecture", "محاضرتين توعويتين", "جمعية الهلال الأحمر البحريني", "المنامة", "2024-05-11", {"lectures": 2})]),
    ("DAMMAM, May 12 (SPA) -- The Saudi Red Crescent Authority organized three training courses for volunteers in "
     "Dammam from 3 to 7 March.", "en",
     [("training_course", "training courses", "Saudi Red Crescent Authority", "Dammam", "2024-03-03",
       {"training_courses": 3})]),
    # a singular event is the record, the plural only counts; events held as a habit or a year's count are none
    ("وستقدم القمة العالمية للحكومات 6 ورش عمل متخصصة.", "ar", [("summit", "القمة العالمية للحكومات", None, None, None,
                                                             {"workshops": 6})]),
    ("تنظم وزارة الصحة دورات تدريبية لموظفيها بشكل دوري.", "ar", []),
    ("ونفذت الإدارة العامة للتدريب خلال العام الماضي 45 دورة تدريبية.", "ar", []),
    ("The Ministry of Health holds workshops for its staff regularly.", "en", []),
    # events told of by a verbal noun or with the article are no events held; talks held are a meeting, no lectures
    ("وأضاف أن الجمعية تسعى إلى تثقيف منسوبي الأجهزة من خلال إقامة الدورات والورش والبرامج التدريبية.", "ar", []),
    ("ودعا إلى إنشاء جهة تكون مهمتها ترشيد الإنفاق وتنظيم دورات وورش عمل وحملات موسمية.", "ar", []),
    ("The two sides held bilateral talks on regional issues in Riyadh.", "en",
     [("meeting", "held bilateral talks", None, "Riyadh", None, {})]),
])
def test_events_held_in_the_plural_or_the_dual_with_none_in_the_singular_are_one_record(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 5, 12)).events
    counts = ("workshops", "training_courses", "lectures")
    assert [(e.event_type, e.name, e.organizer, e.location, e.start, {k: v for k, v in e.attrs.items() if k in counts})
            for e in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a meeting told by its verb alone, named by it; a reception hosted by whom receives (SPA, KUNA, QNA)
    ("الرياض 12 مايو 2024 (واس) - التقى وزير الطاقة الأمير عبدالعزيز بن سلمان نظيره الروسي ألكسندر نوفاك في الرياض "
     "أمس.", "ar", [("meeting", "التقى", None, "الرياض", "2024-05-11")]),
    ("باريس 12 مايو (كونا) -- اجتمع وزير الخارجية الكويتي مع نظيره الفرنسي في باريس اليوم.", "ar",
     [("meeting", "اجتمع", None, "باريس", "2024-05-12")]),
    ("الرياض 12 مايو 2024 (واس) - استقبل وزير الخارجية الأمير فيصل بن فرحان في مقر الوزارة بالرياض اليوم سفير اليابان "
     "لدى المملكة.", "ar", [("meeting", "استقبل", "وزارة الخارجية", "الرياض", "2024-05-12")]),
    ("PARIS, May 12 (KUNA) -- The Foreign Minister met his French counterpart in Paris today.", "en",
     [("meeting", "met", None, "Paris", "2024-05-12")]),
    ("RIYADH, May 12 (SPA) -- Saudi Minister of Energy Prince Abdulaziz bin Salman met with his Russian counterpart "
     "Alexander Novak in Riyadh yesterday.", "en", [("meeting", "met with", None, "Riyadh", "2024-05-11")]),
    ("LONDON, May 12 (QNA) -- The Prime Minister and Minister of Foreign Affairs held talks with the British Foreign "
     "Secretary in London today.", "en", [("meeting", "held talks with", None, "London", "2024-05-12")]),
    # talks held, whoever with (SPA, BNA, ONA)
    ("RIYADH, May 12 (SPA) -- The two ministers held bilateral talks in Riyadh today on trade and investment.", "en",
     [("meeting", "held bilateral talks", None, "Riyadh", "2024-05-12")]),
    ("MANAMA, May 12 (BNA) -- The two sides held a round of talks in Manama today on regional developments.", "en",
     [("meeting", "held a round of talks", None, "Manama", "2024-05-12")]),
    ("MUSCAT, May 12 (ONA) -- Oman and Japan held political consultations in Muscat yesterday.", "en",
     [("meeting", "held political consultations", None, "Muscat", "2024-05-11")]),
    # a headline telling it by its verb too is the same meeting (BNA)
    ("HM King receives US Secretary of State\nMANAMA, May 12 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa "
     "received US Secretary of State John Kerry at Sakhir Palace today.", "en",
     [("meeting", "received", None, "MANAMA", "2024-05-12")]),
    # a meeting told of as past, a match, and what is received or met that is no one: no meeting
    ("وكان الوزير قد التقى نظيره الروسي في موسكو الشهر الماضي.", "ar", []),
    ("التقى الهلال بالنصر في المباراة النهائية على استاد الملك فهد الدولي.", "ar", []),
    # a match told by a team as a party or by the league (Al Riyadh, Okaz, SPA)
    ("والتقى الهلال نظيره النصر في الرياض مساء أمس ضمن الجولة الثالثة من دوري روشن السعودي للمحترفين.", "ar", []),
    ("ويلتقي الفريق الأول لكرة القدم بنادي الاتحاد نظيره الأهلي مساء الجمعة في جدة.", "ar", []),
    ("ويلتقي منتخبنا الوطني نظيره الياباني يوم الثلاثاء المقبل في الجولة الرابعة من التصفيات الآسيوية.", "ar", []),
    ("RIYADH, Oct 4 (SPA) -- Al Hilal met Al Nassr in Riyadh on Friday in the third round of the Saudi Pro League.",
     "en", []),
    # officials meet about a league, and a general of the rank `الفريق` meets his counterpart: meetings
    ("الرياض 12 مايو 2024 (واس) - التقى وزير الرياضة الأمير عبدالعزيز بن تركي الفيصل في مكتبه بالرياض اليوم رئيس نادي "
     "الهلال لبحث استعدادات الدوري.", "ar", [("meeting", "التقى", None, "الرياض", "2024-05-12")]),
    ("الرياض 12 مايو 2024 (واس) - التقى رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي نظيره الباكستاني في "
     "الرياض اليوم.", "ar", [("meeting", "التقى", None, "الرياض", "2024-05-12")]),
    # the one who meets named twice by his pronoun of honour meets no one of a title: the public, no meeting (SPA)
    ("كما التقى سموه عدداً من الأهالي والزوار الذين بادلهم سموه التهاني بحلول عيد الفطر المبارك.", "ar", []),
    ("واستقبلت مستشفيات المنطقة 500 مراجع خلال أيام العيد.", "ar", []),
    ("The company met the requirements of the ministry for the licence.", "en", []),
    ("The ministry received 500 applications from citizens.", "en", []),
    ("On 13 March 2020, Roche Diagnostics received FDA approval for its COVID-19 test.", "en", []),
    ("The minister, who met President Putin last year, said the relations were strong.", "en", []),
])
def test_a_meeting_told_by_its_verb(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 5, 12)).events
    assert [(e.event_type, e.name, e.organizer, e.location, e.start) for e in events] == expected


@pytest.mark.parametrize("text, lang, location", [
    # the guest's or the host's country in an office is whom the meeting is with, not where (SPA, KUNA)
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في مكتبه بقصر اليمامة اليوم، وزير الشؤون "
     "الخارجية بجمهورية ليتوانيا ليناس ينكفيتشيوس والوفد المرافق له.", "ar", None),
    ("واستقبل رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري أمس في أربيل.", "ar", "أربيل"),
    # where they met: after في, after the venue, or the dateline's city
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام بجدة اليوم، وزير الدفاع الأميركي.", "ar", "جدة"),
    ("الرياض 15 نوفمبر (واس) - استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض أمس السفير الياباني.",
     "ar", "الرياض"),
    ("KUWAIT, Nov 18 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad received today the Foreign Minister of "
     "Lithuania.", "en", "KUWAIT"),
])
def test_a_meeting_told_by_its_verb_is_where_it_was_held_not_where_its_people_come_from(text, lang, location):
    event, = [e for e in analyze(text, lang=lang).events if e.event_type == "meeting"]
    assert event.location == location


@pytest.mark.parametrize("text, expected", [
    # the opening or closing ceremony of an event is that event's: one record, which `الحفل` later refers to (SPA)
    ("الرياض 12 مايو 2024 (واس) - رعى صاحب السمو الملكي أمير منطقة الرياض مساء أمس حفل افتتاح مهرجان الرياض "
     "للتسوق الذي تنظمه الغرفة التجارية في مركز الرياض الدولي للمؤتمرات والمعارض. وتضمن الحفل كلمة لرئيس الغرفة "
     "وعروضا فنية.", [("other", "مهرجان الرياض للتسوق")]),
    ("عمّان 12 أيار (بترا) - حضر وزير الشباب حفل ختام ملتقى الشباب العربي الثالث الذي استمر ثلاثة أيام في عمّان.",
     [("forum", "ملتقى الشباب العربي الثالث")]),
    ("جدة 12 مايو 2024 (واس) - حضر محافظ جدة الحفل الختامي لبطولة المملكة للجودو التي نظمها الاتحاد السعودي للجودو.",
     [("other", "بطولة المملكة للجودو")]),
    ("جدة 12 مايو 2024 (واس) - شهد وزير الشؤون البلدية حفل تدشين المعرض السعودي للبناء في جدة أمس.",
     [("exhibition", "المعرض السعودي للبناء")]),
    # the ceremony opening a building, or closing what is no event, is an event of its own
    ("الرياض 12 مايو 2024 (واس) - شارك النادي في حفل ختام الدورة الرياضية التي أقيمت تحت شعار (رياضتنا في خدمة "
     "مجتمعنا).", [("other", "حفل ختام الدورة الرياضية")]),
    ("الرياض 12 مايو 2024 (واس) - أقامت جامعة الملك سعود حفل افتتاح المبنى الجديد لكلية الطب.",
     [("other", "حفل افتتاح المبنى الجديد لكلية الطب")]),
])
def test_the_ceremony_opening_or_closing_an_event_is_that_event(text, expected):
    events = analyze(text, lang="ar", published=datetime.date(2024, 5, 12)).events
    assert [(e.event_type, e.name) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # the palace and the day between the verb of receiving and the guests (Petra, SPA, BNA)
    ("AMMAN, May 12 (Petra) -- His Majesty King Abdullah II received at Al Husseiniya Palace on Sunday a delegation "
     "from the US Congress, headed by Senator Lindsey Graham.", [("meeting", "Al Husseiniya Palace", "AMMAN")]),
    ("JEDDAH, May 12 (SPA) -- Crown Prince Mohammed bin Salman received in Jeddah on Sunday the Prime Minister of "
     "Pakistan.", [("meeting", None, "Jeddah")]),
    ("MANAMA, May 12 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received at Sakhir Palace today the "
     "Ambassador of Japan.", [("meeting", "Sakhir Palace", "MANAMA")]),
    # what is received is no guest: no meeting
    ("RIYADH, May 12 (SPA) -- The ministry received on Sunday more than 500 applications from citizens.", []),
])
def test_english_a_meeting_whose_guests_follow_a_place_or_a_day(text, expected):
    events = analyze(text, lang="en", published=datetime.date(2024, 5, 12)).events
    assert [(e.event_type, e.venue, e.location) for e in events] == expected


@pytest.mark.parametrize("text, lang, start", [
    # an agreement signed in the sentence after talks held on the release's day is signed that day (WAM, BNA)
    ("ABU DHABI, 12th May, 2024 (WAM) -- His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
     "Affairs, held talks today with the Foreign Minister of Kazakhstan in Abu Dhabi. The two sides signed a "
     "memorandum of understanding on political consultations between the two ministries.", "en", "2024-05-12"),
    ("أبوظبي في 12 مايو 2024 /وام/ عقد سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم جلسة مباحثات مع "
     "وزير خارجية كازاخستان في أبوظبي. ووقع الجانبان مذكرة تفاهم بشأن المشاورات السياسية بين الوزارتين.", "ar",
     "2024-05-12"),
    # signed in another year: that year
    ("RIYADH, May 12, 2024 (SPA) -- The Minister of Commerce met today the Ambassador of China. Saudi Arabia and "
     "China signed a free trade agreement in 2019.", "en", "2019"),
])
def test_an_agreement_signed_after_talks_of_the_release_day_is_dated_by_it(text, lang, start):
    event, = [e for e in analyze(text, lang=lang).events if e.event_type == "agreement"]
    assert event.start == start


@pytest.mark.parametrize("text, lang, expected", [
    # an event recalled as past beside the one the release reports is none of its events (SPA, WAM)
    ("جدة 12 مايو 2024 (واس) - نظمت الغرفة التجارية بجدة اليوم ملتقى رواد الأعمال الثاني بمشاركة 300 من رواد "
     "الأعمال. يذكر أن الغرفة نظمت في نوفمبر الماضي ورشة عمل حول التجارة الإلكترونية بمشاركة 60 متدربا.", "ar",
     ["forum"]),
    ("الرياض 12 مايو 2024 (واس) - افتتح وزير الصحة اليوم مستشفى الملك سلمان التخصصي في الرياض. ويأتي ذلك ضمن جهود "
     "الوزارة لتطوير الخدمات الصحية، إذ عقدت الوزارة في مارس الماضي مؤتمر الصحة الرقمية بمشاركة 500 خبير.", "ar", []),
    ("DUBAI, 12th May, 2024 (WAM) -- The Dubai Chamber organised today a workshop on e-commerce for 60 entrepreneurs. "
     "The Chamber had organised a forum on family businesses in January.", "en", ["workshop"]),
    # an event of the last weeks, or the release's own lead, stays
    ("جدة 12 مايو 2024 (واس) - نظمت الغرفة التجارية بجدة اليوم ملتقى رواد الأعمال الثاني. وكانت الغرفة قد نظمت "
     "الأسبوع الماضي ورشة عمل حول التجارة الإلكترونية.", "ar", ["forum", "workshop"]),
    ("الرياض 12 مايو 2024 (واس) - اختتمت في مارس الماضي أعمال مؤتمر الصحة الرقمية الذي نظمته وزارة الصحة في الرياض.",
     "ar", ["conference"]),
])
def test_an_event_recalled_as_past_beside_the_news_is_none_of_its_events(text, lang, expected):
    events = analyze(text, lang=lang, published=datetime.date(2024, 5, 12)).events
    assert [e.event_type for e in events] == expected


@pytest.mark.parametrize("text, name", [
    # a festival named by a noun in construct before a place or a definite word (SPA, Al Madina)
    ("بريدة 12 مايو 2024 (واس) - تنطلق غدا فعاليات مهرجان تمور بريدة الذي تنظمه أمانة منطقة القصيم بمدينة التمور.",
     "مهرجان تمور بريدة"),
    ("الخبر 12 مايو 2024 (واس) - أشاد الزوار بفعاليات مهرجان صيف الشرقية المقامة على الواجهة البحرية بالخبر.",
     "مهرجان صيف الشرقية"),
    # an adjective or a time after the cue: no such name
    ("الخبر 12 مايو 2024 (واس) - نظمت البلدية مهرجانا شعبيا في الحديقة العامة بالخبر.", "مهرجانا شعبيا"),
    ("الخبر 12 مايو 2024 (واس) - أقيم مهرجان يوم الجمعة في الحديقة العامة بالخبر.", "مهرجان"),
])
def test_arabic_a_festival_named_by_a_noun_in_construct(text, name):
    event, = analyze(text, lang="ar").events
    assert event.name == name


@pytest.mark.parametrize("text, expected", [
    # English: the opening or closing ceremony of an event is that event's, and `the ceremony` refers to it (WAM, SPA)
    ("ABU DHABI, 12th May, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, today "
     "attended the opening ceremony of the Abu Dhabi International Book Fair at the Abu Dhabi National Exhibition "
     "Centre. The fair runs until 18th May.", [("exhibition", "Abu Dhabi International Book Fair")]),
    ("JEDDAH, May 12, 2024 (SPA) -- Makkah Region Governor Prince Khalid Al-Faisal today attended the closing ceremony "
     "of the Jeddah Season festival at the Jeddah Superdome. During the ceremony, the Governor honoured the sponsors "
     "and partners of the festival.", [("other", "Jeddah Season festival")]),
])
def test_english_the_ceremony_opening_or_closing_an_event_is_that_event(text, expected):
    events = analyze(text, lang="en", published=datetime.date(2024, 5, 12)).events
    assert [(e.event_type, e.name) for e in events] == expected


@pytest.mark.parametrize("text, name", [
    # a ceremony named by its occasion in construct, named again with the article: one record (Al Madina, SPA)
    ("الرياض 12 مايو 2024 (واس) - أقامت هيئة تقويم التعليم والتدريب حفل معايدة لكافة منسوبيها بمناسبة عيد الفطر "
     "المبارك، وحضر الحفل نائب محافظ الهيئة. وتأتي إقامة حفل المعايدة ضمن البرامج التي تتبناها الهيئة.", "حفل معايدة"),
    ("جدة 12 مايو 2024 (واس) - أقامت جمعية البر بجدة حفل إفطار رمضاني للأيتام بحضور محافظ جدة.", "حفل إفطار"),
    ("أبها 12 مايو 2024 (واس) - رعى محافظ خميس مشيط حفل معايدة أهالي المحافظة بمناسبة عيد الفطر المبارك.",
     "حفل معايدة"),
])
def test_arabic_a_ceremony_named_by_its_occasion(text, name):
    event, = analyze(text, lang="ar").events
    assert event.name == name


def test_a_school_year_of_hijri_years_does_not_date_a_meeting():
    text = ("الرياض 29 يوليو 2015 / واس / عقد وزير التعليم اليوم اجتماعا مع مديري التعليم في جدة لمناقشة الاستعداد "
            "للعام الدراسي 1436/1437هـ.")
    events = analyze(text, lang="ar")
    assert [(e.event_type, e.start) for e in events.events] == [("meeting", "2015-07-29")]


def test_a_school_year_of_hijri_years_alone_dates_no_meeting():
    text = "وعقد مدير التعليم اجتماعا بمديري المدارس في جدة لمناقشة الاستعداد للعام الدراسي 1436/1437هـ."
    assert [(e.event_type, e.start, e.end) for e in analyze(text, lang="ar").events] == [("meeting", None, None)]


@pytest.mark.parametrize("text, lang, name", [
    # a competition named by a code in brackets, named again: one record, the code its title (SPA)
    ("الظهران 12 نوفمبر 2024 (واس) - نظمت شركة أرامكو السعودية اليوم مسابقة (PX3) لطلاب المدارس الثانوية في "
     "المنطقة الشرقية. وشارك في مسابقة (PX3) أكثر من 300 طالب وطالبة من 45 مدرسة.", "ar", "مسابقة"),
    # a festival's edition in figures, then how often it is held: one festival (Al Riyadh)
    ("أبها 5 يوليو 2024 (واس) - يشارك بنك البلاد في مهرجان أبها للتسوق ال17 الذي تنظمه أمانة منطقة عسير. وتأتي "
     "مشاركة البنك في مهرجان أبها للتسوق للمرة الرابعة على التوالي.", "ar", "مهرجان أبها للتسوق ال17"),
    # the full name, then a shorter one with the cue alone (SPA, WAM)
    ("الرياض 12 نوفمبر 2024 (واس) - انطلقت اليوم فعاليات الملتقى السعودي الدولي للموارد البشرية بمشاركة 50 متحدثا "
     "من داخل المملكة وخارجها. ويناقش ملتقى الموارد البشرية في يومه الأول تحديات سوق العمل.", "ar",
     "الملتقى السعودي الدولي للموارد البشرية"),
    ("DUBAI, 3 March 2024 (WAM) -- The 5th Gulf Health Conference opened today at the Dubai World Trade Centre. "
     "More than 3,000 delegates attend the Gulf Health Conference this year.", "en", "5th Gulf Health Conference"),
])
def test_one_event_named_twice_is_one_record(text, lang, name):
    events = analyze(text, lang=lang).events
    assert [e.name for e in events] == [name]


def test_arabic_how_often_a_festival_is_held_is_no_part_of_its_name():
    text = ("الطائف 5 مايو 2024 (واس) - تنطلق يوم الخميس المقبل فعاليات مهرجان الطائف للورد للمرة الخامسة عشرة في "
            "حديقة الملك فهد بمشاركة 60 مزارعا.")
    event, = analyze(text, lang="ar").events
    assert event.name == "مهرجان الطائف للورد"


@pytest.mark.parametrize("text, location", [
    # a place after a clitic `ل` is what something is for or belongs to, no place the event is in (SPA)
    ("الدمام 12 مارس 2024 (واس) - أقيم معرض الصناعات الوطنية تأكيدا للدور الاقتصادي للمملكة العربية السعودية في "
     "المنطقة بمشاركة 120 مصنعا.", "الدمام"),
    # a nisba adjective of a definite noun is no place (SPA)
    ("الظهران 12 نوفمبر 2024 (واس) - نظمت شركة أرامكو اليوم مسابقة للابتكار بمشاركة 40 فريقا من طلاب الجامعات "
     "السعودية.", "الظهران"),
    # where a verb of holding says the event is, before its name, rather than the dateline's city (SPA, MAP)
    ("الرياض 12 مارس 2024 (واس) - أقيم في العاصمة المغربية الرباط المؤتمر العربي للمياه بمشاركة وفد للمملكة "
     "العربية السعودية.", "الرباط"),
    ("الرياض 12 مارس 2024 (واس) - انطلقت اليوم في جدة فعاليات الملتقى الوطني للجودة بمشاركة 500 متخصص من "
     "القطاعين العام والخاص.", "جدة"),
])
def test_arabic_the_location_is_where_the_event_is_held(text, location):
    event, = analyze(text, lang="ar").events
    assert event.location == location


def test_arabic_a_place_visited_after_a_clitic_keeps_its_article():
    text = ("الرياض 12 مارس 2024 (واس) - يبدأ فخامة رئيس جمهورية السنغال غدا زيارة رسمية للمملكة العربية السعودية "
            "تستمر ثلاثة أيام يلتقي خلالها عددا من المسؤولين.")
    event, = analyze(text, lang="ar").events
    assert event.location == "المملكة العربية السعودية"


@pytest.mark.parametrize("text, start, end", [
    # a Hijri year alone is the occasion's or the edition's year, not the days a festival is held (SPA, Al Yaum)
    ("الدمام 22 يوليو 2015 (واس) - تقيم أمانة المنطقة الشرقية حفل المعايدة السنوي بمناسبة حلول عيد الفطر المبارك "
     "1436هـ، اليوم الموافق 06/10/1436هـ في فندق الشيراتون بالدمام.", "2015-07-22", None),
    ("الباحة 18 يوليو 2015 (واس) - افتتح صاحب السمو الملكي أمير منطقة الباحة اليوم مهرجان صيف الباحة 1436هـ الذي "
     "تنظمه أمانة المنطقة ويستمر حتى 30 أغسطس.", "2015-07-18", "2015-08-30"),
])
def test_arabic_a_hijri_year_gives_no_days_to_an_event(text, start, end):
    event = analyze(text, lang="ar").events[0]
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize("text, name", [
    # a ceremony, a conference or an exhibition named by a noun in construct before a definite word (SPA, Al Madina)
    ("بوسطن 31 يوليو 2015 (واس) - شارك الملحق الثقافي السعودي في الولايات المتحدة في حفل قادة المستقبل بجامعة "
     "هارفارد بحضور 300 طالب وطالبة.", "حفل قادة المستقبل"),
    ("جدة 12 مارس 2024 (واس) - نظمت جمعية الثقافة والفنون بجدة معرض صور المسجد الحرام بمشاركة 30 مصورا.",
     "معرض صور المسجد الحرام"),
    # a verb with its pronoun after the cue names nothing (SPA)
    ("لندن 20 يوليو 2015 (واس) - شارك سفير خادم الحرمين الشريفين في حفل نظمه النادي السعودي في لندن بمناسبة عيد "
     "الفطر المبارك.", "حفل"),
])
def test_arabic_an_event_named_by_a_noun_in_construct(text, name):
    event = analyze(text, lang="ar").events[0]
    assert event.name == name


def test_arabic_a_conference_named_again_by_its_subject_is_one_record():
    text = ("الرياض 3 مارس 2024 (واس) - افتتح معالي وزير الصحة اليوم المؤتمر الدولي الثالث لطب الطوارئ في الرياض "
            "بمشاركة 1500 طبيب. وناقش مؤتمر طب الطوارئ في جلساته أحدث الأبحاث في إنعاش القلب.")
    assert [e.name for e in analyze(text, lang="ar").events] == ["المؤتمر الدولي الثالث لطب الطوارئ"]


@pytest.mark.parametrize("text", [
    # a place another sentence tells of is not where the event is: no location rather than a wrong one (Al Riyadh)
    "أنهت إدارة نادي الاتفاق أمس إجراءات التعاقد مع المهاجم البرتغالي. وكان اللاعب قد وصل إلى معسكر الفريق في "
    "تركيا قبل يومين. وأبدى المدرب قناعته باللاعب. ويستهل الفريق الموسم الجديد بمواجهة الرائد في كأس ولي العهد "
    "مطلع الشهر المقبل.",
    "صناعة الفخار من الحرف التقليدية التي لا تزال تقاوم مظاهر الحداثة. ويبيع الحرفي سعيد الغراش منتجاته في "
    "الأسواق الشعبية بالقطيف منذ 35 عاما. وأوضح أن المهنة متوارثة من الآباء والأجداد. وقال إن شقيقه يشارك حاليا "
    "في مهرجان الحرف اليدوية.",
])
def test_arabic_no_location_from_a_sentence_about_something_else(text):
    event, = analyze(text, lang="ar").events
    assert event.location is None


def test_arabic_a_gift_to_the_public_of_an_event_organizes_none():
    text = ("أبها 5 يوليو 2015 (واس) - قدم بنك البلاد هدايا قيمة لزوار مهرجان أبها للتسوق عبارة عن أطقم ذهب وساعات "
            "ثمينة وشاشات بلازما.")
    event, = analyze(text, lang="ar").events
    assert (event.name, event.organizer) == ("مهرجان أبها للتسوق", None)


@pytest.mark.parametrize("text, events", [
    # Al-Ettifaq, the football club, in a sentence about a team or games: no agreement (Al Yaum, Al Riyadh)
    ("الدمام 20 يوليو 2015 (واس) - يسعى الفريق إلى العودة من جديد لدوري عبداللطيف جميل للمحترفين مكان الاتفاق "
     "الطبيعي بعد موسم صعب.", []),
    ("الدمام 20 يوليو 2015 (واس) - فاز الاتفاق على الرائد بهدفين مقابل هدف في المباراة الودية التي أقيمت في "
     "معسكر الفريق بتركيا.", []),
    # an agreement signed with a sponsor of a league stays one
    ("الرياض 20 يوليو 2015 (واس) - وقع الاتحاد السعودي لكرة القدم اليوم الاتفاق مع الشركة الراعية لدوري "
     "المحترفين لمدة ثلاثة مواسم.", ["agreement"]),
])
def test_arabic_the_football_club_al_ettifaq_is_no_agreement(text, events):
    assert [e.event_type for e in analyze(text, lang="ar").events] == events
