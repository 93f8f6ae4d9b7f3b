"""Focus you can see and typing that is never lost: real key presses through every field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _focus(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_completion_then_tab_keeps_every_typed_character(qtbot: Any, small: Any) -> None:
    session = small.session
    new = session.add_preambular(session.resolution.preambular[0].id)
    assert new is not None
    small.select_paragraph(new.id)
    editor = small.editor
    _focus(qtbot, editor.lead)
    qtbot.keyClicks(editor.lead, "Recal")
    qtbot.waitUntil(lambda: editor.completer.popup().isVisible())
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Return)
    assert editor.lead.text() == "Recalling"
    # The chosen phrase sends the caret on to the text, at its end.
    assert QApplication.focusWidget() is editor.text
    qtbot.keyClicks(editor.text, "its resolution 61/208")
    # Tab goes to the opening phrase and back; nothing typed after it is lost.
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.lead
    qtbot.keyClick(editor.lead, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.text
    qtbot.keyClicks(editor.text, " of 20 December 2006")
    qtbot.keyClick(editor.text, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.lead
    qtbot.keyClick(editor.lead, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, ",")
    editor.commit()
    paragraph = session.paragraph(new.id)
    assert paragraph is not None
    assert (paragraph.lead, paragraph.body_text) == (
        "Recalling", "its resolution 61/208 of 20 December 2006")


def test_every_text_field_keeps_what_is_typed(qtbot: Any, small: Any) -> None:
    typed = "Global Forum on Migration and Development"
    small.select_paragraph(small.session.resolution.operative[0].id)
    editor = small.editor
    for field, shown in ((editor.lead, editor.lead.text), (editor.text, editor.text.toPlainText),
                         (small.library.search_box, small.library.search_box.text),
                         (small.footnotes.text, small.footnotes.text.toPlainText)):
        if field.isEnabled():
            field.clear()
            _focus(qtbot, field)
            qtbot.keyClicks(field, typed)
            assert typed in shown(), field.objectName()


def test_the_field_with_the_focus_has_a_visible_ring(qtbot: Any, small: Any) -> None:
    small.select_paragraph(small.session.resolution.operative[0].id)
    lead = small.editor.lead
    _focus(qtbot, small.editor.text)
    before = lead.grab().toImage().pixelColor(0, lead.height() // 2)
    _focus(qtbot, lead)
    after = lead.grab().toImage().pixelColor(0, lead.height() // 2)
    assert after.name() == "#1a5fb4"
    assert before.name() != after.name()
