"""Texts in parts in the window: Insert ▸ Part, the part form, Remove Part, undo, save, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from draftdesk.compose import Role
from draftdesk.model import Annex, Part, derive
from draftdesk.storage import load_draft, to_dict
from draftdesk.ui.session import Session
from tools import samples

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = QModelIndex()
CTRL = Qt.KeyboardModifier.ControlModifier


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
    # A letter another part has is refused, said in the status bar, and the field shows B again.
    form.letter.setFocus()
    form.letter.selectAll()
    qtbot.keyClicks(form.letter, "a")
    qtbot.keyClick(form.letter, Qt.Key.Key_Return)
    assert part_b.letter == "B" and form.letter.text() == "B"
    assert window.statusBar().currentMessage() == "Another part is lettered A already"
    # Only a letter can be typed there, and an emptied field keeps the part's letter.
    form.letter.selectAll()
    qtbot.keyClicks(form.letter, "7")
    assert form.letter.text() == "B"
    qtbot.keyClick(form.letter, Qt.Key.Key_Backspace)
    assert form.letter.text() == ""
    form.title.setFocus()
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
    # The preview prints the letters, part B's title and formula, and its own numbers.
    engine = window._editor_parts().preview.engine
    printed = [b.source for b in engine.blocks if b.source is not None]
    after = [(b.role, b.label, b.text) for b in printed][
        [b.text for b in printed].index("B"):][:5]
    assert after == [
        (Role.PART_LETTER, "", "B"), (Role.PART_TITLE, "", "Data on compensation"),
        (Role.FORMULA, "", "The General Assembly"),
        (Role.OPERATIVE, "1.", "Decides to revert to the matter;"),
        (Role.OPERATIVE, "2.", "Requests a report.")]
    assert [b.text for b in printed if b.role is Role.PART_LETTER] == ["A", "B"]
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


def test_an_empty_annex_and_an_empty_part_show_in_the_document_view_and_take_typing(
    qtbot: Any, window: Any,
) -> None:
    resolution = samples.in_parts()
    resolution.annexes = [Annex(heading="Annex", title="Programme of work", paragraphs=[])]
    resolution.further_parts[0].preambular = []
    resolution.further_parts[0].operative = []
    window.set_session(Session(resolution))
    annex, part_b = resolution.annexes[0], resolution.further_parts[0]
    before = to_dict(resolution)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    view = window._editor_parts().document_view
    assert view.isVisible()
    # Each shows as an empty line under its caption, after the operative part.
    line = view.empty_block(annex.id)
    assert line is not None and line.text() == ""
    assert view.captions()["empty:" + annex.id] == ["Annex", "Programme of work"]
    assert view.captions()["empty:" + part_b.id] == ["B"]
    assert view.empty_block(part_b.id).blockNumber() < line.blockNumber()
    # The caption is painted above the empty line, the grey hint on it.
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(line.position())
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    rect = view.document().documentLayout().blockBoundingRect(line).translated(
        0, -view.verticalScrollBar().value())
    text_top = int(rect.top() + line.layout().lineAt(0).y())
    above = [image.pixelColor(x, y).lightness() for y in range(max(0, text_top - 40), text_top - 2)
             for x in range(int(rect.left() + 60), int(rect.right() - 60))]
    assert min(above) < 128
    hint = [image.pixelColor(x, y) for y in range(text_top, text_top + 12)
            for x in range(int(rect.left() + 60), int(rect.left() + 200))]
    assert any(c.lightness() < 200 for c in hint)
    # Backspace and Enter on the empty line join and split nothing.
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert to_dict(resolution) == before
    # What is typed there becomes the annex's first paragraph, numbered in the annex.
    qtbot.keyClicks(view, "The Forum meets once a year.")
    (first,) = annex.paragraphs
    assert first.body_text == "The Forum meets once a year."
    assert view.caret_target() == (first.id, len(first.body_text))
    assert view.empty_block(annex.id) is None
    assert view.captions()[first.id] == ["Annex", "Programme of work"]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "It reports every year.")
    assert [window.session.label(p.id) for p in annex.paragraphs] == ["1.", "2."]
    # In part B the first words typed are an operative paragraph with its opening phrase.
    block = view.empty_block(part_b.id)
    cursor = view.textCursor()
    cursor.setPosition(block.position())
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "Decides to revert to the matter")
    (operative,) = part_b.operative
    assert (operative.lead, operative.body_text) == ("Decides", "to revert to the matter")
    assert view.captions()[operative.id] == ["B"]
    # Undo takes it all back, the empty lines with it.
    for _ in range(50):
        if not window.session.undo_stack.canUndo():
            break
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert to_dict(resolution) == before
    assert view.empty_block(annex.id) is not None and view.empty_block(part_b.id) is not None


def _references(edit_widget: Any) -> list[str]:
    """Return the references drawn in a text widget, as its painter labels them."""
    from draftdesk.ui.paragraph_editor import KIND_PROPERTY, OBJECT_TYPE, REFERENCE

    shown = []
    block = edit_widget.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.objectType() == OBJECT_TYPE and fmt.property(KIND_PROPERTY) == REFERENCE:
                shown.append(edit_widget._painter.label(fmt, fragment.position()))
            fragments += 1
        block = block.next()
    return shown


def test_a_reference_inside_its_own_part_shows_without_the_part_as_it_prints(
    qtbot: Any, window: Any,
) -> None:
    from draftdesk.model import edit

    resolution = samples.in_parts()
    first = resolution.operative[0]
    edit.add_cross_reference(resolution, first.id, 0, "a-last")
    window.set_session(Session(resolution))
    window.select_paragraph(first.id)
    assert _references(window.editor.text) == ["paragraph 3"]
    window.select_paragraph("b-last")  # from part B it names part A
    assert _references(window.editor.text) == ["paragraph 3 of resolution A"]
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    view = window._editor_parts().document_view
    assert view.isVisible()
    assert _references(view) == ["paragraph 3", "paragraph 3 of resolution A"]
