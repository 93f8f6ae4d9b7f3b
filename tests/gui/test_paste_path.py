"""One paste path: a paragraph or fifty, labelled or not, plain or from Word, read by the
importer's rules (labels dropped, opening phrases recognised, italics kept)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from draftdesk.model.document import Text

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _paste(qtbot: Any, window: Any, paragraph_id: str, text: str = "", html: str = "",
           at_end: bool = True) -> None:
    """Put the cursor in a paragraph's text and press Ctrl+V with text (or Word's HTML)."""
    window.select_paragraph(paragraph_id)
    field = window.editor.text
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End if at_end else QTextCursor.MoveOperation.Start)
    mime = QMimeData()
    mime.setText(text)
    if html:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)


def _outline(paragraphs: list[Any]) -> list[Any]:
    return [(p.lead, p.body_text, _outline(p.children)) for p in paragraphs]


def test_a_labelled_paragraph_pasted_into_an_empty_sub_paragraph_loses_its_label(
    qtbot: Any, small: Any
) -> None:
    session = small.session
    first = session.resolution.operative[0]
    child = session.add_subparagraph(first.id)
    assert child is not None
    _paste(qtbot, small, child.id, "(b) The organizers of the forum;")
    assert _outline(first.children) == [("", "The organizers of the forum", [])]


def test_a_labelled_paragraph_pasted_at_the_end_of_one_becomes_its_sub_paragraph(
    qtbot: Any, small: Any
) -> None:
    first = small.session.resolution.operative[0]
    _paste(qtbot, small, first.id, "(b) The organizers of the forum;")
    assert _outline([first]) == [
        ("Decides", "to convene a forum", [("", "The organizers of the forum", [])])]


def test_an_opening_phrase_pasted_into_an_empty_paragraph_becomes_the_lead(
    qtbot: Any, small: Any
) -> None:
    new = small.session.add_preambular(small.session.resolution.preambular[0].id)
    assert new is not None
    _paste(qtbot, small, new.id, "Recalling that the forum met in Brussels,")
    pasted = small.session.resolution.preambular[1]
    assert (pasted.lead, pasted.body_text) == ("Recalling", "that the forum met in Brussels")
    assert small.editor.lead.text() == "Recalling"


def test_an_operative_paragraph_pasted_with_its_number_is_read_whole(
    qtbot: Any, small: Any
) -> None:
    new = small.session.add_operative(small.session.resolution.operative[-1].id)
    assert new is not None
    _paste(qtbot, small, new.id, "3. Decides to remain seized of the matter.")
    assert _outline(small.session.resolution.operative)[-1] == (
        "Decides", "to remain seized of the matter", [])


def test_word_html_keeps_its_italics_and_its_italic_opening_phrase(
    qtbot: Any, small: Any
) -> None:
    new = small.session.add_preambular(small.session.resolution.preambular[0].id)
    assert new is not None
    html = ("<html><body><!--StartFragment--><p class=MsoNormal><i>Taking note</i> of the "
            "<i>Official Records</i> of the session,</p><!--EndFragment--></body></html>")
    _paste(qtbot, small, new.id, "Taking note of the Official Records of the session,", html)
    pasted = small.session.resolution.preambular[1]
    assert pasted.lead == "Taking note"
    assert pasted.content == [Text("of the "), Text("Official Records", italic=True),
                              Text(" of the session")]


def test_word_html_pasted_inside_a_paragraph_keeps_italics_at_the_cursor(
    qtbot: Any, small: Any
) -> None:
    first = small.session.resolution.operative[0]
    html = "<p> under the <i>Global Forum</i> rules</p>"
    _paste(qtbot, small, first.id, " under the Global Forum rules", html)
    small.editor.commit()
    assert first.content == [Text("to convene a forum under the "),
                             Text("Global Forum", italic=True), Text(" rules")]


def test_fifty_paragraphs_labelled_or_not_follow_the_same_rules(qtbot: Any, small: Any) -> None:
    last = small.session.resolution.operative[-1]
    lines = []
    for number in range(3, 53):
        lines.append(f"{number}. Requests the Secretary-General to report on item {number};"
                     if number % 2 else f"Invites States to act on item {number};")
    _paste(qtbot, small, last.id, "\n".join(lines), at_end=True)
    operative = small.session.resolution.operative
    # The first unlabelled... every labelled one is a paragraph of its own, unlabelled ones follow.
    texts = [(p.lead, p.body_text) for p in operative[2:]]
    assert len(texts) == 50
    assert texts[0] == ("Requests", "the Secretary-General to report on item 3")
    assert texts[1] == ("Invites", "States to act on item 4")
    assert all(not body.startswith(("(", "1", "2", "3", "4", "5")) for _lead, body in texts)


@pytest.mark.parametrize(
    ("language", "text", "lead", "rest"),
    [
        ("es", "Recordando que el Foro se reunió en Bruselas,", "Recordando",
         "que el Foro se reunió en Bruselas"),
        ("fr", "Rappelant que le Forum s’est réuni à Bruxelles,", "Rappelant",
         "que le Forum s’est réuni à Bruxelles"),
    ],
)
def test_a_paragraph_pasted_into_a_spanish_or_french_draft_finds_its_opening_phrase(
    qtbot: Any, small: Any, language: str, text: str, lead: str, rest: str
) -> None:
    small.session.resolution.metadata.language = language
    new = small.session.add_preambular(small.session.resolution.preambular[0].id)
    assert new is not None
    _paste(qtbot, small, new.id, text)
    pasted = small.session.resolution.preambular[1]
    assert (pasted.lead, pasted.body_text) == (lead, rest)


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("es", "b) Los organizadores del foro;", "Los organizadores del foro"),
        ("fr", "b) Les organisateurs du forum ;", "Les organisateurs du forum"),
        ("es", "ii) los gastos de viaje;", "los gastos de viaje"),
    ],
)
def test_a_spanish_or_french_label_pasted_is_not_kept_in_the_text(
    qtbot: Any, small: Any, language: str, text: str, body: str
) -> None:
    small.session.resolution.metadata.language = language
    first = small.session.resolution.operative[0]
    _paste(qtbot, small, first.id, text)
    assert [child.body_text for child in first.children] == [body]
