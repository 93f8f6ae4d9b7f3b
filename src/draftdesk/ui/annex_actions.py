"""Annexes in the window: Insert ▸ Annex, Edit ▸ Remove Annex, and the annex form.

Selecting an annex's row in the outline shows the annex form (heading and title) in place of
the paragraph form; its paragraphs are edited like any other. Every change goes through the
session, so that it is one step on the window's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from ..model import edit
from ..model.document import Annex, Part
from .annex_form import AnnexForm

if TYPE_CHECKING:
    from .host import EditorHost
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .preview import PreviewPane
    from .session import Session

PARAGRAPH_PAGE, ANNEX_PAGE = 0, 1


class AnnexActions(QObject):
    """Add, caption and remove annexes; show the annex form for an annex's row."""

    def __init__(self, window: EditorHost, outline: OutlineView, model: OutlineModel,
                 editor: ParagraphEditor, preview: PreviewPane) -> None:
        super().__init__(window)
        self._window = window
        self._outline = outline
        self._model = model
        self._editor = editor
        self._preview = preview
        self.form = AnnexForm(window.session)
        # The paragraph form and the annex form share the place beside the outline.
        self.stack = QStackedWidget()
        self.stack.setObjectName("editorStack")
        self.stack.addWidget(editor)
        self.stack.addWidget(self.form)
        actions = window.ui_actions
        actions["new_annex"].triggered.connect(self.add_annex)
        actions["remove_annex"].triggered.connect(lambda: self.remove_annex())
        # Go to Editor (Ctrl+2) reaches the annex form when it stands in the editor's place.
        actions["focus_editor"].triggered.connect(self._focus_form)
        outline.current_annex_changed.connect(self._annex_selected)
        outline.remove_annex_requested.connect(self.remove_annex)
        model.modelReset.connect(self._keep_annex_row)
        self.form.remove_requested.connect(self.remove_annex)
        self.form.add_paragraph_requested.connect(self.add_paragraph)
        self.form.title.returnPressed.connect(self._go_to_first_paragraph)

    @property
    def session(self) -> Session:
        """Return the open draft's session."""
        return self._window.session

    def set_session(self, session: Session) -> None:
        """Follow another draft."""
        self.form.set_session(session)
        self.stack.setCurrentIndex(PARAGRAPH_PAGE)

    def showing_annex(self) -> bool:
        """Say whether the annex form is shown."""
        return self.stack.currentIndex() == ANNEX_PAGE

    # ------------------------------------------------------------ selection

    def _annex_selected(self, annex_id: object) -> None:
        if isinstance(annex_id, str):
            self.form.set_annex(annex_id)
            self.stack.setCurrentIndex(ANNEX_PAGE)
            annex = edit.find_annex(self.session.resolution, annex_id)
            first = next(annex.walk(), None) if annex is not None else None
            if first is not None:
                self._preview.show_paragraph(first.id)
        else:
            self.form.set_annex(None)
            self.stack.setCurrentIndex(PARAGRAPH_PAGE)

    def select_annex(self, annex_id: str) -> None:
        """Select an annex's row and show its form."""
        self._window.select_paragraph(None)
        self._outline.select_annex(annex_id)
        self._annex_selected(annex_id)

    def _keep_annex_row(self) -> None:
        """Keep the annex's row selected when the outline is rebuilt after a change."""
        if not self.showing_annex():
            return
        annex_id = self.form.annex_id
        if annex_id is None or edit.find_annex(self.session.resolution, annex_id) is None:
            self._annex_selected(None)  # the annex was removed (or its addition undone)
            return
        self._outline.blockSignals(True)
        try:
            self._outline.select_annex(annex_id)
        finally:
            self._outline.blockSignals(False)

    def _focus_form(self) -> None:
        if self.showing_annex():
            self.form.heading.setFocus()

    def _go_to_first_paragraph(self) -> None:
        """Enter in the title goes on to the annex's first paragraph."""
        annex = self._current_annex()
        self.form.commit()
        first = next(annex.walk(), None) if annex is not None else None
        if first is not None:
            self._window.select_paragraph(first.id)
            self._editor.focus_first_field()

    # ------------------------------------------------------------ changes

    def add_annex(self) -> Annex | None:
        """Add an annex after the others and put the cursor in its title."""
        annex = self.session.add_annex()
        if annex is None:
            return None
        self.select_annex(annex.id)
        self.form.title.setFocus()
        self._window.statusBar().showMessage(
            self.tr("{annex} added: type its title, then Enter to write its first "
                    "paragraph.").format(annex=self.session.annex_caption(annex)), 6000)
        return annex

    def remove_annex(self, annex_id: str | None = None) -> bool:
        """Remove an annex (the selected one, or the one the current paragraph is in)."""
        annex = edit.find_annex(self.session.resolution, annex_id) if annex_id else \
            self._current_annex()
        if annex is None:
            self._window.statusBar().showMessage(
                self.tr("Select an annex or one of its paragraphs first."), 4000)
            return False
        caption = self.session.annex_caption(annex)
        # The paragraph just before the annex is selected after it goes.
        order = [p.id for _part, p in self.session.resolution.walk()]
        inside = {p.id for p in annex.walk()}
        before = order[:next((i for i, pid in enumerate(order) if pid in inside), len(order))]
        if not self.session.remove_annex(annex.id):
            return False
        self._annex_selected(None)
        self._window.select_paragraph(before[-1] if before else None)
        self._window.statusBar().showMessage(
            self.tr("{annex} removed; Undo brings it back.").format(annex=caption), 6000)
        return True

    def add_paragraph(self, annex_id: str) -> None:
        """Add a numbered paragraph at the end of an annex and edit it."""
        annex = edit.find_annex(self.session.resolution, annex_id)
        if annex is None:
            return
        location = edit.Location(Part.ANNEX, None, len(annex.paragraphs), annex_id)
        paragraph = self.session.insert_paragraph(location)
        if paragraph is not None:
            self._window.select_paragraph(paragraph.id)
            self._editor.focus_first_field()

    def _current_annex(self) -> Annex | None:
        annex_id = None
        if self.showing_annex():
            annex_id = self._outline.current_annex() or self.form.annex_id
        if annex_id:
            return edit.find_annex(self.session.resolution, annex_id)
        current = self._window.current_paragraph()
        if current is None or self.session.paragraph(current) is None:
            return None
        container = edit.container_of(self.session.resolution, current)
        return container if isinstance(container, Annex) else None
