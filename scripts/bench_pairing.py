"""Benchmark pairing at scale: 10,000 Arabic and 10,000 English articles.

Reads DATA/tico19/docs.jsonl and DATA/saudinewsnet/*.json.gz (`--data` defaults to
../shared/data relative to the repository). The articles are made so:

- true pairs: each TICO-19 document cut into consecutive windows of 5 to 12 sentences; a
  window's Arabic and English sentences make an Arabic article and its translation;
- Arabic articles with no translation: SaudiNewsNet articles, up to 10,000 Arabic in all;
- English articles with no translation: 5 to 12 TICO-19 English sentences drawn at random
  from the whole corpus, up to 10,000 English in all. They share sentences, numbers and names
  with the true pairs, so they are hard negatives.

Signatures are built from the text and the seed lexicon, without entity extraction, and
timed apart from pairing (`pairing.pair`: blocking, scoring, assignment), which is the
figure the benchmark is about. Precision and recall of the true pairs are printed too.

    .venv/bin/python scripts/bench_pairing.py [--data ../shared/data] [--n 10000] [--seed 3]
"""

from __future__ import annotations

import argparse
import random
import time
from itertools import islice
from pathlib import Path

from _pairdata import DEFAULT_DATA, join_paragraphs, make_document, saudinewsnet, snn_date, tico19

from govnews.lexicon import Lexicon
from govnews.pairing import pair, signature


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=10_000, help="articles per language")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    started = time.perf_counter()
    docs = tico19(args.data)
    items = []  # (lang, text, published, url, true key)
    pool: list[str] = []
    for d in docs:
        pool.extend(d["en_sents"])
        k = 0
        while k < len(d["en_sents"]):
            size = rng.randint(5, 12)
            key = f"w{len(items)}"
            items.append(("ar", join_paragraphs(d["ar_sents"][k : k + size]), None, None, key))
            items.append(("en", join_paragraphs(d["en_sents"][k : k + size]), None, None, key))
            k += size
    true_pairs = len(items) // 2
    for article in islice(saudinewsnet(args.data), args.n - true_pairs):
        items.append(("ar", article["content"], snn_date(article), article.get("url"), None))
    for _ in range(args.n - true_pairs):
        items.append(("en", join_paragraphs(rng.sample(pool, rng.randint(5, 12))), None, None, None))
    rng.shuffle(items)
    documents, truth_of = [], {}
    for n, (lang, text, published, url, truth) in enumerate(items):
        doc_id = f"doc{n:06d}"
        truth_of[doc_id] = truth
        documents.append(make_document(doc_id, lang, text, published=published, url=url))
    make_time = time.perf_counter() - started
    n_ar = sum(1 for d in documents if d.lang == "ar")

    lexicon = Lexicon.seed()
    started = time.perf_counter()
    signatures = [signature(d, [], lexicon=lexicon) for d in documents]
    sig_time = time.perf_counter() - started
    started = time.perf_counter()
    pairs = pair(signatures, lexicon=lexicon)
    pair_time = time.perf_counter() - started

    correct = sum(1 for p in pairs if truth_of[p.ar_doc_id] is not None and truth_of[p.ar_doc_id] == truth_of[p.en_doc_id])
    precision = correct / len(pairs) if pairs else 0.0
    recall = correct / true_pairs
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{n_ar} Arabic + {len(documents) - n_ar} English articles ({true_pairs} true pairs), made in {make_time:.1f} s")
    print(f"{'stage':28} {'seconds':>8} {'docs/s':>8}")
    print(f"{'signatures (text + lexicon)':28} {sig_time:8.1f} {len(documents) / sig_time:8.0f}")
    print(f"{'pairing (block, score, assign)':28} {pair_time:8.1f} {len(documents) / pair_time:8.0f}")
    print(f"pairs {len(pairs)}, correct {correct}, precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")


if __name__ == "__main__":
    main()
