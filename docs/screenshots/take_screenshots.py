"""Take the start page, guided form and editor screenshots (run under Xvfb, see README).

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import shots
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from draftdesk.ui.new_draft_wizard import NewDraftWizard


def main() -> int:
    """Take the start page, guided form and editor screenshots."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    window = shots.main_window()
    shots.grab(window, "start-page.png")

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
    shots.grab(wizard, "guided-new-draft.png")
    wizard.next()
    wizard.title_page.edit.setText("Global Forum on Migration and Development")
    shots.grab(wizard, "guided-new-draft-title.png")
    wizard.button(QWizard.WizardButton.CancelButton).click()

    window.open_example()
    window.select_paragraph(window.session.resolution.preambular[0].id)
    window.editor.text.setFocus()
    shots.grab(window, "editor-seed-draft.png")
    operative = window.session.resolution.operative
    window.select_paragraph(operative[0].children[0].id)
    window.editor.text.setFocus()
    shots.grab(window, "editor-seed-operative.png")

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
    shots.grab(window, "editor-footnote-and-reference.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
