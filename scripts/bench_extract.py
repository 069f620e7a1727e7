"""Measure names+values extraction speed on SaudiNewsNet articles (Arabic).

Reads `DATA/saudinewsnet/*.json.gz` (JSON arrays with `content`; `--data` defaults to ../shared/data
relative to the repository), runs over `--warmup` articles first (the classifier caches the scores of
the word forms it has seen, as it does over a long build), then times the next `--articles` articles
in one process. Times are CPU times of the process (`time.process_time`), so that other work on the
machine weighs less on them.

    .venv/bin/python scripts/bench_extract.py --articles 2000
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def articles(data: Path, limit: int) -> list[str]:
    out: list[str] = []
    for path in sorted((data / "saudinewsnet").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            out += [a["content"] for a in json.load(f) if a.get("content")]
        if len(out) >= limit:
            break
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=2000)
    ap.add_argument("--backend", default="rules", choices=["rules", "none"])
    args = ap.parse_args()

    from govnews.extract import analyze, analyze_many
    from govnews.pipeline import ARTICLES_TOGETHER
    from govnews.extract.names import find_names
    from govnews.extract.values import find_values

    texts = articles(args.data, args.warmup + args.articles)
    for t in texts[: args.warmup]:
        analyze(t, lang="ar")
    texts = texts[args.warmup :]
    words = sum(len(t.split()) for t in texts)
    rows = []
    backend = None if args.backend == "none" else args.backend
    for label, fn in (
        ("names", lambda t: find_names(t, lang="ar", backend=backend)),
        ("values", lambda t: find_values(t, lang="ar")),
        ("analyze (names+values+events)", lambda t: analyze(t, lang="ar")),
    ):
        counts: Counter = Counter()
        t0 = time.process_time()
        for t in texts:
            for e in fn(t) if label != "analyze (names+values+events)" else fn(t).entities:
                counts[e.type] += 1
        dt = time.process_time() - t0
        rows.append((label, len(texts) / dt, dt, counts))
    t0 = time.process_time()
    groups = [[(t, "ar", None) for t in texts[i : i + ARTICLES_TOGETHER]] for i in range(0, len(texts), ARTICLES_TOGETHER)]
    counts = Counter(e.type for group in groups for x in analyze_many(group) for e in x.entities)
    dt = time.process_time() - t0
    rows.append((f"analyze_many, {ARTICLES_TOGETHER} at a time", len(texts) / dt, dt, counts))
    print(f"{len(texts)} articles after {args.warmup} of warm-up, {words / len(texts):.0f} words/article on average")
    print(f"{'step':<32}{'articles/s':>12}{'seconds':>10}  entities")
    for label, rate, dt, counts in rows:
        print(f"{label:<32}{rate:12.0f}{dt:10.2f}  {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
