"""The small things that stopped a drafter: each one fixed."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import DialogScript, type_at_end
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from draftdesk.ui.main_window import suggested_name
from draftdesk.ui.open_files import OPEN_FILTER

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def test_the_outline_shows_footnote_numbers_not_asterisks(seeded: Any) -> None:
    model = seeded.outline_model
    first = seeded.session.resolution.preambular[0]
    index = model.index_of(first.id) if hasattr(model, "index_of") else None
    from draftdesk.ui.outline import summary

    shown = summary(first, "", seeded.session.derived.footnote_numbers)
    assert "Outcome¹" in shown and "*" not in shown
    if index is not None:
        assert "¹" in model.data(index, Qt.ItemDataRole.DisplayRole)


def test_the_editor_heading_names_the_paragraph_without_a_stray_full_stop(seeded: Any) -> None:
    operative = seeded.session.resolution.operative
    seeded.select_paragraph(operative[1].id)
    assert seeded.editor.heading.text() == "Operative paragraph 2"
    seeded.select_paragraph(operative[0].children[0].id)
    assert seeded.editor.heading.text() == "Sub-paragraph (a)"


def test_open_offers_the_texts_it_accepts(
    monkeypatch: pytest.MonkeyPatch, window: Any, dialogs: DialogScript
) -> None:
    filters: list[str] = []

    def open_name(_parent: Any, _title: str, _folder: str, filter_text: str) -> tuple[str, str]:
        filters.append(filter_text)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    window.ui_actions["open"].trigger()
    assert filters == [OPEN_FILTER]
    assert "*.txt" in OPEN_FILTER.split(";;")[0] and "*.draftdesk" in OPEN_FILTER.split(";;")[0]


def test_save_suggests_a_name_from_the_symbol_or_the_title(
    monkeypatch: pytest.MonkeyPatch, seeded: Any, dialogs: DialogScript
) -> None:
    assert suggested_name("A/62/L.25", "Anything") == "A-62-L.25.draftdesk"
    assert suggested_name("", "Global Forum on Migration and Development") == (
        "Global Forum on Migration and Development.draftdesk")
    assert suggested_name("", "") == "draft.draftdesk"
    offered: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    seeded.session.suggested_path = None
    seeded.ui_actions["save_as"].trigger()
    assert offered and offered[0].endswith("Global Forum on Migration and Development.draftdesk")


def test_the_unsaved_changes_question_has_keys_for_save_and_discard(qtbot: Any) -> None:
    from draftdesk.ui.main_window import _name_save_buttons

    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes", "Save?", buttons)
    qtbot.addWidget(box)
    texts: list[str] = []

    def look() -> None:
        _name_save_buttons()
        texts.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, look)
    box.exec()
    assert "&Save" in texts and "&Discard" in texts


def test_the_preview_shows_no_doubled_ending_while_a_comma_is_typed(
    qtbot: Any, seeded: Any
) -> None:
    first = seeded.session.resolution.preambular[0]
    type_at_end(qtbot, seeded, first.id, " and beyond,")
    seeded.preview.engine.update_paragraph(first)
    text = seeded.preview.plain_text()
    assert "and beyond," in text and ",," not in text
