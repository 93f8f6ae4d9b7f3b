"""The whole walkthrough with the keyboard alone: new draft, its steps, paragraphs, a
footnote, save and export - only key presses on the focused widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import DialogScript, when_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from draftdesk.storage import load_draft, to_dict
from draftdesk.ui import dialogs as dialog_module

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TITLE = "Global Forum on Migration and Development"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def focused() -> Any:
    """Return the widget with the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: Any, code: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on the focused widget."""
    qtbot.keyClick(focused(), code, modifiers)


def type_text(qtbot: Any, text: str) -> None:
    """Type on the focused widget."""
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: Any, target: Any, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus."""
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def back_to(qtbot: Any, window: Any) -> None:
    """Give the window back its activation once a dialog closes, as a window manager does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def fill_modal(qtbot: Any, kind: type, text: str, log: list[str]) -> None:
    """Once a modal dialog of ``kind`` is up and focused, type ``text`` and press Enter."""

    def fill(_dialog: Any) -> str:
        type_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Return)
        return "done"

    when_modal(qtbot, kind, fill, log)


def drive_wizard(qtbot: Any, log: list[str], tries: int = 250) -> None:
    """Once the guided form is up and focused, go through it with keys."""
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    wizard = QApplication.activeModalWidget()
    widget = QApplication.focusWidget()
    if not isinstance(wizard, NewDraftWizard) or widget is None or widget.window() is not wizard:
        if isinstance(wizard, NewDraftWizard):
            if tries == 0:
                log.append("never focused")
                wizard.reject()
                return
            wizard.activateWindow()
        QTimer.singleShot(20, lambda: drive_wizard(qtbot, log, tries - 1))
        return
    try:
        for _ in range(10):
            page = wizard.currentPage()
            assert focused().window() is wizard
            log.append(type(page).__name__)
            if page is wizard.sponsors_page:
                for name in ("Mexico", "Ecuador"):
                    type_text(qtbot, name)
                    key(qtbot, Qt.Key.Key_Return)
                    focused().selectAll()
                tab_to(qtbot, wizard.button(QWizard.WizardButton.NextButton))
                key(qtbot, Qt.Key.Key_Space)
                continue
            if page is wizard.title_page:
                type_text(qtbot, TITLE)
            finish = wizard.button(QWizard.WizardButton.FinishButton)
            last = finish.isVisible()
            key(qtbot, Qt.Key.Key_Return)
            if last:
                log.append("finished")
                return
    finally:
        if wizard.isVisible():
            log.append("left open")
            wizard.reject()


def test_the_walkthrough_with_the_keyboard_alone(
    qtbot: Any, tmp_path: Path, window: Any, dialogs: DialogScript
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    log: list[str] = []
    QTimer.singleShot(0, lambda: drive_wizard(qtbot, log))
    key(qtbot, Qt.Key.Key_N, CTRL)
    # Each step opens with the focus in it; Enter, or Tab to Next and Space, moves on.
    assert log == ["BodyPage", "SessionPage", "AgendaPage", "SponsorsPage", "TitlePage",
                   "SymbolPage", "finished"]
    resolution = window.session.resolution
    assert resolution.metadata.title == TITLE
    back_to(qtbot, window)
    # The preambular paragraph the new draft starts with is the current one.
    preambular, operative = resolution.preambular[0], resolution.operative[0]
    assert window.editor.paragraph_id == preambular.id
    key(qtbot, Qt.Key.Key_2, CTRL)
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.editor.lead
    type_text(qtbot, "Recalling")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.editor.text
    type_text(qtbot, "its resolution 61/208 of 20 December 2006")
    notes: list[str] = []
    QTimer.singleShot(0, lambda: fill_modal(qtbot, dialog_module.FootnoteTextDialog,
                                            "A/61/515.", notes))
    key(qtbot, Qt.Key.Key_F, CTRL | ALT)
    assert notes == ["done"]
    back_to(qtbot, window)
    assert focused() is window.editor.text
    # The operative paragraph: down the outline to it.
    key(qtbot, Qt.Key.Key_1, CTRL)
    for _ in range(10):
        if window.editor.paragraph_id == operative.id:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert window.editor.paragraph_id == operative.id
    key(qtbot, Qt.Key.Key_2, CTRL)
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "Invites")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Member States")
    key(qtbot, Qt.Key.Key_S, CTRL | ALT)
    assert focused() is window.editor.lead
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "to participate in the Forum")

    # Save (Ctrl+S asks for a name the first time) and export (Ctrl+E).
    path = tmp_path / "gfmd.draftdesk"
    dialogs.save_name = str(path)
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert path.exists() and not window.isWindowModified()
    saved = load_draft(path)
    assert saved.metadata.title == TITLE
    assert sorted(s.name for s in saved.metadata.sponsors) == ["Ecuador", "Mexico"]
    data = to_dict(saved)
    [note] = data["footnotes"]
    assert note["content"] == ["A/61/515."]
    assert [{k: v for k, v in p.items() if k != "id"} for p in data["preambular"]] == [
        {"lead": "Recalling", "content": ["its resolution 61/208 of 20 December 2006",
                                          {"footnote": note["id"]}]}]
    [invites] = data["operative"]
    assert (invites["lead"], invites["content"]) == ("Invites", ["Member States"])
    assert [(c["lead"], c["content"]) for c in invites["children"]] == [
        ("", ["to participate in the Forum"])]
    target = tmp_path / "gfmd.docx"
    dialogs.save_name = str(target)
    back_to(qtbot, window)
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert window.last_export == target
    body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Recalling its resolution 61/208 of 20 December 2006," in body
    assert "Invites Member States:" in body
    assert "to participate in the Forum." in body
    if window.export_message is not None:
        window.export_message.close()
