"""A long fuzz run of the public text functions (the tests run a short one).

    python scripts/fuzz.py                  # 100,000 cases in all, spread over the five targets
    python scripts/fuzz.py --cases 20000

Prints, for each target, the cases run, the failures found and the time taken.
"""

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzz_targets import ARTICLE, TEXT, check_align, check_check, check_extract, check_normalize, check_segment  # noqa: E402

TARGETS = {
    "normalize": (check_normalize, (TEXT,), 0.3),
    "segment": (check_segment, (ARTICLE,), 0.2),
    "extract": (check_extract, (ARTICLE,), 0.3),
    "align": (check_align, (st.lists(ARTICLE, max_size=8), st.lists(ARTICLE, max_size=8)), 0.1),
    "check": (check_check, (ARTICLE, ARTICLE), 0.1),
}


def run(name: str, cases: int) -> tuple[int, str, float]:
    target, strategies, _ = TARGETS[name]
    count = 0

    @settings(max_examples=cases, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.tuples(*strategies))
    def fuzz(args):
        nonlocal count
        count += 1
        target(*args)

    started = time.perf_counter()
    try:
        fuzz()
        failure = ""
    except Exception as exc:  # report the falsifying example and go on with the other targets
        failure = f"{type(exc).__name__}: {str(exc)[:200]}"
    return count, failure, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000, help="cases in all")
    args = parser.parse_args()
    print("| target | cases | failures | seconds |\n|---|---:|---:|---:|")
    total = 0
    for name, (_, _, share) in TARGETS.items():
        count, failure, seconds = run(name, int(args.cases * share))
        total += count
        print(f"| {name} | {count} | {1 if failure else 0} | {seconds:.0f} |" + (f" {failure}" if failure else ""))
    print(f"| all | {total} | | |")


if __name__ == "__main__":
    main()
