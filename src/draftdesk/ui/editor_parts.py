"""The editor side of the main window, built when the first draft opens.

Kept apart from ``main_window`` so that the window can paint its start page before any of
this (or the model) is imported.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QScrollArea, QSplitter, QTabWidget, QWidget

from .annex_actions import AnnexActions
from .document_view import DocumentView
from .footnote_panel import FootnotePanel
from .i18n import translate
from .import_notes import ImportNotesPanel
from .layout import FOCUS_STYLE, WindowLayout
from .library_actions import LibraryActions
from .library_panel import LibraryPanel
from .outline import OutlineModel, OutlineView
from .paragraph_editor import ParagraphEditor
from .part_actions import PartActions
from .preview import PreviewPane
from .versions_actions import VersionsActions
from .versions_panel import VersionsPanel

if TYPE_CHECKING:
    from .host import EditorHost

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class UndoKeysToWindow(QObject):
    """Send Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the window's undo stack, never to a field's own.

    The window's Undo and Redo actions take the keys when they are enabled; when they are not
    (nothing to undo), the key press is swallowed here, so that a text field never undoes its
    own history (which holds the programmatic load of the paragraph) behind the stack's back.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not is_undo_key(event):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.ignore()  # let the window's shortcut have it
        else:
            event.accept()  # the shortcut was disabled: the key does nothing
        return True


def is_undo_key(event: QKeyEvent) -> bool:
    """Return True for the undo and redo keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the like)."""
    sequence = QKeySequence(event.keyCombination())
    bindings = [k for standard in UNDO_KEYS for k in QKeySequence.keyBindings(standard)]
    bindings.append(QKeySequence("Ctrl+Y"))
    return any(sequence.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in bindings)


class EditorParts:
    """The outline, paragraph editor, preview and footnotes panel of a window, with their docks."""

    def __init__(self, window: EditorHost) -> None:
        session = window.session
        window.setStyleSheet(FOCUS_STYLE)
        self.outline_model = OutlineModel(session, window)
        self.outline = OutlineView()
        self.outline.setModel(self.outline_model)
        self.editor = ParagraphEditor(session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.outline)
        self.preview = PreviewPane(session)
        # The paragraph form, or the annex form when an annex's row is selected.
        self.annex_actions = AnnexActions(window, self.outline, self.outline_model, self.editor,
                                          self.preview)
        # The part form takes that place when a further part's row is selected.
        self.part_actions = PartActions(window, self.outline, self.outline_model, self.editor,
                                        self.annex_actions.stack)
        self.splitter.addWidget(self.annex_actions.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 390])
        sizes = window.settings.splitter_state()
        if sizes is not None:
            self.splitter.restoreState(sizes)
        # Two ways to write, on the same model and undo stack: the outline with the
        # paragraph form, and the whole text as one document.
        self.document_view = DocumentView(session)
        self.views = QTabWidget()
        self.views.setObjectName("editorViews")
        self.views.setDocumentMode(True)
        self.views.addTab(self.splitter, translate("EditorParts", "Outline and &Form"))
        self.views.addTab(self.document_view, translate("EditorParts", "&Document"))
        window.stack.addWidget(self.views)
        self.preview_dock = self._dock(window, "previewDock",
                                       translate("EditorParts", "&Preview"), self.preview,
                                       Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+3")
        zoom = window.settings.preference("preview_zoom", "fit")
        if zoom != "fit":
            with contextlib.suppress(ValueError):
                self.preview.set_zoom(float(zoom))  # the zoom chosen in Preferences
        zoom_menu = window._view_menu.addMenu(translate("EditorParts", "Preview &Zoom"))
        zoom_menu.setObjectName("previewZoomMenu")
        zoom_menu.addActions(self.preview.zoom_actions)
        self.footnotes = FootnotePanel(session)
        self.footnote_dock = self._dock(window, "footnoteDock",
                                        translate("EditorParts", "&Footnotes"), self.footnotes,
                                        Qt.DockWidgetArea.BottomDockWidgetArea, "Ctrl+4")
        self.import_notes = ImportNotesPanel(session)
        self.import_notes_dock = self._dock(
            window, "importNotesDock", translate("EditorParts", "Import &Notes"), self.import_notes,
            Qt.DockWidgetArea.BottomDockWidgetArea, "Ctrl+7")
        window.tabifyDockWidget(self.footnote_dock, self.import_notes_dock)
        self.footnote_dock.raise_()
        self.library = LibraryPanel(load_later=True)
        # Scrolled, so that its width does not force the window wider than a small screen.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.library)
        # Beside the outline, never behind the preview's tab: the library and its
        # similar-wording hints must be in sight while the drafter writes.
        self.library_dock = self._dock(window, "libraryDock",
                                       translate("EditorParts", "Clause &Library"), scroller,
                                       Qt.DockWidgetArea.LeftDockWidgetArea, "Ctrl+5")
        self.library.insert_requested.connect(window.insert_clause)
        self.outline_model.clause_dropped = window.drop_clause
        window.resizeDocks([self.preview_dock], [650], Qt.Orientation.Horizontal)
        window.resizeDocks([self.footnote_dock], [150], Qt.Orientation.Vertical)
        self.layout = WindowLayout(window, self)
        state = window.settings.window_state()
        if state is not None and window.restoreState(state):
            self.layout.compact = self.layout.is_compact()  # the drafter's own arrangement
            self.layout.rescue()
            self.layout.stack_footnotes()
        else:
            self.layout.arrange(force=True)
        self.reset_layout_action = window._view_menu.addAction(
            translate("EditorParts", "&Reset Layout"), self.layout.reset)
        self.reset_layout_action.setObjectName("resetLayoutAction")
        self.reset_layout_action.setStatusTip(
            translate("EditorParts", "Put every panel back in its place, shown"))
        undo_filter = window._undo_filter
        assert undo_filter is not None
        for widget in (self.editor.lead, self.editor.text, self.footnotes.text, self.document_view):
            widget.installEventFilter(undo_filter)
        self.outline.current_paragraph_changed.connect(window._paragraph_selected)
        self.outline.indent_requested.connect(window.ui_actions["indent"].trigger)
        self.outline.outdent_requested.connect(window.ui_actions["outdent"].trigger)
        self.outline.delete_requested.connect(window.delete_paragraph)
        self.outline_model.modelReset.connect(window._reselect)
        self.editor.new_paragraph_requested.connect(window.new_sibling)
        self.editor.paragraphs_created.connect(window.show_new_paragraph)
        self.footnotes.cite_requested.connect(window.cite_footnote)
        self.import_notes.paragraph_requested.connect(window.select_paragraph)
        self.library_actions = LibraryActions(window, self)
        self.versions_actions = VersionsActions(window, self.editor, self.preview)
        self.versions = VersionsPanel(self.versions_actions)
        # Hidden until the drafter asks for it (View ▸ Versions, Ctrl+6, or a saved version):
        # the window opens on the outline, the text, the library and the preview.
        self.versions_dock = self._dock(window, "versionsDock",
                                        translate("EditorParts", "&Versions"), self.versions,
                                        Qt.DockWidgetArea.LeftDockWidgetArea, "Ctrl+6",
                                        shown=False)
        if window.settings.window_state() is not None:
            window.restoreDockWidget(self.versions_dock)  # where the drafter put it last
            self.versions_dock.hide()
        self.versions_actions.dock = self.versions_dock
        self.document_view.paragraph_entered.connect(self._document_caret_moved)
        self.document_view.paste_requested.connect(self._paste_in_document)
        self.views.currentChanged.connect(self._view_changed)
        self._window = window
        self.document_action = window._view_menu.addAction(
            translate("EditorParts", "&Document View"))
        self.document_action.setObjectName("documentViewAction")
        self.document_action.setShortcut(QKeySequence("Ctrl+8"))
        self.document_action.setCheckable(True)
        self.document_action.toggled.connect(
            lambda on: self.views.setCurrentIndex(1 if on else 0))
        window.addAction(self.document_action)
        window._dock_visible = {dock.objectName(): not dock.isHidden() for dock in self.docks}
        for dock in self.docks:
            dock.hide()

    def document_in_use(self) -> bool:
        """Say whether the drafter is writing in the document view."""
        return self.views.currentWidget() is self.document_view

    def _view_changed(self, index: int) -> None:
        self.document_action.setChecked(index == 1)
        if index == 1:
            current = self.editor.paragraph_id
            self.editor.commit()
            self.document_view.setFocus()
            if current:
                self.document_view.place_caret(current, 0)
        else:
            target = self.document_view.caret_target()
            if target:
                self._document_caret_moved(target[0])

    def _document_caret_moved(self, paragraph_id: str) -> None:
        """Keep the outline, the form and the preview on the paragraph being typed."""
        self.outline.select_paragraph(paragraph_id)
        self.editor.set_paragraph(paragraph_id)
        self.preview.show_paragraph(paragraph_id)

    def _paste_in_document(self, chunks: list[str], paragraph_id: str, offset: int) -> None:
        """Paste whole paragraphs by the form's rules, then go on typing in the document."""
        self.editor.set_paragraph(paragraph_id)
        cursor = self.editor.text.textCursor()
        cursor.setPosition(min(offset, self.editor.text.document().characterCount() - 1))
        self.editor.text.setTextCursor(cursor)
        created: list[str] = []
        self.editor.paragraphs_created.connect(created.append)
        try:
            self.editor.paste_paragraphs(chunks)
        finally:
            self.editor.paragraphs_created.disconnect(created.append)
        last = created[-1] if created else paragraph_id
        view = self.document_view
        view.setFocus()
        paragraph = self._window.session.paragraph(last)
        if paragraph is not None:
            view.place_caret(last, sum(len(i.text) if hasattr(i, "text") else 1
                                       for i in paragraph.content))

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        """Return the panels docked around the editor."""
        return (self.preview_dock, self.footnote_dock, self.library_dock, self.versions_dock,
                self.import_notes_dock)

    @staticmethod
    def _dock(window: EditorHost, name: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea, shortcut: str, shown: bool = True) -> QDockWidget:
        dock = QDockWidget(title.replace("&", ""), window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        if not shown:
            dock.hide()  # before it joins the window, which would otherwise grow to fit it
        window.addDockWidget(area, dock)
        if shown:
            dock.show()  # shown unless the saved layout says otherwise
        toggle = dock.toggleViewAction()
        toggle.setText(title)
        toggle.setShortcut(QKeySequence(shortcut))
        window._view_menu.addAction(toggle)
        window.addAction(toggle)
        return dock
