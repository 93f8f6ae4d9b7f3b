"""Worst-case inputs within the caps: outline and export must finish in 10 s and 1 GB each.

Run: uv run python benchmarks/bench_worst_case.py [--quick]

Each case is the worst shape of its kind that fits the documented cap (see docs/security.md):
hyphen-wrapped lines, a paragraph wrapped over tens of thousands of lines, a run of superscript
digits, labels that would nest without end, as many paragraphs and runs as a draft may hold.
Every command runs in a child process of its own; its wall time and peak memory (rusage) are
printed next to the same command on the 2007 seed text in the same run. ``--quick`` uses a
tenth of the caps.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from draftdesk import untrusted  # noqa: E402
from tools import shapes  # noqa: E402

SEED = ROOT / "tests" / "data" / "gfmd-draft-resolution-2007.txt"
LIMIT_SECONDS = 10.0
LIMIT_BYTES = 1024**3


def _with_note(length: int) -> str:
    """A superscript run used as a marker, with its footnote: accepted, not refused."""
    marker = "¹" * length
    body = f"Recalling its resolution 1,{marker}\n\n1. Decides.\n"
    return shapes.HEAD + body + f"\n_____\n{marker} A note.\n"


def cases(scale: float) -> list[tuple[str, str, str]]:
    """Return (name, file name, content) of every worst case, at ``scale`` of the caps."""
    text_cap = int(untrusted.MAX_TEXT_BYTES * scale)
    paragraphs = int((untrusted.MAX_PARAGRAPHS - 10) * scale)
    runs = int((untrusted.MAX_RUNS - 10) * scale)
    return [
        ("seed text (baseline)", "seed.txt", SEED.read_text(encoding="utf-8")),
        ("hyphen-wrapped lines", "hyphens.txt", shapes.fit(shapes.hyphen_wrapped, text_cap)),
        ("one paragraph, wrapped", "wrapped.txt", shapes.fit(shapes.wrapped_paragraph, text_cap)),
        ("superscript run", "superscripts.txt", shapes.fit(_with_note, text_cap)),
        ("one long line", "line.txt", shapes.fit(shapes.long_line, text_cap)),
        ("labels (a)-(z) again", "labels.txt", shapes.deep_labels(paragraphs)),
        ("nested list starts", "nested.txt", shapes.nested_starts(paragraphs)),
        ("many paragraphs", "paragraphs.txt", shapes.many_paragraphs(paragraphs)),
        ("draft: most runs", "runs.draftdesk", shapes.many_runs_draft(runs)),
        ("draft: most paragraphs", "paras.draftdesk", shapes.many_paragraphs_draft(paragraphs)),
        (
            "draft: longest paragraph",
            "long.draftdesk",
            shapes.long_paragraph_draft(int((untrusted.MAX_DRAFT_BYTES - 4096) * scale)),
        ),
    ]


def measure(argv: list[str]) -> tuple[float, int, int]:
    """Run the command line in a child; return (seconds, peak bytes, exit status)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "draftdesk", *argv],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if child.stderr is not None:
        child.stderr.close()
    return elapsed, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def write_cases(folder: Path, scale: float) -> None:
    """Write every case into ``folder``, with an index of (title, file) in order."""
    index = []
    for title, file_name, content in cases(scale):
        (folder / file_name).write_text(content, encoding="utf-8")
        index.append(f"{title}\t{file_name}")
    (folder / "index.tsv").write_text("\n".join(index), encoding="utf-8")


def main() -> int:
    """Print time and memory of outline and export for every case; fail past the limits."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the caps")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    scale = 0.1 if options.quick else 1.0
    if options.write:
        write_cases(options.write, scale)
        return 0
    worst_ok = True
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # The cases are made in another process: a child's peak memory (rusage) counts the
        # parent's pages it was forked from, so this process stays small.
        subprocess.run(
            [sys.executable, __file__, "--write", str(folder)] + ["--quick"] * options.quick,
            check=True,
        )
        print(f"{'case':24} {'size':>9} {'command':8} {'seconds':>8} {'MB':>6} {'exit':>4}")
        baseline: dict[str, float] = {}
        for row in (folder / "index.tsv").read_text(encoding="utf-8").splitlines():
            title, file_name = row.split("\t")
            path = folder / file_name
            size = path.stat().st_size
            for command in ("outline", "export"):
                argv = [command, str(path)]
                if command == "export":
                    argv += ["-o", str(folder / "out.docx")]
                seconds, peak, status = measure(argv)
                baseline.setdefault(command, seconds)
                ratio = seconds / baseline[command]
                over = seconds > LIMIT_SECONDS or peak > LIMIT_BYTES
                worst_ok = worst_ok and not over
                print(
                    f"{title:24} {size / 1024:7.0f} K {command:8} {seconds:8.2f} "
                    f"{peak / 2**20:6.0f} {status:4}  x{ratio:5.1f} of the seed"
                    + ("  OVER THE LIMIT" if over else ""),
                    flush=True,
                )
    limit = f"{LIMIT_SECONDS:.0f} s and {LIMIT_BYTES // 2**20} MB"
    print(f"every case within {limit}" if worst_ok else f"some case over {limit}")
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main())
