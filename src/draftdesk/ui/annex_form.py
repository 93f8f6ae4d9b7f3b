"""The form of an annex: its heading ("Annex", "Annex II") and its title.

Shown in place of the paragraph form when the annex's row is selected in the outline. A field
changes the model when the drafter leaves it or presses Enter, one undo step each, through
the session like every other edit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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


class AnnexForm(QWidget):
    """Edit the heading and title of the annex selected in the outline."""

    remove_requested = Signal(str)  # the annex's id
    add_paragraph_requested = Signal(str)  # the annex's id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annexForm")
        self.session = session
        self.annex_id: str | None = None
        self.caption = QLabel()
        self.caption.setObjectName("annexFormCaption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.heading = QLineEdit()
        self.heading.setObjectName("annexHeadingEdit")
        self.heading.setAccessibleName(self.tr("Annex heading"))
        self.heading.setPlaceholderText(self.tr("Annex, or Annex II when there are several"))
        self.title = QLineEdit()
        self.title.setObjectName("annexTitleEdit")
        self.title.setAccessibleName(self.tr("Annex title"))
        self.title.setPlaceholderText(self.tr("e.g. Programme of action"))
        self.hint = QLabel(self.tr("The heading prints in the draft's language; its paragraphs "
                                   "are numbered afresh in the annex. Select a paragraph "
                                   "under the annex in the outline to edit it."))
        self.hint.setObjectName("annexFormHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Add &Paragraph to Annex"))
        self.add_button.setObjectName("addAnnexParagraphButton")
        self.remove_button = QPushButton(self.tr("&Remove Annex"))
        self.remove_button.setObjectName("removeAnnexButton")
        self.remove_button.setToolTip(self.tr("Remove the annex and its paragraphs (Undo "
                                              "brings them back)"))

        form = QFormLayout()
        form.addRow(self.tr("&Heading:"), self.heading)
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

        self.heading.editingFinished.connect(self.commit)
        self.title.editingFinished.connect(self.commit)
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add_paragraph)
        session.changed.connect(self._on_session_changed)

    def set_session(self, session: Session) -> None:
        """Edit annexes of another session."""
        self.session.changed.disconnect(self._on_session_changed)
        self.session = session
        session.changed.connect(self._on_session_changed)
        self.set_annex(None)

    def set_annex(self, annex_id: str | None) -> None:
        """Show an annex (None: none)."""
        if annex_id != self.annex_id:
            self.commit()
        self.annex_id = annex_id
        self._load()

    def _load(self) -> None:
        annex = edit.find_annex(self.session.resolution, self.annex_id) if self.annex_id else None
        for field in (self.heading, self.title, self.add_button, self.remove_button):
            field.setEnabled(annex is not None)
        if annex is None:
            self.caption.setText(self.tr("No annex selected"))
            self.heading.clear()
            self.title.clear()
            return
        self.caption.setText(self.session.annex_caption(annex))
        if self.heading.text() != annex.heading:
            self.heading.setText(annex.heading)
        if self.title.text() != annex.title:
            self.title.setText(annex.title)

    def commit(self) -> None:
        """Give the annex the heading and title typed in the fields."""
        if self.annex_id is None:
            return
        annex = edit.find_annex(self.session.resolution, self.annex_id)
        if annex is None:
            return
        heading = self.heading.text().strip() or annex.heading
        self.session.set_annex_caption(self.annex_id, heading, self.title.text())
        self._load()

    def _on_session_changed(self, _kind: str, _paragraph_id: object) -> None:
        self._load()  # an undo may have changed the caption or removed the annex

    def _remove(self) -> None:
        if self.annex_id is not None:
            self.remove_requested.emit(self.annex_id)

    def _add_paragraph(self) -> None:
        if self.annex_id is not None:
            self.add_paragraph_requested.emit(self.annex_id)
