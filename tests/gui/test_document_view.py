"""The document view: the whole resolution typed as one text, with real key presses, on the
same model and undo stack as the outline and form."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import SEED, DialogScript
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_seed_through_window import _docx_structure, _drive_wizard, _shape

from draftdesk.cli import main as cli_main
from draftdesk.importers import import_text
from draftdesk.model.document import FootnoteRef, Paragraph, Text
from draftdesk.ui import dialogs as dialog_module

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _open_document_view(qtbot: Any, window: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    view = window._editor_parts().document_view
    assert view.isVisible()
    view.setFocus()
    return view


def _caret_to(qtbot: Any, view: Any, paragraph_id: str, offset: int) -> None:
    """Walk the caret with arrow keys to ``offset`` in a paragraph's text."""
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    block = view.block_of(paragraph_id)
    for _ in range(10_000):
        if view.textCursor().block() == block:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    paragraph = view.session.paragraph(paragraph_id)
    skip = len(paragraph.lead) + (1 if paragraph.lead and paragraph.content else 0)
    goal = block.position() + skip + offset
    for _ in range(10_000):
        here = view.textCursor().position()
        if here == goal:
            return
        qtbot.keyClick(view, Qt.Key.Key_Right if here < goal else Qt.Key.Key_Left)
    raise AssertionError("the caret did not get there")


def _plain(paragraph: Paragraph) -> str:
    return "".join(i.text for i in paragraph.content if isinstance(i, Text))


def test_the_seed_composed_in_the_document_view_exports_like_the_command_line(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, window: Any,
    dialogs: DialogScript,
) -> None:
    seed = import_text(SEED.read_text(encoding="utf-8"), str(SEED))
    pending: list[str] = []

    def footnote_dialog(self: Any) -> int:
        qtbot.keyClicks(self.text, pending.pop(0))
        qtbot.keyClick(self.text, Qt.Key.Key_Return)
        return int(self.result())

    monkeypatch.setattr(dialog_module.FootnoteTextDialog, "exec", footnote_dialog)
    outcome: list[str] = []
    QTimer.singleShot(0, lambda: _drive_wizard(qtbot, seed, outcome))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert outcome == ["finished"]
    session = window.session
    resolution = session.resolution
    view = _open_document_view(qtbot, window)

    # The preamble pasted as one clipboard, as Word puts it there (HTML with italic leads).
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    lines = [f"{p.lead} {_plain(p)}," for p in seed.preambular]
    markup = "".join(f"<p><i>{html.escape(p.lead)}</i> {html.escape(_plain(p))},</p>"
                     for p in seed.preambular)
    mime = QMimeData()
    mime.setText("\n".join(lines))
    mime.setHtml(f"<html><body><!--StartFragment-->{markup}<!--EndFragment--></body></html>")
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert [(p.lead, p.body_text) for p in resolution.preambular] == [
        (p.lead, _plain(p)) for p in seed.preambular]

    # The footnotes, each at its place with Ctrl+Alt+F.
    for made, wanted in zip(resolution.preambular, seed.preambular, strict=True):
        offset = 0
        for item in wanted.content:
            if isinstance(item, FootnoteRef):
                _caret_to(qtbot, view, made.id, offset)
                pending.append(seed.footnotes[item.note_id].plain_text)
                qtbot.keyClick(view, Qt.Key.Key_F, CTRL | ALT)
                offset += 1
            else:
                offset += len(item.text)
    assert not pending

    # The operative part typed: Enter for the next paragraph, Tab and Shift+Tab for levels.
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    for index, paragraph in enumerate(seed.operative):
        if index:
            qtbot.keyClick(view, Qt.Key.Key_Return)
            if seed.operative[index - 1].children:
                qtbot.keyClick(view, Qt.Key.Key_Backtab)  # from (c) back to the next number
        qtbot.keyClicks(view, f"{paragraph.lead} {_plain(paragraph)};")
        for number, child in enumerate(paragraph.children):
            qtbot.keyClick(view, Qt.Key.Key_Return)
            if number == 0:
                qtbot.keyClick(view, Qt.Key.Key_Tab)
            qtbot.keyClicks(view, _plain(child) + ";")
    view.session.commit_text(window.current_paragraph())
    assert _shape(resolution) == _shape(seed)
    # Labels and end punctuation are drawn, never part of the text.
    assert "1." not in view.toPlainText().split("\n")[9][:3]
    assert not view.toPlainText().rstrip().endswith(".")

    ours = tmp_path / "document.docx"
    dialogs.save_name = str(ours)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert window.last_export == ours
    reference = tmp_path / "cli.docx"
    assert cli_main(["export", str(SEED), "-o", str(reference)]) == 0
    mine, theirs = _docx_structure(ours), _docx_structure(reference)
    assert mine["paragraphs"] == theirs["paragraphs"]
    assert mine["footnotes"] == theirs["footnotes"]
    if window.export_message is not None:
        window.export_message.close()


def test_enter_tab_backspace_and_undo_in_the_document_view(qtbot: Any, small: Any) -> None:
    view = _open_document_view(qtbot, small)
    session = small.session
    first = session.resolution.operative[0]
    _caret_to(qtbot, view, first.id, len("to convene a forum"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClicks(view, "in 2008")
    assert [(c.lead, c.body_text) for c in first.children] == [("", "in 2008")]
    assert session.derived.info[first.children[0].id].label == "(a)"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert first.children == []
    assert session.resolution.operative[1].body_text == "in 2008"
    # Backspace at the start joins it to the paragraph before, as one undo step.
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert session.resolution.operative[0].body_text == "to convene a forum in 2008"
    assert len(session.resolution.operative) == 2
    session.undo_stack.undo()
    assert len(session.resolution.operative) == 3


def test_an_opening_phrase_typed_at_the_start_becomes_the_italic_lead(
    qtbot: Any, small: Any
) -> None:
    view = _open_document_view(qtbot, small)
    session = small.session
    last = session.resolution.operative[-1]
    _caret_to(qtbot, view, last.id, len(_plain(last)))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "Decides to remain seized of the matter.")
    new = session.resolution.operative[-1]
    assert (new.lead, new.body_text) == ("Decides", "to remain seized of the matter.")
    block = view.block_of(new.id)
    assert block.begin().fragment().charFormat().fontItalic()
    assert block.begin().fragment().text() == "Decides"
    # The form shows the same paragraph: one model.
    assert small.editor.lead.text() == "Decides"
