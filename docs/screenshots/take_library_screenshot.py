"""Take library-panel.png: the clause library beside the outline, with a similar-wording hint.

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_library_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parents[1] / "tests" / "data"
# A private profile, so the screenshot shows no one's libraries or window layout.
PROFILE = Path(tempfile.mkdtemp(prefix="draftdesk-shots-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(PROFILE / variable.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from draftdesk.importers import import_file  # noqa: E402
from draftdesk.library import add_resolution_files  # noqa: E402
from draftdesk.ui.main_window import MainWindow, app_icon  # noqa: E402

TYPED = ("Encourages further efforts by the United Nations and other international and "
         "regional organizations to assist States, upon their request")


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
    """Open the 2007 draft, type a paragraph close to agreed language, grab the window."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DraftDesk")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    settle()
    window.open_resolution(import_file(DATA / "gfmd-draft-resolution-2007.txt"))
    store = window.library.store()
    assert store is not None
    corpus = DATA / "corpus"
    add_resolution_files(store, "Agreed language", [
        corpus / "10_A_RES_73_7.txt", corpus / "09_A_RES_80_164.txt",
        corpus / "04_A_C.2_80_L.30.txt",
    ])
    window.library.refresh_libraries()
    window.library.run_search()

    # A new operative paragraph, typed as a drafter would.
    operative = window.session.resolution.operative
    window.select_paragraph(operative[-1].id)
    window.new_operative()
    window.editor.lead.setText("Encourages")
    window.editor.text.setFocus()
    QTest.keyClicks(window.editor.text, TYPED.removeprefix("Encourages "), delay=5)
    settle(600)  # the hint follows a pause in typing
    window.library.select_clause(0, similar=True)
    window.editor.text.setFocus()
    grab(window, "library-panel.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
