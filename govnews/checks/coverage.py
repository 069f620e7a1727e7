"""`omission`, `addition`, `length` and `untranslated`: is everything translated, and only once?

- `omission` / `addition`: an aligned unit with nothing on the other side (1-0, 0-1), or sentences at
  the edge of a many-to-one unit whose removal brings its length ratio back to the norm. Translators
  split long Arabic sentences and merge short ones: an edge sentence with a translation of its own on
  the other side (a linked name, date or amount, or words the rest of the unit does not account for)
  is no passenger.
- `length`: a unit whose length ratio is far outside the norm (the corpus's, or a default).
- `untranslated`: Arabic script left in the English, or an English sentence left in the Arabic,
  outside short names in quotes or brackets.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from typing import Iterator

from govnews.checks._text import ARABIC_CHARS, ARABIC_LETTER_RE, ARABIC_WORD_RE, LATIN_WORD_RE, own_values, quote, values
from govnews.checks._units import PairContext, UnitView
from govnews.records import Finding

MIN_WORDS = 4  # a unit shorter than this left out or added is a heading or a sign-off, not content
DEFAULT_NORM = (0.2, 0.18)  # median and spread of log((len(en) + 10) / (len(ar) + 10)) in press releases
LENGTH_Z = 3.0  # spreads from the median where a unit's length is reported
ABSORBED_Z = 1.5  # a neighbour this far long may hold the translation of a one-sided unit
MERGED_Z = 1.5  # spreads from the median where a 2-1 or 1-2 unit is searched for a sentence left over
PARTIAL_Z = 2.0  # a unit whose ratio comes within this once edge sentences are set aside lost them
MERGED_PARTIAL_Z = 1.5  # the same for a merged unit, whose edge sentence must also be the worse translated
MIN_LENGTH_CHARS = 40  # units shorter than this vary too much to judge by length

_AR_RUN_RE = re.compile(
    f"[{ARABIC_CHARS}]+(?:[\\s\\d.,:;()\\-–،؛«»\"“”']*[{ARABIC_CHARS}]+)*"
)
_EN_RUN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[\s,;:]+[A-Za-z0-9][A-Za-z0-9'’\-]*)*")
_OPENERS = "\"“«'‘(["
_CLOSERS = "\"”»'’)]"
_QUOTED_WORDS = 4  # a name in quotes or brackets up to this many words is left as written
_EN_FUNCTION_WORDS = frozenset(
    "the of and to in for on with by at from is are was were that this be has have will as an a its".split()
)


# Invocations and courtesy words that follow a ruler's or an official's name in Arabic and that English
# releases leave out (`حفظه الله ورعاه`, `المعظم`, the `حضرة` of `حضرة صاحب السمو`, `معالي السيد`).
_UNRENDERED_AR_RE = re.compile(
    r"(?<!\w)(?:(?:حفظه|حفظها|رعاه|رعاها|أيده|ايده|يحفظه|أعزه|اعزه|وفقه)\s+الله(?:\s+و(?:رعاه|رعاها|أبقاه|ابقاه|أيده|ايده))?"
    r"|طيب\s+الله\s+ثراه|رحمه\s+الله|المعظمة?|حضرة(?=\s+صاحب)|(?<=معالي\s)السيدة?|(?<=سعادة\s)السيدة?)(?!\w)"
)


def rendered_length(ar_text: str) -> int:
    """Return the length of an Arabic text less the invocations and courtesy words English leaves out.

    >>> rendered_length("استقبل حضرة صاحب الجلالة الملك حفظه الله ورعاه الوزير")
    34
    """
    return len(ar_text) - sum(len(m.group()) for m in _UNRENDERED_AR_RE.finditer(ar_text))


def ratio(ar_text: str, en_text: str) -> float:
    """Return the log length ratio of a unit, smoothed for short texts; the Arabic is measured
    without what English releases leave out (`rendered_length`)."""
    return math.log((len(en_text) + 10) / (rendered_length(ar_text) + 10))


def _norm(ctx: PairContext) -> tuple[float, float]:
    if ctx.corpus is not None:
        return ctx.corpus.length_norm()
    return DEFAULT_NORM


def _words(text: str) -> int:
    return len(text.split())


def _crossed(ctx: PairContext) -> dict[int, int]:
    """Pair each one-sided unit with an adjacent unit one-sided the other way (`[3]:[]` beside `[]:[3]`)."""
    partner: dict[int, int] = {}
    for unit, after in zip(ctx.units, ctx.units[1:]):
        if unit.index in partner:
            continue
        if (unit.en_span is None and after.ar_span is None) or (unit.ar_span is None and after.en_span is None):
            if (unit.ar_span or unit.en_span) and (after.ar_span or after.en_span):
                partner[unit.index], partner[after.index] = after.index, unit.index
    return partner


_ONE_SIDED = {"ar": "omission", "en": "addition"}


def passage_message(side: str, text: str, *, by_words: bool = False, unaligned: bool = False, either: bool = False) -> str:
    """Say what is wrong with a passage of one side that has nothing opposite (`either`: one of its
    two sentences, the evidence cannot tell which)."""
    if either:
        what, other = ("leaves out one of these two Arabic", "English") if side == "ar" else ("adds one of these two", "Arabic")
        return f"The English {what} sentences (both fit the {other} about as well): {quote(text)}"
    if unaligned:
        this, other = ("Arabic", "English") if side == "ar" else ("English", "Arabic")
        return f"This {this} passage was not aligned to any {other}: {quote(text)}"
    if side == "ar" and by_words:
        return (
            "The English seems to leave out all or part of this Arabic passage: few of its own words have a "
            f"translation anywhere in the English: {quote(text)}"
        )
    if side == "ar":
        return f"The English leaves out this Arabic passage ({_words(text)} words): {quote(text)}"
    if by_words:
        return f"The English seems to add this passage: few of its words translate anything in the Arabic: {quote(text)}"
    return f"The English adds a passage the Arabic does not have ({_words(text)} words): {quote(text)}"


def _absorbed(ctx: PairContext, unit: UnitView) -> bool:
    """Tell whether a one-sided unit's text belongs with a neighbour: the neighbour runs long (its
    other side holds the translation too) and fits the norm once the two are joined."""
    median, spread = _norm(ctx)
    for other in (ctx.units[unit.index - 1] if unit.index else None, ctx.units[unit.index + 1] if unit.index + 1 < len(ctx.units) else None):
        if other is None or other.ar_span is None or other.en_span is None:
            continue
        alone = (ratio(other.ar_text, other.en_text) - median) / spread
        if unit.en_span is None:
            joined = (ratio(other.ar_text + " " + unit.ar_text, other.en_text) - median) / spread
            long_already = alone >= ABSORBED_Z
        else:
            joined = (ratio(other.ar_text, other.en_text + " " + unit.en_text) - median) / spread
            long_already = alone <= -ABSORBED_Z
        if long_already and abs(joined) < 1.0 and _translates(ctx, unit, other):
            return True
        if abs(joined) < ABSORBED_Z and _glued_passenger(ctx, unit, other):
            return True
    return False


def _glued_passenger(ctx: PairContext, unit: UnitView, other: UnitView) -> bool:
    """Tell whether a neighbour's other side holds sentence ends the segmenter missed, as many as
    the one-sided unit's sentences make up: its translation is likely glued in there."""
    if unit.en_span is None:
        own, opposite = (ctx.ar_doc, other.ar_span), (ctx.en_doc, other.en_span)
        extra = len(_inner(ctx.ar_doc, unit.ar_span))
    else:
        own, opposite = (ctx.en_doc, other.en_span), (ctx.ar_doc, other.ar_span)
        extra = len(_inner(ctx.en_doc, unit.en_span))
    ends = _glued(opposite[0].text)
    glued = bisect.bisect_left(ends, opposite[1][1]) - bisect.bisect_left(ends, opposite[1][0])
    return glued > 0 and _count(*own) + extra == _count(*opposite)


ABSORBED_WORDS = 0.3  # word agreement a one-sided text needs with a neighbour's other side to belong with it


def _translates(ctx: PairContext, unit: UnitView, other: UnitView) -> bool:
    """Tell whether a one-sided unit's text has words in common with a neighbour's other side, as a
    passage that belongs with it would (lengths alone fit a sentence left out as well)."""
    from govnews.checks.content import _similarity

    if unit.en_span is None:
        return _similarity(ctx, unit.ar_text, other.en_text) >= ABSORBED_WORDS
    return _similarity(ctx, other.ar_text, unit.en_text) >= ABSORBED_WORDS


def _crossed_findings(ctx: PairContext, first: UnitView, second: UnitView) -> Iterator[Finding]:
    """Judge two adjacent units the alignment left one-sided the other way round as one unit."""
    ar_unit, en_unit = (first, second) if first.ar_span else (second, first)
    median, spread = _norm(ctx)
    z = (ratio(ar_unit.ar_text, en_unit.en_text) - median) / spread
    if abs(z) > LENGTH_Z and max(len(ar_unit.ar_text), len(en_unit.en_text)) >= MIN_LENGTH_CHARS:
        message = _length_message(ar_unit.ar_text, en_unit.en_text, median, z)
        yield ctx.finding("length", "warning", message, ar=ar_unit.ar_span, en=en_unit.en_span)
        return
    if _words(ar_unit.ar_text) >= MIN_WORDS:
        message = passage_message("ar", ar_unit.ar_text, unaligned=True)
        yield ctx.finding("omission", "warning", message, ar=ar_unit.ar_span)
    if _words(en_unit.en_text) >= MIN_WORDS:
        message = passage_message("en", en_unit.en_text, unaligned=True)
        yield ctx.finding("addition", "warning", message, en=en_unit.en_span)


def _edge_loss(ctx: PairContext, unit: UnitView, side: str, *, merged: bool = False) -> tuple[int, int] | None:
    """Find the sentences at the start or end of a unit's `side` whose removal makes its length normal.

    In a unit that merges unequal sentence counts the length alone is weak evidence (translators do
    merge sentences), so the sentences set aside must also agree with the other side no better,
    word for word, than the sentences kept.
    """
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    span = unit.ar_span if side == "ar" else unit.en_span
    inner = [s for s in doc.sentences if span[0] <= s.start and s.end <= span[1]]
    if len(inner) < 2:
        return None
    median, spread = _norm(ctx)
    best = None
    for cut in range(1, len(inner)):
        for kept, lost in ((inner[:cut], inner[cut:]), (inner[cut:], inner[:cut])):
            kept_text = doc.text[kept[0].start : kept[-1].end]
            lost_span = (lost[0].start, lost[-1].end)
            if _words(doc.text[lost_span[0] : lost_span[1]]) < MIN_WORDS:
                continue
            r = ratio(kept_text, unit.en_text) if side == "ar" else ratio(unit.ar_text, kept_text)
            z = abs(r - median) / spread
            if z > (MERGED_PARTIAL_Z if merged else PARTIAL_Z):
                continue
            # the words decide between edges that both fit by length: what is kept must be the translation
            ar_text, en_text = (kept_text, unit.en_text) if side == "ar" else (unit.ar_text, kept_text)
            agreement = ctx.word_agreement(ar_text, en_text)
            if merged:
                # the sentence set aside must be the one that translates worse, not only what is kept better
                lost_text = doc.text[lost_span[0] : lost_span[1]]
                pair = (lost_text, unit.en_text) if side == "ar" else (unit.ar_text, lost_text)
                lost_agreement = ctx.word_agreement(*pair)
                if lost_agreement > agreement:
                    continue
                agreement -= lost_agreement
            fit = agreement - 0.05 * z
            if best is None or fit > best[0]:
                best = (fit, lost_span)
    return best[1] if best else None


def find_coverage(ctx: PairContext) -> Iterator[Finding]:
    """Yield omissions, additions and units of abnormal length."""
    median, spread = _norm(ctx)
    crossed = _crossed(ctx)
    for unit in ctx.units:
        if unit.index in ctx.skip_en_units:
            continue
        if unit.index in crossed:
            if crossed[unit.index] > unit.index:
                yield from _crossed_findings(ctx, unit, ctx.units[crossed[unit.index]])
            continue
        if unit.ar_span is None or unit.en_span is None:
            side = "ar" if unit.ar_span else "en"
            text = unit.ar_text if side == "ar" else unit.en_text
            if _words(text) >= MIN_WORDS:
                absorbed = _absorbed(ctx, unit)
                message = passage_message(side, text, unaligned=absorbed)
                span = unit.ar_span if side == "ar" else unit.en_span
                yield ctx.finding(_ONE_SIDED[side], "warning" if absorbed else "error", message, **{side: span})
            continue
        if unit.ar_span is None or max(len(unit.ar_text), len(unit.en_text)) < MIN_LENGTH_CHARS:
            continue
        z = (ratio(unit.ar_text, unit.en_text) - median) / spread
        side = "ar" if z < 0 else "en"
        # a 2-1 unit may be the aligner's way of absorbing a sentence the other side lacks
        merged = _count(ctx.ar_doc, unit.ar_span) != _count(ctx.en_doc, unit.en_span)
        lost = _edge_loss(ctx, unit, side, merged=merged) if abs(z) > (MERGED_Z if merged else LENGTH_Z) else None
        if lost is None and merged:
            more = "ar" if _count(ctx.ar_doc, unit.ar_span) > _count(ctx.en_doc, unit.en_span) else "en"
            lost = (
                _edge_unmatched(ctx, unit, more, z=-z if more == "ar" else z)
                or _edge_by_numbers(ctx, unit, more)
                or _edge_by_length(ctx, unit, more, z=-z if more == "ar" else z)
            )
            side = more if lost else side
        if lost and merged and _renders_own(ctx, unit, side, lost):
            lost = None  # a sentence the translator merged or split off, not a passenger
        if lost is None and abs(z) <= LENGTH_Z:
            yield from _inner_length(ctx, unit)
            continue
        if lost and side == "ar":
            message = passage_message("ar", ctx.ar_doc.text[lost[0] : lost[1]])
            yield ctx.finding("omission", "error", message, ar=lost, en=unit.en_span)
        elif lost:
            message = passage_message("en", ctx.en_doc.text[lost[0] : lost[1]])
            yield ctx.finding("addition", "error", message, ar=unit.ar_span, en=lost)
        else:
            message = _length_message(unit.ar_text, unit.en_text, median, z)
            yield ctx.finding("length", "warning", message, ar=unit.ar_span, en=unit.en_span)


EDGE_UNMATCHED = 0.15  # word agreement at or below which an edge sentence of a merged unit has no counterpart ...
EDGE_KEPT = 0.2  # ... when the rest of its side agrees at least this well with the other side
EDGE_UNMATCHED_SHORT = 0.1  # the same when the unit runs a little short (`EDGE_SHORT_Z`) on the side that lost it
EDGE_SHORT_Z = -0.5
EDGE_MIN_WORDS = 3  # Arabic words the lexicon translates that the comparison needs
EDGE_SPLIT_Z = 0.5  # how long a 1-2 unit runs before an English edge sentence is judged by the Arabic's words alone


OWN_WORDS = 4  # words of an edge sentence the lexicon must know to show it has a translation of its own ...
OWN_HITS = 2  # ... when this many of them, and
OWN_SHARE = 0.25  # ... this share, are rendered on the other side by words the rest of the unit does not account for


def _renders_own(ctx: PairContext, unit: UnitView, side: str, lost: tuple[int, int]) -> bool:
    """Tell whether an edge sentence of a merged unit has its own translation on the other side.

    Translators merge two Arabic sentences into one English sentence and split a long Arabic one in
    two; a sentence the aligner took along as a passenger only shares words with the other side by
    chance, words the rest of the unit mostly accounts for too. So the edge sentence's words are
    counted where the other side renders them and the rest of its own side does not.
    """
    from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, ar_tokens, en_tokens

    if _holds_linked(ctx, unit, side, lost):
        return True
    lexicon = ctx.lexicon_or_seed()
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    span = unit.ar_span if side == "ar" else unit.en_span
    lost_text = doc.text[lost[0] : lost[1]]
    kept_text = doc.text[span[0] : lost[0]] + " " + doc.text[lost[1] : span[1]]
    if side == "ar":
        opposite = set(en_tokens(unit.en_text)) - lexicon.concepts(ar_tokens(kept_text))
        judged = [w for w in (lexicon.word_translations(t) for t in set(ar_tokens(lost_text)) if t not in AR_STOPWORDS) if w]
        hits = sum(1 for w in judged if w & opposite)
    else:
        vocabulary = lexicon.english_words()
        opposite = lexicon.concepts(ar_tokens(unit.ar_text)) - set(en_tokens(kept_text))
        judged = [w for w in set(en_tokens(lost_text)) if w not in EN_STOPWORDS and w in vocabulary]
        hits = sum(1 for w in judged if w in opposite)
    return len(judged) >= OWN_WORDS and hits >= OWN_HITS and hits >= OWN_SHARE * len(judged)


def _holds_linked(ctx: PairContext, unit: UnitView, side: str, lost: tuple[int, int]) -> bool:
    """Tell whether an edge sentence names a person, body, place, date or amount that the other side of
    its unit gives too (the entities are linked) and the rest of its own side does not."""
    if side == "ar":
        own, opposite, links = unit.ar_entities, unit.en_entities, ctx.links
    else:
        own, opposite, links = unit.en_entities, unit.ar_entities, {en: ar for ar, en in ctx.links.items()}
    facing = {e.entity_id for e in opposite}
    inside = {e.entity_id for e in own if lost[0] <= e.start < lost[1] and e.type in _LINKED_TYPES}
    outside = {e.entity_id for e in own if not lost[0] <= e.start < lost[1]}
    return any(links.get(i) in facing for i in inside - outside if i)


_LINKED_TYPES = frozenset({"PERSON", "ORG", "LOC", "DATE", "MONEY", "PERCENT"})


def _rendered_share(lexicon, ar_text: str, en_text: str) -> float:
    """Return the share of an English text's known content words that translate a word of the Arabic."""
    from govnews.lexicon import EN_STOPWORDS, ar_tokens, en_tokens

    vocabulary = lexicon.english_words()
    words = {w for w in en_tokens(en_text) if w not in EN_STOPWORDS and w in vocabulary}
    return len(words & lexicon.concepts(ar_tokens(ar_text))) / len(words) if words else 0.0


def _translatable(lexicon, ar_text: str) -> int:
    from govnews.lexicon import AR_STOPWORDS, ar_tokens

    return sum(1 for t in set(ar_tokens(ar_text)) if t not in AR_STOPWORDS and lexicon.word_translations(t))


def _edge_unmatched(ctx: PairContext, unit: UnitView, side: str, *, z: float) -> tuple[int, int] | None:
    """Find an edge sentence of a merged unit whose words the other side does not translate.

    `side` is the side with more sentences (a sentence the aligner took along as a passenger); `z`
    how far that side runs long. A unit that runs short needs stronger word evidence; one that runs
    clearly short is left alone. The sentence least in agreement wins.
    """
    if z < EDGE_SHORT_Z:
        return None
    threshold = EDGE_UNMATCHED if z >= 0 else EDGE_UNMATCHED_SHORT
    lexicon = ctx.lexicon_or_seed()
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    other_doc = ctx.en_doc if side == "ar" else ctx.ar_doc
    span, other_span = (unit.ar_span, unit.en_span) if side == "ar" else (unit.en_span, unit.ar_span)
    inner = _inner(doc, span)
    if len(inner) < 2 or _count(doc, span) <= _count(other_doc, other_span):
        return None
    other_text = unit.en_text if side == "ar" else unit.ar_text
    best = None
    for lost, kept in ((inner[0], inner[1:]), (inner[-1], inner[:-1])):
        lost_text = doc.text[lost.start : lost.end]
        if _words(lost_text) < MIN_WORDS:
            continue
        kept_text = doc.text[kept[0].start : kept[-1].end]
        pairs = ((lost_text, other_text), (kept_text, other_text)) if side == "ar" else (
            (other_text, lost_text), (other_text, kept_text))
        if _translatable(lexicon, pairs[0][0]) < EDGE_MIN_WORDS:
            continue  # a lexicon that knows few of the Arabic words cannot tell a passenger sentence
        w_lost, w_kept = (ctx.word_agreement(*pair) for pair in pairs)
        if side == "en" and z < EDGE_SPLIT_Z and _rendered_share(lexicon, other_text, lost_text) > threshold:
            # a sentence split off a long Arabic one renders part of it only: few of the Arabic's words
            # are in it. Unless the unit runs long, its own words must find no source in the Arabic.
            continue
        if w_lost <= threshold and w_kept >= EDGE_KEPT and (best is None or w_lost < best[0]):
            best = (w_lost, (lost.start, lost.end))
    return best[1] if best else None


def _edge_by_numbers(ctx: PairContext, unit: UnitView, side: str) -> tuple[int, int] | None:
    """Find the edge sentence of a merged unit whose numbers the other side lacks, all of them, when
    the other side gives every number the rest of the unit states."""
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    span = unit.ar_span if side == "ar" else unit.en_span
    other = values(unit.en_text if side == "ar" else unit.ar_text)
    inner = _inner(doc, span)
    if len(inner) < 2:
        return None
    found = []
    for lost, kept in ((inner[0], inner[1:]), (inner[-1], inner[:-1])):
        lost_values = own_values(doc.text, (lost.start, lost.end))
        kept_values = own_values(doc.text, (kept[0].start, kept[-1].end))
        if lost_values and kept_values and not lost_values & other and kept_values <= other:
            found.append((lost.start, lost.end))
    return found[0] if len(found) == 1 and _words(doc.text[found[0][0] : found[0][1]]) >= MIN_WORDS else None


_LOWER_START_RE = re.compile(r"(?<=[a-z)])\. +(?=[a-z]{2})")  # `in public. people who`
SHORT_MERGED_Z = 1.0  # how far short a merged unit runs, on the side with fewer sentences, to be searched by length
KEPT_FIT_Z = 0.7  # how close to the norm the rest of the unit must come once an edge sentence is set aside
LOST_KNOWN = 3  # words of the edge sentence the lexicon must know for its agreement to overrule the length
LOST_BETTER = 0.1  # how much better such an edge must agree with the other side than the rest to stay


def _edge_by_length(ctx: PairContext, unit: UnitView, side: str, *, z: float) -> tuple[int, int] | None:
    """Find the edge sentence of a merged unit without which the unit's length is normal, when the
    whole runs short on the other side: the other side translates the rest alone.

    The words only veto: an edge the lexicon knows well enough that agrees clearly better with the
    other side than the rest is no passenger. Among edges that fit, the better fitting length wins.
    """
    from govnews.checks.content import _similarity

    if z < SHORT_MERGED_Z:
        return None
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    span = unit.ar_span if side == "ar" else unit.en_span
    other_text = unit.en_text if side == "ar" else unit.ar_text
    inner = _inner(doc, span)
    if len(inner) < 2 or (side == "ar" and _LOWER_START_RE.search(other_text)):
        return None  # a list whose items start in lower case: the English holds more sentences than counted
    median, spread = _norm(ctx)
    lexicon = ctx.lexicon_or_seed()
    best = None
    for lost, kept in ((inner[0], inner[1:]), (inner[-1], inner[:-1])):
        lost_text = doc.text[lost.start : lost.end]
        kept_text = doc.text[kept[0].start : kept[-1].end]
        if _words(lost_text) < MIN_WORDS:
            continue
        r = ratio(kept_text, other_text) if side == "ar" else ratio(other_text, kept_text)
        fit = abs(r - median) / spread
        if fit > KEPT_FIT_Z:
            continue
        pair = (lambda t: (t, other_text)) if side == "ar" else (lambda t: (other_text, t))
        known = _translatable(lexicon, lost_text) if side == "ar" else _words(lost_text)
        if known >= LOST_KNOWN and _similarity(ctx, *pair(lost_text)) > _similarity(ctx, *pair(kept_text)) + LOST_BETTER:
            continue
        if best is None or fit < best[0]:
            best = (fit, (lost.start, lost.end))
    return best[1] if best else None


# a sentence end the segmenter could not see: no space after the full stop (`2021".Casinos`, `نهائي.أعطى`)
_GLUED_RE = re.compile(
    r"(?<=[a-z0-9)\"”’%])[.!?](?=[A-Z][a-z])|(?<=[a-z]{2})\.(?=[0-9])"
    r"|(?<=[\u0621-\u064aA-Za-z0-9)\"”%])[.!؟](?=[\u0621-\u064a]{2})"
)


def _count(doc, span: tuple[int, int]) -> int:
    """Return how many sentences a unit's side holds, counting ends the segmenter missed."""
    ends = _glued(doc.text)
    return len(_inner(doc, span)) + bisect.bisect_left(ends, span[1]) - bisect.bisect_left(ends, span[0])


@functools.lru_cache(maxsize=16)
def _glued(text: str) -> list[int]:
    return [m.start() for m in _GLUED_RE.finditer(text)]


def _inner(doc, span: tuple[int, int]) -> list:
    return [s for s in doc.sentences if span[0] <= s.start and s.end <= span[1]]


def _inner_length(ctx: PairContext, unit: UnitView) -> Iterator[Finding]:
    """In a 2-2 unit, judge each sentence pair on the diagonal: the aligner may have merged a cut sentence."""
    ar_inner, en_inner = _inner(ctx.ar_doc, unit.ar_span), _inner(ctx.en_doc, unit.en_span)
    if len(ar_inner) < 2 or len(ar_inner) != len(en_inner):
        return
    median, spread = _norm(ctx)
    for a, e in zip(ar_inner, en_inner):
        ar_text, en_text = ctx.ar_doc.text[a.start : a.end], ctx.en_doc.text[e.start : e.end]
        if max(len(ar_text), len(en_text)) < MIN_LENGTH_CHARS:
            continue
        z = (ratio(ar_text, en_text) - median) / spread
        if abs(z) > LENGTH_Z:
            yield ctx.finding("length", "warning", _length_message(ar_text, en_text, median, z),
                              ar=(a.start, a.end), en=(e.start, e.end))


def _length_message(ar_text: str, en_text: str, median: float, z: float) -> str:
    expected = (rendered_length(ar_text) + 10) * math.exp(median) - 10
    return (
        f"The English is {len(en_text)} characters for {len(ar_text)} Arabic characters "
        f"(about {expected:.0f} expected): it may {'leave something out' if z < 0 else 'add something'}"
    )


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return bool(before) and before[-1] in _OPENERS and bool(after) and after[0] in _CLOSERS


def arabic_in_english(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, words) of each run of Arabic script in an English text, names in quotes left out."""
    for match in _AR_RUN_RE.finditer(text):
        words = len(ARABIC_WORD_RE.findall(match.group()))
        if words == 0:
            continue
        if words <= _QUOTED_WORDS and _quoted(text, match.start(), match.end()):
            continue
        yield match.start(), match.end(), words


def english_in_arabic(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, words) of each English sentence left in an Arabic text."""
    for match in _EN_RUN_RE.finditer(text):
        words = LATIN_WORD_RE.findall(match.group())
        function = sum(1 for w in words if w.lower() in _EN_FUNCTION_WORDS)
        if len(words) >= 6 and function >= 2 and not _quoted(text, match.start(), match.end()):
            yield match.start(), match.end(), len(words)


def english_left_in_arabic(unit: UnitView) -> bool:
    """Tell whether most of a unit's English side is written in Arabic script."""
    letters = sum(1 for c in unit.en_text if c.isalpha())
    return letters > 0 and len(ARABIC_LETTER_RE.findall(unit.en_text)) > letters / 2


def find_untranslated(ctx: PairContext) -> Iterator[Finding]:
    """Yield Arabic left in the English and English sentences left in the Arabic."""
    for start, end, words in arabic_in_english(ctx.en_doc.text):
        severity = "error" if words >= 3 else "warning"
        message = f"Arabic left untranslated in the English ({words} words): {quote(ctx.en_doc.text[start:end])}"
        yield ctx.finding("untranslated", severity, message, en=(start, end))
    for start, end, words in english_in_arabic(ctx.ar_doc.text):
        message = f"English left in the Arabic ({words} words): {quote(ctx.ar_doc.text[start:end])}"
        yield ctx.finding("untranslated", "warning", message, ar=(start, end))
