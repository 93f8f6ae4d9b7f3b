"""The start page: its buttons, the recent drafts list and their signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCommandLinkButton, QLabel

from draftdesk.ui.start_page import StartPage

# The offscreen platform says so whenever a top-level widget is shown; it is not our fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, tmp_path: Path) -> StartPage:
    first = tmp_path / "migration.draftdesk"
    first.write_text("{}", encoding="utf-8")
    page = StartPage([first, tmp_path / "gone.draftdesk"])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("new_button", "new_draft_requested"),
        ("rollover_button", "rollover_requested"),
        ("open_button", "open_requested"),
        ("import_button", "import_requested"),
        ("example_button", "example_requested"),
    ],
)
def test_each_button_fires_its_signal_on_click(
    qtbot, page: StartPage, button: str, signal: str
) -> None:
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_focused_button_fires_on_keyboard(qtbot, page: StartPage, key: Qt.Key) -> None:
    page.import_button.setFocus()
    with qtbot.waitSignal(page.import_requested, timeout=1000):
        qtbot.keyClick(page.import_button, key)


def test_buttons_have_distinct_mnemonics(page: StartPage) -> None:
    buttons = page.findChildren(QCommandLinkButton)
    assert len(buttons) == 5
    shortcuts = {button.shortcut().toString() for button in buttons}
    assert shortcuts == {
        QKeySequence("Alt+N").toString(),
        QKeySequence("Alt+A").toString(),
        QKeySequence("Alt+O").toString(),
        QKeySequence("Alt+I").toString(),
        QKeySequence("Alt+X").toString(),
    }
    assert "Ecuador–Mexico" in page.example_button.text()


def test_tab_order_runs_through_buttons_then_recent_list(page: StartPage) -> None:
    order = [page.new_button]
    widget = page.new_button
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        page.new_button,
        page.rollover_button,
        page.open_button,
        page.import_button,
        page.example_button,
        page.recent_list,
    ]


def test_recent_list_shows_names_and_marks_missing_files(page: StartPage, tmp_path: Path) -> None:
    texts = [page.recent_list.item(row).text() for row in range(page.recent_list.count())]
    assert texts == [
        f"migration.draftdesk\n{tmp_path}",
        f"gone.draftdesk  (not found)\n{tmp_path}",
    ]
    assert page.recent_files() == [tmp_path / "migration.draftdesk", tmp_path / "gone.draftdesk"]
    assert page.recent_list.item(0).data(Qt.ItemDataRole.UserRole) == str(
        tmp_path / "migration.draftdesk")
    assert not page.empty_label.isVisible()
    # Long folders lose their middle, so that the name and the folder's end stay readable.
    assert page.recent_list.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_enter_in_recent_list_requests_that_file(qtbot, page: StartPage, tmp_path: Path) -> None:
    page.recent_list.setFocus()
    page.recent_list.setCurrentRow(0)
    with qtbot.waitSignal(page.recent_requested, timeout=1000) as blocker:
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert blocker.args == [str(tmp_path / "migration.draftdesk")]


def test_double_click_in_recent_list_requests_that_file(
    qtbot, page: StartPage, tmp_path: Path
) -> None:
    item = page.recent_list.item(1)
    centre = page.recent_list.visualItemRect(item).center()
    received: list[str] = []
    page.recent_requested.connect(received.append)
    # A real double-click starts with a press; QTest's double-click event alone does not.
    qtbot.mousePress(page.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(page.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert received == []
    qtbot.mouseDClick(page.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert received == [str(tmp_path / "gone.draftdesk")]


def test_empty_recent_list_says_so(qtbot, page: StartPage) -> None:
    page.set_recent_files([])
    assert page.recent_list.count() == 0
    assert not page.recent_list.isVisible()
    assert page.empty_label.isVisible()
    assert "No recent drafts" in page.empty_label.text()
    page.resize(900, 600)
    qtbot.wait(1)
    heading = page.recent_list.parentWidget().findChild(QLabel, "recentHeading")
    # The note sits right under its heading, not at the bottom of the page.
    assert page.empty_label.y() - heading.geometry().bottom() < 30
    assert page.empty_label.height() < 80


def test_recent_folder_under_home_is_shown_with_a_tilde(page: StartPage) -> None:
    draft = Path.home() / "Drafts" / "oceans.draftdesk"
    page.set_recent_files([draft])
    assert page.recent_list.item(0).text() == "oceans.draftdesk  (not found)\n~/Drafts"
    assert page.recent_list.item(0).toolTip().startswith(str(draft))
