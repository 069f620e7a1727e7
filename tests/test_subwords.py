"""The shared sentencepiece model: sized from the data, deterministic, never failing on small corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from govnews import subwords
from govnews.errors import ConfigError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> Path:
    return subwords.train_subwords(TEXTS, tmp_path_factory.mktemp("out"))


def test_trains_on_the_five_sample_articles(model_path):
    assert model_path.name == "subwords.model"
    assert (model_path.parent / "subwords.vocab").is_file()
    sp = subwords.load_subwords(model_path.parent)
    assert 64 <= sp.get_piece_size() <= 8000
    pieces = sp.encode("معهد الإدارة العامة Institute of Public Administration", out_type=str)
    assert "".join(pieces).replace("\u2581", " ").strip() == "معهد الإدارة العامة Institute of Public Administration"


def test_same_texts_give_the_same_model(model_path, tmp_path):
    again = subwords.train_subwords(TEXTS, tmp_path)
    assert again.read_bytes() == model_path.read_bytes()


@pytest.mark.parametrize(
    "texts",
    [
        ["ورشة عمل"],
        ["The workshop.", "ورشة"] * 3,
        # a release and its translation: more distinct characters (two scripts, digits, signs) than the
        # vocabulary its few words suggest
        [text[:400] for text in TEXTS[:2]]
        + ["Dr. Tedros, WHO's Director-General (US$50 million; 2023) — إلخ؟ «نعم» ١٢٣ % & @ # * + = [x] {y} <z> | ~ ^ ! ?"],
    ],
)
def test_tiny_corpora_do_not_fail(tmp_path, texts):
    path = subwords.train_subwords(texts, tmp_path)
    assert subwords.load_subwords(path).get_piece_size() >= 1


def test_a_vocabulary_too_large_for_the_data_is_reduced(tmp_path):
    path = subwords.train_subwords(TEXTS[:1], tmp_path, vocab_size=32000)
    assert subwords.load_subwords(path).get_piece_size() < 32000


@pytest.mark.parametrize(
    "distinct_words, expected",
    [(900, 450), (20_000, 8000), (60_000, 15000), (400_000, 32000)],
)
def test_vocabulary_size_follows_the_corpus(distinct_words, expected):
    assert subwords.choose_vocab_size(distinct_words) == expected


def test_errors(tmp_path):
    with pytest.raises(ConfigError, match="no text"):
        subwords.train_subwords(["", ""], tmp_path)
    with pytest.raises(ConfigError, match="no sentencepiece model"):
        subwords.load_subwords(tmp_path / "missing")
