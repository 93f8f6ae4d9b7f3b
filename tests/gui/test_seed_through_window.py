"""The issue's "done when": the 2007 Ecuador–Mexico draft made through the real window (guided
flow, typed and pasted paragraphs, footnotes, moves, undo, save, reopen, export) prints the same
Word document as the command-line export of the seed."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import SEED, DialogScript, drive_wizard
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from draftdesk.cli import main as cli_main
from draftdesk.importers import import_text
from draftdesk.model.document import FootnoteRef, Paragraph, Resolution, Text
from draftdesk.storage import to_dict
from draftdesk.ui import dialogs as dialog_module

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _drive_wizard(qtbot: Any, seed: Resolution, outcome: list[str]) -> None:
    """Fill in the guided form from the seed's cover as a user would, then Finish."""
    meta = seed.metadata

    def fill(wizard: Any, page: Any) -> None:
        if page is wizard.session_page:
            wizard.session_page.number.selectAll()
            qtbot.keyClicks(wizard.session_page.number, str(meta.session))
        elif page is wizard.agenda_page:
            row = wizard.agenda_page.rows[0]
            qtbot.keyClicks(row.number, meta.agenda_items[0].number)
            qtbot.keyClicks(row.title, meta.agenda_items[0].title)
        elif page is wizard.sponsors_page:
            for sponsor in meta.sponsors:
                qtbot.keyClicks(wizard.sponsors_page.filter_edit, sponsor.name)
                qtbot.keyClick(wizard.sponsors_page.filter_edit, Qt.Key.Key_Return)
        elif page is wizard.title_page:
            qtbot.keyClicks(wizard.title_page.edit, meta.title)
        elif page is wizard.symbol_page:
            assert meta.date is not None
            wizard.symbol_page.set_date(meta.date)

    drive_wizard(qtbot, outcome, fill)


def _paste(window: Any, text: str) -> None:
    QApplication.clipboard().setText(text)
    window.editor.text.paste()


def _enter(qtbot: Any, window: Any, seed: Resolution, paragraph: Paragraph) -> None:
    """Type the opening phrase, paste the text and insert the footnotes where the seed has them."""
    editor = window.editor
    if editor.lead.isEnabled():
        editor.lead.setFocus()
        editor.lead.selectAll()
        qtbot.keyClicks(editor.lead, paragraph.lead)
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    for item in paragraph.content:
        if isinstance(item, Text):
            _paste(window, item.text)
        else:
            assert isinstance(item, FootnoteRef)
            window.pending_note = seed.footnotes[item.note_id].plain_text
            window.ui_actions["insert_footnote"].trigger()


def _shape(resolution: Resolution) -> list[tuple[str, str, list[str], int]]:
    """Return each paragraph's lead, text, footnote texts and depth, ids aside."""
    out = []

    def visit(paragraphs: list[Paragraph], depth: int) -> None:
        for p in paragraphs:
            notes = [resolution.footnotes[i.note_id].plain_text for i in p.content
                     if isinstance(i, FootnoteRef)]
            out.append((p.lead, p.body_text, notes, depth))
            visit(p.children, depth + 1)

    visit(resolution.preambular, 0)
    visit(resolution.operative, 0)
    return out


def _docx_structure(path: Path) -> dict[str, Any]:
    document = docx.Document(str(path))
    paragraphs = [(p.text, p.style.name if p.style is not None else "") for p in
                  document.paragraphs]
    with zipfile.ZipFile(path) as archive:
        footnotes = etree.fromstring(archive.read("word/footnotes.xml"))
        parts = {name: archive.read(name) for name in archive.namelist()
                 if re.fullmatch(r"word/(header|footer)\d+\.xml", name)}
    notes = ["".join(t.text or "" for t in n.iter(f"{W}t"))
             for n in footnotes.iter(f"{W}footnote") if n.get(f"{W}type") is None]
    return {"paragraphs": paragraphs, "footnotes": notes, "parts": parts}


def test_seed_draft_made_in_the_window_exports_like_the_command_line(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, window: Any, dialogs: DialogScript
) -> None:
    seed = import_text(SEED.read_text(encoding="utf-8"), str(SEED))
    assert len(seed.preambular) == 9 and len(seed.operative) == 3

    def footnote_dialog(self: Any) -> int:
        # The user types the note and presses Enter.
        qtbot.keyClicks(self.text, window.pending_note)
        qtbot.keyClick(self.text, Qt.Key.Key_Return)
        return int(self.result())

    monkeypatch.setattr(dialog_module.FootnoteTextDialog, "exec", footnote_dialog)

    # 1. The guided flow (Ctrl+N).
    outcome: list[str] = []
    QTimer.singleShot(0, lambda: _drive_wizard(qtbot, seed, outcome))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert outcome == ["finished"]
    session = window.session
    resolution = session.resolution
    assert resolution.metadata == seed.metadata

    # 2. Nine preambular paragraphs with their three footnotes.
    window.select_paragraph(resolution.preambular[0].id)
    for index, paragraph in enumerate(seed.preambular):
        if index:
            window.ui_actions["new_preambular"].trigger()
        _enter(qtbot, window, seed, paragraph)

    # 3. Three operative paragraphs, the first with sub-paragraphs (a) and (b).
    window.select_paragraph(resolution.operative[0].id)
    for index, paragraph in enumerate(seed.operative):
        if index:
            window.select_paragraph(resolution.operative[index - 1].id)
            window.ui_actions["new_operative"].trigger()
        _enter(qtbot, window, seed, paragraph)
        for child_index, child in enumerate(paragraph.children):
            window.select_paragraph(resolution.operative[index].id)
            window.ui_actions["new_subparagraph"].trigger()
            assert session.derived.label(window.current_paragraph()) == f"({'ab'[child_index]})"
            _enter(qtbot, window, seed, child)
    window.select_paragraph(resolution.preambular[0].id)  # leaving the last one commits it
    assert _shape(resolution) == _shape(seed)
    first = resolution.operative[0]
    assert [session.derived.label(c.id) for c in first.children] == ["(a)", "(b)"]

    # 4. Move the fourth preambular paragraph (third footnote) up twice: the notes renumber.
    fourth = resolution.preambular[3]
    note = next(i.note_id for i in fourth.content if isinstance(i, FootnoteRef))
    assert session.derived.footnote_numbers[note] == 3
    window.select_paragraph(fourth.id)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, ALT)
    assert resolution.preambular[1] is fourth
    assert session.derived.footnote_numbers[note] == 2
    # ... and down again with the keyboard; one more move is undone.
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, ALT)
    assert resolution.preambular[4] is fourth
    window.ui_actions["undo"].trigger()
    assert resolution.preambular[3] is fourth
    assert session.derived.footnote_numbers[note] == 3

    # 5. A footnote added by mistake, then undone; a typing slip, then undone.
    window.select_paragraph(resolution.operative[2].id)
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    window.pending_note = "A/62/999."
    window.ui_actions["insert_footnote"].trigger()
    assert len(resolution.footnotes) == 4
    window.ui_actions["undo"].trigger()
    assert len(resolution.footnotes) == 3
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " immediately")
    window.ui_actions["undo"].trigger()
    assert _shape(resolution) == _shape(seed)

    # 6. Save, reopen.
    path = tmp_path / "gfmd.draftdesk"
    dialogs.save_name = str(path)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert path.exists() and not window.isWindowModified()
    saved = to_dict(resolution)
    assert window.open_path(path)
    assert window.session is not session
    assert to_dict(window.session.resolution) == saved

    # 7. Export (Ctrl+E) and compare with the command-line export of the seed.
    ours = tmp_path / "window.docx"
    dialogs.save_name = str(ours)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert window.last_export == ours
    assert not [t for t in dialogs.titles("question") if t.startswith("Check before export")]
    reference = tmp_path / "cli.docx"
    assert cli_main(["export", str(SEED), "-o", str(reference)]) == 0
    mine, theirs = _docx_structure(ours), _docx_structure(reference)
    assert mine["paragraphs"] == theirs["paragraphs"]
    assert mine["footnotes"] == theirs["footnotes"]
    assert len(mine["footnotes"]) == 3
    assert len(mine["parts"]) >= 2 and mine["parts"] == theirs["parts"]
    assert any("Ecuador and Mexico: draft resolution" in " ".join(text.split())
               for text, _style in mine["paragraphs"])
    assert resolution.metadata.date == dt.date(2007, 11, 30)
    if window.export_message is not None:
        window.export_message.close()
