"""The footnotes panel: every note in document order with its number, to edit or delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .dialogs import NoteKeys
from .session import TEXT, Session, note_markup

NOTE_ROLE = Qt.ItemDataRole.UserRole


NARROW = 560  # below this width the list and the note's text stack


class FootnotePanel(QWidget):
    """List the footnotes with their derived numbers; edit, delete or cite one again."""

    cite_requested = Signal(str)  # note id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footnotePanel")
        self.session = session
        self.list = QListWidget()
        self.list.setObjectName("footnoteList")
        self.list.setAccessibleName(self.tr("Footnotes"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("footnoteText")
        self.text.setAccessibleName(self.tr("Footnote text"))
        self.text.setPlaceholderText(self.tr("Text of the selected footnote; *asterisks* for "
                                             "italics"))
        self.text.setUndoRedoEnabled(False)  # the window's undo stack is the only history
        self.keys = NoteKeys(self.text)  # Ctrl+I italicizes in the note, not in the paragraph
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.cite_button = QPushButton(self.tr("&Cite Here"))
        self.cite_button.setToolTip(self.tr("Refer to this note again at the cursor in the text"))
        self.empty = QLabel(self.tr("No footnotes yet. Insert one with Insert → Footnote "
                                    "(Ctrl+Alt+F)."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        buttons = QHBoxLayout()
        for button in (self.apply_button, self.cite_button, self.delete_button):
            button.setMinimumWidth(70)  # three in a row fit a narrow panel
            buttons.addWidget(button)
        buttons.addStretch(1)
        notes = QVBoxLayout()
        notes.addWidget(self.empty)
        notes.addWidget(self.list, 1)
        editing = QVBoxLayout()
        editing.addWidget(self.text, 1)
        editing.addLayout(buttons)
        # Side by side under the editor; one above the other when narrow (a tab beside the
        # library on a small screen).
        layout = self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(notes, 3)
        layout.addLayout(editing, 2)
        # Long notes wrap rather than scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)

        self.list.currentItemChanged.connect(self._selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.apply_button.clicked.connect(self.apply)
        self.delete_button.clicked.connect(self.delete_current)
        self.cite_button.clicked.connect(self._cite)
        session.changed.connect(self.refresh)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Stack the list above the note's text when the panel is narrow."""
        super().resizeEvent(event)
        # Beside the editor (the library's back tab on a small screen) the panel stays stacked,
        # even while a resize from its wide place under the editor is still on its way: side
        # by side, its least width would hold the window wider than the screen.
        narrow = event.size().width() < NARROW or self._beside_the_editor()
        direction = (QBoxLayout.Direction.TopToBottom if narrow
                     else QBoxLayout.Direction.LeftToRight)
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def _beside_the_editor(self) -> bool:
        dock = self.parentWidget()
        if not isinstance(dock, QDockWidget) or dock.isFloating():
            return False
        window = dock.parentWidget()
        if not isinstance(window, QMainWindow):
            return False
        return window.dockWidgetArea(dock) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                               Qt.DockWidgetArea.RightDockWidgetArea)

    def set_session(self, session: Session) -> None:
        """Show another session's footnotes."""
        self.session.changed.disconnect(self.refresh)
        self.session = session
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *args: object) -> None:
        """List the notes again, keeping the selection."""
        if args and args[0] == TEXT:
            return  # words typed in a paragraph change no note and no number
        current = self.current_note()
        self.list.blockSignals(True)
        self.list.clear()
        numbers = self.session.derived.footnote_numbers
        for note in self.session.notes_in_order():
            number = numbers.get(note.id)
            prefix = f"{number}." if number is not None else self.tr("(not cited)")
            item = QListWidgetItem(f"{prefix}  {note.plain_text}")
            item.setData(NOTE_ROLE, note.id)
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has_notes = self.list.count() > 0
        self.empty.setVisible(not has_notes)
        self._selected()

    def current_note(self) -> str | None:
        """Return the id of the selected note."""
        item = self.list.currentItem()
        return str(item.data(NOTE_ROLE)) if item is not None else None

    def select_note(self, note_id: str) -> None:
        """Select a note in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ROLE) == note_id:
                self.list.setCurrentRow(row)
                return

    def _selected(self, *_args: object) -> None:
        note_id = self.current_note()
        note = self.session.resolution.footnotes.get(note_id) if note_id else None
        for widget in (self.text, self.apply_button, self.delete_button, self.cite_button):
            widget.setEnabled(note is not None)
        text = note_markup(note.content) if note is not None else ""
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)

    def apply(self) -> None:
        """Store the edited text of the selected note."""
        note_id = self.current_note()
        if note_id is not None:
            self.session.edit_footnote(note_id, " ".join(self.text.toPlainText().split()))

    def delete_current(self) -> None:
        """Delete the selected note and its markers."""
        note_id = self.current_note()
        if note_id is not None:
            self.session.remove_footnote(note_id)

    def _cite(self) -> None:
        note_id = self.current_note()
        if note_id is not None:
            self.cite_requested.emit(note_id)
