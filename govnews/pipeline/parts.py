"""One partition processed: its articles read, cleaned, segmented, normalized and extracted, and
its rows written to `OUT/.parts/<key>/` (atomically: a temporary folder, then a rename), with the
pairing signatures of its documents. This is the work a local process or a dask worker does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import os
import pickle
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from .. import io
from ..errors import GovnewsError
from ..records import Document, Entity, ErrorRow, RawArticle
from ..schemas import TABLES
from .articles import process_article, process_articles
from .inputs import Partition
from .options import BuildOptions

PARTS = ".parts"
PER_DOCUMENT_TABLES = ("documents", "entities", "events", "errors")


@dataclasses.dataclass(frozen=True)
class PartitionResult:
    key: str
    documents: int
    errors: int
    seconds: float


def _articles(partition: Partition, options: BuildOptions) -> Iterator[RawArticle | ErrorRow]:
    from .. import ingest

    for f in partition.files:
        yield from ingest.iter_file(
            Path(f.path), root=Path(f.root), text_field=options.text_field, id_field=options.id_field, part=partition.part
        )


class _PartitionRows:
    """The rows of a partition's tables, written to its folder as they come: turned into Arrow
    batches every FLUSH_ROWS documents, and the batches into a row group of each table's Parquet
    file every WRITE_ROWS documents, so that a large partition (a big file read whole) never sits
    in memory.

    Rows come as dicts (`add`) or, for the tables of flat records, as the records themselves with
    the columns they lack (`add_records`); a table takes one kind.
    """

    FLUSH_ROWS = 256
    WRITE_ROWS = 4096

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PER_DOCUMENT_TABLES}
        self.records: dict[str, tuple[list[Any], dict[str, list[Any]]]] = {}
        self.batches: dict[str, list[pa.Table]] = {name: [] for name in PER_DOCUMENT_TABLES}
        self.writers: dict[str, Any] = {}
        self.counts = dict.fromkeys(PER_DOCUMENT_TABLES, 0)
        self.unwritten = 0  # documents in `batches`

    def add(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        before = len(self.rows[name])
        self.rows[name].extend(rows)
        self.counts[name] += len(self.rows[name]) - before
        if name == "documents" and len(self.rows[name]) >= self.FLUSH_ROWS:
            self.flush()

    def add_records(self, name: str, records: Sequence[Any], **columns: list[Any]) -> None:
        """Add a row per record; `columns` give each row's values of the columns records lack."""
        kept, lists = self.records.setdefault(name, ([], {}))
        kept.extend(records)
        for column, values in columns.items():
            lists.setdefault(column, []).extend(values)
        self.counts[name] += len(records)

    def flush(self) -> None:
        self.unwritten += len(self.rows["documents"])
        for name, rows in self.rows.items():
            if rows:
                self.batches[name].append(io.to_table(name, rows))
                self.rows[name] = []
        for name, (records, columns) in self.records.items():
            if records:
                self.batches[name].append(io.records_to_table(name, records, **columns))
        self.records = {}
        if self.unwritten >= self.WRITE_ROWS:
            self._write()

    def _write(self) -> None:
        import pyarrow.parquet as pq

        for name, batches in self.batches.items():
            if batches:
                if name not in self.writers:
                    self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", TABLES[name], compression="zstd")
                self.writers[name].write_table(pa.concat_tables(batches))
                self.batches[name] = []
        self.unwritten = 0

    def close(self) -> None:
        """Write what is left and end every table's file (an empty table for one without rows)."""
        self.flush()
        self._write()
        for name in PER_DOCUMENT_TABLES:
            if name in self.writers:
                self.writers[name].close()
            else:
                io.write_table(TABLES[name].empty_table(), self.folder / f"{name}.parquet")


def process_partition(partition: Partition, out_dir: str, options: BuildOptions) -> PartitionResult:
    """Process every article of a partition and write its rows under OUT/.parts/<key>/."""
    started = time.perf_counter()
    final = Path(out_dir) / PARTS / partition.key
    if final.is_dir():
        return _existing_result(final, partition.key)
    tmp = final.with_name(f"{partition.key}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.mkdir(parents=True)
    rows = _PartitionRows(tmp)
    from ..extract.ner import one_blas_thread  # the arrays of one article are small: one thread a partition

    with one_blas_thread(), _rare_collections():
        signatures = _process_articles(partition, options, rows)
    rows.close()
    io.atomic_write_bytes(tmp / "signatures.pkl", pickle.dumps(signatures, protocol=pickle.HIGHEST_PROTOCOL))
    try:
        os.rename(tmp, final)
    except OSError:  # another worker finished the same partition first
        shutil.rmtree(tmp, ignore_errors=True)
    return PartitionResult(partition.key, rows.counts["documents"], rows.counts["errors"], time.perf_counter() - started)


def _process_articles(partition: Partition, options: BuildOptions, rows: _PartitionRows) -> list[Any]:
    """Add the rows of every article of a partition to `rows`; return the articles' pairing signatures."""
    from .. import pairing

    signatures = []
    lexicon = _lexicon(options)
    for document, entities, events in _processed(_new_articles(partition, options, rows), rows):
        prefix = f"{document.doc_id}#"  # entity ids unique in the dataset: `<doc_id>#e3`
        rows.add_records(
            "entities",
            entities,
            doc_id=[document.doc_id] * len(entities),
            lang=[document.lang] * len(entities),
            entity_id=[prefix + e.entity_id if e.entity_id else e.entity_id for e in entities],
        )
        rows.add_records("events", events, doc_id=[document.doc_id] * len(events))
        if document.lang in ("ar", "en"):
            signatures.append(pairing.signature(document, entities, lexicon=lexicon))
        rows.add("documents", [io.record_to_row(document)])
    return signatures


def _new_articles(partition: Partition, options: BuildOptions, rows: _PartitionRows) -> Iterator[RawArticle]:
    """The articles of a partition; unreadable ones and repeated ids go to `rows` as errors."""
    seen: set[str] = set()
    for item in _articles(partition, options):
        if isinstance(item, ErrorRow):
            rows.add("errors", [io.record_to_row(item)])
        elif item.doc_id in seen:
            rows.add("errors", [_duplicate_error(item.path, item.doc_id, item.line)])
        else:
            seen.add(item.doc_id)
            yield item


ARTICLES_TOGETHER = 16  # articles extracted at once (`process_articles`)


def _processed(articles: Iterator[RawArticle], rows: _PartitionRows) -> Iterator[tuple[Document, list[Entity], list[Any]]]:
    """`process_articles` over groups of articles; when a group fails, each of its articles is
    processed alone, and those that fail go to `rows` as errors."""
    while group := list(itertools.islice(articles, ARTICLES_TOGETHER)):
        try:
            yield from process_articles(group)  # a list: all of the group's rows, or an error
        except Exception:  # one article must not stop the build: each alone
            for raw in group:
                yield from _processed_alone(raw, rows)


def _processed_alone(raw: RawArticle, rows: _PartitionRows) -> list[tuple[Document, list[Entity], list[Any]]]:
    """`process_article` of one article. An article that fails is an error row; when the package
    itself fails on it (not a setting the user must fix), its document stays, without entities."""
    try:
        return [process_article(raw)]
    except GovnewsError as exc:
        rows.add("errors", [_unusable(raw, str(exc))])
        return []
    except Exception as exc:  # a fault of the package on this article
        failure = f"extraction failed ({type(exc).__name__}: {exc})"
    try:
        kept = process_article(raw, extracted=False)
    except Exception as exc:
        rows.add("errors", [_unusable(raw, f"processing failed ({type(exc).__name__}: {exc})")])
        return []
    rows.add("errors", [_unusable(raw, failure + "; the document is kept without entities and events")])
    return [kept]


def _unusable(raw: RawArticle, message: str) -> dict[str, Any]:
    return {"path": raw.path, "line": raw.line, "kind": "unusable", "message": message}


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """Run the garbage collector less often: a partition's records die young, but the caches of
    the extractors hold hundreds of thousands of objects that each full collection walks."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _existing_result(folder: Path, key: str) -> PartitionResult:
    import pyarrow.parquet as pq

    docs = pq.ParquetFile(folder / "documents.parquet").metadata.num_rows
    errs = pq.ParquetFile(folder / "errors.parquet").metadata.num_rows
    return PartitionResult(key, docs, errs, 0.0)


_LEXICONS: dict[str | None, Any] = {}


def _lexicon(options: BuildOptions):
    """The lexicon of a build (the built-in seed, plus --lexicon), loaded once per process."""
    if options.lexicon not in _LEXICONS:
        from ..lexicon import Lexicon, shared_seed

        lexicon = shared_seed()
        if options.lexicon:
            lexicon = lexicon.merge(Lexicon.load(Path(options.lexicon)))
        _LEXICONS[options.lexicon] = lexicon
    return _LEXICONS[options.lexicon]


def _duplicate_error(path: str, doc_id: str, line: int | None = None) -> dict[str, Any]:
    message = f"doc_id {doc_id!r} already used by an earlier article; this one is left out"
    return {"path": path, "line": line, "kind": "duplicate", "message": message}
