"""Texts in parts in the window: Insert ▸ Part, Edit ▸ Remove Part, and the part form.

Selecting a further part's section row in the outline ("Part B: Preamble") shows the part form
(letter and title) in place of the paragraph form. Adding a part to a text in one part makes
its own paragraphs part A (decision 0012). Every change goes through the session, so that it
is one step on the window's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QStackedWidget

from ..model import edit
from ..model.document import Part, ResolutionPart
from .part_form import PartForm

if TYPE_CHECKING:
    from .host import EditorHost
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .session import Session


class PartActions(QObject):
    """Add, letter and remove further parts; show the part form for a part's row."""

    def __init__(self, window: EditorHost, outline: OutlineView, model: OutlineModel,
                 editor: ParagraphEditor, stack: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self._outline = outline
        self._editor = editor
        self._stack = stack
        # The paragraph form, shown again when a row other than a part's is selected.
        self._paragraph_page = editor
        self.form = PartForm(window.session)
        stack.addWidget(self.form)
        actions = window.ui_actions
        actions["new_part"].triggered.connect(self.add_part)
        actions["remove_part"].triggered.connect(lambda: self.remove_part())
        actions["focus_editor"].triggered.connect(self._focus_form)
        outline.current_part_changed.connect(self._part_selected)
        outline.remove_part_requested.connect(self.remove_part)
        model.modelReset.connect(self._keep_part_row)
        self.form.remove_requested.connect(self.remove_part)
        self.form.add_paragraph_requested.connect(self.add_paragraph)
        self.form.title.returnPressed.connect(self._go_to_first_paragraph)

    @property
    def session(self) -> Session:
        """Return the open draft's session."""
        return self._window.session

    def set_session(self, session: Session) -> None:
        """Follow another draft."""
        self.form.set_session(session)
        if self.showing_part():
            self._stack.setCurrentWidget(self._paragraph_page)

    def showing_part(self) -> bool:
        """Say whether the part form is shown."""
        return self._stack.currentWidget() is self.form

    # ------------------------------------------------------------ selection

    def _part_selected(self, part_id: object) -> None:
        if isinstance(part_id, str):
            self.form.set_part(part_id)
            self._stack.setCurrentWidget(self.form)
        else:
            self.form.set_part(None)
            if self.showing_part():
                self._stack.setCurrentWidget(self._paragraph_page)

    def select_part(self, part_id: str) -> None:
        """Select a part's first section row and show its form."""
        self._window.select_paragraph(None)
        self._outline.select_part(part_id)
        self._part_selected(part_id)

    def _keep_part_row(self) -> None:
        """Keep the part's row selected when the outline is rebuilt after a change."""
        if not self.showing_part():
            return
        part_id = self.form.part_id
        if part_id is None or edit.find_part(self.session.resolution, part_id) is None:
            self._part_selected(None)  # the part was removed (or its addition undone)
            return
        self._outline.blockSignals(True)
        try:
            self._outline.select_part(part_id)
        finally:
            self._outline.blockSignals(False)

    def _focus_form(self) -> None:
        if self.showing_part():
            self.form.letter.setFocus()

    def _go_to_first_paragraph(self) -> None:
        """Enter in the title goes on to the part's first paragraph."""
        part = self._current_part()
        self.form.commit()
        first = next(part.walk(), None) if part is not None else None
        if first is not None:
            self._window.select_paragraph(first[1].id)
            self._editor.focus_first_field()

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
        part = edit.find_part(self.session.resolution, part_id) if part_id else \
            self._current_part()
        if part is None:
            self._window.statusBar().showMessage(
                self.tr("Select part B (or a later part) or one of its paragraphs first."), 4000)
            return False
        written = [p for _kind, p in part.walk() if p.lead.strip() or p.content]
        if written:
            answer = QMessageBox.question(
                self._window, self.tr("Remove Part"),
                self.tr("Remove part {letter} and its {count} paragraphs? Undo brings them "
                        "back.").format(letter=part.letter, count=len(list(part.walk()))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        letter = part.letter
        # The paragraph just before the part is selected after it goes.
        order = [p.id for _kind, p in self.session.resolution.walk()]
        inside = {p.id for _kind, p in part.walk()}
        before = order[:next((i for i, pid in enumerate(order) if pid in inside), len(order))]
        if not self.session.remove_part(part.id):
            return False
        self._part_selected(None)
        self._window.select_paragraph(before[-1] if before else None)
        self._window.statusBar().showMessage(
            self.tr("Part {letter} removed; Undo brings it back.").format(letter=letter), 6000)
        return True

    def add_paragraph(self, part_id: str) -> None:
        """Add an operative paragraph at the end of a part and edit it."""
        part = edit.find_part(self.session.resolution, part_id)
        if part is None:
            return
        location = edit.Location(Part.OPERATIVE, None, len(part.operative), part_id)
        paragraph = self.session.insert_paragraph(location)
        if paragraph is not None:
            self._window.select_paragraph(paragraph.id)
            self._editor.focus_first_field()

    def _current_part(self) -> ResolutionPart | None:
        part_id = None
        if self.showing_part():
            part_id = self._outline.current_part() or self.form.part_id
        if part_id:
            return edit.find_part(self.session.resolution, part_id)
        current = self._window.current_paragraph()
        if current is None or self.session.paragraph(current) is None:
            return None
        container = edit.container_of(self.session.resolution, current)
        return container if isinstance(container, ResolutionPart) else None
