"""The Versions panel: the base text and the saved versions, with what one can do with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .version_choices import BASE, VERSION_PREFIX, choices, named
from .versions_actions import VersionsActions

KEY = Qt.ItemDataRole.UserRole


class VersionsPanel(QWidget):
    """List the base text and the versions; save, compare, restore, delete, set the base."""

    def __init__(self, actions: VersionsActions) -> None:
        super().__init__()
        self.setObjectName("versionsPanel")
        self._actions = actions
        self.list = named(QListWidget(), "versionList")
        self.list.setToolTip(self.tr("Double-click to compare a version with the current text"))
        self.empty = named(QLabel(self.tr("No versions yet. Save one before each reading "
                                          "(File ▸ Save Version…).")), "versionsEmpty")
        self.empty.setWordWrap(True)
        self.save_button = named(QPushButton(self.tr("&Save Version…")), "saveVersionButton")
        self.compare_button = named(QPushButton(self.tr("&Compare")), "compareVersionButton")
        self.restore_button = named(QPushButton(self.tr("&Restore")), "restoreVersionButton")
        self.delete_button = named(QPushButton(self.tr("De&lete")), "deleteVersionButton")
        self.base_button = named(QPushButton(self.tr("Set &Base Text…")), "setBaseButton")
        self.preview_button = named(QPushButton(
            self.tr("Mark in &Preview")), "previewChangesButton")
        self.preview_button.setToolTip(self.tr("Change bars in the preview beside the paragraphs "
                                               "changed since the selected text"))
        buttons = QGridLayout()
        buttons.addWidget(self.save_button, 0, 0)
        buttons.addWidget(self.compare_button, 0, 1)
        buttons.addWidget(self.restore_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addWidget(self.base_button, 2, 0)
        buttons.addWidget(self.preview_button, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(actions.save_version_dialog)
        self.compare_button.clicked.connect(self._compare)
        self.restore_button.clicked.connect(self._restore)
        self.delete_button.clicked.connect(self._delete)
        self.base_button.clicked.connect(actions.set_base_dialog)
        self.preview_button.clicked.connect(
            lambda: actions.show_in_preview(True, self.selected_key()))
        self.list.itemDoubleClicked.connect(lambda _item: self._compare())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        actions.versions_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the open draft's base text and versions."""
        selected = self.selected_key()
        self.list.clear()
        for label, key in choices(self._actions.resolution, current=False):
            item = QListWidgetItem(label)
            item.setData(KEY, key)
            self.list.addItem(item)
            if key == selected:
                self.list.setCurrentItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self._update_buttons()

    def selected_key(self) -> str | None:
        """Return the key of the selected entry."""
        item = self.list.currentItem()
        return item.data(KEY) if item is not None else None

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.compare_button.setEnabled(key is not None)
        self.preview_button.setEnabled(key is not None)
        is_version = key is not None and key.startswith(VERSION_PREFIX)
        self.restore_button.setEnabled(is_version)
        self.delete_button.setEnabled(key is not None)

    def _compare(self) -> None:
        key = self.selected_key()
        if key is not None:
            self._actions.open_compare(key)

    def _restore(self) -> None:
        key = self.selected_key()
        if key is None or not key.startswith(VERSION_PREFIX):
            return
        name = key.removeprefix(VERSION_PREFIX)
        answer = QMessageBox.question(
            self, self.tr("Restore Version"),
            self.tr("Replace the current text by the version “{name}”? (Edit ▸ Undo brings it "
                    "back.)").format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            self._actions.restore_version(name)

    def _delete(self) -> None:
        key = self.selected_key()
        if key == BASE:
            self._actions.clear_base()
        elif key is not None:
            self._actions.delete_version(key.removeprefix(VERSION_PREFIX))
