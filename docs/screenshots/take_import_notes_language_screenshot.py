"""Take the Import Notes panel in the language of the system's locale.

    LANG=es_ES.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \\
        uv run python docs/screenshots/take_import_notes_language_screenshot.py

writes ``interface-es-import-notes.png`` (``fr`` under a French locale): next session's draft
made from the official PDF of A/RES/73/7, its notes and the paragraphs they name in the
interface's language.
"""

from __future__ import annotations

import sys

import shots
from PySide6.QtCore import Qt

from draftdesk.app import install_translations


def main() -> int:
    """Roll A/RES/73/7 over, go to the note on operative paragraph 12, grab the window."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    code = install_translations()
    if code == "en":
        print("set LANG to a Spanish or French locale, e.g. LANG=es_ES.UTF-8", file=sys.stderr)
        return 2
    window = shots.main_window()
    window.rollover_path(shots.DATA / "pdfs" / "10_A_RES_73_7.pdf", ask=False)
    window.resizeDocks([window._editor_parts().import_notes_dock], [340],
                       Qt.Orientation.Vertical)
    panel = window._editor_parts().import_notes
    twelve = window.session.resolution.operative[11].id
    row = next(index for index in range(panel.list.count())
               if panel.list.item(index).data(Qt.ItemDataRole.UserRole) == twelve)
    panel.list.setCurrentRow(row)
    panel.list.paragraph_requested.emit(twelve)
    panel.list.setFocus()
    panel.list.scrollToTop()  # the notes on the whole draft first
    shots.grab(window, f"interface-{code}-import-notes.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
