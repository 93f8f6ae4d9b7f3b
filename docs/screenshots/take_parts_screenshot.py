"""Take the screenshots of a text in parts and of an empty annex.

A/C.5/80/L.17 (United Nations common system, parts A and B) opened from its official PDF:
part B's row selected shows the part form; an annex added and left without paragraphs shows
in the document view as an empty line under its caption. Run under Xvfb, as the README in
this folder shows.
"""

from __future__ import annotations

import shots


def main() -> int:
    """Open the PDF; grab the part form, then an empty annex in the document view."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    window = shots.main_window()
    window.open_path(shots.DATA / "pdfs" / "A_C.5_80_L.17.pdf", ask=False)
    parts = window._editor_parts()
    parts.import_notes_dock.hide()
    parts.library_dock.hide()  # room for the outline's captions
    parts.splitter.setSizes([470, 430])
    part_b = window.session.resolution.further_parts[0]
    parts.part_actions.select_part(part_b.id)
    outline, model = window.outline, window.outline_model
    outline.collapse(model.index(0, 0))
    outline.collapse(model.index(1, 0))
    outline.scrollTo(model.section_index(model.sections()[2].part, part_b.id),
                     outline.ScrollHint.PositionAtTop)
    parts.preview.show_paragraph(next(part_b.walk())[1].id)
    shots.grab(window, "part-form.png")
    annex = window.session.add_annex("Terms of reference of the working group")
    assert annex is not None
    window.session.delete_paragraph(annex.paragraphs[0].id)
    parts.document_action.setChecked(True)
    view = parts.document_view
    line = view.empty_block(annex.id)
    assert line is not None
    cursor = view.textCursor()
    cursor.setPosition(line.position())
    view.setTextCursor(cursor)
    view.setFocus()
    top = view.document().documentLayout().blockBoundingRect(line).top()
    view.verticalScrollBar().setValue(int(top) - 360)
    shots.grab(window, "empty-annex-document-view.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
