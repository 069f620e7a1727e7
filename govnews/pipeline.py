"""The build: stages in order, serially, in local processes or on a dask cluster.

1. The inputs are split into partitions (groups of files, in a fixed order). Each partition
   is read, cleaned, segmented, normalized and extracted on its own, and its rows are written
   to `OUT/.parts/<key>/` (atomically: a temporary folder, then a rename). The key is a hash of
   the partition's file contents and the build options, so `--resume` redoes only what is
   missing and a new input adds a partition without touching the others.
2. The driver pairs Arabic and English articles from compact per-document signatures, aligns
   and links each pair, learns the corpus lexicon, and runs the consistency checks.
3. The tables are assembled (one file each, or a directory of part files for large builds),
   the subword model and the search index are trained, and `manifest.json` is written last:
   a folder without a manifest is an unfinished build.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import itertools
import json
import os
import pickle
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from . import __version__, io
from .errors import ConfigError, GovnewsError, InputError
from .records import Document, Entity, ErrorRow, RawArticle, SentenceSpan, Span, evolve
from .schemas import TABLES

PARTS = ".parts"
INPUTS = ".inputs.json"  # the inputs of the dataset in OUT (absolute paths), which --resume adds to
PER_DOCUMENT_TABLES = ("documents", "entities", "events", "errors")
PARTITION_BYTES = 8 << 20  # about 8 MB of input per partition
PARTITION_FILES = 500
SINGLE_FILE_ROWS = 250_000  # larger tables are written as a directory of part files


@dataclasses.dataclass(frozen=True)
class BuildOptions:
    """What a build depends on besides its inputs (part of every partition key)."""

    text_field: str = "text"  # JSON/CSV field holding the article text
    id_field: str = "id"  # JSON/CSV field holding the article id
    lexicon: str | None = None  # a TSV lexicon used on top of the built-in seed
    subwords: bool = True  # train the sentencepiece model
    index: bool = True  # build the search index
    partition_bytes: int = PARTITION_BYTES  # input bytes per partition (the unit of parallel work)

    def fingerprint(self) -> str:
        return f"{__version__}|{self.text_field}|{self.id_field}"


@dataclasses.dataclass(frozen=True)
class InputFile:
    path: str  # the file
    root: str  # the input it was found under (doc ids are relative to it)
    size: int  # bytes of text it holds (uncompressed)
    sha256: str


@dataclasses.dataclass(frozen=True)
class Partition:
    key: str
    files: tuple[InputFile, ...]
    part: tuple[int, int, int] | None = None  # one slice of a large file (`ingest.slices`), the file alone in `files`
    size: int = 0  # about how many bytes of text it holds


@dataclasses.dataclass(frozen=True)
class PartitionResult:
    key: str
    documents: int
    errors: int
    seconds: float


# ---------------------------------------------------------------------------------------------
# One article


def process_article(raw: RawArticle) -> tuple[Document, list[Entity], list[Any]]:
    """Clean, segment, normalize and extract one article.

    Returns the document and its entities and events (entity ids local to the document: `e3`).
    """
    return process_articles([raw])[0]


def process_articles(raws: Sequence[RawArticle]) -> list[tuple[Document, list[Entity], list[Any]]]:
    """`process_article` of each article, extracted together (`extract.analyze_many`: faster)."""
    from . import extract

    prepared = [_prepared(raw) for raw in raws]
    wanted = [(cleaned.text, lang, published) for _, lang, _, cleaned, published in prepared if lang in ("ar", "en")]
    found = iter(extract.analyze_many(wanted))
    out = []
    for raw, lang, lang_score, cleaned, published in prepared:
        x = next(found) if lang in ("ar", "en") else extract.Extraction([], [])
        out.append((_document(raw, lang, lang_score, cleaned, published), list(x.entities), list(x.events)))
    return out


def _prepared(raw: RawArticle):
    """(raw, lang, lang score, cleaned text, publication day) of an article."""
    from . import clean, langid

    if raw.lang:
        lang, lang_score = raw.lang, 1.0
    else:
        lang, lang_score = langid.detect(raw.text)
    cleaned = clean.clean(raw.text, lang=lang, title=raw.title)
    return raw, lang, lang_score, cleaned, raw.published or cleaned.published  # else the day the dateline gives


def _document(raw: RawArticle, lang: str, lang_score: float, cleaned: Any, published: dt.date | None) -> Document:
    from . import normalize, segment

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


# ---------------------------------------------------------------------------------------------
# Partitions


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def list_inputs(paths: Sequence[str | os.PathLike]) -> list[InputFile]:
    """Every input file under `paths`, in a fixed order, with its size and content hash."""
    from . import ingest

    files = []
    for root, path in ingest.walk(paths):
        try:
            files.append(InputFile(str(path), str(root), _text_size(path), _sha256_file(path)))
        except OSError:  # unreadable or a broken link: reading it reports the error as a row of `errors`
            files.append(InputFile(str(path), str(root), 0, ""))
    return files


def _text_size(path: Path) -> int:
    """About how many bytes of text a file holds: for gzip, the size its trailer records."""
    size = path.stat().st_size
    if path.name.endswith(".gz") and size >= 18:
        with open(path, "rb") as handle:
            handle.seek(-4, os.SEEK_END)
            return max(size, int.from_bytes(handle.read(4), "little"))  # modulo 4 GiB, hence the max
    return size


def make_partitions(files: Sequence[InputFile], options: BuildOptions) -> list[Partition]:
    """Group consecutive files into partitions of about `options.partition_bytes`; a larger JSON
    Lines or Parquet file makes partitions of its own, one per slice (`ingest.slices`)."""
    from . import ingest

    partitions, group, size = [], [], 0

    def key(members: Sequence[InputFile], part: tuple[int, int, int] | None = None) -> str:
        digest = hashlib.sha256(options.fingerprint().encode())
        for f in members:
            digest.update(f"\0{Path(f.path).relative_to(f.root) if f.root != f.path else Path(f.path).name}\0{f.sha256}".encode())
        if part is not None:
            digest.update(f"\0{part[0]}:{part[1]}".encode())
        return digest.hexdigest()[:20]

    def close() -> None:
        nonlocal group, size
        if group:
            partitions.append(Partition(key(group), tuple(group), size=size))
        group, size = [], 0

    for f in files:
        pieces = ingest.slices(f.path, options.partition_bytes) if f.size > options.partition_bytes else []
        if pieces:
            close()
            partitions.extend(Partition(key([f], p), (f,), p, f.size // len(pieces)) for p in pieces)
            continue
        if group and (size + f.size > options.partition_bytes or len(group) >= PARTITION_FILES):
            close()
        group.append(f)
        size += f.size
    close()
    return partitions


def _articles(partition: Partition, options: BuildOptions) -> Iterator[RawArticle | ErrorRow]:
    from . import ingest

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
    from .extract.ner import one_blas_thread  # the arrays of one article are small: one thread a partition

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
    from . import pairing

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
        except GovnewsError:
            for raw in group:
                try:
                    yield process_article(raw)
                except GovnewsError as exc:
                    rows.add("errors", [{"path": raw.path, "line": raw.line, "kind": "unusable", "message": str(exc)}])


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
        from .lexicon import Lexicon, shared_seed

        lexicon = shared_seed()
        if options.lexicon:
            lexicon = lexicon.merge(Lexicon.load(Path(options.lexicon)))
        _LEXICONS[options.lexicon] = lexicon
    return _LEXICONS[options.lexicon]


# ---------------------------------------------------------------------------------------------
# Running partitions


def largest_first(partitions: Sequence[Partition]) -> list[Partition]:
    """The partitions in the order to hand them to workers: largest first, so that none is left
    running alone at the end of a build."""
    return sorted(partitions, key=lambda p: -p.size)


def _run_partitions(
    partitions: Sequence[Partition],
    out_dir: Path,
    options: BuildOptions,
    *,
    workers: int,
    scheduler: str | None,
    progress: Callable[[PartitionResult], None],
) -> list[PartitionResult]:
    """Process the partitions serially, in `workers` local processes, or on a dask cluster."""
    if scheduler is not None:
        return _run_on_dask(partitions, out_dir, options, scheduler=scheduler, progress=progress)
    if workers <= 1:
        results = []
        for partition in partitions:
            results.append(process_partition(partition, str(out_dir), options))
            progress(results[-1])
        return results
    import multiprocessing

    # Plain processes (spawned: nothing of this process's state is shared) need no scheduler or
    # nanny beside them, so a local build starts fast and stays small.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_leave_fast) as pool:
        futures = {pool.submit(process_partition, p, str(out_dir), options): p.key for p in largest_first(partitions)}
        by_key = {}
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            by_key[result.key] = result
            progress(result)
    return [by_key[p.key] for p in partitions]


def _leave_fast() -> None:
    """Make a local worker process end without freeing its objects one by one: its results are
    sent and its files written by then, and the system takes back its memory at once (freeing the
    extractors' caches would hold up the end of the build by about half a second)."""
    atexit.register(os._exit, 0)


def _run_on_dask(
    partitions: Sequence[Partition],
    out_dir: Path,
    options: BuildOptions,
    *,
    scheduler: str,
    progress: Callable[[PartitionResult], None],
) -> list[PartitionResult]:
    """Process the partitions on an existing dask cluster; its workers must see the inputs and OUT."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        from .errors import MissingDependencyError

        raise MissingDependencyError("cluster builds need dask.distributed: pip install 'dask[distributed]'") from exc
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address
        raise ConfigError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    try:
        futures = [
            client.submit(process_partition, p, str(out_dir.resolve()), options, key=f"govnews-{p.key}", pure=False)
            for p in largest_first(partitions)
        ]
        by_key = {}
        for future in as_completed(futures):
            result = future.result()
            by_key[result.key] = result
            progress(result)
        return [by_key[p.key] for p in partitions]
    finally:
        client.close()


# ---------------------------------------------------------------------------------------------
# Assembling the dataset


def _part_path(out_dir: Path, partition: Partition, name: str) -> Path:
    return out_dir / PARTS / partition.key / f"{name}.parquet"


def _part_tables(
    out_dir: Path, partitions: Sequence[Partition], name: str, *, columns: list[str] | None = None
) -> Iterator[pa.Table]:
    for p in partitions:
        yield _read_part(_part_path(out_dir, p, name), name, columns=columns)


def _read_part(path: Path, name: str, *, columns: list[str] | None = None) -> pa.Table:
    """One partition's file of table `name`, read against its schema."""
    import pyarrow.parquet as pq

    return pq.read_table(path, schema=TABLES[name], columns=columns)


def _part_rows(out_dir: Path, partitions: Sequence[Partition], name: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(_part_path(out_dir, p, name)).metadata.num_rows for p in partitions)


def _signatures(out_dir: Path, partitions: Sequence[Partition]) -> Iterator[Any]:
    """The pairing signatures of every partition. Their keys recur across documents, so each
    distinct string is kept once: memory grows with the vocabulary, not the corpus."""
    for p in partitions:
        with open(out_dir / PARTS / p.key / "signatures.pkl", "rb") as handle:
            for sig in pickle.load(handle):
                keys = {f: tuple(map(sys.intern, getattr(sig, f))) for f in _SIGNATURE_KEYS}
                yield evolve(sig, **keys, lang=sys.intern(sig.lang))


_SIGNATURE_KEYS = ("numbers", "dates", "names", "terms", "url_keys")


def _write_assembled(out_dir: Path, name: str, tables: Iterable[pa.Table | Path], rows: int | None = None) -> int:
    """Write a table as one file, or as a directory of part files when it is large; return its rows.

    Tables are streamed one at a time, so memory stays bounded by the largest part. A table given
    as the path of a partition's file is read for a single file, and taken as it is (linked, or
    copied) as a part file of a directory. `rows` (an upper bound is enough) chooses between file
    and directory without reading ahead.
    """
    import pyarrow.parquet as pq

    if rows is None:
        tables = list(tables)
        rows = sum(_rows_of(t) for t in tables)
    single, folder = out_dir / f"{name}.parquet", out_dir / name
    written = 0
    if rows <= SINGLE_FILE_ROWS:
        tmp = io.tmp_name(single)
        with pq.ParquetWriter(tmp, TABLES[name], compression="zstd") as writer:
            for table in tables:
                if isinstance(table, Path):
                    table = _read_part(table, name)
                writer.write_table(table)
                written += table.num_rows
        os.replace(tmp, single)
        if folder.is_dir():
            shutil.rmtree(folder)
    else:
        tmp = out_dir / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
        tmp.mkdir()
        for table in tables:
            count = _rows_of(table)
            if count:
                part = tmp / f"part-{written:012d}.parquet"
                if isinstance(table, Path):
                    _link_or_copy(table, part)
                else:
                    io.write_table(table, part)
                written += count
        if folder.is_dir():
            shutil.rmtree(folder)
        os.rename(tmp, folder)
        single.unlink(missing_ok=True)
    return written


def _rows_of(table: pa.Table | Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(table).metadata.num_rows if isinstance(table, Path) else table.num_rows


def _link_or_copy(source: Path, target: Path) -> None:
    """Give `target` the bytes of `source` (a partition's file, never changed once written)."""
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(source, target)


def _duplicate_masks(out_dir: Path, partitions: Sequence[Partition]) -> tuple[list, list[dict[str, Any]], dict[str, str]]:
    """Keep the first article of each doc_id; later ones become `errors` rows.

    Returns a keep-mask per partition (None where all are kept), the error rows and the language
    of each kept doc_id.
    """
    kept: dict[str, str] = {}
    masks, errors = [], []
    for table in _part_tables(out_dir, partitions, "documents", columns=["doc_id", "path", "lang"]):
        ids = table.column("doc_id").to_pylist()
        mask = []
        for i, (doc_id, lang) in enumerate(zip(ids, table.column("lang").to_pylist())):
            dup = doc_id in kept
            mask.append(not dup)
            if dup:
                errors.append(_duplicate_error(table.column("path")[i].as_py(), doc_id))
            else:
                kept[doc_id] = lang
        masks.append(None if all(mask) else pa.array(mask))
    return masks, errors, kept


def _duplicate_error(path: str, doc_id: str, line: int | None = None) -> dict[str, Any]:
    message = f"doc_id {doc_id!r} already used by an earlier article; this one is left out"
    return {"path": path, "line": line, "kind": "duplicate", "message": message}


def _kept(out_dir: Path, partitions: Sequence[Partition], name: str, masks: list) -> Iterator[pa.Table | Path]:
    """A per-document table without the rows of articles left out as duplicates: a partition's
    file as it is where it keeps every row, else the rows kept."""
    for p, mask in zip(partitions, masks):
        path = _part_path(out_dir, p, name)
        if mask is None:
            yield path
            continue
        table = _read_part(path, name)
        if name == "documents":
            yield table.filter(mask)
        else:  # doc ids are unique within a partition, so a dropped id drops all its rows
            ids = _read_part(_part_path(out_dir, p, "documents"), "documents", columns=["doc_id"])
            dropped = ids.column("doc_id").filter(pc.invert(mask))
            yield table.filter(pc.invert(pc.is_in(table.column("doc_id"), value_set=dropped)))


def _read_documents(out_dir: Path, partitions: Sequence[Partition], doc_ids: set[str]) -> dict[str, Document]:
    found: dict[str, Document] = {}
    wanted = pa.array(sorted(doc_ids), type=pa.string())
    for table in _part_tables(out_dir, partitions, "documents"):
        sub = table.filter(pc.is_in(table.column("doc_id"), value_set=wanted))
        for row in sub.to_pylist():
            found.setdefault(row["doc_id"], row_to_document(row))
    return found


def _read_entities(out_dir: Path, partitions: Sequence[Partition], doc_ids: set[str]) -> dict[str, list[Entity]]:
    found: dict[str, list[Entity]] = {d: [] for d in doc_ids}
    wanted = pa.array(sorted(doc_ids), type=pa.string())
    for table in _part_tables(out_dir, partitions, "entities"):
        sub = table.filter(pc.is_in(table.column("doc_id"), value_set=wanted))
        for row in sub.to_pylist():
            found[row["doc_id"]].append(row_to_entity(row))
    return found


def _pair_stage(out_dir: Path, partitions: Sequence[Partition], options: BuildOptions, kept: dict[str, str]):
    """Pair, align and link: the rows of `pairs` and `alignments`, and the entity links.

    `kept` gives the language of each document kept; with no Arabic or no English document there
    is nothing to pair, and the signatures are not read.
    """
    from . import link, pairing

    pairs = []
    if {"ar", "en"} <= set(kept.values()):
        pairs = pairing.pair(s for s in _signatures(out_dir, partitions) if s.doc_id in kept)
    if not pairs:
        return [], [], {}, [], {}, {}
    lexicon = _lexicon(options)
    ids = {p.ar_doc_id for p in pairs} | {p.en_doc_id for p in pairs}
    documents = _read_documents(out_dir, partitions, ids)
    entities = _read_entities(out_dir, partitions, ids)
    alignment_rows, links, aligned = [], {}, []
    for p in pairs:
        ar, en = documents[p.ar_doc_id], documents[p.en_doc_id]
        units = pairing.align_documents(ar, en, lexicon=lexicon)
        aligned.append((p, units))
        for position, unit in enumerate(units):
            alignment_rows.append(
                {
                    "ar_doc_id": ar.doc_id,
                    "en_doc_id": en.doc_id,
                    "position": position,
                    "ar_sents": list(unit.ar),
                    "en_sents": list(unit.en),
                    "ar_text": " ".join(ar.text[ar.sentences[i].start : ar.sentences[i].end] for i in unit.ar),
                    "en_text": " ".join(en.text[en.sentences[i].start : en.sentences[i].end] for i in unit.en),
                    "score": float(unit.score),
                }
            )
        found = link.link_entities(
            entities[ar.doc_id], entities[en.doc_id], ar_doc=ar, en_doc=en, units=units, lexicon=lexicon
        )
        for ar_id, en_id in found.items():
            links[ar_id] = en_id
            links[en_id] = ar_id
    return pairs, alignment_rows, links, aligned, documents, entities


def _with_links(table: pa.Table | Path, links: dict[str, str]) -> pa.Table | Path:
    if not links:
        return table
    if isinstance(table, Path):
        table = _read_part(table, "entities")
    if table.num_rows == 0:
        return table
    ids = table.column("entity_id").to_pylist()
    current = table.column("link").to_pylist()
    updated = [links.get(i, c) if i else c for i, c in zip(ids, current)]
    return table.set_column(table.schema.get_field_index("link"), "link", pa.array(updated, type=pa.string()))


def _check_stage(out_dir: Path, aligned, documents, entities, options: BuildOptions) -> list[dict[str, Any]]:
    from . import checks

    if not aligned:
        return []
    corpus = checks.CorpusStats.from_dataset(out_dir, lexicon=_lexicon(options))
    rows = []
    for pair, units in aligned:
        ar, en = documents[pair.ar_doc_id], documents[pair.en_doc_id]
        findings = checks.check_pair(
            ar, en, entities[ar.doc_id], entities[en.doc_id], units, lexicon=_lexicon(options), corpus=corpus
        )
        rows.extend(io.record_to_row(f, ar_doc_id=ar.doc_id, en_doc_id=en.doc_id) for f in findings)
    return rows


def _iter_texts(out_dir: Path) -> Iterator[str]:
    for batch in io.iter_batches(out_dir, "documents", columns=["text"], batch_size=2048):
        yield from (t for t in batch.column(0).to_pylist() if t)


# ---------------------------------------------------------------------------------------------
# The build


def _prepare_out(out_dir: Path, *, resume: bool, overwrite: bool) -> None:
    """Make `out_dir` ready: an earlier dataset there is rebuilt (or continued with `resume`); a folder
    holding anything else is replaced only with `overwrite`."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"{out_dir}: output exists and is not a directory")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not resume:
        if overwrite or _holds_a_dataset(out_dir):
            shutil.rmtree(out_dir)
        else:
            raise ConfigError(f"{out_dir}: output directory holds other files (use --overwrite to replace it, --resume to continue)")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / io.MANIFEST).unlink(missing_ok=True)  # the dataset is unfinished until the end


def _with_earlier_inputs(out_dir: Path, inputs: Sequence[str | os.PathLike]) -> list[str | os.PathLike]:
    """The inputs of the dataset being continued, then those of `inputs` that are new: `--resume`
    keeps the articles already in a dataset. An earlier input that is gone is left out, with a warning."""
    record = out_dir / INPUTS
    earlier = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else []
    given = {os.path.abspath(p): p for p in inputs}
    kept = []
    for path in earlier:
        if Path(path).exists():
            kept.append(given.pop(path, path))  # as the user gives it again, else as it was recorded
        else:
            print(f"govnews: warning: {path}: an input of the earlier build is gone; its articles are left out",
                  file=sys.stderr)
    return kept + list(given.values())


def _holds_a_dataset(out_dir: Path) -> bool:
    """Whether a folder holds nothing but what a build writes (tables, manifest, index, subword model, work files)."""
    own = {io.MANIFEST, "index", "subwords.model", "subwords.vocab"} | {f"{name}.parquet" for name in TABLES} | set(TABLES)
    return all(entry.name in own or entry.name.startswith(".") for entry in out_dir.iterdir())


def build(
    inputs: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    options: BuildOptions = BuildOptions(),
    workers: int = 1,
    scheduler: str | None = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Build a dataset from `inputs` into `out_dir` and return its manifest.

    >>> build(["corpus"], "build/sample", overwrite=True)["rows"]["documents"]  # doctest: +SKIP
    5
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    for path in inputs:
        if not Path(path).exists():
            raise InputError(str(path), "no such file or directory", kind="missing")
    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    _prepare_out(out_dir, resume=resume, overwrite=overwrite)
    if resume:
        inputs = _with_earlier_inputs(out_dir, inputs)
    io.atomic_write_bytes(out_dir / INPUTS, json.dumps([os.path.abspath(p) for p in inputs]).encode("utf-8"))
    timings: dict[str, float] = {}

    files = list_inputs(inputs)
    partitions = make_partitions(files, options)
    t0 = time.perf_counter()
    bar = _progress_bar(progress)
    try:
        results = _run_partitions(
            partitions, out_dir, options, workers=workers, scheduler=scheduler, progress=lambda r: bar(r.documents)
        )
    finally:
        bar(None)
    timings["articles"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    masks, dup_errors, kept = _duplicate_masks(out_dir, partitions)
    # Documents and events are written while pairing runs (Parquet releases the GIL); entities wait
    # for the links pairing finds.
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        written = {
            "documents": pool.submit(
                _write_assembled, out_dir, "documents", _kept(out_dir, partitions, "documents", masks), len(kept)
            ),
            "events": pool.submit(
                _write_assembled, out_dir, "events", _kept(out_dir, partitions, "events", masks), _part_rows(out_dir, partitions, "events")
            ),
        }
        pairs, alignment_rows, links, aligned, pair_docs, pair_entities = _pair_stage(out_dir, partitions, options, kept)
        timings["pairing"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        written["entities"] = pool.submit(
            _write_assembled,
            out_dir,
            "entities",
            (_with_links(t, links) for t in _kept(out_dir, partitions, "entities", masks)),
            _part_rows(out_dir, partitions, "entities"),  # an upper bound: enough to choose file or folder
        )
        rows = {name: written[name].result() for name in ("documents", "entities", "events")}
    errors = [*_part_tables(out_dir, partitions, "errors"), io.to_table("errors", dup_errors)]
    rows["errors"] = _write_assembled(out_dir, "errors", errors)
    rows["pairs"] = _write_assembled(out_dir, "pairs", [io.to_table("pairs", (io.record_to_row(p) for p in pairs))])
    rows["alignments"] = _write_assembled(out_dir, "alignments", [io.to_table("alignments", alignment_rows)])
    timings["write"] = time.perf_counter() - t0

    # The subword model trains in a process of its own while the checks and the index are built.
    subword_job = _start_subwords(out_dir) if options.subwords and rows["documents"] else None

    t0 = time.perf_counter()
    check_rows = _check_stage(out_dir, aligned, pair_docs, pair_entities, options)
    rows["checks"] = _write_assembled(out_dir, "checks", [io.to_table("checks", check_rows)])
    timings["checks"] = time.perf_counter() - t0

    extras = {}
    if options.index and rows["documents"]:
        t0 = time.perf_counter()
        from . import search

        extras["index"] = str(search.build_index(out_dir).name)
        timings["index"] = time.perf_counter() - t0
    if subword_job is not None:
        t0 = time.perf_counter()
        if (model := _finish_subwords(subword_job)) is not None:
            extras["subwords"] = model
        timings["subwords (after index)"] = time.perf_counter() - t0

    timings["total"] = time.perf_counter() - started
    manifest = {
        "govnews_version": __version__,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": [
            {"path": f.path, "root": f.root, "text_bytes": f.size, "sha256": f.sha256} for f in files
        ],
        "partitions": [p.key for p in partitions],
        "rows": rows,
        "tables": sorted(name for name in TABLES if io.table_path(out_dir, name) is not None),
        "artifacts": extras,
        "parameters": {
            **dataclasses.asdict(options),
            "workers": workers,
            "scheduler": scheduler,
            "resume": resume,
        },
        "timings": {k: round(v, 3) for k, v in timings.items()},
    }
    _drop_stale_parts(out_dir, partitions)
    io.write_manifest(out_dir, manifest)
    return manifest


def _train_subwords(out_dir: str) -> str:
    from . import subwords

    return subwords.train_subwords(_iter_texts(Path(out_dir)), Path(out_dir)).name


def _start_subwords(out_dir: Path):
    import multiprocessing

    pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    return pool, pool.submit(_train_subwords, str(out_dir))


def _finish_subwords(job) -> str | None:
    """The subword model's file name; None, with a warning, when the texts could not train one (the
    dataset is complete without it)."""
    pool, future = job
    try:
        return future.result()
    except (GovnewsError, RuntimeError) as exc:
        print(f"govnews: warning: no subword model: {str(exc).splitlines()[0]}", file=sys.stderr)
        return None
    finally:
        pool.shutdown()


def _drop_stale_parts(out_dir: Path, partitions: Sequence[Partition]) -> None:
    """Remove parts of partitions that are no longer inputs, and leftovers of killed runs."""
    keep = {p.key for p in partitions}
    for leftover in out_dir.glob(".*.tmp"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink(missing_ok=True)
    parts = out_dir / PARTS
    if parts.is_dir():
        for child in parts.iterdir():
            if child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)


def _progress_bar(enabled: bool) -> Callable[[int | None], None]:
    """A documents/s bar on stderr; call with a count to advance it, None to close it."""
    if not enabled:
        return lambda n: None
    from tqdm import tqdm

    bar = tqdm(unit="doc", desc="articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(n: int | None) -> None:
        if n is None:
            bar.close()
        else:
            bar.update(n)

    return update
