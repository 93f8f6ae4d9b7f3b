"""Time the Word import of the exported 1,000-paragraph draft against its export.

The draft is the export benchmark's (100 preambular, 300 operative and 600 sub-paragraphs,
150 footnotes). It is exported once; then the import of that .docx and the export of the same
draft run alternately in one process. Medians are printed with their ratio, and the peak
memory of one import (tracemalloc).

usage: uv run python benchmarks/bench_docx_import.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from draftdesk.export import export_docx
from draftdesk.importers import import_docx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_export import large_draft  # noqa: E402  (the same draft as the export benchmark)


def main() -> int:
    """Print median import and export times, their ratio and the import's peak memory."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    draft = large_draft()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "large.docx"
        export_docx(draft, source)
        again = import_docx(source)  # warm up; check that the draft came back whole
        paragraphs = sum(1 for _ in again.walk())
        assert paragraphs == sum(1 for _ in draft.walk()), paragraphs
        imports, exports = [], []
        for run in range(runs):
            start = time.perf_counter()
            import_docx(source)
            imports.append(time.perf_counter() - start)
            start = time.perf_counter()
            export_docx(draft, Path(folder) / f"out{run}.docx")
            exports.append(time.perf_counter() - start)
        tracemalloc.start()
        import_docx(source)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = source.stat().st_size
    import_s, export_s = statistics.median(imports), statistics.median(exports)
    print(f"draft: {paragraphs} paragraphs, {len(draft.footnotes)} footnotes, "
          f"{size / 1024:.0f} KB .docx")
    print(f"import {import_s * 1000:7.1f} ms  (median of {runs})")
    print(f"export {export_s * 1000:7.1f} ms  (median of {runs})")
    print(f"import / export = {import_s / export_s:.2f}")
    print(f"import peak memory (tracemalloc) {peak / 1024 / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
