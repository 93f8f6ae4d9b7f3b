"""Shared set-up for the screenshot scripts in this folder.

Importing this module gives the process a private, empty profile and the xcb platform,
so it must be imported before PySide6 (and before anything that imports PySide6).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "tests" / "data"
# A private profile, so the screenshots show no one's recent files, libraries or window layout.
PROFILE = Path(tempfile.mkdtemp(prefix="draftdesk-shots-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(PROFILE / variable.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from draftdesk.ui.main_window import MainWindow, app_icon  # noqa: E402


def settle(milliseconds: int = 400) -> None:
    """Let the windows paint (a local loop: QApplication.quit() would close them)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> Path:
    """Save what the screen shows of a top-level widget as ``name`` in this folder."""
    settle()
    frame = widget.frameGeometry()
    picture = widget.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if picture.isNull() or picture.toImage().isNull():
        picture = widget.grab()
    path = HERE / name
    picture.save(str(path))
    print(f"wrote {path} ({picture.width()}×{picture.height()})")
    return path


def make_app() -> QApplication:
    """Create the application with DraftDesk's name and icon."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DraftDesk")
    app.setWindowIcon(app_icon())
    return app


def main_window() -> MainWindow:
    """Show a main window at the size and place every screenshot uses."""
    window = MainWindow()
    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    return window
