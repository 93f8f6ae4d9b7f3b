"""File ▸ Print, Export to PDF, Export Submission Manuscript and Export as Plain Text.

Print and PDF paint the preview's pages (``printing``); the manuscript is the Word export in
its plain profile; plain text is the importer's form (``draftdesk.export.text``). Each
asks for a place, writes, and reports in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..errors import DraftDeskError
from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from ..model.document import Resolution
    from .paragraph_editor import ParagraphEditor
    from .session import Session
    from .settings import Settings


class MainWindow(Protocol):
    """What these actions need of the window (declared here, so the window imports us only)."""

    settings: Settings
    last_export: Path | None

    @property
    def session(self) -> Session: ...
    @property
    def editing(self) -> bool: ...
    @property
    def editor_built(self) -> bool: ...
    @property
    def editor(self) -> ParagraphEditor: ...
    def confirm_export(self) -> bool: ...
    def show_error(self, title: str, message: object) -> None: ...
    def _export_done(self, path: Path, what: str = ...) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

# Texts of this module are translated where they are shown, in the context "OutputActions".
PDF_FILTER = QT_TRANSLATE_NOOP("OutputActions", "PDF documents (*.pdf)")
WORD_FILTER = QT_TRANSLATE_NOOP("OutputActions", "Word documents (*.docx)")
TEXT_FILTER = QT_TRANSLATE_NOOP("OutputActions", "Plain text (*.txt)")


def _widget(window: MainWindow) -> QWidget | None:
    """Return the window as the parent of its dialogs."""
    from PySide6.QtWidgets import QWidget

    return window if isinstance(window, QWidget) else None


def _ready(window: MainWindow) -> bool:
    """Commit typing in progress; return False when there is no draft or the user cancels."""
    if not window.editing:
        return False
    if window.editor_built:
        window.editor.commit()
    return window.confirm_export()


def _ask_path(window: MainWindow, title: str, suffix: str, name_filter: str,
              tag: str = "") -> Path | None:
    """Ask for the file to write, offering the draft's name with ``tag`` and ``suffix``."""
    from PySide6.QtWidgets import QFileDialog

    named = window.session.path or window.session.suggested_path
    base = named.with_name(named.stem + tag + suffix) if named else (
        Path(window.settings.last_folder()) / f"draft{tag}{suffix}")
    name, _ = QFileDialog.getSaveFileName(_widget(window), translate("OutputActions", title),
                                          str(base), translate("OutputActions", name_filter))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _write(window: MainWindow, path: Path, what: str, write: Callable[[], object]) -> bool:
    """Run ``write``; report a failure in a dialog, success in the export message."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    problem: object = ""
    # A long draft takes a second or so to lay out: say so with the pointer.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write()
    except DraftDeskError as error:
        problem = error  # shown in the interface's language
    except Exception as error:  # noqa: BLE001 - the window must survive any export bug
        problem = f"{path}: {type(error).__name__}: {error}"
    finally:
        QApplication.restoreOverrideCursor()
    if problem:
        window.show_error(translate("OutputActions", "Export failed"), problem)
        return False
    window.last_export = path
    window._export_done(path, what)
    return True


@dataclass(frozen=True)
class Output:
    """A kind of file the window exports besides the L-document: how to ask, how to write."""

    title: str  # the file dialog's title
    suffix: str
    name_filter: str
    what: str  # "The … was written to"
    write: Callable[[Resolution, Path], object]
    tag: str = ""  # added to the draft's name in the suggested file name


def _pdf(resolution: Resolution, path: Path) -> None:
    from .printing import export_pdf

    export_pdf(resolution, path)


def _manuscript(resolution: Resolution, path: Path) -> None:
    from ..compose import Options, Profile
    from ..export import export_docx

    export_docx(resolution, path, options=Options(Profile.MANUSCRIPT))


def _text(resolution: Resolution, path: Path) -> None:
    from ..export.text import export_text

    export_text(resolution, path)


# The draft's pages as the preview shows them.
PDF = Output(QT_TRANSLATE_NOOP("OutputActions", "Export to PDF"), ".pdf", PDF_FILTER,
             QT_TRANSLATE_NOOP("OutputActions", "PDF"), _pdf)
# Plain Word, 12 pt, double spacing: what the Secretariat asks delegations to submit.
MANUSCRIPT = Output(QT_TRANSLATE_NOOP("OutputActions", "Export Submission Manuscript"), ".docx",
                    WORD_FILTER, QT_TRANSLATE_NOOP("OutputActions", "submission manuscript"),
                    _manuscript, "-manuscript")
# One paragraph a line, for e-mail and portals; imports back as the same draft.
TEXT = Output(QT_TRANSLATE_NOOP("OutputActions", "Export as Plain Text"), ".txt", TEXT_FILTER,
              QT_TRANSLATE_NOOP("OutputActions", "plain text"), _text)


def export_dialog(window: MainWindow, output: Output) -> None:
    """Ask where to write the file, then write it."""
    if _ready(window):
        path = _ask_path(window, output.title, output.suffix, output.name_filter, output.tag)
        if path is not None:
            export_to(window, output, path)


def export_to(window: MainWindow, output: Output, path: Path) -> bool:
    """Write the draft to ``path``; report the outcome in a dialog."""
    return _write(window, path, output.what,
                  lambda: output.write(window.session.resolution, path))


def document_name(window: MainWindow) -> str:
    """Return the job name a print queue shows: the draft's file name, or its symbol, as .pdf.

    Qt's "Print to File" proposes this name with its last ending replaced by ".pdf": without
    an ending of its own, "A_C.3_80_L.29" would lose its ".29". Slashes would be folders.
    """
    session = window.session
    named = session.path or session.suggested_path
    symbol = session.resolution.metadata.symbol.rstrip("*")
    if named is not None:
        stem = named.stem
    elif symbol:
        stem = symbol.replace("/", "_").replace(" ", "_")
    else:
        stem = "draft"
    return stem.replace("/", "_") + ".pdf"


def print_draft(window: MainWindow) -> bool:
    """Show the print dialog and print the pages it asks for; return True when printed."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    from .printing import lay_out, page_layout_of, paint_pages

    if not _ready(window):
        return False
    layout = lay_out(window.session.resolution)
    total = layout.page_count()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_of(layout))
    printer.setFullPage(True)  # the pages carry their own margins
    printer.setDocName(document_name(window))
    dialog = QPrintDialog(printer, _widget(window))
    dialog.setWindowTitle(translate("OutputActions", "Print"))
    dialog.setMinMax(1, total)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    pages = range(total)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        pages = range(printer.fromPage() - 1, min(total, printer.toPage()))
    try:
        printed = paint_pages(layout, printer, pages)
    except DraftDeskError as error:
        window.show_error(translate("OutputActions", "Printing failed"), error)
        return False
    where = printer.printerName() or translate("OutputActions", "the printer")
    message = (translate("OutputActions", "Sent 1 page to {printer}") if printed == 1 else
               translate("OutputActions", "Sent {count} pages to {printer}"))
    window.statusBar().showMessage(message.format(count=printed, printer=where), 6000)
    return True
