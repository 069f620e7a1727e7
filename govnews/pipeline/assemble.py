"""The dataset's tables assembled from the partitions' files: one file each, or a directory of
part files for large builds."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa

from .. import io
from ..schemas import TABLES
from .inputs import Partition
from .parts import PARTS

SINGLE_FILE_ROWS = 250_000  # larger tables are written as a directory of part files


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
