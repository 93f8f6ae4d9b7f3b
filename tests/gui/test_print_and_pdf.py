"""File ▸ Print, Export to PDF and Export as Plain Text in the window."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt
from gui_helpers import SEED, DialogScript
from PySide6 import QtPrintSupport
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from draftdesk.importers import import_file
from draftdesk.model.derive import plain_text

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")
poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                             reason="pdfinfo is not installed (Debian package poppler-utils)")


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def pdf_text(pdf: Path, first: int, last: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


class FakePrintDialog:
    """Stands in for QPrintDialog: answers as scripted and prints to a PDF file."""

    answer = 1  # QDialog.Accepted
    output = Path()
    page_range: tuple[int, int] | None = None
    shown: list[tuple[int, int]] = []
    doc_names: list[str] = []

    def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
        self.printer = printer
        self.minmax = (0, 0)

    DialogCode = QtPrintSupport.QPrintDialog.DialogCode

    def setWindowTitle(self, _title: str) -> None:  # noqa: N802 - Qt's name
        pass

    def setMinMax(self, low: int, high: int) -> None:  # noqa: N802 - Qt's name
        self.minmax = (low, high)

    def setOption(self, *_args: Any) -> None:  # noqa: N802 - Qt's name
        pass

    def exec(self) -> int:
        FakePrintDialog.shown.append(self.minmax)
        FakePrintDialog.doc_names.append(self.printer.docName())
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.output))
        if FakePrintDialog.page_range is not None:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(*FakePrintDialog.page_range)
        return FakePrintDialog.answer


@pytest.fixture
def print_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakePrintDialog]:
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    FakePrintDialog.answer = 1
    FakePrintDialog.output = tmp_path / "printed.pdf"
    FakePrintDialog.page_range = None
    FakePrintDialog.shown = []
    FakePrintDialog.doc_names = []
    return FakePrintDialog


def test_file_menu_offers_pdf_text_and_print(seeded: Any) -> None:
    actions = seeded.ui_actions
    assert actions["print"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions["print"].shortcut().toString() == "Ctrl+P"
    file_menu = seeded.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    for name in ("action_export_docx", "action_export_pdf", "action_export_text",
                 "action_print"):
        assert name in names
    assert all(actions[n].isEnabled() for n in ("print", "export_pdf", "export_text"))


def test_no_print_without_a_draft(window: Any, print_dialog: type[FakePrintDialog]) -> None:
    assert not window.ui_actions["print"].isEnabled()
    window.ui_actions["print"].trigger()
    assert print_dialog.shown == []


@poppler
def test_print_sends_the_preview_pages(
        long_draft: Any, print_dialog: type[FakePrintDialog]) -> None:
    preview = long_draft.preview
    preview.rebuild()
    long_draft.ui_actions["print"].trigger()
    assert print_dialog.shown == [(1, preview.page_count())]
    assert pdf_pages(print_dialog.output) == preview.page_count() == 14
    assert "14/14" in pdf_text(print_dialog.output, 14, 14)
    assert "Sent 14 pages" in long_draft.statusBar().currentMessage()
    # No slashes, which would be folders; an ending Qt may replace without losing ".29".
    assert print_dialog.doc_names == ["A_C.3_80_L.29.pdf"]


@poppler
def test_print_a_page_range(long_draft: Any, print_dialog: type[FakePrintDialog]) -> None:
    print_dialog.page_range = (2, 3)
    long_draft.ui_actions["print"].trigger()
    assert pdf_pages(print_dialog.output) == 2
    printed = pdf_text(print_dialog.output, 1, 2)
    assert "2/14" in printed and "3/14" in printed and "4/14" not in printed


def test_cancelled_print_prints_nothing(long_draft: Any,
                                       print_dialog: type[FakePrintDialog]) -> None:
    print_dialog.answer = 0
    long_draft.ui_actions["print"].trigger()
    assert print_dialog.shown and not print_dialog.output.exists()


@poppler
def test_export_pdf_has_the_preview_pages(
        tmp_path: Path, long_draft: Any, dialogs: DialogScript) -> None:
    dialogs.save_name = str(tmp_path / "l29")
    long_draft.ui_actions["export_pdf"].trigger()
    target = tmp_path / "l29.pdf"
    assert long_draft.last_export == target
    long_draft.preview.rebuild()
    assert pdf_pages(target) == long_draft.preview.page_count()
    first = pdf_text(target, 1, 1)
    assert "Situation of human rights in the Democratic" in first
    # The same page breaks: every paragraph starts on the PDF page where the preview starts it.
    pages = [" ".join(pdf_text(target, n, n).split()) for n in range(1, 15)]
    session = long_draft.session
    for _part, paragraph in session.resolution.walk():
        opening = " ".join(plain_text(paragraph, session.derived).split()[:6])
        page = long_draft.preview.page_of_paragraph(paragraph.id)
        assert opening in pages[page], (page, opening)
    box = long_draft.export_message
    assert box is not None and f"The PDF was written to\n{target}" == box.text()
    box.close()


def test_export_pdf_failure_is_a_dialog(tmp_path: Path, seeded: Any,
                                        dialogs: DialogScript) -> None:
    from draftdesk.ui import output_actions

    assert not output_actions.export_to(seeded, output_actions.PDF,
                                        tmp_path / "missing" / "out.pdf")
    assert "Export failed" in dialogs.titles("critical")[0]
    assert not (tmp_path / "missing").exists()


def test_export_plain_text(tmp_path: Path, seeded: Any, dialogs: DialogScript) -> None:
    dialogs.save_name = str(tmp_path / "gfmd.text")
    seeded.ui_actions["export_text"].trigger()
    target = tmp_path / "gfmd.txt"
    assert seeded.last_export == target
    text = target.read_text(encoding="utf-8")
    assert "\n\n1. Recognizes the need" in text
    again = import_file(target)
    assert again.metadata.title == seeded.session.resolution.metadata.title
    seeded.export_message.close()


@pytest.fixture
def long_draft(window: Any) -> Any:
    """Return the window with corpus 05 (14 pages) open."""
    window.open_resolution(import_file(SEED.parent / "corpus" / "05_A_C.3_80_L.29.txt"))
    return window


def test_export_submission_manuscript(tmp_path: Path, seeded: Any,
                                      dialogs: DialogScript) -> None:
    seeded.session.path = tmp_path / "gfmd.draftdesk"
    dialogs.save_name = ""
    seeded.ui_actions["export_manuscript"].trigger()
    assert seeded.last_export is None  # cancelled: nothing written
    dialogs.save_name = str(tmp_path / "gfmd-manuscript")
    seeded.ui_actions["export_manuscript"].trigger()
    target = tmp_path / "gfmd-manuscript.docx"
    assert seeded.last_export == target
    styles = docx.Document(str(target)).styles
    assert styles.default(WD_STYLE_TYPE.PARAGRAPH).font.size in (None, Pt(12))
    assert styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:sz")).get(
        qn("w:val")) == "24"  # 12 pt
    assert styles["UN Body"].paragraph_format.line_spacing == 2.0
    box = seeded.export_message
    assert box is not None and box.text().startswith("The submission manuscript was written")
    box.close()


def test_a_failing_export_restores_the_pointer(tmp_path: Path, seeded: Any,
                                               dialogs: DialogScript) -> None:
    from PySide6.QtWidgets import QApplication

    from draftdesk.ui import output_actions

    assert not output_actions.export_to(seeded, output_actions.TEXT,
                                        tmp_path / "missing" / "out.txt")
    assert QApplication.overrideCursor() is None
    assert output_actions.export_to(seeded, output_actions.TEXT, tmp_path / "out.txt")
    assert QApplication.overrideCursor() is None
    seeded.export_message.close()
