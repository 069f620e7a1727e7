"""`terminology`: a term rendered differently than it usually is.

Two kinds of evidence:
- names set in brackets or quotes (`(تهيئة)`, `“بيبا”`): a programme's or body's proper name, whose
  English counterpart in the same unit should be a name too (capitalized or transliterated), and
  should be the rendering the corpus usually gives it;
- words of the lexicon with several renderings: the corpus's dominant one against the one used here.
"""

from __future__ import annotations

import re
from typing import Iterator

from govnews.checks._text import quote
from govnews.checks._units import PairContext
from govnews.records import Finding

_AR_BRACKETED_RE = re.compile(r"[(“«\"]\s*([\u0621-\u064a\u0640\u064b-\u0652][^()“”«»\"\n]{0,60}?)\s*[)”»\"]")
_EN_BRACKETED_RE = re.compile(r"[(“\"]\s*([A-Za-z][^()“”\"\n]{0,60}?)\s*[)”\"]")
_MAX_NAME_WORDS = 4
_AR_WORD_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
MIN_TERM_RELEASES = 5  # a rendering the corpus shows fewer times than this is not yet a norm
MIN_TERM_SHARE = 0.8


def bracketed_names(ar_text: str, en_text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pair the short names set in brackets or quotes on each side of a unit, in order.

    Returns (Arabic span, English span) offsets into the two texts; nothing when the two sides do
    not hold the same number of such names.

    >>> bracketed_names("برنامج (تهيئة)", "the programme (Tahyia)")
    [((8, 13), (15, 21))]
    """
    ar = [m.span(1) for m in _AR_BRACKETED_RE.finditer(ar_text) if len(m.group(1).split()) <= _MAX_NAME_WORDS]
    en = [m.span(1) for m in _EN_BRACKETED_RE.finditer(en_text) if len(m.group(1).split()) <= _MAX_NAME_WORDS + 2]
    if not ar or len(ar) != len(en):
        return []
    return list(zip(ar, en))


def _is_literal(en_name: str) -> bool:
    """Tell whether a rendering reads as common words rather than a name (no capital, no digit)."""
    return en_name.isascii() and not re.search(r"[A-Z0-9]", en_name)


def find(ctx: PairContext) -> Iterator[Finding]:
    """Yield a finding for every bracketed name rendered literally or unusually, and every unusual term."""
    seen: set[str] = set()
    for unit in ctx.units:
        if unit.ar_span is None or unit.en_span is None or unit.index in ctx.skip_en_units:
            continue
        for (a0, a1), (e0, e1) in bracketed_names(unit.ar_text, unit.en_text):
            ar_name, en_name = unit.ar_text[a0:a1], unit.en_text[e0:e1]
            key = " ".join(ar_name.split())
            if key in seen:
                continue
            ar = (unit.ar_span[0] + a0, unit.ar_span[0] + a1)
            en = (unit.en_span[0] + e0, unit.en_span[0] + e1)
            usual = ctx.corpus.usual_term(ar_name) if ctx.corpus is not None else None
            if usual and not ctx.corpus.same_rendering(usual[0], en_name):
                seen.add(key)
                message = (
                    f"{quote(ar_name)} is rendered {quote(en_name)!r} here but {usual[0]!r} "
                    f"in {usual[1]} of {usual[2]} releases of the corpus"
                )
                yield ctx.finding("terminology", "warning", message, ar=ar, en=en)
            elif _is_literal(en_name):
                seen.add(key)
                message = (
                    f"The name {quote(ar_name)} (in brackets or quotes, a proper name) is rendered literally "
                    f"as {quote(en_name)!r}; a name is usually transliterated or capitalized"
                )
                yield ctx.finding("terminology", "warning", message, ar=ar, en=en)
    if ctx.corpus is not None and ctx.lexicon is not None:
        yield from _lexicon_terms(ctx)


def _lexicon_terms(ctx: PairContext) -> Iterator[Finding]:
    from govnews.lexicon import ar_norm, en_tokens

    seen: set[str] = set()
    for unit in ctx.units:
        if unit.ar_span is None or unit.en_span is None:
            continue
        en_words = set(en_tokens(unit.en_text))
        for match in _AR_WORD_RE.finditer(unit.ar_text):
            token = ar_norm(match.group())
            if token in seen:
                continue
            counts = ctx.corpus.terms.get(token)
            if not counts:
                continue
            total = sum(counts.values())
            usual, count = counts.most_common(1)[0]
            if total < MIN_TERM_RELEASES or count / total < MIN_TERM_SHARE or set(usual.split()) <= en_words:
                continue
            used = next((r for r in counts if r != usual and set(r.split()) <= en_words), None)
            if used is None:
                continue
            seen.add(token)
            start = unit.ar_span[0] + match.start()
            message = (
                f"{match.group()!r} is usually rendered {usual!r} ({count} of {total} releases); here {used!r}"
            )
            yield ctx.finding("terminology", "info", message, ar=(start, start + len(match.group())))
