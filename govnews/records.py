"""The records that flow between stages. Each mirrors a table of `schemas.py`
(a test checks that the fields and the columns agree)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class RawArticle:
    """One article as read from an input, before cleaning."""

    doc_id: str  # from the file path or the record's id field
    text: str  # the article text as read (HTML already reduced to its text)
    path: str  # the input file it came from
    line: int | None = None  # line (JSONL/CSV row) or array index within the file
    title: str | None = None  # given by the input (HTML <h1>/<title>, a JSON field)
    lang: str | None = None  # given by the input; detected when absent
    published: dt.date | None = None  # publication date given by the input
    url: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # other keys of the record, kept
    removed: tuple[str, ...] = ()  # a web page's furniture dropped in reading it (navigation, share bars, footer)


@dataclass(frozen=True)
class Span:
    start: int  # offset of the first character in documents.text
    end: int  # offset one past the last character


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    paragraph: int  # index of the paragraph that holds the sentence


@dataclass(frozen=True)
class Repair:
    start: int  # span of documents.text that was repaired in text_norm
    end: int
    text: str  # what text_norm has in its place


@dataclass(frozen=True)
class Document:
    """A clean article: one row of the `documents` table."""

    doc_id: str
    lang: str  # ISO 639-1
    lang_score: float  # confidence of `lang`, 0 to 1
    title: str | None
    dateline: str | None  # place of the dateline (`دبي`, `DUBAI`)
    source: str | None  # agency or paper named in the dateline or sign-off
    published: dt.date | None
    url: str | None
    category: str | None
    text: str  # clean text, paragraphs joined by a blank line
    text_norm: str  # `match`-profile normalization of text
    paragraphs: list[Span]
    sentences: list[SentenceSpan]
    boilerplate: list[str]  # every string removed from the article, in order
    repairs: list[Repair]  # glued words split in text_norm
    content_hash: str  # sha256 of the raw input text
    path: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Entity:
    """A mention found in a text: one row of `entities` (without doc_id and lang)."""

    type: str  # PERSON ORG LOC EVENT DATE DURATION NUMBER PERCENT MONEY
    text: str  # exactly text[start:end]
    start: int
    end: int
    value: str | None = None  # normalized value: ISO date or range, ISO duration, canonical name, number
    number: float | None = None  # NUMBER, PERCENT, MONEY: the value
    unit: str | None = None  # what is counted, or the currency code
    attrs: dict[str, Any] = field(default_factory=dict)  # title, role, aliases, qualifier, ...
    entity_id: str | None = None  # same id for mentions of one entity in a document
    link: str | None = None  # entity_id of the same entity in the paired document


@dataclass(frozen=True)
class Event:
    """An event a release reports: one row of `events` (without doc_id)."""

    event_type: str  # training_course workshop lecture summit conference forum exhibition meeting visit agreement launch award other
    name: str | None  # the phrase that names the event in the text
    title: str | None  # its title when the text gives one (`بعنوان "..."`)
    organizer: str | None
    location: str | None
    venue: str | None
    start: str | None  # ISO 8601 at the precision the text gives
    end: str | None
    participants: int | None
    attrs: dict[str, Any] = field(default_factory=dict)  # offsets, entity ids, speakers, program, ...


@dataclass(frozen=True)
class Pair:
    """An Arabic article and its English translation: one row of `pairs`."""

    ar_doc_id: str
    en_doc_id: str
    score: float  # 0 to 1
    evidence: dict[str, Any]  # what matched: numbers, dates, names, terms
    method: str


@dataclass(frozen=True)
class AlignedUnit:
    """One unit of a sentence alignment: sentence indexes on each side (either may be empty)."""

    ar: tuple[int, ...]
    en: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Finding:
    """A consistency finding on a pair: one row of `checks` (without doc ids)."""

    check: str  # number date name omission addition untranslated terminology length
    severity: str  # error warning info
    ar_start: int | None
    ar_end: int | None
    en_start: int | None
    en_end: int | None
    ar_text: str | None
    en_text: str | None
    message: str


@dataclass(frozen=True)
class ErrorRow:
    """An input that could not be used: one row of `errors`."""

    path: str
    line: int | None
    kind: str  # unreadable empty binary encoding malformed missing_field ...
    message: str


def evolve(record: R, **changes: Any) -> R:
    """`dataclasses.replace` for records whose `__init__` checks nothing (those of this module, pairing
    signatures) at a quarter of its cost: the fields are copied, not passed through `__init__` again.

    >>> evolve(Span(3, 9), end=12)
    Span(start=3, end=12)
    """
    if not changes.keys() <= record.__dataclass_fields__.keys():  # type: ignore[attr-defined]
        raise TypeError(f"{type(record).__name__} has no field {sorted(changes.keys() - record.__dataclass_fields__.keys())}")  # type: ignore[attr-defined]
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new
