"""Split a text into paragraphs and sentences, with offsets into the text.

A paragraph is a run of lines between blank lines. A sentence ends at `.`, `!`, `?` or
`؟` (with any closing quotes or brackets that follow), at a line break, and, in Arabic,
at a `..` run glued to the next word (` ..وتشرف`); `؛` and `،` never end one. Decimal
numbers, dotted abbreviations (`Mr.`, `H.E.`, `U.S.`, `د.`), initials and numbered items
(`No. 10`) do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from .records import SentenceSpan, Span

Lang = Literal["ar", "en"] | str

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# A candidate end: terminal punctuation and the closing quotes/brackets after it, then
# space or the end; a line break; or (Arabic) a `..` run glued to the next word.
# Matching starts only at the beginning of a punctuation run and runs are taken whole
# (possessive), so a long run of dots costs one pass, not one pass per dot.
_END = re.compile(
    r"(?<![.!?؟…])(?:\.{2,}+|…++|[.!?؟]++)[\"'”’»)\]]*+(?=\s|$)"
    r"|\n"
    r"|(?<=\s)\.{2,}+(?=[\u0621-\u064a])"
)
_END_FIRST = re.compile(r"[.!?؟…\n]")  # every `_END` match starts with one of these
_LAST_WORD = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_QUOTES = "\"'“”‘’«»()[]"

# Abbreviations that never end a sentence (before a name or a number).
_TITLES = frozenset(
    "mr mrs ms dr prof h.e sh st no nos gen col lt capt sgt maj gov sen rep hon rev sr jr messrs "
    "eng dept vol fig pp art op".split()
)
# Abbreviations that end a sentence only when a capitalised word follows.
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "inc ltd co corp bros approx est e.g i.e vs cf govt univ assn mt ft km kg".split()
)
_SENTENCE_STARTERS = frozenset(
    "the a an it he she they we this that these those in on at for but and his her its their there as "
    "however meanwhile also such other some many most all".split()
)
_ARABIC_LETTER = re.compile(r"^[\u0621-\u064a]$")
_ARABIC_DOTTED = re.compile(r"(?:[\u0621-\u064a]{1,2}\.)+[\u0621-\u064a]{1,2}")


def paragraphs(text: str) -> list[Span]:
    """Return the paragraphs of `text` (separated by blank lines) as trimmed spans.

    >>> paragraphs("First line.\\n\\n  Second.  ")
    [Span(start=0, end=11), Span(start=15, end=22)]
    """
    spans: list[Span] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, start, brk.start(), spans)
        start = brk.end()
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + lead, start + lead + len(stripped)))


def sentences(text: str, *, lang: Lang = "ar") -> list[SentenceSpan]:
    """Return the sentences of `text` as trimmed spans with the index of their paragraph.

    >>> [text[s.start:s.end] for text in ["Dr. Ali met H.E. the Minister. It was 3.5 hours."]
    ...  for s in sentences(text, lang="en")]
    ['Dr. Ali met H.E. the Minister.', 'It was 3.5 hours.']
    """
    spans: list[SentenceSpan] = []
    english = lang == "en"
    for index, para in enumerate(paragraphs(text)):
        start = para.start
        for match in _ends(text, para.start, para.end):
            if match.group() != "\n" and not _is_boundary(text, match, para.start, para.end, english):
                continue
            _add_sentence(text, start, match.end(), index, spans)
            start = match.end()
        _add_sentence(text, start, para.end, index, spans)
    return spans


def _ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_END.finditer(text, start, end)`, trying `_END` only where its first character is: its
    look-behind makes the regex engine try every position otherwise."""
    while (first := _END_FIRST.search(text, start, end)) is not None:
        match = _END.match(text, first.start(), end)
        if match is None:
            start = first.start() + 1
        else:
            yield match
            start = match.end()


def split(text: str, *, lang: Lang = "ar") -> list[str]:
    """Return the sentences of `text` as strings.

    >>> split("قال د. محمد: “بدأنا.” وأضاف أن النمو بلغ 3.5٪؛ وهو رقم قياسي.", lang="ar")
    ['قال د. محمد: “بدأنا.”', 'وأضاف أن النمو بلغ 3.5٪؛ وهو رقم قياسي.']
    """
    return [text[s.start : s.end] for s in sentences(text, lang=lang)]


def _add_sentence(text: str, start: int, end: int, paragraph: int, spans: list[SentenceSpan]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(SentenceSpan(start + lead, start + lead + len(stripped), paragraph))


def _is_boundary(text: str, match: re.Match[str], lo: int, hi: int, english: bool) -> bool:
    """Tell a sentence end from an abbreviation, an initial or a numbered item."""
    punct = match.group()
    following = _NEXT_WORD.match(text, match.end(), hi)
    if following is None:
        return True  # end of the paragraph
    nxt = following.group(1).lstrip(_QUOTES)
    if not punct.startswith(".") or punct.startswith(".."):
        # `!`, `?`, `؟` and ellipses end a sentence; an English ellipsis only before a capital.
        return not (english and punct[0] in ".…" and nxt[:1].islower())
    word_match = _LAST_WORD.search(text, max(lo, match.start() - 40), match.start())
    if word_match is None:
        return True
    word = word_match.group(1).lstrip(_QUOTES)
    key = word.lower().rstrip(".")
    if nxt[:1].isdigit() and key in _TITLES | _ABBREVIATIONS:
        return False  # `No. 10`, `Sept. 17`
    if key in _TITLES:
        return False
    if nxt[:1].islower():
        return False  # a sentence does not start in lower case: `approx. five`
    if key in _ABBREVIATIONS:
        return nxt.lower() in _SENTENCE_STARTERS
    if len(word) == 1 and word.isupper() and word.isascii():
        # an initial before a name (`A. B. Smith`); not a letter ending a sentence (`protein S.`)
        return not nxt[:1].isupper() or nxt.lower() in _SENTENCE_STARTERS
    if key in ("a.m", "p.m"):
        return True  # `between 3 p.m. and 6 a.m.` then a capital: a new sentence
    if "." in key and re.fullmatch(r"(?:[a-z]\.)+[a-z]", key):
        return nxt.lower() in _SENTENCE_STARTERS  # `U.S.`, `U.A.E.` before a name
    if "." in key and _ARABIC_DOTTED.fullmatch(key):
        return False  # `أ.د. محمد`, `ص.ب. 354`
    if _ARABIC_LETTER.match(word):
        # `د. محمد`, `م. أحمد`; but `2014 م.` (the Gregorian year mark) ends a sentence.
        before = text[max(lo, word_match.start() - 6) : word_match.start()]
        return bool(re.search(r"\d\s*$", before))
    return True
