"""Evaluate glued-word repair by deleting spaces from real news and counting what comes back.

Reads the `content` of ../shared/data/saudinewsnet/*.json.gz (real Saudi news articles,
CC BY-NC-SA; used for evaluation only, never shipped). In each of --articles articles, --per
spaces between two Arabic words are deleted at random; `govnews.glue.repair_glued` (with the
article's own words as vocabulary, as the build runs it, or with --corpus-vocabulary the words
of all the articles read) must put them back. Prints precision (inserted spaces that were
deleted ones) and recall (deleted spaces put back), overall and by the kind of join, and how
many repairs the untouched articles get.

    python scripts/eval_glue.py
    python scripts/eval_glue.py --articles 5000 --per 3 --corpus-vocabulary
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
ARABIC_PAIR = re.compile(r"(?<=[\u0621-\u064a]) (?=[\u0621-\u064a])")


def load_articles(data: Path, count: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((data / "saudinewsnet").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            texts += [a["content"] for a in json.load(f) if a.get("content")]
        if len(texts) >= count:
            break
    if not texts:
        sys.exit(f"no SaudiNewsNet articles under {data / 'saudinewsnet'}: give --data")
    return texts[:count]


def kind(left: str, right: str) -> str:
    """Name the join of two words: what a reader (or the repair) can see at the seam."""
    if left[-1] in "ةى":
        return "after ة/ى"
    if right.startswith(("ال", "وال", "بال", "فال", "كال", "لل")):
        return "before the article"
    return "other"


def glue(text: str, per: int, rng: random.Random) -> tuple[str, list[int], list[str]]:
    """Delete `per` spaces between Arabic words; return the text, the positions (in the glued text)
    where a space is missing, and the kind of each join."""
    spaces = [m.start() for m in ARABIC_PAIR.finditer(text)]
    chosen = sorted(rng.sample(spaces, min(per, len(spaces))))
    # keep joins apart, so that each deleted space glues just two words
    chosen = [p for i, p in enumerate(chosen) if i == 0 or p - chosen[i - 1] > 1]
    kinds = []
    for p in chosen:
        left = re.search(r"[\u0621-\u064a]+$", text[:p]).group()
        right = re.match(r"[\u0621-\u064a]+", text[p + 1 :]).group()
        kinds.append(kind(left, right))
    bounds = [-1, *chosen, len(text)]
    glued = "".join(text[a + 1 : b] for a, b in zip(bounds, bounds[1:]))
    missing = [p - i for i, p in enumerate(chosen)]
    return glued, missing, kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding saudinewsnet/ (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=3000, help="articles to use (default: 3000)")
    parser.add_argument("--per", type=int, default=2, help="spaces deleted per article (default: 2)")
    parser.add_argument("--corpus-vocabulary", action="store_true", help="count the words of all the articles, not each alone")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from govnews.glue import Vocabulary, repair_glued

    texts = load_articles(args.data, args.articles)
    vocabulary = Vocabulary.from_texts(texts) if args.corpus_vocabulary else None
    rng = random.Random(args.seed)
    deleted, found, inserted = Counter(), Counter(), 0
    untouched_repairs = sum(len(repair_glued(t, vocabulary=vocabulary).repairs) for t in texts)
    for text in texts:
        glued, missing, kinds = glue(text, args.per, rng)
        result = repair_glued(glued, vocabulary=vocabulary)
        points = {p for r in result.repairs for p in _points(r.start, r.text)}
        inserted += len(points)
        for p, k in zip(missing, kinds):
            deleted[k] += 1
            found[k] += p in points
    correct = sum(found.values())
    print(f"{len(texts)} articles, {sum(deleted.values())} spaces deleted, vocabulary: "
          f"{'all articles' if vocabulary else 'each article alone'} + built-in list\n")
    print(f"| {'join':20} | {'deleted':>7} | {'put back':>8} | {'recall':>6} |")
    print(f"|{'-' * 22}|{'-' * 8}:|{'-' * 9}:|{'-' * 7}:|")
    for k in sorted(deleted):
        print(f"| {k:20} | {deleted[k]:7} | {found[k]:8} | {found[k] / deleted[k]:6.1%} |")
    total = sum(deleted.values())
    print(f"| {'all':20} | {total:7} | {correct:8} | {correct / total:6.1%} |")
    print(f"\nspaces inserted: {inserted}, of which deleted ones: {correct} (precision {correct / max(inserted, 1):.1%})")
    print(f"repairs in the untouched articles: {untouched_repairs} ({untouched_repairs / len(texts):.3f} an article)")


def _points(start: int, replacement: str) -> list[int]:
    """Input positions before which `replacement` (the input span with spaces added) has a space."""
    points, removed = [], 0
    for i, ch in enumerate(replacement):
        if ch == " ":
            points.append(start + i - removed)
            removed += 1
    return points


if __name__ == "__main__":
    main()
