"""Find Arabic words glued by a lost space and split them: `الحكومةوالصحة` -> `الحكومة والصحة`.

Scraped releases lose spaces (seed 004: `الحكومةوالصحةوالدفاعوالسياحةوالعلاقاتالخارجيةوالتعليم`).
A run of Arabic letters is split only where it shows a sign of glue and every piece is a word of
the corpus's `Vocabulary` or of the built-in list of frequent news words
(govnews/data/ar_common_words.txt). Every repair is recorded as a `records.Repair`, and the
repaired text keeps a map back to the input. `govnews.normalize.normalize_document` repairs and
normalizes in one call for the build; docs/normalization.md explains the rules.
"""

from __future__ import annotations

import array
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from govnews.normalize import Normalized, normalize
from govnews.records import Repair

_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed"  # tatweel, diacritics, Quranic marks
_LETTER_OR_MARK = frozenset(chr(cp) for cp in range(0x0600, 0x0700) if re.match(f"[{_LETTERS}{_MARKS}]", chr(cp)))
_MARK = frozenset(chr(cp) for cp in range(0x0600, 0x0700) if re.match(f"[{_MARKS}]", chr(cp)))
# Teh marbuta and alef maksura end a word, so a letter after one starts the next (`ىء` is the
# old spelling of `ئ`, not a word boundary).
_ENDS_WORD = re.compile(f"[\u0629\u0649][{_MARKS}]*(?=[\u0622-\u0625\u0627-\u063a\u0641-\u064a])")
# A word starting with the article inside a long run of letters.
_ARTICLE_INSIDE = re.compile(f"\u0627\u0644(?<=[{_LETTERS}]{{2}}\u0627\u0644)(?=[{_LETTERS}]{{3}})")
_VOCABULARY_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06af]+")
# Proclitics a glued piece may carry, longest first; those ending in the article also leave a
# stem that may be looked up with the article.
_PROCLITICS = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_ARTICLE_STARTS = ("ال", "وال", "بال", "فال", "كال", "لل")
_CLITICS = frozenset(_PROCLITICS + _ARTICLE_STARTS)
_SHORT_WORDS = frozenset("في من عن مع او ان لا لم لن قد ما هو هي".split())
# Compounds written as one word: never split after the first part or before the second.
_NO_SPLIT_AFTER = frozenset("عبد ابو ابا ابي بو ذو ام ابن بن".split())
_NO_SPLIT_BEFORE = frozenset("الله لله الدين الرحمن الاسلام".split())
_MIN_GLUED = 8  # letters of a run before it is checked for an article boundary
_LARGE_VOCABULARY = 100_000  # occurrences: above this, a word seen once or twice may be noise
_RUN = re.compile(f"[{_LETTERS}{_MARKS}]*")


@functools.cache
def common_words() -> frozenset[str]:
    """The built-in list of frequent news words (govnews/data/ar_common_words.txt), match-normalized."""
    from importlib.resources import files

    text = files("govnews").joinpath("data/ar_common_words.txt").read_text(encoding="utf-8")
    return frozenset(normalize(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


class Vocabulary:
    """Counts of the Arabic words of a corpus, kept in match-normalized form.

    Build it from texts, update it text by text, or build one per partition and add them up:

    >>> v = Vocabulary.from_texts(["أعلنت الحكومة", "الحكومة والصحة"]) + Vocabulary.from_texts(["الصحة"])
    >>> v.count("الحكومة"), v.count("الصحه"), len(v)
    (2, 1, 4)
    """

    def __init__(self, counts: Mapping[str, int] | None = None):
        self.counts: Counter[str] = Counter(counts or {})  # normalized word -> occurrences
        self.total = sum(self.counts.values())  # occurrences counted

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        """Count the Arabic words of `texts`."""
        vocabulary = cls()
        for text in texts:
            vocabulary.update(text)
        return vocabulary

    def update(self, text: str) -> None:
        """Add the Arabic words of `text` to the counts."""
        self._count(normalize(text))

    def _count(self, normalized: str) -> None:
        words = _VOCABULARY_WORD.findall(normalized)
        self.counts.update(words)
        self.total += len(words)

    def merge(self, other: Vocabulary) -> Vocabulary:
        """Return a vocabulary with the counts of both."""
        merged = Vocabulary(self.counts)
        merged.counts.update(other.counts)
        merged.total += other.total
        return merged

    __add__ = merge

    def count(self, word: str) -> int:
        """Return how often `word` (in any spelling that normalizes alike) was seen."""
        return self.counts.get(normalize(word), 0)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.count(word) > 0

    def __len__(self) -> int:
        return len(self.counts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and self.counts == other.counts

    def __repr__(self) -> str:
        return f"Vocabulary({len(self.counts)} words, {self.total} occurrences)"

    def knows(self, key: str, *, min_count: int = 1) -> bool:
        """Tell whether a normalized word, or its stem after a proclitic, is a known word."""
        common = common_words()

        def known(word: str) -> bool:
            return word in common or self.counts.get(word, 0) >= min_count

        if known(key):
            return True
        for clitic in _PROCLITICS:
            if key.startswith(clitic) and len(key) - len(clitic) >= 3:
                stem = key[len(clitic) :]
                if clitic.endswith("لل"):  # ل + ال: the stem stands with the article
                    forms: tuple[str, ...] = ("ال" + stem,)
                elif clitic.endswith("ال"):
                    forms = (stem, "ال" + stem)
                else:
                    forms = (stem,)
                if any(map(known, forms)):
                    return True
        return False


_EMPTY = Vocabulary()


@dataclass(frozen=True)
class Repaired(Normalized):
    """A text with its glued words split, the repairs made, and the map back to the input."""

    repairs: list[Repair] = field(default_factory=list)  # span of the input and what replaces it


def _glued_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of Arabic letters that show a sign of glued words."""
    spans: set[tuple[int, int]] = set()
    for pattern in (_ENDS_WORD, _ARTICLE_INSIDE):
        for m in pattern.finditer(text):
            spans.add((_run_start(text, m.start()), _RUN.match(text, m.start()).end()))
    return sorted(spans)


def _run_start(text: str, position: int) -> int:
    """Where the run of Arabic letters and marks around `position` starts."""
    start = position
    while start > 0:
        before = text[max(0, start - 64) : start][::-1]
        length = _RUN.match(before).end()
        start -= length
        if length < len(before):
            break
    return start


def _letters(raw: str) -> tuple[list[int], str, str]:
    """The index in `raw` of each letter of a run, its letters, and their normalized form."""
    where = [i for i, ch in enumerate(raw) if ch not in _MARK]
    letters = "".join(raw[i] for i in where)
    return where, letters, normalize(letters)


def _ends_word(letters: str) -> set[int]:
    return {j for j in range(1, len(letters)) if letters[j - 1] in "\u0629\u0649" and letters[j] not in "\u0621\u0626"}


def _may_be_glued(letters: str, key: str, vocabulary: Vocabulary) -> bool:
    """Tell whether a run is worth splitting: a word-final letter inside it, or an unknown long run."""
    if len(key) != len(letters):  # only one-to-one letter maps are expected here
        return False
    return bool(_ends_word(letters)) or (len(key) >= _MIN_GLUED and not vocabulary.knows(key, min_count=2))


class _Step(NamedTuple):
    """How a segmentation reached a cut point."""

    unknown: int  # pieces that are not known words
    pieces: int
    rarity: float  # minus the sum of log(1 + count) of the pieces
    before: tuple[int, bool] | None  # the state it came from


def _split_points(raw: str, vocabulary: Vocabulary) -> list[int]:
    """Positions in `raw` (one run of Arabic letters) where a space is missing; empty if none.

    Every piece must be a known word, except that a piece of four letters or more may be unknown
    next to a teh marbuta boundary (a headline glued to the first word of the text:
    `السعوديةاختراق`), which no word holds inside it.
    """
    where, letters, key = _letters(raw)
    if not _may_be_glued(letters, key, vocabulary):
        return []
    ends_word = _ends_word(letters)
    after_teh = {j for j in ends_word if letters[j - 1] == "\u0629"}
    article = {j for j in range(2, len(key) - 2) if key.startswith(_ARTICLE_STARTS, j)}
    nodes = [0, *sorted(ends_word | article), len(key)]
    last = len(nodes) - 1
    min_count = 1 if vocabulary.total < _LARGE_VOCABULARY else 3
    # Shortest path over the cut points. A state is (node, whether the last piece is unknown);
    # best[state] is the best way found to reach it, compared on (unknown pieces, pieces, rarity).
    best: dict[tuple[int, bool], _Step] = {(0, False): _Step(0, 0, 0.0, None)}
    for b in range(1, len(nodes)):
        for a in range(b):
            if a == 0 and b == last:  # the run itself is not one of its pieces
                continue
            if any(node in ends_word for node in nodes[a + 1 : b]):  # a word ends there: cut
                continue
            piece = key[nodes[a] : nodes[b]]
            if a > 0 and piece in _NO_SPLIT_BEFORE:
                continue
            known = _is_piece(piece, vocabulary, ends_run=b == last and nodes[a] not in ends_word, min_count=min_count)
            may_be_unknown = len(piece) >= 4 and (nodes[a] in after_teh or nodes[b] in after_teh)
            for previous_unknown in (False, True):
                previous = best.get((a, previous_unknown))
                if previous is None or (not known and not may_be_unknown):
                    continue
                if not known and previous_unknown and nodes[a] not in after_teh:
                    continue  # two unknown pieces meet only where a teh marbuta ends the first
                if previous.before and _bare(key[nodes[previous.before[0]] : nodes[a]]) in _NO_SPLIT_AFTER:
                    continue
                step = _Step(
                    previous.unknown + (not known),
                    previous.pieces + 1,
                    previous.rarity - math.log1p(vocabulary.counts.get(piece, 0)),
                    (a, previous_unknown),
                )
                current = best.get((b, not known))
                if current is None or step[:3] < current[:3]:
                    best[(b, not known)] = step
    ends = [best[state] for state in ((last, False), (last, True)) if state in best]
    if not ends:
        return []
    points: list[int] = []
    state = min(ends, key=lambda step: step[:3]).before
    while state is not None and state[0] > 0:
        points.append(where[nodes[state[0]]])
        state = best[state].before
    return sorted(points)


def _is_piece(piece: str, vocabulary: Vocabulary, *, ends_run: bool, min_count: int) -> bool:
    """Tell whether a piece of a glued run is a word on its own.

    `ends_run`: the piece ends the run and does not follow a teh marbuta or alef maksura, so it
    may be a suffix (`ها`, `هم`) rather than a word.
    """
    if len(piece) == 2:
        return piece in _SHORT_WORDS and not ends_run
    if len(piece) < 3 or piece in _CLITICS:
        return False
    if len(piece) == 3:  # short pieces are often parts of longer words: only listed ones
        return piece in common_words()
    if piece.startswith("ال") and len(piece) < 5:
        return False
    return vocabulary.knows(piece, min_count=min_count)


def _bare(piece: str) -> str:
    """Strip a conjunction or preposition and the article: `والعبد` -> `عبد`."""
    for clitic in ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"):
        if piece.startswith(clitic) and len(piece) > len(clitic) + 1:
            return piece[len(clitic) :]
    return piece


def _find_repairs(
    text: str, vocabulary: Vocabulary | None, normalized: str | None = None
) -> list[tuple[int, int, list[int]]]:
    """Each glued run as (start, end, input positions before which a space goes).

    Without a vocabulary, the words of `text` are counted (from `normalized`, its match
    normalization, when the caller has it).
    """
    found = []
    for start, end in _glued_tokens(text):
        raw = text[start:end]
        if vocabulary is None:
            # Counting the text's words costs more than all the rest: only when a run needs it.
            _, letters, key = _letters(raw)
            if not _may_be_glued(letters, key, _EMPTY):
                continue
            vocabulary = Vocabulary()
            vocabulary._count(normalize(text) if normalized is None else normalized)
        points = _split_points(raw, vocabulary)
        if points:
            found.append((start, end, [start + p for p in points]))
    return found


def _spaced(text: str, start: int, end: int, points: list[int]) -> str:
    bounds = [start, *points, end]
    return " ".join(text[a:b] for a, b in zip(bounds, bounds[1:]))


def repair_glued(text: str, *, vocabulary: Vocabulary | None = None) -> Repaired:
    """Split words glued by a lost space, recording each repair and keeping offsets to the input.

    A run of Arabic letters is split only where it is not a known word and every piece is one
    (teh marbuta or alef maksura inside a run, or the article after a known word, mark the
    places to cut). Words are looked up in `vocabulary` (counts of the corpus, this text
    included) and the built-in list of frequent news words; without a vocabulary the words of
    `text` itself are counted.

    >>> r = repair_glued("في قطاعات الصحةوالتعليم والسياحة")
    >>> r.text
    'في قطاعات الصحة والتعليم والسياحة'
    >>> r.repairs
    [Repair(start=10, end=23, text='الصحة والتعليم')]
    >>> r.to_original(16, 24)
    (15, 23)
    """
    import numpy as np

    found = _find_repairs(text, vocabulary)
    points = [point for _, _, run_points in found for point in run_points]
    # An inserted space shares the offset of the letter after it, as an expansion of that letter.
    offsets = array.array("i")
    offsets.frombytes(np.insert(np.arange(len(text) + 1, dtype=np.int32), points, points).tobytes())
    bounds = [0, *points, len(text)]
    repaired = " ".join(text[a:b] for a, b in zip(bounds, bounds[1:]))
    repairs = [Repair(start, end, _spaced(text, start, end, run_points)) for start, end, run_points in found]
    return Repaired(repaired, offsets, repairs)


def glued_runs(text: str, *, vocabulary: Vocabulary | None = None, normalized: str | None = None) -> list[Repair]:
    """Find the glued runs of `text`: each one's span and the words, spaced, that replace it.

    `normalized` is the match normalization of `text` when the caller has it (it saves counting
    the words of `text` from scratch when no vocabulary is given).

    >>> glued_runs("قطاعات الصحةوالتعليم")
    [Repair(start=7, end=20, text='الصحة والتعليم')]
    """
    found = _find_repairs(text, vocabulary, normalized)
    return [Repair(start, end, _spaced(text, start, end, points)) for start, end, points in found]

