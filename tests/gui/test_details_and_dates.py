"""Draft Details as one tabbed form applied at any time; a date field that takes typing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from draftdesk.ui.date_field import DateField, parse_date

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

NOV_30 = dt.date(2007, 11, 30)


@pytest.mark.parametrize("typed", [
    "30 November 2007", "30/11/2007", "2007-11-30", "30.11.2007", "30 Nov 2007",
    "November 30, 2007", "30 november 2007", "30/11/07",
])
def test_a_date_is_read_however_it_is_typed(typed: str) -> None:
    assert parse_date(typed) == NOV_30


@pytest.mark.parametrize("typed", ["", "30", "31/11/2007", "30 Novembro 2007", "ju 4 2007"])
def test_what_is_not_a_date_is_not_read(typed: str) -> None:
    assert parse_date(typed) is None


def test_the_date_field_takes_key_presses_and_flags_only_when_left(qtbot: Any) -> None:
    holder = QLineEdit()  # somewhere for the focus to go
    field = DateField(dt.date(2026, 1, 1))
    qtbot.addWidget(field)
    qtbot.addWidget(holder)
    field.show()
    holder.show()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "30/1")
    assert field.problem == ""  # not flagged while typing
    field.focusOutEvent(_focus_out())
    assert field.problem  # "30/1" is not a date: flagged once left
    field.selectAll()
    qtbot.keyClicks(field, "30/11/2007")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.problem == ""
    assert field.text() == "30 November 2007"
    assert field.python_date() == NOV_30


def _focus_out() -> Any:
    from PySide6.QtGui import QFocusEvent

    return QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)


def test_the_title_is_not_flagged_before_it_is_typed(qtbot: Any) -> None:
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    wizard = NewDraftWizard()
    qtbot.addWidget(wizard)
    wizard.refresh()
    assert wizard.title_page.problem.text() == ""
    wizard.title_page.edit.editingFinished.emit()
    assert "needs a title" in wizard.title_page.problem.text()


def test_details_on_tabs_apply_at_any_time_as_one_undo_step(qtbot: Any, seeded: Any) -> None:
    from draftdesk.ui.details_dialog import DetailsDialog

    session = seeded.session
    dialog = DetailsDialog(session, seeded)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert titles == ["Body", "Session", "Agenda", "Sponsors", "Title", "Symbol and date"]
    assert dialog.width() <= 1024 and dialog.minimumSizeHint().height() <= 600
    wizard = dialog.wizard
    dialog.tabs.setCurrentWidget(wizard.symbol_page)
    wizard.symbol_page.symbol_edit.setFocus()
    qtbot.keyClicks(wizard.symbol_page.symbol_edit, "A/62/L.25")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    depth = session.undo_stack.count()
    assert dialog.apply()
    assert session.resolution.metadata.symbol == "A/62/L.25"
    assert session.resolution.metadata.language == "fr"
    assert session.undo_stack.count() == depth + 1
    # Apply again later, in the same dialog: the date typed as the drafter likes.
    field = wizard.symbol_page.date_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2007-12-03")
    field.focusOutEvent(_focus_out())
    dialog.apply()
    assert session.resolution.metadata.date == dt.date(2007, 12, 3)
    session.undo_stack.undo()
    assert session.resolution.metadata.date == NOV_30
    assert session.resolution.metadata.symbol == "A/62/L.25"
    dialog.reject()
    assert QApplication.activeModalWidget() is None
