"""Articles whose doc_id an earlier article of the dataset took: left out of the tables, each an
`errors` row."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .assemble import _part_path, _part_tables, _read_part
from .inputs import Partition
from .parts import _duplicate_error


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
