"""Versions, base text, comparison and the tracked-changes export in the window.

Attached to the window once its editor exists (see ``editor_parts``). Every change to the
draft (saving, restoring or deleting a version, setting the base text) goes through the
session as an undoable command; the comparison itself is ``draftdesk.compare``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QLineEdit, QMenu

from ..compare import compare
from ..errors import DraftDeskError
from ..model import versions
from ..model.document import Resolution
from .i18n import translate
from .version_choices import (
    CURRENT,
    FILE_PREFIX,
    OPEN_FILTER,
    WORD_FILTER,
    choices,
    text_for,
)

if TYPE_CHECKING:
    from .compare_view import CompareWindow
    from .host import EditorHost
    from .paragraph_editor import ParagraphEditor
    from .preview import PreviewPane
    from .session import Session

# Change bars in the preview: new or rewritten, moved, and where a paragraph was deleted.
BAR_CHANGED, BAR_MOVED, BAR_DELETED = QColor("#1a5fb4"), QColor("#26734d"), QColor("#b3261e")
PREVIEW_DELAY_MS = 400  # after the last edit: typing stays fluid, the bars follow

class VersionsActions(QObject):
    """The window's versions: save, restore, delete, base text, compare, export with changes."""

    versions_changed = Signal()

    def __init__(self, window: EditorHost, editor: ParagraphEditor,
                 preview: PreviewPane) -> None:
        super().__init__(window)
        self.setObjectName("versionsActions")
        self._window = window
        self._editor = editor
        self._preview = preview
        self.preview_key: str | None = None  # the text the preview marks changes against
        self.preview_timer = QTimer(self)
        self.preview_timer.setObjectName("previewChangesTimer")
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.mark_preview)
        self.dock: QDockWidget | None = None  # the Versions panel's dock, once it exists
        self._session: Session | None = None
        self.compare_window: CompareWindow | None = None
        actions = window.ui_actions
        actions["save_version"].triggered.connect(self.save_version_dialog)
        actions["compare_versions"].triggered.connect(lambda: self.open_compare())
        actions["set_base_text"].triggered.connect(self.set_base_dialog)
        actions["export_changes"].triggered.connect(self.export_changes_dialog)
        actions["preview_changes"].toggled.connect(lambda on: self.show_in_preview(on))
        # File ▸ Restore Version: the saved versions, listed when the menu opens.
        self.restore_menu = QMenu(self.tr("&Restore Version"), window)
        self.restore_menu.setObjectName("restoreVersionMenu")
        self.restore_menu.aboutToShow.connect(self._fill_restore_menu)
        file_menu = window.menuBar().findChild(QMenu, "menu_file")
        if file_menu is not None:
            file_menu.insertMenu(actions["set_base_text"], self.restore_menu)

    @property
    def resolution(self) -> Resolution:
        """Return the open draft."""
        return self._window.session.resolution

    def set_session(self, session: Session) -> None:
        """Follow the window's open draft."""
        if self._session is not None:
            self._session.changed.disconnect(self._changed)
        self._session = session
        session.changed.connect(self._changed)
        self.versions_changed.emit()
        self.show_in_preview(False)

    def _changed(self, kind: str, _paragraph_id: object) -> None:
        if kind != "text":
            self.versions_changed.emit()
        if self.preview_key is not None:
            self.preview_timer.start()

    def show_problem(self, title: str, error: Exception) -> None:
        """Show why something could not be done, in a dialog."""
        self._window.show_error(title, error)

    def show_panel(self) -> None:
        """Bring the Versions panel into view."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()

    # ------------------------------------------------------------------ versions

    def save_version_dialog(self) -> None:
        """Ask for a name and save the current text as a version."""
        if not self._window.editing:
            return
        self._editor.commit()
        taken = {v.name.casefold() for v in self.resolution.versions}
        suggestion = (self.tr("Zero draft") if not taken
                      else self.tr("Reading {number}").format(number=len(taken) + 1))
        name, ok = QInputDialog.getText(
            self._window, self.tr("Save Version"), self.tr("Name of this version (for example "
                                                           "“First reading”):"),
            QLineEdit.EchoMode.Normal, suggestion)
        if ok:
            self.save_version(name)

    def save_version(self, name: str) -> bool:
        """Save the current text as a version named ``name``; say why when it cannot."""
        session = self._window.session
        try:
            name = versions.check_new_name(session.resolution, name)
        except versions.VersionError as error:
            self.show_problem(self.tr("Cannot save the version"), error)
            return False
        when = versions.now()  # a redo saves it again with the same date

        def operation() -> versions.Undo:
            return versions.save_version(session.resolution, name, when)[1]

        session.run(self.tr("Save Version “{name}”").format(name=name), operation)
        self.show_panel()
        self._window.statusBar().showMessage(
            self.tr("Saved version “{name}”").format(name=name), 5000)
        return True

    def _fill_restore_menu(self) -> None:
        self.restore_menu.clear()
        kept = self.resolution.versions if self._window.editing else []
        for snapshot in reversed(kept):
            action = self.restore_menu.addAction(
                f"{snapshot.name} ({snapshot.created:%Y-%m-%d %H:%M})")
            action.triggered.connect(
                lambda _checked=False, name=snapshot.name: self.restore_version(name))
        if not kept:
            self.restore_menu.addAction(self.tr("No saved versions")).setEnabled(False)

    def restore_version(self, name: str) -> bool:
        """Make a saved version's text the current text (undoable)."""
        session = self._window.session
        try:
            versions.find_version(session.resolution, name)
        except versions.VersionError as error:
            self.show_problem(self.tr("Cannot restore the version"), error)
            return False
        session.run(self.tr("Restore Version “{name}”").format(name=name),
                    lambda: versions.restore_version(session.resolution, name))
        first = next((p.id for _part, p in session.resolution.walk()), None)
        self._window.select_paragraph(first)
        return True

    def delete_version(self, name: str) -> bool:
        """Delete a saved version (undoable)."""
        session = self._window.session
        try:
            versions.find_version(session.resolution, name)
        except versions.VersionError as error:
            self.show_problem(self.tr("Cannot delete the version"), error)
            return False
        session.run(self.tr("Delete Version “{name}”").format(name=name),
                    lambda: versions.delete_version(session.resolution, name))
        return True

    # ------------------------------------------------------------------ base text

    def set_base_dialog(self) -> None:
        """Ask for the file that holds the base text (an A/RES, an issued L-document)."""
        if not self._window.editing:
            return
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Base Text"), self._window.settings.last_folder(),
            translate("VersionChoices", OPEN_FILTER))
        if name:
            self.set_base_from_file(Path(name))

    def set_base_from_file(self, path: Path) -> bool:
        """Read ``path`` and make it the draft's base text; nothing changes when it fails."""
        try:
            text = text_for(self.resolution, FILE_PREFIX + str(path))
            versions.check_is_resolution(text, str(path))
        except DraftDeskError as error:
            self.show_problem(self.tr("Cannot use this base text"), error)
            return False
        session = self._window.session
        name = text.metadata.symbol or path.stem
        session.run(self.tr("Set Base Text"),
                    lambda: versions.set_base_text(session.resolution, text, name))
        return True

    def clear_base(self) -> bool:
        """Forget the base text (undoable)."""
        session = self._window.session
        if session.resolution.base_text is None:
            return False
        session.run(self.tr("Remove Base Text"),
                    lambda: versions.clear_base_text(session.resolution))
        return True

    # ------------------------------------------------------------------ comparing

    def open_compare(self, old_key: str | None = None, new_key: str = CURRENT) -> CompareWindow:
        """Show the compare window: by default the current text against the newest text kept."""
        from .compare_view import CompareWindow

        self._editor.commit()
        if old_key is None:
            kept = choices(self.resolution, current=False)
            old_key = kept[-1][1] if kept else CURRENT
        if self.compare_window is None:
            self.compare_window = CompareWindow(self, self._window)
        self.compare_window.show_texts(old_key, new_key)
        self.compare_window.show()
        self.compare_window.raise_()
        return self.compare_window

    # ------------------------------------------------------------------ the preview's bars

    def show_in_preview(self, on: bool, old_key: str | None = None) -> bool:
        """Mark the changes against ``old_key`` (default: the newest text kept) in the preview."""
        action = self._window.ui_actions["preview_changes"]
        if on:
            kept = choices(self.resolution, current=False)
            key = old_key or (kept[-1][1] if kept else None)
            if key is None:
                self._window.statusBar().showMessage(
                    self.tr("Save a version or set a base text first: there is nothing to "
                            "compare with."),
                    6000)
                on = False
            else:
                self.preview_key = key
        if not on:
            self.preview_key = None
            self.preview_timer.stop()
            self._preview.set_change_marks({})
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
        return self.mark_preview() if on else False

    def mark_preview(self) -> bool:
        """Recompute the preview's change bars against the chosen text."""
        if self.preview_key is None:
            return False
        try:
            old = text_for(self.resolution, self.preview_key)
        except DraftDeskError:
            return self.show_in_preview(False)  # the version was deleted
        marks: dict[str, QColor] = {}
        after_deletion = False
        for row in compare(old, self.resolution).rows:
            if row.kind in ("deleted", "moved away"):
                after_deletion = row.kind == "deleted" or after_deletion
                continue
            colour = {"added": BAR_CHANGED, "changed": BAR_CHANGED, "moved": BAR_MOVED}.get(
                row.kind)
            if colour is None and after_deletion:
                colour = BAR_DELETED
            if colour is not None:
                marks[row.new_id] = colour
            after_deletion = False
        self._preview.set_change_marks(marks)
        label = {key: label for label, key in choices(self.resolution, current=False)}.get(
            self.preview_key, "")
        shown = self.tr("Preview: 1 paragraph marked against {text}") if len(marks) == 1 else (
            self.tr("Preview: {count} paragraphs marked against {text}"))
        self._window.statusBar().showMessage(shown.format(count=len(marks), text=label), 5000)
        return True

    # ------------------------------------------------------------------ export

    def export_changes_dialog(self, old_key: str | None = None) -> None:
        """Ask what to compare with, the author and the file; write the tracked changes."""
        from .compare_view import ChangesExportDialog

        if not self._window.editing:
            return
        self._editor.commit()
        dialog = ChangesExportDialog(self.resolution, self._window.settings.changes_author(),
                                     self._window, old_key)
        if not dialog.exec():
            return
        old_key, author, manuscript = dialog.old_key(), dialog.author(), dialog.manuscript()
        if dialog.typed_author():
            self._window.settings.set_changes_author(dialog.typed_author())
        session = self._window.session
        named = session.path or session.suggested_path
        base = (named.with_name(named.stem + " (changes).docx") if named
                else Path(self._window.settings.last_folder()) / "draft (changes).docx")
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export with Changes"), str(base),
            translate("VersionChoices", WORD_FILTER))
        if name:
            path = Path(name)
            if path.suffix.lower() != ".docx":
                path = path.with_suffix(".docx")
            self.export_changes_to(path, old_key, author, manuscript)

    def export_changes_to(self, path: Path, old_key: str, author: str,
                          manuscript: bool = False) -> bool:
        """Write the draft to ``path`` with its changes from ``old_key`` tracked."""
        from ..compose import Options, Profile
        from ..export.tracked import export_tracked_docx

        profile = Profile.MANUSCRIPT if manuscript else Profile.L_DOCUMENT
        try:
            old = text_for(self.resolution, old_key)
            export_tracked_docx(old, self.resolution, path, author=author,
                                options=Options(profile=profile))
        except DraftDeskError as error:
            self.show_problem(self.tr("Export failed"), error)
            return False
        except Exception as error:  # noqa: BLE001 - the window must survive any export bug
            self._window.show_error(self.tr("Export failed"),
                                    f"{path}: {type(error).__name__}: {error}")
            return False
        self._window.last_export = path
        self._window.statusBar().showMessage(
            self.tr("Exported {path} with the changes tracked").format(path=path), 6000)
        return True
