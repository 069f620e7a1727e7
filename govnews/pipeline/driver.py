"""The build: its stages in order, and the manifest.

After the partitions are processed and the dataset-wide stages run, the tables are assembled, the
subword model and the search index are trained, and `manifest.json` is written last: a folder
without a manifest is an unfinished build.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .. import __version__, io
from ..errors import ConfigError, GovnewsError, InputError
from ..schemas import TABLES
from .assemble import _part_rows, _part_tables, _write_assembled
from .duplicates import _duplicate_masks, _kept
from .inputs import list_inputs, make_partitions
from .options import BuildOptions
from .outdir import INPUTS, _drop_stale_parts, _prepare_out, _with_earlier_inputs
from .pairs import _check_stage, _pair_stage, _with_links
from .workers import _run_partitions


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
        pair_failures: list[dict] = []  # errors rows of pairs the package failed on
        pairs, alignment_rows, links, aligned, pair_docs, pair_entities = _pair_stage(
            out_dir, partitions, options, kept, pair_failures
        )
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
    rows["pairs"] = _write_assembled(out_dir, "pairs", [io.to_table("pairs", (io.record_to_row(p) for p in pairs))])
    rows["alignments"] = _write_assembled(out_dir, "alignments", [io.to_table("alignments", alignment_rows)])
    timings["write"] = time.perf_counter() - t0

    # The subword model trains in a process of its own while the checks and the index are built.
    subword_job = _start_subwords(out_dir) if options.subwords and rows["documents"] else None

    t0 = time.perf_counter()
    check_rows = _check_stage(out_dir, aligned, pair_docs, pair_entities, options, pair_failures)
    rows["checks"] = _write_assembled(out_dir, "checks", [io.to_table("checks", check_rows)])
    errors = [*_part_tables(out_dir, partitions, "errors"), io.to_table("errors", [*dup_errors, *pair_failures])]
    rows["errors"] = _write_assembled(out_dir, "errors", errors)
    timings["checks"] = time.perf_counter() - t0

    extras = {}
    if options.index and rows["documents"]:
        t0 = time.perf_counter()
        from .. import search

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


def _iter_texts(out_dir: Path) -> Iterator[str]:
    for batch in io.iter_batches(out_dir, "documents", columns=["text"], batch_size=2048):
        yield from (t for t in batch.column(0).to_pylist() if t)


def _train_subwords(out_dir: str) -> str:
    from .. import subwords

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
