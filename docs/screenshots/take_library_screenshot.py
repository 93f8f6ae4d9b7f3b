"""Take library-panel.png: the clause library beside the outline, with a similar-wording hint.

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_library_screenshot.py
"""

from __future__ import annotations

import shots
from PySide6.QtTest import QTest

from draftdesk.importers import import_file
from draftdesk.library import add_resolution_files

TYPED = ("Encourages further efforts by the United Nations and other international and "
         "regional organizations to assist States, upon their request")


def main() -> int:
    """Open the 2007 draft, type a paragraph close to agreed language, grab the window."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the window
    window = shots.main_window()
    shots.settle()
    window.open_resolution(import_file(shots.DATA / "gfmd-draft-resolution-2007.txt"))
    store = window.library.store()
    assert store is not None
    corpus = shots.DATA / "corpus"
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
    shots.settle(600)  # the hint follows a pause in typing
    window.library.select_clause(0, similar=True)
    window.editor.text.setFocus()
    shots.grab(window, "library-panel.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
