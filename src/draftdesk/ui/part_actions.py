"""Texts in parts in the window: Insert ▸ Part, Edit ▸ Remove Part, and the part form.

Selecting a further part's section row in the outline ("Part B: Preamble") shows the part form
(letter and title) in place of the paragraph form. Adding a part to a text in one part makes
its own paragraphs part A (decision 0012). Every change goes through the session, so that it
is one step on the window's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QStackedWidget

from ..model import edit
from ..model.document import Paragraph, Part, ResolutionPart
from .container_actions import Container, ContainerActions
from .part_form import PartForm

if TYPE_CHECKING:
    from .host import EditorHost
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .session import Session


class PartActions(ContainerActions):
    """Add, letter and remove further parts; show the part form for a part's row."""

    form: PartForm

    def __init__(self, window: EditorHost, outline: OutlineView, model: OutlineModel,
                 editor: ParagraphEditor, stack: QStackedWidget) -> None:
        super().__init__(window, outline, editor, stack)
        # The paragraph form, shown again when a row other than a part's is selected.
        self._paragraph_page = editor
        self.form = PartForm(window.session)
        stack.addWidget(self.form)
        actions = window.ui_actions
        actions["new_part"].triggered.connect(self.add_part)
        actions["remove_part"].triggered.connect(lambda: self.remove_part())
        actions["focus_editor"].triggered.connect(self._focus_form)
        outline.current_part_changed.connect(self.item_selected)
        outline.remove_part_requested.connect(self.remove_part)
        model.modelReset.connect(self._keep_row)
        self.form.remove_requested.connect(self.remove_part)
        self.form.add_paragraph_requested.connect(self.add_paragraph)
        self.form.title.returnPressed.connect(self._go_to_first_paragraph)

    def set_session(self, session: Session) -> None:
        """Follow another draft."""
        self.form.set_session(session)
        if self.showing_part():
            self._stack.setCurrentWidget(self._paragraph_page)

    def showing_part(self) -> bool:
        """Say whether the part form is shown."""
        return self.showing_form()

    # ------------------------------------------------------------ what a part is

    def find_item(self, item_id: str) -> ResolutionPart | None:
        return edit.find_part(self.session.resolution, item_id)

    def outline_current(self) -> str | None:
        return self._outline.current_part()

    def select_row(self, item_id: str) -> None:
        self._outline.select_part(item_id)

    def paragraphs_of(self, item: Container) -> list[Paragraph]:
        assert isinstance(item, ResolutionPart)
        return [paragraph for _kind, paragraph in item.walk()]

    # ------------------------------------------------------------ selection

    def item_selected(self, item_id: object) -> None:
        if isinstance(item_id, str):
            self.form.set_part(item_id)
            self._stack.setCurrentWidget(self.form)
        else:
            self.form.set_part(None)
            if self.showing_part():
                self._stack.setCurrentWidget(self._paragraph_page)

    def select_part(self, part_id: str) -> None:
        """Select a part's first section row and show its form."""
        self._window.select_paragraph(None)
        self._outline.select_part(part_id)
        self.item_selected(part_id)

    # ------------------------------------------------------------ changes

    def add_part(self) -> ResolutionPart | None:
        """Add a part after the others and put the cursor in its title."""
        in_one_part = not self.session.resolution.further_parts
        part = self.session.add_part()
        if part is None:
            return None
        self.select_part(part.id)
        self.form.title.setFocus()
        if in_one_part:
            text = self.tr("The text is now in parts: its paragraphs are part A, and part "
                           "{letter} follows with its own formula.")
        else:
            text = self.tr("Part {letter} added: type its title if it has one, then Enter to "
                           "write its first paragraph.")
        self._window.statusBar().showMessage(text.format(letter=part.letter), 8000)
        return part

    def remove_part(self, part_id: str | None = None) -> bool:
        """Remove a further part (the selected one, or the one the current paragraph is
        in), after asking when it has words in it."""
        part = self.find_item(part_id) if part_id else self.current_item()
        if not isinstance(part, ResolutionPart):
            self._window.statusBar().showMessage(
                self.tr("Select part B (or a later part) or one of its paragraphs first."), 4000)
            return False
        paragraphs = self.paragraphs_of(part)
        if any(p.lead.strip() or p.content for p in paragraphs):
            answer = QMessageBox.question(
                self._window, self.tr("Remove Part"),
                self.tr("Remove part {letter} and its {count} paragraphs? Undo brings them "
                        "back.").format(letter=part.letter, count=len(paragraphs)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        letter = part.letter
        before = self.paragraph_before(part)
        if not self.session.remove_part(part.id):
            return False
        self.item_selected(None)
        self._window.select_paragraph(before)
        self._window.statusBar().showMessage(
            self.tr("Part {letter} removed; Undo brings it back.").format(letter=letter), 6000)
        return True

    def add_paragraph(self, part_id: str) -> None:
        """Add an operative paragraph at the end of a part and edit it."""
        part = self.find_item(part_id)
        if part is None:
            return
        location = edit.Location(Part.OPERATIVE, None, len(part.operative), part_id)
        paragraph = self.session.insert_paragraph(location)
        if paragraph is not None:
            self._edit(paragraph.id)
