"""Score the Arabic name classifier on a BIO file: exact entity-level precision, recall and F1.

    .venv/bin/python scripts/eval_ner.py build/ner/heldout.bio [--model PATH]
    .venv/bin/python scripts/eval_ner.py build/ner/heldout.bio --system names

`--system model` (the default) scores the classifier alone; `--system names` scores what
`govnews.extract.names.find_names` gives (rules, gazetteers and the classifier), each sentence joined
with spaces and its mentions widened to whole tokens (ANERcorp tags a clitic with its word).

`build/ner/heldout.bio` is the last tenth of ANERcorp, written by `scripts/train_ner.py`
(which reads ../shared/data). Prints one row per type (PERS, LOC, ORG, MISC) and the micro
average over PERS, LOC and ORG.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import read_bio  # noqa: E402


def names_spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of the names `find_names` finds in a sentence."""
    import bisect

    from govnews.extract.names import find_names

    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    types = {"PERSON": "PERS", "LOC": "LOC", "ORG": "ORG"}
    out = []
    for e in find_names(" ".join(tokens), lang="ar"):
        i = bisect.bisect_right(starts, e.start) - 1
        j = bisect.bisect_right(starts, e.end - 1)
        out.append((i, j, types[e.type]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--system", choices=["model", "names"], default="model")
    args = ap.parse_args()

    from govnews.extract import ner
    from govnews.extract.gazetteer import fold_key

    model = ner.load(str(args.model)) if args.model else ner.shipped()
    sents = read_bio(args.file)
    types = ("PERS", "LOC", "ORG", "MISC")
    tp = dict.fromkeys(types, 0)
    fp = dict.fromkeys(types, 0)
    fn = dict.fromkeys(types, 0)
    t0 = time.time()
    ntok = 0
    for s in sents:
        words = [fold_key(w) or w for w, _ in s]
        ntok += len(words)
        gold = set(ner.spans([t for _, t in s]))
        if args.system == "names":
            pred = set(names_spans([w for w, _ in s]))
        else:
            pred = set(ner.spans(model.predict(words)))
        for t in types:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            tp[t] += len(g & p)
            fp[t] += len(p - g)
            fn[t] += len(g - p)
    dt = time.time() - t0

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for t in types:
        p, r, f = prf(tp[t], fp[t], fn[t])
        print(f"{t:<14}{p:7.3f}{r:7.3f}{f:7.3f}{tp[t] + fn[t]:7d}")
    core = ("PERS", "LOC", "ORG")
    p, r, f = prf(sum(tp[t] for t in core), sum(fp[t] for t in core), sum(fn[t] for t in core))
    print(f"{'micro P/L/O':<14}{p:7.3f}{r:7.3f}{f:7.3f}{sum(tp[t] + fn[t] for t in core):7d}")
    print(f"{len(sents)} sentences, {ntok} tokens, {ntok / dt:,.0f} tokens/s")


if __name__ == "__main__":
    main()
