"""Fixtures for driving the main window without ever blocking on a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import SEED, DialogScript
from PySide6.QtWidgets import QFileDialog, QMessageBox

from draftdesk.importers import import_text


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    """Replace the blocking static dialogs by scripted answers."""
    script = DialogScript()

    def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        script.calls.append(("question", f"{title}: {text}"))
        return script.question

    def critical(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        script.calls.append(("critical", f"{title}: {text}"))
        return QMessageBox.StandardButton.Ok

    def information(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        script.calls.append(("information", f"{title}: {text}"))
        return QMessageBox.StandardButton.Ok

    def about(_parent: Any, title: str, text: str) -> None:
        script.calls.append(("about", f"{title}: {text}"))

    def open_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        script.calls.append(("open", script.open_name))
        return script.open_name, ""

    def save_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        script.calls.append(("save", script.save_name))
        return script.save_name, ""

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return script


@pytest.fixture
def window(qtbot, dialogs: DialogScript) -> Iterator[Any]:
    """Return a shown main window with nothing open."""
    from draftdesk.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Close without questions: the tests decide about unsaved work themselves.
    main.session.mark_clean()
    main.close()


@pytest.fixture
def seeded(window: Any) -> Any:
    """Return the window with the 2007 seed draft imported."""
    window.open_resolution(import_text(SEED.read_text(encoding="utf-8"), str(SEED)), dirty=True)
    return window


@pytest.fixture
def small(window: Any) -> Any:
    """Return the window with a three-paragraph draft open."""
    from draftdesk.model import Paragraph, Resolution, Text
    from draftdesk.ui.session import Session

    window.set_session(Session(Resolution(
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")])],
        operative=[Paragraph("Decides", [Text("to convene a forum")]),
                   Paragraph("Requests", [Text("the Secretary-General to report")])],
    )))
    return window


@pytest.fixture
def panel(qtbot: Any, store: Any) -> Any:
    """Return a shown library panel over the test module's ``store`` fixture."""
    from draftdesk.ui.library_panel import LibraryPanel

    widget = LibraryPanel(store)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
