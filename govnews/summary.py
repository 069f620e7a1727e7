"""Short human-readable summaries of a dataset, for `govnews build` and `govnews info`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from . import io
from .schemas import TABLES


def _counts(out_dir: Path, table: str, column: str) -> Counter:
    data = io.read_table(out_dir, table, columns=[column])
    return Counter() if data is None else Counter(data.column(column).to_pylist())


def _fmt(counter: Counter) -> str:
    return ", ".join(f"{key} {n}" for key, n in counter.most_common()) or "none"


def build_summary(out_dir: str | Path, manifest: dict[str, Any]) -> str:
    """Describe a finished build in a few lines."""
    out_dir = Path(out_dir)
    rows = manifest["rows"]
    langs = _counts(out_dir, "documents", "lang")
    seconds = manifest["timings"]["total"]
    rate = rows["documents"] / seconds if seconds else 0.0
    lines = [
        f"built {out_dir}: {rows['documents']} documents ({_fmt(langs)}) in {seconds:.1f} s ({rate:.0f} documents/s)",
        f"  {rows['pairs']} pairs, {rows['alignments']} aligned units, {rows['entities']} entities, "
        f"{rows['events']} events, {rows['checks']} findings, {rows['errors']} errors",
    ]
    if rows["errors"]:
        lines.append(f"  inputs that could not be used are listed in {out_dir}/errors.parquet")
    return "\n".join(lines)


def dataset_summary(out_dir: str | Path) -> str:
    """Describe a dataset: its tables, languages, pairs, entities, events, findings and errors."""
    out_dir = Path(out_dir)
    manifest = io.read_manifest(out_dir)
    present = set(manifest.get("tables", []))
    lines = [
        f"dataset {out_dir} (govnews {manifest.get('govnews_version')}, schema {manifest.get('schema_version')}, "
        f"built {manifest.get('created')})",
        f"inputs: {len(manifest.get('inputs', []))} files",
        "tables:",
    ]
    for name in TABLES:
        if name in present:
            lines.append(f"  {name:<11} {manifest['rows'].get(name, 0):>9} rows")
        else:
            lines.append(f"  {name:<11}   (absent)")
    lines.append(f"languages: {_fmt(_counts(out_dir, 'documents', 'lang'))}")
    if "entities" in present:
        lines.append(f"entities: {_fmt(_counts(out_dir, 'entities', 'type'))}")
    if "events" in present:
        lines.append(f"events: {_fmt(_counts(out_dir, 'events', 'event_type'))}")
    if "checks" in present:
        lines.append(f"findings: {_fmt(_counts(out_dir, 'checks', 'severity'))}")
    if "errors" in present:
        lines.append(f"errors: {_fmt(_counts(out_dir, 'errors', 'kind'))}")
    artifacts = manifest.get("artifacts") or {}
    if artifacts:
        lines.append("artifacts: " + ", ".join(f"{k} ({v})" for k, v in sorted(artifacts.items())))
    return "\n".join(lines)


def error_lines(out_dir: str | Path, limit: int = 20) -> list[str]:
    """One line for each input a build could not use (`path[:line]: kind: message`), the first `limit` of them."""
    data = io.read_table(Path(out_dir), "errors", columns=["path", "line", "kind", "message"])
    rows = [] if data is None else data.slice(0, limit).to_pylist()
    lines = [f"{r['path']}{'' if r['line'] is None else ':' + str(r['line'])}: {r['kind']}: {r['message']}" for r in rows]
    if data is not None and data.num_rows > limit:
        lines.append(f"... and {data.num_rows - limit} more in {out_dir}/errors.parquet")
    return lines
