"""The import notes panel: what an importer or a rollover was unsure of, one click from its place.

A note about a paragraph names it ("Operative paragraph 12"); clicking it, or Enter, selects
that paragraph in the outline and the editor. Notes about the document as a whole come first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..importers.notes import paragraph_place
from ..model.words import capitalize_first
from .i18n import localized
from .session import Session

PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole


class NotesList(QListWidget):
    """The notes; a click, double-click, Enter or Return on one goes to its paragraph."""

    paragraph_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importNotesList")
        self.setAccessibleName(self.tr("Import notes"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._go)
        self.itemActivated.connect(self._go)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Go to the current note's paragraph on Enter or Return."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._go(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _go(self, item: QListWidgetItem) -> None:
        paragraph_id = item.data(PARAGRAPH_ROLE)
        if paragraph_id:
            self.paragraph_requested.emit(str(paragraph_id))


class ImportNotesPanel(QWidget):
    """List the draft's import notes with the paragraph each is about."""

    paragraph_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importNotesPanel")
        self.session = session
        self.list = NotesList()
        self.list.paragraph_requested.connect(self.paragraph_requested)
        self.empty = QLabel(self.tr("Nothing to check: the importer was sure of everything."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        session.changed.connect(self.refresh)
        self.refresh()

    def set_session(self, session: Session) -> None:
        """Show another draft's notes."""
        self.session.changed.disconnect(self.refresh)
        self.session = session
        session.changed.connect(self.refresh)
        self.refresh()

    def has_notes(self) -> bool:
        """Return True when the draft has notes to show."""
        return bool(self.session.resolution.import_notes)

    def refresh(self, *_args: object) -> None:
        """List the notes again: paragraphs may have moved or been deleted."""
        row = self.list.currentRow()
        self.list.clear()
        derived = self.session.derived
        notes = self.session.resolution.import_notes
        # Document-wide notes first, then by where their paragraph stands.
        order = {p.id: index for index, (_part, p) in enumerate(self.session.resolution.walk())}
        placed = sorted(
            notes, key=lambda note: -1 if not note.paragraph_id
            else order.get(note.paragraph_id, len(order))
        )
        for note in placed:
            item = QListWidgetItem(self.tr("{place}: {note}").format(
                place=self._place(note.paragraph_id), note=localized(note.message)))
            info = derived.info.get(note.paragraph_id) if note.paragraph_id else None
            if info is not None:
                item.setData(PARAGRAPH_ROLE, note.paragraph_id)
                item.setToolTip(self.tr("Click to go to the paragraph"))
            self.list.addItem(item)
        self.list.setVisible(bool(notes))
        self.empty.setVisible(not notes)
        if notes:
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _place(self, paragraph_id: str) -> str:
        """Name the paragraph as the drafter finds it: "Operative paragraph 8 (a)"."""
        if not paragraph_id:
            return self.tr("Whole draft")
        place = paragraph_place(self.session.derived, paragraph_id)
        if place is None:
            return self.tr("A deleted paragraph")
        return capitalize_first(localized(place))
