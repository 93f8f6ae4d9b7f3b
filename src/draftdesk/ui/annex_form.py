"""The form of an annex: its heading ("Annex", "Annex II") and its title."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..model import edit
from ..model.document import Annex
from .caption_form import Captioned, CaptionForm, FormWords
from .session import Session


class AnnexForm(CaptionForm):
    """Edit the heading and title of the annex selected in the outline."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "annex", parent)
        self.heading = self.name_field
        self.heading.setObjectName("annexHeadingEdit")
        self.heading.setAccessibleName(self.tr("Annex heading"))
        self.heading.setPlaceholderText(self.tr("Annex, or Annex II when there are several"))
        self.set_words(FormWords(
            name_label=self.tr("&Heading:"),
            title_label=self.tr("T&itle:"),
            title_name=self.tr("Annex title"),
            title_placeholder=self.tr("e.g. Programme of action"),
            hint=self.tr("The heading prints in the draft's language; its paragraphs "
                         "are numbered afresh in the annex. Select a paragraph "
                         "under the annex in the outline to edit it."),
            add=self.tr("Add &Paragraph to Annex"),
            remove=self.tr("&Remove Annex"),
            remove_tip=self.tr("Remove the annex and its paragraphs (Undo "
                               "brings them back)"),
            nothing_selected=self.tr("No annex selected"),
        ))

    @property
    def annex_id(self) -> str | None:
        """Return the id of the annex shown."""
        return self.item_id

    def set_annex(self, annex_id: str | None) -> None:
        """Show an annex (None: none)."""
        self.set_item(annex_id)

    def find_item(self, item_id: str) -> Annex | None:
        return edit.find_annex(self.session.resolution, item_id)

    def name_of(self, item: Captioned) -> str:
        assert isinstance(item, Annex)
        return item.heading

    def caption_of(self, item: Captioned) -> str:
        assert isinstance(item, Annex)
        return self.session.annex_caption(item)

    def apply(self, item_id: str, item: Captioned, name: str, title: str) -> None:
        assert isinstance(item, Annex)
        self.session.set_annex_caption(item_id, name or item.heading, title)
