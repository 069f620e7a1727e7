"""Benchmark value extraction against dateparser on real Arabic news.

Reads SaudiNewsNet (`<data>/saudinewsnet/*.json.gz`, JSON arrays of articles with `content`;
the data lives in /work/shared/data, outside the repository, so the default of `--data` is
../shared/data relative to the repository). Runs `govnews.extract.values.find_values` and
dateparser's `search_dates(text, languages=["ar"])` on the same Arabic paragraphs in one run
and prints paragraphs/s for both, the ratio, and how many dates each found; then the
whole-article throughput of `find_values` (all value types) on `--articles` articles.
Rates are per CPU second of this process (one core), so that other work on the machine
does not change them.

    .venv/bin/python scripts/bench_values.py --paragraphs 2000 --articles 5000
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def articles(data: Path, limit: int) -> list[str]:
    """The first `limit` article texts of SaudiNewsNet, in file order."""
    files = sorted((data / "saudinewsnet").glob("*.json.gz"))
    if not files:
        raise SystemExit(f"no SaudiNewsNet files under {data / 'saudinewsnet'}; pass --data")
    out: list[str] = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            out.extend(a["content"] for a in json.load(handle) if a.get("content"))
        if len(out) >= limit:
            break
    return out[:limit]


def paragraphs(texts: list[str], limit: int) -> list[str]:
    """Paragraphs of at least 80 characters, the first `limit` of them."""
    out = [p.strip() for text in texts for p in text.split("\n") if len(p.strip()) >= 80]
    return out[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--paragraphs", type=int, default=2000, help="paragraphs for the dateparser comparison")
    parser.add_argument("--articles", type=int, default=5000, help="articles for the whole-article throughput")
    args = parser.parse_args()

    from govnews.extract.values import find_values

    texts = articles(args.data, max(args.articles, 1000))
    sample = paragraphs(texts, args.paragraphs)
    find_values("تجربة في 5 مايو 2014", lang="ar")  # compile the patterns outside the timing

    start = time.process_time()
    ours = sum(sum(e.type == "DATE" for e in find_values(p, lang="ar")) for p in sample)
    ours_time = time.process_time() - start

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    search_dates("في 5 مايو 2014", languages=["ar"])
    start = time.process_time()
    theirs = sum(len(search_dates(p, languages=["ar"]) or []) for p in sample)
    theirs_time = time.process_time() - start

    rows = [
        ("govnews find_values", len(sample) / ours_time, ours),
        ("dateparser search_dates", len(sample) / theirs_time, theirs),
    ]
    print(f"{len(sample)} Arabic paragraphs from SaudiNewsNet")
    print(f"{'extractor':26} {'paragraphs/s':>13} {'dates found':>12}")
    for name, speed, count in rows:
        print(f"{name:26} {speed:13.1f} {count:12d}")
    print(f"ratio (govnews / dateparser): {rows[0][1] / rows[1][1]:.1f}x")

    texts = texts[: args.articles]
    start = time.process_time()
    found = sum(len(find_values(t, lang="ar")) for t in texts)
    elapsed = time.process_time() - start
    chars = sum(map(len, texts)) / len(texts)
    print(f"\nwhole articles: {len(texts)} (mean {chars:.0f} characters), {found} values, "
          f"{len(texts) / elapsed:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
