"""`omission` / `addition` by content: a sentence whose own words have no translation on the other side.

The alignment may hide a left-out paragraph by folding its neighbours into a 2-2 unit; the words
tell. For each Arabic sentence, take its distinctive words (content words no other Arabic sentence
of the release uses) that the lexicon can translate, and count how many have a translation anywhere
in the English. A translated sentence scores near 1 (0.94 on the sample release); a left-out one
scores far below the release's other sentences. The same holds the other way for English sentences
against the lexicon's reading of the whole Arabic. A low score is an error when the length of the sentence's unit
agrees (short of its expected length for an omission, long for an addition), a warning otherwise.
"""

from __future__ import annotations

import math
import statistics
from typing import Iterator

from govnews.checks._text import quote
from govnews.checks._units import PairContext
from govnews.records import Finding

MIN_DISTINCT = 6  # distinctive translatable words a sentence needs to be judged
LOW = 0.65  # a sentence whose distinctive words are covered less than this ...
BELOW_MEDIAN = 0.25  # ... and this much less than the release's median sentence, lost its translation
SHORT_Z = 1.0  # spreads from the length norm, the right way, that back a finding of the words
STRONG = 4.0  # binomial z-score of a coverage far below the median that is an error with any such support
WEAK = 2.0  # binomial z-score that is an error when the unit is merged or twice as far off


def _scores(words_by_sentence: list[set[str]], covered) -> list[tuple[int, float] | None]:
    """For each sentence: (distinctive words judged, share covered), or None when too few."""
    counts: dict[str, int] = {}
    for words in words_by_sentence:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    out: list[tuple[int, float] | None] = []
    for words in words_by_sentence:
        judged = [w for w in words if counts[w] == 1 and covered(w) is not None]
        if len(judged) < MIN_DISTINCT:
            out.append(None)
            continue
        out.append((len(judged), sum(1 for w in judged if covered(w)) / len(judged)))
    return out


def _low(scores: list[tuple[int, float] | None]) -> list[tuple[int, float]]:
    """Return (sentence index, strength) of each sentence far below the release's median coverage.

    The strength is a binomial z-score: how many standard errors the sentence's share lies below the
    median, given how many words it was judged on (six words at 0.33 is weak evidence, sixteen at
    0.56 against 0.94 is strong).
    """
    shares = [s[1] for s in scores if s]
    if len(shares) < 2:
        return []
    median = statistics.median(shares)
    expected = min(max(median, 0.5), 0.97)
    out = []
    for i, s in enumerate(scores):
        if s and s[1] < LOW and s[1] <= median - BELOW_MEDIAN:
            out.append((i, (expected - s[1]) * math.sqrt(s[0]) / math.sqrt(expected * (1 - expected))))
    return out


def _unit_length(ctx: PairContext, side: str, position: int) -> tuple[float, bool] | None:
    """Return the length z-score of the unit holding `position` and whether it merges unequal sentence counts."""
    from govnews.checks.coverage import _inner, _norm, ratio

    for unit in ctx.units:
        span = unit.ar_span if side == "ar" else unit.en_span
        if span and span[0] <= position < span[1]:
            if unit.ar_span is None or unit.en_span is None or unit.index in ctx.skip_en_units:
                return None  # one-sided or left in Arabic: reported as such already
            median, spread = _norm(ctx)
            merged = len(_inner(ctx.ar_doc, unit.ar_span)) != len(_inner(ctx.en_doc, unit.en_span))
            return (ratio(unit.ar_text, unit.en_text) - median) / spread, merged
    return None


def _severity(strength: float, z: float, merged: bool) -> str:
    """An error needs the words and the length to agree: strong word evidence in a short unit, or
    weaker word evidence in a unit that is very short or that the aligner had to merge."""
    if z < SHORT_Z:
        return "warning"
    if strength >= STRONG or (strength >= WEAK and (merged or z >= 2 * SHORT_Z)):
        return "error"
    return "warning"


def find(ctx: PairContext, *, reported: list[Finding]) -> Iterator[Finding]:
    """Yield omissions and additions the words show, leaving out spans already `reported`."""
    from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, ar_tokens, en_tokens

    lexicon = ctx.lexicon_or_seed()
    ar_doc, en_doc = ctx.ar_doc, ctx.en_doc
    if len(ar_doc.sentences) < 2 and len(en_doc.sentences) < 2:
        return
    taken_ar = [(f.ar_start, f.ar_end) for f in reported if f.check == "omission" and f.ar_start is not None]
    taken_en = [(f.en_start, f.en_end) for f in reported if f.check == "addition" and f.en_start is not None]
    en_words = set(en_tokens(en_doc.text))

    def ar_covered(word: str) -> bool | None:
        translations = lexicon.word_translations(word)
        return bool(translations & en_words) if translations else None

    ar_sets = [
        {w for w in ar_tokens(ar_doc.text[s.start : s.end]) if w not in AR_STOPWORDS} for s in ar_doc.sentences
    ]
    for i, strength in _low(_scores(ar_sets, ar_covered)):
        s = ar_doc.sentences[i]
        if any(a < s.end and s.start < b for a, b in taken_ar):
            continue
        length = _unit_length(ctx, "ar", s.start)
        if length is None:
            continue
        text = ar_doc.text[s.start : s.end]
        message = (
            f"The English seems to leave out all or part of this Arabic passage: few of its own words have a "
            f"translation anywhere in the English: {quote(text)}"
        )
        severity = _severity(strength, -length[0], length[1])  # the English runs short
        yield ctx.finding("omission", severity, message, ar=(s.start, s.end))

    ar_concepts = lexicon.concepts(ar_tokens(ar_doc.text))
    vocabulary = lexicon.english_words()

    def en_covered(word: str) -> bool | None:
        return word in ar_concepts if word in vocabulary else None

    en_sets = [
        {w for w in en_tokens(en_doc.text[s.start : s.end]) if w not in EN_STOPWORDS} for s in en_doc.sentences
    ]
    for i, strength in _low(_scores(en_sets, en_covered)):
        s = en_doc.sentences[i]
        if any(a < s.end and s.start < b for a, b in taken_en):
            continue
        length = _unit_length(ctx, "en", s.start)
        if length is None:
            continue
        text = en_doc.text[s.start : s.end]
        message = (
            f"The English seems to add this passage: few of its words translate anything in the Arabic: {quote(text)}"
        )
        severity = _severity(strength, length[0], length[1])  # the English runs long
        yield ctx.finding("addition", severity, message, en=(s.start, s.end))
