"""Clause-library features of the main window: Save to Library, the similar-wording hint.

Attached to the window once its editor exists (see ``editor_parts``): the window keeps no
library logic of its own, and this controller reaches the session only through undoable
commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu

from ..model import Footnote, Paragraph, ParagraphKind, edit

if TYPE_CHECKING:
    from .host import EditorHost, EditorPanels

HINT_DELAY_MS = 300  # after the last keystroke: typing stays fluid, the hint follows quickly
HINT_MIN_WORDS = 3  # fewer words match too much to be a useful hint
LIBRARY_SHARE, PREVIEW_SHARE = 0.25, 0.37  # of the window's width, in the first layout
OUTLINE_MENU = ("save_to_library", "-", "new_preambular", "new_operative", "new_subparagraph",
                "-", "move_up", "move_down", "indent", "outdent", "-", "delete_paragraph")


class LibraryActions(QObject):
    """Connect the window's outline and editor to the clause library panel."""

    def __init__(self, window: EditorHost, parts: EditorPanels) -> None:
        super().__init__(window)
        self.setObjectName("libraryActions")
        self._window = window
        self._parts = parts
        self._last_library = ""
        self.last_saved: list[object] = []

        outline = parts.outline
        # Several paragraphs can be saved at once: Shift/Ctrl+click in the outline.
        outline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        outline.customContextMenuRequested.connect(self._outline_menu)
        window.ui_actions["save_to_library"].triggered.connect(self.save_selection)

        self.hint_timer = QTimer(self)
        self.hint_timer.setObjectName("similarHintTimer")
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(HINT_DELAY_MS)
        self.hint_timer.timeout.connect(self.update_hint)
        editor = parts.editor
        editor.lead.textChanged.connect(self.hint_timer.start)
        editor.text.document().contentsChanged.connect(self.hint_timer.start)
        parts.library.replace_requested.connect(self.use_wording)

        if parts.preview_dock in window.tabifiedDockWidgets(parts.library_dock):
            # Layouts saved when the library shared the preview's place hid it behind a tab.
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, parts.library_dock)
            parts.library_dock.show()
        # The library takes the full height on the left; the footnotes sit under the text.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        if window.settings.window_state() is None:
            # A first layout that leaves the outline and the text room between the library
            # on the left and the preview on the right; a saved layout is the drafter's own.
            width = window.width()
            window.resizeDocks([parts.library_dock, parts.preview_dock],
                               [int(width * LIBRARY_SHARE), int(width * PREVIEW_SHARE)],
                               Qt.Orientation.Horizontal)

    # ------------------------------------------------------------------ save to library

    def selected_paragraphs(self) -> list[str]:
        """Return the ids of the paragraphs selected in the outline, in document order."""
        window = self._window
        outline = self._parts.outline
        model = self._parts.outline_model
        chosen = {model.paragraph_id(index) for index in outline.selectionModel().selectedRows()}
        current = window.current_paragraph()
        if current is not None:
            chosen.add(current)
        return [p.id for p in window.session.paragraphs_in_order()
                if p.id in chosen and p.kind is not ParagraphKind.HEADING]

    def save_selection(self) -> bool:
        """Save the selected paragraphs to a library through the Save to Library dialog."""
        from .library_dialogs import SaveToLibraryDialog

        window = self._window
        ids = self.selected_paragraphs()
        if not ids:
            window.statusBar().showMessage(
                self.tr("Select the paragraphs to save in the outline."), 4000)
            return False
        panel = self._parts.library
        store = panel.store()
        if store is None:
            window.show_error(self.tr("Cannot open the clause libraries"), panel.status.text())
            return False
        # Text typed a moment ago is in the model already: the editor pushes every keystroke.
        dialog = SaveToLibraryDialog(store, window.session.resolution, ids, window,
                                     library=self._last_library or panel.target_library() or "")
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            saved, name = dialog.saved, dialog.library_name
        finally:
            dialog.deleteLater()
        self._last_library = name
        self.last_saved = list(saved)
        panel.refresh_libraries()
        panel.run_search()
        count = len(saved)
        window.statusBar().showMessage(
            (self.tr("Saved 1 paragraph to the library “{name}”.") if count == 1 else
             self.tr("Saved {count} paragraphs to the library “{name}”.")).format(
                count=count, name=name), 6000
        )
        return True

    def _outline_menu(self, position: QPoint) -> None:
        outline = self._parts.outline
        index = outline.indexAt(position)
        if index.isValid() and not outline.selectionModel().isSelected(index):
            outline.setCurrentIndex(index)
        menu = QMenu(outline)
        menu.setObjectName("outlineMenu")
        for name in OUTLINE_MENU:
            if name == "-":
                menu.addSeparator()
            else:
                menu.addAction(self._window.ui_actions[name])
        self.popup(menu, outline.viewport().mapToGlobal(position))
        menu.deleteLater()

    def popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu until the drafter picks an entry or dismisses it."""
        menu.exec(where)

    # ------------------------------------------------------------------ similar wording

    def update_hint(self) -> list[object]:
        """Show the agreed language closest to the paragraph being edited."""
        self.hint_timer.stop()
        editor = self._parts.editor
        lead, content = editor.pending_text()
        words = " ".join([lead, *(getattr(item, "text", "") for item in content)])
        if editor.paragraph_id is None or len(words.split()) < HINT_MIN_WORDS:
            words = ""
        return list(self._parts.library.show_similar(words))

    def use_wording(self, paragraph: object, footnotes: object) -> bool:
        """Give the paragraph being edited a clause's wording, as one undoable step."""
        window = self._window
        target_id = window.current_paragraph()
        session = window.session
        target = session.paragraph(target_id) if target_id else None
        if target is None or target_id is None:
            window.statusBar().showMessage(
                self.tr("Select the paragraph whose wording to replace."), 4000)
            return False
        if not isinstance(paragraph, Paragraph) or not isinstance(footnotes, list):
            return False
        if target.kind is ParagraphKind.HEADING:
            window.statusBar().showMessage(
                self.tr("A heading cannot take a clause's wording."), 4000)
            return False
        notes: list[Footnote] = list(footnotes)

        def operation() -> edit.Undo:
            undo_text = edit.set_text(session.resolution, target_id, paragraph.lead,
                                      list(paragraph.content))
            old_provenance = target.provenance
            target.provenance = paragraph.provenance
            for note in notes:
                session.resolution.footnotes[note.id] = note

            def undo() -> None:
                for note in notes:
                    session.resolution.footnotes.pop(note.id, None)
                target.provenance = old_provenance
                undo_text()

            return undo

        session.new_burst()  # its own undo step, apart from the typing around it
        done = session.run(self.tr("Use agreed wording"), operation, paragraph_id=target_id)
        session.new_burst()
        if done:
            window.statusBar().showMessage(
                self.tr("The paragraph now has the library's wording."), 4000)
        return done
