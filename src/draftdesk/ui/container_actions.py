"""What annexes and the further parts of a text in parts do alike in the window.

Each is a container of paragraphs with a row of its own in the outline and a caption form
beside it. The form stands in the paragraph form's place while the row is selected; Ctrl+2
reaches it, Enter in its title goes on to the first paragraph, the row stays selected when the
outline is rebuilt, and removing one selects the paragraph just before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from ..model import edit
from ..model.document import Annex, Paragraph, ResolutionPart

if TYPE_CHECKING:
    from .caption_form import CaptionForm
    from .host import EditorHost
    from .outline import OutlineView
    from .paragraph_editor import ParagraphEditor
    from .session import Session

Container = Annex | ResolutionPart


class ContainerActions(QObject):
    """The selection, focus and removal steps annexes and parts share."""

    form: CaptionForm

    def __init__(self, window: EditorHost, outline: OutlineView, editor: ParagraphEditor,
                 stack: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self._outline = outline
        self._editor = editor
        self._stack = stack

    # ------------------------------------------------ what each kind of container does

    def find_item(self, item_id: str) -> Container | None:
        """Return the container with this id in the open draft."""
        raise NotImplementedError

    def outline_current(self) -> str | None:
        """Return the id of the container whose row is selected in the outline."""
        raise NotImplementedError

    def select_row(self, item_id: str) -> None:
        """Select the container's row in the outline."""
        raise NotImplementedError

    def item_selected(self, item_id: object) -> None:
        """Show the form for a container's row (None: the paragraph form)."""
        raise NotImplementedError

    def paragraphs_of(self, item: Container) -> list[Paragraph]:
        """Return the container's paragraphs in reading order."""
        raise NotImplementedError

    # ---------------------------------------------------------------------------- shared

    @property
    def session(self) -> Session:
        """Return the open draft's session."""
        return self._window.session

    def showing_form(self) -> bool:
        """Say whether this container's form stands in the paragraph form's place."""
        return self._stack.currentWidget() is self.form

    def _keep_row(self) -> None:
        """Keep the container's row selected when the outline is rebuilt after a change."""
        if not self.showing_form():
            return
        item_id = self.form.item_id
        if item_id is None or self.find_item(item_id) is None:
            self.item_selected(None)  # it was removed (or its addition undone)
            return
        self._outline.blockSignals(True)
        try:
            self.select_row(item_id)
        finally:
            self._outline.blockSignals(False)

    def _focus_form(self) -> None:
        if self.showing_form():
            self.form.name_field.setFocus()

    def _go_to_first_paragraph(self) -> None:
        """Enter in the title goes on to the container's first paragraph."""
        item = self.current_item()
        self.form.commit()
        paragraphs = self.paragraphs_of(item) if item is not None else []
        if paragraphs:
            self._edit(paragraphs[0].id)

    def _edit(self, paragraph_id: str) -> None:
        self._window.select_paragraph(paragraph_id)
        self._editor.focus_first_field()

    def current_item(self) -> Container | None:
        """Return the container selected, or the one the current paragraph is in."""
        item_id = None
        if self.showing_form():
            item_id = self.outline_current() or self.form.item_id
        if item_id:
            return self.find_item(item_id)
        current = self._window.current_paragraph()
        if current is None or self.session.paragraph(current) is None:
            return None
        container = edit.container_of(self.session.resolution, current)
        return self.find_item(container.id) if container is not None else None

    def paragraph_before(self, item: Container) -> str | None:
        """Return the id of the paragraph just before the container, selected after it goes."""
        order = [p.id for _part, p in self.session.resolution.walk()]
        inside = {p.id for p in self.paragraphs_of(item)}
        first = next((i for i, pid in enumerate(order) if pid in inside), len(order))
        return order[first - 1] if first else None
