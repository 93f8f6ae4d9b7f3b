"""Start-up hook for the crash-recovery test: scripted edits in a real DraftDesk process.

Named in DRAFTDESK_STARTUP_HOOK as ``crash_driver:edit``; the window calls it once it has opened
the FILE argument. The test then kills the process with SIGKILL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

MARKER = "as agreed before the crash"


def edit(window: Any) -> None:
    """Type at the end of the first operative paragraph, add a footnote and a paragraph."""
    operative = window.session.resolution.operative
    window.select_paragraph(operative[0].id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor.text, f" {MARKER}")
    window.add_footnote_at_cursor("Recovered note.")
    # Shortcuts need an active window, which the offscreen platform may not give: use the action.
    window.ui_actions["new_operative"].trigger()
    QTest.keyClicks(window.editor.lead, "Decides")
    print("edited", flush=True)
    # Keep typing, so that autosaves keep coming and the kill can land in the middle of one.
    window.editor.text.setFocus()
    timer = QTimer(window)
    timer.timeout.connect(lambda: QTest.keyClicks(window.editor.text, "x"))
    timer.start(20)


def close_cleanly(window: Any) -> None:
    """Report what the window shows, then close it as a user would (File > Quit)."""
    print(f"title: {window.windowTitle()}", flush=True)
    window.ui_actions["quit"].trigger()
