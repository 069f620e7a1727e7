"""Benchmark `govnews build` on SaudiNewsNet: documents/s, scaling with workers, peak memory.

Reads ../shared/data/saudinewsnet (31,030 real Saudi news articles, CC BY-NC-SA; used for
speed only, never shipped). Each run is a separate `govnews build` process; its peak memory is
the largest total resident memory of the process and all its children, sampled every 0.1 s.

    python scripts/bench_build.py                    # 31k articles with 1 and 2 workers
    python scripts/bench_build.py --repeat 10 --workers 2   # the 310k-article run
    python scripts/bench_build.py --extract-only     # names + values extraction alone, articles/s
    python scripts/bench_build.py --no-index         # the pipeline without search index and subword model
    python scripts/bench_build.py --one-file --no-index   # every article in one JSONL file
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def make_input(data: Path, repeat: int, folder: Path, one_file: bool = False) -> tuple[Path, int]:
    """SaudiNewsNet as is (repeat 1), or repeated under new ids as JSONL.gz files, or as one plain
    JSONL file (`one_file`)."""
    source = data / "saudinewsnet"
    if repeat == 1 and not one_file:
        count = sum(len(json.load(gzip.open(f, "rt", encoding="utf-8"))) for f in sorted(source.glob("*.json.gz")))
        return source, count
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for copy in range(repeat):
        for f in sorted(source.glob("*.json.gz")):
            if one_file:
                out = open(folder / "archive.jsonl", "a", encoding="utf-8")
            else:
                out = gzip.open(folder / f"{copy:02d}-{f.name.replace('.json.gz', '.jsonl.gz')}", "wt", encoding="utf-8")
            with out:
                for article in json.load(gzip.open(f, "rt", encoding="utf-8")):
                    record = {"id": f"{copy}:{article['url']}", "text": article["content"], "title": article["title"],
                              "url": article["url"], "source": article["source"], "date": article["date_extracted"]}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    return (folder / "archive.jsonl" if one_file else folder), count


def run_build(inputs: Path, out: Path, workers: int, as_records: bool, extra: list[str]) -> tuple[float, float]:
    """Run one build; return (seconds, peak MB of the process tree)."""
    args = [sys.executable, "-m", "govnews", "build", str(inputs), "-o", str(out), "--overwrite", "--quiet",
            "--workers", str(workers), *extra]
    if not as_records:  # SaudiNewsNet's own files
        args += ["--text-field", "content", "--id-field", "url"]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            total = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            peak = max(peak, total)
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"build failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    print(stdout.strip(), file=sys.stderr)
    return seconds, peak / 2**20


def bench_extract(data: Path, limit: int) -> None:
    """Names and values extraction alone, in this process, on real articles, in the groups a build
    extracts together."""
    from govnews.extract import analyze, analyze_many
    from govnews.pipeline import ARTICLES_TOGETHER

    texts = []
    for f in sorted((data / "saudinewsnet").glob("*.json.gz")):
        texts.extend(a["content"] for a in json.load(gzip.open(f, "rt", encoding="utf-8")))
        if len(texts) >= limit:
            break
    texts = texts[:limit]
    analyze(texts[0], lang="ar")  # load gazetteers and models once
    started = time.perf_counter()
    groups = [[(t, "ar", None) for t in texts[i : i + ARTICLES_TOGETHER]] for i in range(0, len(texts), ARTICLES_TOGETHER)]
    found = sum(len(x.entities) for group in groups for x in analyze_many(group))
    seconds = time.perf_counter() - started
    print(f"| articles | entities | seconds | articles/s (1 core) |\n|---:|---:|---:|---:|")
    print(f"| {len(texts)} | {found} | {seconds:.2f} | {len(texts) / seconds:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus under new ids")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run")
    parser.add_argument("--extract-only", action="store_true", help="time extraction alone")
    parser.add_argument("--limit", type=int, default=5000, help="articles for --extract-only")
    parser.add_argument("--no-index", action="store_true", help="build without the search index and subword model")
    parser.add_argument("--one-file", action="store_true", help="all articles in one plain JSONL file")
    args = parser.parse_args()
    extra = ["--no-index", "--no-subwords"] if args.no_index else []
    if args.extract_only:
        bench_extract(args.data, args.limit)
        return
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as tmp:
        inputs, count = make_input(args.data, args.repeat, Path(tmp) / "input", args.one_file)
        rows = []
        for workers in args.workers:
            seconds, peak = run_build(inputs, Path(tmp) / f"out{workers}", workers, args.repeat > 1 or args.one_file, extra)
            rows.append((workers, seconds, count / seconds, peak))
    base = rows[0][2]
    print(f"| articles | workers | seconds | documents/s | vs {rows[0][0]} worker(s) | peak memory MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for workers, seconds, rate, peak in rows:
        print(f"| {count} | {workers} | {seconds:.1f} | {rate:.0f} | {rate / base:.2f}x | {peak:.0f} |")


if __name__ == "__main__":
    main()
