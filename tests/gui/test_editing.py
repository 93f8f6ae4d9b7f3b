"""Composing in the window: typing, opening phrases, new paragraphs, footnotes,
cross-references, undo, and the preview following along."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import type_at_end
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from draftdesk.model.document import CrossRef, FootnoteRef, Paragraph, Text
from draftdesk.model.edit import OBJECT_CHARACTER
from draftdesk.ui import dialogs as dialog_module

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The offscreen platform cannot raise windows, grab the keyboard or propagate size hints,
# and says so whenever a window or a completion popup shows.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")




def test_typing_updates_model_outline_and_preview(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    type_at_end(qtbot, small, op.id, " in 2008")
    assert op.body_text == "to convene a forum in 2008"
    index = small.outline_model.index_of(op.id)
    assert small.outline_model.data(index) == "1. Decides to convene a forum in 2008"
    assert "1.\tDecides to convene a forum in 2008;" in small.preview.plain_text()
    assert not small.preview.pending()  # the typing path rewrote one block, no rebuild


def test_typing_burst_is_one_undo_step_ctrl_z_and_ctrl_y(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[1]
    type_at_end(qtbot, small, op.id, " annually")
    assert small.session.undo_stack.count() == 1
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Z, CTRL)
    assert op.body_text == "the Secretary-General to report"
    assert small.editor.text.toPlainText() == "the Secretary-General to report"
    assert not small.isWindowModified()
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Y, CTRL)
    assert op.body_text == "the Secretary-General to report annually"
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Z, CTRL | SHIFT)  # nothing left to redo
    assert op.body_text.endswith("annually")


def test_opening_phrase_completes_and_flags_unknown_phrases(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    lead = small.editor.lead
    lead.setFocus()
    lead.selectAll()
    qtbot.keyClicks(lead, "Furth")
    completions = small.editor.completer.completionModel()
    shown = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "Further requests" in shown
    qtbot.keyClicks(lead, "er requests")
    assert op.lead == "Further requests"
    assert small.editor.warning.isHidden()
    lead.selectAll()
    qtbot.keyClicks(lead, "Strongly considering")
    assert op.lead == "Strongly considering"  # flagged, not refused
    assert small.editor.warning.isVisible()
    assert "not a standard operative" in small.editor.warning.text()


def test_enter_in_the_text_starts_the_next_paragraph(qtbot, small: Any) -> None:
    first = small.session.resolution.operative[0]
    type_at_end(qtbot, small, first.id, "")
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Return)
    operative = small.session.resolution.operative
    assert len(operative) == 3
    assert small.current_paragraph() == operative[1].id
    assert small.editor.lead.hasFocus()
    qtbot.keyClicks(small.editor.lead, "Invites")
    assert operative[1].lead == "Invites"
    assert small.session.derived.label(operative[2].id) == "3."


def test_insert_actions_by_keyboard(qtbot, small: Any) -> None:
    first = small.session.resolution.operative[0]
    small.select_paragraph(first.id)
    small.outline.setFocus()
    qtbot.keyClick(small.outline, Qt.Key.Key_S, CTRL | ALT)
    assert len(first.children) == 1
    sub = first.children[0]
    assert small.current_paragraph() == sub.id
    assert small.editor.heading.text() == "Sub-paragraph (a)"
    assert small.editor.ending.text() == "Ends with “;”"
    qtbot.keyClick(small.outline, Qt.Key.Key_P, CTRL | ALT)
    assert len(small.session.resolution.preambular) == 2
    qtbot.keyClick(small.outline, Qt.Key.Key_O, CTRL | ALT)
    assert len(small.session.resolution.operative) == 3
    qtbot.keyClick(small.outline, Qt.Key.Key_H, CTRL | ALT)
    kinds = [p.kind.value for p in small.session.resolution.operative]
    assert kinds.count("heading") == 1
    assert small.editor.heading.text() == "Heading"


def test_footnote_at_the_cursor_with_ctrl_alt_f(monkeypatch, qtbot, small: Any) -> None:
    def accept(self: Any) -> int:
        self.text.setPlainText("A/61/515.")
        return 1

    monkeypatch.setattr(dialog_module.FootnoteTextDialog, "exec", accept)
    pp = small.session.resolution.preambular[0]
    type_at_end(qtbot, small, pp.id, " of 2006")
    qtbot.keyClick(small.editor.text, Qt.Key.Key_F, CTRL | ALT)
    assert pp.content[-1] == FootnoteRef(next(iter(small.session.resolution.footnotes)))
    assert pp.body_text == "its resolution 61/208 of 2006"
    assert small.editor.text.toPlainText().endswith(OBJECT_CHARACTER)
    assert small.footnotes.list.item(0).text() == "1.  A/61/515."
    small.preview.rebuild()
    text = small.preview.plain_text()
    assert "its resolution 61/208 of 2006,1" in text
    assert "1 A/61/515." in text
    # Typing goes on after the marker, in a new undo step.
    qtbot.keyClicks(small.editor.text, " x")
    assert isinstance(pp.content[-2], FootnoteRef) and pp.content[-1] == Text(" x")
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Z, CTRL)
    assert not small.session.resolution.footnotes
    assert pp.body_text == "its resolution 61/208 of 2006"


def test_footnotes_renumber_when_paragraphs_move(qtbot, small: Any) -> None:
    operative = small.session.resolution.operative
    small.select_paragraph(operative[0].id)
    first = small.add_footnote_at_cursor("first note")
    small.select_paragraph(operative[1].id)
    second = small.add_footnote_at_cursor("second note")
    assert small.session.derived.footnote_numbers == {first: 1, second: 2}
    small.select_paragraph(operative[1].id)
    small.ui_actions["move_up"].trigger()
    assert small.session.derived.footnote_numbers == {second: 1, first: 2}
    assert small.footnotes.list.item(0).text() == "1.  second note"
    qtbot.waitUntil(lambda: not small.preview.pending())
    assert "1 second note" in small.preview.plain_text()


def test_footnote_panel_edits_deletes_and_cites(qtbot, small: Any) -> None:
    pp, op = small.session.resolution.preambular[0], small.session.resolution.operative[0]
    small.select_paragraph(pp.id)
    note = small.add_footnote_at_cursor("A/61/515")
    panel = small.footnotes
    panel.select_note(str(note))
    panel.text.setPlainText("A/61/515 and Corr.1.")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert small.session.resolution.footnotes[str(note)].plain_text == "A/61/515 and Corr.1."
    small.select_paragraph(op.id)
    small.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    panel.select_note(str(note))
    qtbot.mouseClick(panel.cite_button, Qt.MouseButton.LeftButton)
    assert op.content[-1] == FootnoteRef(str(note))
    assert small.session.derived.footnote_numbers == {str(note): 1}
    panel.select_note(str(note))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert not small.session.resolution.footnotes
    assert all(not isinstance(i, FootnoteRef) for i in pp.content + op.content)
    assert panel.list.count() == 0


def test_cross_reference_follows_renumbering_and_flags_deletion(
    monkeypatch, qtbot, small: Any
) -> None:
    operative = small.session.resolution.operative
    small.session.add_operative(operative[1].id)
    target = operative[1]
    referrer = operative[2]

    def choose(self: Any) -> int:
        labels = [self.list.item(i).text() for i in range(self.list.count())]
        assert any(label.startswith("OP · paragraph 2: 2. Requests") for label in labels)
        self.choose(target.id)
        return 1

    monkeypatch.setattr(dialog_module.CrossReferenceDialog, "exec", choose)
    small.select_paragraph(referrer.id)
    small.editor.text.setFocus()
    qtbot.keyClicks(small.editor.lead, "Recalls")
    qtbot.keyClicks(small.editor.text, "the request in ")
    qtbot.keyClick(small.editor.text, Qt.Key.Key_R, CTRL | ALT)
    assert referrer.content == [Text("the request in "), CrossRef(target.id)]
    small.preview.rebuild()
    assert "3.\tRecalls the request in paragraph 2." in small.preview.plain_text()
    small.select_paragraph(target.id)
    small.ui_actions["move_up"].trigger()
    assert small.session.derived.cross_ref_text(target.id) == "paragraph 1"
    small.select_paragraph(target.id)
    small.ui_actions["delete_paragraph"].trigger()
    assert small.session.derived.broken_cross_refs == [(referrer.id, target.id)]
    small.preview.rebuild()
    assert "[deleted paragraph]" in small.preview.plain_text()


def test_heading_takes_no_footnote(small: Any) -> None:
    heading = small.session.add_heading(small.session.resolution.operative[0].id)
    assert heading is not None
    small.select_paragraph(heading.id)
    assert small.add_footnote_at_cursor("x") is None
    assert "Headings" in small.statusBar().currentMessage()


def test_preview_rebuild_follows_structure(qtbot, small: Any) -> None:
    last = small.session.resolution.operative[1]
    small.select_paragraph(last.id)
    small.ui_actions["delete_paragraph"].trigger()
    qtbot.waitUntil(lambda: not small.preview.pending())
    text = small.preview.plain_text()
    assert "Requests" not in text
    assert "Decides to convene a forum." in text  # a lone operative paragraph: no number
    QApplication.processEvents()


def test_clause_from_the_library_is_inserted_undoably(qtbot, small: Any) -> None:
    from draftdesk.model.document import Footnote, Part

    operative = small.session.resolution.operative
    small.select_paragraph(operative[0].id)
    small.library.insert_part = Part.OPERATIVE
    clause = Paragraph("Requests", [Text("a report"), FootnoteRef("lib1")])
    small.library.insert_requested.emit(clause, [Footnote("lib1", [Text("A/80/1.")])])
    assert operative[1] is clause
    assert small.current_paragraph() == clause.id
    assert small.session.derived.footnote_numbers == {"lib1": 1}
    qtbot.keyClick(small.outline, Qt.Key.Key_Z, CTRL)
    assert clause not in operative and "lib1" not in small.session.resolution.footnotes


def test_clause_dropped_on_the_outline_lands_there(monkeypatch, small: Any) -> None:
    from PySide6.QtCore import QByteArray, QMimeData

    from draftdesk.model.document import Part
    from draftdesk.ui.outline import CLAUSE_MIME_TYPE

    dropped = Paragraph("Noting", [Text("the report")])
    monkeypatch.setattr(small.library, "render_dropped",
                        lambda _mime: (dropped, [], Part.PREAMBULAR))
    data = QMimeData()
    data.setData(CLAUSE_MIME_TYPE, QByteArray(b"7"))
    model = small.outline_model
    preamble = model.section_index(Part.PREAMBULAR)
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, preamble)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, preamble)
    assert small.session.resolution.preambular[0] is dropped
    assert small.current_paragraph() == dropped.id


def test_library_action_shows_the_panel(qtbot, small: Any) -> None:
    small.ui_actions["insert_clause"].trigger()
    assert small.library_dock.isVisible()
    assert small.library_dock.isVisible() and not small.library_dock.visibleRegion().isEmpty()


def test_choosing_a_completion_sets_the_opening_phrase(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[1]
    small.select_paragraph(op.id)
    completer = small.editor.completer
    small.editor.lead.setFocus()
    small.editor.lead.selectAll()
    qtbot.keyClicks(small.editor.lead, "Also req")
    index = completer.completionModel().index(0, 0)
    assert index.data() == "Also requests"
    completer.activated[str].emit(index.data())
    assert small.editor.lead.text() == "Also requests"
    assert op.lead == "Also requests"


def test_ctrl_i_italicizes_the_selection_as_one_undo_step(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    text = small.editor.text
    text.setFocus()
    cursor = text.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)  # "convene"
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_I, CTRL)
    assert op.content == [Text("to "), Text("convene", italic=True), Text(" a forum")]
    small.preview.rebuild()
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert op.content == [Text("to convene a forum")]


def test_an_ending_kept_from_the_source_is_shown_as_such(window: Any) -> None:
    """S/2020/449 op 2 ends "…, shall" before its sub-paragraphs: the editor says so."""
    from draftdesk.importers import import_file
    from tools import CORPUS

    window.open_resolution(import_file(CORPUS / "13_S_2020_449.txt"), dirty=True)
    second = window.session.resolution.operative[1]
    window.select_paragraph(second.id)
    assert window.editor.ending.text() == "Ends without punctuation, as its text has it"
    window.select_paragraph(second.children[0].id)
    assert window.editor.ending.text() == "Ends with “;”"
    assert window.preview.plain_text().count("(S/2020/448), shall\n") == 1


@pytest.mark.parametrize("code", ["es", "fr"])
def test_opening_phrases_of_a_spanish_or_french_draft_are_completed_and_checked_in_it(
        qtbot, window: Any, code: str) -> None:
    from language_fixtures import translated_seed

    window.open_resolution(translated_seed(code), dirty=False)
    resolution = window.session.resolution
    # The translated seed opens every paragraph with a standard phrase: no warning anywhere.
    for paragraph in (*resolution.preambular, *resolution.operative):
        window.select_paragraph(paragraph.id)
        assert window.editor.warning.isHidden(), paragraph.lead
    paragraph = resolution.preambular[0]
    window.select_paragraph(paragraph.id)
    lead = window.editor.lead
    lead.setFocus()
    lead.selectAll()
    qtbot.keyClicks(lead, "Reco" if code == "es" else "Rapp")
    completions = window.editor.completer.completionModel()
    shown = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert ("Recordando" if code == "es" else "Rappelant") in shown
    assert "Recalling" not in shown
    operative = resolution.operative[1]
    window.select_paragraph(operative.id)
    window.editor.lead.selectAll()
    qtbot.keyClick(window.editor.lead, Qt.Key.Key_Delete)
    assert window.editor.warning.isVisible()
    assert "Decides" not in window.editor.warning.text()
    if code == "fr":
        # The General Assembly is feminine: "Conscient" is flagged with its agreed form.
        window.select_paragraph(paragraph.id)
        window.editor.lead.selectAll()
        qtbot.keyClicks(window.editor.lead, "Conscient")
        assert window.editor.warning.text() == (
            "“Conscient” agrees with the organ as “Consciente”.")
    window.session.mark_clean()


@pytest.mark.parametrize(("code", "shown"), [("en", "paragraph 1 (b)"), ("es", "párrafo 1 b)"),
                                             ("fr", "paragraphe 1 b)")])
def test_a_cross_reference_shows_in_the_drafts_language_in_the_editor(
        window: Any, code: str, shown: str) -> None:
    from gui_helpers import SEED

    from draftdesk.importers import import_text
    from draftdesk.ui.paragraph_editor import InlineObjectPainter
    from language_fixtures import translated_seed

    resolution = (import_text(SEED.read_text(encoding="utf-8")) if code == "en"
                  else translated_seed(code))
    window.open_resolution(resolution, dirty=False)
    operative = window.session.resolution.operative
    window.select_paragraph(operative[2].id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    assert window.add_cross_reference_at_cursor(operative[0].children[1].id)
    painter = InlineObjectPainter(window.editor.text)
    document = window.editor.text.document()
    labels = [painter.label(fmt) for fmt in _object_formats(document)]
    assert labels == [shown]
    window.session.mark_clean()


def _object_formats(document: Any) -> list[Any]:
    out = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.objectType() != 0:
                out.append(fmt)
            iterator += 1
        block = block.next()
    return out
