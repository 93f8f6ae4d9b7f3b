"""Window fixes from the QA review: keys, focus, punctuation, footnotes, export warnings."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from draftdesk.ui import recovery

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def test_undo_back_to_the_saved_state_removes_the_recovery_copy(
    qtbot, tmp_path: Any, seeded: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "draft.draftdesk")
    assert seeded.save()
    first = seeded.session.resolution.operative[0].id
    seeded.select_paragraph(first)
    seeded.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(seeded.editor.text, " more")
    assert seeded.autosave() is not None
    assert recovery.all_copies()
    seeded.ui_actions["undo"].trigger()
    assert not seeded.session.dirty
    assert not recovery.all_copies()
