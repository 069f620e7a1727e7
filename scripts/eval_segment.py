"""Evaluate sentence splitting against the sentence units of TICO-19 (English and Arabic).

Reads DATA/tico19/docs.jsonl (30 documents, each a list of aligned English and Arabic
translation units). The units of a document are joined with a space into one paragraph,
`segment.sentences` splits it again, and the boundaries found are compared with the unit
boundaries: precision, recall and F1 of the boundaries, and the share of units recovered
exactly. A translation unit sometimes holds two sentences, so precision is a lower bound.

    python scripts/eval_segment.py                 # ../shared/data relative to the repository
    python scripts/eval_segment.py --data DIR --show 10
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from govnews.segment import sentences

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def evaluate(docs: list[dict], lang: str, show: int) -> dict[str, float]:
    """Score the split of one side of every document; print up to `show` wrong boundaries."""
    found_total = gold_total = hits = exact = units = 0
    shown = 0
    for doc in docs:
        units_text = [u.strip() for u in doc[f"{lang}_sents"] if u.strip()]
        text = " ".join(units_text)
        gold, pos = set(), 0
        for unit in units_text:
            pos += len(unit)
            gold.add(pos)
            pos += 1
        gold.discard(len(text))
        spans = sentences(text, lang=lang)
        found = {s.end for s in spans} - {len(text)}
        found_total += len(found)
        gold_total += len(gold)
        hits += len(found & gold)
        starts = {0} | {b + 1 for b in gold}
        exact += sum(1 for s in spans if s.start in starts and (s.end in gold or s.end == len(text)))
        units += len(units_text)
        for boundary in sorted(found ^ gold):
            if shown < show:
                kind = "extra" if boundary in found else "missed"
                print(f"  {lang} {kind:6s} …{text[max(0, boundary - 50):boundary]}|{text[boundary:boundary + 30]}…")
                shown += 1
    precision = hits / found_total if found_total else 1.0
    recall = hits / gold_total if gold_total else 1.0
    return {
        "units": units,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "exact": exact / units if units else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding tico19/docs.jsonl")
    parser.add_argument("--show", type=int, default=0, help="print this many wrong boundaries a language")
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.data / "tico19" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = {lang: evaluate(docs, lang, args.show) for lang in ("en", "ar")}
    print()
    print("| side | units | boundary precision | boundary recall | F1 | units recovered exactly |")
    print("|---|---:|---:|---:|---:|---:|")
    for lang, r in rows.items():
        print(f"| {lang} | {r['units']:,} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['exact']:.3f} |")


if __name__ == "__main__":
    main()
