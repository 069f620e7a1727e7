"""`omission` / `addition` by content: a sentence whose own words have no translation on the other side.

The alignment may hide a left-out paragraph by folding its neighbours into a 2-2 unit; the words
tell. For each Arabic sentence, take its distinctive words (content words no other Arabic sentence
of the release uses) that the lexicon can translate, and count how many have a translation anywhere
in the English. A translated sentence scores near 1 (0.94 on the sample release); a left-out one
scores far below the release's other sentences. The same holds the other way for English sentences
against the lexicon's reading of the whole Arabic. A low score is an error when the length of the sentence's unit
agrees (short of its expected length for an omission, long for an addition), a warning otherwise.
The same scores move a one-sided unit's finding to the neighbouring sentence that is truly left over
when the aligner counted right but picked the wrong sentence.

Facts weigh in too. An English sentence that agrees with no Arabic sentence (nor two adjacent ones)
has no source; a sentence holding a number, date or name the other side lacks and agreeing poorly
with every sentence opposite is left over; and a passage whose own numbers the other side gives, in
a sentence sharing its words, was translated somewhere: its error becomes a warning.
"""

from __future__ import annotations

import math
import statistics
from typing import Iterator

from govnews.checks._text import own_values, values
from govnews.checks.coverage import passage_message
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


UNIT_TRANSLATED = 0.5  # word agreement of a sentence with the other side of its own unit that shows it translated


def _renders_its_unit(ctx: PairContext, side: str, sentence: int) -> bool:
    """Tell whether a sentence that is the whole of its side of a unit agrees word for word with the
    unit's other side (`UNIT_TRANSLATED`): its distinctive words may lack translations anywhere
    opposite (adjectives, reporting verbs the lexicon renders otherwise) while the words it shares
    with its neighbours show it translated where the alignment put it."""
    from govnews.checks.coverage import _inner

    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    for unit in ctx.units:
        span = unit.ar_span if side == "ar" else unit.en_span
        if span and _holds(ctx, unit, side, sentence):
            if not (unit.ar_span and unit.en_span) or len(_inner(doc, span)) != 1:
                return False
            similarity = _similarity(ctx, unit.ar_text, unit.en_text)
            return similarity >= UNIT_TRANSLATED or (similarity >= VOUCH_SIMILARITY and _numbers_carried(unit, side))
    return False


def _numbers_carried(unit, side: str) -> bool:
    """Tell whether the other side of a unit gives every number of two digits or more the sentence gives, two at
    least: a sentence the translator split in two (`بلغت 32,5 في المائة، مقابل 31,9 ... مشيرا إلى أن` / `32.5%,
    against 31.9% ... . The Kingdom ...`) is rendered though its words spread thin over the two."""
    own, other = (unit.ar_text, unit.en_text) if side == "ar" else (unit.en_text, unit.ar_text)
    numbers = {v for v in values(own) if len(v) >= 2}
    return len(numbers) >= 2 and numbers <= values(other)


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


EN_STRONG = 3.0  # binomial z-score of an English sentence's words that is an addition ...
EN_LONG_Z = 0.3  # ... in a unit running at least this long
MERGED_AR_Z = 1.5  # how far short a merged unit must run for the Arabic words alone to make an omission an error


def _severity(strength: float, z: float, merged: bool, *, side: str = "en") -> str:
    """An error needs the words and the length to agree: strong word evidence in a short unit, or
    weaker word evidence in a unit that is very short, or that the aligner had to merge and that is
    not short the other way. An Arabic word has many renderings the lexicon may not know, so for an
    omission the merged unit must also run clearly short."""
    if strength >= WEAK and merged and z >= (MERGED_AR_Z if side == "ar" else 0):
        return "error"
    if side == "en" and strength >= EN_STRONG and z >= EN_LONG_Z:
        return "error"  # an English sentence is judged against all the Arabic offers: firmer evidence
    if z < SHORT_Z:
        return "warning"
    if strength >= STRONG or (strength >= WEAK and z >= 2 * SHORT_Z):
        return "error"
    return "warning"


def _sentence_scores(ctx: PairContext) -> dict[str, list[tuple[int, float] | None]]:
    """Score every sentence of each side: (distinctive words judged, share with a translation opposite)."""
    from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, ar_tokens, en_tokens

    lexicon = ctx.lexicon_or_seed()
    ar_doc, en_doc = ctx.ar_doc, ctx.en_doc
    en_words = set(en_tokens(en_doc.text))

    def ar_covered(word: str) -> bool | None:
        translations = lexicon.word_translations(word)
        return bool(translations & en_words) if translations else None

    ar_concepts = lexicon.concepts(ar_tokens(ar_doc.text))
    vocabulary = lexicon.english_words()

    def en_covered(word: str) -> bool | None:
        return word in ar_concepts if word in vocabulary else None

    ar_sets = [{w for w in ar_tokens(ar_doc.text[s.start : s.end]) if w not in AR_STOPWORDS} for s in ar_doc.sentences]
    en_sets = [{w for w in en_tokens(en_doc.text[s.start : s.end]) if w not in EN_STOPWORDS} for s in en_doc.sentences]
    return {"ar": _scores(ar_sets, ar_covered), "en": _scores(en_sets, en_covered)}


_CHECK = {"ar": "omission", "en": "addition"}
TRANSLATED = 0.8  # a one-sided sentence whose own words are covered this well was translated, not left out
RELOCATE_REACH = 2  # sentences around a one-sided unit where the words may show the sentence truly left over


GAP_NUMBERS = 0.3  # weight of the numbers two sentences share, beside their word agreement
GAP_MARGIN = 0.1  # how much better, in word agreement summed over the run, another place for the gap must fit


def _similarity(ctx: PairContext, ar: str, en: str) -> float:
    """Return how well two sentences translate each other, 0 to 1: the share of the Arabic's
    translatable words the English holds and of the English's known words the Arabic offers."""
    from govnews.lexicon import EN_STOPWORDS, ar_tokens, en_tokens

    lexicon = ctx.lexicon_or_seed()
    vocabulary = lexicon.english_words()
    words = {w for w in en_tokens(en) if w not in EN_STOPWORDS and w in vocabulary}
    back = len(words & lexicon.concepts(ar_tokens(ar))) / len(words) if words else 0.0
    return 0.5 * (ctx.word_agreement(ar, en) + back)


def _best_gap(ctx: PairContext, side: str, sentence: int) -> int | None:
    """Re-place the one sentence without a counterpart within the run of 1-1 units around it.

    The aligner settled that one sentence of the run has none (a one-sided unit, or a unit that
    merges two sentences for one); every placement of that gap pairs the others in order, and the
    placement whose pairs agree best word for word (and in length) wins.
    Returns the sentence index of the best gap (`sentence` itself when the aligner placed it best),
    or None without a clear winner.
    """
    found = _gap_fits(ctx, side, sentence)
    if found is None:
        return None
    longer, fits = found
    here = longer.index(sentence)
    best = max(range(len(fits)), key=fits.__getitem__)
    if best == here:
        runner_up = max((f for k, f in enumerate(fits) if k != here), default=fits[here])
        return sentence if fits[here] - runner_up >= GAP_MARGIN else None
    if fits[best] - fits[here] < GAP_MARGIN:
        return None
    return longer[best]


def _gap_rival(ctx: PairContext, side: str, sentence: int) -> int | None:
    """Return the sentence next to `sentence` that fits the gap as well, within `GAP_MARGIN`, when
    both fit it best: the words cannot tell which of the two has no counterpart."""
    found = _gap_fits(ctx, side, sentence)
    if found is None:
        return None
    longer, fits = found
    here = longer.index(sentence)
    others = [k for k in range(len(fits)) if k != here]
    if not others:
        return None
    rival = max(others, key=fits.__getitem__)
    top = max(fits) - GAP_MARGIN
    if abs(longer[rival] - sentence) == 1 and fits[rival] >= top and fits[here] >= top:
        return longer[rival]
    return None


def _gap_fits(ctx: PairContext, side: str, sentence: int) -> tuple[list[int], list[float]] | None:
    """Return the sentences of `side` in the run of balanced units around `sentence` and, for each,
    how well the run's other sentences pair in order when it is the one without a counterpart."""
    from govnews.checks.coverage import _inner, _norm, ratio

    index = next((u.index for u in ctx.units if (u.ar_span if side == "ar" else u.en_span) and
                  _holds(ctx, u, side, sentence)), None)
    if index is None:
        return None
    lo = hi = index
    while lo > 0 and _balanced(ctx, ctx.units[lo - 1]) and index - lo < 3:
        lo -= 1
    while hi + 1 < len(ctx.units) and _balanced(ctx, ctx.units[hi + 1]) and hi - index < 3:
        hi += 1
    run = ctx.units[lo : hi + 1]

    def sentences(doc, spans) -> list[int]:
        starts = {s.start: i for i, s in enumerate(doc.sentences)}
        return [starts[s.start] for span in spans if span for s in _inner(doc, span)]

    ar_side = sentences(ctx.ar_doc, [u.ar_span for u in run])
    en_side = sentences(ctx.en_doc, [u.en_span for u in run])
    longer, shorter = (ar_side, en_side) if side == "ar" else (en_side, ar_side)
    if len(longer) != len(shorter) + 1 or len(longer) < 2 or sentence not in longer:
        return None
    median, spread = _norm(ctx)

    def text(doc, i: int) -> str:
        s = doc.sentences[i]
        return doc.text[s.start : s.end]

    def fit(k: int) -> float:
        kept = longer[:k] + longer[k + 1 :]
        pairs = list(zip(kept, shorter)) if side == "ar" else list(zip(shorter, kept))
        texts = [(text(ctx.ar_doc, a), text(ctx.en_doc, e)) for a, e in pairs]
        words = sum(_similarity(ctx, a, e) for a, e in texts)
        length = sum(min(abs(ratio(a, e) - median) / spread, 4.0) for a, e in texts)
        return words - 0.05 * length + GAP_NUMBERS * sum(_number_agreement(a, e) for a, e in texts)

    return longer, [fit(k) for k in range(len(longer))]


def _number_agreement(ar: str, en: str) -> float:
    """Return the share of the numbers two sentences state that both state (0 when neither states any)."""
    ar_values, en_values = values(ar), values(en)
    both = ar_values | en_values
    return len(ar_values & en_values) / len(both) if both else 0.0


def _holds(ctx: PairContext, unit, side: str, sentence: int) -> bool:
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    span = unit.ar_span if side == "ar" else unit.en_span
    s = doc.sentences[sentence]
    return span[0] <= s.start and s.end <= span[1]


def _balanced(ctx: PairContext, unit) -> bool:
    """Tell whether a unit pairs as many sentences on each side (1-1, 2-2: a run the gap may cross)."""
    from govnews.checks.coverage import _inner

    return bool(unit.ar_span and unit.en_span) and len(_inner(ctx.ar_doc, unit.ar_span)) == len(
        _inner(ctx.en_doc, unit.en_span)
    )


def _relocate(
    ctx: PairContext, findings: list[Finding], side: str, scores, low: dict[int, float], rivals: dict
) -> list[Finding]:
    """Move a one-sided unit's finding to the neighbouring sentence the words show is the one left over.

    The alignment counts right (one sentence has no counterpart) but may pick the wrong one; a
    sentence whose words are translated is not the one left out when its neighbour's are not.
    A neighbour the evidence cannot tell from it is put in `rivals` (finding: side, sentence, neighbour).
    """
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    out = []
    for f in findings:
        start, end = (f.ar_start, f.ar_end) if side == "ar" else (f.en_start, f.en_end)
        other = f.en_start if side == "ar" else f.ar_start
        if f.check != _CHECK[side] or f.severity != "error" or start is None:
            out.append(f)
            continue
        covered = [i for i, s in enumerate(doc.sentences) if start <= s.start and s.end <= end]
        if other is not None:
            # an edge sentence of a merged unit: the run's pairs may show the gap is elsewhere
            gap = _best_gap(ctx, side, covered[0]) if len(covered) == 1 else None
            if gap is None or gap == covered[0]:
                out.append(f)
                continue
            low.pop(gap, None)
            g = doc.sentences[gap]
            message = passage_message(side, doc.text[g.start : g.end])
            out.append(ctx.finding(f.check, "error", message, **{side: (g.start, g.end)}))
            continue
        judged = [scores[i] for i in covered if scores[i]]
        if not covered or any(i in low for i in covered):
            # a neighbour as poorly covered by the words may be the one left out as well
            poor = [j for j in (covered[0] - 1, covered[-1] + 1) if j in low] if len(covered) == 1 else []
            if poor:
                rival = max(poor, key=lambda k: low[k])
                del low[rival]
                rivals[f] = (side, covered[0], rival)
            out.append(f)
            continue
        # the run's sentence pairs, word for word, may place the gap elsewhere; failing that, with its
        # own words unjudged (too few), only a clearly untranslated neighbour takes its place
        gap = _best_gap(ctx, side, covered[0]) if len(covered) == 1 else None
        if gap == covered[0]:
            out.append(f)  # the pairs around it agree best with the gap where the aligner put it
            continue
        if gap is not None:
            near = [gap]
            low.setdefault(gap, 0.0)
        else:
            near = [
                j for j in low
                if j not in covered and min(abs(j - covered[0]), abs(j - covered[-1])) <= RELOCATE_REACH
                and (judged or low[j] >= WEAK)
            ]
        if not near:
            if judged and all(share >= TRANSLATED for _, share in judged):
                # its own words are all over the other side: the aligner missed its counterpart
                message = passage_message(side, doc.text[start:end], unaligned=True)
                out.append(ctx.finding(f.check, "warning", message, **{side: (start, end)}))
            else:
                rival = _gap_rival(ctx, side, covered[0]) if gap is None and len(covered) == 1 else None
                if rival is not None:
                    rivals[f] = (side, covered[0], rival)
                out.append(f)
            continue
        j = max(near, key=lambda k: low[k])
        del low[j]
        s = doc.sentences[j]
        text = doc.text[s.start : s.end]
        out.append(ctx.finding(f.check, "error", passage_message(side, text), **{side: (s.start, s.end)}))
    return out


def _widen(ctx: PairContext, findings: list[Finding], rivals: dict) -> list[Finding]:
    """Widen each one-sided sentence's error in `rivals` to the neighbour that may as well be the one
    left over, unless another error already reports that neighbour."""
    out = []
    for f in findings:
        if f in rivals and f.severity == "error":
            side, sentence, rival = rivals[f]
            doc = ctx.ar_doc if side == "ar" else ctx.en_doc
            s = doc.sentences[rival]
            if not any(
                g.check == f.check and g.severity == "error" and _side_span(g, side)[0] is not None
                and _side_span(g, side)[0] < s.end and s.start < _side_span(g, side)[1]
                for g in findings
            ):
                f = _either(ctx, f, side, sentence, rival)
        out.append(f)
    return out


def _side_span(finding: Finding, side: str) -> tuple[int | None, int | None]:
    return (finding.ar_start, finding.ar_end) if side == "ar" else (finding.en_start, finding.en_end)


def _either(ctx: PairContext, finding: Finding, side: str, sentence: int, rival: int) -> Finding:
    """Widen a one-sided sentence's error to its neighbour that may as well be the one left over."""
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    first, last = doc.sentences[min(sentence, rival)], doc.sentences[max(sentence, rival)]
    span = (first.start, last.end)
    message = passage_message(side, doc.text[span[0] : span[1]], either=True)
    return ctx.finding(finding.check, finding.severity, message, **{side: span})


ORPHAN_WORDS = 6  # words the lexicon knows that an English sentence needs to be judged an orphan ...
ORPHAN_SIMILARITY = 0.1  # ... when it agrees no better than this with every Arabic sentence and pair of sentences


FACT_SIMILARITY = 0.4  # best word agreement of a sentence holding a fact the other side lacks, to be left over
FACT_WORDS = 3  # words the lexicon knows that such a sentence needs
_FACTS = ("number", "date", "name")


class _Agreements:
    """Word agreement (`_similarity`) of each sentence with the sentences of the other side, or two
    adjacent ones (the segmenters cut differently). Each sentence is read once; pairs are unions."""

    def __init__(self, ctx: PairContext):
        from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, ar_tokens, en_tokens

        lexicon = ctx.lexicon_or_seed()
        vocabulary = lexicon.english_words()
        self.ar = []  # (translations of each translatable token, concepts)
        for sentence in ctx.ar_doc.sentences:
            tokens = ar_tokens(ctx.ar_doc.text[sentence.start : sentence.end])
            judged = {t: lexicon.word_translations(t) for t in set(tokens) if t not in AR_STOPWORDS}
            self.ar.append(({t: w for t, w in judged.items() if w}, lexicon.concepts(tokens)))
        self.en = []  # (words, content words the lexicon knows)
        for sentence in ctx.en_doc.sentences:
            words = set(en_tokens(ctx.en_doc.text[sentence.start : sentence.end]))
            self.en.append((words, {w for w in words if w not in EN_STOPWORDS and w in vocabulary}))
        self.ar_spans = self._spans(self.ar, lambda a, b: ({**a[0], **b[0]}, a[1] | b[1]))
        self.en_spans = self._spans(self.en, lambda a, b: (a[0] | b[0], a[1] | b[1]))

    @staticmethod
    def _spans(sentences: list, join) -> list[tuple[float, tuple]]:
        """Each sentence and each two adjacent ones, with their middle position (0 to 1) in the document."""
        n = len(sentences)
        out = [((i + 0.5) / n, s) for i, s in enumerate(sentences)]
        out += [((i + 1) / n, join(a, b)) for i, (a, b) in enumerate(zip(sentences, sentences[1:]))]
        return out

    @staticmethod
    def _similarity(ar, en) -> float:
        (judged, concepts), (words, known) = ar, en
        there = sum(1 for w in judged.values() if w & words) / len(judged) if judged else 0.0
        back = len(known & concepts) / len(known) if known else 0.0
        return 0.5 * (there + back)

    def known(self, side: str, i: int) -> int:
        """Return how many of a sentence's words the lexicon knows."""
        return len(self.ar[i][0]) if side == "ar" else len(self.en[i][1])

    def exceeds(self, side: str, i: int, threshold: float) -> bool:
        """Tell whether a sentence agrees better than `threshold` with some sentence (or two) opposite;
        the sentences at the same place in the other document are tried first."""
        own, others = (self.ar, self.en_spans) if side == "ar" else (self.en, self.ar_spans)
        place = (i + 0.5) / len(own)
        for _, other in sorted(others, key=lambda o: abs(o[0] - place)):
            if self._similarity(*((own[i], other) if side == "ar" else (other, own[i]))) > threshold:
                return True
        return False

    def best(self, side: str, i: int) -> float:
        """Return how well a sentence agrees with the best sentence (or two) opposite."""
        own, others = (self.ar, self.en_spans) if side == "ar" else (self.en, self.ar_spans)
        return max(
            (self._similarity(*((own[i], o) if side == "ar" else (o, own[i]))) for _, o in others), default=0.0
        )


def _lacking(findings: list[Finding], side: str) -> list[tuple[int, int]]:
    """Return the spans on `side` of the numbers, dates and names in error that the other side lacks."""
    return [
        (f.ar_start, f.ar_end) if side == "ar" else (f.en_start, f.en_end)
        for f in findings
        if f.check in _FACTS and f.severity == "error" and (f.en_start if side == "ar" else f.ar_start) is None
        and (f.ar_start if side == "ar" else f.en_start) is not None
    ]


def _left_over(ctx: PairContext, side: str, findings: list[Finding], agreements: _Agreements) -> list[int]:
    """Return the sentences of `side` that translate nothing opposite.

    An English sentence of several words the lexicon knows that no Arabic sentence (nor two
    adjacent ones) agrees with word for word has no source: a translated sentence always shares
    some words with its source. With fewer known words, or on the Arabic side (an Arabic word has
    renderings a lexicon does not know), the sentence must also hold a number, date or name the
    other side lacks.
    """
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    facts = _lacking(findings, side)
    out = []
    for i, s in enumerate(doc.sentences):
        known = agreements.known(side, i)
        if known < FACT_WORDS:
            continue
        if side == "en" and known >= ORPHAN_WORDS and not agreements.exceeds(side, i, ORPHAN_SIMILARITY):
            out.append(i)
        elif any(s.start <= a < s.end for a, _ in facts) and not agreements.exceeds(side, i, FACT_SIMILARITY):
            out.append(i)
    return out


def _add_left_over(ctx: PairContext, findings: list[Finding]) -> list[Finding]:
    """Make an error of each sentence with no counterpart (an existing warning on it is raised)."""
    agreements = _Agreements(ctx)
    for side in ("ar", "en"):
        doc = ctx.ar_doc if side == "ar" else ctx.en_doc
        for i in _left_over(ctx, side, findings, agreements):
            s = doc.sentences[i]
            here = [
                f for f in findings
                if f.check == _CHECK[side] and (f.ar_start if side == "ar" else f.en_start) is not None
                and (f.ar_start if side == "ar" else f.en_start) < s.end and s.start < (f.ar_end if side == "ar" else f.en_end)
            ]
            if any(f.severity == "error" for f in here):
                continue
            findings = [f for f in findings if f not in here]
            message = passage_message(side, doc.text[s.start : s.end], by_words=True)
            findings.append(ctx.finding(_CHECK[side], "error", message, **{side: (s.start, s.end)}))
    return findings


def _vouched(ctx: PairContext, side: str, span: tuple[int, int]) -> bool:
    """Tell whether the numbers only this passage carries on its side all appear on the other side:
    then the passage was translated somewhere, whatever the alignment and the lexicon say."""
    doc, other = (ctx.ar_doc, ctx.en_doc) if side == "ar" else (ctx.en_doc, ctx.ar_doc)
    own = own_values(doc.text, span)
    if not own or not own <= values(other.text):
        return False
    # the numbers may match by chance: the sentences opposite that give them must also share words with it
    text = doc.text[span[0] : span[1]]
    holders = [other.text[s.start : s.end] for s in other.sentences if own & values(other.text[s.start : s.end])]
    return any(
        (_similarity(ctx, text, h) if side == "ar" else _similarity(ctx, h, text)) >= VOUCH_SIMILARITY for h in holders
    )


VOUCH_SIMILARITY = 0.2  # word agreement with the sentence opposite that gives a passage's numbers



def _demote_vouched(ctx: PairContext, findings: list[Finding]) -> list[Finding]:
    """Make a warning of an omission or addition error whose passage's own numbers the other side
    gives, unless the passage also holds a number, date or name the other side lacks."""
    out = []
    for f in findings:
        side = "ar" if f.check == "omission" else "en"
        span = (f.ar_start, f.ar_end) if side == "ar" else (f.en_start, f.en_end)
        if (
            f.check in ("omission", "addition") and f.severity == "error" and span[0] is not None
            and not any(span[0] <= a < span[1] for a, _ in _lacking(findings, side))
            and _vouched(ctx, side, span)
        ):
            message = passage_message(side, ctx.ar_doc.text[span[0] : span[1]] if side == "ar" else ctx.en_doc.text[span[0] : span[1]], unaligned=True)
            f = ctx.finding(f.check, "warning", message, ar=(f.ar_start, f.ar_end) if f.ar_start is not None else None,
                            en=(f.en_start, f.en_end) if f.en_start is not None else None)
        out.append(f)
    return out


def revise(ctx: PairContext, findings: list[Finding]) -> list[Finding]:
    """Return `findings` with one-sided units' findings moved where the words show the left-over
    sentence is, plus the omissions and additions the words alone show."""
    if len(ctx.ar_doc.sentences) < 2 and len(ctx.en_doc.sentences) < 2:
        return findings
    scores = _sentence_scores(ctx)
    rivals: dict[Finding, tuple[str, int, int]] = {}
    for side in ("ar", "en"):
        low = dict(_low(scores[side]))
        findings = _relocate(ctx, findings, side, scores[side], low, rivals)
        doc = ctx.ar_doc if side == "ar" else ctx.en_doc
        taken = [
            (f.ar_start, f.ar_end) if side == "ar" else (f.en_start, f.en_end)
            for f in findings
            if f.check == _CHECK[side]
        ]
        for i, strength in sorted(low.items()):
            s = doc.sentences[i]
            if any(a is not None and a < s.end and s.start < b for a, b in taken):
                continue
            length = _unit_length(ctx, side, s.start)
            if length is None:
                continue
            # an omission makes the English run short, an addition long
            severity = _severity(strength, -length[0] if side == "ar" else length[0], length[1], side=side)
            if severity == "warning" and _renders_its_unit(ctx, side, i):
                continue
            message = passage_message(side, doc.text[s.start : s.end], by_words=True)
            findings.append(ctx.finding(_CHECK[side], severity, message, **{side: (s.start, s.end)}))
    return _widen(ctx, _demote_vouched(ctx, _add_left_over(ctx, findings)), rivals)
