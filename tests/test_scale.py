"""The same build serially, in 2 local processes and on a dask cluster; killed builds resume."""

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

import govnews
from govnews import pipeline
from govnews.pipeline import parts
from govnews.errors import GovnewsError
from conftest import CORPUS

TABLES = ["documents", "entities", "events", "pairs", "alignments", "checks", "errors"]
SORT = {"documents": ["doc_id"], "entities": ["doc_id", "start", "type"], "events": ["doc_id", "event_type", "name"],
        "pairs": ["ar_doc_id"], "alignments": ["ar_doc_id", "position"], "checks": ["ar_doc_id", "check", "ar_start", "en_start"],
        "errors": ["path", "line"]}
SMALL = pipeline.BuildOptions(partition_bytes=6_000, subwords=False, index=False)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """Forty releases in nested folders (the sample corpus, each article with a numbered closing line)."""
    root = tmp_path_factory.mktemp("many")
    seeds = sorted(CORPUS.glob("*.txt"))
    for i in range(40):
        seed = seeds[i % len(seeds)]
        arabic = not seed.name.startswith("001")
        closing = f"\n\nوبلغ عدد المشاركين {i + 3} مشاركا." if arabic else f"\n\nThe number of participants reached {i + 3}."
        folder = root / f"batch{i % 4}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i:02d}_{seed.stem}.txt").write_text(seed.read_text(encoding="utf-8") + closing, encoding="utf-8")
    (root / "batch0" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


def _tables(out):
    ds = govnews.load(out)
    frames = {}
    for name in TABLES:
        frame = getattr(ds, name)
        if frame is None:
            frames[name] = None
            continue
        frame = frame.drop(columns=[c for c in ("attrs", "evidence", "extra") if c in frame.columns])
        frames[name] = frame.sort_values(SORT[name]).reset_index(drop=True).astype(str)
    return frames


def _assert_same(a, b):
    for name in TABLES:
        if a[name] is None or b[name] is None:
            assert a[name] is None and b[name] is None, name
            continue
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.fixture(scope="module")
def serial(many, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial") / "out"
    manifest = pipeline.build([many], out, options=SMALL)
    assert len(manifest["partitions"]) > 4, "the fixture must span several partitions"
    return _tables(out)


def test_two_workers_give_the_same_rows(many, serial, tmp_path):
    pipeline.build([many], tmp_path / "out", options=SMALL, workers=2)
    _assert_same(serial, _tables(tmp_path / "out"))


def test_a_dask_cluster_gives_the_same_rows(many, serial, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        pipeline.build([many], tmp_path / "out", options=SMALL, scheduler=cluster.scheduler_address)
    _assert_same(serial, _tables(tmp_path / "out"))


def test_resume_redoes_nothing_that_is_done(many, serial, tmp_path):
    out = tmp_path / "out"
    pipeline.build([many], out, options=SMALL)
    before = {p.name: p.stat().st_mtime_ns for p in (out / pipeline.PARTS).iterdir()}
    pipeline.build([many], out, options=SMALL, resume=True)
    after = {p.name: p.stat().st_mtime_ns for p in (out / pipeline.PARTS).iterdir()}
    assert before == after
    _assert_same(serial, _tables(out))


def test_an_incremental_build_adds_new_inputs(many, tmp_path):
    out = tmp_path / "out"
    pipeline.build([many / "batch0", many / "batch1"], out, options=SMALL)
    first = set(govnews.load(out).documents["doc_id"])
    pipeline.build([many / "batch0", many / "batch1", many / "batch2"], out, options=SMALL, resume=True)
    second = set(govnews.load(out).documents["doc_id"])
    assert first < second and len(second - first) == 10


def _build_process(inputs, out, *extra):
    args = [sys.executable, "-m", "govnews", "build", str(inputs), "-o", str(out), "--quiet", "--partition-mb", "0.006", *extra]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(predicate, proc, limit=120.0):
    deadline = time.monotonic() + limit
    while proc.poll() is None and not predicate() and time.monotonic() < deadline:
        time.sleep(0.005)


def test_a_build_killed_at_random_points_resumes_to_the_same_dataset(many, tmp_path):
    out = tmp_path / "out"
    reference = tmp_path / "reference"
    subprocess.run([sys.executable, "-m", "govnews", "build", str(many), "-o", str(reference), "--quiet",
                    "--partition-mb", "0.006"], check=True)
    parts = out / pipeline.PARTS
    done = lambda: len([p for p in parts.iterdir() if not p.name.endswith(".tmp")]) if parts.is_dir() else 0  # noqa: E731
    kills = 0
    # kill -9 after 1, 8 and 20 more partitions are written, then while the tables are assembled
    for when in (lambda n=done(): done() >= n + 1, lambda: done() >= 9, lambda: done() >= 29,
                 lambda: (out / "documents.parquet").exists()):
        proc = _build_process(many, out, "--resume")
        _wait_for(when, proc)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
            try:  # a killed build never reads as a finished dataset, unless it had just finished
                govnews.load(out)
            except GovnewsError:
                continue
            _assert_same(_tables(reference), _tables(out))
    assert kills >= 2
    finish = _build_process(many, out, "--resume")
    assert finish.wait(timeout=300) == 0, finish.stderr.read().decode()
    _assert_same(_tables(reference), _tables(out))


@pytest.fixture(scope="module")
def archive(many, tmp_path_factory):
    """The forty releases as one JSON Lines file, as an agency's archive comes."""
    path = tmp_path_factory.mktemp("archive") / "archive.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for f in sorted(many.rglob("*.txt")):
            if f.name != "broken.txt":
                out.write(json.dumps({"id": f.stem, "text": f.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def archive_whole(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("whole") / "out"
    manifest = pipeline.build([archive], out, options=pipeline.BuildOptions(subwords=False, index=False))
    assert len(manifest["partitions"]) == 1
    return _tables(out)


def test_a_large_jsonl_file_is_split_into_partitions_that_give_the_same_rows(archive, archive_whole, tmp_path):
    manifest = pipeline.build([archive], tmp_path / "out", options=SMALL, workers=2)
    assert len(manifest["partitions"]) > 4
    _assert_same(archive_whole, _tables(tmp_path / "out"))


def test_a_partition_writes_its_rows_as_it_goes(archive, archive_whole, tmp_path, monkeypatch):
    monkeypatch.setattr(parts._PartitionRows, "FLUSH_ROWS", 2)
    monkeypatch.setattr(parts._PartitionRows, "WRITE_ROWS", 5)
    pipeline.build([archive], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    [part] = (tmp_path / "out" / pipeline.PARTS).iterdir()
    assert pq.ParquetFile(part / "documents.parquet").metadata.num_row_groups == 7  # 40 documents, 6 at a time
    _assert_same(archive_whole, _tables(tmp_path / "out"))
