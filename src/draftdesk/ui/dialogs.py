"""Small dialogs: choose a paragraph to refer to, choose a note to cite, paste text to import."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.derive import plain_text
from ..model.document import ParagraphKind, Part
from ..untrusted import cannot_read, not_utf8
from .i18n import localized, translate
from .session import Session

ID_ROLE = Qt.ItemDataRole.UserRole
SNIPPET = 110


class _ChoiceDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.list = QListWidget()
        self.list.setObjectName("choices")
        self.list.itemActivated.connect(self.accept)
        label = QLabel(prompt)
        label.setBuddy(self.list)
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def add_choice(self, text: str, ident: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, ident)
        self.list.addItem(item)

    def chosen(self) -> str | None:
        """Return the id of the chosen entry."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def choose(self, ident: str) -> None:
        """Select the entry with this id."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == ident:
                self.list.setCurrentRow(row)
                return


class CrossReferenceDialog(_ChoiceDialog):
    """List the draft's paragraphs with their labels; the one chosen is the target."""

    def __init__(
        self, session: Session, exclude: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("CrossReferenceDialog", "Insert cross-reference"),
            translate("CrossReferenceDialog",
                      "&Refer to which paragraph? The reference prints as its current number "
                      "and follows it when paragraphs move."),
            parent,
        )
        self.setObjectName("crossReferenceDialog")
        derived = session.derived
        for part, paragraph in session.resolution.walk():
            if paragraph.id == exclude or paragraph.kind is not ParagraphKind.PARAGRAPH:
                continue
            where = session.reference_text(paragraph.id)
            text = plain_text(paragraph, derived)
            if len(text) > SNIPPET:
                text = text[: SNIPPET - 1] + "…"
            # PP: preambular paragraph, OP: operative paragraph.
            prefix = self.tr("PP") if part is Part.PREAMBULAR else self.tr("OP")
            self.add_choice(f"{prefix} · {where}: {text}", paragraph.id)
        if self.list.count():
            self.list.setCurrentRow(0)


class CiteFootnoteDialog(_ChoiceDialog):
    """List the footnotes with their numbers; the one chosen is cited again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(translate("CiteFootnoteDialog", "Cite an existing footnote"),
                         translate("CiteFootnoteDialog", "&Which footnote?"), parent)
        self.setObjectName("citeFootnoteDialog")
        numbers = session.derived.footnote_numbers
        for note in session.notes_in_order():
            number = numbers.get(note.id)
            self.add_choice(f"{number if number else '–'}. {note.plain_text}", note.id)
        if self.list.count():
            self.list.setCurrentRow(0)


class PasteTextDialog(QDialog):
    """Paste the text of a draft resolution to import it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteTextDialog")
        self.setWindowTitle(self.tr("Import pasted text"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("pastedText")
        self.text.setPlaceholderText(
            self.tr("Paste the whole draft here: masthead, sponsors, title, “The General "
                    "Assembly,”, the paragraphs and the footnotes.")
        )
        label = QLabel(self.tr("&Text of the draft:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.read_button = buttons.addButton(self.tr("&Read a Text File…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.read_button.clicked.connect(self.read_file)
        self.source = self.tr("pasted text")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def pasted(self) -> str:
        """Return the text pasted."""
        return self.text.toPlainText()

    def read_file(self) -> None:
        """Fill the box from a text file, to check or edit it before importing."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Read a text file"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except OSError as error:
            QMessageBox.critical(self, self.tr("Cannot read the file"),
                                 localized(cannot_read(name, error)))
            return
        except UnicodeDecodeError as error:
            QMessageBox.critical(self, self.tr("Cannot read the file"),
                                 localized(not_utf8(name, error.start)))
            return
        self.text.setPlainText(text)
        self.source = name


def wrap_italic_markup(field: QPlainTextEdit) -> None:
    """Put *…* around the selection of a footnote field (or open a pair at the cursor)."""
    cursor = field.textCursor()
    selected = cursor.selectedText()
    if selected.startswith("*") and selected.endswith("*") and len(selected) > 1:
        cursor.insertText(selected[1:-1])  # italic already: make it roman again
        return
    cursor.insertText(f"*{selected}*")
    if not selected:
        cursor.movePosition(cursor.MoveOperation.Left)
        field.setTextCursor(cursor)


class NoteKeys(QObject):
    """Keys of a footnote field: Ctrl+I italicizes, Enter accepts, Shift+Enter breaks the line."""

    def __init__(self, field: QPlainTextEdit, accept: object = None) -> None:
        super().__init__(field)
        self._field = field
        self._accept = accept
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Handle the keys before the text field does."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Italic):
                event.accept()  # the field's, not the window's italic action
                return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Italic):
            wrap_italic_markup(self._field)
            return True
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._accept is not None and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            assert callable(self._accept)
            self._accept()
            return True
        return False


class FootnoteTextDialog(QDialog):
    """Ask for the text of a new footnote; *…* (or Ctrl+I) marks italics such as titles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footnoteTextDialog")
        self.setWindowTitle(self.tr("Insert footnote"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("newFootnoteText")
        self.text.setPlaceholderText(
            self.tr("e.g. A/62/222.  or  See resolution 60/1, paras. 61 and 62."))
        self.text.setTabChangesFocus(True)
        label = QLabel(self.tr("Footnote &text:"))
        label.setBuddy(self.text)
        hint = QLabel(self.tr("Enter inserts the note. Ctrl+I or *asterisks* for italics "
                              "(titles of publications)."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # an empty footnote is not a footnote
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.note_text().strip("* ")))
        )
        self.keys = NoteKeys(self.text, self._accept_if_ready)
        buttons.accepted.connect(self._accept_if_ready)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 220)

    def _accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def note_text(self) -> str:
        """Return the footnote's text on one line."""
        return " ".join(self.text.toPlainText().split())
