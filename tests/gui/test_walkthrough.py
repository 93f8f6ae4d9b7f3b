"""A whole drafting session through the real widgets: new draft by the guided form, three
preambular and three operative paragraphs with sub-paragraphs and two footnotes, a move and its
undo, save, reopen, export to Word."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import DialogScript, drive_wizard
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor

from draftdesk.model.document import FootnoteRef
from draftdesk.storage import load_draft, to_dict
from draftdesk.ui import dialogs as dialog_module

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE = "Global Forum on Migration and Development"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _drive_wizard(qtbot: Any, outcome: list[str]) -> None:
    """Fill in the guided form once it is open, then press Finish."""
    added: list[bool] = []

    def fill(wizard: Any, page: Any) -> None:
        if not added:
            wizard.sponsors_page.add_names(["Mexico", "Ecuador"])
            added.append(True)
        if page is wizard.title_page:
            wizard.title_page.edit.setFocus()
            qtbot.keyClicks(wizard.title_page.edit, TITLE)

    drive_wizard(qtbot, outcome, fill)


def _write(qtbot: Any, window: Any, lead: str, text: str) -> None:
    editor = window.editor
    editor.lead.setFocus()
    editor.lead.selectAll()
    qtbot.keyClicks(editor.lead, lead)
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, text)


def test_draft_from_scratch_to_word(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, window: Any, dialogs: DialogScript
) -> None:
    notes = iter(["A/61/515.", "See resolution 60/1, paras. 61 and 62."])

    def footnote_text(self: Any) -> int:
        self.text.setPlainText(next(notes))
        return 1

    monkeypatch.setattr(dialog_module.FootnoteTextDialog, "exec", footnote_text)

    # 1. New draft through the guided form (Ctrl+N).
    outcome: list[str] = []
    QTimer.singleShot(0, lambda: _drive_wizard(qtbot, outcome))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert outcome == ["finished"]
    session = window.session
    resolution = session.resolution
    assert resolution.metadata.title == TITLE
    assert sorted(s.name for s in resolution.metadata.sponsors) == ["Ecuador", "Mexico"]
    assert window.isWindowModified()

    # 2. Three preambular paragraphs; a footnote in the first.
    window.select_paragraph(resolution.preambular[0].id)
    _write(qtbot, window, "Recalling", "its resolution 61/208 of 20 December 2006")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_F, CTRL | ALT)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_P, CTRL | ALT)
    _write(qtbot, window, "Taking note of", "the High-level Dialogue held in 2006")
    qtbot.keyClick(window.outline, Qt.Key.Key_P, CTRL | ALT)
    _write(qtbot, window, "Recognizing", "the contribution of migrants to development")

    # 3. Three operative paragraphs; two sub-paragraphs under the second; a second footnote.
    window.select_paragraph(resolution.operative[0].id)
    _write(qtbot, window, "Welcomes", "the first meeting of the Global Forum")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_F, CTRL | ALT)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_O, CTRL | ALT)
    _write(qtbot, window, "Invites", "Member States")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_S, CTRL | ALT)
    _write(qtbot, window, "", "to participate in the Forum")
    second = resolution.operative[1]
    window.select_paragraph(second.id)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_S, CTRL | ALT)
    _write(qtbot, window, "", "to share their experience")
    window.select_paragraph(second.id)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_O, CTRL | ALT)
    _write(qtbot, window, "Decides", "to remain seized of the matter")

    assert len(resolution.preambular) == 3 and len(resolution.operative) == 3
    assert [session.derived.label(c.id) for c in second.children] == ["(a)", "(b)"]
    assert [session.derived.info[c.id].end for c in second.children] == [";", ";"]
    assert session.derived.info[second.id].end == ":"
    assert session.derived.info[resolution.operative[2].id].end == "."
    assert len(resolution.footnotes) == 2
    assert isinstance(resolution.operative[0].content[-1], FootnoteRef)

    # 4. Move the last operative paragraph up, then undo.
    last = resolution.operative[2]
    window.select_paragraph(last.id)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, ALT)
    assert resolution.operative[1] is last
    assert session.derived.label(last.id) == "2."
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, CTRL)
    assert resolution.operative[2] is last
    assert session.derived.label(last.id) == "3."
    qtbot.waitUntil(lambda: not window.preview.pending())
    preview = window.preview.plain_text()
    assert "3.\tDecides to remain seized of the matter." in preview
    assert "(b)\tto share their experience;" in preview

    # 5. Save (Ctrl+S asks for a name the first time), reopen.
    path = tmp_path / "gfmd.draftdesk"
    dialogs.save_name = str(path)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert path.exists() and not window.isWindowModified()
    saved = to_dict(resolution)
    assert window.open_path(path)
    assert window.session is not session
    assert to_dict(window.session.resolution) == saved
    assert to_dict(load_draft(path)) == saved

    # 6. Export (Ctrl+E) and read the Word file back.
    target = tmp_path / "gfmd.docx"
    dialogs.save_name = str(target)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert window.last_export == target
    document = docx.Document(str(target))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Ecuador and Mexico: draft resolution" in " ".join(body.split())
    assert "Recalling its resolution 61/208 of 20 December 2006," in body
    assert "Decides to remain seized of the matter." in body
    with zipfile.ZipFile(target) as archive:
        footnotes = etree.fromstring(archive.read("word/footnotes.xml"))
        document_xml = etree.fromstring(archive.read("word/document.xml"))
    real = [n for n in footnotes.iter(f"{W}footnote") if n.get(f"{W}type") is None]
    assert len(real) == 2
    texts = ["".join(t.text or "" for t in n.iter(f"{W}t")).strip() for n in real]
    assert texts == ["A/61/515.", "See resolution 60/1, paras. 61 and 62."]
    assert len(list(document_xml.iter(f"{W}footnoteReference"))) == 2
    if window.export_message is not None:
        window.export_message.close()
