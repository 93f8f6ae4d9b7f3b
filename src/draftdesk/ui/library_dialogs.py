"""Dialogs of the clause libraries: save paragraphs to a library, edit a clause, name a library.

Each dialog does its work in ``accept``: a refusal (an unsafe template, a name already taken)
is shown inside the dialog, which stays open so that nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import DraftDeskError
from ..library import Clause, LibraryStore, save_paragraphs
from ..library.builder import paragraph_reference, source_symbol
from ..model import Resolution, derive
from .i18n import localized

ERROR_STYLE = "color: #b00020;"


def split_tags(text: str) -> tuple[str, ...]:
    """Return the tags typed as "migration, report; GFMD" (commas or semicolons)."""
    words = (" ".join(tag.split()) for tag in text.replace(";", ",").split(","))
    seen: list[str] = []
    for word in words:
        if word and word.casefold() not in {s.casefold() for s in seen}:
            seen.append(word)
    return tuple(seen)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("dialogError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, error: DraftDeskError) -> None:
    label.setText(localized(error))
    label.show()


class SaveToLibraryDialog(QDialog):
    """Save paragraphs of the draft to a library, with tags, a note and their source."""

    def __init__(self, store: LibraryStore, resolution: Resolution,
                 paragraph_ids: Sequence[str], parent: QWidget | None = None,
                 library: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("saveToLibraryDialog")
        self.setWindowTitle(self.tr("Save to Library"))
        self._store = store
        self._resolution = resolution
        self._ids = list(paragraph_ids)
        self.saved: list[Clause] = []
        self.library_name = ""
        derived = derive(resolution)
        located = {p.id: p for _part, p in resolution.walk()}
        self._references = [paragraph_reference(derived, located[i]) for i in self._ids
                            if i in located]

        count = len(self._ids)
        listed = ", ".join(localized(reference) for reference in self._references)
        self.summary = QLabel(
            self.tr("Save this paragraph ({listed}) as a clause.").format(listed=listed)
            if count == 1 else self.tr("Save these {count} paragraphs as clauses: {listed}.")
            .format(count=count, listed=listed))
        self.summary.setObjectName("saveSummary")
        self.summary.setWordWrap(True)

        self.library = QComboBox()
        self.library.setObjectName("saveLibrary")
        self.library.setEditable(True)
        self.library.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.library.setAccessibleName(self.tr("Library"))
        for item in store.libraries():
            if not item.builtin:
                self.library.addItem(item.name)
        line = self.library.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("A library of yours, or a new name"))
        if library and store.has_library(library) and not store.library(library).builtin:
            self.library.setCurrentText(library)
        elif self.library.count() == 0:
            self.library.setCurrentText(self.tr("My clauses"))
        self.new_hint = QLabel()
        self.new_hint.setObjectName("saveNewLibraryHint")
        self.library.currentTextChanged.connect(self._library_changed)

        self.tags = QLineEdit()
        self.tags.setObjectName("saveTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("e.g. migration, report (commas between tags)"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("saveNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Why this wording, where it was negotiated…"))
        self.note.setFixedHeight(70)

        self.agreed = QCheckBox(self.tr("&Agreed language: record where it was adopted"))
        self.agreed.setObjectName("saveAgreed")
        self.symbol = QLineEdit(source_symbol(resolution))
        self.symbol.setObjectName("saveSymbol")
        self.symbol.setAccessibleName(self.tr("Source symbol"))
        self.symbol.setPlaceholderText(self.tr("e.g. A/RES/73/7"))
        # The reference shows in the interface's language; kept as typed it is stored the way
        # DraftDesk cites ("preambular para. 3"), which every language's window translates.
        self.paragraph = QLineEdit(localized(self._references[0])
                                   if count == 1 and self._references else "")
        self.paragraph.setObjectName("saveParagraph")
        self.paragraph.setAccessibleName(self.tr("Source paragraph"))
        if count == 1:
            self.paragraph.setPlaceholderText(self.tr("e.g. para. 4"))
        else:
            self.paragraph.setPlaceholderText(self.tr("each paragraph's own number"))
            self.paragraph.setEnabled(False)
        self.agreed.toggled.connect(self._agreed_changed)
        self._agreed_changed(False)

        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Library:"), self.library)
        form.addRow("", self.new_hint)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.agreed)
        form.addRow(self.tr("Source &symbol:"), self.symbol)
        form.addRow(self.tr("Source &paragraph:"), self.paragraph)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._library_changed(self.library.currentText())
        self.resize(520, self.sizeHint().height())

    def _typed_reference(self) -> str:
        """Return the source paragraph typed, the way DraftDesk cites it when left as shown."""
        typed = self.paragraph.text().strip()
        if self._references and typed == localized(self._references[0]).strip():
            return str(self._references[0])
        return typed

    def _library_changed(self, name: str) -> None:
        name = " ".join(name.split())
        if name and not self._store.has_library(name):
            self.new_hint.setText(self.tr("A new library “{name}” will be created.")
                                  .format(name=name))
            self.new_hint.show()
        else:
            self.new_hint.hide()

    def _agreed_changed(self, on: bool) -> None:
        self.symbol.setEnabled(on)
        self.paragraph.setEnabled(on and len(self._ids) == 1)

    def accept(self) -> None:
        """Save the paragraphs; keep the dialog open with the reason if that is refused."""
        name = " ".join(self.library.currentText().split())
        tags = split_tags(self.tags.text())
        note = self.note.toPlainText().strip()
        symbol = self.symbol.text().strip()
        try:
            with self._store.transaction():
                if name and not self._store.has_library(name):
                    self._store.create_library(name)
                elif name and self._store.library(name).builtin:
                    raise DraftDeskError(
                        self.tr("the library '{name}' comes with DraftDesk and cannot be "
                                "changed; choose or name a library of your own").format(name=name)
                    )
                saved: list[Clause] = []
                for index, paragraph_id in enumerate(self._ids):
                    source = None
                    if self.agreed.isChecked():
                        reference = (self._typed_reference() if len(self._ids) == 1
                                     else self._references[index])
                        source = (symbol, reference)
                    saved += save_paragraphs(
                        self._store, name, self._resolution, [paragraph_id], tags=tags,
                        note=note, source=source,
                    )
        except DraftDeskError as error:
            _show_error(self.error, error)
            return
        self.saved = saved
        self.library_name = self._store.library(name).name
        super().accept()


class ClauseEditDialog(QDialog):
    """Edit a clause's text, tags and note; a new text becomes a new version."""

    def __init__(self, store: LibraryStore, clause: Clause,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseEditDialog")
        self.setWindowTitle(self.tr("Edit Clause"))
        self._store = store
        self._clause = clause
        self.saved: Clause | None = None

        self.version_label = QLabel(
            self.tr("Clause “{key}” in library “{library}”, version {version}. Saving a changed "
                    "text makes version {next}; drafts keep the wording they already have.")
            .format(key=clause.key, library=clause.library, version=clause.version,
                    next=clause.version + 1)
        )
        self.version_label.setObjectName("clauseVersion")
        self.version_label.setWordWrap(True)
        self.text = QPlainTextEdit(clause.text)
        self.text.setObjectName("clauseText")
        self.text.setAccessibleName(self.tr("Clause text"))
        self.tags = QLineEdit(", ".join(clause.tags))
        self.tags.setObjectName("clauseTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.note = QPlainTextEdit(clause.note)
        self.note.setObjectName("clauseNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(60)

        self.versions = QComboBox()
        self.versions.setObjectName("clauseVersions")
        self.versions.setAccessibleName(self.tr("Earlier versions"))
        self._history = store.versions(clause.id)
        for version, _text, modified in reversed(self._history):
            self.versions.addItem(self.tr("Version {version} — {date}").format(
                version=version, date=modified[:10]), version)
        self.old_text = QPlainTextEdit()
        self.old_text.setObjectName("clauseOldText")
        self.old_text.setReadOnly(True)
        self.old_text.setFixedHeight(80)
        self.restore = QPushButton(self.tr("Use &This Text"))
        self.restore.setObjectName("clauseRestore")
        self.restore.setToolTip(self.tr("Copy this version's text into the editor above"))
        self.restore.clicked.connect(self._restore)
        self.versions.currentIndexChanged.connect(self._show_version)
        self._show_version()

        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Fields are written {{ name }}, e.g. {{ session | ordinal_words }}; "
                              "*italics*; footnotes [[fn: text]]."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow("", hint)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.tr("&Note:"), self.note)
        history = QHBoxLayout()
        history.addWidget(self.versions, 1)
        history.addWidget(self.restore)
        form.addRow(self.tr("History:"), history)
        form.addRow("", self.old_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def select_version(self, version: int) -> None:
        """Show an earlier version's text in the history box."""
        self.versions.setCurrentIndex(self.versions.findData(version))

    def _show_version(self) -> None:
        version = self.versions.currentData()
        text = next((t for v, t, _m in self._history if v == version), "")
        self.old_text.setPlainText(text)

    def _restore(self) -> None:
        self.text.setPlainText(self.old_text.toPlainText())

    def accept(self) -> None:
        """Store the changes as a new version; keep the dialog open if they are refused."""
        try:
            self.saved = self._store.edit_clause(
                self._clause.id,
                text=self.text.toPlainText().strip(),
                tags=split_tags(self.tags.text()),
                note=self.note.toPlainText().strip(),
            )
        except DraftDeskError as error:
            _show_error(self.error, error)
            return
        super().accept()


class LibraryNameDialog(QDialog):
    """Ask for a library name: to create a library, or to rename one."""

    def __init__(self, store: LibraryStore, old: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryNameDialog")
        self._store = store
        self._old = old
        self.setWindowTitle(self.tr("Rename Library “{name}”").format(name=old) if old
                            else self.tr("New Library"))
        self.name = QLineEdit(old)
        self.name.setObjectName("libraryName")
        self.name.setAccessibleName(self.tr("Library name"))
        self.name.setPlaceholderText(self.tr("e.g. Migration — agreed language"))
        self.description = QLineEdit()
        self.description.setObjectName("libraryDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        if not old:
            form.addRow(self.tr("&Description:"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_name = ""
        self.setMinimumWidth(420)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Create or rename the library; keep the dialog open if the name is refused."""
        try:
            if self._old:
                self._store.rename_library(self._old, self.name.text())
            else:
                self._store.create_library(self.name.text(), self.description.text().strip())
            self.result_name = " ".join(self.name.text().split())
        except DraftDeskError as error:
            _show_error(self.error, error)
            return
        super().accept()
