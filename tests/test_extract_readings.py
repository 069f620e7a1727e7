"""Readings of numbers and dates that translator checks depend on: duals, ranges of number words, `may`."""

import pytest

from govnews.extract import extract


def _values(text, lang):
    return [(e.type, e.text, e.value) for e in extract(text, lang=lang) if e.type in ("NUMBER", "DATE", "DURATION")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يجب الحفاظ على مسافة مترين على الأقل بين الأشخاص.", [("NUMBER", "مترين", "2")]),
        ("تمتد الطريق مسافة كيلومترين داخل المدينة.", [("NUMBER", "كيلومترين", "2")]),
        ("أنشئ المستشفى على مساحة 300 متر مربع.", [("NUMBER", "300 متر مربع", "300")]),
    ],
)
def test_arabic_dual_of_a_measure_is_two(text, expected):
    assert _values(text, "ar") == expected


def test_dual_carries_its_unit():
    (entity,) = [e for e in extract("مسافة مترين", lang="ar") if e.type == "NUMBER"]
    assert (entity.number, entity.unit) == (2.0, "متر")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("لتوفير الإمدادات الطبية لمدة تتراوح بين أربعة وستة أشهر.", "10"),  # four to six, not ten
        ("سجلت ما بين عشرين وثلاثين إصابة.", "50"),
    ],
)
def test_two_number_words_joined_by_waw_are_no_sum(text, absent):
    assert all(value != absent and value != f"P{absent}M" for _, _, value in _values(text, "ar"))


def test_compound_number_words_still_add_up():
    assert _values("شارك خمسة وعشرون طالبا في المسابقة.", "ar") == [("NUMBER", "خمسة وعشرون طالبا", "25")]
    assert [v for _, _, v in _values("بلغت التكلفة مئة وخمسة وثلاثين ألف درهم.", "ar")] == []  # MONEY, not NUMBER
    (money,) = [e for e in extract("بلغت التكلفة مئة وخمسة وثلاثين ألف درهم.", lang="ar") if e.type == "MONEY"]
    assert money.number == 135000


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Guidance this may change as the outbreak evolves.", []),
        ("Schools will reopen this May, the ministry said.", [("DATE", "this May")]),
        ("The plan was adopted on 1 May 2020.", [("DATE", "1 May 2020")]),
        ("A study in late December of 2019 showed a rise.", [("DATE", "late December of 2019")]),
    ],
)
def test_english_may_and_month_of_year(text, expected):
    assert [(t, s) for t, s, _ in _values(text, "en")] == expected


def test_month_of_year_has_the_year():
    assert _values("A study in late December of 2019 showed a rise.", "en")[0][2] == "2019-12"
