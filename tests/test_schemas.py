"""The records and the Arrow schemas declare the same columns, and every table round-trips."""

import dataclasses
import datetime as dt

import pyarrow as pa
import pytest

from govnews import io, records, schemas

# columns a table row has beyond its record's fields (the record lives inside a document or pair)
CONTEXT = {
    "documents": (records.Document, ()),
    "entities": (records.Entity, ("doc_id", "lang")),
    "events": (records.Event, ("doc_id",)),
    "pairs": (records.Pair, ()),
    "checks": (records.Finding, ("ar_doc_id", "en_doc_id")),
    "errors": (records.ErrorRow, ()),
}


@pytest.mark.parametrize("table", sorted(CONTEXT))
def test_record_fields_match_schema(table):
    record, context = CONTEXT[table]
    fields = [f.name for f in dataclasses.fields(record)]
    assert sorted(fields + list(context)) == sorted(schemas.TABLES[table].names)


def test_alignment_columns_cover_the_aligned_unit():
    names = schemas.ALIGNMENTS.names
    assert {"ar_sents", "en_sents", "score"} <= set(names)
    assert {f.name for f in dataclasses.fields(records.AlignedUnit)} == {"ar", "en", "score"}


def test_interface_columns_are_declared():
    """The columns INTERFACE.md promises are all in the schemas."""
    promised = {
        "documents": "doc_id lang lang_score title dateline source published url category text text_norm paragraphs sentences boilerplate content_hash",
        "pairs": "ar_doc_id en_doc_id score evidence method",
        "alignments": "ar_doc_id en_doc_id ar_sents en_sents ar_text en_text score",
        "entities": "doc_id lang type text start end value number unit attrs entity_id link",
        "events": "doc_id event_type name title organizer location venue start end participants attrs",
        "checks": "ar_doc_id en_doc_id check severity ar_start ar_end en_start en_end message",
        "errors": "path kind message",
    }
    for table, columns in promised.items():
        assert set(columns.split()) <= set(schemas.TABLES[table].names), table


SAMPLE_ROWS = {
    "documents": {
        "doc_id": "000", "lang": "ar", "lang_score": 1.0, "title": "عنوان", "dateline": "دبي", "source": "وام",
        "published": dt.date(2014, 9, 17), "url": None, "category": None, "text": "نص المقال.", "text_norm": "نص المقال.",
        "paragraphs": [{"start": 0, "end": 10}], "sentences": [{"start": 0, "end": 10, "paragraph": 0}],
        "boilerplate": ["وام."], "repairs": [{"start": 0, "end": 2, "text": "نص"}], "content_hash": "ab", "path": "x.txt",
        "extra": {"author": "لندن: رنيم حنوش"},
    },
    "pairs": {"ar_doc_id": "000", "en_doc_id": "001", "score": 0.9, "evidence": {"numbers": ["2001"]}, "method": "m"},
    "alignments": {"ar_doc_id": "000", "en_doc_id": "001", "position": 0, "ar_sents": [2], "en_sents": [2, 3],
                   "ar_text": "أ", "en_text": "b", "score": 0.8},
    "entities": {"doc_id": "000", "lang": "ar", "type": "NUMBER", "text": "22 موظفا", "start": 3, "end": 11,
                 "value": "22", "number": 22.0, "unit": "موظف", "attrs": {"qualifier": "about"},
                 "entity_id": "000#e1", "link": None},
    "events": {"doc_id": "002", "event_type": "workshop", "name": "ورشة تدريبية", "title": None, "organizer": None,
               "location": "إمارة دبي", "venue": None, "start": "2014-09-17", "end": None, "participants": 22,
               "attrs": {}},
    "checks": {"ar_doc_id": "000", "en_doc_id": "001", "check": "number", "severity": "error", "ar_start": 1,
               "ar_end": 5, "en_start": None, "en_end": None, "ar_text": "2001", "en_text": None, "message": "m"},
    "errors": {"path": "bad.txt", "line": None, "kind": "empty", "message": "bad.txt: empty file"},
}


@pytest.mark.parametrize("table", sorted(schemas.TABLES))
def test_every_table_round_trips_through_parquet(tmp_path, table):
    written = io.to_table(table, [SAMPLE_ROWS[table]])
    assert written.schema == schemas.TABLES[table]
    io.write_table(written, tmp_path / f"{table}.parquet")
    read = io.read_table(tmp_path, table)
    assert read.equals(written)


@pytest.mark.parametrize("table", ["entities", "events"])
def test_records_make_the_table_their_rows_make(table):
    from govnews.records import Entity, Event

    row = SAMPLE_ROWS[table]
    record_type = {"entities": Entity, "events": Event}[table]
    fields = {f.name: row[f.name] for f in dataclasses.fields(record_type)}
    records = [record_type(**fields), record_type(**dict(fields, attrs={"b": [1, 2], "a": "ب"}))]
    given = {f: [row[f]] * 2 for f in row if f not in fields}
    rows = [io.record_to_row(r, **{f: v[i] for f, v in given.items()}) for i, r in enumerate(records)]
    assert io.records_to_table(table, records, **given).equals(io.to_table(table, rows))


def test_to_table_rejects_a_wrong_type():
    row = dict(SAMPLE_ROWS["entities"], start="three")
    with pytest.raises(Exception, match="entities"):
        io.to_table("entities", [row])


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path):
    io.write_table(io.to_table("errors", [SAMPLE_ROWS["errors"]]), tmp_path / "errors.parquet")
    assert [p.name for p in tmp_path.iterdir()] == ["errors.parquet"]


def test_load_decodes_json_columns(tmp_path):
    for table in ("documents", "entities", "pairs"):
        io.write_table(io.to_table(table, [SAMPLE_ROWS[table]]), tmp_path / f"{table}.parquet")
    io.write_manifest(tmp_path, {"rows": {}})
    ds = io.load(tmp_path)
    assert ds.entities.loc[0, "attrs"] == {"qualifier": "about"}
    assert ds.documents.loc[0, "extra"] == {"author": "لندن: رنيم حنوش"}
    assert ds.events is None and set(ds.tables()) == {"documents", "entities", "pairs"}


def test_load_refuses_a_folder_without_manifest(tmp_path):
    from govnews.errors import GovnewsError

    with pytest.raises(GovnewsError, match="no manifest.json"):
        io.load(tmp_path)


def test_read_table_reads_a_directory_of_parts(tmp_path):
    folder = tmp_path / "errors"
    for i in range(3):
        io.write_table(io.to_table("errors", [dict(SAMPLE_ROWS["errors"], path=f"{i}.txt")]), folder / f"part-{i}.parquet")
    assert io.read_table(tmp_path, "errors").column("path").to_pylist() == ["0.txt", "1.txt", "2.txt"]
