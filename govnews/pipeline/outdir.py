"""The output folder of a build: made ready (an earlier dataset rebuilt, or continued with
`--resume`), and rid of stale parts and leftovers at the end."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import io
from ..errors import ConfigError
from ..schemas import TABLES
from .inputs import Partition
from .parts import PARTS

INPUTS = ".inputs.json"  # the inputs of the dataset in OUT (absolute paths), which --resume adds to


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
