"""A long fuzz run: many random hostile texts, drafts and clause library files.

Run: uv run python benchmarks/fuzz_long.py [--texts 10000] [--drafts 5000] [--libraries 2000]
     [--seed N]

The properties are those of tests/test_fuzz.py (tests/tools/properties.py). A failing input
is shrunk by Hypothesis and saved under tests/data/fuzz/KIND/, where the suite replays it;
the run then goes on with the next kind. The exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tools import properties  # noqa: E402
from tools.strategies import draft_text, library_text, resolution_text  # noqa: E402

KINDS = {
    "texts": (resolution_text, properties.check_text),
    "drafts": (draft_text, properties.check_draft),
    "libraries": (library_text, properties.check_library),
}


def run(kind: str, examples: int, run_seed: int) -> bool:
    """Run one property for ``examples`` inputs; print the tally; return True when all held."""
    strategy, check = KINDS[kind]
    counts: Counter[str] = Counter()
    failing: list[str] = []

    @seed(run_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy())
    def prop(value: str) -> None:
        try:
            counts[check(value)] += 1
        except BaseException:
            failing[:] = [value]
            raise

    start = time.perf_counter()
    try:
        prop()
        ok = True
    except Exception:
        ok = False
        traceback.print_exc(limit=-4)
    elapsed = time.perf_counter() - start
    total = counts["accepted"] + counts["refused"]
    print(
        f"{kind:10} seed {run_seed:>10}  {total:6} inputs ({counts['accepted']} accepted, "
        f"{counts['refused']} refused) in {elapsed:7.1f} s: {'no failure' if ok else 'FAILED'}",
        flush=True,
    )
    if not ok and failing:
        folder = ROOT / "tests" / "data" / "fuzz" / kind
        folder.mkdir(parents=True, exist_ok=True)
        data = failing[0].encode("utf-8", "surrogatepass")
        name = hashlib.sha256(data).hexdigest()[:12] + (".txt" if kind == "texts" else ".json")
        (folder / name).write_bytes(data)
        print(f"  failing input kept as {folder.relative_to(ROOT) / name}")
    return ok


def main() -> int:
    """Run every kind with its budget and a seed never used before (random unless given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--drafts", type=int, default=5_000)
    parser.add_argument("--libraries", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    base = options.seed if options.seed is not None else random.SystemRandom().randrange(2**31)
    results = [
        run(kind, getattr(options, kind), base + offset)
        for offset, kind in enumerate(KINDS)
        if getattr(options, kind) > 0
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
