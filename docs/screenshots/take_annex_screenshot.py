"""Take the annex screenshots: A/RES/80/3 with its annex, the Awaza Political Declaration.

Run under Xvfb, as the README in this folder shows.
"""

from __future__ import annotations

import shots


def main() -> int:
    """Open the PDF; grab the annex's form, a paragraph of the annex, the document view."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    window = shots.main_window()
    window.open_path(shots.DATA / "pdfs" / "A_RES_80_3.pdf", ask=False)
    parts = window._editor_parts()
    parts.import_notes_dock.hide()
    parts.library_dock.hide()  # room for the outline's captions
    parts.splitter.setSizes([470, 430])
    annex = window.session.resolution.annexes[0]
    parts.annex_actions.select_annex(annex.id)
    window.outline.collapse(window.outline_model.index(0, 0))  # the preamble: one paragraph
    window.outline.scrollTo(window.outline_model.annex_index(annex.id),
                            window.outline.ScrollHint.PositionAtTop)
    shots.grab(window, "annex-form.png")
    third = next(p for p in annex.paragraphs if window.session.label(p.id) == "3.")
    window.select_paragraph(third.id)
    window.outline.scrollTo(window.outline_model.annex_index(annex.id),
                            window.outline.ScrollHint.PositionAtTop)
    shots.grab(window, "annex-outline.png")
    parts.document_action.setChecked(True)  # the document view, the caret in the annex
    view = parts.document_view
    view.place_caret(third.id, 0)
    view.verticalScrollBar().setValue(
        int(view.document().documentLayout().blockBoundingRect(
            view.block_of(annex.paragraphs[0].id)).top()) - 160)
    shots.grab(window, "annex-document-view.png")
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
