"""Evaluate article classification on SaudiNewsNet: macro F1 by 5-fold cross-validation, time to train.

Reads /work/shared/data/saudinewsnet/*.json.gz (31,030 Arabic articles; `--data` points elsewhere)
directly into a `documents` table (no extraction), labels each article with its `source` newspaper
(14 classes), and runs `govnews.classify.train` on it. The sentencepiece model is trained on the
articles first, as `govnews build` does.

    .venv/bin/python scripts/eval_classify.py [--data ../shared/data] [--folds 5] [--limit N] [--work build/eval_classify]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles only")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "eval_classify")
    args = parser.parse_args()

    import pyarrow.parquet as pq
    from bench_search import documents_table

    from govnews import classify, subwords

    args.work.mkdir(parents=True, exist_ok=True)
    table = documents_table(args.data)
    if args.limit:
        table = table.slice(0, args.limit)
    pq.write_table(table, args.work / "documents.parquet")
    labels = dict(zip(table.column("doc_id").to_pylist(), table.column("source").to_pylist()))

    t0 = time.perf_counter()
    subwords.train_subwords((t for t in table.column("text").to_pylist() if t), args.work)
    subwords_s = time.perf_counter() - t0

    model = classify.train(args.work, labels, folds=args.folds, progress=print)
    t0 = time.perf_counter()
    classify.save(model, args.work / "sources.joblib")
    save_s = time.perf_counter() - t0
    sample = [t for t in table.column("text").to_pylist()[:1000]]
    t0 = time.perf_counter()
    classify.predict(model, sample)
    predict_s = time.perf_counter() - t0

    figures = [
        ("documents", f"{model.documents:,}"),
        ("classes", f"{len(model.labels)}"),
        ("train subwords (s)", f"{subwords_s:.1f}"),
        ("train + cross-validate (s)", f"{model.train_seconds:.1f}"),
        ("save model (s)", f"{save_s:.1f}"),
        ("predict 1000 articles (s)", f"{predict_s:.2f}"),
        ("macro F1 by fold", " ".join(f"{f:.3f}" for f in model.fold_f1)),
        ("macro F1 mean", f"{model.mean_f1:.3f}" if model.fold_f1 else "-"),
    ]
    width = max(len(k) for k, _ in figures)
    for key, value in figures:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
