"""Checks, alignment and links on agency releases as they are published in both languages (tests/data/releases):
a faithful free translation draws no error and no warning; each translator error planted in a copy draws an
error of its kind on the planted span."""

from __future__ import annotations

from pathlib import Path

import pytest

from govnews import checks

RELEASES = Path(__file__).resolve().parent / "data" / "releases"
NAMES = sorted(p.name.removesuffix(".ar.txt") for p in RELEASES.glob("*.ar.txt"))


def release(name: str) -> tuple[str, str]:
    return (RELEASES / f"{name}.ar.txt").read_text(encoding="utf-8"), (RELEASES / f"{name}.en.txt").read_text(encoding="utf-8")


def serious(findings):
    return [(f.check, f.severity, f.ar_text, f.en_text) for f in findings if f.severity in ("error", "warning")]


def test_every_release_has_its_translation():
    assert len(NAMES) >= 6


@pytest.mark.parametrize("name", NAMES)
def test_faithful_translation_draws_no_error_nor_warning(name):
    ar, en = release(name)
    assert serious(checks.check(ar, en)) == []


# (release, English as published, English with the translator's error, check, Arabic of the finding)
PLANTED = [
    ("wam_budget", "AED2.5 billion", "AED3.5 billion", "number", "2.5 مليار درهم"),
    ("wam_budget", "46 percent", "64 percent", "number", "46 بالمائة"),
    ("spa_cabinet", "63.7 percent", "67.3 percent", "number", "٪63.7"),
    ("spa_cabinet", "appoint ten members", "appoint eleven members", "number", "عشرة أعضاء"),
    ("bna_king", "September 13, 2023", "September 15, 2023", "date", "13 سبتمبر 2023"),
    ("bna_king", "Antony Blinken", "Lloyd Austin", "name", "أنتوني بلينكن"),
    ("kuna_amir", "Keir Starmer", "Rishi Sunak", "name", "كير ستارمر"),
    ("kuna_amir", "GBP 4.3 billion", "GBP 3.4 billion", "number", "4.3 مليار جنيه إسترليني"),
    ("moh_stats", "Al Rand", "Al Rashid", "name", "حسين عبد الرحمن الرند"),
    ("petra_jordan", "Shigeru Ishiba", "Shigeru Ishida", "name", "شيغيرو إيشيبا"),
    ("petra_jordan", "since 1974", "since 1947", "date", "عام 1974"),
    ("petra_jordan", "in Tokyo on Tuesday", "in Tokyo on Wednesday", "date", "الثلاثاء"),
    ("ona_oman", "180-kilometre", "108-kilometre", "number", "180 كيلومتراً"),
    ("ona_oman", "four years", "five years", "number", "أربع سنوات"),
    ("ona_oman", "No. 45/2024", "No. 54/2024", "number", "45"),
    ("wam_cabinet", "AED71.5 billion", "AED17.5 billion", "number", "71,5 مليار درهم"),
    ("wam_cabinet", "Sheikh Maktoum bin Mohammed", "Sheikh Hamdan bin Mohammed", "name", "مكتوم بن محمد بن راشد آل مكتوم"),
    ("spa_health", "59.19 million visits", "95.19 million visits", "number", "59,19 مليون زيارة"),
    ("spa_health", "to June 25, 2025", "to June 25, 2026", "date", "1 شوال 1445 هـ حتى 29 ذي الحجة 1446 هـ"),
    ("kuna_finance", "actual deficit of KD 1.8 billion", "actual deficit of KD 1.8 million", "number", "1,8 مليار دينار"),
    ("kuna_finance", "said on Thursday", "said on Wednesday", "date", "الخميس"),
    ("petra_usaid", "$845.1 million", "$854.1 million", "number", "845,1 مليون دولار"),
    ("petra_usaid", "2023-2029", "2023-2028", "date", "2023-2029"),
    ("mena_debt", "targeting 1,477 villages", "targeting 1,747 villages", "number", "1477 قرية"),
    ("mena_debt", "Mohamed El-Homsany", "Nader Saad", "name", "محمد الحمصاني"),
    ("mohre_emiratis", "launched in September 2021", "launched in September 2022", "date", "سبتمبر 2021"),
    ("mohre_emiratis", "AED96,000", "AED69,000", "number", "96 ألف درهم"),
    ("kuna_housing", "two introductory sessions", "three introductory sessions", "number", "جلستين تعريفيتين"),
    ("kuna_housing", "since 2014", "since 2004", "date", "عام 2014"),
]


@pytest.mark.parametrize("name, published, wrong, check, ar_text", PLANTED, ids=[f"{p[0]}-{p[2]}" for p in PLANTED])
def test_translator_error_is_reported_on_its_span(name, published, wrong, check, ar_text):
    ar, en = release(name)
    assert published in en
    errors = [f for f in checks.check(ar, en.replace(published, wrong, 1)) if f.severity == "error"]
    assert [(f.check, f.ar_text) for f in errors] == [(check, ar_text)]
    assert wrong.split()[-1].split("/")[0].split("-")[0] in errors[0].en_text


DROPPED = [
    ("kuna_amir", "Five agreements were signed", "كما تم توقيع خمس اتفاقيات"),
    ("moh_stats", "The programme includes seven basic vaccines", "وأشار إلى أن البرنامج يشمل سبعة لقاحات"),
    ("spa_cabinet", "The Cabinet approved a memorandum", "وقرر المجلس الموافقة على مذكرة تفاهم"),
]


@pytest.mark.parametrize("name, paragraph, ar_start", DROPPED, ids=[d[0] for d in DROPPED])
def test_dropped_paragraph_is_an_omission_of_its_arabic(name, paragraph, ar_start):
    ar, en = release(name)
    paragraphs = en.split("\n\n")
    kept = "\n\n".join(p for p in paragraphs if not p.startswith(paragraph))
    assert len(kept) < len(en)
    errors = [f for f in checks.check(ar, kept) if f.severity == "error"]
    assert [(f.check, f.ar_text.startswith(ar_start)) for f in errors] == [("omission", True)]


def test_weekday_a_release_gives_without_a_date_differs():
    # `اليوم الثلاثاء` with no date beside it: only the weekdays can disagree
    ar = "عمّان (بترا)- التقى جلالة الملك عبدالله الثاني، اليوم الثلاثاء، رئيس الوزراء الياباني شيغيرو إيشيبا."
    en = "Amman (Petra) -- His Majesty King Abdullah II met Japanese Prime Minister Shigeru Ishiba on {day}."
    assert [f for f in checks.check(ar, en.format(day="Tuesday")) if f.check == "date"] == []
    found = [(f.check, f.severity, f.ar_text, f.en_text) for f in checks.check(ar, en.format(day="Wednesday"))]
    assert found == [("date", "error", "الثلاثاء", "Wednesday")]


def test_a_date_without_its_year_takes_the_dateline_s():
    # the dateline is no part of the body compared, but its year dates `21 نوفمبر` (not the year 2025 the text names)
    ar = ("الرياض 19 نوفمبر 2026 (واس) - افتتح سمو أمير منطقة الرياض، اليوم، المؤتمر الدولي للتحول الرقمي.\n\n"
          "ويستمر المؤتمر حتى 21 نوفمبر الجاري، بعد أن بلغت نسبة نضج الخدمات الرقمية 86.5% في عام 2025.")
    en = ("Riyadh, November 19, 2026 (SPA) -- The Governor of Riyadh Region inaugurated today the International "
          "Conference on Digital Transformation.\n\nThe conference runs until November 22, after the maturity rate "
          "of digital services reached 86.5% in 2025.")
    found = [f.message for f in checks.check(ar, en) if f.check == "date"]
    assert found == ["Arabic says 21 نوفمبر (2026-11-21); English says November 22 (2026-11-22)"]


def test_weekday_of_another_unit_is_no_difference():
    # the English gives the weekday of the Arabic's second sentence in its first: each is named on both sides
    ar = ("وصل الوفد إلى الرياض يوم الأحد في زيارة رسمية تستغرق ثلاثة أيام.\n\n"
          "وسيعقد الجانبان جلسة مباحثات يوم الاثنين لبحث التعاون الاقتصادي.")
    en = ("The delegation arrived in Riyadh on Sunday for a three-day official visit, with talks due on Monday.\n\n"
          "The two sides will discuss economic cooperation on Monday.")
    assert [f for f in checks.check(ar, en) if f.check == "date" and f.severity == "error"] == []


def test_regnal_number_is_part_of_a_kings_name():
    # `الثاني` has a skeleton, `II` none: the ordinal is compared apart from the name
    ar = "التقى جلالة الملك عبدالله الثاني، اليوم، رئيس الوزراء الياباني شيغيرو إيشيبا في طوكيو."
    en = "His Majesty King Abdullah II met Japanese Prime Minister Shigeru Ishiba in Tokyo today."
    assert [f for f in checks.check(ar, en) if f.check == "name"] == []
    wrong = [f for f in checks.check(ar, en.replace("Abdullah II", "Abdullah III")) if f.check == "name"]
    assert [(f.severity, f.ar_text, f.en_text) for f in wrong] == [("error", "عبدالله الثاني", "Abdullah III")]


def test_invocations_after_a_rulers_name_do_not_make_the_english_short():
    ar, en = release("bna_king")
    assert "حفظه الله ورعاه" in ar and "His Majesty King Hamad bin Isa Al Khalifa received" in en
    assert [f for f in checks.check(ar, en) if f.check == "length"] == []


def test_sentence_that_agrees_with_its_own_unit_is_no_omission_or_addition():
    # the reporting verb and adjectives have no translation the lexicon knows, its unit's words agree
    for name in ("wam_budget", "kuna_amir"):
        ar, en = release(name)
        assert [f for f in checks.check(ar, en) if f.check in ("omission", "addition")] == []


def test_headline_verb_after_a_title_is_no_name():
    from govnews.extract import extract

    for headline in ("الملك يلتقي رئيس الوزراء الياباني في طوكيو", "سمو ولي العهد يستقبل وزير الخارجية الأمريكي"):
        assert [e.text for e in extract(headline, lang="ar") if e.type == "PERSON"] == []
    assert [e.text for e in extract("استقبل الدكتور يحيى الحسن الوفد الزائر", lang="ar") if e.type == "PERSON"] == ["يحيى الحسن"]


def test_arabic_dual_is_the_english_two():
    ar = "وبحث الجانبان سبل تعزيز التعاون بين البلدين في مجال الطاقة."
    en = "The {} sides discussed ways to enhance cooperation between the two countries in the energy field."
    assert [f for f in checks.check(ar, en.format("two")) if f.check == "number"] == []
    ar_plural = "وبحث المسؤولون سبل تعزيز التعاون في مجال الطاقة مع عدد من الدول."
    en_plural = "The officials discussed ways to enhance cooperation in the energy field with two countries."
    assert [f.en_text for f in checks.check(ar_plural, en_plural) if f.check == "number"] == ["two countries"]


def test_an_arabic_dual_is_compared_with_the_english_count():
    ar = "ونظمت وزارة المالية ورشتين تدريبيتين حول إعداد الميزانية العامة في مقرها بالرياض."
    en = "The Ministry of Finance organized {} workshops on preparing the general budget at its headquarters in Riyadh."
    assert [f for f in checks.check(ar, en.format("two")) if f.check == "number"] == []
    findings = [(f.severity, f.ar_text, f.en_text) for f in checks.check(ar, en.format("three")) if f.check == "number"]
    assert findings == [("error", "ورشتين تدريبيتين", "three workshops")]
    plain = "The Ministry of Finance organized workshops on preparing the general budget at its headquarters in Riyadh."
    assert [f for f in checks.check(ar, plain) if f.check == "number"] == []


def test_a_body_named_in_a_role_draws_no_note():
    """QNA: `رئيس مجلس الوزراء` is `Prime Minister`; the cabinet is part of the office, not a body left out."""
    ar, en = release("qna_turkey")
    notes = [f.ar_text for f in checks.check(ar, en) if f.check == "name"]
    assert "مجلس الوزراء" not in notes


def test_a_person_replaced_is_one_finding_not_two():
    ar, en = release("qna_turkey")
    findings = [f for f in checks.check(ar, en.replace("Hakan Fidan", "Mevlut Cavusoglu")) if f.check == "name" and f.severity != "info"]
    assert [(f.severity, f.en_text) for f in findings] == [("error", "Mevlut Cavusoglu")]


def test_a_wrong_weekday_is_one_date_error():
    """WAM: `Tuesday, 25th March` for `يوم الاثنين 25 مارس`: the weekday differs, the day is a Monday, and the
    sentence's words agree but for it; one error."""
    ar, en = release("wam_cabinet")
    findings = [f for f in checks.check(ar, en.replace("Monday, 25th March", "Tuesday, 25th March")) if f.severity == "error"]
    assert [(f.check, f.en_text) for f in findings] == [("date", "Tuesday")]  # no second date error, no addition
