"""Running partitions: serially, in local processes, or on a dask cluster."""

from __future__ import annotations

import atexit
import concurrent.futures
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import ConfigError
from .inputs import Partition
from .options import BuildOptions
from .parts import PartitionResult, process_partition


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
        from ..errors import MissingDependencyError

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
