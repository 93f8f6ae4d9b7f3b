"""Helpers shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

SEED = Path(__file__).parents[1] / "data" / "gfmd-draft-resolution-2007.txt"


@dataclass
class DialogScript:
    """Answers for the static QMessageBox / QFileDialog calls, and a record of them."""

    question: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    open_name: str = ""
    save_name: str = ""
    calls: list[tuple[str, str]] = field(default_factory=list)

    def titles(self, kind: str) -> list[str]:
        """Return the texts of the dialogs of one kind shown so far."""
        return [text for k, text in self.calls if k == kind]


def type_at_end(qtbot: Any, window: Any, paragraph_id: str, text: str) -> None:
    """Select a paragraph and type at the end of its text through real key presses."""
    window.select_paragraph(paragraph_id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.text, text)


def drive_wizard(qtbot: Any, outcome: list[str], fill_page: Callable[[Any, Any], None]) -> None:
    """Once the guided form is open, fill each page with ``fill_page`` and press Next/Finish.

    Appends "finished" to ``outcome`` on success; otherwise the form is rejected so that no
    test waits on a modal dialog.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    wizard = QApplication.activeModalWidget()
    if not isinstance(wizard, NewDraftWizard):
        QTimer.singleShot(20, lambda: drive_wizard(qtbot, outcome, fill_page))
        return
    try:
        for _ in range(10):
            fill_page(wizard, wizard.currentPage())
            finish = wizard.button(QWizard.WizardButton.FinishButton)
            if finish.isVisible() and finish.isEnabled():
                qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
                outcome.append("finished")
                return
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                             Qt.MouseButton.LeftButton)
    finally:
        if not outcome:
            wizard.reject()


def when_modal(qtbot: Any, kind: type, act: Callable[[Any], Any], seen: list[Any],
               tries: int = 250) -> None:
    """Once a modal dialog of ``kind`` is up and focused, act on it; record what ``act`` gives.

    Call it through ``QTimer.singleShot`` before the key press that opens the dialog.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    if not isinstance(dialog, kind) or focus is None or focus.window() is not dialog:
        if isinstance(dialog, kind):
            if tries == 0:
                seen.append("never focused")
                dialog.reject()
                return
            dialog.activateWindow()
        QTimer.singleShot(20, lambda: when_modal(qtbot, kind, act, seen, tries - 1))
        return
    try:
        seen.append(act(dialog))
    finally:
        if dialog.isVisible():  # never leave a test waiting on a modal dialog
            seen.append(f"left open, focus on {QApplication.focusWidget()!r}")
            dialog.reject()
