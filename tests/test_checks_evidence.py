"""Evidence that a sentence has no counterpart: numbers it alone states, words no sentence opposite shares,
sentence ends the segmenter missed."""

from __future__ import annotations

import pytest

from govnews.checks import check_pair
from govnews.checks._text import own_values, values
from govnews.checks._units import PairContext, build_units
from govnews.checks.content import _add_left_over, _Agreements, _demote_vouched, _relocate, _vouched, _widen
from govnews.checks.coverage import _count, _edge_by_length, ratio
from govnews.records import AlignedUnit

from tests.test_checks import make_doc, units

AR = ("افتتح وزير التربية والتعليم المدرسة الجديدة في المدينة اليوم بحضور عدد من المسؤولين.\n"
      "وشارك في الحفل 250 طالبا و40 معلما من 12 مدرسة في المنطقة.")
EN_WITH_NUMBERS = ("The Minister of Education opened the new school in the city today in the presence of a number of "
                   "officials, and 250 students and 40 teachers from 12 schools in the region took part in the ceremony.")
EN_WITHOUT = "The Minister of Education opened the new school in the city today in the presence of a number of officials."


def context(ar: str, en: str, unit_list) -> PairContext:
    ar_doc, en_doc = make_doc(ar, "ar"), make_doc(en, "en")
    return PairContext(ar_doc, en_doc, [], [], build_units(ar_doc, en_doc, [], [], unit_list))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كوفيد-19 عام ٢٠٢٠ و900,000 عامل", {"2020", "900000"}),  # a code is no value; و and Arabic digits are read
        ("COVID-19 and N95 masks for 54 countries in 2015", {"54", "2015"}),
        ("a 14-day quarantine.80% of them, 1.5 million", {"14", "80", "15"}),  # a sentence glued to the next
        ("SARS-CoV-2 spreads", set()),
    ],
)
def test_values_leave_codes_out(text, expected):
    assert values(text) == expected


def test_own_values_are_those_the_rest_does_not_state():
    text = "في عام 2020 شارك 250 طالبا. وفي عام 2020 أيضا شارك 7 معلمين و40 موظفا."
    second = (text.index("وفي"), len(text))
    assert own_values(text, second) == {"40"}  # 2020 is stated before, 7 is a single digit


@pytest.mark.parametrize(("en", "vouched"), [(EN_WITH_NUMBERS, True), (EN_WITHOUT, False)])
def test_passage_whose_own_numbers_the_english_gives_is_translated(en, vouched):
    ctx = context(AR, en, units(([0], [0]), ([1], [])))
    second = ctx.ar_doc.sentences[1]
    assert _vouched(ctx, "ar", (second.start, second.end)) is vouched


@pytest.mark.parametrize(("en", "severity"), [(EN_WITH_NUMBERS, "warning"), (EN_WITHOUT, "error")])
def test_omission_error_whose_numbers_the_english_gives_becomes_a_warning(en, severity):
    ctx = context(AR, en, units(([0], [0]), ([1], [])))
    second = ctx.ar_doc.sentences[1]
    error = ctx.finding("omission", "error", "left out", ar=(second.start, second.end))
    [finding] = _demote_vouched(ctx, [error])
    assert (finding.severity, finding.ar_start, finding.ar_end) == (severity, second.start, second.end)


ORPHAN_AR = ("افتتح وزير التربية والتعليم المدرسة الجديدة في المدينة اليوم بحضور عدد من المسؤولين.\n"
             "وأكد الوزير أهمية التعليم للشباب ودعم الحكومة للمعلمين في جميع المناطق.")
ORPHAN_EN = ("The Minister of Education opened the new school in the city today in the presence of a number of "
             "officials.\n"
             "The minister stressed the importance of education for young people and government support for "
             "teachers in all regions.\n"
             "The exhibition will host companies from the energy, tourism, health and transport sectors at the trade "
             "centre next month.")


def test_english_sentence_no_arabic_sentence_agrees_with_is_an_addition():
    # the aligner paired the added sentence with the first Arabic one and merged the rest
    en = "\n".join([ORPHAN_EN.split("\n")[2], *ORPHAN_EN.split("\n")[:2]])
    unit_list = units(([0], [0]), ([1], [1, 2]))
    ctx = context(ORPHAN_AR, en, unit_list)
    agreements = _Agreements(ctx)
    assert agreements.best("en", 0) <= 0.1 < min(agreements.best("en", 1), agreements.best("en", 2))
    assert not agreements.exceeds("en", 0, 0.1) and agreements.exceeds("en", 1, 0.1)
    [finding] = _add_left_over(ctx, [])
    assert (finding.check, finding.severity, finding.en_text) == ("addition", "error", ORPHAN_EN.split("\n")[2])
    findings = check_pair(ctx.ar_doc, ctx.en_doc, [], [], unit_list)
    assert ("addition", "error", ORPHAN_EN.split("\n")[2]) in [(f.check, f.severity, f.en_text) for f in findings]


def test_sentence_holding_a_number_the_english_lacks_and_agreeing_poorly_is_an_omission():
    ar = AR.split("\n")[0] + "\n" + "وبلغت تكلفة المشروع 75 مليون درهم."
    ctx = context(ar, EN_WITHOUT, units(([0, 1], [0])))
    second = ctx.ar_doc.sentences[1]
    number = ctx.finding("number", "error", "Arabic says 75 million", ar=(ar.index("75"), ar.index("75") + 2))
    left_over = [f for f in _add_left_over(ctx, [number]) if f.check == "omission"]
    assert [(f.severity, f.ar_start) for f in left_over] == [("error", second.start)]
    assert [f for f in _add_left_over(ctx, []) if f.check == "omission"] == []  # the words alone do not tell


def test_translated_pair_has_no_orphan():
    en = "\n".join(ORPHAN_EN.split("\n")[:2])
    findings = check_pair(make_doc(ORPHAN_AR, "ar"), make_doc(en, "en"), [], [], units(([0], [0]), ([1], [1])))
    assert [f for f in findings if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Games were postponed to 2021\".Casinos have closed.", "en", 2),
        ("The U.S. Army and Dr. Fauci met at 3.5 p.m. today.", "en", 1),
        ("أعطت نتائج غير صحيحة.أعطى 80% من الأطقم نتائج خاطئة.", "ar", 2),
    ],
)
def test_sentence_ends_the_segmenter_missed_are_counted(text, lang, count):
    doc = make_doc(text, lang)
    assert _count(doc, (0, len(text))) == count


def test_one_sided_sentence_glued_into_the_neighbours_english_is_a_warning():
    ar = ("أُلغيت معظم الفعاليات الرياضية الكبرى أو أُجلت هذا العام في أوروبا.\n"
          "أغلقت نوادي القمار وأماكن اللعب الأخرى حول العالم وأُجلت البطولات المباشرة أو أُلغيت.")
    en = ("Most major sporting events in Europe have been either cancelled or postponed this year.Casinos and other "
          "gaming venues worldwide have closed and live poker tournaments have been either postponed or cancelled.")
    findings = check_pair(make_doc(ar, "ar"), make_doc(en, "en"), [], [], [AlignedUnit((0,), (0,), 0.5), AlignedUnit((1,), (), 0.0)])
    assert [(f.check, f.severity) for f in findings if f.check == "omission"] == [("omission", "warning")]


# two Arabic sentences the aligner merged for one English sentence that translates the first alone
MERGED_AR = ("أعلنت وزارة الصحة اليوم عن افتتاح مركز جديد لعلاج المرضى في العاصمة بسعة كبيرة.\n"
             "ويضم المركز أقساماً متخصصة.")
MERGED_EN = "The Ministry of Health announced the opening of a new centre for treating patients in the capital today."


def test_merged_unit_running_short_gives_up_the_sentence_its_english_leaves_out():
    ctx = context(MERGED_AR, MERGED_EN, units(([0, 1], [0])))
    unit = ctx.units[0]
    second = ctx.ar_doc.sentences[1]
    assert _edge_by_length(ctx, unit, "ar", z=-(ratio(unit.ar_text, unit.en_text) - 0.2) / 0.18) == (second.start, second.end)
    findings = check_pair(ctx.ar_doc, ctx.en_doc, [], [], units(([0, 1], [0])))
    assert [(f.check, f.severity, f.ar_text) for f in findings if f.check == "omission"] == [
        ("omission", "error", MERGED_AR.split("\n")[1])
    ]


@pytest.mark.parametrize(
    "en",
    [
        # the English renders both sentences in one: its length fits the two
        MERGED_EN[:-1] + ", with its specialised departments.",
        # list items the segmenter kept in one sentence (lower case after the full stop)
        "opening of a new centre for treating patients in the capital. specialised departments.",
    ],
)
def test_merged_unit_whose_english_holds_both_sentences_gives_up_none(en):
    ctx = context(MERGED_AR, en, units(([0, 1], [0])))
    unit = ctx.units[0]
    assert _edge_by_length(ctx, unit, "ar", z=-(ratio(unit.ar_text, unit.en_text) - 0.2) / 0.18) is None


RUN_AR = ("افتتح وزير التربية والتعليم المدرسة الجديدة في المدينة اليوم.\n"
          "وحضر الافتتاح عدد من المسؤولين وأولياء الأمور.\n"
          "وتضم المدرسة ثلاثين فصلا ومكتبة ومختبرات حديثة.\n"
          "وأكد الوزير أهمية التعليم للشباب.")


def test_one_sided_sentence_and_as_poorly_covered_neighbour_are_reported_together():
    ctx = context(RUN_AR, "The minister opened the school.\nHe stressed the importance of education.",
                  units(([0], [0]), ([1], []), ([2], []), ([3], [1])))
    s1, s2 = ctx.ar_doc.sentences[1], ctx.ar_doc.sentences[2]
    error = ctx.finding("omission", "error", "left out", ar=(s2.start, s2.end))
    rivals: dict = {}
    low = {1: 2.5, 2: 2.2}  # both sentences' own words are far less covered than the rest's
    assert _relocate(ctx, [error], "ar", [None] * 4, low, rivals) == [error]
    assert rivals == {error: ("ar", 2, 1)} and 1 not in low
    [widened] = _widen(ctx, [error], rivals)
    assert (widened.check, widened.severity, widened.ar_start, widened.ar_end) == ("omission", "error", s1.start, s2.end)
    assert "one of these two Arabic sentences" in widened.message
    # a neighbour another error reports already is not taken in
    other = ctx.finding("omission", "error", "left out", ar=(s1.start, s1.end))
    assert _widen(ctx, [error, other], rivals) == [error, other]
