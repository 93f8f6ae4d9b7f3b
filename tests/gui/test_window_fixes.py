"""The window's undo keys, pasting several paragraphs, and the name a text file is saved as."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import SEED, DialogScript
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


# ---------------------------------------------------------------- undo keys, nothing to undo


def _click_into_text(qtbot: Any, window: Any) -> Any:
    text = window.editor.text
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is text
    return text


def test_undo_keys_with_nothing_to_undo_leave_the_paragraph_alone(qtbot, window: Any) -> None:
    window.open_example()
    op = window.session.resolution.operative[0]
    window.select_paragraph(op.id)
    before = (op.lead, list(op.content))
    shown = window.editor.text.toPlainText()
    assert shown
    text = _click_into_text(qtbot, window)
    assert not window.ui_actions["undo"].isEnabled()
    for modifiers, key in ((CTRL, Qt.Key.Key_Z), (CTRL | SHIFT, Qt.Key.Key_Z),
                           (CTRL, Qt.Key.Key_Y)):
        qtbot.keyClick(text, key, modifiers)
        assert text.toPlainText() == shown
        assert (op.lead, op.content) == before
        assert window.session.undo_stack.count() == 0


def test_undo_past_the_start_keeps_the_redo_history(qtbot, window: Any) -> None:
    window.open_example()
    op = window.session.resolution.operative[1]
    window.select_paragraph(op.id)
    original = op.body_text
    text = _click_into_text(qtbot, window)
    text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(text, " annually")
    assert window.session.undo_stack.count() == 1  # the typing is one window-level step
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert op.body_text == original
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)  # nothing left to undo
    assert op.body_text == original
    assert text.toPlainText() == original
    assert window.session.undo_stack.canRedo()
    qtbot.keyClick(text, Qt.Key.Key_Y, CTRL)
    assert op.body_text == original + " annually"


def test_fields_have_no_undo_history_of_their_own(qtbot, window: Any) -> None:
    window.open_example()
    assert not window.editor.text.isUndoRedoEnabled()
    assert not window.footnotes.text.isUndoRedoEnabled()
    # The opening phrase: Ctrl+Z with an empty stack does not touch what was typed.
    op = window.session.resolution.operative[0]
    window.select_paragraph(op.id)
    lead = window.editor.lead
    lead.setFocus()
    lead.end(False)
    qtbot.keyClicks(lead, "X")
    window.session.undo_stack.clear()
    qtbot.keyClick(lead, Qt.Key.Key_Z, CTRL)
    assert lead.text().endswith("X")
    assert op.lead.endswith("X")


# ---------------------------------------------------------------- a text file's draft name


def _capture_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[str]:
    """Answer the Save dialog with ``answer`` (None: the offered name); record what it offered."""
    offered: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, *_args: Any) -> tuple[str, str]:
        offered.append(start)
        return (start if answer is None else answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return offered


def test_a_text_file_opened_is_titled_and_saved_as_its_draft(
    qtbot, tmp_path: Path, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_file = tmp_path / "gfmd-2007.txt"
    original = SEED.read_text(encoding="utf-8")
    text_file.write_text(original, encoding="utf-8")
    assert window.open_path(text_file, ask=False)  # what "draftdesk FILE.txt" does
    assert window.windowTitle() == "gfmd-2007.draftdesk[*] — DraftDesk"
    assert window.isWindowModified()
    assert window.session.path is None  # nothing written yet
    offered = _capture_save_dialog(monkeypatch, None)
    window.ui_actions["save"].trigger()
    assert offered == [str(tmp_path / "gfmd-2007.draftdesk")]
    assert (tmp_path / "gfmd-2007.draftdesk").is_file()
    assert text_file.read_text(encoding="utf-8") == original
    assert window.windowTitle() == "gfmd-2007.draftdesk[*] — DraftDesk"
    assert not window.isWindowModified()


def test_imported_text_file_never_gets_overwritten_by_save(
    qtbot, tmp_path: Path, window: Any, dialogs: DialogScript, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_file = tmp_path / "draft.txt"
    original = SEED.read_text(encoding="utf-8")
    text_file.write_text(original, encoding="utf-8")
    dialogs.open_name = str(text_file)
    window.ui_actions["import_file"].trigger()
    assert window.windowTitle() == "draft.draftdesk[*] — DraftDesk"
    # The drafter types the text file's own name: the draft goes beside it, not over it.
    _capture_save_dialog(monkeypatch, str(text_file))
    window.ui_actions["save_as"].trigger()
    assert text_file.read_text(encoding="utf-8") == original
    assert window.session.path == tmp_path / "draft.draftdesk"
    assert (tmp_path / "draft.draftdesk").is_file()


# ---------------------------------------------------------------- pasting several paragraphs


def _paste_at(qtbot: Any, window: Any, paragraph_id: str, text: str,
              offset: int | None = None) -> None:
    """Put the cursor in a paragraph's text (at its end by default) and paste with Ctrl+V."""
    window.select_paragraph(paragraph_id)
    field = _click_into_text(qtbot, window)
    cursor = field.textCursor()
    if offset is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(offset)
    field.setTextCursor(cursor)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)


def _outline(paragraphs: list[Any]) -> list[tuple[str, str, list[Any]]]:
    return [(p.lead, p.body_text, _outline(p.children)) for p in paragraphs]


def test_numbered_paragraphs_pasted_at_the_end_become_operative_paragraphs(
    qtbot, window: Any
) -> None:
    window.open_example()
    ops = window.session.resolution.operative
    third = ops[2]
    original = third.body_text
    assert original.endswith("sixty-third session")
    steps = window.session.undo_stack.count()
    _paste_at(qtbot, window, third.id, "4. Decides to remain seized of the matter;\n"
                                       "5. Requests the Secretary-General to report;")
    ops = window.session.resolution.operative
    assert third.body_text == original
    assert [(p.lead, p.body_text, p.children) for p in ops[3:]] == [
        ("Decides", "to remain seized of the matter", []),
        ("Requests", "the Secretary-General to report", []),
    ]
    assert window.session.derived.label(ops[4].id) == "5."
    assert window.current_paragraph() == ops[4].id
    assert window.session.undo_stack.count() == steps + 1
    window.ui_actions["undo"].trigger()
    assert len(window.session.resolution.operative) == 3
    assert third.body_text == original


def test_lettered_paragraphs_pasted_into_an_operative_one_become_its_sub_paragraphs(
    qtbot, window: Any
) -> None:
    window.open_example()
    second = window.session.resolution.operative[1]
    original = second.body_text
    _paste_at(qtbot, window, second.id, "(a) to promote dialogue among States;\n"
                                        "(i) in the regions;\n"
                                        "(b) to report on the outcome;")
    assert len(window.session.resolution.operative) == 3
    assert second.body_text == original
    assert _outline(second.children) == [
        ("", "to promote dialogue among States", [("", "in the regions", [])]),
        ("", "to report on the outcome", []),
    ]
    derived = window.session.derived
    assert [derived.label(p.id) for p in second.children] == ["(a)", "(b)"]
    assert derived.label(second.children[0].children[0].id) == "(i)"
    window.ui_actions["undo"].trigger()
    assert second.children == []
    # Into a sub-paragraph, lettered paragraphs follow it on its own level.
    first = window.session.resolution.operative[0]
    subs = [p.body_text for p in first.children]
    _paste_at(qtbot, window, first.children[1].id, "(c) one more; and\n(d) another.")
    assert [p.body_text for p in first.children] == [*subs, "one more", "another"]
    assert first.children[2].connector == "and"


def test_plain_paragraphs_pasted_in_the_middle_split_the_paragraph(qtbot, window: Any) -> None:
    from draftdesk.model.document import Paragraph, Resolution, Text
    from draftdesk.ui.session import Session

    window.set_session(Session(Resolution(operative=[
        Paragraph("Decides", [Text("to convene a forum")]),
        Paragraph("Requests", [Text("the Secretary-General to report")]),
    ])))
    op = window.session.resolution.operative[0]
    _paste_at(qtbot, window, op.id,
              "a high-level dialogue;\nRequests the President to organize ",
              offset=len("to convene "))
    ops = window.session.resolution.operative
    assert [(p.lead, p.body_text) for p in ops] == [
        ("Decides", "to convene a high-level dialogue"),
        ("Requests", "the President to organize a forum"),
        ("Requests", "the Secretary-General to report"),
    ]
    assert window.session.undo_stack.count() == 1
    window.ui_actions["undo"].trigger()
    assert [(p.lead, p.body_text) for p in window.session.resolution.operative] == [
        ("Decides", "to convene a forum"), ("Requests", "the Secretary-General to report")]


def test_text_starting_with_a_line_break_starts_a_new_paragraph(qtbot, window: Any) -> None:
    window.open_example()
    third = window.session.resolution.operative[2]
    original = third.body_text
    _paste_at(qtbot, window, third.id, "\nDecides to remain seized of the matter.\n")
    assert third.body_text == original
    new = window.session.resolution.operative[3]
    assert (new.lead, new.body_text) == ("Decides", "to remain seized of the matter")


def test_numbered_paragraphs_pasted_into_the_preamble_open_the_operative_part(
    qtbot, window: Any
) -> None:
    window.open_example()
    resolution = window.session.resolution
    last_pre = resolution.preambular[-1]
    preamble = len(resolution.preambular)
    old_first = resolution.operative[0]
    _paste_at(qtbot, window, last_pre.id, "1. Decides to act;\n2. Requests a report;")
    assert len(resolution.preambular) == preamble
    assert [(p.lead, p.body_text) for p in resolution.operative[:2]] == [
        ("Decides", "to act"), ("Requests", "a report")]
    assert resolution.operative[2] is old_first
    assert window.session.derived.label(old_first.id) == "3."

