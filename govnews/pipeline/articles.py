"""One article: clean, segment, normalize and extract it; and its records rebuilt from table rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from ..records import Document, Entity, RawArticle, SentenceSpan, Span


def process_article(raw: RawArticle, *, extracted: bool = True) -> tuple[Document, list[Entity], list[Any]]:
    """Clean, segment, normalize and extract one article (not extract it when `extracted` is false).

    Returns the document and its entities and events (entity ids local to the document: `e3`).
    """
    return process_articles([raw], extracted=extracted)[0]


def process_articles(
    raws: Sequence[RawArticle], *, extracted: bool = True
) -> list[tuple[Document, list[Entity], list[Any]]]:
    """`process_article` of each article, extracted together (`extract.analyze_many`: faster)."""
    from .. import extract

    prepared = [_prepared(raw) for raw in raws]
    wanted = [(cleaned.text, lang, published) for _, lang, _, cleaned, published in prepared if lang in ("ar", "en")]
    found = iter(extract.analyze_many(wanted) if extracted else [])
    out = []
    for raw, lang, lang_score, cleaned, published in prepared:
        x = next(found) if extracted and lang in ("ar", "en") else extract.Extraction([], [])
        out.append((_document(raw, lang, lang_score, cleaned, published), list(x.entities), list(x.events)))
    return out


def _prepared(raw: RawArticle):
    """(raw, lang, lang score, cleaned text, publication day) of an article."""
    from .. import clean, langid

    if raw.lang:
        lang, lang_score = raw.lang, 1.0
    else:
        lang, lang_score = langid.detect(raw.text)
    cleaned = clean.clean(raw.text, lang=lang, title=raw.title)
    return raw, lang, lang_score, cleaned, raw.published or cleaned.published  # else the day the dateline gives


def _document(raw: RawArticle, lang: str, lang_score: float, cleaned: Any, published: dt.date | None) -> Document:
    from .. import normalize, segment

    text = cleaned.text
    text_norm, repairs = normalize.normalize_document(text) if lang == "ar" else (normalize.normalize(text, profile="match"), [])
    return Document(
        doc_id=raw.doc_id,
        lang=lang,
        lang_score=float(lang_score),
        title=raw.title or cleaned.title or raw.extra.get("page_title"),
        dateline=cleaned.dateline,
        source=raw.source or cleaned.source,
        published=published,
        url=raw.url,
        category=cleaned.category,
        text=text,
        text_norm=text_norm,
        paragraphs=segment.paragraphs(text),
        sentences=segment.sentences(text, lang=lang),
        boilerplate=[*raw.removed, *cleaned.boilerplate],  # a page's furniture, then what cleaning took out
        repairs=list(repairs),
        content_hash=hashlib.sha256(raw.text.encode("utf-8", "surrogatepass")).hexdigest(),
        path=raw.path,
        extra=dict(raw.extra),
    )


def row_to_document(row: dict[str, Any]) -> Document:
    """Rebuild a Document record from a `documents` row."""
    values = {f.name: row.get(f.name) for f in dataclasses.fields(Document)}
    values["paragraphs"] = [Span(p["start"], p["end"]) for p in row.get("paragraphs") or []]
    values["sentences"] = [SentenceSpan(s["start"], s["end"], s["paragraph"]) for s in row.get("sentences") or []]
    values["boilerplate"] = list(row.get("boilerplate") or [])
    values["repairs"] = list(row.get("repairs") or [])
    extra = row.get("extra")
    values["extra"] = json.loads(extra) if isinstance(extra, str) else (extra or {})
    return Document(**values)


def row_to_entity(row: dict[str, Any]) -> Entity:
    """Rebuild an Entity record from an `entities` row."""
    attrs = row.get("attrs")
    return Entity(
        type=row["type"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        value=row.get("value"),
        number=row.get("number"),
        unit=row.get("unit"),
        attrs=json.loads(attrs) if isinstance(attrs, str) else (attrs or {}),
        entity_id=row.get("entity_id"),
        link=row.get("link"),
    )
