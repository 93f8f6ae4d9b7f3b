"""The form of a further part of a text in parts: its letter ("B") and its title.

Shown in place of the paragraph form when one of the part's section rows ("Part B: Preamble")
is selected in the outline. A field changes the model when the drafter leaves it or presses
Enter, one undo step each, through the session like every other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import edit
from .session import Session


class PartForm(QWidget):
    """Edit the letter and title of the further part selected in the outline."""

    remove_requested = Signal(str)  # the part's id
    add_paragraph_requested = Signal(str)  # the part's id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partForm")
        self.session = session
        self.part_id: str | None = None
        self.caption = QLabel()
        self.caption.setObjectName("partFormCaption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.letter = QLineEdit()
        self.letter.setObjectName("partLetterEdit")
        self.letter.setAccessibleName(self.tr("Part letter"))
        self.letter.setMaxLength(1)
        self.letter.setMaximumWidth(60)
        # One capital letter, as the draft file keeps it; a small one is made capital. An
        # empty field is accepted, so that leaving it shows the part's letter again.
        self.letter.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]?")))
        self.title = QLineEdit()
        self.title.setObjectName("partTitleEdit")
        self.title.setAccessibleName(self.tr("Part title"))
        self.title.setPlaceholderText(self.tr("Most parts have none"))
        self.hint = QLabel(self.tr("Each part prints its letter and the formula again, and its "
                                   "paragraphs are numbered afresh; footnotes run on across "
                                   "the parts. Select a paragraph under the part in the "
                                   "outline to edit it."))
        self.hint.setObjectName("partFormHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Add &Paragraph to Part"))
        self.add_button.setObjectName("addPartParagraphButton")
        self.remove_button = QPushButton(self.tr("&Remove Part"))
        self.remove_button.setObjectName("removePartButton")
        self.remove_button.setToolTip(self.tr("Remove the part and its paragraphs (Undo "
                                              "brings them back)"))

        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.letter)
        form.addRow(self.tr("T&itle:"), self.title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.letter.editingFinished.connect(self.commit)
        self.title.editingFinished.connect(self.commit)
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add_paragraph)
        session.changed.connect(self._on_session_changed)

    def set_session(self, session: Session) -> None:
        """Edit parts of another session."""
        self.session.changed.disconnect(self._on_session_changed)
        self.session = session
        session.changed.connect(self._on_session_changed)
        self.set_part(None)

    def set_part(self, part_id: str | None) -> None:
        """Show a further part (None: none)."""
        if part_id != self.part_id:
            self.commit()
        self.part_id = part_id
        self._load()

    def _load(self) -> None:
        part = edit.find_part(self.session.resolution, self.part_id) if self.part_id else None
        for field in (self.letter, self.title, self.add_button, self.remove_button):
            field.setEnabled(part is not None)
        if part is None:
            self.caption.setText(self.tr("No part selected"))
            self.letter.clear()
            self.title.clear()
            return
        self.caption.setText(self.tr("Part {letter}").format(letter=part.letter))
        if self.letter.text() != part.letter:
            self.letter.setText(part.letter)
        if self.title.text() != part.title:
            self.title.setText(part.title)

    def commit(self) -> None:
        """Give the part the letter and title typed in the fields."""
        if self.part_id is None:
            return
        part = edit.find_part(self.session.resolution, self.part_id)
        if part is None:
            return
        letter = self.letter.text().strip().upper() or part.letter
        self.session.set_part_caption(self.part_id, letter, self.title.text())
        self._load()  # a refused letter shows the part's own again

    def _on_session_changed(self, _kind: str, _paragraph_id: object) -> None:
        self._load()  # an undo may have changed the letter or removed the part

    def _remove(self) -> None:
        if self.part_id is not None:
            self.remove_requested.emit(self.part_id)

    def _add_paragraph(self) -> None:
        if self.part_id is not None:
            self.add_paragraph_requested.emit(self.part_id)
