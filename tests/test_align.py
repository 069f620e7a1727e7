"""Sentence and paragraph alignment of an Arabic text and its English translation."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govnews
from govnews.align import align, align_paragraphs, number_keys
from govnews.errors import ConfigError
from govnews.records import AlignedUnit

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _lines(prefix: str) -> list[str]:
    text = next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _units(units: list[AlignedUnit]) -> list[list[list[int]]]:
    return [[list(u.ar), list(u.en)] for u in units]


def _covers_in_order(units: list[AlignedUnit], n: int, m: int) -> bool:
    ar = [i for u in units for i in u.ar]
    en = [j for u in units for j in u.en]
    return ar == list(range(n)) and en == list(range(m)) and all(u.ar or u.en for u in units)


def test_seed_paragraphs_match_the_gold(gold):
    units = align_paragraphs(_lines("000"), _lines("001"))
    assert _units(units) == gold["000"]["paragraph_alignment"]
    assert all(0.0 < u.score <= 1.0 for u in units)


def test_paragraph_level_option_is_the_same_aligner(gold):
    units = align(_lines("000"), _lines("001"), level="paragraph")
    assert _units(units) == gold["000"]["paragraph_alignment"]


# A release and its translation, sentence by sentence, as a ministry publishes them.
AR = [
    "افتتح وزير الصحة اليوم مستشفى الملك فهد الجديد في الرياض بسعة 350 سريرا.",
    "وتبلغ تكلفة المشروع 1.2 مليار ريال.",
    "وقال الوزير إن المستشفى سيخدم أكثر من 500 ألف مواطن في المنطقة.",
    "وأضاف أن الوزارة تعمل على إنشاء 12 مستشفى جديدا بحلول عام 2025.",
    "وحضر الافتتاح عدد من المسؤولين.",
    "وتأتي هذه الخطوة ضمن رؤية المملكة 2030.",
]
EN = [
    "The Minister of Health today opened the new King Fahd Hospital in Riyadh, with a capacity of 350 beds "
    "and a cost of SR1.2 billion.",
    "The minister said the hospital will serve more than 500,000 citizens in the region.",
    "He added that the ministry is working on building 12 new hospitals by 2025.",
    "A number of officials attended the opening.",
    "The step comes within the Kingdom's Vision 2030.",
]


def test_two_sentences_merged_in_translation():
    units = align(AR, EN)
    assert _units(units) == [[[0, 1], [0]], [[2], [1]], [[3], [2]], [[4], [3]], [[5], [4]]]


def test_long_arabic_sentence_split_in_three():
    ar = [
        "استقبل سمو ولي العهد اليوم في الرياض وزير الخارجية الفرنسي، وبحث معه العلاقات الثنائية بين البلدين، "
        "واستعرض الجانبان مجالات التعاون في قطاعات الطاقة والتعليم والصحة.",
        "وحضر الاستقبال سفير فرنسا لدى المملكة.",
    ]
    en = [
        "His Royal Highness the Crown Prince received the French Minister of Foreign Affairs in Riyadh today.",
        "They discussed the bilateral relations between the two countries.",
        "The two sides reviewed areas of cooperation in the energy, education and health sectors.",
        "The ambassador of France to the Kingdom attended the reception.",
    ]
    assert _units(align(ar, en)) == [[[0], [0, 1, 2]], [[1], [3]]]


def test_sentence_left_out_of_translation():
    en = EN[:3] + EN[4:]  # the translator dropped "A number of officials attended the opening."
    units = align(AR, en)
    assert [[4], []] in _units(units)
    assert [[5], [3]] in _units(units)


def test_paragraph_indexes_are_soft_anchors():
    ar = ["أعلنت الهيئة نتائج العام.", "وارتفعت الإيرادات.", "وفي شأن آخر، وقعت الهيئة اتفاقية.", "وتمتد الاتفاقية ثلاث سنوات."]
    en = ["The authority announced the year's results. Revenues rose.", "Separately, the authority signed an agreement.",
          "The agreement runs for three years."]
    units = align(ar, en, ar_paragraphs=[0, 0, 1, 1], en_paragraphs=[0, 1, 1])
    assert _units(units) == [[[0, 1], [0]], [[2], [1]], [[3], [2]]]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("2001ساعة تدريبية", {"2001"}),
        ("في ٢٠٢٤ و٣ ورش", {"2024", "3"}),
        ("59,19 مليون", {"5919"}),
        ("59.19 million", {"5919"}),
        ("۱۴۰۳ هـ", {"1403"}),
        ("no numbers", set()),
    ],
)
def test_number_keys_agree_across_scripts(text, keys):
    assert number_keys(text) == keys


def test_empty_sides():
    assert align([], []) == []
    assert _units(align(["جملة."], [])) == [[[0], []]]
    assert _units(align([], ["A sentence.", "Another."])) == [[[], [0]], [[], [1]]]


def test_narrow_band_still_covers_a_long_document():
    ar = [f"بلغ عدد المشاركين {n} مشاركا في الدورة رقم {n + 7}." for n in range(120)]
    en = [f"The number of participants reached {n} in course number {n + 7}." for n in range(120)]
    units = align(ar, en, band=4)
    assert _units(units) == [[[i], [i]] for i in range(120)]


def test_rejects_paragraph_lists_of_the_wrong_length():
    with pytest.raises(ConfigError, match="ar_paragraphs has 1 entries for 2 sentences"):
        align(["أ.", "ب."], ["A."], ar_paragraphs=[0])


def test_rejects_an_unknown_level():
    with pytest.raises(ConfigError, match="level"):
        align(["أ."], ["A."], level="word")


def test_package_level_function():
    units = govnews.align(["قال الوزير إن 25 مدرسة افتتحت."], ["The minister said 25 schools opened."])
    assert units == [AlignedUnit((0,), (0,), units[0].score)]


words_ar = st.sampled_from(["الوزير", "افتتح", "مدرسة", "2024", "المعهد", "دورة", "تدريبية", "البحرين", "عام"])
words_en = st.sampled_from(["minister", "opened", "school", "2024", "institute", "training", "Bahrain", "year"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(words_ar, min_size=1, max_size=12).map(" ".join), max_size=15),
    st.lists(st.lists(words_en, min_size=1, max_size=12).map(" ".join), max_size=15),
    st.integers(min_value=1, max_value=6),
)
def test_every_sentence_once_in_order(ar, en, band):
    units = align(ar, en, band=band)
    assert _covers_in_order(units, len(ar), len(en))
    assert all(len(u.ar) + len(u.en) <= 4 and 0.0 <= u.score <= 1.0 for u in units)


def test_docstring_examples():
    import doctest

    import govnews.align as module

    assert doctest.testmod(module).failed == 0
