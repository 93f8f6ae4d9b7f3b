"""Time the Word export of a large generated draft against a bare python-docx script.

The draft has 100 preambular, 300 operative and 600 sub-paragraphs and 150 footnotes. The
baseline writes the same paragraphs (label, italic lead, text) with python-docx's own API and
no masthead, styles, headers or footnotes. Targets: the export under 1 s and at most 1.5 times
the baseline; the plain-text export (``-o X.txt``) under 0.3 s. Both run side by side,
alternately, in one process; medians are printed.

usage: uv run python benchmarks/bench_export.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

from draftdesk.export import export_docx
from draftdesk.export.text import export_text
from draftdesk.model import (
    AgendaItem,
    Body,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Resolution,
    Sponsor,
    Text,
    derive,
    paragraph_runs,
)

BUDGET_S = 1.0
TEXT_BUDGET_S = 0.3
MAX_RATIO = 1.5
SENTENCE = (
    "the importance of international cooperation for sustainable development, including "
    "through capacity-building and the transfer of technology on mutually agreed terms, and "
    "the need to strengthen the means of implementation"
)


def large_draft(preambular: int = 100, operative: int = 300, subs: int = 600,
                notes: int = 150) -> Resolution:
    """Return the generated draft, footnotes spread evenly over the paragraphs."""
    footnotes = {f"n{i}": Footnote(f"n{i}", [Text(f"A/80/{100 + i}, para. {i % 40 + 1}.")])
                 for i in range(notes)}
    pending = list(footnotes)
    every = (preambular + operative + subs) // notes
    count = 0

    def content() -> list[Text | FootnoteRef]:
        nonlocal count
        count += 1
        items: list[Text | FootnoteRef] = [Text(SENTENCE)]
        if count % every == 0 and pending:
            items.append(FootnoteRef(pending.pop(0)))
        return items

    pp = [Paragraph(lead="Recalling", content=content()) for _ in range(preambular)]
    ops = [Paragraph(lead="Requests", content=content()) for _ in range(operative)]
    for index in range(subs):
        ops[index % operative].children.append(Paragraph(content=content()))
    metadata = Metadata(
        body=Body.GA_PLENARY, symbol="A/80/L.99", date=dt.date(2025, 12, 1), session=80,
        agenda_items=[AgendaItem("20", "Sustainable development")],
        sponsors=[Sponsor("Chile"), Sponsor("Mexico")], title="A long draft",
    )
    return Resolution(metadata, pp, ops, footnotes)


def bare_python_docx(resolution: Resolution, path: Path) -> None:
    """Write the same paragraphs with plain python-docx calls: the baseline."""
    derived = derive(resolution)
    document = docx.Document()
    for _part, paragraph in resolution.walk():
        p = document.add_paragraph()
        label = derived.label(paragraph.id)
        if label:
            p.add_run(label + "\t")
        for run in paragraph_runs(paragraph, derived):
            if run.note_number is None:
                p.add_run(run.text).italic = run.italic or None
    document.save(str(path))


def median_seconds(job, runs: int) -> float:
    """Return the median wall time of ``job()`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print the median export and baseline times and their ratio; exit 1 over budget."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    resolution = large_draft()
    paragraphs = sum(1 for _ in resolution.walk())
    with tempfile.TemporaryDirectory() as folder:
        out, base = Path(folder) / "export.docx", Path(folder) / "bare.docx"
        export_docx(resolution, out)  # warm up imports and the reference document
        bare_python_docx(resolution, base)
        export_times, bare_times = [], []
        for _ in range(runs):  # alternate so that both see the same machine load
            export_times.append(median_seconds(lambda: export_docx(resolution, out), 1))
            bare_times.append(median_seconds(lambda: bare_python_docx(resolution, base), 1))
        export_s, bare_s = statistics.median(export_times), statistics.median(bare_times)
        text_out = Path(folder) / "export.txt"
        text_s = median_seconds(lambda: export_text(resolution, text_out), runs)
    ratio = export_s / bare_s
    print(f"draft: {paragraphs} paragraphs, {len(resolution.footnotes)} footnotes; "
          f"median of {runs} runs")
    print(f"export_docx          {export_s * 1000:8.1f} ms   (budget {BUDGET_S * 1000:.0f} ms)")
    print(f"bare python-docx     {bare_s * 1000:8.1f} ms")
    print(f"ratio                {ratio:8.2f}     (budget {MAX_RATIO:.2f})")
    print(f"export_text (.txt)   {text_s * 1000:8.1f} ms   "
          f"(budget {TEXT_BUDGET_S * 1000:.0f} ms)")
    ok = export_s < BUDGET_S and ratio <= MAX_RATIO and text_s < TEXT_BUDGET_S
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
