"""Every control of the window and its dialogs has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

CONTROLS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractButton)


def _unnamed(root: QWidget) -> list[str]:
    """Return the controls under ``root`` with no accessible name, text or label buddy."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.parent() is None:
            continue
        if _inside(widget, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # a combo box's list, a field's clear button: named by their owner
        if type(widget).__name__ in ("QScrollBar", "QToolBarExtension", "QDockWidgetTitleButton",
                                     "QTabBar", "QHeaderView") or \
                widget.objectName().startswith("qt_"):
            continue  # Qt's own parts
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies \
                or widget.toolTip():
            continue
        out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_of_the_window_has_a_name(small: Any) -> None:
    small._editor_parts()
    assert _unnamed(small) == []


def test_every_control_of_the_dialogs_has_a_name(qtbot: Any, seeded: Any) -> None:
    from draftdesk.ui.details_dialog import DetailsDialog
    from draftdesk.ui.preferences import PreferencesDialog

    for dialog in (DetailsDialog(seeded.session, seeded), PreferencesDialog(seeded.settings,
                                                                            seeded)):
        qtbot.addWidget(dialog)
        assert _unnamed(dialog) == [], dialog.objectName()
