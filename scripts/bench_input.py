"""Benchmark the input stages on SaudiNewsNet: ingest, language detection, cleaning, segmentation.

Reads DATA/saudinewsnet/*.json.gz (31,030 real Saudi news articles; used for speed only, never
shipped) with `--text-field content --id-field url`, then runs `langid.detect`, `clean.clean` and
`segment.paragraphs`/`segment.sentences` on every article, one stage at a time, and prints the
time and the cost per article of each stage (CPU time of this process, one core).

    python scripts/bench_input.py                 # ../shared/data relative to the repository
    python scripts/bench_input.py --data DIR --repeat 3
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from govnews.clean import clean
from govnews.ingest import iter_articles
from govnews.langid import detect
from govnews.records import ErrorRow, RawArticle
from govnews.segment import paragraphs, sentences

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def run(data: Path) -> tuple[dict[str, float], dict[str, int]]:
    """Time each input stage over the corpus once; return seconds per stage and counts."""
    seconds: dict[str, float] = {}
    start = time.process_time()
    items = list(iter_articles([data / "saudinewsnet"], text_field="content", id_field="url"))
    seconds["ingest"] = time.process_time() - start
    articles = [item for item in items if isinstance(item, RawArticle)]
    detect("warm up")  # load langdetect's profiles outside the measurement

    start = time.process_time()
    langs = [detect(article.text)[0] for article in articles]
    seconds["langid"] = time.process_time() - start

    start = time.process_time()
    cleaned = [clean(a.text, lang=lang, title=a.title) for a, lang in zip(articles, langs)]
    seconds["clean"] = time.process_time() - start

    start = time.process_time()
    n_sentences = 0
    for c, lang in zip(cleaned, langs):
        paragraphs(c.text)
        n_sentences += len(sentences(c.text, lang=lang))
    seconds["segment"] = time.process_time() - start

    counts = collections.Counter(langs)
    return seconds, {
        "inputs": len(items),
        "articles": len(articles),
        "errors": sum(isinstance(item, ErrorRow) for item in items),
        "sentences": n_sentences,
        "ar": counts["ar"],
        "en": counts["en"],
        "with dateline": sum(c.dateline is not None for c in cleaned),
        "with boilerplate": sum(bool(c.boilerplate) for c in cleaned),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding saudinewsnet/")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best time of each stage is kept")
    args = parser.parse_args()

    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        seconds, counts = run(args.data)
        for stage, value in seconds.items():
            best[stage] = min(best.get(stage, value), value)
    inputs = counts["inputs"]
    print(f"{inputs:,} input records, {counts['articles']:,} articles, {counts['errors']:,} error rows, "
          f"{counts['sentences']:,} sentences; lang ar {counts['ar']:,}, en {counts['en']:,}; "
          f"dateline found in {counts['with dateline']:,}, boilerplate in {counts['with boilerplate']:,}")
    print()
    print("| stage | seconds | ms per input record |")
    print("|---|---:|---:|")
    for stage, value in best.items():
        print(f"| {stage} | {value:.2f} | {1000 * value / inputs:.3f} |")
    total = sum(best.values())
    print(f"| total | {total:.2f} | {1000 * total / inputs:.3f} |")


if __name__ == "__main__":
    main()
