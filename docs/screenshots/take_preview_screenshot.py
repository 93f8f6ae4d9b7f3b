"""Take ``preview-pages.png``: the seed draft in the editor, pages 1 and 2 of the preview.

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_preview_screenshot.py
"""

from __future__ import annotations

import dataclasses

import shots
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget


def main() -> int:
    """Open the example, give it its symbol, show its two pages side by side and grab."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the window
    window = shots.main_window()
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
    shots.settle(500)
    preview.fit_pages(2)
    preview.verticalScrollBar().setValue(0)
    window.select_paragraph(window.session.resolution.operative[0].id)
    window.editor.text.setFocus()
    shots.settle(500)
    shots.grab(window, "preview-pages.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
