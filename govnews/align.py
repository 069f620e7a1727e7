"""Align the sentences (or paragraphs) of an Arabic text with those of its English translation.

A dynamic program over 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 units, and 1-3 and 3-1 (a long Arabic
sentence chained with و and ، that the translator splits in three), each unit costed by

- length: Gale-Church, with the Arabic/English character ratio of the document pair drawn
  towards the corpus ratio (0.915 Arabic characters per English character, measured on the
  3,071 sentence pairs of TICO-19) as a prior worth 1,000 English characters;
- shared evidence: numbers written in any digits, names matched by their phonetic skeleton
  (`translit`), and words the lexicon translates, as a coverage of both sides;
- a merged sentence that shares nothing with the other side costs extra, so a sentence the
  translator left out becomes a 1-0 unit rather than a passenger in a 2-1 unit;
- paragraph boundaries, as soft anchors: a unit that ends a paragraph on one side only, or
  that merges sentences of two paragraphs, costs a little more;
- a prior on each unit type.

Memory stays linear in document length: the program only fills a band of cells around the
diagonal j = i * m / n (half-width `band`, 60 by default, widened when the diagonal is steeper
than one sentence a row), keeping one row of costs and the band's back-pointers, O((n + m) * band).

>>> units = align(["قال الوزير إن 25 مدرسة افتتحت.", "وأضاف أن العمل مستمر."],
...               ["The minister said 25 schools opened.", "He added that work continues."])
>>> [(u.ar, u.en) for u in units]
[((0,), (0,)), ((1,), (1,))]
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from govnews.errors import ConfigError
from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, Lexicon, ar_tokens, en_tokens, shared_seed
from govnews.records import AlignedUnit
from govnews.translit import word_keys

__all__ = ["align", "align_paragraphs", "AR_PER_EN_CHARS", "number_keys"]

AR_PER_EN_CHARS = 0.915  # Arabic characters per English character (TICO-19, 3,071 sentence pairs)
_RATIO_PRIOR_CHARS = 1000  # weight of the corpus ratio against a document pair's own, in English characters
_VARIANCE = {"sentence": 6.0, "paragraph": 6.0}  # Gale-Church s^2, per character

# -log prior of each unit type (Gale & Church 1993 proportions).
_PRIOR = {
    "sentence": {(1, 1): 0.0, (1, 0): 4.6, (0, 1): 4.6, (2, 1): 2.3, (1, 2): 2.3, (2, 2): 3.6, (1, 3): 5.0, (3, 1): 5.0},
    "paragraph": {(1, 1): 0.0, (1, 0): 4.0, (0, 1): 4.0, (2, 1): 1.6, (1, 2): 1.6, (2, 2): 3.0, (1, 3): 4.0, (3, 1): 4.0},
}
_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1))
_EVIDENCE_WEIGHT = 6.0  # cost taken off per unit of evidence coverage (0..1), times the unit's size
_PARA_MISMATCH = 1.0  # a unit that ends a paragraph on one side only
_PARA_CROSS = 0.6  # a unit whose sentences on one side come from more than one paragraph
_ORPHAN = 3.0  # a merged sentence that shares no evidence with the other side

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A leading character class (not a repeat) lets the regex engine skip to the digits.
_NUMBER = re.compile(r"[0-9٠-٩۰-۹][0-9٠-٩۰-۹]*(?:[.,٫٬][0-9٠-٩۰-۹]+)*")
_EN_NAME = re.compile(r"\b[A-Z][A-Za-z’'\-]*[A-Za-z]")
_AR_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]{3,}")


def number_keys(text: str) -> set[str]:
    """Return the numbers of a text in one form: ASCII digits, separators removed, no leading zeros.

    `59,19`, `59.19` and `٥٩٫١٩` all become `5919`, so each side's notation compares.

    >>> sorted(number_keys("بلغت 2001ساعة و٣ ورش في ٢٠٢٤"))
    ['2001', '2024', '3']
    """
    out = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"[.,٫٬]", "", match.group(0).translate(_DIGITS)).lstrip("0")
        out.add(digits or "0")
    return out


@dataclass
class _Side:
    lengths: list[int]
    numbers: list[frozenset[str]]
    names: list[frozenset[str]]
    words: list[frozenset[str]]  # en: content words; ar: English words the lexicon offers
    counts: list[int]  # tokens that can carry evidence
    spans: dict[tuple[int, int], tuple[frozenset[str], frozenset[str], frozenset[str], int]] = field(
        default_factory=dict
    )  # unions over one or two sentences, built once: 2n entries at most

    def span(self, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
        found = self.spans.get((lo, hi))
        if found is None:
            if hi - lo == 1:
                found = (self.numbers[lo], self.names[lo], self.words[lo], self.counts[lo])
            else:
                found = (
                    self.numbers[lo].union(*self.numbers[lo + 1 : hi]),
                    self.names[lo].union(*self.names[lo + 1 : hi]),
                    self.words[lo].union(*self.words[lo + 1 : hi]),
                    sum(self.counts[lo:hi]),
                )
            self.spans[(lo, hi)] = found
        return found


def _ar_side(sentences: Sequence[str], lexicon: Lexicon | None) -> _Side:
    side = _Side([], [], [], [], [])
    for text in sentences:
        toks = [t for t in ar_tokens(text) if t not in AR_STOPWORDS]
        nums = frozenset(number_keys(text))
        names = frozenset(k for w in _AR_WORD.findall(text) for k in word_keys(w) if len(k) >= 3)
        concepts = frozenset(lexicon.concepts(toks)) if lexicon is not None else frozenset()
        known = sum(1 for t in toks if lexicon is not None and lexicon.word_translations(t))
        side.lengths.append(len(text.strip()))
        side.numbers.append(nums)
        side.names.append(names)
        side.words.append(concepts)
        side.counts.append(known + len(nums))
    return side


def _en_side(sentences: Sequence[str]) -> _Side:
    side = _Side([], [], [], [], [])
    for text in sentences:
        words = frozenset(t for t in en_tokens(text) if t not in EN_STOPWORDS and len(t) > 1)
        nums = frozenset(number_keys(text))
        names = frozenset(k for w in _EN_NAME.findall(text) for k in word_keys(w) if len(k) >= 3)
        side.lengths.append(len(text.strip()))
        side.numbers.append(nums)
        side.names.append(names)
        side.words.append(words)
        side.counts.append(len(words) + len(nums))
    return side


def _evidence(ar: _Side, en: _Side, i0: int, i1: int, j0: int, j1: int) -> float:
    """Coverage of the English side by what the Arabic side offers, and back, 0 to 1."""
    a_nums, a_names, a_words, a_total = ar.span(i0, i1)
    e_nums, e_names, e_words, e_total = en.span(j0, j1)
    if e_total + a_total == 0:
        return 0.0
    hits = len(a_nums & e_nums) + len(a_names & e_names) + len(a_words & e_words)
    # Evidence found on the English side over what it could have been, and over the Arabic side's.
    en_cov = min(1.0, hits / e_total) if e_total else 0.0
    ar_cov = min(1.0, hits / a_total) if a_total else 0.0
    return 0.5 * (en_cov + ar_cov)


def _orphans(side: _Side, lo: int, hi: int, other: _Side, olo: int, ohi: int) -> int:
    """Sentences of a merged side that share nothing with the other side although they could."""
    if hi - lo < 2:
        return 0
    nums, names, words, _ = other.span(olo, ohi)
    return sum(
        1
        for k in range(lo, hi)
        if side.counts[k] >= 2 and not (side.numbers[k] & nums or side.names[k] & names or side.words[k] & words)
    )


def _length_cost(la: int, le: int, variance: float, ratio: float = AR_PER_EN_CHARS) -> float:
    if la == 0 and le == 0:
        return 0.0
    mean = (la / ratio + le) / 2.0
    delta = (le * ratio - la) / math.sqrt(max(mean, 1.0) * variance)
    return -math.log(max(math.erfc(abs(delta) / math.sqrt(2.0)), 1e-12))


def align(
    ar_sentences: Sequence[str],
    en_sentences: Sequence[str],
    *,
    lexicon: Lexicon | None = None,
    ar_paragraphs: Sequence[int] | None = None,
    en_paragraphs: Sequence[int] | None = None,
    level: Literal["sentence", "paragraph"] = "sentence",
    band: int = 60,
) -> list[AlignedUnit]:
    """Align Arabic sentences with English sentences; return the units in document order.

    Every sentence appears in exactly one unit, in order; a unit has 0-3 sentences a side and
    a score from 0 (no evidence) to 1. `lexicon` defaults to the shipped seed;
    `ar_paragraphs`/`en_paragraphs` give each sentence's paragraph index.

    >>> [(u.ar, u.en) for u in align(["في عام 2020 افتتح المعهد.", "ثم زاره 300 طالب."],
    ...                              ["The institute opened in 2020, then 300 students visited it."])]
    [((0, 1), (0,))]
    """
    if level not in _PRIOR:
        raise ConfigError(f"level must be 'sentence' or 'paragraph', got {level!r}")
    if band < 1:
        raise ConfigError(f"band must be a positive number of sentences, got {band!r}")
    n, m = len(ar_sentences), len(en_sentences)
    for name, paras, count in (("ar_paragraphs", ar_paragraphs, n), ("en_paragraphs", en_paragraphs, m)):
        if paras is not None and len(paras) != count:
            raise ConfigError(f"{name} has {len(paras)} entries for {count} sentences")
    if n == 0 or m == 0:
        return [AlignedUnit((i,), (), 0.0) for i in range(n)] + [AlignedUnit((), (j,), 0.0) for j in range(m)]
    lexicon = shared_seed() if lexicon is None else lexicon
    ar, en = _ar_side(ar_sentences, lexicon), _en_side(en_sentences)
    prior, variance = _PRIOR[level], _VARIANCE[level]
    a_para = list(ar_paragraphs) if ar_paragraphs is not None else None
    e_para = list(en_paragraphs) if en_paragraphs is not None else None
    a_cum = [0]
    for length in ar.lengths:
        a_cum.append(a_cum[-1] + length)
    e_cum = [0]
    for length in en.lengths:
        e_cum.append(e_cum[-1] + length)
    # Translators and scripts differ: the document's own ratio, drawn towards the corpus one.
    ratio = (a_cum[-1] + AR_PER_EN_CHARS * _RATIO_PRIOR_CHARS) / (e_cum[-1] + _RATIO_PRIOR_CHARS)
    ratio = min(max(ratio, 0.5), 1.5)

    def paragraph_cost(i0: int, i1: int, j0: int, j1: int) -> float:
        cost = 0.0
        if a_para is not None and i1 - i0 >= 2 and a_para[i0] != a_para[i1 - 1]:
            cost += _PARA_CROSS
        if e_para is not None and j1 - j0 >= 2 and e_para[j0] != e_para[j1 - 1]:
            cost += _PARA_CROSS
        if a_para is not None and e_para is not None and i1 > i0 and j1 > j0:
            a_end = i1 == n or a_para[i1] != a_para[i1 - 1]
            e_end = j1 == m or e_para[j1] != e_para[j1 - 1]
            if a_end != e_end:
                cost += _PARA_MISMATCH
        return cost

    def unit_cost(i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        di, dj = i1 - i0, j1 - j0
        if di == 0 or dj == 0:
            return prior[(di, dj)], 0.0
        length = _length_cost(a_cum[i1] - a_cum[i0], e_cum[j1] - e_cum[j0], variance, ratio)
        evidence = _evidence(ar, en, i0, i1, j0, j1)
        size = (di + dj) / 2.0
        cost = prior[(di, dj)] + length - _EVIDENCE_WEIGHT * evidence * size + paragraph_cost(i0, i1, j0, j1)
        if di >= 2 or dj >= 2:
            cost += _ORPHAN * (_orphans(ar, i0, i1, en, j0, j1) + _orphans(en, j0, j1, ar, i0, i1))
        score = 0.5 * evidence + 0.5 * math.exp(-length)
        return cost, score

    # Band around the diagonal, wide enough to reach (n, m) from (0, 0).
    # Consecutive rows must overlap however steep the diagonal is (one Arabic sentence for
    # seven English ones): the half-width grows with the slope, so memory stays O(n + m) * band.
    half = max(band, 2, math.ceil(m / n) + 2)
    lo = [max(0, min(m, round(i * m / n)) - half) for i in range(n + 1)]
    hi = [min(m, round(i * m / n) + half) for i in range(n + 1)]
    inf = float("inf")
    # cost[i] covers j in lo[i]..hi[i]; back[i][j - lo[i]] is the move index into _MOVES.
    cost_rows: dict[int, list[float]] = {}
    back: list[bytearray] = []
    for i in range(n + 1):
        width = hi[i] - lo[i] + 1
        row = [inf] * width
        moves = bytearray(b"\xff" * width)
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, best_move = inf, 255
            for k, (di, dj) in enumerate(_MOVES):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev_row = row if di == 0 else cost_rows.get(pi)
                if prev_row is None:
                    continue
                plo = lo[pi]
                if pj < plo or pj > hi[pi]:
                    continue
                prev = prev_row[pj - plo]
                if prev == inf:
                    continue
                c = prev + unit_cost(pi, i, pj, j)[0]
                if c < best:
                    best, best_move = c, k
            row[j - lo[i]] = best
            moves[j - lo[i]] = best_move
        cost_rows[i] = row
        cost_rows.pop(i - 4, None)  # moves reach back three rows at most
        back.append(moves)
    if hi[n] < m or back[n][m - lo[n]] == 255:
        raise ConfigError(f"band {band} is too narrow to align {n} and {m} sentences")
    units: list[AlignedUnit] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = _MOVES[back[i][j - lo[i]]]
        _, score = unit_cost(i - di, i, j - dj, j)
        units.append(AlignedUnit(tuple(range(i - di, i)), tuple(range(j - dj, j)), round(score, 4)))
        i, j = i - di, j - dj
    units.reverse()
    return units


def align_paragraphs(
    ar_paragraphs: Sequence[str], en_paragraphs: Sequence[str], *, lexicon: Lexicon | None = None
) -> list[AlignedUnit]:
    """Align the paragraphs of an Arabic text with those of its English translation.

    Units hold paragraph indexes; a translator who splits one paragraph into two gives a 1-2 unit.

    >>> [(u.ar, u.en) for u in align_paragraphs(["افتتح الوزير 3 مدارس في 2020 وزار 12 مستشفى."],
    ...     ["The minister opened 3 schools in 2020.", "He visited 12 hospitals."])]
    [((0,), (0, 1))]
    """
    return align(ar_paragraphs, en_paragraphs, lexicon=lexicon, level="paragraph")


# `govnews.align(ar_sentences, en_sentences)` calls this module's `align`.
from govnews._callable import make_callable  # noqa: E402

make_callable(__name__)


from ._callable import make_callable  # noqa: E402

make_callable(__name__)  # `govnews.align(...)` calls the function of the same name
