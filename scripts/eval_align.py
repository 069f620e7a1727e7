"""Evaluate the sentence aligner on TICO-19 documents made harder by merges and deletions.

Reads DATA/tico19/docs.jsonl (31 English/Arabic documents with sentence-aligned `en_sents`
and `ar_sents`; `--data` defaults to ../shared/data relative to the repository). For each
document, seeded at random, about 15% of adjacent sentence pairs are merged on one side
(giving 2-1 and 1-2 gold units) and about 5% of sentences are deleted on one side (giving 1-0
and 0-1 gold units). The aligner runs with the seed lexicon, and with a lexicon learned (IBM
Model 1) on the other half of the documents (two folds), beside a plain Gale-Church aligner.

Scores are strict and lax precision, recall and F1 as vecalign's `score.py` defines them
(Thompson & Koehn 2019, after Langlais et al. 1998): strict counts exactly matching units,
lax a unit that overlaps a gold unit on both sides; precision counts every proposed unit,
recall leaves 1-0/0-1 units out on both sides.

    .venv/bin/python scripts/eval_align.py [--data ../shared/data] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govnews.align import AR_PER_EN_CHARS, align  # noqa: E402
from govnews.lexicon import Lexicon  # noqa: E402

Unit = tuple[tuple[int, ...], tuple[int, ...]]


def perturb(ar: list[str], en: list[str], rng: random.Random, merge: float, delete: float):
    """Merge and delete sentences; return the new sides and the gold units over their indexes."""
    new_ar: list[str] = []
    new_en: list[str] = []
    gold: list[Unit] = []
    k = 0
    while k < len(ar):
        r = rng.random()
        if r < delete:
            if rng.random() < 0.5:
                gold.append(((len(new_ar),), ()))
                new_ar.append(ar[k])
            else:
                gold.append(((), (len(new_en),)))
                new_en.append(en[k])
            k += 1
        elif r < delete + merge and k + 1 < len(ar):
            if rng.random() < 0.5:  # two Arabic sentences become one
                gold.append(((len(new_ar),), (len(new_en), len(new_en) + 1)))
                new_ar.append(ar[k] + " " + ar[k + 1])
                new_en.extend(en[k : k + 2])
            else:
                gold.append(((len(new_ar), len(new_ar) + 1), (len(new_en),)))
                new_ar.extend(ar[k : k + 2])
                new_en.append(en[k] + " " + en[k + 1])
            k += 2
        else:
            gold.append(((len(new_ar),), (len(new_en),)))
            new_ar.append(ar[k])
            new_en.append(en[k])
            k += 1
    return new_ar, new_en, gold


def _counts(gold: list[Unit], test: list[Unit]) -> tuple[int, int, int, int]:
    """True/false positives, strict and lax, of `test` against `gold` (vecalign's definition)."""
    gold_set = {u for u in gold if u[0] or u[1]}
    src_to_tgt: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold_set:
        for s in src:
            src_to_tgt[s].update(tgt)
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    for unit in {u for u in test if u[0] or u[1]}:
        if unit in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        fp_strict += 1
        reached = set().union(*(src_to_tgt[s] for s in unit[0])) if unit[0] else set()
        if reached & set(unit[1]):
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


def score(golds: list[list[Unit]], tests: list[list[Unit]]) -> dict[str, float]:
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(golds, tests):
        p = [a + b for a, b in zip(p, _counts(gold, test))]
        r = [a + b for a, b in zip(r, _counts([u for u in test if u[0] and u[1]], [u for u in gold if u[0] and u[1]]))]

    def ratio(tp: int, fp: int) -> float:
        return tp / (tp + fp) if tp + fp else 0.0

    def f1(a: float, b: float) -> float:
        return 2 * a * b / (a + b) if a + b else 0.0

    ps, pl, rs, rl = ratio(p[0], p[1]), ratio(p[2], p[3]), ratio(r[0], r[1]), ratio(r[2], r[3])
    return {"P strict": ps, "R strict": rs, "F1 strict": f1(ps, rs), "P lax": pl, "R lax": rl, "F1 lax": f1(pl, rl)}


def gale_church(ar: list[str], en: list[str]) -> list[Unit]:
    """Plain Gale-Church (1993): lengths only, their priors, c = English/Arabic char ratio, s^2 = 6.8."""
    c, s2 = 1.0 / AR_PER_EN_CHARS, 6.8
    priors = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}
    n, m = len(ar), len(en)
    la, le = [len(s) for s in ar], [len(s) for s in en]
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for (di, dj), prior in priors.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == math.inf:
                    continue
                l1, l2 = sum(la[pi:i]), sum(le[pj:j])
                if l1 + l2 == 0:
                    d = 0.0
                else:
                    mean = (l1 + l2 / c) / 2
                    d = (l2 - l1 * c) / math.sqrt(max(mean, 1.0) * s2)
                total = cost[pi][pj] - math.log(prior) - math.log(max(math.erfc(abs(d) / math.sqrt(2)), 1e-12))
                if total < cost[i][j]:
                    cost[i][j], back[i][j] = total, (di, dj)
    units: list[Unit] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        units.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return units[::-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--merge", type=float, default=0.15)
    parser.add_argument("--delete", type=float, default=0.05)
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.data / "tico19" / "docs.jsonl").open(encoding="utf-8")]
    rng = random.Random(args.seed)
    cases = [perturb(d["ar_sents"], d["en_sents"], rng, args.merge, args.delete) for d in docs]
    golds = [gold for _, _, gold in cases]
    units = sum(len(g) for g in golds)
    kinds = defaultdict(int)
    for g in golds:
        for a, e in g:
            kinds[f"{len(a)}-{len(e)}"] += 1
    print(f"{len(docs)} documents, {units} gold units: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))

    seed = Lexicon.seed()
    folds = [list(range(0, len(docs), 2)), list(range(1, len(docs), 2))]
    learned: dict[int, Lexicon] = {}
    started = time.perf_counter()
    for f, fold in enumerate(folds):
        other = folds[1 - f]
        lex = seed.learn(((a, e) for k in other for a, e in zip(docs[k]["ar_sents"], docs[k]["en_sents"])), 5)
        for k in fold:
            learned[k] = lex
    learn_time = time.perf_counter() - started

    systems = {
        "Gale-Church (lengths only)": lambda k, a, e: gale_church(a, e),
        "govnews align, seed lexicon": lambda k, a, e: [(u.ar, u.en) for u in align(a, e, lexicon=seed)],
        "govnews align, learned lexicon (2 folds)": lambda k, a, e: [
            (u.ar, u.en) for u in align(a, e, lexicon=learned[k])
        ],
    }
    print(f"lexicon learned on the other fold in {learn_time:.1f} s (both folds)")
    print(f"{'system':44} {'P strict':>8} {'R strict':>8} {'F1 strict':>9} {'P lax':>6} {'R lax':>6} {'F1 lax':>6} {'s':>6}")
    for name, system in systems.items():
        started = time.perf_counter()
        tests = [system(k, a, e) for k, (a, e, _) in enumerate(cases)]
        took = time.perf_counter() - started
        s = score(golds, tests)
        print(
            f"{name:44} {s['P strict']:8.3f} {s['R strict']:8.3f} {s['F1 strict']:9.3f} "
            f"{s['P lax']:6.3f} {s['R lax']:6.3f} {s['F1 lax']:6.3f} {took:6.1f}"
        )


if __name__ == "__main__":
    main()
