"""Render .docx files with LibreOffice and measure the page layout of a PDF.

A port of the project's layout check (un-format.md §4): page size, body indent, first-line
indent, line pitch of 10-pt text and page count, compared with an official UN PDF.

usage: python tests/tools/layout.py FILE.pdf           -> prints the measurements as JSON
       python tests/tools/layout.py REF.pdf OUT.pdf    -> compares, exit 1 beyond tolerance
"""

from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

SOFFICE_MISSING = "LibreOffice is not installed (Debian package libreoffice-writer-nogui)"
POPPLER_MISSING = "pdftotext is not installed (Debian package poppler-utils)"


@dataclass(frozen=True)
class Line:
    """A line of text on a PDF page, with its bounding box in points."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    """A PDF page: its size and its lines of text."""

    width: float
    height: float
    lines: list[Line]

    @property
    def text(self) -> str:
        """Return the page's text, one line per line."""
        return "\n".join(line.text for line in self.lines)


def render_pdfs(docx_files: list[Path], outdir: Path) -> dict[Path, Path]:
    """Convert .docx files to PDF in one LibreOffice run with a fresh profile."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)],
            capture_output=True, timeout=180, check=False,
        )
    result = {}
    for docx in docx_files:
        pdf = outdir / (docx.stem + ".pdf")
        # soffice exits 0 even when it could not load a file: the PDF is the only proof.
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise RuntimeError(f"LibreOffice could not render {docx}")
        result[docx] = pdf
    return result


def pages(pdf: Path) -> list[Page]:
    """Return the pages of a PDF with their lines, from ``pdftotext -bbox-layout``."""
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for chunk in html.split("<page ")[1:]:
        size = re.search(r'width="([\d.]+)" height="([\d.]+)"', chunk)
        assert size is not None
        lines = []
        for m in re.finditer(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
            chunk, re.S,
        ):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            words = re.findall(r">([^<]*)</word>", m.group(5))
            lines.append(Line(x0, y0, x1, y1, " ".join(words)))
        out.append(Page(float(size.group(1)), float(size.group(2)), lines))
    return out


def measure(pdf: Path) -> dict:
    """Measure page count, page size, body indent, first-line indent and line pitch."""
    doc = pages(pdf)
    xs: collections.Counter[int] = collections.Counter()
    pitches: collections.Counter[float] = collections.Counter()
    for page in doc:
        body = [ln for ln in page.lines
                if 60 < ln.y0 < page.height - 80 and (ln.y1 - ln.y0) > 10]  # 10-pt text lines
        for a, b in zip(body, body[1:], strict=False):
            d = round(b.y0 - a.y0, 1)
            if 9 < d < 15:
                pitches[d] += 1
        for ln in body:
            xs[round(ln.x0)] += 1
    common = [x for x, _ in xs.most_common(6)]
    body_x = min(x for x, _ in xs.most_common(2)) if xs else 0
    indent_x = min((x for x in common if x > body_x + 10), default=0)
    return {
        "pages": len(doc),
        "page_size": [round(doc[0].width), round(doc[0].height)] if doc else None,
        "body_x": body_x,
        "first_line_x": indent_x,
        "pitch": pitches.most_common(1)[0][0] if pitches else 0,
    }


def compare(ref: dict, out: dict) -> list[str]:
    """Return what differs beyond tolerance between two measurements."""
    bad = []
    if ref["page_size"] != out["page_size"]:
        bad.append(f"page {out['page_size']} vs {ref['page_size']}")
    for key, tolerance in (("body_x", 4), ("first_line_x", 4), ("pitch", 0.6)):
        if abs(ref[key] - out[key]) > tolerance:
            bad.append(f"{key} {out[key]} vs {ref[key]}")
    if abs(ref["pages"] - out["pages"]) > 1:
        bad.append(f"pages {out['pages']} vs {ref['pages']}")
    return bad


def tools_missing() -> str | None:
    """Return why rendering is impossible here, or None."""
    if shutil.which("soffice") is None:
        return SOFFICE_MISSING
    if shutil.which("pdftotext") is None:
        return POPPLER_MISSING
    return None


if __name__ == "__main__":
    if len(sys.argv) == 2:
        print(json.dumps(measure(Path(sys.argv[1]))))
    else:
        r, o = measure(Path(sys.argv[1])), measure(Path(sys.argv[2]))
        problems = compare(r, o)
        print(json.dumps({"ref": r, "out": o}))
        print("; ".join(problems) if problems else "layout matches")
        sys.exit(1 if problems else 0)
