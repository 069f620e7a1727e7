"""Write and read the dataset's tables against their declared schemas, and its manifest.

Every write is atomic: a temporary file in the same folder, then a rename, so a crash
never leaves a half-written table that reads as valid.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import operator
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import GovnewsError, SchemaError
from .schemas import JSON_COLUMNS, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import pyarrow.dataset as pads

MANIFEST = "manifest.json"


def tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    path = Path(path)
    tmp = tmp_name(path)
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def dumps_json(value: Any) -> str | None:
    """Encode a free-form mapping column value as JSON text (None stays None)."""
    if value is None:
        return None
    return _JSON.encode(value)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def record_to_row(record: Any, **extra: Any) -> dict[str, Any]:
    """Turn a record dataclass into a row dict (nested spans become dicts)."""
    row = {name: getattr(record, name) for name in _field_names(type(record))}
    for key, value in row.items():
        if isinstance(value, (list, tuple)) and value and dataclasses.is_dataclass(value[0]):
            names = _field_names(type(value[0]))
            row[key] = [{name: getattr(item, name) for name in names} for item in value]
    row.update(extra)
    return row


def to_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build the Arrow table `name` from row dicts, with its declared schema.

    Free-form mapping columns (`attrs`, `evidence`, `extra`) are encoded as JSON text.
    """
    rows = rows if isinstance(rows, list) else list(rows)
    return _from_columns(name, {column: [row.get(column) for row in rows] for column in TABLES[name].names})


def records_to_table(name: str, records: Sequence[Any], **columns: list[Any]) -> pa.Table:
    """Build the Arrow table `name` from flat records (one type, no nested records), taking the
    columns given as lists from `columns` and every other column from the records' attributes."""
    values = {
        column: columns[column] if column in columns else list(map(operator.attrgetter(column), records))
        for column in TABLES[name].names
    }
    return _from_columns(name, values)


def _from_columns(name: str, columns: dict[str, list[Any]]) -> pa.Table:
    for column in JSON_COLUMNS.get(name, ()):
        columns[column] = [v if v is None or isinstance(v, str) else dumps_json(v) for v in columns[column]]
    try:
        return pa.Table.from_pydict(columns, schema=TABLES[name])
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise SchemaError(f"table {name!r} does not match its schema: {exc}") from exc


def write_table(table: pa.Table, path: Path) -> Path:
    """Write one Parquet file atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_name(path)
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def table_path(out_dir: Path, name: str) -> Path | None:
    """Where table `name` of a dataset is: a file, a directory of part files, or None."""
    out_dir = Path(out_dir)
    single = out_dir / f"{name}.parquet"
    if single.is_file():
        return single
    folder = out_dir / name
    if folder.is_dir() and any(folder.glob("*.parquet")):
        return folder
    return None


def _dataset(path: Path, name: str) -> pads.Dataset:
    import pyarrow.dataset as pads  # imports pandas: only for reading datasets back

    files = [str(path)] if path.is_file() else sorted(str(p) for p in path.glob("*.parquet"))
    return pads.dataset(files, schema=TABLES.get(name), format="parquet")


def read_table(out_dir: Path, name: str, *, columns: list[str] | None = None, filter=None) -> pa.Table | None:
    """Read table `name` of a dataset (file or directory of parts), or None if it is absent."""
    path = table_path(out_dir, name)
    if path is None:
        return None
    return _dataset(path, name).to_table(columns=columns, filter=filter)


def iter_batches(out_dir: Path, name: str, *, columns: list[str], batch_size: int = 1024) -> Iterator[pa.RecordBatch]:
    """Stream some columns of table `name`, a batch at a time in table order (nothing if it is absent).

    Nothing is read ahead: memory holds one row group of the columns, whatever the table's size.
    """
    path = table_path(out_dir, name)
    if path is not None:
        yield from _dataset(path, name).to_batches(columns=columns, batch_size=batch_size, batch_readahead=0, fragment_readahead=0)


def write_manifest(out_dir: Path, manifest: Mapping[str, Any]) -> None:
    """Write manifest.json last: a dataset without one is incomplete."""
    body = {"schema_version": SCHEMA_VERSION, **manifest}
    data = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode("utf-8")
    atomic_write_bytes(Path(out_dir) / MANIFEST, data + b"\n")


def read_manifest(out_dir: Path) -> dict[str, Any]:
    """Read a dataset's manifest; a folder without one is not a (complete) dataset."""
    path = Path(out_dir) / MANIFEST
    if not path.is_file():
        raise GovnewsError(f"{out_dir}: not a govnews dataset (no {MANIFEST}; was the build interrupted?)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GovnewsError(f"{path}: unreadable manifest: {exc}") from exc


def _decode_json_columns(name: str, frame):
    for column in JSON_COLUMNS.get(name, ()):
        if column in frame.columns:
            frame[column] = [json.loads(v) if isinstance(v, str) else {} for v in frame[column]]
    return frame


@dataclasses.dataclass
class Dataset:
    """The tables of a built dataset as pandas DataFrames (None where a table is absent)."""

    path: Path
    manifest: dict[str, Any]
    documents: Any = None
    pairs: Any = None
    alignments: Any = None
    entities: Any = None
    events: Any = None
    checks: Any = None
    errors: Any = None

    def tables(self) -> dict[str, Any]:
        """The tables present, by name."""
        return {name: getattr(self, name) for name in TABLES if getattr(self, name) is not None}


def load(out_dir: str | os.PathLike) -> Dataset:
    """Load a dataset built by `govnews build` as pandas DataFrames.

    JSON columns (`attrs`, `evidence`, `extra`) come back as dicts.

    >>> ds = load("build/sample")            # doctest: +SKIP
    >>> ds.documents[["doc_id", "lang", "title"]]  # doctest: +SKIP
    """
    out_dir = Path(out_dir)
    manifest = read_manifest(out_dir)
    dataset = Dataset(path=out_dir, manifest=manifest)
    for name in TABLES:
        table = read_table(out_dir, name)
        if table is not None:
            setattr(dataset, name, _decode_json_columns(name, table.to_pandas()))
    return dataset
