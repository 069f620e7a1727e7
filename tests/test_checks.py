"""Consistency checks: the sample pair is clean, each corruption of it gives the right error at the right span."""

from __future__ import annotations

import pytest

from govnews import checks
from govnews.checks import CorpusStats, check_pair
from govnews.checks._text import digit_values, format_value
from govnews.checks.dates import agree, parse
from govnews.records import AlignedUnit, Document, Entity, SentenceSpan, Span

# -- building records by hand, as the extractor and aligner would give them --------------------------


def make_doc(text: str, lang: str, *, split: str = "\n") -> Document:
    """A Document whose sentences are the lines of `text` (or pieces between `split`)."""
    sentences, paragraphs, start = [], [], 0
    for index, piece in enumerate(text.split(split)):
        end = start + len(piece)
        if piece.strip():
            sentences.append(SentenceSpan(start, end, len(paragraphs)))
            paragraphs.append(Span(start, end))
        start = end + len(split)
    return Document(
        doc_id=lang, lang=lang, lang_score=1.0, title=None, dateline=None, source=None, published=None, url=None,
        category=None, text=text, text_norm=text, paragraphs=paragraphs, sentences=sentences, boilerplate=[],
        repairs=[], content_hash="", path="",
    )


def ent(text: str, mention: str, type_: str, entity_id: str, *, nth: int = 0, **fields) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    return Entity(type=type_, text=mention, start=start, end=start + len(mention), entity_id=entity_id, **fields)


def units(*pairs) -> list[AlignedUnit]:
    return [AlignedUnit(tuple(a), tuple(e), 0.9) for a, e in pairs]


SEED_UNITS = units(([0], [0]), ([1], [1]), ([2], [2, 3]), ([3], [4]))


def seed_entities(ar: str, en: str, *, linked: bool = True) -> tuple[list[Entity], list[Entity]]:
    """The gold entities of the sample pair; Arabic ones linked to their English counterparts."""

    def link(en_id):
        return en_id if linked else None

    ar_entities = [
        ent(ar, "معهد الإدارة العامة", "ORG", "a1", link=link("b1")),
        ent(ar, "بيبا", "ORG", "a1", link=link("b1")),
        ent(ar, "نادي الإعلام الاجتماعي العالمي- الشرق الأوسط وشمال أفريقيا", "ORG", "a2", link=link("b2")),
        ent(ar, "علي سبكار", "PERSON", "a3", link=link("b3")),
        ent(ar, "محمد السباع", "PERSON", "a4", link=link("b4")),
        ent(ar, "السباع", "PERSON", "a4", nth=1, link=link("b4")),
        ent(ar, "مملكة البحرين", "LOC", "a5", link=link("b5")),
        ent(ar, "المنطقة العربية", "LOC", "a6", link=link("b6")),
        ent(ar, "وحدات أربع", "NUMBER", "a7", number=4.0, unit="وحدات"),
        ent(ar, "2001ساعة تدريبية", "NUMBER", "a8", number=2001.0, unit="ساعة تدريبية"),
        ent(ar, "السنوات الثلاث الأخيرة", "DURATION", "a9", value="P3Y"),
        ent(ar, "الثلاث سنوات الماضية", "DURATION", "a10", value="P3Y"),
    ]
    en_mentions = [
        ("Institute of Public Administration", "ORG", "b1"),
        ("BIPA", "ORG", "b1"),
        ("International-Middle East and North Africa Social Media Club", "ORG", "b2"),
        ("Ali Sebkar" if "Ali Sebkar" in en else "Ali Hassan", "PERSON", "b3"),
        ("Mohamed Al-Sabba’a", "PERSON", "b4"),
        ("Kingdom of Bahrain", "LOC", "b5"),
        ("Arab region", "LOC", "b6"),
    ]
    en_entities = [ent(en, m, t, i) for m, t, i in en_mentions if m in en]
    rest = en[en.index("Sabba’a") + 7 :] if "Mohamed Al-Sabba’a" in en else en
    en_entities += [ent(en, "Al-Sabba’a", "PERSON", "b4", nth=en.count("Al-Sabba’a") - rest.count("Al-Sabba’a"))]
    hours = "2011 hours of training" if "2011 hours" in en else "2001 hours of training"
    numbers = [
        ("four main units", "NUMBER", "b7", {"number": 4.0, "unit": "units"}),
        ("last three years", "DURATION", "b9", {"value": "P3Y"}),
        (hours, "NUMBER", "b8", {"number": float(hours[:4]), "unit": "hours of training"}),
    ]
    en_entities += [ent(en, m, t, i, **fields) for m, t, i, fields in numbers if m in en]
    return ar_entities, en_entities


@pytest.fixture()
def seed_pair(seeds):
    return seeds["000"], seeds["001"]


def run(ar: str, en: str, unit_list=SEED_UNITS, *, linked: bool = True, **options):
    ar_entities, en_entities = seed_entities(ar, en, linked=linked)
    return check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, unit_list, **options)


def errors(findings):
    return [f for f in findings if f.severity == "error"]


# -- the sample pair ---------------------------------------------------------------------------------


@pytest.mark.parametrize("linked", [True, False])
def test_sample_pair_has_no_error_and_notes_the_programme_name(seed_pair, linked):
    ar, en = seed_pair
    findings = run(ar, en, linked=linked)
    assert errors(findings) == []
    notes = [f for f in findings if f.check == "terminology"]
    assert len(notes) == 1 and notes[0].severity == "warning"
    assert notes[0].ar_text == "تهيئة" and notes[0].en_text == "preparation"
    assert "preparation" in notes[0].message and "تهيئة" in notes[0].message


def test_number_changed_is_an_error_at_both_spans(seed_pair):
    ar, en = seed_pair
    bad = en.replace("2001 hours", "2011 hours")
    [finding] = errors(run(ar, bad))
    assert finding.check == "number"
    assert (finding.ar_text, finding.en_text) == ("2001ساعة تدريبية", "2011 hours of training")
    assert ar[finding.ar_start : finding.ar_end] == "2001ساعة تدريبية"
    assert bad[finding.en_start : finding.en_end] == "2011 hours of training"
    assert "2001" in finding.message and "2011" in finding.message


@pytest.mark.parametrize("linked", [True, False])
def test_name_replaced_is_an_error_naming_both(seed_pair, linked):
    ar, en = seed_pair
    bad = en.replace("Ali Sebkar", "Ali Hassan")
    [finding] = errors(run(ar, bad, linked=linked))
    assert finding.check == "name"
    assert finding.ar_text == "علي سبكار" and finding.en_text == "Ali Hassan"
    assert bad[finding.en_start : finding.en_end] == "Ali Hassan"
    assert "علي سبكار" in finding.message and "Ali Hassan" in finding.message


def test_paragraph_deleted_is_an_omission_of_its_arabic(seed_pair):
    ar, en = seed_pair
    paragraphs = en.split("\n")
    bad = "\n".join(paragraphs[:1] + paragraphs[2:])  # "For his part, ..." left out
    aligned = units(([0], [0]), ([1], []), ([2], [1, 2]), ([3], [3]))
    found = errors(run(ar, bad, aligned))
    assert [f.check for f in found] == ["omission"]
    lines = ar.split("\n")
    start = len(lines[0]) + 1
    assert (found[0].ar_start, found[0].ar_end) == (start, start + len(lines[1]))
    assert found[0].en_start is None


def test_paragraph_deleted_inside_a_merged_unit_is_an_omission(seed_pair):
    ar, en = seed_pair
    paragraphs = en.split("\n")
    bad = "\n".join(paragraphs[:1] + paragraphs[2:])
    # the aligner folded the orphaned Arabic paragraph into its neighbour
    aligned = units(([0, 1], [0]), ([2], [1, 2]), ([3], [3]))
    found = errors(run(ar, bad, aligned))
    assert [f.check for f in found] == ["omission"]
    lines = ar.split("\n")
    assert ar[found[0].ar_start : found[0].ar_end] == lines[1]


def test_arabic_sentence_left_untranslated(seed_pair):
    ar, en = seed_pair
    lines, paragraphs = ar.split("\n"), en.split("\n")
    bad = "\n".join(paragraphs[:4] + [lines[3]])
    found = errors(run(ar, bad))
    assert [f.check for f in found] == ["untranslated"]
    start = bad.index(lines[3][:10])
    assert (found[0].en_start, found[0].en_end) == (start, start + len(lines[3].rstrip(".")))
    assert found[0].ar_start is None


# -- a release with a date ---------------------------------------------------------------------------

DATED_AR = (
    "تنظم هيئة كهرباء ومياه دبي الملتقى الخليجي الثالث للطاقة يومي 17 و18 سبتمبر 2014 في مركز دبي التجاري العالمي، "
    "بمشاركة 350 خبيراً من 12 دولة.\n"
    "وقال سعيد محمد الطاير العضو المنتدب الرئيس التنفيذي للهيئة إن الملتقى يناقش كفاءة الطاقة والطاقة المتجددة."
)
DATED_EN = (
    "Dubai Electricity and Water Authority will organise the third Gulf Energy Forum on 17-19 September 2014 at the "
    "Dubai World Trade Centre, with 350 experts from 12 countries taking part.\n"
    "Saeed Mohammed Al Tayer, MD and CEO of DEWA, said the forum discusses energy efficiency and renewable energy."
)


def dated_entities(ar: str, en: str):
    ar_entities = [
        ent(ar, "17 و18 سبتمبر 2014", "DATE", "a1", value="2014-09-17/2014-09-18"),
        ent(ar, "350 خبيراً", "NUMBER", "a2", number=350.0, unit="خبير"),
        ent(ar, "12 دولة", "NUMBER", "a3", number=12.0, unit="دولة"),
        ent(ar, "سعيد محمد الطاير", "PERSON", "a4"),
    ]
    en_date = "17-19 September 2014" if "17-19" in en else "17-18 September 2014"
    en_entities = [
        ent(en, en_date, "DATE", "b1", value="2014-09-17/2014-09-" + en_date[3:5]),
        ent(en, "350 experts", "NUMBER", "b2", number=350.0, unit="expert"),
        ent(en, "12 countries", "NUMBER", "b3", number=12.0, unit="country"),
        ent(en, "Saeed Mohammed Al Tayer", "PERSON", "b4"),
    ]
    return ar_entities, en_entities


def run_dated(ar: str, en: str):
    ar_entities, en_entities = dated_entities(ar, en)
    return check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, units(([0], [0]), ([1], [1])))


def test_dated_release_clean():
    assert errors(run_dated(DATED_AR, DATED_EN.replace("17-19", "17-18"))) == []


def test_date_range_changed_is_an_error_at_both_spans():
    [finding] = errors(run_dated(DATED_AR, DATED_EN))
    assert finding.check == "date"
    assert finding.ar_text == "17 و18 سبتمبر 2014" and finding.en_text == "17-19 September 2014"
    assert DATED_EN[finding.en_start : finding.en_end] == "17-19 September 2014"
    assert "2014-09-17/2014-09-18" in finding.message and "2014-09-17/2014-09-19" in finding.message


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value", "wrong"),
    [
        ("افتتح المعرض يوم الثلاثاء 17 سبتمبر 2014 في دبي.", "ar", "17 سبتمبر 2014", "2014-09-17", True),
        ("افتتح المعرض يوم الأربعاء 17 سبتمبر 2014 في دبي.", "ar", "17 سبتمبر 2014", "2014-09-17", False),
        ("The exhibition opens on Tuesday, 17 September 2014.", "en", "17 September 2014", "2014-09-17", True),
        ("The exhibition opens on Wednesday, 17 September 2014.", "en", "17 September 2014", "2014-09-17", False),
        ("وتختتم الفعاليات الخميس 1 مايو 2025.", "ar", "1 مايو 2025", "2025-05-01", False),
        ("وتختتم الفعاليات الجمعة 1 مايو 2025.", "ar", "1 مايو 2025", "2025-05-01", True),
    ],
)
def test_weekday_contradicting_its_date(text, lang, mention, value, wrong):
    other = "The exhibition opens in Dubai." if lang == "ar" else "افتتح المعرض في دبي."
    date = ent(text, mention, "DATE", "d1", value=value)
    ar, en = (text, other) if lang == "ar" else (other, text)
    ar_entities, en_entities = ([date], []) if lang == "ar" else ([], [date])
    findings = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, units(([0], [0])))
    weekday = [f for f in findings if f.check == "date" and f.severity == "error"]
    assert bool(weekday) == wrong
    if wrong:
        span = (weekday[0].ar_start, weekday[0].ar_end) if lang == "ar" else (weekday[0].en_start, weekday[0].en_end)
        assert text[span[0] : span[1]].endswith(mention)
        assert "Wednesday" in weekday[0].message or "Thursday" in weekday[0].message


# -- numbers by value --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ar", "ar_value", "en", "en_value", "differs"),
    [
        ("بلغت الميزانية 59,19 مليون درهم", 59_190_000, "The budget reached AED 59.19 million", 59_190_000, False),
        ("بلغت الميزانية 59,19 مليون درهم", 59_190_000, "The budget reached AED 59.9 million", 59_900_000, True),
        ("وارتفعت النسبة إلى ١٢٫٥٪", 12.5, "The rate rose to 12.5%", 12.5, False),
        ("وارتفعت النسبة إلى ١٢٫٥٪", 12.5, "The rate rose to 15.5%", 15.5, True),
        ("باستثمارات قدرها 3,200 مليون درهم", 3.2e9, "with investments of AED 3.2 billion", 3.2e9, False),
        ("يضم البرنامج أربع وحدات", 4, "The programme has four units", 4, False),
        ("يضم البرنامج أربع وحدات", 4, "The programme has five units", 5, True),
    ],
)
def test_numbers_compared_by_value(ar, ar_value, en, en_value, differs):
    ar_mention = next(w for w in ("59,19 مليون درهم", "١٢٫٥٪", "3,200 مليون درهم", "أربع") if w in ar)
    en_mention = next(w for w in ("AED 59.19 million", "AED 59.9 million", "12.5%", "15.5%", "AED 3.2 billion",
                                  "four", "five") if w in en)
    type_ = "PERCENT" if "٪" in ar else "MONEY" if "درهم" in ar else "NUMBER"
    ar_entities = [ent(ar, ar_mention, type_, "a1", number=float(ar_value))]
    en_entities = [ent(en, en_mention, type_, "b1", number=float(en_value))]
    findings = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, units(([0], [0])))
    found = [f for f in findings if f.check == "number"]
    assert bool(found) == differs
    if differs:
        assert (found[0].ar_text, found[0].en_text) == (ar_mention, en_mention)
        assert found[0].severity == "error"


def test_number_message_names_both_values():
    ar, en = "بلغت الميزانية 59,19 مليون درهم", "The budget reached 59.9 million dirhams"
    ar_entities = [ent(ar, "59,19 مليون", "NUMBER", "a1", number=59_190_000.0)]
    en_entities = [ent(en, "59.9 million", "NUMBER", "b1", number=59_900_000.0)]
    [finding] = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, units(([0], [0])))
    assert finding.message == "Arabic says 59,19 مليون (59,190,000); English says 59.9 million (59,900,000)"


def test_number_missing_on_one_side_and_found_elsewhere():
    ar = "شارك في الدورة 25 موظفاً.\nوتستمر الدورة خمسة أيام."
    en = "The course lasts five days.\nTwenty-five employees took part in the course, 25 in all."
    ar_entities = [ent(ar, "25 موظفاً", "NUMBER", "a1", number=25.0)]
    doc_ar, doc_en = make_doc(ar, "ar"), make_doc(en, "en")
    # the alignment crossed the sentences: the value is still found in the English document
    assert [f for f in check_pair(doc_ar, doc_en, ar_entities, [], units(([0], [0]), ([1], [1])))] == []
    en2 = "The course lasts five days.\nEmployees took part in the course."
    [finding] = check_pair(doc_ar, make_doc(en2, "en"), ar_entities, [], units(([0], [0]), ([1], [1])))
    assert (finding.check, finding.severity, finding.ar_text, finding.en_start) == ("number", "error", "25 موظفاً", None)


def test_small_number_word_on_one_side_is_only_a_note():
    ar, en = "وهي من أهم وسائل التواصل.", "It is one of the most important means of communication."
    en_entities = [ent(en, "one", "NUMBER", "b1", number=1.0)]
    [finding] = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], en_entities, units(([0], [0])))
    assert (finding.check, finding.severity) == ("number", "info")


@pytest.mark.parametrize(
    ("ar", "en", "found"),
    [
        ("وأضافت أن اللجنة المشتركة ستعقد اجتماعها العاشر في بروكسل الشهر المقبل لمتابعة تنفيذ المشروعات.",
         "The joint committee will hold its {} meeting in Brussels next month to follow up on the projects, she added.",
         ("العاشر", "tenth", "eleventh")),
        ("افتتح أمير المنطقة اليوم أعمال الدورة الخامسة والعشرين لمعرض الرياض الدولي للكتاب بمشاركة 800 دار نشر.",
         "The Governor of the Region today opened the {} Riyadh International Book Fair, with 800 publishing houses taking part.",
         ("الخامسة والعشرين", "25th", "26th")),
        ("وأشار الوزير إلى أن المملكة تعيش سنتها السادسة على التوالي من الجفاف، ما يستدعي ترشيد استهلاك المياه.",
         "The Kingdom is going through its {} consecutive year of drought, which calls for rationalising water use, the minister noted.",
         ("السادسة", "sixth", "seventh")),
        # a first and a second that count a thing; the tens of a compound after a spaced `و`
        ("وأعلنت الهيئة انطلاق الدورة الثانية من معرض الرياض للكتاب بمشاركة 600 دار نشر.",
         "The authority announced the launch of the {} edition of the Riyadh Book Fair with 600 publishers taking part.",
         ("الثانية", "second", "third")),
        ("ويشارك المنتخب الوطني في نهائيات كأس العالم للمرة الأولى في تاريخه بعد فوزه على منافسه.",
         "The national team is taking part in the World Cup finals for the {} time in its history after beating its rival.",
         ("الأولى", "first", "second")),
        ("وتعد المملكة ثاني أكبر منتج للتمور في العالم وفق تقرير المنظمة.",
         "The Kingdom is the {} largest date producer in the world, according to the organization's report.",
         ("ثاني", "second", "third")),
        ("وافتتح أمير المنطقة أعمال الدورة الخامسة و العشرين لمعرض الرياض الدولي للكتاب.",
         "The Governor of the Region opened the {} Riyadh International Book Fair.",
         ("الخامسة و العشرين", "25th", "26th")),
    ],
)
def test_an_ordinal_is_compared_with_the_ordinal_opposite(ar, en, found):
    ar_text, right, wrong = found
    assert [f for f in checks.check(ar, en.format(right)) if f.check == "number"] == []
    errors = [(f.check, f.severity, f.ar_text, f.en_text) for f in checks.check(ar, en.format(wrong)) if f.severity == "error"]
    assert errors == [("number", "error", ar_text, wrong)]


@pytest.mark.parametrize(
    ("ar", "en", "wrong", "found"),
    [
        ("الرباط (ومع) - رصدت الحكومة غلافا ماليا بقيمة 143 مليار درهم لتنفيذ البرنامج الوطني للتزويد بالماء الشروب.",
         "Rabat (MAP) - The government has earmarked 143 billion dirhams for the National Programme for Drinking Water Supply.",
         ("143 billion dirhams", "143 billion dollars"), ("143 مليار درهم", "143 billion dollars")),
        ("ولفتت إلى أن الجهاز سينفذ التعداد العام الرابع للسكان عام 2027، بكلفة تقدر بـ12 مليون دولار.",
         "She noted that PCBS will carry out the fourth General Census of Population in 2027, at an estimated cost of $12 million.",
         ("$12 million", "EUR 12 million"), ("12 مليون دولار", "EUR 12 million")),
        ("الكويت (كونا) - وقع الصندوق الكويتي للتنمية اتفاقية قرض بقيمة 50 مليون دينار كويتي لتمويل مشروع الطرق.",
         "Kuwait (KUNA) - The Kuwait Fund for Development signed a KD 50 million loan agreement to finance the road project.",
         ("KD 50 million", "$50 million"), ("50 مليون دينار كويتي", "$50 million")),
    ],
)
def test_an_amount_in_another_currency_is_an_error(ar, en, wrong, found):
    # a dirham is AED by default and MAD in Rabat: the word names both, the currency is the same
    assert [f for f in checks.check(ar, en) if f.check == "number"] == []
    errors = [(f.check, f.ar_text, f.en_text) for f in checks.check(ar, en.replace(*wrong)) if f.severity == "error"]
    assert errors == [("number", *found)]


def test_a_first_or_second_naming_a_month_is_not_compared():
    # `ربيع الأول` is a month: it is not set against the ordinal left opposite
    ar = "وفي 15 ربيع الأول عقد المجلس دورته الثالثة، وناقش فيها خطة العام المقبل."
    en = "In mid-September the council held its fourth session and discussed next year's plan."
    errors = [(f.ar_text, f.en_text) for f in checks.check(ar, en) if f.check == "number" and f.severity == "error"]
    assert errors == [("الثالثة", "fourth")]


def test_an_ordinal_shows_the_value_of_a_count_or_an_hour():
    # `الساعة الثامنة` is 8 pm, `محمد السادس` is Mohammed VI; one ordinal on one side only is no finding
    ar = "وتنطلق الفعاليات في تمام الساعة الثامنة مساء يوم الخميس المقبل برعاية الملك محمد السادس، للعام الثالث على التوالي."
    en = "The activities, held under the patronage of King Mohammed VI, start at 8 pm next Thursday."
    assert [f for f in checks.check(ar, en) if f.check == "number"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [("59,19 مليون", {59.19, 5919.0, 59_190_000.0}), ("٢٠٠١", {2001.0}), ("3,200", {3200.0, 3.2})],
)
def test_digit_values_reads_every_way(text, values):
    assert values <= digit_values(text)


@pytest.mark.parametrize(("value", "shown"), [(59_190_000.0, "59,190,000"), (12.5, "12.5"), (0.25, "0.25")])
def test_format_value(value, shown):
    assert format_value(value) == shown


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2014-09-17", "2014-09-17", True),
        ("2014", "2014-09-17", True),
        ("2014-09-17/2014-09-18", "2014-09-17/2014-09-19", False),
        ("2014-09-17/2014-09-18", "2014-09-17", False),
        ("2009-06", "2009-07", False),
    ],
)
def test_date_agreement(a, b, same):
    assert agree(parse(a), parse(b)) == same


# -- omission, addition, untranslated, length ---------------------------------------------------------


def test_added_paragraph_is_an_addition():
    ar = "افتتح المعرض في دبي بمشاركة واسعة من الشركات."
    en = ("The exhibition opened in Dubai with wide participation from companies.\n"
          "Visitors can register online through the official website before the event starts.")
    [finding] = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], units(([0], [0]), ([], [1])))
    assert (finding.check, finding.severity) == ("addition", "error")
    assert finding.en_text.startswith("Visitors can register") and finding.ar_start is None


def test_unaligned_neighbours_are_a_warning_not_an_error():
    ar = "وأكد المدير أهمية التدريب في تطوير الأداء الحكومي وتحسين الخدمات."
    en = "The director stressed the importance of training in developing government performance."
    found = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], units(([0], []), ([], [0])))
    assert {(f.check, f.severity) for f in found} == {("omission", "warning"), ("addition", "warning")}


def test_unit_far_too_short_is_a_length_warning():
    ar = ("وأكد المدير العام أهمية التدريب المستمر للموظفين في تطوير الأداء الحكومي وتحسين جودة الخدمات المقدمة "
          "للمتعاملين في جميع القطاعات والمراكز التابعة للهيئة في مختلف إمارات الدولة.")
    en = "The director stressed training."
    [finding] = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], units(([0], [0])))
    assert (finding.check, finding.severity) == ("length", "warning")
    assert finding.ar_text == ar and finding.en_text == en


@pytest.mark.parametrize(
    ("en", "flagged"),
    [
        ("The Institute of Public Administration “بيبا” presented a course.", False),
        ("The programme (تهيئة) includes four units.", False),
        ("The programme includes four units. يشمل البرنامج على وحدات أربع رئيسة.", True),
        ("The programme includes تهيئة units.", True),
    ],
)
def test_arabic_left_in_english(en, flagged):
    ar = "يشمل البرنامج على وحدات أربع رئيسة."
    found = [f for f in check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], units(([0], [0])))
             if f.check == "untranslated"]
    assert bool(found) == flagged


def test_english_sentence_left_in_arabic():
    ar = "أعلنت الهيئة عن إطلاق المبادرة. The initiative will be launched in the coming weeks across the country."
    en = "The authority announced the launch of the initiative."
    found = [f for f in check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], units(([0], [0])))
             if f.check == "untranslated"]
    assert len(found) == 1 and found[0].ar_text.startswith("The initiative will be launched")


# -- corpus-wide consistency ---------------------------------------------------------------------------


def test_name_spelled_unlike_the_rest_of_the_corpus(seed_pair):
    ar, en = seed_pair
    corpus = CorpusStats()
    for spelling in ("Mohamed Al Sabaa", "Mohamed Al Sabaa", "Mohamed Al-Sabaa"):
        corpus.add_names([("محمد السباع", spelling)])
    found = [f for f in run(ar, en, corpus=corpus) if f.check == "name"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].ar_text == "محمد السباع" and found[0].en_text == "Mohamed Al-Sabba’a"
    assert "Al Sabaa" in found[0].message and "3 of 3" in found[0].message


def test_bracketed_name_rendered_unlike_the_corpus(seed_pair):
    ar, en = seed_pair
    corpus = CorpusStats()
    for _ in range(3):
        corpus.add_units([("ضمن برنامج (تهيئة) للقطاع العام", "within the Tahyia programme (Tahyia)")])
    [finding] = [f for f in run(ar, en, corpus=corpus) if f.check == "terminology"]
    assert "Tahyia" in finding.message and "3 of 3" in finding.message
    assert finding.en_text == "preparation"


def test_corpus_length_norm_and_usual_spellings():
    corpus = CorpusStats()
    corpus.add_units([("نص عربي قصير " * 5, "a short English text " * 6)] * 40)
    median, spread = corpus.length_norm()
    assert spread >= 0.08 and abs(median - 0.49) < 0.2
    corpus.add_names([("علي سبكار", "Ali Sebkar")])
    assert corpus.usual_name("علي سبكار") is None  # one release is not yet a norm


def test_findings_are_records_the_checks_table_takes(seed_pair):
    from govnews import io

    ar, en = seed_pair
    findings = run(ar, en.replace("2001 hours", "2011 hours"))
    table = io.to_table("checks", [io.record_to_row(f, ar_doc_id="000", en_doc_id="001") for f in findings])
    assert table.num_rows == len(findings) and set(table.column("check").to_pylist()) <= set(checks.CHECKS)


# -- end to end: segment, extract, align, check -------------------------------------------------------

import govnews.extract as _extract_package  # noqa: E402

needs_pipeline = pytest.mark.skipif(
    not hasattr(_extract_package, "extract"), reason="govnews.extract.extract is not available"
)


def _corrupt(seeds, kind: str) -> tuple[str, str, str]:
    """The sample pair with one error of `kind` put into the English; and the span text expected."""
    ar, en = seeds["000"], seeds["001"]
    paragraphs = en.split("\n")
    if kind == "number":
        return ar, en.replace("2001 hours", "2011 hours"), "2011"
    if kind == "name":
        return ar, en.replace("Ali Sebkar", "Ali Hassan"), "Ali Hassan"
    if kind == "omission":
        return ar, "\n".join(paragraphs[:1] + paragraphs[2:]), ar.split("\n")[1]
    if kind == "untranslated":
        last = ar.split("\n")[3]
        return ar, "\n".join(paragraphs[:4] + [last]), last[:40]
    raise ValueError(kind)


@needs_pipeline
def test_check_sample_pair_end_to_end_has_no_error(seeds):
    findings = checks.check(seeds["000"], seeds["001"])
    assert errors(findings) == []
    assert any(f.check == "terminology" and f.en_text == "preparation" for f in findings)


@needs_pipeline
@pytest.mark.parametrize("kind", ["number", "name", "omission", "untranslated"])
def test_check_corrupted_sample_end_to_end(seeds, kind):
    ar, en, expected = _corrupt(seeds, kind)
    found = errors(checks.check(ar, en))
    assert [f.check for f in found] == [kind]
    side_text = found[0].ar_text if kind == "omission" else found[0].en_text
    assert expected in side_text
    if kind in ("number", "name"):
        assert found[0].ar_text in ("2001ساعة تدريبية", "2001", "علي سبكار", "السيد علي سبكار")
    start, end = (found[0].ar_start, found[0].ar_end) if kind == "omission" else (found[0].en_start, found[0].en_end)
    assert (ar if kind == "omission" else en)[start:end] == side_text


DATED_AR_RELEASE = (
    "تنظم هيئة كهرباء ومياه دبي الملتقى الخليجي الثالث للطاقة يومي 17 و18 سبتمبر 2014 في مركز دبي التجاري "
    "العالمي، بمشاركة 350 خبيراً من 12 دولة.\n"
    "وقال سعيد محمد الطاير العضو المنتدب الرئيس التنفيذي للهيئة إن الملتقى يناقش كفاءة الطاقة والطاقة المتجددة."
)
DATED_EN_RELEASE = (
    "Dubai Electricity and Water Authority will organise the third Gulf Energy Forum on 17-18 September 2014 at "
    "the Dubai World Trade Centre, with 350 experts from 12 countries taking part.\n"
    "Saeed Mohammed Al Tayer, MD and CEO of DEWA, said the forum discusses energy efficiency and renewable energy."
)


@needs_pipeline
def test_check_dated_release_end_to_end():
    assert errors(checks.check(DATED_AR_RELEASE, DATED_EN_RELEASE)) == []
    bad = DATED_EN_RELEASE.replace("17-18 September", "17-19 September")
    [finding] = errors(checks.check(DATED_AR_RELEASE, bad))
    assert finding.check == "date"
    assert "17" in finding.ar_text and "18 سبتمبر 2014" in finding.ar_text
    assert bad[finding.en_start : finding.en_end] == finding.en_text and "17-19 September 2014" in finding.en_text


@pytest.mark.parametrize(
    ("ar", "ar_mention", "ar_value", "en", "en_mention", "en_value", "check"),
    [
        ("وإمدادات من الطعام تكفي لمدة 2 من الأسابيع.", "2 من الأسابيع", "P2W",
         "and a 4-week supply of food.", "4-week", "P4W", "number"),
        ("الحجر الصحي لمدة 14 يومًا عند الوصول.", "14 يومًا", "P14D",
         "a 19-day quarantine upon arrival.", "19-day", "P19D", "number"),
        ("في 2 أبريل، أعلنت ألمانيا أنها ستشتري العقار.", "2 أبريل", "XXXX-04-02",
         "On 7 April, Germany announced that it would purchase the drug.", "7 April", "XXXX-04-07", "date"),
    ],
)
def test_durations_and_dates_without_a_year_are_compared(ar, ar_mention, ar_value, en, en_mention, en_value, check):
    type_ = "DURATION" if check == "number" else "DATE"
    ar_entities = [ent(ar, ar_mention, type_, "a1", value=ar_value)]
    en_entities = [ent(en, en_mention, type_, "b1", value=en_value)]
    found = errors(check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, en_entities, units(([0], [0]))))
    assert [(f.check, f.ar_text, f.en_text) for f in found] == [(check, ar_mention, en_mention)]
    if check == "date":  # the same day read on both sides agrees though neither gives the year
        same = [ent(en, en_mention, type_, "b1", value=ar_value)]
        assert errors(check_pair(make_doc(ar, "ar"), make_doc(en, "en"), ar_entities, same, units(([0], [0])))) == []


@pytest.mark.parametrize(
    "module",
    ["govnews.checks", "govnews.checks._text", "govnews.checks.corpus", "govnews.checks.terms", "govnews.report"],
)
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


# -- dates a neighbouring sentence seems to cover, name fragments, merged units ----------------------


def test_changed_date_is_an_error_though_a_neighbour_gives_the_new_one():
    ar = ("أُعلنت الخطة في 27 يناير 2020 في جنيف. أُضيف الاختبار إلى الإصدار الثاني (18 يناير 2020) "
          "والثالث (22 يناير 2020).")
    en = ("The plan was announced on 27 January 2020 in Geneva. The test was added to the second "
          "(18 January 2020) and third (27 January 2020) editions.")
    findings = [f for f in checks.check(ar, en) if f.check == "date"]
    assert [(f.severity, ar[f.ar_start:f.ar_end], en[f.en_start:f.en_end]) for f in findings] == [
        ("error", "22 يناير 2020", "27 January 2020")
    ]
    assert en.rindex("27 January 2020") == findings[0].en_start


@pytest.mark.parametrize("en, expected", [
    ("The company's sales rose 12 percent in the third quarter of 2015, the statement said.", []),
    ("The company's sales rose 12 percent in Q3 2015, the statement said.", []),
    ("The company's sales rose 12 percent in the second quarter of 2015, the statement said.",
     [("date", "الربع الثالث من عام 2015", "second quarter of 2015")]),
])
def test_a_quarter_of_a_year_is_compared_as_a_date(en, expected):
    ar = "وأوضح البيان أن مبيعات الشركة ارتفعت بنسبة 12 في المئة في الربع الثالث من عام 2015."
    findings = [f for f in checks.check(ar, en) if f.severity == "error"]
    assert [(f.check, ar[f.ar_start:f.ar_end], en[f.en_start:f.en_end]) for f in findings] == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("2020-01-22", "2020-01-27", True),  # the day
        ("2020-01-22", "2021-01-22", True),  # the year
        ("2020-01-22", "2021-02-22", False),  # two parts
        ("2020-01", "2020-01-27", False),  # another precision
        ("2014-09-17/2014-09-18", "2014-09-17/2014-09-19", True),
    ],
)
def test_dates_differing_in_one_part(a, b, expected):
    from govnews.checks.dates import _one_part_differs

    assert _one_part_differs(parse(a), parse(b)) is expected


@pytest.mark.parametrize(
    "ar_name, en_name, expected",
    [
        ("جاي", "Moon Jae-in", True),  # the extractor kept one word of مون جاي إن
        ("جاير بولسونارو إزاء", "Jair Bolsonaro", True),  # ... or ran on into a preposition
        ("سعيد محمد الطاير", "Mariam Al Mheiri", False),
        ("خالد الفالح", "Noura Al Kaabi", False),
    ],
)
def test_name_fragment_is_part_of_the_english_name(ar_name, en_name, expected):
    from govnews.checks.names import _part_of

    assert _part_of(ar_name, en_name) is expected


@pytest.mark.parametrize(
    "strength, z, merged, side, expected",
    [
        (2.5, 0.5, True, "en", "error"),  # an English sentence few of whose words the Arabic has, in a merged unit
        (2.5, 0.5, True, "ar", "warning"),  # Arabic words alone, in a merged unit of normal length
        (2.5, 1.6, True, "ar", "error"),  # ... in one that runs clearly short
        (4.5, 1.2, False, "ar", "error"),
        (1.5, 3.0, False, "ar", "warning"),
    ],
)
def test_word_evidence_severity(strength, z, merged, side, expected):
    from govnews.checks.content import _severity

    assert _severity(strength, z, merged, side=side) == expected


def test_merged_unit_gives_up_the_sentence_its_english_does_not_translate():
    # the aligner merged two Arabic sentences for one English one of plausible length: the words tell
    ar = ("افتتح الوزير المدرسة الجديدة في المدينة اليوم بحضور عدد من المسؤولين.\n"
          "وأكد الوزير أهمية التعليم للشباب والمجتمع ودعم الحكومة للمعلمين في جميع المناطق.")
    en = ("The minister opened the new school in the city today, attended by a number of officials, parents and "
          "pupils, who toured its classrooms and library.")
    findings = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], [AlignedUnit((0, 1), (0,), 0.5)])
    omissions = [(f.severity, ar[f.ar_start:f.ar_end]) for f in findings if f.check == "omission"]
    assert omissions == [("error", ar.split("\n")[1])]


AGENCY_PAGE_AR = (
    "الرئيسية > الإمارات\n\nرئيس الدولة يستقبل المدير العام لمنظمة الصحة العالمية\n\nالثلاثاء 12 مارس 2024 10:15 ص\n\n"
    "أبوظبي في 12 مارس / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم الدكتور تيدروس أدهانوم "
    "غيبريسوس المدير العام لمنظمة الصحة العالمية.\n\nوبحث اللقاء سبل تعزيز التعاون في القطاع الصحي، حيث ساهمت الدولة "
    "بمبلغ 50 مليون دولار لدعم برامج المنظمة خلال عام 2023.\n\nوام/حاتم محمد/عبدالناصر منعم\n"
)
AGENCY_PAGE_EN = (
    "Home > UAE > Government\n\nUAE President receives WHO Director-General\n\nTuesday 12 March 2024 10:15 AM\n\n"
    "ABU DHABI, 12th March, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, "
    "today received Dr. Tedros Adhanom Ghebreyesus, Director-General of the World Health Organization.\n\nDuring the "
    "meeting, they discussed ways to enhance cooperation in the health sector, as the UAE contributed US$50 million "
    "to support the organisation's programmes in 2023.\n\nWAM/Hatem Mohamed/Tariq alfaham\n"
)


def test_agency_pages_are_checked_by_their_body_with_offsets_into_the_files():
    # the editors' names of the sign-offs and the page furniture are no part of the translation
    assert [f for f in checks.check(AGENCY_PAGE_AR, AGENCY_PAGE_EN) if f.severity != "info"] == []
    wrong = AGENCY_PAGE_EN.replace("US$50 million", "US$5 million")
    [finding] = [f for f in checks.check(AGENCY_PAGE_AR, wrong) if f.severity == "error"]
    assert finding.check == "number"
    assert AGENCY_PAGE_AR[finding.ar_start : finding.ar_end] == "50 مليون دولار"
    assert wrong[finding.en_start : finding.en_end] == "US$5 million"


@pytest.mark.parametrize(
    "ar, en, errors",
    [
        ("بلغت قيمة الاستثمارات 3,200 مليون درهم.", "Investments reached AED 3.2 billion.", 0),  # a thousands comma
        ("بلغت قيمة الاستثمارات 3,200 مليون درهم.", "Investments reached AED 3.2 million.", 0),  # a decimal comma
        ("بلغت قيمة الاستثمارات 3,200 مليون درهم.", "Investments reached AED 4.2 billion.", 1),
        ("ارتفعت نسبة النمو إلى ١٢٫٥٪ خلال العام الماضي.", "The growth rate rose to 12.5% last year.", 0),
    ],
)
def test_an_arabic_comma_before_three_digits_may_be_either_separator(ar, en, errors):
    assert sum(f.severity == "error" for f in checks.check(ar, en)) == errors
