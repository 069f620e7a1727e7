"""A shared Arabic/English sentencepiece model trained on a dataset's clean text.

The model is trained on `documents.text` as it is (not search-normalized), so that researchers can
use it for machine translation experiments; search and classification apply it to clean text too.
It is stored as `OUT/subwords.model` with its vocabulary in `OUT/subwords.vocab`.
"""

from __future__ import annotations

import functools
import io
import os
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import ConfigError, MissingDependencyError

MODEL_NAME = "subwords"
MIN_VOCAB = 8000
MAX_VOCAB = 32000
SMALLEST_VOCAB = 64  # below this sentencepiece cannot cover the characters of a real text
MAX_SENTENCES = 50_000  # a seeded uniform sample of the sentences beyond this: ~10 s of training
MAX_SENTENCE_CHARS = 2000  # sentencepiece skips sentences over 4192 bytes
SEED = 17

_LINE_SPLIT = re.compile(r"\s*\n\s*|(?<=[.!?؟])\s+")
_WORD = re.compile(r"\w+")


def choose_vocab_size(distinct_words: int) -> int:
    """Pick a vocabulary size for a corpus with `distinct_words` word types.

    Large corpora get 8k-32k pieces (a quarter of the word types, rounded to a thousand); small ones
    get at most half their word types, so that sentencepiece has enough material.

    >>> choose_vocab_size(400_000), choose_vocab_size(60_000), choose_vocab_size(900)
    (32000, 15000, 450)
    """
    if distinct_words >= 4 * MIN_VOCAB:
        return max(MIN_VOCAB, min(MAX_VOCAB, round(distinct_words / 4000) * 1000))
    return max(SMALLEST_VOCAB, min(MIN_VOCAB, distinct_words // 2))


def _sentences(texts: Iterable[str], words: set[str]) -> Iterator[str]:
    for text in texts:
        if not text:
            continue
        for sentence in _LINE_SPLIT.split(text):
            if sentence:
                words.update(_WORD.findall(sentence))
                yield sentence[:MAX_SENTENCE_CHARS]


def _train(sentences: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    spm.set_random_generator_seed(SEED)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=0.9995,
        input_sentence_size=0,  # the sample above is the input
        shuffle_input_sentence=False,
        num_threads=1,  # the EM statistics are summed in thread order otherwise
        split_digits=True,
        byte_fallback=False,
        minloglevel=2,
    )
    return model.getvalue()


def train_model(texts: Iterable[str], *, vocab_size: int | None = None) -> bytes:
    """Train a sentencepiece model over `texts` and return it serialized (see `train_subwords`).

    >>> len(train_model(["نظمت الأمانة العامة ورشة تدريبية"] * 20)) > 0  # doctest: +SKIP
    True
    """
    try:
        import sentencepiece  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise MissingDependencyError("training subwords needs sentencepiece: pip install sentencepiece") from exc
    if vocab_size is not None and vocab_size < SMALLEST_VOCAB:
        raise ConfigError(f"vocab_size must be at least {SMALLEST_VOCAB}, not {vocab_size}")
    words: set[str] = set()
    sentences: list[str] = []
    rng = random.Random(SEED)
    for seen, sentence in enumerate(_sentences(texts, words)):
        if seen < MAX_SENTENCES:
            sentences.append(sentence)
        else:  # reservoir sampling: every sentence has the same chance, the same data gives the same sample
            slot = rng.randrange(seen + 1)
            if slot < MAX_SENTENCES:
                sentences[slot] = sentence
    if not sentences:
        raise ConfigError("cannot train subwords: there is no text")
    # every character (the word boundary too) needs a piece of its own, beside the three meta
    # pieces: a tiny corpus of two scripts can hold more characters than its words suggest pieces
    floor = max(SMALLEST_VOCAB, len(set("".join(sentences))) + 4)
    size = max(vocab_size or choose_vocab_size(len(words)), floor)
    while True:
        try:
            return _train(sentences, size)
        except RuntimeError:
            if size <= floor:
                raise
            size = max(floor, size // 2)


def train_subwords(texts: Iterable[str], out_dir: Path, *, vocab_size: int | None = None) -> Path:
    """Train one sentencepiece model over `texts` (both languages) and store it in `out_dir`.

    The vocabulary size is chosen from the data unless given; when sentencepiece finds it too
    large for a small corpus, training is retried with smaller ones. The same texts in the same order
    give the same model. Returns the path of `OUT/subwords.model`.

    >>> train_subwords(["نظمت الأمانة العامة ورشة تدريبية", "The institute held a workshop"], Path("OUT"))  # doctest: +SKIP
    PosixPath('OUT/subwords.model')
    """
    proto = train_model(texts, vocab_size=vocab_size)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{MODEL_NAME}.model"
    _write_atomic(path, proto)
    _write_atomic(out_dir / f"{MODEL_NAME}.vocab", _vocab_text(proto).encode("utf-8"))
    return path


def _vocab_text(proto: bytes) -> str:
    sp = processor(proto)
    return "".join(
        f"{sp.id_to_piece(i)}\t{sp.get_score(i):g}\n" for i in range(sp.get_piece_size())
    )


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def processor(proto: bytes):
    """Return a sentencepiece processor for a serialized model."""
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_proto=proto)


@functools.lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int):  # a rewritten model has a new mtime, so a new entry
    return processor(Path(path).read_bytes())


def load_subwords(path: str | os.PathLike):
    """Load a sentencepiece model (a `.model` file or a dataset folder holding one), once per process.

    >>> sp = load_subwords("OUT")  # doctest: +SKIP
    >>> sp.encode("والوزارة", out_type=str)  # doctest: +SKIP
    ['▁وال', 'وزارة']
    """
    path = Path(path)
    if path.is_dir():
        path = path / f"{MODEL_NAME}.model"
    if not path.is_file():
        raise ConfigError(f"{path}: no sentencepiece model (build the dataset with subwords first)")
    return _load(str(path.resolve()), path.stat().st_mtime_ns)

