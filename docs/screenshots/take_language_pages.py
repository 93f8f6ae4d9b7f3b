"""Render page 1 of the seed exported in Spanish and French (LibreOffice, then poppler).

Writes ``export-es-page1.png`` and ``export-fr-page1.png`` beside this script. The drafts are
the seed with its paragraphs translated (``tests/data/languages/``); every other word comes
from the draft's language.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

from draftdesk.export import export_docx  # noqa: E402
from language_fixtures import translated_seed  # noqa: E402
from tools.layout import render_pdfs  # noqa: E402


def main() -> None:
    """Export, render and rasterize page 1 of each language."""
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for code in ("es", "fr"):
            path = Path(folder) / f"export-{code}.docx"
            export_docx(translated_seed(code), path)
            files.append(path)
        for docx, pdf in render_pdfs(files, Path(folder)).items():
            target = out / f"{docx.stem}-page1"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(target)], check=True)
            print(f"{target}.png")


if __name__ == "__main__":
    main()
