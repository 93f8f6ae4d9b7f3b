"""Time the text importer on the longest corpus texts: median milliseconds per import.

Run: uv run python benchmarks/bench_import.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from draftdesk.importers import import_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
FILES = ("14_S_2018_693.txt", "05_A_C.3_80_L.29.txt", "08_A_C.6_80_L.10.txt")
BUDGET_MS = 50.0


def median_ms(text: str, runs: int) -> float:
    """Return the median wall time of importing ``text``, in milliseconds."""
    import_text(text)  # warm caches (member-state list, compiled patterns)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        import_text(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    """Print the median time per import of each file, one-per-line and PDF-copied."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    sys.path.insert(0, str(ROOT / "tests"))
    from test_import_pdf import pdf_copy  # the same re-wrapping the tests use

    worst = 0.0
    for name in FILES:
        path = CORPUS / name
        plain = path.read_text(encoding="utf-8")
        for style, text in (("plain", plain), ("pdf-copied", pdf_copy(path))):
            ms = median_ms(text, runs)
            worst = max(worst, ms)
            print(f"{name:24} {style:11} {ms:7.2f} ms  (median of {runs})")
    verdict = "ok" if worst < BUDGET_MS else "OVER"
    print(f"slowest {worst:.2f} ms; budget {BUDGET_MS:.0f} ms: {verdict}")
    return 0 if worst < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
