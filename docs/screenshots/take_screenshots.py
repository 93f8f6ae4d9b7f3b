"""Take the window screenshots in this folder (run under Xvfb, see README in this folder).

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
# A private profile, so the screenshots show no one's recent files or window layout.
PROFILE = Path(tempfile.mkdtemp(prefix="draftdesk-shots-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(PROFILE / variable.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

from draftdesk.ui.main_window import MainWindow, app_icon  # noqa: E402
from draftdesk.ui.new_draft_wizard import NewDraftWizard  # noqa: E402


def settle(milliseconds: int = 400) -> None:
    """Let the window paint."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> None:
    """Save what the screen shows of a top-level widget."""
    settle()
    screen = widget.screen()
    frame = widget.frameGeometry()
    picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if picture.isNull() or picture.toImage().isNull():
        picture = widget.grab()
    picture.save(str(HERE / name))
    print(f"wrote {HERE / name} ({picture.width()}×{picture.height()})")


def main() -> int:
    """Take the start page, guided form and editor screenshots."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DraftDesk")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    grab(window, "start-page.png")

    wizard = NewDraftWizard(parent=window)
    wizard.move(120, 80)
    wizard.show()
    wizard.body_page.set_body(wizard.body_page.body())
    wizard.next()
    wizard.next()
    row = wizard.agenda_page.rows[0]
    row.number.setText("116")
    row.title.setText("Follow-up to the outcome of the Millennium Summit")
    wizard.next()
    wizard.sponsors_page.add_names(["Ecuador", "Mexico"])
    grab(wizard, "guided-new-draft.png")
    wizard.next()
    wizard.title_page.edit.setText("Global Forum on Migration and Development")
    grab(wizard, "guided-new-draft-title.png")
    wizard.button(QWizard.WizardButton.CancelButton).click()

    window.open_example()
    window.select_paragraph(window.session.resolution.preambular[0].id)
    window.editor.text.setFocus()
    grab(window, "editor-seed-draft.png")
    operative = window.session.resolution.operative
    window.select_paragraph(operative[0].children[0].id)
    window.editor.text.setFocus()
    grab(window, "editor-seed-operative.png")

    # A cross-reference and a new footnote typed into the last operative paragraph.
    window.select_paragraph(operative[2].id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor.text, " and to the measures in ")
    window.add_cross_reference_at_cursor(operative[0].children[1].id)
    QTest.keyClicks(window.editor.text, " above")
    window.add_footnote_at_cursor("See also A/62/222.")
    window.editor.text.setFocus()
    window.preview.rebuild()
    window.preview.verticalScrollBar().setValue(window.preview.verticalScrollBar().maximum())
    grab(window, "editor-footnote-and-reference.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
