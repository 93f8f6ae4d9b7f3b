"""Window fixes from the QA review: keys, focus, punctuation, footnotes, export warnings."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import DialogScript, type_at_end
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from draftdesk.model.document import (
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Resolution,
    Text,
)
from draftdesk.ui import recovery
from draftdesk.ui.session import Session, without_typed_ending

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def test_undo_back_to_the_saved_state_removes_the_recovery_copy(
    qtbot, tmp_path: Any, seeded: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "draft.draftdesk")
    assert seeded.save()
    first = seeded.session.resolution.operative[0].id
    seeded.select_paragraph(first)
    seeded.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(seeded.editor.text, " more")
    assert seeded.autosave() is not None
    assert recovery.all_copies()
    seeded.ui_actions["undo"].trigger()
    assert not seeded.session.dirty
    assert not recovery.all_copies()




# ---------------------------------------------------------------- 4: Ctrl+Shift+V


def test_ctrl_shift_v_in_the_text_pastes_plain_text_and_keeps_the_draft(
    qtbot, small: Any, dialogs: DialogScript
) -> None:
    op = small.session.resolution.operative[0]
    session = small.session
    type_at_end(qtbot, small, op.id, "")
    QApplication.clipboard().setText(" at its next session")
    qtbot.keyClick(small.editor.text, Qt.Key.Key_V, CTRL | SHIFT)
    assert small.session is session  # not replaced by an import
    assert not dialogs.calls  # no "save changes?" nor an import dialog
    assert op.body_text == "to convene a forum at its next session"
    keys = [key for action in small.ui_actions for key in action.shortcuts()]
    assert QKeySequence("Ctrl+Shift+V") not in keys


# ---------------------------------------------------------------- 9: first size


def test_first_window_fits_the_available_screen(qtbot, dialogs: DialogScript) -> None:
    from draftdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.width() >= min(area.width() * 0.8, 1200) or window.width() == 1600
    assert area.contains(window.geometry().topLeft())


def test_saved_geometry_is_restored(qtbot, dialogs: DialogScript) -> None:
    from draftdesk.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


# ---------------------------------------------------------------- 10: new heading


def test_new_heading_is_empty_and_takes_the_typing(qtbot, small: Any) -> None:
    small.activateWindow()
    small.select_paragraph(small.session.resolution.operative[0].id)
    small.ui_actions["new_heading"].trigger()
    heading = small.session.resolution.operative[1]
    assert heading.kind is ParagraphKind.HEADING
    assert heading.content == []
    assert small.editor.text.toPlainText() == ""
    assert small.editor.text.placeholderText()
    assert small.editor.text.hasFocus() and not small.editor.lead.isEnabled()
    qtbot.keyClicks(QApplication.focusWidget(), "Follow-up")
    assert heading.body_text == "Follow-up"


def test_new_operative_paragraph_focuses_its_opening_phrase(qtbot, small: Any) -> None:
    small.activateWindow()
    small.ui_actions["new_operative"].trigger()
    assert small.editor.lead.hasFocus()


# ---------------------------------------------------------------- 12: typed end punctuation


@pytest.mark.parametrize(("typed", "kept"), [
    ("the agenda;", "the agenda"), ("the agenda;;", "the agenda"), ("the report.", "the report"),
    ("the forum ,", "the forum"), ("and so on, etc.", "and so on, etc."),
    ("resolution 61/208, para.", "resolution 61/208, para."), ("in No.", "in No."),
    ("e.g.", "e.g."), ("the agenda; and", "the agenda; and"),
])
def test_typed_end_punctuation_is_dropped(typed: str, kept: str) -> None:
    assert without_typed_ending([Text(typed)]) == [Text(kept)]


def test_session_commit_drops_typed_ending_in_the_same_undo_step(qtbot) -> None:
    session = Session(Resolution(operative=[Paragraph("Decides", [Text("to convene")])]))
    op = session.resolution.operative[0]
    session.set_text(op.id, "Decides", [Text("to convene a forum;")])
    session.commit_text(op.id)
    assert op.content == [Text("to convene a forum")]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert op.content == [Text("to convene")]


def test_editor_drops_typed_semicolon_when_leaving_the_paragraph(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    type_at_end(qtbot, small, op.id, " on the agenda;")
    assert "Ends with" in small.editor.ending.text()
    small.select_paragraph(small.session.resolution.operative[1].id)
    assert op.body_text == "to convene a forum on the agenda"
    assert "on the agenda;" in small.preview.plain_text()
    assert "agenda;;" not in small.preview.plain_text()


def test_a_dialog_opening_mid_paragraph_keeps_the_typed_comma(qtbot, small: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    op = small.session.resolution.operative[0]
    type_at_end(qtbot, small, op.id, " on development,")
    event = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.sendEvent(small.editor.text, event)
    assert op.body_text.endswith("development,")  # a footnote may follow the comma
    event = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(small.editor.text, event)
    assert op.body_text.endswith("development")


# ---------------------------------------------------------------- 17, 18


def test_splitter_sizes_are_remembered(qtbot, small: Any, dialogs: DialogScript) -> None:
    from draftdesk.ui.main_window import MainWindow

    small.splitter.setSizes([150, 600])
    sizes = small.splitter.sizes()
    small.session.mark_clean()
    small.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.set_session(Session(Resolution(operative=[Paragraph("Decides", [Text("x")])])))
    again.show()
    assert again.splitter.sizes()[0] == sizes[0]


def test_undoing_a_delete_selects_the_restored_paragraph(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    small.ui_actions["delete_paragraph"].trigger()
    assert small.current_paragraph() != op.id
    small.ui_actions["undo"].trigger()
    assert small.current_paragraph() == op.id
    assert small.outline.currentIndex() == small.outline_model.index_of(op.id)


# ---------------------------------------------------------------- 20: Enter splits, paste


def test_enter_in_the_middle_splits_the_paragraph(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    cursor = small.editor.text.textCursor()
    cursor.setPosition(len("to convene"))
    small.editor.text.setTextCursor(cursor)
    qtbot.keyClick(small.editor.text, Qt.Key.Key_Return)
    ops = small.session.resolution.operative
    assert [p.body_text for p in ops] == ["to convene", "a forum",
                                          "the Secretary-General to report"]
    assert small.current_paragraph() == ops[1].id
    small.ui_actions["undo"].trigger()
    assert [p.body_text for p in small.session.resolution.operative] == [
        "to convene a forum", "the Secretary-General to report"]


def test_pasting_several_paragraphs_makes_several(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[1]
    type_at_end(qtbot, small, op.id, "")
    mime = QMimeData()
    mime.setText(" annually\n\nfirst new\nparagraph\n\nsecond new\n")
    small.editor.text.insertFromMimeData(mime)
    texts = [p.body_text for p in small.session.resolution.operative]
    assert texts == ["to convene a forum", "the Secretary-General to report annually",
                     "first new paragraph", "second new"]
    small.ui_actions["undo"].trigger()
    assert len(small.session.resolution.operative) == 2


def test_pasting_numbered_paragraphs_into_an_empty_one_reads_their_phrases(
    qtbot, small: Any
) -> None:
    small.select_paragraph(small.session.resolution.operative[1].id)
    small.ui_actions["new_operative"].trigger()
    small.editor.text.setFocus()
    mime = QMimeData()
    mime.setText("3. Welcomes the First Meeting of the Global Forum;\n"
                 "4. Decides to include the item in the agenda of its sixty-third session.\n")
    small.editor.text.insertFromMimeData(mime)
    ops = small.session.resolution.operative
    assert [(p.lead, p.body_text) for p in ops[2:]] == [
        ("Welcomes", "the First Meeting of the Global Forum"),
        ("Decides", "to include the item in the agenda of its sixty-third session"),
    ]
    small.ui_actions["undo"].trigger()
    assert len(small.session.resolution.operative) == 3


# ---------------------------------------------------------------- 22: Ctrl+I without selection


def test_ctrl_i_without_selection_italicizes_what_is_typed_next(qtbot, small: Any) -> None:
    op = small.session.resolution.operative[0]
    type_at_end(qtbot, small, op.id, " on ")
    small.ui_actions["italic"].trigger()
    qtbot.keyClicks(small.editor.text, "ad hoc")
    small.ui_actions["italic"].trigger()
    qtbot.keyClicks(small.editor.text, " basis")
    assert op.content == [Text("to convene a forum on "), Text("ad hoc", italic=True),
                          Text(" basis")]


# ---------------------------------------------------------------- 25: edit menu, documents


def test_edit_menu_has_clipboard_entries_that_act_on_the_focused_field(
    qtbot, small: Any
) -> None:
    menu = small.menuBar().findChild(type(small.recent_menu), "menu_edit")
    names = [a.objectName() for a in menu.actions()]
    for name in ("action_cut", "action_copy", "action_paste", "action_select_all"):
        assert name in names
    small.activateWindow()
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    small.editor.text.setFocus()
    small.ui_actions["select_all"].trigger()
    small.ui_actions["copy"].trigger()
    assert QApplication.clipboard().text() == "to convene a forum"


@pytest.mark.parametrize("name", ["draft.docx", "draft.pdf"])
def test_opening_a_damaged_word_or_pdf_file_says_so_in_a_dialog(
    tmp_path: Any, window: Any, dialogs: DialogScript, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not really")
    assert not window.open_path(path, ask=False)
    [message] = dialogs.titles("critical")
    assert message.startswith(f"Cannot read the file: {path}")
    assert not window.editing


def test_opening_an_old_word_file_says_what_to_do(
    tmp_path: Any, window: Any, dialogs: DialogScript
) -> None:
    path = tmp_path / "draft.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old")
    assert not window.open_path(path, ask=False)
    message = dialogs.titles("critical")[0]
    assert "draft.doc is a Word 97-2003 document" in message and "save it as .docx" in message


def test_status_messages_start_with_a_capital(small: Any) -> None:
    small.session.error.emit("no paragraph x")
    assert small.statusBar().currentMessage() == "No paragraph x"


def test_desktop_file_names_the_icon_and_the_command() -> None:
    from draftdesk.resources import resource_path

    text = resource_path("draftdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=draftdesk %f" in text and "Icon=draftdesk" in text


# ---------------------------------------------------------------- 7, 23: export warnings


def _export_questions(dialogs: DialogScript) -> list[str]:
    return [t for t in dialogs.titles("question") if t.startswith("Check before export")]


def test_export_warns_about_broken_references_and_empty_paragraphs(
    qtbot, tmp_path: Any, small: Any, dialogs: DialogScript
) -> None:
    ops = small.session.resolution.operative
    small.select_paragraph(ops[0].id)
    small.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    assert small.add_cross_reference_at_cursor(ops[1].id)
    small.session.delete_paragraph(ops[1].id)
    small.ui_actions["new_operative"].trigger()  # left empty
    dialogs.save_name = str(tmp_path / "out.docx")
    dialogs.question = QMessageBox.StandardButton.Cancel
    small.ui_actions["export_docx"].trigger()
    [warning] = _export_questions(dialogs)
    assert "Operative paragraph 1 refers to a deleted paragraph" in warning
    assert "Operative paragraph 2 is empty" in warning
    assert not (tmp_path / "out.docx").exists()  # cancelled
    dialogs.question = QMessageBox.StandardButton.Yes
    small.ui_actions["export_docx"].trigger()
    assert (tmp_path / "out.docx").exists()  # exported anyway


def test_export_of_a_sound_draft_asks_nothing(
    qtbot, tmp_path: Any, small: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "out.docx")
    small.ui_actions["export_docx"].trigger()
    assert not _export_questions(dialogs)
    assert (tmp_path / "out.docx").exists()


# ---------------------------------------------------------------- 11, 13: footnotes


def test_footnote_dialog_refuses_empty_text_and_enter_accepts(qtbot, small: Any) -> None:
    from draftdesk.ui.dialogs import FootnoteTextDialog

    dialog = FootnoteTextDialog(small)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.result() != FootnoteTextDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.text, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.text, "A/62/222.")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.result() == FootnoteTextDialog.DialogCode.Accepted
    assert dialog.note_text() == "A/62/222."


def test_footnote_dialog_shift_enter_does_not_accept(qtbot, small: Any) -> None:
    from draftdesk.ui.dialogs import FootnoteTextDialog

    dialog = FootnoteTextDialog(small)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text, "A/62/222.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, SHIFT)
    assert dialog.result() != FootnoteTextDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.text, "Corr.1.")
    assert dialog.note_text() == "A/62/222. Corr.1."


def test_footnote_dialog_ctrl_i_makes_an_italic_title(
    qtbot, tmp_path: Any, small: Any
) -> None:
    from draftdesk.ui.dialogs import FootnoteTextDialog

    dialog = FootnoteTextDialog(small)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(dialog.text, "Official Records of the General Assembly, Sixty-second Session,"
                                 " Supplement No. 1")
    dialog.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.text, " (A/62/1).")
    text = dialog.note_text()
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    small.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    note_id = small.add_footnote_at_cursor(text)
    note = small.session.resolution.footnotes[note_id]
    assert note.content == [
        Text("Official Records of the General Assembly, Sixty-second Session, Supplement No. 1",
             italic=True),
        Text(" (A/62/1)."),
    ]
    assert isinstance(op.content[-1], FootnoteRef)
    import zipfile

    assert small.export_to(tmp_path / "note.docx")
    xml = zipfile.ZipFile(tmp_path / "note.docx").read("word/footnotes.xml").decode()
    assert "<w:i/>" in xml[: xml.index("Official Records")][-80:]
    if small.export_message is not None:
        small.export_message.close()


def test_footnote_panel_edits_italics_and_delete_key_removes_undoably(
    qtbot, small: Any
) -> None:
    op = small.session.resolution.operative[0]
    small.select_paragraph(op.id)
    small.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    note_id = small.add_footnote_at_cursor("See *Yearbook* 2007.")
    panel = small.footnotes
    panel.select_note(note_id)
    assert panel.text.toPlainText() == "See *Yearbook* 2007."
    panel.text.setPlainText("See the *United Nations Yearbook* 2007.")
    panel.apply_button.click()
    assert small.session.resolution.footnotes[note_id].content[1] == Text(
        "United Nations Yearbook", italic=True)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert note_id not in small.session.resolution.footnotes
    assert not any(isinstance(i, FootnoteRef) for i in op.content)
    small.ui_actions["undo"].trigger()
    assert note_id in small.session.resolution.footnotes


# ---------------------------------------------------------------- 21: opening phrases


def test_bundled_example_has_no_opening_phrase_warnings(window: Any) -> None:
    from draftdesk.model.document import ParagraphKind as Kind

    window.open_example()
    flagged = []
    for paragraph in window.session.paragraphs_in_order():
        window.select_paragraph(paragraph.id)
        info = window.session.derived.info[paragraph.id]
        top = paragraph.kind is Kind.PARAGRAPH and info.depth == 0
        if top and not window.editor.warning.isHidden():
            flagged.append((paragraph.lead, window.editor.warning.text()))
    assert flagged == []
    assert any(p.lead == "Considering" for p in window.session.resolution.preambular)


@pytest.mark.parametrize(("part", "lead", "flagged"), [
    ("preambular", "Considering", False), ("preambular", "Taking note", False),
    ("preambular", "Guided", False), ("preambular", "Having heard", False),
    ("preambular", "Deeply concerned", False), ("preambular", "Decides", True),
    ("operative", "Once again urges", False), ("operative", "Strongly encourages", False),
    ("operative", "Considering", True), ("operative", "", True), ("preambular", "", False),
])
def test_opening_phrase_check_reads_the_grammar(
    qtbot, small: Any, part: str, lead: str, flagged: bool
) -> None:
    resolution = small.session.resolution
    paragraph = resolution.preambular[0] if part == "preambular" else resolution.operative[0]
    small.select_paragraph(paragraph.id)
    small.editor.lead.setText(lead)
    assert small.editor.warning.isHidden() is not flagged
