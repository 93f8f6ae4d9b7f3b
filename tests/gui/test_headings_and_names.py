"""Headings hold no sub-paragraphs, whatever the route; Save As never writes over documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from draftdesk.model.document import Paragraph, ParagraphKind, Resolution, Text
from draftdesk.storage import load_draft
from draftdesk.ui.main_window import draft_path_for
from draftdesk.ui.outline import OutlineModel
from draftdesk.ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _with_heading() -> Resolution:
    return Resolution(
        preambular=[Paragraph("Recalling", [Text("a")])],
        operative=[
            Paragraph("Decides", [Text("b")]),
            Paragraph(kind=ParagraphKind.HEADING, content=[Text("Financing")]),
            Paragraph("Requests", [Text("c")]),
        ],
    )


def test_new_sub_paragraph_on_a_heading_is_refused(window: Any) -> None:
    window.set_session(Session(_with_heading()))
    heading = window.session.resolution.operative[1]
    window.select_paragraph(heading.id)
    window.ui_actions["new_subparagraph"].trigger()
    assert heading.children == []
    assert window.session.undo_stack.count() == 0
    assert "heading cannot have sub-paragraphs" in window.statusBar().currentMessage()


def test_a_drop_on_a_heading_lands_after_it(qapp: Any) -> None:
    session = Session(_with_heading())
    model = OutlineModel(session)
    first, heading, _last = session.resolution.operative
    data = model.mimeData([model.index_of(first.id)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(heading.id))
    assert heading.children == []
    assert [p.kind for p in session.resolution.operative] == [
        ParagraphKind.HEADING, ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH
    ]
    assert session.resolution.operative[1] is first
    assert session.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("gfmd.docx", "gfmd.draftdesk"),
        ("gfmd.pdf", "gfmd.draftdesk"),
        ("notes.txt", "notes.draftdesk"),
        ("draft v1.2", "draft v1.2.draftdesk"),
        ("trailing.", "trailing.draftdesk"),
        ("plain", "plain.draftdesk"),
        ("kept.DRAFTDESK", "kept.DRAFTDESK"),
    ],
)
def test_save_as_names(typed: str, written: str) -> None:
    assert draft_path_for(f"/tmp/x/{typed}") == Path(f"/tmp/x/{written}")


def test_save_as_over_an_exported_document_keeps_the_document(
    seeded: Any, dialogs: Any, tmp_path: Path
) -> None:
    exported = tmp_path / "gfmd.docx"
    exported.write_bytes(b"PK\x03\x04 a Word file")
    dialogs.save_name = str(exported)
    seeded.ui_actions["save_as"].trigger()
    assert exported.read_bytes() == b"PK\x03\x04 a Word file"
    saved = tmp_path / "gfmd.draftdesk"
    assert load_draft(saved).metadata.title == seeded.session.resolution.metadata.title
    assert seeded.session.path == saved
