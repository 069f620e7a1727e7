"""Evaluate pairing: find the 31 TICO-19 translations among Arabic articles that have none.

Reads DATA/tico19/docs.jsonl (31 documents with English and Arabic sentences) and
DATA/saudinewsnet/*.json.gz (`--data` defaults to ../shared/data relative to the repository).
Each TICO-19 document becomes an Arabic and an English article (four sentences a paragraph),
300 SaudiNewsNet articles join the side of their language (`govnews.langid`; a few are
English) with no translation, every article gets an opaque shuffled id, and `pairing.pair`
must recover the 31 true pairs. Signatures use the entities of `govnews.extract` when it is
installed (the output says which).

With `--unpaired` the Arabic sides of the TICO-19 documents are left out and each English
article gets the publication date of a SaudiNewsNet article drawn at random, so no English
article has a translation and every proposed pair is false: the figure is how many pairs are
proposed, with their scores and evidence.

    .venv/bin/python scripts/eval_pairing.py [--data ../shared/data] [--distractors 300] [--seed 7] [--no-entities] [--unpaired]
"""

from __future__ import annotations

import argparse
import random
import time
from itertools import islice
from pathlib import Path

from _pairdata import DEFAULT_DATA, entity_extractor, join_paragraphs, make_document, saudinewsnet, snn_date, tico19

from govnews.langid import detect
from govnews.lexicon import Lexicon
from govnews.pairing import pair, signature


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--distractors", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--no-entities", action="store_true", help="signatures from the text and lexicon only")
    parser.add_argument("--unpaired", action="store_true", help="leave out the Arabic sides: every pair proposed is false")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    docs = tico19(args.data)
    distractors = [
        (detect(article["content"])[0], article["content"], snn_date(article), article.get("url"), None)
        for article in islice(saudinewsnet(args.data), args.distractors)
    ]
    dates = [published for _, _, published, _, _ in distractors if published]
    items = []  # (lang, text, published, url, true key)
    for k, d in enumerate(docs):
        if args.unpaired:
            items.append(("en", join_paragraphs(d["en_sents"]), rng.choice(dates) if dates else None, None, None))
            continue
        items.append(("ar", join_paragraphs(d["ar_sents"]), None, None, f"t{k}"))
        items.append(("en", join_paragraphs(d["en_sents"]), None, None, f"t{k}"))
    items.extend(item for item in distractors if item[0] in ("ar", "en"))
    rng.shuffle(items)
    truth_of: dict[str, str | None] = {}
    documents = []
    for n, (lang, text, published, url, truth) in enumerate(items):
        doc_id = f"doc{n:05d}"
        truth_of[doc_id] = truth
        documents.append(make_document(doc_id, lang, text, published=published, url=url))

    lexicon = Lexicon.seed()
    extractor = None if args.no_entities else entity_extractor()
    started = time.perf_counter()
    signatures = [signature(d, extractor(d) if extractor else [], lexicon=lexicon) for d in documents]
    sig_time = time.perf_counter() - started
    started = time.perf_counter()
    pairs = pair(signatures, lexicon=lexicon, threshold=args.threshold)
    pair_time = time.perf_counter() - started

    gold = 0 if args.unpaired else len(docs)
    correct = sum(1 for p in pairs if truth_of[p.ar_doc_id] is not None and truth_of[p.ar_doc_id] == truth_of[p.en_doc_id])
    precision = correct / len(pairs) if pairs else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n_ar = sum(1 for d in documents if d.lang == "ar")
    print(f"{n_ar} Arabic and {len(documents) - n_ar} English articles, {gold} true pairs; "
          f"entities: {'govnews.extract' if extractor else 'none (text only)'}")
    print(f"signatures {sig_time:.1f} s, pairing {pair_time:.2f} s")
    print(f"{'pairs':>6} {'correct':>7} {'precision':>9} {'recall':>6} {'F1':>6}")
    print(f"{len(pairs):6d} {correct:7d} {precision:9.3f} {recall:6.3f} {f1:6.3f}")
    wrong = [p for p in pairs if truth_of[p.ar_doc_id] is None or truth_of[p.ar_doc_id] != truth_of[p.en_doc_id]]
    print(f"false pairs: {len(wrong)}")
    for p in wrong[:10]:
        shared = {k: p.evidence.get(k) for k in ("numbers", "dates", "names", "terms", "url") if p.evidence.get(k)}
        print(f"  {p.score:.3f} {p.ar_doc_id} ({truth_of[p.ar_doc_id]}) {p.en_doc_id} ({truth_of[p.en_doc_id]}) "
              f"{p.evidence.get('decision')}, {p.evidence.get('published_days', '-')} days apart: {shared}")
    scores = sorted(p.score for p in pairs)
    if scores:
        print(f"scores of proposed pairs: min {scores[0]:.3f}, median {scores[len(scores) // 2]:.3f}")


if __name__ == "__main__":
    main()
