"""Linking the entities of an Arabic release to those of its English translation."""

import pytest
from pairdocs import seed_document

from govnews.extract import extract
from govnews.link import link_entities, name_similarity
from govnews.pairing import align_documents
from govnews.records import AlignedUnit, Entity


@pytest.fixture(scope="module")
def seed_links():
    ar, en = seed_document("000"), seed_document("001")
    ar_entities, en_entities = extract(ar.text, lang="ar"), extract(en.text, lang="en")
    units = align_documents(ar, en)
    links = link_entities(ar_entities, en_entities, ar_doc=ar, en_doc=en, units=units)
    ar_texts = {}
    for e in ar_entities:
        ar_texts.setdefault(e.entity_id, set()).add(e.text)
    en_texts = {}
    for e in en_entities:
        en_texts.setdefault(e.entity_id, set()).add(e.text)
    return {text: en_texts[links[eid]] for eid, texts in ar_texts.items() if eid in links for text in texts}


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("علي سبكار", "Ali Sebkar"),
        ("محمد السباع", "Mohamed Al-Sabba’a"),
        ("معهد الإدارة العامة", "Institute of Public Administration"),
        ("مملكة البحرين", "Kingdom of Bahrain"),
        ("2001ساعة تدريبية", "2001 hours of training"),
        ("السنوات الثلاث الأخيرة", "last three years"),
        ("الثلاث سنوات الماضية", "last three years"),
        ("وحدات أربع", "four main units"),
    ],
)
def test_sample_pair_links_gold_entities(seed_links, arabic, english):
    assert english in seed_links[arabic]


@pytest.mark.parametrize(
    ("arabic", "english", "at_least"),
    [
        ("معهد الإدارة العامة", "Institute of Public Administration", 0.9),
        ("مملكة البحرين", "Kingdom of Bahrain", 0.9),
        ("وزارة الصحة", "Ministry of Health", 0.9),
        ("المجلس التنفيذي", "The Executive Council", 0.9),
        ("يوسف طوقان", "Yousef Toukan", 0.9),
        ("الشيخ محمد بن راشد", "Sheikh Mohammed bin Rashid", 0.8),
    ],
)
def test_names_match_by_lexicon_and_sound(arabic, english, at_least):
    assert name_similarity(arabic, english) >= at_least


@pytest.mark.parametrize(
    ("arabic", "english"),
    [("وزارة الصحة", "Ministry of Finance"), ("علي سبكار", "Institute of Public Administration"), ("دبي", "Kingdom of Bahrain")],
)
def test_different_names_do_not_match(arabic, english):
    assert name_similarity(arabic, english) < 0.6


def test_values_link_by_value_and_type():
    ar = [
        Entity("DATE", "17 سبتمبر 2014", 0, 14, value="2014-09-17", entity_id="e1"),
        Entity("MONEY", "5 ملايين درهم", 20, 33, number=5_000_000, unit="AED", entity_id="e2"),
        Entity("DURATION", "خمسة أيام", 40, 49, value="P5D", entity_id="e3"),
        Entity("PERCENT", "12%", 60, 63, number=12.0, entity_id="e4"),
    ]
    en = [
        Entity("PERCENT", "12 percent", 0, 10, number=12.0, entity_id="e9"),
        Entity("DURATION", "five days", 12, 21, value="P5D", entity_id="e8"),
        Entity("MONEY", "AED 5 million", 30, 43, number=5_000_000, unit="AED", entity_id="e7"),
        Entity("DATE", "September 17, 2014", 50, 68, value="2014-09-17", entity_id="e6"),
        Entity("NUMBER", "2014", 70, 74, number=2014.0, entity_id="e5"),
    ]
    assert link_entities(ar, en) == {"e1": "e6", "e2": "e7", "e3": "e8", "e4": "e9"}


def test_incompatible_types_never_link():
    ar = [Entity("PERSON", "دبي", 0, 3, entity_id="e1")]
    en = [Entity("DATE", "Dubai", 0, 5, value="2014", entity_id="e1")]
    assert link_entities(ar, en) == {}


def test_aligned_units_decide_between_equal_values():
    # "4" twice in English; the Arabic one is in the second aligned unit.
    ar_doc, en_doc = seed_document("000"), seed_document("001")
    ar = [Entity("NUMBER", "أربع", ar_doc.sentences[3].start + 5, ar_doc.sentences[3].start + 9, number=4.0, entity_id="e1")]
    en = [
        Entity("NUMBER", "four", en_doc.sentences[0].start + 3, en_doc.sentences[0].start + 7, number=4.0, entity_id="e1"),
        Entity("NUMBER", "four", en_doc.sentences[4].start + 3, en_doc.sentences[4].start + 7, number=4.0, entity_id="e2"),
    ]
    units = [AlignedUnit((0,), (0,), 1.0), AlignedUnit((1,), (1,), 1.0), AlignedUnit((2,), (2, 3), 1.0), AlignedUnit((3,), (4,), 1.0)]
    assert link_entities(ar, en, ar_doc=ar_doc, en_doc=en_doc, units=units) == {"e1": "e2"}


def test_each_english_entity_links_once():
    ar = [Entity("PERSON", "محمد السباع", 0, 11, entity_id="e1"), Entity("PERSON", "محمد السباعي", 20, 32, entity_id="e2")]
    en = [Entity("PERSON", "Mohamed Al-Sabba’a", 0, 18, entity_id="e1")]
    assert list(link_entities(ar, en).values()) == ["e1"]


def test_docstring_examples():
    import doctest

    import govnews.link as module

    assert doctest.testmod(module).failed == 0


def _release_links(name: str) -> dict[str, set[str]]:
    """Arabic mention -> English mentions it is linked to, for a release of tests/data/releases."""
    from pathlib import Path

    from pairdocs import document

    folder = Path(__file__).resolve().parent / "data" / "releases"
    ar = document("ar", "ar", (folder / f"{name}.ar.txt").read_text(encoding="utf-8"))
    en = document("en", "en", (folder / f"{name}.en.txt").read_text(encoding="utf-8"))
    ar_entities, en_entities = extract(ar.text, lang="ar"), extract(en.text, lang="en")
    links = link_entities(ar_entities, en_entities, ar_doc=ar, en_doc=en, units=align_documents(ar, en))
    en_texts: dict[str, set[str]] = {}
    for e in en_entities:
        en_texts.setdefault(e.entity_id, set()).add(e.text)
    return {e.text: en_texts[links[e.entity_id]] for e in ar_entities if e.entity_id in links}


@pytest.mark.parametrize(
    ("release", "arabic", "english"),
    [
        ("bna_king", "قصر الصخير", "Al-Sakhir Palace"),  # the article of a transliteration is no word to match
        ("bna_king", "حمد بن عيسى آل خليفة", "Hamad bin Isa Al Khalifa"),
        ("kuna_amir", "اليوم الأربعاء", "Wednesday"),  # undated: the weekdays agree
        ("petra_jordan", "اليوم الثلاثاء", "Tuesday"),
        ("petra_jordan", "عبدالله الثاني", "Abdullah II"),
    ],
)
def test_release_links(release, arabic, english):
    assert english in _release_links(release)[arabic]


def test_undated_weekdays_that_differ_stay_unlinked():
    ar = [Entity("DATE", "اليوم الثلاثاء", 0, 14, entity_id="a1", attrs={"weekday": "Tuesday", "relative": True})]
    en = [Entity("DATE", "Wednesday", 0, 9, entity_id="b1", attrs={"weekday": "Wednesday", "relative": True}),
          Entity("DATE", "Tuesday", 20, 27, entity_id="b2", attrs={"weekday": "Tuesday", "relative": True})]
    assert link_entities(ar, en) == {"a1": "b2"}
    assert link_entities(ar, en[:1]) == {}
