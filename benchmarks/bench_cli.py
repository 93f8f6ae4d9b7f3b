"""Time ``draftdesk outline --json`` as a whole process (target: under 0.5 s).

The baseline, run side by side, is a bare ``python -c pass`` started the same way, so the
ratio shows what DraftDesk adds to interpreter start-up.

usage: uv run python benchmarks/bench_cli.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LONGEST = ROOT / "tests" / "data" / "corpus" / "14_S_2018_693.txt"


def timed(command: list[str]) -> float:
    """Run a command to completion and return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    """Print median times for the baseline and for the outline command, and their ratio."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    baseline = [timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
    outline = [
        timed([sys.executable, "-m", "draftdesk", "outline", str(LONGEST), "--json"])
        for _ in range(runs)
    ]
    base, out = statistics.median(baseline), statistics.median(outline)
    print(f"python -c pass:            {base * 1000:7.1f} ms (median of {runs})")
    print(f"draftdesk outline --json:  {out * 1000:7.1f} ms (median of {runs}; target < 500 ms)")
    print(f"ratio: {out / base:.2f}x")


if __name__ == "__main__":
    main()
