"""Take the editor at the three screen sizes a drafter has: 1024×600, 1366×768, 1920×1080.

Each size runs in its own Xvfb screen of exactly that size, the window maximized on it:

    sh docs/screenshots/take_screen_sizes.sh
"""

from __future__ import annotations

import sys

import shots
from PySide6.QtWidgets import QApplication


def main() -> int:
    """Show the example draft maximized on the screen and save it as screen-WxH.png."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the window
    screen = QApplication.primaryScreen().geometry()
    window = shots.main_window()
    window.open_example()
    window.setGeometry(screen)
    window.showMaximized()
    shots.settle(600)
    window.select_paragraph(window.session.resolution.preambular[1].id)
    window.editor.focus_text()
    name = sys.argv[1] if len(sys.argv) > 1 else f"screen-{screen.width()}x{screen.height()}.png"
    shots.grab(window, name)
    if screen.width() == 1366 and len(sys.argv) < 2:
        # The same draft in the document view, the caret in the first operative paragraph.
        window._editor_parts().document_action.trigger()
        view = window._editor_parts().document_view
        view.place_caret(window.session.resolution.operative[0].id, 0)
        view.setFocus()
        shots.grab(window, "document-view-1366x768.png")
    window.session.mark_clean()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
