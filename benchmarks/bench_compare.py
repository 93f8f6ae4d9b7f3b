"""Time comparing two 1,000-paragraph versions and the tracked-changes export.

The draft is bench_export's generated one (100 preambular, 300 operative, 600 sub-paragraphs,
150 footnotes), each paragraph made distinct. The new version changes 10 % of the paragraphs:
words rewritten in 60, 15 deleted, 15 inserted, 10 moved.

- ``compare()`` of the two versions (paragraphs paired by id), and of the same texts with fresh
  ids (paired by similarity), next to a plain ``difflib`` line diff of their printed text.
  Target: under 0.5 s.
- ``draftdesk export NEW -o OUT.docx --changes-against`` as a whole process (interpreter start
  included), next to the normal ``draftdesk export`` of the same draft. Target: under 1.5 s.

usage: uv run python benchmarks/bench_compare.py [RUNS]
"""

from __future__ import annotations

import copy
import difflib
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_export import large_draft

from draftdesk.compare import compare
from draftdesk.model import Paragraph, Resolution, Text, derive, edit, plain_text
from draftdesk.model.document import new_id
from draftdesk.model.versions import frozen_copy, set_base_text
from draftdesk.storage import save_draft

COMPARE_BUDGET_S = 0.5
EXPORT_BUDGET_S = 1.5
WORDS = ("promptly", "fully", "effectively", "collectively", "in good faith", "urgently")


def versions() -> tuple[Resolution, Resolution]:
    """Return the old draft and a new version with 10 % of its paragraphs changed."""
    old = large_draft()
    for number, (_part, paragraph) in enumerate(old.walk()):
        paragraph.content.insert(0, Text(f"in document A/80/{number} and "))
    new = frozen_copy(old)
    chance = random.Random(7)
    everything = [p for _part, p in new.walk() if not p.children]
    picked = chance.sample(everything, 100)
    rewrite, delete, insert, move = picked[:60], picked[60:75], picked[75:90], picked[90:]
    for paragraph in rewrite:
        text = paragraph.content[1]
        assert isinstance(text, Text)
        words = text.text.split(" ")
        words[3:5] = [chance.choice(WORDS)]
        edit.set_text(new, paragraph.id, paragraph.lead, [paragraph.content[0], Text(
            " ".join(words)), *paragraph.content[2:]])
    for paragraph in delete:
        edit.delete_paragraph(new, paragraph.id)
    for paragraph in insert:
        where = edit.locate(new, paragraph.id)
        edit.insert_paragraph(new, where, Paragraph(
            lead=paragraph.lead, content=[Text(f"a new paragraph {new_id()} on capacity")]))
    for paragraph in move:
        where = edit.locate(new, paragraph.id)
        target = edit.Location(where.part, where.parent_id, 0)
        edit.move_paragraph(new, paragraph.id, target)
    return old, new


def lines(resolution: Resolution) -> list[str]:
    """Return the printed text, one paragraph a line (what a line diff sees)."""
    derived = derive(resolution)
    return [plain_text(p, derived) for _part, p in resolution.walk()]


def fresh_ids(resolution: Resolution) -> Resolution:
    """Return a copy whose paragraphs have new ids (a text from another file)."""
    twin = copy.deepcopy(resolution)
    for _part, paragraph in twin.walk():
        paragraph.id = new_id()
    return twin


def median(job: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``job()`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print the medians next to their baselines; exit 1 over budget."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    old, new = versions()
    other = fresh_ids(old)
    result = compare(old, new)
    print(f"versions: {sum(1 for _ in old.walk())} and {sum(1 for _ in new.walk())} paragraphs;"
          f" {result.summary()}")
    by_id = median(lambda: compare(old, new), runs)
    by_text = median(lambda: compare(other, new), runs)
    old_lines, new_lines = lines(old), lines(new)
    line_diff = median(lambda: list(difflib.unified_diff(old_lines, new_lines)), runs)
    print(f"compare (ids)              {by_id * 1000:8.1f} ms   (budget "
          f"{COMPARE_BUDGET_S * 1000:.0f} ms)")
    print(f"compare (similarity)       {by_text * 1000:8.1f} ms   (budget "
          f"{COMPARE_BUDGET_S * 1000:.0f} ms)")
    print(f"difflib line diff          {line_diff * 1000:8.1f} ms   (baseline)")
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "new.draftdesk"
        set_base_text(new, old, "Zero draft")
        save_draft(new, draft)
        command = [sys.executable, "-m", "draftdesk", "export", str(draft)]
        tracked = [*command, "-o", str(Path(folder) / "tracked.docx"), "--changes-against"]
        plain = [*command, "-o", str(Path(folder) / "plain.docx")]
        subprocess.run(tracked, check=True, capture_output=True)  # warm the file cache
        tracked_times, plain_times = [], []
        for _ in range(runs):  # alternate so that both see the same machine load
            tracked_times.append(median(
                lambda: subprocess.run(tracked, check=True, capture_output=True), 1))
            plain_times.append(median(
                lambda: subprocess.run(plain, check=True, capture_output=True), 1))
        tracked_s, plain_s = statistics.median(tracked_times), statistics.median(plain_times)
    print(f"export --changes-against   {tracked_s * 1000:8.1f} ms   (budget "
          f"{EXPORT_BUDGET_S * 1000:.0f} ms, whole process)")
    print(f"export (no changes)        {plain_s * 1000:8.1f} ms   (baseline, whole process)")
    ok = max(by_id, by_text) < COMPARE_BUDGET_S and tracked_s < EXPORT_BUDGET_S
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
