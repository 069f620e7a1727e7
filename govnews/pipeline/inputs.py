"""The inputs of a build: every input file, listed in a fixed order, and the partitions they make.

The inputs are split into partitions (groups of files, in a fixed order), each processed on its own.
The key of a partition is a hash of its file contents and the build options, so `--resume` redoes
only what is missing and a new input adds a partition without touching the others.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from .options import BuildOptions

PARTITION_FILES = 500


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


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def list_inputs(paths: Sequence[str | os.PathLike]) -> list[InputFile]:
    """Every input file under `paths`, in a fixed order, with its size and content hash."""
    from .. import ingest

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
    from .. import ingest

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
