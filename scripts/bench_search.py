"""Benchmark search on SaudiNewsNet: index time and size, query latency, recall@10 of title queries.

Reads /work/shared/data/saudinewsnet/*.json.gz (31,030 Arabic articles; `--data` points elsewhere)
directly into a `documents` table (title, text, publication date from `date_extracted`; no
extraction), indexes it with `govnews.search.build_index`, then runs 200 queries made from article
titles with the spellings users type: hamza stripped, ة/ه and ى/ي swapped, a proclitic added to a
word. A query is recalled when its own article is among the first 10 hits.

    .venv/bin/python scripts/bench_search.py [--data ../shared/data] [--queries 200] [--work build/bench_search]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
PROCLITICS = ("و", "ب", "وال", "بال", "لل", "ف")


def documents_table(data: Path):
    import pyarrow as pa

    from govnews import schemas

    rows = []
    for path in sorted((data / "saudinewsnet").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for i, article in enumerate(json.load(handle)):
                stamp = (article.get("date_extracted") or "")[:10]
                rows.append(
                    {
                        "doc_id": f"{path.name.split('.')[0]}/{i}",
                        "lang": "ar",
                        "title": (article.get("title") or "").strip() or None,
                        "source": article.get("source"),
                        "published": dt.date.fromisoformat(stamp) if stamp else None,
                        "url": article.get("url"),
                        "text": (article.get("content") or "").strip(),
                    }
                )
    return pa.Table.from_pylist(rows, schema=schemas.DOCUMENTS)


def variant(title: str, rng: random.Random) -> str:
    """Respell a title the way a user types it."""
    text = title.translate(HAMZA)
    text = text.replace("ة", "ه") if rng.random() < 0.5 else text
    text = text.replace("ى", "ي")
    words = text.split()
    candidates = [i for i, w in enumerate(words) if re.fullmatch(r"[\u0621-\u064A]{3,}", w) and not w.startswith(("ال", "و"))]
    if candidates:
        i = rng.choice(candidates)
        words[i] = rng.choice(PROCLITICS) + words[i]
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench_search")
    args = parser.parse_args()

    import pyarrow.parquet as pq

    from govnews import search

    args.work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    table = documents_table(args.data)
    pq.write_table(table, args.work / "documents.parquet")
    read_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    folder = search.build_index(args.work)
    index_s = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in folder.iterdir())

    t0 = time.perf_counter()
    search.open_index(args.work)
    load_s = time.perf_counter() - t0

    rng = random.Random(20150721)
    titled = [(row, t) for row, t in enumerate(table.column("title").to_pylist()) if t and len(t.split()) >= 3]
    sample = rng.sample(titled, args.queries)
    doc_ids = table.column("doc_id").to_pylist()
    latencies, recalled, first = [], 0, 0
    for row, title in sample:
        query = variant(title, rng)
        t0 = time.perf_counter()
        hits = search.search(args.work, query, limit=10)
        latencies.append((time.perf_counter() - t0) * 1000)
        ids = [h.doc_id for h in hits]
        recalled += doc_ids[row] in ids
        first += bool(ids) and ids[0] == doc_ids[row]
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    figures = [
        ("documents", f"{table.num_rows:,}"),
        ("read JSON (s)", f"{read_s:.1f}"),
        ("build index (s)", f"{index_s:.1f}"),
        ("index size (MB)", f"{size / 1e6:.1f}"),
        ("load index (s)", f"{load_s:.2f}"),
        ("queries", f"{len(sample)}"),
        ("latency median (ms)", f"{statistics.median(latencies):.1f}"),
        ("latency p95 (ms)", f"{p95:.1f}"),
        ("recall@10", f"{recalled / len(sample):.3f}"),
        ("own article first", f"{first / len(sample):.3f}"),
    ]
    width = max(len(k) for k, _ in figures)
    for key, value in figures:
        print(f"{key:<{width}}  {value:>10}")


if __name__ == "__main__":
    main()
