"""One Arrow schema per table of the dataset: the only place its columns are declared.

Free-form mappings (`attrs`, `evidence`, `extra`) are stored as JSON text so that the tables
load as they are in pandas, DuckDB (`json_extract(attrs, '$.role')`) or any Parquet reader;
`govnews.load` decodes them into dicts.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

def col(name: str, type_: pa.DataType, description: str) -> pa.Field:
    """A column with its description (shown in the README and kept in the Parquet metadata)."""
    return pa.field(name, type_, metadata={"description": description})


SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
SENTENCE_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("paragraph", pa.int32())])
REPAIR = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])

DOCUMENTS = pa.schema(
    [
        col("doc_id", pa.string(), "article id: path relative to the input root without suffix, or the record's id"),
        col("lang", pa.string(), "ISO 639-1 language (`ar`, `en`, ...)"),
        col("lang_score", pa.float32(), "confidence of `lang`, 0 to 1"),
        col("title", pa.string(), "title given by the input or found above the body"),
        col("dateline", pa.string(), "place of the dateline (`دبي`, `DUBAI`)"),
        col("source", pa.string(), "agency or paper named by the input, dateline or sign-off"),
        col("published", pa.date32(), "publication date given by the input, else the day its dateline or page stamp gives"),
        col("url", pa.string(), "address given by the input"),
        col("category", pa.string(), "category header above the title (`تكنولوجيا`)"),
        col("text", pa.string(), "clean article text, paragraphs joined by a blank line"),
        col("text_norm", pa.string(), "`text` normalized with the `match` profile, glued words split"),
        col("paragraphs", pa.list_(SPAN), "`start`, `end` of each paragraph in `text`"),
        col("sentences", pa.list_(SENTENCE_SPAN), "`start`, `end`, `paragraph` of each sentence in `text`"),
        col("boilerplate", pa.list_(pa.string()), "every string removed from the article (dateline, sign-off, footnotes, web furniture)"),
        col("repairs", pa.list_(REPAIR), "glued words split in `text_norm`: span of `text` and the replacement"),
        col("content_hash", pa.string(), "sha256 of the article as read"),
        col("path", pa.string(), "input file"),
        col("extra", pa.string(), "other fields of the input record (JSON)"),
    ]
)

PAIRS = pa.schema(
    [
        col("ar_doc_id", pa.string(), "the Arabic article"),
        col("en_doc_id", pa.string(), "its English translation"),
        col("score", pa.float64(), "confidence, 0 to 1"),
        col("evidence", pa.string(), "what matched: numbers, dates, names, terms (JSON)"),
        col("method", pa.string(), "pairing method and version"),
    ]
)

ALIGNMENTS = pa.schema(
    [
        col("ar_doc_id", pa.string(), "the Arabic article"),
        col("en_doc_id", pa.string(), "the English article"),
        col("position", pa.int32(), "order of the unit in the pair"),
        col("ar_sents", pa.list_(pa.int32()), "indexes into the Arabic `sentences` (empty for a 0-1 unit)"),
        col("en_sents", pa.list_(pa.int32()), "indexes into the English `sentences`"),
        col("ar_text", pa.string(), "the Arabic sentences of the unit"),
        col("en_text", pa.string(), "the English sentences of the unit"),
        col("score", pa.float64(), "alignment confidence, 0 to 1"),
    ]
)

ENTITIES = pa.schema(
    [
        col("doc_id", pa.string(), "article"),
        col("lang", pa.string(), "its language"),
        col("type", pa.string(), "PERSON ORG LOC EVENT DATE DURATION NUMBER PERCENT MONEY"),
        col("text", pa.string(), "the mention, exactly `documents.text[start:end]`"),
        col("start", pa.int32(), "offset in `documents.text`"),
        col("end", pa.int32(), "end offset in `documents.text`"),
        col("value", pa.string(), "normalized value: ISO date or range, ISO duration, canonical name, number"),
        col("number", pa.float64(), "value of NUMBER, PERCENT, MONEY"),
        col("unit", pa.string(), "what is counted, or the currency code"),
        col("attrs", pa.string(), "title, role, aliases, qualifier, ... (JSON)"),
        col("entity_id", pa.string(), "same id for the mentions of one entity in a document (`<doc_id>#e3`)"),
        col("link", pa.string(), "`entity_id` of the same entity in the paired document"),
    ]
)

EVENTS = pa.schema(
    [
        col("doc_id", pa.string(), "article"),
        col("event_type", pa.string(), "training_course workshop lecture summit conference forum exhibition meeting visit agreement launch award other"),
        col("name", pa.string(), "the phrase naming the event"),
        col("title", pa.string(), "its title when given"),
        col("organizer", pa.string(), "organizing institution"),
        col("location", pa.string(), "place"),
        col("venue", pa.string(), "hotel, hall or centre"),
        col("start", pa.string(), "ISO date at the precision given"),
        col("end", pa.string(), "ISO date at the precision given"),
        col("participants", pa.int64(), "number of participants"),
        col("attrs", pa.string(), "entity ids, speakers, programme, ordinal, ... (JSON)"),
    ]
)

CHECKS = pa.schema(
    [
        col("ar_doc_id", pa.string(), "the Arabic article"),
        col("en_doc_id", pa.string(), "the English article"),
        col("check", pa.string(), "number date name omission addition untranslated terminology length"),
        col("severity", pa.string(), "error, warning or info"),
        col("ar_start", pa.int32(), "span in the Arabic `text` (null when not touched)"),
        col("ar_end", pa.int32(), "end of that span"),
        col("en_start", pa.int32(), "span in the English `text` (null when not touched)"),
        col("en_end", pa.int32(), "end of that span"),
        col("ar_text", pa.string(), "the Arabic span"),
        col("en_text", pa.string(), "the English span"),
        col("message", pa.string(), "what differs, for a translator"),
    ]
)

ERRORS = pa.schema(
    [
        col("path", pa.string(), "input file"),
        col("line", pa.int64(), "line or record number, when known"),
        col("kind", pa.string(), "empty binary encoding malformed missing_field too_large truncated unsupported unreadable duplicate unusable"),
        col("message", pa.string(), "the problem, in one line"),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "pairs": PAIRS,
    "alignments": ALIGNMENTS,
    "entities": ENTITIES,
    "events": EVENTS,
    "checks": CHECKS,
    "errors": ERRORS,
}

JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("extra",),
    "pairs": ("evidence",),
    "entities": ("attrs",),
    "events": ("attrs",),
}
