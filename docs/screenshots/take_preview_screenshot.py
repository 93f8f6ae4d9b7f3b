"""Take ``preview-pages.png``: the seed draft in the editor, pages 1 and 2 of the preview.

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_preview_screenshot.py
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
PROFILE = Path(tempfile.mkdtemp(prefix="draftdesk-shots-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(PROFILE / variable.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402

from draftdesk.ui.main_window import MainWindow, app_icon  # noqa: E402


def settle(milliseconds: int = 500) -> None:
    """Let the window paint."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> int:
    """Open the example, give it its symbol, show its two pages side by side and grab."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DraftDesk")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    window.open_example()
    # The seed text carries no symbol; the issued document was A/62/L.25 (Draft details).
    meta = window.session.resolution.metadata
    window.session.set_metadata(dataclasses.replace(meta, symbol="A/62/L.25"))
    # Room for two legible pages: the clause library closed, the preview widened.
    library = window.findChild(QDockWidget, "libraryDock")
    if library is not None:
        library.hide()
    window.resizeDocks([window.preview_dock], [900], Qt.Orientation.Horizontal)
    window.resizeDocks([window.footnote_dock], [110], Qt.Orientation.Vertical)
    preview = window.preview
    preview.rebuild()
    settle()
    preview.fit_pages(2)
    preview.verticalScrollBar().setValue(0)
    window.select_paragraph(window.session.resolution.operative[0].id)
    window.editor.text.setFocus()
    settle()
    frame = window.frameGeometry()
    picture = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if picture.isNull() or picture.toImage().isNull():
        picture = window.grab()
    picture.save(str(HERE / "preview-pages.png"))
    print(f"wrote {HERE / 'preview-pages.png'} ({picture.width()}×{picture.height()})")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
