"""Read raw input files into articles: text, HTML, JSON Lines, JSON arrays, CSV and Parquet.

`iter_articles` streams one `RawArticle` per article and one `ErrorRow` per input (or record)
that cannot be used, so that one bad file never stops a build. Reading is bounded: a text
file or record above `MAX_ARTICLE_CHARS` is refused without being loaded, JSON arrays are
decoded element by element, and HTML is parsed (never executed or fetched) with selectolax.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import ErrorRow, RawArticle
from .webpage import html_to_text

MAX_ARTICLE_CHARS = 10_000_000
"""Longest article text accepted; a longer file or record becomes an ErrorRow "too_large"."""

MAX_FILE_BYTES = 4 * MAX_ARTICLE_CHARS
"""Largest .txt/.html file read (UTF-16 and markup take more bytes than the text they hold)."""

_CHUNK = 1 << 20

# Longest suffixes first: ".jsonl.gz" must win over ".gz".
_KINDS = (
    (".jsonl.gz", "jsonl"),
    (".json.gz", "json"),
    (".jsonl", "jsonl"),
    (".json", "json"),
    (".txt", "text"),
    (".html", "html"),
    (".htm", "html"),
    (".csv", "csv"),
    (".parquet", "parquet"),
)
_ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".gz", ".bz2", ".xz", ".7z", ".rar")
_MAGIC = (
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PAR1", "a Parquet file"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What windows-1256 Arabic text decodes to: Arabic letters and marks, and the punctuation
# (typographic quotes, dashes, NBSP, ZWNJ/ZWJ, LRM/RLM) that the code page also holds.
_CP1256_EXPECTED = re.compile(r"[\u0600-\u06ff\u00a0\u00ab\u00bb\u00d7\u00f7\u200c-\u200f\u2013\u2014\u2018-\u201e\u2026\u00b7\u00b0]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

_RECORD_FIELDS = ("title", "lang", "date", "url", "source")


def iter_articles(
    paths: Iterable[str | Path], *, text_field: str = "text", id_field: str = "id"
) -> Iterator[RawArticle | ErrorRow]:
    """Stream the articles of files and directories, with an ErrorRow for each unusable input.

    Directories are walked recursively in sorted order; files with unknown suffixes found
    there are skipped, while archives and unknown files given explicitly are reported.
    `text_field`/`id_field` name the text and id keys of JSON, CSV and Parquet records.
    Raises InputError at once when a path does not exist.

    >>> for item in iter_articles(["corpus"]):  # doctest: +SKIP
    ...     print(item.doc_id, len(item.text))
    000_417b8c9f41c572f4 4672
    """
    files = walk(paths)  # raises InputError now, not at the first next()
    return (item for root, path in files for item in iter_file(path, root=root, text_field=text_field, id_field=id_field))


def read_text(path: str | Path) -> str:
    """Decode one text or HTML file (UTF-8, UTF-16 with BOM or windows-1256) into its text.

    The text is as given (line ends included), without a byte-order mark; HTML is reduced to the
    page's main text. Raises InputError when the file is missing, unreadable (no permission, a
    folder), empty, binary, too large or in another encoding.

    >>> read_text("corpus/002_74a10d9e4a5b6332.txt")[:17]  # doctest: +SKIP
    'دبي- صوت الإمارات'
    """
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file", kind="missing")
    html = kind_of(path) == "html"
    try:
        data = _read_bounded(path)
    except OSError as err:
        raise InputError(str(path), _os_message(err), kind="unreadable") from None
    text = decode(data, str(path), html=html)
    if html:
        text = html_to_text(text, str(path))["text"]
        if not text:
            raise InputError(str(path), "the page has no text", kind="empty")
    return text


# ---------------------------------------------------------------------------------------- walking


def kind_of(path: str | Path) -> str | None:
    """The kind of input a file name says ("text", "html", "jsonl", "json", "csv", "parquet",
    "archive"), whatever the case of its suffix; None for a name of no known kind."""
    name = Path(path).name.lower()
    for suffix, kind in _KINDS:
        if name.endswith(suffix):
            return kind
    if name.endswith(_ARCHIVES):
        return "archive"
    return None


def _strip_suffix(name: str) -> str:
    lower = name.lower()
    for suffix, _ in _KINDS:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (root, file) for every input file under `paths`, in a fixed (sorted) order.

    A file given explicitly is its own root and is always yielded, whatever its suffix (so
    that `iter_file` can report it); inside a folder, hidden files and files of unknown kinds
    are skipped, while archives and folders that cannot be listed are yielded to be reported.
    Raises InputError at once when a path does not exist.

    >>> [str(f) for _, f in walk(["corpus"])][:1]  # doctest: +SKIP
    ['corpus/000_417b8c9f41c572f4.txt']
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(str(root), "no such file or directory", kind="missing")
    return _walk_roots(roots)


def _walk_roots(roots: list[Path]) -> Iterator[tuple[Path, Path]]:
    for root in roots:
        if root.is_dir():
            for path in _walk(root):
                if kind_of(path) is not None or path.is_dir():
                    yield root, path
        else:
            yield root, root


def iter_file(
    path: str | Path,
    *,
    root: str | Path | None = None,
    text_field: str = "text",
    id_field: str = "id",
    part: tuple[int, int, int] | None = None,
) -> Iterator[RawArticle | ErrorRow]:
    """Stream the articles of one input file, with an ErrorRow for each part that cannot be used.

    `root` is the folder the file was found in: a .txt/.html file's doc_id is its path relative
    to it, without the suffix; without a root (or when the root is the file) it is the file's stem.
    `part` reads one slice of a large file (one of `slices(path, ...)`), the whole file without it.

    >>> next(iter_file("corpus/002_74a10d9e4a5b6332.txt")).doc_id  # doctest: +SKIP
    '002_74a10d9e4a5b6332'
    """
    path = Path(path)
    root = Path(root) if root is not None else path
    kind = "folder" if path.is_dir() else kind_of(path)
    if kind is None:
        yield ErrorRow(str(path), None, "unsupported", f"unknown file type {path.suffix or '(no suffix)'!r}; "
                       "expected .txt, .html, .jsonl, .json, .csv or .parquet (optionally .gz for JSON)")
        return
    if root == path or root not in path.parents:
        doc_id = _strip_suffix(path.name)
    else:
        rel = path.relative_to(root)
        doc_id = "/".join((*rel.parts[:-1], _strip_suffix(rel.name)))
    yield from _read_file(path, kind, doc_id, text_field, id_field, part)


def slices(path: str | Path, size: int) -> list[tuple[int, int, int]]:
    """Split a large input file into slices of about `size` bytes that can be read apart, for
    `iter_file(part=...)`: (start, end, number of the slice's first record).

    A JSON Lines file splits at line ends (bytes [start, end), its first line's number), a Parquet
    file between row groups (row groups [start, end), its first row's index). Other kinds and
    compressed files are read whole; so is a file of one slice: the list is then empty.
    """
    path = Path(path)
    kind, name = kind_of(path), path.name.lower()
    try:
        if kind == "jsonl" and not name.endswith(".gz"):
            found = _line_slices(path, size)
        elif kind == "parquet":
            found = _row_group_slices(path, size)
        else:
            return []
    except (OSError, ValueError):  # an unreadable file (pyarrow's errors are of these) is reported once, when read whole
        return []
    return found if len(found) > 1 else []


def _line_slices(path: Path, size: int) -> list[tuple[int, int, int]]:
    """Slices of about `size` bytes, each ending at a line end (or at the end of the file)."""
    out, start, line = [], 0, 1
    with open(path, "rb") as stream:
        while True:
            read = lines = 0
            block = b""
            while read < size and (piece := stream.read(min(_CHUNK, size - read))):
                block = piece
                read += len(piece)
                lines += piece.count(b"\n")
            if not read:
                return out
            while block and not block.endswith(b"\n"):  # on to the end of the line the slice stops in
                block = stream.readline(_CHUNK)
                lines += block.count(b"\n")
            end = stream.tell()
            out.append((start, end, line))
            start, line = end, line + lines


def _row_group_slices(path: Path, size: int) -> list[tuple[int, int, int]]:
    """Slices of whole row groups of about `size` bytes (uncompressed)."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    out, first, first_row, rows, bytes_ = [], 0, 0, 0, 0
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        if bytes_ and bytes_ + info.total_byte_size > size:
            out.append((first, group, first_row))
            first, first_row, bytes_ = group, rows, 0
        bytes_ += info.total_byte_size
        rows += info.num_rows
    out.append((first, meta.num_row_groups, first_row))
    return out


def _walk(root: Path) -> Iterator[Path]:
    """Yield the files under `root`, sorted, skipping hidden files and folders; a folder that
    cannot be listed (no permission) is yielded itself, to be reported when read."""
    unlisted: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append):
        while unlisted:
            yield Path(unlisted.pop(0).filename)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath, name)
    yield from (Path(err.filename) for err in unlisted)


def _read_file(
    path: Path, kind: str, doc_id: str, text_field: str, id_field: str, part: tuple[int, int, int] | None = None
) -> Iterator[RawArticle | ErrorRow]:
    where = str(path)
    try:
        if kind == "folder":  # one the walk could not list: listing it again raises the reason
            os.listdir(path)
        elif kind == "archive":
            raise InputError(where, "archives are not read; unpack it and give the folder", kind="unsupported")
        elif kind in ("text", "html"):
            yield _read_document(path, kind, doc_id)
        else:
            yield from _at_least_one(_read_records(path, kind, text_field, id_field, part), where, whole=part is None)
    except InputError as err:
        yield ErrorRow(err.path, err.line, err.kind, err.reason)
    except EOFError:
        yield ErrorRow(where, None, "truncated", "the compressed file ends before its end-of-stream marker")
    except (OSError, zlib.error) as err:
        yield ErrorRow(where, None, "unreadable", _os_message(err))


def _read_records(
    path: Path, kind: str, text_field: str, id_field: str, part: tuple[int, int, int] | None
) -> Iterator[RawArticle | ErrorRow]:
    if kind == "jsonl":
        return _read_jsonl(path, text_field, id_field, part)
    if kind == "json":
        return _read_json_array(path, text_field, id_field)
    if kind == "csv":
        return _read_csv(path, text_field, id_field)
    return _read_parquet(path, text_field, id_field, part)


def _at_least_one(items: Iterator[RawArticle | ErrorRow], where: str, *, whole: bool) -> Iterator[RawArticle | ErrorRow]:
    """The items of a file of records; an ErrorRow "empty" when a whole file yields none (no
    record, not even a bad one: a 0-byte or blank JSON Lines file, `[]`, a CSV header alone)."""
    found = False
    for item in items:
        found = True
        yield item
    if whole and not found:
        yield ErrorRow(where, None, "empty", "the file holds no records")


def _os_message(err: Exception) -> str:
    if isinstance(err, gzip.BadGzipFile):
        return "not a gzip file"
    if isinstance(err, zlib.error):
        return f"corrupt compressed data ({err})"
    return getattr(err, "strerror", None) or str(err)


# ------------------------------------------------------------------------------- text and HTML


def _read_bounded(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"too large: {size:,} bytes (at most {MAX_FILE_BYTES:,} are read)", kind="too_large")
    return path.read_bytes()


def _read_document(path: Path, kind: str, doc_id: str) -> RawArticle:
    where = str(path)
    text = decode(_read_bounded(path), where, html=kind == "html")
    title = published = url = source = None
    extra: dict[str, Any] = {}
    removed: tuple[str, ...] = ()
    if kind == "html":
        page = html_to_text(text, where)
        text, title, url, source = page["text"], page["headline"], page["url"], page["source"]
        published = _parse_date(page["date"])
        if page["lang"]:
            extra["html_lang"] = page["lang"]
        if not title and page["title"]:  # the `<title>` alone, which may name the site only
            extra["page_title"] = page["title"]
        removed = tuple(page["removed"])
        if not text:
            raise InputError(where, "the page has no text", kind="empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(where, f"too large: {len(text):,} characters of text (at most {MAX_ARTICLE_CHARS:,})",
                         kind="too_large")
    return RawArticle(doc_id=doc_id, text=text, path=where, title=title, published=published, url=url,
                      source=source, extra=extra, removed=removed)


def decode(data: bytes, where: str, *, html: bool = False) -> str:
    """Decode the bytes of a text file or of standard input, detecting UTF-8/16/32 BOMs, UTF-8 and
    windows-1256; `where` names the input in errors.

    Line ends are kept as given and a byte-order mark is dropped; bytes cut inside the last
    character are left out. For HTML, a `<meta charset>` is honoured when the bytes are not UTF-8.
    Raises InputError when the bytes are empty or whitespace, binary, or in another encoding.
    """
    if not data:
        raise InputError(where, "the file is empty", kind="empty")
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = _decode_complete(data, codec)
            except UnicodeDecodeError as err:
                raise InputError(where, f"not valid {codec.upper()} despite its byte-order mark ({err.reason} at "
                                 f"byte {err.start})", kind="encoding") from None
            break
    if text is None:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise InputError(where, f"binary file: {what}, not text", kind="binary")
        if b"\x00" in data[:_CHUNK]:
            raise InputError(where, "binary file: it holds NUL bytes (UTF-16 text needs a byte-order mark)",
                             kind="binary")
        text = _decode_8bit(data, where, _declared_charset(data) if html else None)
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise InputError(where, "binary file: mostly control characters", kind="binary")
    if not text.strip():
        raise InputError(where, "the file holds only whitespace", kind="empty")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            return None
    return None


def _decode_complete(data: bytes, codec: str) -> str:
    """Decode `data`; a file cut inside its last character keeps the characters that are complete."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        if err.end == len(data) and err.reason in ("unexpected end of data", "truncated data"):
            return data[: err.start].decode(codec)
        raise


def _decode_8bit(data: bytes, where: str, declared: str | None = None) -> str:
    try:
        return _decode_complete(data, "utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1256", errors="replace")
    foreign = _NON_ASCII.findall(text)
    arabic = sum(1 for ch in foreign if "\u0621" <= ch <= "\u064a")
    expected = len(_CP1256_EXPECTED.findall(text))
    # Arabic letters, or (English from Windows) only the typographic quotes and dashes that
    # windows-1256 shares with windows-1252.
    if foreign and (arabic >= 3 or expected == len(foreign)) and expected >= 0.9 * len(foreign) and "\ufffd" not in text:
        return text
    raise InputError(where, f"unknown encoding: not UTF-8 (byte 0x{data[first_error.start]:02x} at offset "
                     f"{first_error.start} is invalid), UTF-16 with a byte-order mark, or windows-1256 Arabic",
                     kind="encoding")


# ------------------------------------------------------------------------------------- records


def _parse_date(value: Any) -> dt.date | None:
    """Read an ISO 8601 date or datetime (`2014-09-17`, `2015-07-21 02:51:32`, `...T10:00:00Z`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)


def _record_article(record: Any, where: str, line: int, text_field: str, id_field: str) -> RawArticle | ErrorRow:
    """Turn one JSON/CSV/Parquet record into an article, or an ErrorRow naming what is wrong."""
    if not isinstance(record, dict):
        return ErrorRow(where, line, "malformed", f"expected a JSON object, found {type(record).__name__}")
    tkey = text_field if text_field in record or "text" not in record else "text"
    ikey = id_field if id_field in record or "id" not in record else "id"
    text = record.get(tkey)
    if text is None or (isinstance(text, float) and text != text):
        return ErrorRow(where, line, "missing_field", f"no {text_field!r} field (use --text-field to name the text)")
    if not isinstance(text, str):
        return ErrorRow(where, line, "malformed", f"field {tkey!r} is a {type(text).__name__}, expected text")
    if len(text) > MAX_ARTICLE_CHARS:
        return ErrorRow(where, line, "too_large", f"text of {len(text):,} characters (at most {MAX_ARTICLE_CHARS:,})")
    if not text.strip():
        return ErrorRow(where, line, "empty", f"field {tkey!r} is empty")
    doc_id = record.get(ikey)
    if doc_id is None or doc_id == "" or (isinstance(doc_id, float) and doc_id != doc_id):
        return ErrorRow(where, line, "missing_field", f"no {id_field!r} field (use --id-field to name the id)")
    used = {tkey, ikey, *_RECORD_FIELDS}
    date = record.get("date")
    published = _parse_date(date)
    if published is None and record.get("date_extracted") is not None:
        published = _parse_date(record["date_extracted"])
        if published is not None:
            used.add("date_extracted")
    if date is not None and published is None:
        used.discard("date")
    lang = record.get("lang")
    return RawArticle(
        doc_id=str(doc_id),
        text=text,
        path=where,
        line=line,
        title=_str_or_none(record.get("title")),
        lang=lang.strip().lower() if isinstance(lang, str) and lang.strip() else None,
        published=published,
        url=_str_or_none(record.get("url")),
        source=_str_or_none(record.get("source")),
        extra={str(k): _jsonable(v) for k, v in record.items() if k not in used},
    )


def _str_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    value = str(value).strip()
    return value or None


def _open_binary(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_jsonl(
    path: Path, text_field: str, id_field: str, part: tuple[int, int, int] | None = None
) -> Iterator[RawArticle | ErrorRow]:
    where = str(path)
    limit = 4 * MAX_ARTICLE_CHARS
    with _open_binary(path) as stream:
        number, at, end = 0, 0, None
        if part is not None:
            at, end, first = part
            stream.seek(at)
            number = first - 1
        while end is None or at < end:
            raw = stream.readline(limit)
            if not raw:
                break
            number += 1
            at += len(raw)
            if len(raw) >= limit and not raw.endswith(b"\n"):
                skipped = len(raw) + _skip_line(stream, limit)
                at += skipped - len(raw)
                yield ErrorRow(where, number, "too_large", f"line of {skipped:,} bytes (at most {limit:,} are read)")
                continue
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except UnicodeDecodeError:
                yield ErrorRow(where, number, "encoding", "line is not valid UTF-8")
                continue
            except ValueError as err:
                reason = err.msg.removesuffix(" at")  # json's "Invalid control character at"
                yield ErrorRow(where, number, "malformed", f"invalid JSON: {reason} at column {err.colno}")
                continue
            yield _record_article(record, where, number, text_field, id_field)


def _skip_line(stream: io.BufferedIOBase, limit: int) -> int:
    """Read past the rest of an overlong line without keeping it; return how many bytes it had."""
    skipped = 0
    while True:
        chunk = stream.readline(limit)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_json_array(path: Path, text_field: str, id_field: str) -> Iterator[RawArticle | ErrorRow]:
    """Decode a JSON array element by element so that memory holds one record at a time."""
    where = str(path)
    decoder = json.JSONDecoder()
    limit = 4 * MAX_ARTICLE_CHARS
    with _open_binary(path) as raw_stream:
        stream = io.TextIOWrapper(raw_stream, encoding="utf-8-sig", errors="strict")
        buf, pos, eof = "", 0, False

        def more() -> bool:
            nonlocal buf, pos, eof
            try:
                chunk = stream.read(_CHUNK)
            except UnicodeDecodeError:
                raise InputError(where, "not valid UTF-8 JSON", kind="encoding") from None
            buf, pos = buf[pos:] + chunk, 0
            eof = not chunk
            return bool(chunk)

        def skip_ws() -> str:
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n":
                    pos += 1
                if pos < len(buf) or not more():
                    return buf[pos] if pos < len(buf) else ""

        first = skip_ws()
        if first == "":
            raise InputError(where, "the file is empty", kind="empty")
        if first != "[":
            what = "an object" if first == "{" else "not a JSON array"
            raise InputError(where, f"expected a JSON array of objects, found {what}", kind="malformed")
        pos += 1
        index = 0
        if skip_ws() == "]":
            return
        while True:
            while True:
                try:
                    record, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as err:
                    needs_more = err.pos >= len(buf) - 1 or err.msg.startswith("Unterminated string")
                    if not needs_more or eof:
                        raise InputError(where, f"invalid JSON in element {index}: {err.msg}", line=index,
                                         kind="malformed") from None
                    if len(buf) - pos > limit:
                        raise InputError(where, f"element {index} is larger than {limit:,} characters", line=index,
                                         kind="too_large") from None
                    more()
            pos = end
            yield _record_article(record, where, index, text_field, id_field)
            index += 1
            sep = skip_ws()
            if sep == ",":
                pos += 1
                skip_ws()
                continue
            if sep == "]":
                return
            raise InputError(where, f"invalid JSON after element {index - 1}: expected ',' or ']'", line=index,
                             kind="truncated" if sep == "" else "malformed")


def _sniff_encoding(path: Path) -> str:
    with open(path, "rb") as stream:
        head = stream.read(_CHUNK)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if len(head) < _CHUNK or err.start < len(head) - 3:  # not just the sample cutting a character
            _decode_8bit(head, str(path))  # raises InputError unless it is windows-1256
            return "cp1256"
    return "utf-8"


def _read_csv(path: Path, text_field: str, id_field: str) -> Iterator[RawArticle | ErrorRow]:
    where = str(path)
    if csv.field_size_limit() < MAX_ARTICLE_CHARS + 1:
        csv.field_size_limit(MAX_ARTICLE_CHARS + 1)
    with open(path, encoding=_sniff_encoding(path), newline="") as stream:
        reader = csv.DictReader(stream)
        try:
            fieldnames = reader.fieldnames
        except UnicodeDecodeError as err:
            raise InputError(where, f"not valid text ({err.reason})", line=1, kind="encoding") from None
        except csv.Error as err:
            raise InputError(where, f"bad CSV header: {err}", line=1, kind="malformed") from None
        if not fieldnames:
            raise InputError(where, "the file is empty", kind="empty")
        previous = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                yield ErrorRow(where, previous + 1, "malformed", f"bad CSV row: {err}")
                previous = reader.line_num
                continue
            except UnicodeDecodeError as err:
                raise InputError(where, f"not valid text ({err.reason})", line=previous + 1, kind="encoding") from None
            line, previous = previous + 1, reader.line_num
            row.pop(None, None)  # cells beyond the header
            yield _record_article({k: v for k, v in row.items() if v not in (None, "")}, where, line,
                                  text_field, id_field)


def _read_parquet(
    path: Path, text_field: str, id_field: str, part: tuple[int, int, int] | None = None
) -> Iterator[RawArticle | ErrorRow]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(path)
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, pa.ArrowException) as err:
        raise InputError(where, f"not a readable Parquet file ({err})") from None
    groups, index = (range(part[0], part[1]), part[2]) if part is not None else (None, 0)
    for batch in parquet.iter_batches(batch_size=512, row_groups=groups):
        for record in batch.to_pylist():
            yield _record_article(record, where, index, text_field, id_field)
            index += 1
