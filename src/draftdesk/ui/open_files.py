"""What the window opens: drafts, official PDFs, Word files and texts, by name or by drop.

Reading a long PDF takes a moment, so reading shows a busy progress dialog while a worker thread
reads; the model it builds is handed back to the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    # The window imports this module on its way to the first paint, which needs none of these
    # (the Qt namespace alone costs tens of milliseconds to load).
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QWidget

DRAFT_SUFFIX = ".draftdesk"  # as in draftdesk.storage, which loads only when a file does
# Files read through the importers into a new, unsaved draft.
IMPORTED_SUFFIXES = (".pdf", ".docx", ".txt")
OPENABLE_SUFFIXES = (DRAFT_SUFFIX, *IMPORTED_SUFFIXES)
# Each filter is translated where a file dialog shows it (``shown_filter``).
OPEN_FILTER = ";;".join((
    QT_TRANSLATE_NOOP("OpenFiles", "Drafts and resolutions (*.draftdesk *.pdf *.docx *.txt)"),
    QT_TRANSLATE_NOOP("OpenFiles", "DraftDesk drafts (*.draftdesk)"),
    QT_TRANSLATE_NOOP("OpenFiles", "PDF documents (*.pdf)"),
    QT_TRANSLATE_NOOP("OpenFiles", "Word documents (*.docx)"),
    QT_TRANSLATE_NOOP("OpenFiles", "Text files (*.txt)"),
    QT_TRANSLATE_NOOP("OpenFiles", "All files (*)"),
))
ADOPTED_FILTER = ";;".join((
    QT_TRANSLATE_NOOP("OpenFiles", "Adopted resolutions (*.pdf *.docx *.txt *.draftdesk)"),
    QT_TRANSLATE_NOOP("OpenFiles", "PDF documents (*.pdf)"),
    QT_TRANSLATE_NOOP("OpenFiles", "Word documents (*.docx)"),
    QT_TRANSLATE_NOOP("OpenFiles", "Text files (*.txt)"),
    QT_TRANSLATE_NOOP("OpenFiles", "DraftDesk drafts (*.draftdesk)"),
    QT_TRANSLATE_NOOP("OpenFiles", "All files (*)"),
))


def shown_filter(name_filter: str) -> str:
    """Return a file dialog's filter (``OPEN_FILTER``, ``ADOPTED_FILTER``) in the interface's
    language."""
    return ";;".join(translate("OpenFiles", part) for part in name_filter.split(";;"))


# Reading these (or a text this large) shows the busy dialog; a short text opens at once.
SLOW_SUFFIXES = (".pdf", ".docx")
SLOW_TEXT_BYTES = 1_000_000
POLL_MS = 20  # how often the window looks whether the reading has finished

T = TypeVar("T")


def dropped_files(mime: QMimeData) -> list[Path]:
    """Return the local files in a drop that DraftDesk opens, in the order given."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in OPENABLE_SUFFIXES]


def is_slow(path: Path) -> bool:
    """Say whether reading a file is worth a progress dialog."""
    if path.suffix.lower() in SLOW_SUFFIXES:
        return True
    try:
        return path.stat().st_size > SLOW_TEXT_BYTES
    except OSError:
        return False


def run_busy(parent: QWidget, label: str, work: Callable[[], T], show: bool = True) -> T:
    """Run ``work`` beside a modal busy dialog (when ``show``) and return what it returns.

    The reading runs in a worker thread, so the dialog keeps moving and the window keeps
    painting; ``work`` must not touch Qt: it builds a model, which comes back to this (the
    window's) thread. Errors from ``work`` are raised here once the dialog has closed.
    """
    if not show:
        return work()
    import threading

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("readingProgress")
    dialog.setWindowTitle(translate("OpenFiles", "DraftDesk"))
    dialog.setCancelButton(None)  # a read cannot be stopped half-way; it is bounded
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)
    dialog.show()
    outcome: list[tuple[bool, object]] = []

    def read() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # any error, bug or not, is raised in the window
            outcome.append((False, error))

    worker = threading.Thread(target=read, name="draftdesk-read", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    poll.start()
    try:
        if worker.is_alive():
            loop.exec()
        worker.join()
    finally:
        poll.stop()
        dialog.close()
        dialog.deleteLater()
    succeeded, value = outcome[0]
    if not succeeded:
        assert isinstance(value, BaseException)
        raise value
    return cast(T, value)
