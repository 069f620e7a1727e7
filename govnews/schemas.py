"""One Arrow schema per table of the dataset: the only place its columns are declared.

Free-form mappings (`attrs`, `evidence`, `extra`) are stored as JSON text so that the tables
load as they are in pandas, DuckDB (`json_extract(attrs, '$.role')`) or any Parquet reader;
`govnews.load` decodes them into dicts.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
SENTENCE_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("paragraph", pa.int32())])
REPAIR = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("lang", pa.string()),
        ("lang_score", pa.float32()),
        ("title", pa.string()),
        ("dateline", pa.string()),
        ("source", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("category", pa.string()),
        ("text", pa.string()),
        ("text_norm", pa.string()),
        ("paragraphs", pa.list_(SPAN)),
        ("sentences", pa.list_(SENTENCE_SPAN)),
        ("boilerplate", pa.list_(pa.string())),
        ("repairs", pa.list_(REPAIR)),
        ("content_hash", pa.string()),
        ("path", pa.string()),
        ("extra", pa.string()),
    ]
)

PAIRS = pa.schema(
    [
        ("ar_doc_id", pa.string()),
        ("en_doc_id", pa.string()),
        ("score", pa.float64()),
        ("evidence", pa.string()),
        ("method", pa.string()),
    ]
)

ALIGNMENTS = pa.schema(
    [
        ("ar_doc_id", pa.string()),
        ("en_doc_id", pa.string()),
        ("position", pa.int32()),
        ("ar_sents", pa.list_(pa.int32())),
        ("en_sents", pa.list_(pa.int32())),
        ("ar_text", pa.string()),
        ("en_text", pa.string()),
        ("score", pa.float64()),
    ]
)

ENTITIES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("lang", pa.string()),
        ("type", pa.string()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("value", pa.string()),
        ("number", pa.float64()),
        ("unit", pa.string()),
        ("attrs", pa.string()),
        ("entity_id", pa.string()),
        ("link", pa.string()),
    ]
)

EVENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("event_type", pa.string()),
        ("name", pa.string()),
        ("title", pa.string()),
        ("organizer", pa.string()),
        ("location", pa.string()),
        ("venue", pa.string()),
        ("start", pa.string()),
        ("end", pa.string()),
        ("participants", pa.int64()),
        ("attrs", pa.string()),
    ]
)

CHECKS = pa.schema(
    [
        ("ar_doc_id", pa.string()),
        ("en_doc_id", pa.string()),
        ("check", pa.string()),
        ("severity", pa.string()),
        ("ar_start", pa.int32()),
        ("ar_end", pa.int32()),
        ("en_start", pa.int32()),
        ("en_end", pa.int32()),
        ("ar_text", pa.string()),
        ("en_text", pa.string()),
        ("message", pa.string()),
    ]
)

ERRORS = pa.schema(
    [
        ("path", pa.string()),
        ("line", pa.int64()),
        ("kind", pa.string()),
        ("message", pa.string()),
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
