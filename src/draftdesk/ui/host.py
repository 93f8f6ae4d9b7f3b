"""What the editor panels need of the window they are attached to.

``editor_parts`` and ``library_actions`` are built by the main window and call back into it;
they see it through these declarations, so that neither imports ``main_window`` and the
three modules depend on each other in one direction only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QMimeData, QObject
    from PySide6.QtWidgets import QDockWidget, QMenu, QStackedWidget

    from .actions import Actions
    from .library_panel import LibraryPanel
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .session import Session
    from .settings import Settings


class EditorHost(QMainWindow):
    """A window that hosts the editor panels: its parts and the slots they connect to."""

    settings: Settings
    ui_actions: Actions
    stack: QStackedWidget
    _view_menu: QMenu
    _undo_filter: QObject | None
    _dock_visible: dict[str, bool]
    last_export: Path | None

    @property
    def editing(self) -> bool:
        """Return True when a draft is open in the editor."""
        raise NotImplementedError

    def select_paragraph(self, paragraph_id: str | None) -> None:
        """Select a paragraph in the outline and the editor."""
        raise NotImplementedError

    @property
    def session(self) -> Session:
        """Return the session that owns the open draft."""
        raise NotImplementedError

    def current_paragraph(self) -> str | None:
        """Return the id of the paragraph being edited."""
        raise NotImplementedError

    def show_error(self, title: str, message: object) -> None:
        """Show a problem in a dialog."""
        raise NotImplementedError

    def insert_clause(self, paragraph: object, footnotes: object) -> None:
        """Insert a clause after the current paragraph."""
        raise NotImplementedError

    def drop_clause(self, mime: QMimeData, location: object) -> bool:
        """Insert a clause dropped on the outline."""
        raise NotImplementedError

    def delete_paragraph(self) -> None:
        """Delete the current paragraph."""
        raise NotImplementedError

    def new_sibling(self) -> None:
        """Add a paragraph after the current one."""
        raise NotImplementedError

    def show_new_paragraph(self, paragraph_id: str) -> None:
        """Select a paragraph just made."""
        raise NotImplementedError

    def cite_footnote(self, note_id: str) -> None:
        """Cite an existing footnote at the cursor."""
        raise NotImplementedError

    def _paragraph_selected(self, paragraph_id: object) -> None:
        raise NotImplementedError

    def _reselect(self) -> None:
        raise NotImplementedError


class EditorPanels(Protocol):
    """The editor widgets the clause-library features work with."""

    outline: OutlineView
    outline_model: OutlineModel
    editor: ParagraphEditor
    library: LibraryPanel
    library_dock: QDockWidget
    preview_dock: QDockWidget
