"""PDF export from the command line: the preview's pages, fonts embedded, text extractable.

The command line paints with Qt on its offscreen platform, so each export runs in a fresh
interpreter, as a user runs it. The page counts are checked against LibreOffice's rendering of
the Word export of the same draft where LibreOffice is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from datafiles import CORPUS, SEED
from draftdesk.export import export_docx
from draftdesk.export.text import resolution_text
from draftdesk.importers import import_file
from draftdesk.storage import save_draft
from tools import samples
from tools.layout import POPPLER_MISSING, render_pdfs, tools_missing

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts")
                                is None, reason=POPPLER_MISSING)

L29 = CORPUS / "05_A_C.3_80_L.29.txt"


def export(source: Path, output: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``draftdesk export`` in a fresh interpreter with no Qt platform chosen."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "draftdesk", "export", str(source), "-o",
                           str(output), *options],
                          capture_output=True, text=True, timeout=180, env=env)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout, re.MULTILINE)
    assert match is not None
    return float(match.group(1)), float(match.group(2))


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """Return (font name, embedded yes/no) for every font of the PDF."""
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in table if row.strip()]


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Export the seed and corpus 05 to PDF from the command line."""
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, source in (("seed", SEED), ("L29", L29)):
        out[name] = folder / f"{name}.pdf"
        result = export(source, out[name])
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"Exported {out[name]} ({page_count(out[name])} pages)\n"
    return out


def test_fonts_are_embedded(exported: dict[str, Path]) -> None:
    for pdf in exported.values():
        table = fonts(pdf)
        assert table, pdf
        assert all(embedded == "yes" for _name, embedded in table), table
        assert any("Bold" in name for name, _ in table)
        assert any("Italic" in name for name, _ in table)


def test_text_is_extractable(exported: dict[str, Path]) -> None:
    seed = text_of(exported["seed"])
    for expected in ("United Nations", "General Assembly", "Distr.: Limited",
                     "Ecuador and Mexico: draft resolution",
                     "Global Forum on Migration and Development", "The General Assembly,",
                     "See resolution 60/1, paras. 61 and 62.", "A/61/515."):
        assert expected in seed, expected
    words = text_of(exported["L29"]).split()
    assert "A/C.3/80/L.29" in words and "14/14" in words
    assert "Condemns" in words and "Decides" in words
    assert "Situation of human rights in the Democratic People’s Republic of Korea" in (
        " ".join(words))


def test_letter_paper_and_a4_for_the_human_rights_council(
        exported: dict[str, Path], tmp_path: Path) -> None:
    assert page_size(exported["seed"]) == (612, 792)
    draft = tmp_path / "hrc.draftdesk"
    save_draft(samples.human_rights_council(), draft)
    result = export(draft, tmp_path / "hrc.pdf")
    assert result.returncode == 0, result.stderr
    width, height = page_size(tmp_path / "hrc.pdf")
    assert (round(width), round(height)) == (595, 842)


def test_a_bad_input_leaves_no_pdf(tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_text("no resolution here\n", encoding="utf-8")
    result = export(source, tmp_path / "out.pdf")
    assert result.returncode == 2
    assert result.stderr.startswith(f"draftdesk: error: {source}:")
    assert result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.render
@pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or "")
def test_page_counts_equal_libreoffice_renders_of_the_word_export(
        exported: dict[str, Path], tmp_path: Path) -> None:
    documents = {}
    for name, source in (("seed", SEED), ("L29", L29)):
        documents[name] = tmp_path / f"{name}.docx"
        export_docx(import_file(source), documents[name])
    rendered = render_pdfs(list(documents.values()), tmp_path / "lo")
    assert page_count(exported["L29"]) == 14
    for name, docx in documents.items():
        assert page_count(exported[name]) == page_count(rendered[docx]), name


def test_without_qt_a_pdf_export_is_one_error_line(tmp_path: Path) -> None:
    out = tmp_path / "seed.pdf"
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # as on a machine whose Qt libraries are missing\n"
        "from draftdesk.cli import main\n"
        f"sys.exit(main(['export', {str(SEED)!r}, '-o', {str(out)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith(f"draftdesk: error: {out}: PDF export needs Qt")
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_the_pdf_reads_back_as_the_same_text(exported: dict[str, Path]) -> None:
    # The text layer carries every word, space, label and note where it prints, and the
    # sizes a reader needs to tell superscript markers (Qt draws text under a scale matrix).
    for name, source in (("seed", SEED), ("L29", L29)):
        assert resolution_text(import_file(exported[name])) == resolution_text(
            import_file(source)), name


def test_symbols_keep_the_text_font_and_plain_hyphens(tmp_path: Path) -> None:
    out = tmp_path / "l19.pdf"
    result = export(CORPUS / "06_A_C.4_80_L.19.txt", out)
    assert result.returncode == 0, result.stderr
    # One family (Times New Roman or Liberation Serif): no fallback font for U+2011.
    assert len({name.split("+")[-1].split("-")[0] for name, _ in fonts(out)}) == 1
    text = text_of(out)
    assert "A/ES-10/273" in text and "\u2011" not in text


def test_a_text_in_parts_exports_to_pdf_and_reads_back_in_parts(tmp_path: Path) -> None:
    draft, pdf = tmp_path / "parts.draftdesk", tmp_path / "parts.pdf"
    save_draft(samples.in_parts(), draft)
    result = export(draft, pdf)
    assert result.returncode == 0, result.stderr
    back = import_file(pdf)
    assert back.part_letter == "A"
    assert [(p.letter, len(p.preambular), len(p.operative)) for p in back.further_parts] == [
        ("B", 1, 2)]
