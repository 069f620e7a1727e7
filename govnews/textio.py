"""Inputs and outputs of the text commands (`extract`, `align`, `check`, `normalize`):
files or standard input in, JSON lines or plain tables out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .errors import GovnewsError, InputError


@dataclass(frozen=True)
class TextItem:
    """One document of a text command's input."""

    id: str  # file stem, the JSONL `id`, or "-" for standard input
    text: str  # the text as given: offsets of the output are into it
    lang: str | None  # given by a JSONL `lang` key
    published: Any  # datetime.date from a JSONL `date` key, relative dates resolve against it


def read_stdin() -> str:
    """Read standard input as a text file is read (UTF-8, UTF-16 with BOM or windows-1256)."""
    from .ingest import decode

    return decode(sys.stdin.buffer.read(), "<stdin>")


def read_document(path: str) -> str:
    """Read one text file (any supported encoding), or standard input for '-'."""
    if path == "-":
        return read_stdin()
    from .ingest import read_text

    return read_text(Path(path))


def iter_items(paths: Sequence[str]) -> Iterator[TextItem]:
    """Each document of the inputs: a text file or stdin is one, a `.jsonl` file one a line.

    Files and folders are read as `govnews build` reads them, and a file of no known suffix as
    plain text. An input (or a line of one) that cannot be used is one line on standard error,
    and the others go on; a missing path, or inputs that hold no document at all, raise InputError.
    """
    found = False
    for path in paths or ["-"]:
        for item in _items_of(path):
            found = True
            yield item
    if not found:
        raise InputError(" ".join(paths) or "<stdin>", "no document could be read")


def _items_of(path: str) -> Iterator[TextItem]:
    from .ingest import kind_of

    if path == "-":
        yield TextItem("-", read_stdin(), None, None)
    elif kind_of(path) is None and Path(path).is_file():
        try:
            yield TextItem(Path(path).stem, read_document(path), None, None)
        except InputError as err:
            report_skipped(err.path, err.line, err.reason)
    else:
        for article in readable_articles([path]):
            yield TextItem(article.doc_id, article.text, article.lang, article.published)


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> None:
    """Write one compact JSON object a line (Arabic kept as is)."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        out.flush()


def format_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, width: int = 60) -> str:
    """Render rows as a plain text table; long cells are shortened to `width` characters."""

    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells)
    return "\n".join(lines) + "\n"


def split_for_alignment(text: str, *, lang: str, presplit: bool) -> tuple[list[str], list[int]]:
    """The sentences of a text and the paragraph of each: one a line when `presplit`."""
    if presplit:
        lines = text.splitlines()
        return lines, list(range(len(lines)))
    from .segment import sentences

    spans = sentences(text, lang=lang)
    return [text[s.start : s.end] for s in spans], [s.paragraph for s in spans]


def extraction_rows(paths: Sequence[str], *, lang: str = "auto") -> Iterator[dict[str, Any]]:
    """The `govnews extract` output: one dict a document, entities and events with offsets."""
    from dataclasses import asdict

    from .clean import clean
    from .extract import Extraction, analyze
    from .langid import detect

    for item in iter_items(paths):
        item_lang = item.lang or (lang if lang != "auto" else detect(item.text)[0])
        extract_lang = item_lang if item_lang in ("ar", "en") else "en"
        try:
            # relative dates count from the input's date, else from the day the dateline gives
            published = item.published or clean(item.text, lang=extract_lang).published
            result = analyze(item.text, lang=extract_lang, published=published)
        except GovnewsError:
            raise  # a setting the user must fix (a name model that is not installed)
        except Exception as exc:  # a fault of the package on this document: named, and the others go on
            print(f"govnews: extraction failed for {item.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            result = Extraction([], [])
        entities = [
            {k: v for k, v in asdict(e).items() if k not in ("link",)} for e in result.entities
        ]
        yield {"id": item.id, "lang": item_lang, "entities": entities, "events": [asdict(e) for e in result.events]}


def alignment_rows(ar_path: str, en_path: str, *, presplit: bool = False) -> list[dict[str, Any]]:
    """The `govnews align` output: one dict an aligned unit, in order."""
    from .align import align

    ar_sents, ar_pars = split_for_alignment(read_document(ar_path), lang="ar", presplit=presplit)
    en_sents, en_pars = split_for_alignment(read_document(en_path), lang="en", presplit=presplit)
    units = align(
        ar_sents, en_sents, ar_paragraphs=None if presplit else ar_pars, en_paragraphs=None if presplit else en_pars
    )
    return [
        {
            "ar": list(u.ar),
            "en": list(u.en),
            "score": round(float(u.score), 4),
            "ar_text": " ".join(ar_sents[i] for i in u.ar),
            "en_text": " ".join(en_sents[i] for i in u.en),
        }
        for u in units
    ]


def check_report(files: Sequence[str], *, dataset: str | None, fmt: str) -> tuple[str, int]:
    """The `govnews check` report and how many error-severity findings it holds."""
    from . import checks, report

    if dataset:
        return report.render_dataset(Path(dataset), format=fmt)
    ar_text, en_text = read_document(files[0]), read_document(files[1])
    findings = checks.check(ar_text, en_text)
    text = report.render(findings, ar_text=ar_text, en_text=en_text, format=fmt)
    return text, sum(f.severity == "error" for f in findings)


def readable_articles(paths: Sequence[str]) -> Iterator[Any]:
    """The articles of files and folders; each input that cannot be used is one line on stderr."""
    from .ingest import iter_articles
    from .records import ErrorRow

    for item in iter_articles(paths):
        if isinstance(item, ErrorRow):
            report_skipped(item.path, item.line, item.message)
        else:
            yield item


def report_skipped(path: str, line: int | None, reason: str) -> None:
    """Name an input (or a line of one) that is left out, on standard error."""
    where = f"{path}:{line}" if line is not None else path
    print(f"govnews: skipped {where}: {reason}", file=sys.stderr)
