"""The outline model and view: structure, labels, drag and drop, keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from draftdesk.model.document import Paragraph, Resolution, Text
from draftdesk.ui.outline import OutlineModel
from draftdesk.ui.session import Session

# The offscreen platform cannot raise windows, grab the keyboard or propagate size hints,
# and says so whenever a window or a completion popup shows.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _draft() -> Resolution:
    return Resolution(
        preambular=[Paragraph("Recalling", [Text("a")]), Paragraph("Noting", [Text("b")])],
        operative=[
            Paragraph("Decides", [Text("c")], children=[Paragraph("", [Text("sub one")])]),
            Paragraph("Requests", [Text("d")]),
            Paragraph("Invites", [Text("e")]),
        ],
    )


def test_model_passes_the_model_tester(qtmodeltester, qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    qtmodeltester.check(model)
    session.add_subparagraph(session.resolution.operative[1].id)
    session.move_up(session.resolution.operative[2].id)
    qtmodeltester.check(model)


def test_rows_show_live_labels(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    operative = model.index(1, 0)
    assert model.data(operative) == "Operative part (3)"
    second = model.index(1, 0, operative)
    assert model.data(second) == "2. Requests d"
    sub = model.index(0, 0, model.index(0, 0, operative))
    assert model.data(sub) == "(a) sub one"
    session.move_up(session.resolution.operative[1].id)
    assert model.data(model.index(0, 0, model.index(1, 0))) == "1. Requests d"


def test_dropping_a_paragraph_moves_it_through_the_undo_stack(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    last = session.resolution.operative[2]
    data = model.mimeData([model.index_of(last.id)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.section_index(
        session.resolution.operative[0] and model.section_of(model.index(1, 0))))
    assert [p.lead for p in session.resolution.operative] == ["Invites", "Decides", "Requests"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert [p.lead for p in session.resolution.operative] == ["Decides", "Requests", "Invites"]


def test_dropping_below_in_the_same_list_counts_after_removal(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    first = session.resolution.operative[0]
    data = model.mimeData([model.index_of(first.id)])
    # Dropped between "Requests" and "Invites": row 2 of the operative part.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(1, 0))
    assert [p.lead for p in session.resolution.operative] == ["Requests", "Decides", "Invites"]


def test_dropping_onto_a_paragraph_makes_a_sub_paragraph(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    moving = session.resolution.operative[2]
    target = session.resolution.operative[1]
    data = model.mimeData([model.index_of(moving.id)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(target.id))
    assert target.children == [moving]
    assert session.derived.label(moving.id) == "(a)"


def test_dropping_a_paragraph_into_itself_is_refused(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    parent = session.resolution.operative[0]
    data = model.mimeData([model.index_of(parent.id)])
    child_index = model.index_of(parent.children[0].id)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, child_index)
    assert session.undo_stack.count() == 0
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_tab_and_shift_tab_in_the_outline_indent_and_outdent(qtbot, seeded: Any) -> None:
    window = seeded
    operative = window.session.resolution.operative
    second = operative[1]
    window.select_paragraph(second.id)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Tab)
    assert operative[0].children[-1] is second
    assert window.outline.current_paragraph() == second.id
    qtbot.keyClick(window.outline, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.resolution.operative[1] is second


def test_alt_arrows_move_and_delete_key_removes(qtbot, seeded: Any) -> None:
    window = seeded
    operative = window.session.resolution.operative
    third = operative[2]
    window.select_paragraph(third.id)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert operative[1] is third
    assert window.session.derived.label(third.id) == "2."
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert operative[2] is third
    count = len(operative)
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert len(operative) == count - 1
    assert third not in operative
    neighbour = window.current_paragraph()
    assert neighbour is not None and window.session.paragraph(neighbour) is not None
    assert window.outline.current_paragraph() == neighbour
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert operative[2] is third


def test_paragraph_with_a_broken_reference_is_flagged(qapp) -> None:
    session = Session(_draft())
    model = OutlineModel(session)
    first, second = session.resolution.operative[0], session.resolution.operative[1]
    session.add_cross_reference(first.id, 0, second.id)
    index = model.index_of(first.id)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None
    session.delete_paragraph(second.id)
    index = model.index_of(first.id)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Refers to a deleted")


def test_drop_onto_the_outline_view_moves_the_paragraph(qtbot, seeded: Any) -> None:
    """Drive the view's own drag-enter, drag-move and drop handling with the dragged data."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = seeded
    operative = window.session.resolution.operative
    moving, target = operative[2], operative[0]
    view, model = window.outline, window.outline_model
    data = model.mimeData([model.index_of(moving.id)])
    rect = view.visualRect(model.index_of(target.id))
    point = QPointF(rect.center().x(), rect.top() + 1)  # upper edge: drop above the target
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), action, data, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), action, data, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point, action, data, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert operative[0] is moving
    assert window.session.derived.label(moving.id) == "1."
    assert window.session.undo_stack.undoText() == "Move paragraph"


def test_a_spanish_draft_shows_its_own_labels_in_the_outline_editor_and_references(
        seeded: Any) -> None:
    from draftdesk.ui.dialogs import CrossReferenceDialog
    from language_fixtures import translated_seed

    window = seeded
    window.open_resolution(translated_seed("es"), dirty=False)
    session = window.session
    first = session.resolution.operative[0]
    sub = first.children[0]
    model = window.outline.model()
    rows = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(str(index.data()))
            walk(index)

    walk(QModelIndex())
    assert any(text.startswith("a) Al Secretario General") for text in rows)
    assert not any(text.startswith("(a)") for text in rows)
    window.select_paragraph(sub.id)
    assert window.editor.heading.text() == "Sub-paragraph a)"
    assert session.reference_text(sub.id) == "párrafo 1 a)"
    dialog = CrossReferenceDialog(session, None)
    choices = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("párrafo 1 a):" in choice for choice in choices)
    dialog.deleteLater()
    window.session.mark_clean()
