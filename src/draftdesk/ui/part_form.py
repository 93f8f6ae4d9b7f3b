"""The form of a further part of a text in parts: its letter ("B") and its title."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from ..model import edit
from ..model.document import ResolutionPart
from .caption_form import Captioned, CaptionForm, FormWords
from .session import Session


class PartForm(CaptionForm):
    """Edit the letter and title of the further part selected in the outline."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "part", parent)
        self.letter = self.name_field
        self.letter.setObjectName("partLetterEdit")
        self.letter.setAccessibleName(self.tr("Part letter"))
        self.letter.setMaxLength(1)
        self.letter.setMaximumWidth(60)
        # One capital letter, as the draft file keeps it; a small one is made capital. An
        # empty field is accepted, so that leaving it shows the part's letter again.
        self.letter.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]?")))
        self.set_words(FormWords(
            name_label=self.tr("&Letter:"),
            title_label=self.tr("T&itle:"),
            title_name=self.tr("Part title"),
            title_placeholder=self.tr("Most parts have none"),
            hint=self.tr("Each part prints its letter and the formula again, and its "
                         "paragraphs are numbered afresh; footnotes run on across "
                         "the parts. Select a paragraph under the part in the "
                         "outline to edit it."),
            add=self.tr("Add &Paragraph to Part"),
            remove=self.tr("&Remove Part"),
            remove_tip=self.tr("Remove the part and its paragraphs (Undo "
                               "brings them back)"),
            nothing_selected=self.tr("No part selected"),
        ))

    @property
    def part_id(self) -> str | None:
        """Return the id of the part shown."""
        return self.item_id

    def set_part(self, part_id: str | None) -> None:
        """Show a further part (None: none)."""
        self.set_item(part_id)

    def find_item(self, item_id: str) -> ResolutionPart | None:
        return edit.find_part(self.session.resolution, item_id)

    def name_of(self, item: Captioned) -> str:
        assert isinstance(item, ResolutionPart)
        return item.letter

    def caption_of(self, item: Captioned) -> str:
        assert isinstance(item, ResolutionPart)
        return self.tr("Part {letter}").format(letter=item.letter)

    def apply(self, item_id: str, item: Captioned, name: str, title: str) -> None:
        assert isinstance(item, ResolutionPart)
        self.session.set_part_caption(item_id, name.upper() or item.letter, title)
