"""Score the Arabic name classifier on a BIO file: exact entity-level precision, recall and F1.

    .venv/bin/python scripts/eval_ner.py build/ner/heldout.bio [--model PATH]
    .venv/bin/python scripts/eval_ner.py build/ner/heldout.bio --system names

`--system model` (the default) scores the classifier alone; `--system names` scores what
`govnews.extract.names.find_names` gives (rules, gazetteers and the classifier) on the sentences of a
block joined as the lines of one text, its mentions widened to whole tokens (ANERcorp tags a clitic
with its word). `--model` replaces the shipped classifier in both.

`build/ner/heldout.bio` is the last tenth of ANERcorp, written by `scripts/train_ner.py`
(which reads ../shared/data). Prints one row per type (PERS, LOC, ORG, MISC) and the micro
average over PERS, LOC and ORG. Both systems read `--block` consecutive sentences (11 by default)
together as one article, since what it says of a word elsewhere in the article counts
(`ner.doc_evidence`); `--block 1` tags each sentence alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import read_bio  # noqa: E402


def names_spans(sents: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    """(start, end, type) token spans of the names `find_names` finds in each sentence of an article.

    The sentences are joined as the lines of one text, as an article reaches `find_names`.
    """
    import bisect

    from govnews.extract.names import find_names

    starts, sent_of, first, pos = [], [], [], 0  # first: the index of each sentence's first token
    for n, tokens in enumerate(sents):
        first.append(len(starts))
        for t in tokens:
            starts.append(pos)
            sent_of.append(n)
            pos += len(t) + 1
    types = {"PERSON": "PERS", "LOC": "LOC", "ORG": "ORG"}
    out: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    text = "\n".join(" ".join(tokens) for tokens in sents)
    for e in find_names(text, lang="ar"):
        i = bisect.bisect_right(starts, e.start) - 1
        j = bisect.bisect_right(starts, e.end - 1)
        n = sent_of[i]
        out[n].append((i - first[n], j - first[n], types[e.type]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--system", choices=["model", "names"], default="model")
    ap.add_argument("--block", type=int, default=11, help="consecutive sentences the classifier tags together, as one article")
    args = ap.parse_args()

    from govnews.extract import ner
    from govnews.extract.ner import mentions

    model = ner.load(str(args.model)) if args.model else ner.shipped()
    if args.model:
        # what `find_names` reads the classifier from: its candidates (`mentions`) and its corpus codes
        ner.shipped = mentions.shipped = lambda: model
    sents = read_bio(args.file)
    t0 = time.time()
    table = score(model, sents, system=args.system, block=args.block)
    dt = time.time() - t0
    print_table(table)
    ntok = sum(len(s) for s in sents)
    print(f"{len(sents)} sentences, {ntok} tokens, {ntok / dt:,.0f} tokens/s")


TYPES = ("PERS", "LOC", "ORG", "MISC")
CORE = ("PERS", "LOC", "ORG")


def score(model, sents, *, system: str = "model", block: int = 1) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) of each type over BIO sentences, exact match.

    The classifier tags `block` consecutive sentences at a time, as one document.
    """
    from govnews.extract import ner
    from govnews.extract.gazetteer import fold_key

    counts = {t: [0, 0, 0] for t in TYPES}
    found = []
    for a in range(0, len(sents), block):
        part = sents[a : a + block]
        if system == "names":
            found += names_spans([[w for w, _ in s] for s in part])
            continue
        words = [fold_key(w) or w for s in part for w, _ in s]
        sent = [k for k, s in enumerate(part) for _ in s]
        tags = model.predict(words, sent)
        for s in part:
            found.append(ner.spans(tags[: len(s)]))
            tags = tags[len(s) :]
    for n, s in enumerate(sents):
        gold = set(ner.spans([t for _, t in s]))
        pred = set(found[n])
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
    return {t: tuple(c) for t, c in counts.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def micro(table: dict[str, tuple[int, int, int]]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 over PERS, LOC and ORG."""
    return prf(*(sum(table[t][k] for t in CORE) for k in range(3)))


def print_table(table: dict[str, tuple[int, int, int]]) -> None:
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for t in TYPES:
        p, r, f = prf(*table[t])
        print(f"{t:<14}{p:7.3f}{r:7.3f}{f:7.3f}{table[t][0] + table[t][2]:7d}")
    p, r, f = micro(table)
    print(f"{'micro P/L/O':<14}{p:7.3f}{r:7.3f}{f:7.3f}{sum(table[t][0] + table[t][2] for t in CORE):7d}")


if __name__ == "__main__":
    main()
