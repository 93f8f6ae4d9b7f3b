"""Take the rollover screenshot: next session's draft from A/RES/73/7, with its import notes.

Run under Xvfb, as the README in this folder shows.
"""

from __future__ import annotations

import shots
from PySide6.QtCore import Qt


def main() -> int:
    """Roll the PDF of A/RES/73/7 over, go to the note on operative paragraph 12, grab it."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    window = shots.main_window()
    window.rollover_path(shots.DATA / "pdfs" / "10_A_RES_73_7.pdf", ask=False)
    window.resizeDocks([window._editor_parts().import_notes_dock], [230],
                       Qt.Orientation.Vertical)
    panel = window._editor_parts().import_notes
    row = next(index for index in range(panel.list.count())
               if panel.list.item(index).text().startswith("Operative paragraph 12"))
    panel.list.setCurrentRow(row)
    panel.list.paragraph_requested.emit(window.session.resolution.operative[11].id)
    panel.list.setFocus()
    shots.grab(window, "rollover-import-notes.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
