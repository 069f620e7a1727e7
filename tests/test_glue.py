"""Words glued by a lost space, and the vocabulary that tells them from real words."""

import json
import pickle
import re
from pathlib import Path

import pytest

from govnews.glue import Repaired, Vocabulary, common_words, glued_runs, repair_glued
from govnews.normalize import Normalized, normalize
from govnews.records import Repair

PARAGRAPHS = [
    json.loads(line)["text"]
    for line in (Path(__file__).resolve().parent / "data" / "saudinewsnet_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()
]


def check_offsets(original: str, result: Normalized) -> None:
    offsets = result.offsets
    n = len(result.text)
    assert len(offsets) == n + 1 and offsets[-1] == len(original)
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    assert result.to_original(0, n) == (0, len(original))


def test_seed_glued_words_are_split(seeds, gold):
    text = seeds["004"]
    result = repair_glued(text)
    ((glued, expected),) = gold["004"]["glued"].items()
    start = text.index(glued)
    assert result.repairs == [Repair(start, start + len(glued), expected)]
    assert expected in result.text
    assert result.text.replace(expected, glued) == text


def test_offsets_survive_a_repair(seeds):
    text = seeds["004"]
    result = repair_glued(text)
    check_offsets(text, result)
    for word in ("الحكومة", "والصحة", "والدفاع", "والسياحة", "والعلاقات", "الخارجية", "والتعليم"):
        m = re.search(rf"(?<!\S){word}(?![^\s.])", result.text)
        start, end = result.to_original(m.start(), m.end())
        assert text[start:end] == word


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ووزارةالداخلية إذ تعلن عن ذلك", "ووزارة الداخلية إذ تعلن عن ذلك"),
        ("رؤساء الدوائر الحكوميةالتقى محافظ رياض الخبراء", "رؤساء الدوائر الحكومية التقى محافظ رياض الخبراء"),
        ("زار وزيرالخارجية الرياض", "زار وزير الخارجية الرياض"),
        ("اجتماع مجلسالوزراء", "اجتماع مجلس الوزراء"),
        ("أقيمت فيالرياض فعاليات", "أقيمت في الرياض فعاليات"),
        ("يطلع على مبادرات الحكومةالإلكترونية", "يطلع على مبادرات الحكومة الإلكترونية"),
        ("سيعاقب من ينشر الصور أوالمواقع المسيئة", "سيعاقب من ينشر الصور أو المواقع المسيئة"),
        ("تهنئة بمناسبة عيدالفطر المبارك", "تهنئة بمناسبة عيد الفطر المبارك"),
        ("وقالت الحكومةفي بيان", "وقالت الحكومة في بيان"),  # a particle after teh marbuta
        ("جاءت الخطوة مستندةإلى القرار", "جاءت الخطوة مستندة إلى القرار"),
        ("قتل ثلاثةمسلحين في الهجوم", "قتل ثلاثة مسلحين في الهجوم"),  # neither word known
        ("الشركات العقاريةالإسلاميةثقافة جديدة", "الشركات العقارية الإسلامية ثقافة جديدة"),
    ],
)
def test_glued_words_from_real_text_are_split(text, expected):
    assert repair_glued(text).text == expected


@pytest.mark.parametrize(
    "word",
    [
        "عبدالعزيز",
        "عبدالله",
        "وعبدالرحمن",
        "نورالدين",
        "الحمدلله",
        "المالية",
        "والاستقلالية",
        "الاتصالات",
        "بالمملكة",
        "معالجتها",
        "استقبالهم",
        "الاستراتيجيات",
        "والمستشفيات",
        "الإمكانيات",
        "شاطىء",  # ىء: the old spelling of ئ
        "مفاجىء",
        "الضربةن",  # a typo, not two words
        "كاتالينا",
    ],
)
def test_real_words_are_not_split(word):
    text = f"أعلن {word} في الرياض اليوم"
    assert repair_glued(text).repairs == []
    assert repair_glued(text, vocabulary=Vocabulary.from_texts(PARAGRAPHS)).repairs == []


def test_a_long_run_is_one_repair():
    text = "وزارة " + "الحكومةوالصحة" * 10 + " نص"
    result = repair_glued(text)
    assert result.repairs == [Repair(6, 136, " ".join(["الحكومة والصحة"] * 10))]
    assert result.text == "وزارة " + " ".join(["الحكومة والصحة"] * 10) + " نص"
    check_offsets(text, result)


def test_nothing_is_repaired_in_clean_text(seeds):
    for key in ("000", "002", "003"):
        assert repair_glued(seeds[key]).repairs == []
    vocabulary = Vocabulary.from_texts(PARAGRAPHS)
    for text in PARAGRAPHS:
        if "ةال" not in text and "ةو" not in text:
            assert repair_glued(text, vocabulary=vocabulary).repairs == []


# --- vocabulary ----------------------------------------------------------------------------------


def test_vocabulary_counts_normalized_words():
    v = Vocabulary.from_texts(["أعلنت الحكومة عن إطلاق المبادرة", "الحكومة والصحة"])
    assert v.count("الحكومة") == v.count("الحكومه") == 2
    assert v.count("اطلاق") == 1
    assert "إطلاق" in v and "السياحة" not in v
    v.update("السياحة")
    assert v.count("السياحة") == 1
    assert v.total == 8


def test_vocabularies_merge_like_one_built_at_once():
    texts = ["أعلنت الحكومة", "الحكومة والصحة", "وزارة الصحة"]
    parts = [Vocabulary.from_texts(texts[:1]), Vocabulary.from_texts(texts[1:])]
    merged = parts[0] + parts[1]
    assert merged == Vocabulary.from_texts(texts)
    assert merged.total == Vocabulary.from_texts(texts).total
    assert parts[0].count("الصحة") == 0  # merging leaves the parts alone
    assert pickle.loads(pickle.dumps(merged)) == merged


def test_vocabulary_knows_words_behind_proclitics():
    v = Vocabulary.from_texts(["التعليم"])
    assert v.knows(normalize("والتعليم")) and v.knows(normalize("للتعليم")) and v.knows(normalize("بالتعليم"))
    assert not v.knows(normalize("والتعليمات"))


def test_common_words_are_normalized_news_words():
    words = common_words()
    assert 500 < len(words) < 3000
    assert {"الحكومه", "وزاره", "الصحه", "في", "الي"} <= words
    assert all(normalize(w) == w for w in words)


def test_repaired_is_normalized_with_repairs():
    result = repair_glued("الصحةوالتعليم")
    assert isinstance(result, Repaired) and isinstance(result, Normalized)
    assert result.text == "الصحة والتعليم"
    assert result.to_original(5, 6) == (5, 6)  # the inserted space stands before و


def test_glued_runs_give_the_replacement_as_written():
    text = "في قطاعات الصحةوالتعليم والسياحة"
    assert glued_runs(text) == repair_glued(text).repairs == [Repair(10, 23, "الصحة والتعليم")]
    assert glued_runs(text, normalized=normalize(text)) == glued_runs(text)


def test_docstring_examples_hold():
    import doctest

    import govnews.glue as module

    assert doctest.testmod(module).failed == 0
