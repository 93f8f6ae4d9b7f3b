"""The compare window and the "Export with Changes" dialog.

The compare window shows two texts of the draft (the current text, the base text, a saved
version, or another file) merged or side by side, with a list of the changes to step through;
derived changes (labels, end punctuation) are hidden unless asked for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..compare import Change, Comparison, compare
from ..compare.html import anchor_for, comparison_html
from ..errors import DraftDeskError
from ..model.document import Resolution
from .i18n import localized, translate
from .version_choices import (
    CURRENT,
    FILE_PREFIX,
    OPEN_FILTER,
    CompareHost,
    choices,
    named,
    text_for,
)

OTHER_FILE = "other file"


def summary_line(comparison: Comparison, hidden: int = 0) -> str:
    """Return the comparison's one-line count in the interface's language.

    ``hidden`` derived changes not listed are counted after it.
    """
    line = localized(comparison.summary())
    if hidden == 1:
        return line + " " + translate("CompareWindow", "(1 derived change hidden)")
    if hidden:
        return line + " " + translate("CompareWindow", "({count} derived changes hidden)").format(
            count=hidden)
    return line


class CompareWindow(QDialog):
    """Two texts compared: the changes listed on the left, the text on the right."""

    def __init__(self, actions: CompareHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare"))
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, beside the editor
        self.resize(1100, 720)
        self._actions = actions
        self.comparison: Comparison | None = None
        self.changes: list[Change] = []
        self.old_key, self.new_key = "", CURRENT
        self._files: list[str] = []

        self.old_combo = named(QComboBox(), "compareOld")
        self.new_combo = named(QComboBox(), "compareNew")
        self.derived_box = named(QCheckBox(self.tr("Show &derived changes")), "showDerived")
        self.derived_box.setToolTip(self.tr("Labels and end punctuation that changed only because "
                                            "paragraphs were added, deleted or moved"))
        self.side_box = named(QCheckBox(self.tr("&Side by side")), "sideBySide")
        self.export_button = named(QPushButton(self.tr("&Export with Changes…")), "compareExport")
        top = QHBoxLayout()
        for caption, combo in ((self.tr("&Old:"), self.old_combo),
                               (self.tr("&New:"), self.new_combo)):
            label = QLabel(caption)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1)
        top.addWidget(self.derived_box)
        top.addWidget(self.side_box)
        top.addWidget(self.export_button)

        self.summary = named(QLabel(), "compareSummary")
        self.summary.setWordWrap(True)
        self.change_list = named(QListWidget(), "changeList")
        self.change_list.setWordWrap(True)
        self.previous_button = named(QPushButton(self.tr("◀ &Previous")), "previousChange")
        self.next_button = named(QPushButton(self.tr("N&ext ▶")), "nextChange")
        self.previous_button.setToolTip(self.tr("Previous change (Shift+F8)"))
        self.next_button.setToolTip(self.tr("Next change (F8)"))
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.change_list, 1)
        left_layout.addLayout(steps)
        self.text = named(QTextBrowser(), "compareText")
        self.text.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.old_combo.activated.connect(self._old_chosen)
        self.new_combo.activated.connect(self._new_chosen)
        self.derived_box.toggled.connect(self._refresh_list)
        self.side_box.toggled.connect(lambda _on: self._render())
        self.change_list.currentRowChanged.connect(lambda _row: self._render())
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.export_button.clicked.connect(
            lambda: self._actions.export_changes_dialog(self.old_key))
        actions.versions_changed.connect(self._refill)

    # ------------------------------------------------------------------ texts

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]], key: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(key)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _refill(self) -> None:
        resolution = self._actions.resolution
        old_items = choices(resolution) + [
            (self.tr("File: {name}").format(name=Path(f).name), FILE_PREFIX + f)
            for f in self._files]
        self._fill(self.old_combo, [*old_items, (self.tr("Other File…"), OTHER_FILE)],
                   self.old_key)
        self._fill(self.new_combo, choices(resolution), self.new_key)

    def show_texts(self, old_key: str, new_key: str = CURRENT) -> bool:
        """Compare two texts of the draft (or a file); say why when one cannot be read."""
        resolution = self._actions.resolution
        try:
            old = text_for(resolution, old_key)
            new = text_for(resolution, new_key)
        except DraftDeskError as error:
            self._actions.show_problem(self.tr("Cannot compare"), error)
            return False
        if old_key.startswith(FILE_PREFIX) and old_key[len(FILE_PREFIX):] not in self._files:
            self._files.append(old_key[len(FILE_PREFIX):])
        self.old_key, self.new_key = old_key, new_key
        self._refill()
        self.comparison = compare(old, new)
        self.setWindowTitle(self.tr("Compare — {old} → {new}").format(
            old=self.old_combo.currentText(), new=self.new_combo.currentText()))
        self._refresh_list()
        return True

    def compare_with(self, old: Resolution) -> None:
        """Compare the current text with a text given directly (tests, other windows)."""
        self.comparison = compare(old, self._actions.resolution)
        self._refresh_list()

    def _old_chosen(self, index: int) -> None:
        key = self.old_combo.itemData(index)
        if key == OTHER_FILE:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with"), "",
                                                  translate("VersionChoices", OPEN_FILTER))
            if not name or not self.show_texts(FILE_PREFIX + name, self.new_key):
                self._refill()
            return
        if not self.show_texts(key, self.new_key):
            self._refill()

    def _new_chosen(self, index: int) -> None:
        if not self.show_texts(self.old_key, self.new_combo.itemData(index)):
            self._refill()

    # ------------------------------------------------------------------ list and text

    def _refresh_list(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        self.changes = comparison.visible(derived=self.derived_box.isChecked())
        self.summary.setText(summary_line(comparison, len(comparison.changes) - len(self.changes)))
        self.change_list.blockSignals(True)
        self.change_list.clear()
        for change in self.changes:
            item = QListWidgetItem(localized(change.summary()))
            item.setToolTip(change.marked_words()[:2000])
            self.change_list.addItem(item)
        self.change_list.blockSignals(False)
        self._render()

    def current_change(self) -> Change | None:
        """Return the change selected in the list."""
        row = self.change_list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def _render(self) -> None:
        if self.comparison is None:
            return
        current = self.current_change()
        bar = self.text.verticalScrollBar()
        position = bar.value()
        self.text.setHtml(comparison_html(
            self.comparison, derived=self.derived_box.isChecked(),
            side_by_side=self.side_box.isChecked(), current=current,
            titles=(self.old_combo.currentText(), self.new_combo.currentText()),
            translate=translate,
        ))
        if current is not None:
            self.text.scrollToAnchor(anchor_for(current))
        else:
            bar.setValue(position)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """F8 goes to the next change, Shift+F8 to the previous one (as in Word's reviewing)."""
        if event.key() == Qt.Key.Key_F8:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step(-1 if shift else 1)
            return
        super().keyPressEvent(event)

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) change."""
        if not self.changes:
            return
        row = self.change_list.currentRow()
        row = 0 if row < 0 else (row + direction) % len(self.changes)
        self.change_list.setCurrentRow(row)


class ChangesExportDialog(QDialog):
    """Choose the text to show the changes against, and the author they carry."""

    def __init__(self, resolution: Resolution, author: str, parent: QWidget,
                 old_key: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesExportDialog")
        self.setWindowTitle(self.tr("Export with Changes"))
        self.against = named(QComboBox(), "changesAgainst")
        for label, key in choices(resolution, current=False):
            self.against.addItem(label, key)
        self.against.addItem(self.tr("Other File…"), OTHER_FILE)
        if old_key is not None and self.against.findData(old_key) >= 0:
            self.against.setCurrentIndex(self.against.findData(old_key))
        self.author_field = named(QLineEdit(author), "changesAuthor")
        self.author_field.setPlaceholderText(self.tr("Delegation of …"))
        self.manuscript_box = named(QCheckBox(
            self.tr("Submission &manuscript (plain Word, 12 pt, double spacing)")),
            "changesManuscript")
        self._file = ""
        form = QFormLayout(self)
        form.addRow(self.tr("Show the changes &against:"), self.against)
        form.addRow(self.tr("&Author of the changes:"), self.author_field)
        form.addRow("", self.manuscript_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.against.currentData() == OTHER_FILE and not self._file:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Changes against"), "",
                                                  translate("VersionChoices", OPEN_FILTER))
            if not name:
                return
            self._file = name
        self.accept()

    def old_key(self) -> str:
        """Return the chosen old text's key."""
        key = self.against.currentData()
        return FILE_PREFIX + self._file if key == OTHER_FILE else str(key)

    def manuscript(self) -> bool:
        """Return True when the submission manuscript is asked for."""
        return self.manuscript_box.isChecked()

    def typed_author(self) -> str:
        """Return the author typed, empty when none."""
        return " ".join(self.author_field.text().split())

    def author(self) -> str:
        """Return the author the changes carry: the one typed, else the product's name."""
        return self.typed_author() or "DraftDesk"
