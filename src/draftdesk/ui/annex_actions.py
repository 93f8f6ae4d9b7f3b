"""Annexes in the window: Insert ▸ Annex, Edit ▸ Remove Annex, and the annex form.

Selecting an annex's row in the outline shows the annex form (heading and title) in place of
the paragraph form; its paragraphs are edited like any other. Every change goes through the
session, so that it is one step on the window's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

from ..model import edit
from ..model.document import Annex, Paragraph, Part
from .annex_form import AnnexForm
from .container_actions import Container, ContainerActions

if TYPE_CHECKING:
    from .host import EditorHost
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .preview import PreviewPane
    from .session import Session

PARAGRAPH_PAGE, ANNEX_PAGE = 0, 1


class AnnexActions(ContainerActions):
    """Add, caption and remove annexes; show the annex form for an annex's row."""

    form: AnnexForm

    def __init__(self, window: EditorHost, outline: OutlineView, model: OutlineModel,
                 editor: ParagraphEditor, preview: PreviewPane) -> None:
        # The paragraph form and the annex form share the place beside the outline.
        stack = QStackedWidget()
        super().__init__(window, outline, editor, stack)
        self._model = model
        self._preview = preview
        self.form = AnnexForm(window.session)
        self.stack = stack
        self.stack.setObjectName("editorStack")
        self.stack.addWidget(editor)
        self.stack.addWidget(self.form)
        actions = window.ui_actions
        actions["new_annex"].triggered.connect(self.add_annex)
        actions["remove_annex"].triggered.connect(lambda: self.remove_annex())
        # Go to Editor (Ctrl+2) reaches the annex form when it stands in the editor's place.
        actions["focus_editor"].triggered.connect(self._focus_form)
        outline.current_annex_changed.connect(self.item_selected)
        outline.remove_annex_requested.connect(self.remove_annex)
        model.modelReset.connect(self._keep_row)
        self.form.remove_requested.connect(self.remove_annex)
        self.form.add_paragraph_requested.connect(self.add_paragraph)
        self.form.title.returnPressed.connect(self._go_to_first_paragraph)

    def set_session(self, session: Session) -> None:
        """Follow another draft."""
        self.form.set_session(session)
        self.stack.setCurrentIndex(PARAGRAPH_PAGE)

    def showing_annex(self) -> bool:
        """Say whether the annex form is shown."""
        return self.showing_form()

    # ------------------------------------------------------------ what an annex is

    def find_item(self, item_id: str) -> Annex | None:
        return edit.find_annex(self.session.resolution, item_id)

    def outline_current(self) -> str | None:
        return self._outline.current_annex()

    def select_row(self, item_id: str) -> None:
        self._outline.select_annex(item_id)

    def paragraphs_of(self, item: Container) -> list[Paragraph]:
        assert isinstance(item, Annex)
        return list(item.walk())

    # ------------------------------------------------------------ selection

    def item_selected(self, item_id: object) -> None:
        if isinstance(item_id, str):
            self.form.set_annex(item_id)
            self.stack.setCurrentIndex(ANNEX_PAGE)
            annex = self.find_item(item_id)
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
        self.item_selected(annex_id)

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
        annex = self.find_item(annex_id) if annex_id else self.current_item()
        if not isinstance(annex, Annex):
            self._window.statusBar().showMessage(
                self.tr("Select an annex or one of its paragraphs first."), 4000)
            return False
        caption = self.session.annex_caption(annex)
        before = self.paragraph_before(annex)
        if not self.session.remove_annex(annex.id):
            return False
        self.item_selected(None)
        self._window.select_paragraph(before)
        self._window.statusBar().showMessage(
            self.tr("{annex} removed; Undo brings it back.").format(annex=caption), 6000)
        return True

    def add_paragraph(self, annex_id: str) -> None:
        """Add a numbered paragraph at the end of an annex and edit it."""
        annex = self.find_item(annex_id)
        if annex is None:
            return
        location = edit.Location(Part.ANNEX, None, len(annex.paragraphs), annex_id)
        paragraph = self.session.insert_paragraph(location)
        if paragraph is not None:
            self._edit(paragraph.id)
