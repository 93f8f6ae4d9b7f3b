"""Texts in parts in the window: Insert ▸ Part, the part form, Remove Part, undo, save, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from draftdesk.model import Part, derive
from draftdesk.storage import load_draft, to_dict
from draftdesk.ui.session import Session
from tools import samples

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = QModelIndex()


def _rows(model: Any) -> list[str]:
    return [model.data(model.index(row, 0, ROOT)) for row in range(model.rowCount(ROOT))]


def _click_row(qtbot: Any, view: Any, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def test_a_text_in_one_part_gets_a_part_b_typed_lettered_saved_and_exported(
    qtbot: Any, tmp_path: Path, window: Any, dialogs: DialogScript,
) -> None:
    window.set_session(Session(samples.committee_draft()))
    resolution = window.session.resolution
    before = to_dict(resolution)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    insert_menu = window.menuBar().findChild(type(window.recent_menu), "menu_insert")
    assert "Part" in [a.text().replace("&", "") for a in insert_menu.actions()]
    window.ui_actions["new_part"].trigger()
    assert resolution.part_letter == "A"
    (part_b,) = resolution.further_parts
    form = window._editor_parts().part_actions.form
    assert form.isVisible() and form.title.hasFocus()
    assert form.letter.text() == "B" and form.caption.text() == "Part B"
    assert "part A" in window.statusBar().currentMessage()
    # One step on the window's undo stack: Undo gives the text in one part again.
    window.ui_actions["undo"].trigger()
    assert resolution.part_letter == "" and to_dict(resolution) == before
    assert not form.isVisible()
    window.ui_actions["redo"].trigger()
    assert resolution.further_parts == [part_b] and resolution.part_letter == "A"
    window.select_paragraph(None)
    window._editor_parts().part_actions.select_part(part_b.id)
    form.title.setFocus()
    model = window.outline_model
    assert _rows(model)[:4] == [
        f"Part A: Preamble ({len(resolution.preambular)})",
        f"Part A: Operative part ({len(resolution.operative)})",
        "Part B: Preamble (0)", "Part B: Operative part (1)"]
    # The title, then Enter goes on to the part's first paragraph, typed in the form.
    qtbot.keyClicks(form.title, "Data on compensation")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert part_b.title == "Data on compensation"
    assert window.editor.paragraph_id == part_b.operative[0].id
    qtbot.keyClicks(window.editor.text, "Decides to revert to the matter")
    window.ui_actions["new_operative"].trigger()
    qtbot.keyClicks(window.editor.text, "Requests a report")
    assert [window.session.label(p.id) for p in part_b.operative] == ["1.", "2."]
    # The part's row, clicked, shows the form again; a new letter is one undo step.
    _click_row(qtbot, window.outline, model.section_index(Part.OPERATIVE, part_b.id))
    assert form.isVisible() and not window.editor.isVisible()
    window.ui_actions["focus_editor"].trigger()
    assert form.letter.hasFocus()
    form.letter.selectAll()
    qtbot.keyClicks(form.letter, "c")
    qtbot.keyClick(form.letter, Qt.Key.Key_Return)
    assert part_b.letter == "C"
    assert "Part C: Operative part (2)" in _rows(model)
    window.ui_actions["undo"].trigger()
    assert part_b.letter == "B" and form.letter.text() == "B"
    # Saved, opened again and exported: A and B, each numbered afresh, the notes running on.
    dialogs.save_name = str(tmp_path / "parts.draftdesk")
    assert window.save_as()
    again = load_draft(tmp_path / "parts.draftdesk")
    assert to_dict(again) == to_dict(resolution)
    dialogs.question = QMessageBox.StandardButton.Discard
    dialogs.open_name = str(tmp_path / "parts.draftdesk")
    window.ui_actions["open"].trigger()
    reopened = window.session.resolution
    assert [p.letter for p in reopened.further_parts] == ["B"]
    target = tmp_path / "parts.docx"
    assert window.export_to(target)
    lines = [p.text for p in docx.Document(str(target)).paragraphs]
    assert [line for line in lines if line in ("A", "B")] == ["A", "B"]
    after_b = lines[lines.index("B"):]
    assert after_b[1:5] == ["Data on compensation", "The General Assembly",
                            "1.\tDecides to revert to the matter;", "2.\tRequests a report."]
    # The body's own footnotes keep their numbers ahead of part B.
    numbers = derive(reopened).footnote_numbers
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))


def test_removing_a_part_asks_when_it_has_words_and_undo_brings_it_back(
    qtbot: Any, window: Any, dialogs: DialogScript,
) -> None:
    window.set_session(Session(samples.in_parts()))
    resolution = window.session.resolution
    before = to_dict(resolution)
    part_b = resolution.further_parts[0]
    model, outline = window.outline_model, window.outline
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _click_row(qtbot, outline, model.section_index(Part.PREAMBULAR, part_b.id))
    form = window._editor_parts().part_actions.form
    assert form.isVisible() and form.part_id == part_b.id
    # Delete on the part's row asks first: Cancel keeps the part.
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert dialogs.titles("question")[-1] == (
        "Remove Part: Remove part B and its 3 paragraphs? Undo brings them back.")
    assert resolution.further_parts == [part_b]
    dialogs.question = QMessageBox.StandardButton.Yes
    form.remove_button.click()
    assert resolution.further_parts == [] and resolution.part_letter == ""
    assert window.editor.isVisible()
    assert not any(row.startswith("Part") for row in _rows(model))
    window.ui_actions["undo"].trigger()
    assert to_dict(resolution) == before
    # A part added and left empty goes without a question, through Edit ▸ Remove Part on
    # its paragraph.
    asked = len(dialogs.titles("question"))
    window.ui_actions["new_part"].trigger()
    part_c = resolution.further_parts[-1]
    assert part_c.letter == "C"
    window.select_paragraph(part_c.operative[0].id)
    window.ui_actions["remove_part"].trigger()
    assert len(dialogs.titles("question")) == asked
    assert [p.letter for p in resolution.further_parts] == ["B"]
    assert to_dict(resolution) == before
