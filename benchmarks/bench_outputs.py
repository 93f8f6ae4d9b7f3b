"""Time the PDF and plain-text exports of the large generated draft against bare baselines.

The draft is bench_export's: 100 preambular, 300 operative and 600 sub-paragraphs and 150
footnotes. Baselines, run alternately in the same process:
- PDF: the same paragraphs (label, text) put in a QTextDocument and printed with QPdfWriter by
  Qt's own pagination, without the UN layout, masthead, running heads or footnotes;
- text: the paragraphs' plain text (derive + plain_text) joined by blank lines.
Targets: PDF under 2 s, text under 0.3 s. Medians are printed.

usage: uv run python benchmarks/bench_outputs.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_export import large_draft

from draftdesk.export.text import export_text
from draftdesk.model import Resolution, derive
from draftdesk.model.derive import plain_text
from draftdesk.ui.printing import ensure_gui_application, export_pdf

PDF_BUDGET_S = 2.0
TEXT_BUDGET_S = 0.3


def bare_qt_pdf(resolution: Resolution, path: Path) -> None:
    """Print the paragraphs' text through a QTextDocument: the PDF baseline."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    derived = derive(resolution)
    document = QTextDocument()
    document.setPlainText("\n".join(plain_text(p, derived) for _part, p in resolution.walk()))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    document.print_(writer)
    del writer


def bare_text(resolution: Resolution, path: Path) -> None:
    """Join the paragraphs' plain text with blank lines: the text baseline."""
    derived = derive(resolution)
    text = "\n\n".join(plain_text(p, derived) for _part, p in resolution.walk())
    path.write_text(text + "\n", encoding="utf-8")


def race(ours: Callable[[], object], baseline: Callable[[], object],
         runs: int) -> tuple[float, float]:
    """Return the median seconds of ``ours`` and ``baseline``, run alternately."""
    ours(), baseline()  # warm up imports, fonts and caches
    mine, base = [], []
    for _ in range(runs):
        start = time.perf_counter()
        ours()
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(base)


def main() -> int:
    """Print the medians and ratios; exit 1 over budget."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    ensure_gui_application()
    resolution = large_draft()
    paragraphs = sum(1 for _ in resolution.walk())
    pages = 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        def pdf() -> None:
            nonlocal pages
            pages = export_pdf(resolution, out / "export.pdf")

        pdf_s, bare_pdf_s = race(pdf, lambda: bare_qt_pdf(resolution, out / "bare.pdf"), runs)
        text_s, bare_text_s = race(lambda: export_text(resolution, out / "export.txt"),
                                   lambda: bare_text(resolution, out / "bare.txt"), runs)
    print(f"draft: {paragraphs} paragraphs, {len(resolution.footnotes)} footnotes, "
          f"{pages} pages; median of {runs} runs")
    print(f"export_pdf           {pdf_s * 1000:8.1f} ms   (budget {PDF_BUDGET_S * 1000:.0f} ms)")
    print(f"bare QTextDocument   {bare_pdf_s * 1000:8.1f} ms   ratio {pdf_s / bare_pdf_s:.2f}")
    print(f"export_text          {text_s * 1000:8.1f} ms   (budget {TEXT_BUDGET_S * 1000:.0f} ms)")
    print(f"bare plain_text      {bare_text_s * 1000:8.1f} ms   ratio {text_s / bare_text_s:.2f}")
    ok = pdf_s < PDF_BUDGET_S and text_s < TEXT_BUDGET_S
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
