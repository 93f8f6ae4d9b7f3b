"""Annexes and further parts in the window: outline, forms, document view, undo, save, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor

from draftdesk.model.document import Paragraph, Part, Resolution, Text
from draftdesk.storage import load_draft, to_dict
from draftdesk.ui.session import Session
from tools import samples

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PDFS = Path(__file__).parents[1] / "data" / "pdfs"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


ROOT = QModelIndex()


def _rows(model: Any, parent: QModelIndex = ROOT) -> list[str]:
    return [model.data(model.index(row, 0, parent)) for row in range(model.rowCount(parent))]


def _click_row(qtbot: Any, view: Any, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def _docx_text(path: Path) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def _open_annexed(window: Any) -> Resolution:
    resolution = samples.with_annex()
    window.set_session(Session(resolution))
    return resolution


def test_an_official_resolution_s_annex_is_edited_in_the_outline_undone_saved_and_exported(
    qtbot: Any, tmp_path: Path, window: Any, dialogs: DialogScript,
) -> None:
    dialogs.open_name = str(PDFS / "A_RES_80_3.pdf")
    window.ui_actions["open"].trigger()
    assert window.editing and not dialogs.titles("critical")
    resolution = window.session.resolution
    (annex,) = resolution.annexes
    model, outline = window.outline_model, window.outline
    rows = _rows(model)
    assert rows[:2] == ["Preamble (1)", f"Operative part ({len(resolution.operative)})"]
    assert rows[2] == f"Annex: Awaza Political Declaration ({len(annex.paragraphs)})"
    annex_row = model.index(2, 0)
    children = _rows(model, annex_row)
    numbered = [row for row in children if row[:1].isdigit()]
    assert len(numbered) == 25 and numbered[0].startswith("1. ")
    assert numbered[-1].startswith("25. ")
    # The first numbered paragraph, chosen with the mouse, opens in the paragraph form.
    first = next(p for p in annex.paragraphs if model.data(model.index_of(p.id))[:2] == "1.")
    _click_row(qtbot, outline, model.index_of(first.id))
    assert window.editor.paragraph_id == first.id
    assert window.editor.heading.text() == "Paragraph 1 of Annex"
    before = to_dict(resolution)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " as agreed at Awaza")
    assert first.body_text.endswith("as agreed at Awaza")
    assert model.data(model.index_of(first.id)).startswith("1. ")
    # The window's one undo stack takes the typing back.
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Z, CTRL)
    assert to_dict(resolution) == before
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Z, CTRL | SHIFT)
    assert first.body_text.endswith("as agreed at Awaza")
    # Saved and opened again, then exported: the edit is in the Word file's annex.
    dialogs.save_name = str(tmp_path / "awaza.draftdesk")
    assert window.save_as()
    again = load_draft(tmp_path / "awaza.draftdesk")
    assert again.annexes[0].paragraphs[0].body_text == first.body_text
    dialogs.question = dialogs.question.Discard
    dialogs.open_name = str(tmp_path / "awaza.draftdesk")
    window.ui_actions["open"].trigger()
    reopened = window.session.resolution.annexes[0]
    assert reopened.paragraphs[0].body_text.endswith("as agreed at Awaza")
    target = tmp_path / "awaza.docx"
    assert window.export_to(target)
    text = _docx_text(target)
    heading = text.index("Annex")
    assert any(line.endswith("as agreed at Awaza.") for line in text[heading:])


def test_paragraphs_are_added_moved_and_deleted_inside_an_annex(
    qtbot: Any, window: Any,
) -> None:
    resolution = _open_annexed(window)
    annex = resolution.annexes[0]
    before = to_dict(resolution)
    body = [window.session.label(p.id) for p in resolution.operative]
    model, outline = window.outline_model, window.outline
    last = annex.paragraphs[-1]
    _click_row(qtbot, outline, model.index_of(last.id))
    assert window.editor.heading.text() == "Paragraph 2 of Annex"
    window.ui_actions["new_operative"].trigger()  # a numbered paragraph after this one
    added = window.editor.paragraph_id
    assert annex.paragraphs[-1].id == added
    qtbot.keyClicks(window.editor.text, "The Forum may meet in other places.")
    assert model.data(model.index_of(added)) == "3. The Forum may meet in other places."
    outline.setFocus()
    outline.select_paragraph(added)
    qtbot.keyClick(outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert annex.paragraphs[1].id == added  # above the heading now
    assert window.session.label(added) == "2."
    qtbot.keyClick(outline, Qt.Key.Key_Tab)  # a sub-paragraph of paragraph 1
    assert window.session.label(added) == "(c)"
    assert annex.paragraphs[0].children[-1].id == added
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert resolution.find(added) is None
    # The resolution's own numbering never moved.
    assert [window.session.label(p.id) for p in resolution.operative] == body
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert to_dict(resolution) == before


def test_an_annex_is_added_titled_written_and_removed_from_the_menus(
    qtbot: Any, tmp_path: Path, window: Any,
) -> None:
    window.set_session(Session(samples.gfmd()))
    resolution = window.session.resolution
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    insert_menu = window.menuBar().findChild(type(window.recent_menu), "menu_insert")
    assert "Annex" in [a.text().replace("&", "") for a in insert_menu.actions()]
    window.ui_actions["new_annex"].trigger()
    (annex,) = resolution.annexes
    form = window._editor_parts().annex_actions.form
    assert form.isVisible() and form.title.hasFocus()
    assert form.heading.text() == "Annex"
    qtbot.keyClicks(form.title, "Terms of reference")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert annex.title == "Terms of reference"
    # Enter went on to the annex's first paragraph, in the paragraph form.
    assert window.editor.paragraph_id == annex.paragraphs[0].id
    qtbot.keyClicks(window.editor.text, "The Forum meets once a year.")
    model = window.outline_model
    annex_row = model.annex_index(annex.id)
    assert model.data(annex_row) == "Annex: Terms of reference (1)"
    assert _rows(model, annex_row) == ["1. The Forum meets once a year."]
    # A second annex: the first becomes "Annex I".
    window.ui_actions["new_annex"].trigger()
    assert [a.heading for a in resolution.annexes] == ["Annex I", "Annex II"]
    qtbot.keyClicks(form.title, "Programme of work")
    form.heading.setFocus()
    form.heading.selectAll()
    qtbot.keyClicks(form.heading, "Appendix")
    qtbot.keyClick(form.heading, Qt.Key.Key_Return)
    assert resolution.annexes[1].heading == "Appendix"
    assert resolution.annexes[1].title == "Programme of work"
    target = tmp_path / "annexes.docx"
    assert window.export_to(target)
    text = _docx_text(target)
    assert "Annex I" in text and "Appendix" in text and "Programme of work" in text
    assert "1.\tThe Forum meets once a year." in text  # the typed full stop kept
    # Delete on the annex's row removes it; Undo brings it back with its paragraph.
    outline = window.outline
    outline.setFocus()
    _click_row(qtbot, outline, model.annex_index(resolution.annexes[0].id))
    assert form.isVisible()
    window.ui_actions["focus_editor"].trigger()  # Ctrl+2 goes to the annex form
    assert form.heading.hasFocus()
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert [a.heading for a in resolution.annexes] == ["Appendix"]
    assert window.editor.isVisible()
    window.ui_actions["undo"].trigger()
    assert [a.title for a in resolution.annexes] == ["Terms of reference", "Programme of work"]
    restored = resolution.annexes[0].paragraphs[0]
    assert restored.body_text == "The Forum meets once a year."  # prints as typed
    # Edit ▸ Remove Annex acts on the annex of the current paragraph.
    window.select_paragraph(resolution.annexes[0].paragraphs[0].id)
    window.ui_actions["remove_annex"].trigger()
    assert [a.title for a in resolution.annexes] == ["Programme of work"]
    while window.session.undo_stack.canUndo():
        window.ui_actions["undo"].trigger()
    assert resolution.annexes == []


def test_the_document_view_shows_and_edits_an_annex_with_the_same_keys(
    qtbot: Any, window: Any,
) -> None:
    resolution = _open_annexed(window)
    annex = resolution.annexes[0]
    before = to_dict(resolution)
    body = [window.session.label(p.id) for p in resolution.operative]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    view = window._editor_parts().document_view
    assert view.isVisible()
    first = annex.preamble[0]
    assert view.captions()[first.id] == ["Annex", "Terms of reference of the Forum"]
    # The caption is painted in the gap above the annex's first line, never over its text.
    view.ensureCursorVisible()
    block = view.block_of(first.id)
    view.place_caret(first.id, 0)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    rect = view.document().documentLayout().blockBoundingRect(block).translated(
        0, -view.verticalScrollBar().value())
    text_top = int(rect.top() + block.layout().lineAt(0).y())
    above = [image.pixelColor(x, y).lightness() for y in range(max(0, text_top - 40), text_top - 2)
             for x in range(int(rect.left() + 60), int(rect.right() - 60))]
    assert min(above) < 128  # dark caption pixels above the text
    assert view.block_of(annex.paragraphs[0].id) is not None
    # Type at the end of the first numbered paragraph of the annex.
    top = annex.paragraphs[0]
    view.setFocus()
    view.place_caret(top.id, len(top.body_text))
    qtbot.keyClicks(view, " Decides nothing")
    assert top.body_text == "The Forum meets once a year. Decides nothing"
    assert top.lead == ""  # no opening phrase is read into an annex's text
    # Enter starts the next paragraph of the annex; Tab makes it a sub-paragraph.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    new_id = view.caret_target()[0]
    assert annex.paragraphs[1].id == new_id
    assert window.session.label(new_id) == "2."
    qtbot.keyClicks(view, "It reports every year")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.session.label(new_id) == "(c)"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert window.session.label(new_id) == "2."
    # Backspace at its start joins it to the paragraph before, inside the annex.
    view.place_caret(new_id, 0)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert resolution.find(new_id) is None
    assert top.children[-1].body_text.endswith("It reports every year")
    # At the start of the annex, Backspace never joins it to the resolution's last paragraph.
    view.place_caret(first.id, 0)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert annex.preamble[0] is first
    assert [window.session.label(p.id) for p in resolution.operative] == body
    for _ in range(50):
        if not window.session.undo_stack.canUndo():
            break
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert to_dict(resolution) == before


def test_part_b_is_listed_and_edited_like_part_a(qtbot: Any, window: Any) -> None:
    window.set_session(Session(samples.in_parts()))
    resolution = window.session.resolution
    part_b = resolution.further_parts[0]
    model = window.outline_model
    assert _rows(model) == ["Part A: Preamble (2)", "Part A: Operative part (4)",
                            "Part B: Preamble (1)", "Part B: Operative part (2)"]
    operative_b = model.section_index(Part.OPERATIVE, part_b.id)
    assert _rows(model, operative_b)[1].startswith("2. Endorses")
    _click_row(qtbot, window.outline, model.index_of("b-last"))
    assert window.editor.heading.text() == "Operative paragraph 2 of part B"
    window.ui_actions["move_up"].trigger()
    assert part_b.operative[0].id == "b-last"
    assert _rows(model, operative_b)[0].startswith("1. Endorses")
    window.ui_actions["new_operative"].trigger()
    assert part_b.operative[1].id == window.editor.paragraph_id
    assert window.session.label(window.editor.paragraph_id) == "2."
    view_captions = window._editor_parts().document_view
    window.ui_actions["undo"].trigger()
    window.ui_actions["undo"].trigger()
    assert [p.id for p in part_b.operative][-1] == "b-last"
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    assert view_captions.captions()[part_b.preambular[0].id] == ["B"]
    assert view_captions.captions()[resolution.preambular[0].id] == ["A"]


def test_a_paragraph_dragged_from_the_body_into_an_annex_moves_there(qapp: Any) -> None:
    from draftdesk.ui.outline import OutlineModel

    resolution = samples.with_annex()
    session = Session(resolution)
    model = OutlineModel(session)
    annex = resolution.annexes[0]
    moving = resolution.operative[-1]
    data = model.mimeData([model.index_of(moving.id)])
    # Row 1 of the annex: after its opening paragraph, first of its numbered ones.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.annex_index(annex.id))
    assert annex.paragraphs[0] is moving
    assert session.label(moving.id) == "1."
    session.undo_stack.undo()
    assert resolution.operative[-1] is moving


def test_the_outline_model_passes_the_model_tester_with_parts_and_annexes(
    qtmodeltester: Any, qapp: Any,
) -> None:
    from draftdesk.ui.outline import OutlineModel

    resolution = samples.in_parts()
    resolution.annexes = samples.with_annex().annexes
    session = Session(resolution)
    model = OutlineModel(session)
    qtmodeltester.check(model)
    session.add_annex()
    session.insert_paragraph(session.location_after(resolution.annexes[0].paragraphs[0].id,
                                                    Part.ANNEX), Paragraph("", [Text("x")]))
    qtmodeltester.check(model)


def test_a_full_stop_typed_after_an_imported_annex_paragraph_prints_once(qapp: Any) -> None:
    resolution = samples.with_annex()
    paragraph = resolution.annexes[0].paragraphs[-1]
    paragraph.content, paragraph.ending = [Text("The Forum reports")], "."  # as a PDF gives it
    session = Session(resolution)
    session.set_text(paragraph.id, "", [Text("The Forum reports yearly;")])
    session.commit_text(paragraph.id)
    assert (paragraph.body_text, paragraph.ending) == ("The Forum reports yearly", ";")
    assert session.undo_stack.count() == 1  # the typing and its ending are one step
    session.undo_stack.undo()
    assert (paragraph.body_text, paragraph.ending) == ("The Forum reports", ".")
    # A paragraph whose text carries its punctuation keeps it as typed.
    other = resolution.annexes[0].paragraphs[0]
    session.commit_text(other.id)
    assert other.body_text == "The Forum meets once a year." and other.ending is None
    assert session.undo_stack.count() == 1


def test_import_notes_preview_and_change_bars_reach_annex_paragraphs(
    qtbot: Any, window: Any,
) -> None:
    from draftdesk.model.document import ImportNote

    resolution = samples.with_annex()
    annex = resolution.annexes[0]
    target = annex.paragraphs[-1]
    resolution.import_notes = [ImportNote("numbering restarts here", target.id)]
    window.set_session(Session(resolution))
    parts = window._editor_parts()
    notes = parts.import_notes.list
    assert parts.import_notes_dock.isVisible()
    item = notes.item(0)
    assert item.text() == "Paragraph 2 of the annex: numbering restarts here"
    # A click on the note selects the annex paragraph in the outline, the form and the preview.
    notes.scrollToItem(item)
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton,
                     pos=notes.visualItemRect(item).center())
    assert window.outline.current_paragraph() == target.id
    assert window.editor.paragraph_id == target.id
    preview = window.preview
    qtbot.waitUntil(lambda: preview.engine.block_of(target.id) is not None)
    page = preview.page_of_paragraph(target.id)
    assert page is not None and "The Forum reports to the General Assembly" in \
        preview.page_text(page)
    # Change bars against a saved version mark an edited annex paragraph.
    versions = parts.versions_actions
    assert versions.save_version("First reading")
    window.session.set_text(target.id, "", [Text("The Forum reports every two years")])
    assert versions.show_in_preview(True)
    assert target.id in preview.engine.change_marks
    assert set(preview.engine.change_marks) == {target.id}


def test_the_outline_captions_an_annex_as_the_draft_prints_it(qapp: Any) -> None:
    from draftdesk.ui.outline import OutlineModel

    resolution = samples.with_annex()
    resolution.metadata.language = "es"
    session = Session(resolution)
    session.add_annex()
    model = OutlineModel(session)
    assert _rows(model)[-2:] == ["Anexo I: Terms of reference of the Forum (4)", "Anexo II (1)"]
    assert session.describe(resolution.annexes[1].paragraphs[0].id) == "paragraph 1 of Anexo II"


def test_paste_and_enter_in_an_annex_keep_its_punctuation_and_read_no_opening_phrase(
    qtbot: Any, window: Any,
) -> None:
    from PySide6.QtCore import QMimeData

    resolution = _open_annexed(window)
    annex = resolution.annexes[0]
    last = annex.paragraphs[-1]
    window.select_paragraph(last.id)
    editor = window.editor
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setText("\n3. Decides to meet in Geneva.\n4. Requests a report.")
    editor.text.insertFromMimeData(mime)
    pasted = annex.paragraphs[-2:]
    assert [(p.lead, p.body_text) for p in pasted] == [
        ("", "Decides to meet in Geneva."), ("", "Requests a report.")]
    assert [window.session.label(p.id) for p in pasted] == ["3.", "4."]
    # Enter in the middle of an annex paragraph keeps the full stop before the caret.
    window.select_paragraph(pasted[0].id)
    editor.split_at(len("Decides to meet in Geneva."))
    assert pasted[0].body_text == "Decides to meet in Geneva."
    assert len(annex.paragraphs) == 6 and annex.paragraphs[-2].content == []
