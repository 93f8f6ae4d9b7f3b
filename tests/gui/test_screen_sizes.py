"""Every screen from 1024×600 up: readable panels, a layout that can always be reset, dialogs
that fit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from draftdesk.ui.layout import DOCK_MIN_WIDTH, EDITOR_MIN_WIDTH, OUTLINE_MIN_WIDTH

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _settle(qtbot: Any) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def test_at_1024_by_600_every_panel_keeps_a_readable_width(qtbot: Any, window: Any) -> None:
    window.open_example()
    window.resize(1024, 600)
    _settle(qtbot)
    assert window.width() <= 1024 and window.height() <= 600
    parts = window._editor_parts()
    for dock in (parts.library_dock, parts.preview_dock):
        assert dock.isVisible(), dock.objectName()
        assert dock.width() >= DOCK_MIN_WIDTH[dock.objectName()], dock.objectName()
    assert parts.outline.width() >= OUTLINE_MIN_WIDTH
    assert parts.editor.width() >= EDITOR_MIN_WIDTH
    # Buttons show their whole label.
    for button in (parts.library.insert_button, parts.library.replace_button):
        assert button.width() >= button.fontMetrics().horizontalAdvance(
            button.text().replace("&", "")), button.text()
    # The filters show the body and part chosen whole, and the Libraries button its label
    # beside its menu arrow.
    library = parts.library
    for combo in (library.body_filter, library.kind_filter):
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24
        assert combo.width() >= needed, combo.currentText()
    button = library.manage_button
    assert button.width() >= button.sizeHint().width(), button.text()
    # The footnotes share the library's side as a tab instead of taking the editor's height.
    assert parts.footnote_dock in window.tabifiedDockWidgets(parts.library_dock)


def test_a_large_window_puts_the_footnotes_back_under_the_editor(qtbot: Any, window: Any) -> None:
    window.open_example()
    window.resize(1024, 600)
    _settle(qtbot)
    window.resize(1600, 1000)
    _settle(qtbot)
    parts = window._editor_parts()
    assert window.dockWidgetArea(parts.footnote_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert parts.footnote_dock not in window.tabifiedDockWidgets(parts.library_dock)


def test_reset_layout_brings_back_hidden_squeezed_and_floating_panels(
    qtbot: Any, window: Any
) -> None:
    window.open_example()
    window.resize(1366, 768)
    _settle(qtbot)
    parts = window._editor_parts()
    parts.library_dock.hide()
    parts.preview_dock.setFloating(True)
    parts.preview_dock.move(-5000, -5000)
    window.resizeDocks([parts.footnote_dock], [5], Qt.Orientation.Horizontal)
    parts.reset_layout_action.trigger()
    _settle(qtbot)
    for dock in parts.layout.main_docks():
        assert dock.isVisible() and not dock.isFloating(), dock.objectName()
    assert window.dockWidgetArea(parts.library_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(parts.preview_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert parts.library_dock.width() >= DOCK_MIN_WIDTH["libraryDock"]


def test_a_saved_layout_cannot_lose_a_panel_off_screen(qtbot: Any, window: Any) -> None:
    window.open_example()
    parts = window._editor_parts()
    parts.preview_dock.setFloating(True)
    parts.preview_dock.move(-5000, -5000)
    parts.layout.rescue()
    assert not parts.preview_dock.isFloating()


def test_the_new_draft_form_fits_a_1024_by_600_screen(qtbot: Any) -> None:
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    wizard = NewDraftWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    minimum = wizard.minimumSizeHint()
    assert minimum.width() <= 1024 and minimum.height() <= 600
    assert wizard.width() <= 1024 and wizard.height() <= 600



class _SmallScreen:
    """A 1024×600 screen, for a window the platform maximized past its edge."""

    def availableGeometry(self) -> QRect:  # noqa: N802 - QScreen's name
        return QRect(0, 0, 1024, 600)


def test_a_window_maximized_past_a_small_screen_comes_back_inside_it(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_example()
    window.resize(1055, 600)  # what X gave a maximized window on a 1024×600 screen
    _settle(qtbot)
    parts = window._editor_parts()
    window.resizeDocks([parts.library_dock, parts.preview_dock], [306, 260],
                       Qt.Orientation.Horizontal)
    _settle(qtbot)
    monkeypatch.setattr(window, "isMaximized", lambda: True)
    monkeypatch.setattr(window, "screen", lambda: _SmallScreen())
    parts.layout.arrange()
    _settle(qtbot)
    central = window.centralWidget()
    assert window.width() <= 1024
    assert parts.library_dock.width() + parts.preview_dock.width() + central.width() <= 1024
    assert central.width() >= central.minimumSizeHint().width()
    for dock in (parts.library_dock, parts.preview_dock):
        assert dock.width() >= DOCK_MIN_WIDTH[dock.objectName()], dock.objectName()
