"""The form shared by annexes and the further parts of a text in parts.

Shown in place of the paragraph form when the item's row is selected in the outline: the field
that names the item (an annex's heading, a part's letter), its title, a hint and two buttons.
A field changes the model when the drafter leaves it or presses Enter, one undo step each,
through the session like every other edit. Subclasses give the words (translated in their own
context) and say how to find and caption their item.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

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

from .session import Session


class Captioned(Protocol):
    """An annex or a further part: something with a title."""

    title: str


class FormWords(NamedTuple):
    """What a caption form says, already translated."""

    name_label: str  # "&Heading:", "&Letter:"
    title_label: str
    title_name: str  # the title field's accessible name
    title_placeholder: str
    hint: str
    add: str
    remove: str
    remove_tip: str
    nothing_selected: str


class CaptionForm(QWidget):
    """Edit what names the selected annex or part, and its title."""

    remove_requested = Signal(str)  # the item's id
    add_paragraph_requested = Signal(str)  # the item's id

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Form")
        self.session = session
        self.item_id: str | None = None
        self.nothing_selected = ""
        self.caption = QLabel()
        self.caption.setObjectName(f"{kind}FormCaption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.name_field = QLineEdit()
        self.title = QLineEdit()
        self.title.setObjectName(f"{kind}TitleEdit")
        self.hint = QLabel()
        self.hint.setObjectName(f"{kind}FormHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        noun = kind[0].upper() + kind[1:]
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add{noun}ParagraphButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove{noun}Button")

        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_field)
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.title_label, self.title)
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

        self.name_field.editingFinished.connect(self.commit)
        self.title.editingFinished.connect(self.commit)
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add_paragraph)
        session.changed.connect(self._on_session_changed)

    def set_words(self, words: FormWords) -> None:
        """Put the words of this kind of form, translated in its own context, in place."""
        self.name_label.setText(words.name_label)
        self.title_label.setText(words.title_label)
        self.title.setAccessibleName(words.title_name)
        self.title.setPlaceholderText(words.title_placeholder)
        self.hint.setText(words.hint)
        self.add_button.setText(words.add)
        self.remove_button.setText(words.remove)
        self.remove_button.setToolTip(words.remove_tip)
        self.nothing_selected = words.nothing_selected
        self._load()

    # ------------------------------------------------ what each kind of item says and does

    def find_item(self, item_id: str) -> Captioned | None:
        """Return the item with this id in the open draft."""
        raise NotImplementedError

    def name_of(self, item: Captioned) -> str:
        """Return what the name field shows for the item."""
        raise NotImplementedError

    def caption_of(self, item: Captioned) -> str:
        """Return the caption above the fields."""
        raise NotImplementedError

    def apply(self, item_id: str, item: Captioned, name: str, title: str) -> None:
        """Give the item the name and title typed (an empty name keeps its own)."""
        raise NotImplementedError

    # ------------------------------------------------------------------------------ shared

    def set_session(self, session: Session) -> None:
        """Edit items of another session."""
        self.session.changed.disconnect(self._on_session_changed)
        self.session = session
        session.changed.connect(self._on_session_changed)
        self.set_item(None)

    def set_item(self, item_id: str | None) -> None:
        """Show an item (None: none)."""
        if item_id != self.item_id:
            self.commit()
        self.item_id = item_id
        self._load()

    def _load(self) -> None:
        item = self.find_item(self.item_id) if self.item_id else None
        for field in (self.name_field, self.title, self.add_button, self.remove_button):
            field.setEnabled(item is not None)
        if item is None:
            self.caption.setText(self.nothing_selected)
            self.name_field.clear()
            self.title.clear()
            return
        self.caption.setText(self.caption_of(item))
        if self.name_field.text() != self.name_of(item):
            self.name_field.setText(self.name_of(item))
        if self.title.text() != item.title:
            self.title.setText(item.title)

    def commit(self) -> None:
        """Give the item the name and title typed in the fields."""
        if self.item_id is None:
            return
        item = self.find_item(self.item_id)
        if item is None:
            return
        self.apply(self.item_id, item, self.name_field.text().strip(), self.title.text())
        self._load()  # a refused name shows the item's own again

    def _on_session_changed(self, _kind: str, _paragraph_id: object) -> None:
        self._load()  # an undo may have changed the caption or removed the item

    def _remove(self) -> None:
        if self.item_id is not None:
            self.remove_requested.emit(self.item_id)

    def _add_paragraph(self) -> None:
        if self.item_id is not None:
            self.add_paragraph_requested.emit(self.item_id)
