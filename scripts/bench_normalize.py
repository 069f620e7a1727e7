"""Benchmark Arabic normalization against camel-tools' chain on real news text.

Reads the `content` of ../shared/data/saudinewsnet/*.json.gz (real Saudi news articles,
CC BY-NC-SA; used for speed only, never shipped) until --mb megabytes of UTF-8 are loaded, then
in one run normalizes them with camel-tools' chain (`normalize_unicode` -> `normalize_alef_ar` ->
`normalize_alef_maksura_ar` -> `normalize_teh_marbuta_ar` -> `dediac_ar`) and with
`govnews.normalize` (every profile, with and without offsets, and with glued-word repair),
checks that the match profile gives camel-tools' output on the operations both do, and prints
MB/s (megabytes of UTF-8 input per CPU second of this process, so that other work on the
machine does not count) and the ratio to camel-tools.

    python scripts/bench_normalize.py
    python scripts/bench_normalize.py --mb 20 --repeat 3 --data /path/to/data
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


def load_texts(data: Path, megabytes: float) -> list[str]:
    """Article texts of SaudiNewsNet, in file order, until `megabytes` of UTF-8 are read."""
    texts: list[str] = []
    size = 0
    for path in sorted((data / "saudinewsnet").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for article in json.load(f):
                text = article.get("content") or ""
                if text:
                    texts.append(text)
                    size += len(text.encode("utf-8"))
                    if size >= megabytes * 1e6:
                        return texts
    if not texts:
        sys.exit(f"no SaudiNewsNet articles under {data / 'saudinewsnet'}: give --data")
    return texts


def use_camel_catalogue_stand_in() -> None:
    """Point camel-tools at a stand-in catalogue so that it never tries to download one."""
    if "CAMELTOOLS_DATA" not in os.environ:
        home = Path(tempfile.mkdtemp(prefix="govnews-camel-"))
        (home / "catalogue.json").write_text(json.dumps({"version": "1.6", "packages": {}, "components": {}}))
        os.environ["CAMELTOOLS_DATA"] = str(home)


def timed(function: Callable[[str], object], texts: list[str], repeat: int) -> tuple[float, list[object]]:
    """Best CPU time of `repeat` passes of `function` over `texts`, and the outputs of the last."""
    best = float("inf")
    outputs: list[object] = []
    for _ in range(repeat):
        started = time.process_time()
        outputs = [function(text) for text in texts]
        best = min(best, time.process_time() - started)
    return best, outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding saudinewsnet/ (default: %(default)s)")
    parser.add_argument("--mb", type=float, default=12.0, help="megabytes of article text to normalize (default: 12)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per variant; the best is kept (default: 3)")
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from govnews.normalize import camel_chain, match_extra_table, normalize, normalize_document, normalize_with_offsets

    texts = load_texts(args.data, args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    use_camel_catalogue_stand_in()
    chain = camel_chain()
    for profile in ("display", "match", "search"):  # build the tables before timing
        normalize_with_offsets("ا", profile=profile)
    normalize_document("ا")

    camel_seconds, camel_out = timed(chain, texts, args.repeat)
    rows: list[tuple[str, float]] = [("camel-tools chain", camel_seconds)]
    match_seconds, match_out = timed(normalize, texts, args.repeat)
    rows.append(("govnews match", match_seconds))
    extra = match_extra_table()
    differ = sum(ours != theirs.translate(extra) for ours, theirs in zip(match_out, camel_out))
    variants: list[tuple[str, Callable[[str], object]]] = [
        ("govnews match, with offsets", lambda t: normalize_with_offsets(t)),
        ("govnews display", lambda t: normalize(t, profile="display")),
        ("govnews search", lambda t: normalize(t, profile="search")),
        ("govnews search, with offsets", lambda t: normalize_with_offsets(t, profile="search")),
        ("govnews normalize_document", lambda t: normalize_document(t)),
    ]
    for name, function in variants:
        rows.append((name, timed(function, texts, args.repeat)[0]))

    print(f"{len(texts)} SaudiNewsNet articles, {megabytes:.1f} MB of UTF-8, best of {args.repeat} passes\n")
    print(f"| {'variant':30} | {'MB/s':>7} | {'articles/s':>10} | {'x camel-tools':>13} |")
    print(f"|{'-' * 32}|{'-' * 8}:|{'-' * 11}:|{'-' * 14}:|")
    for name, seconds in rows:
        print(f"| {name:30} | {megabytes / seconds:7.1f} | {len(texts) / seconds:10,.0f} | {camel_seconds / seconds:13.2f} |")
    print(f"\nmatch profile vs camel-tools (+ the operations camel-tools lacks): {len(texts) - differ}/{len(texts)} identical")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
