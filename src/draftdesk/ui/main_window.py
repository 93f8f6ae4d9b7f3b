"""The main window: start page or editor, menus, files, autosave, export."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QStackedWidget, QWidget

from ..errors import DraftDeskError
from ..resources import resource_path
from .actions import MENUS, Actions
from .first_paint import after_first_paint
from .host import EditorHost
from .i18n import QT_TRANSLATE_NOOP, localized, translate
from .open_files import (
    ADOPTED_FILTER,
    IMPORTED_SUFFIXES,
    OPEN_FILTER,
    dropped_files,
    is_slow,
    shown_filter,
)
from .open_files import run_busy as _run_busy
from .settings import Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
    from PySide6.QtWidgets import QDockWidget, QMessageBox, QSplitter

    from ..model.document import Resolution, Sponsor
    from .editor_parts import EditorParts
    from .footnote_panel import FootnotePanel
    from .library_panel import LibraryPanel
    from .outline import OutlineModel, OutlineView
    from .paragraph_editor import ParagraphEditor
    from .preview import PreviewPane
    from .recovery import RecoveryCopy
    from .session import Session

APP_TITLE = "DraftDesk"
VERSION = "0.1.0"
DRAFT_SUFFIX = ".draftdesk"  # as in draftdesk.storage, which loads only when a file does
# File filters and kinds are translated where they are shown, in the context "MainWindow".
DRAFT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "DraftDesk drafts (*.draftdesk);;All files (*)")
TEXT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Text files (*.txt);;All files (*)")
WORD_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Word documents (*.docx)")
# Files people try to open that DraftDesk does not read, with what they are.
DOCUMENT_KINDS = {".doc": QT_TRANSLATE_NOOP("MainWindow", "a Word 97-2003 document"),
                  ".odt": QT_TRANSLATE_NOOP("MainWindow", "an OpenDocument text"),
                  ".rtf": QT_TRANSLATE_NOOP("MainWindow", "an RTF document")}
SCREEN_SHARE = 0.9  # of the available screen taken by a first window
MAX_FIRST_SIZE = (1600, 1000)
START, EDITOR = 0, 1
# Actions that need an open draft.
EDITING_ACTIONS = (
    "save", "save_as", "details", "italic", "export_docx", "export_manuscript", "export_pdf",
    "export_text", "print",
    "close_draft", "move_up", "move_down",
    "indent", "outdent", "delete_paragraph", "new_preambular", "new_operative", "new_subparagraph",
    "new_heading", "new_annex", "remove_annex", "new_part", "remove_part", "insert_footnote",
    "cite_footnote",
    "insert_cross_reference", "insert_clause",
    "save_to_library", "save_version", "compare_versions", "set_base_text", "export_changes",
    "preview_changes",
    "focus_outline", "focus_editor", "refresh_preview",
)
# The clause library's body codes, by the draft's body.
LIBRARY_BODIES = {
    "ga_plenary": "ga", "ga_committee": "ga", "ga_emergency_special_session": "ga",
    "security_council": "sc", "ecosoc": "ecosoc", "human_rights_council": "hrc",
}


AFTER_PAINT_AT_LATEST_MS = 2000  # should the window not paint (minimized, hidden)


def after_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget`` has painted (or after a while, should it never paint or be
    closed first)."""
    after_first_paint(widget, work, fallback_ms=AFTER_PAINT_AT_LATEST_MS, even_if_destroyed=True)


def collect_garbage_after_paint(widget: QWidget) -> None:
    """Hold Python's cycle collector back until ``widget`` has painted.

    Reading and showing a long draft makes tens of thousands of objects; meanwhile the
    collector would scan every live object several times over, before the draft is painted.
    """
    if gc.isenabled():
        gc.disable()
        after_paint(widget, gc.enable)


def load_editor_modules() -> None:
    """Load the modules that read drafts and show them, a piece at a time while idle."""
    from ..storage import load_draft  # noqa: F401 - loaded for File > Open

    QTimer.singleShot(0, _load_editor_widgets)


def _load_editor_widgets() -> None:
    from .editor_parts import EditorParts  # noqa: F401 - loaded for the first draft


def app_icon() -> QIcon:
    """Return the application icon."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for name in ("draftdesk.svg", "draftdesk.png"):
        path = resource_path("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


# Files a draft must never be written over: texts it may come from and documents it exports.
_FOREIGN_SUFFIXES = (".txt", ".docx", ".doc", ".pdf", ".odt", ".rtf")


def draft_path_for(name: str) -> Path:
    """Return where Save As writes: always a .draftdesk name, never over a text or document.

    "gfmd.docx" becomes "gfmd.draftdesk"; "draft v1.2" becomes "draft v1.2.draftdesk".
    """
    path = Path(name)
    if path.suffix.lower() == DRAFT_SUFFIX:
        return path
    if path.suffix.lower() in _FOREIGN_SUFFIXES:
        return path.with_suffix(DRAFT_SUFFIX)
    return path.with_name(path.name.rstrip(".") + DRAFT_SUFFIX)


def suggested_name(symbol: str, title: str) -> str:
    """Return the file name Save offers a new draft: from its symbol, else its title.

    "A/62/L.25" gives "A-62-L.25.draftdesk"; "Global Forum on Migration and Development"
    gives "Global Forum on Migration and Development.draftdesk".
    """
    import re

    stem = symbol.replace("/", "-") if symbol else " ".join(title.split()[:10])
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", stem).strip(" .")
    return (stem or "draft")[:80] + DRAFT_SUFFIX


def _name_save_buttons() -> None:
    """Give the unsaved-changes question's Save and Discard buttons their access keys."""
    from PySide6.QtWidgets import QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        for which, text in ((QMessageBox.StandardButton.Save, translate("MainWindow", "&Save")),
                            (QMessageBox.StandardButton.Discard,
                             translate("MainWindow", "&Discard"))):
            button = box.button(which)
            if button is not None:
                button.setText(text)


class MainWindow(EditorHost):
    """The DraftDesk window."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self._session: Session | None = None  # made when first needed, after the first paint
        self.ui_actions = Actions(self)
        # The icon waits until the window has painted: it is not needed for the first
        # picture and costs start-up time.
        self._icon_set = False
        after_first_paint(self, self._finish_start)
        self.export_message: QMessageBox | None = None
        self.last_export: Path | None = None
        self._saved_revision = -1
        self._recovery: RecoveryCopy | None = None  # this window's crash copy, made when needed

        # Central area: the start page now; the editor and its panels when a draft opens, so
        # that the first window paints without building (or importing) them.
        self.stack = QStackedWidget()
        self.start_page = self._make_start_page()
        # The start page's width must not hold the editor and its panels wider than a small
        # screen: the stack's minimum is its other pages'.
        self.start_page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self._parts: EditorParts | None = None
        self._undo_filter: QObject | None = None  # made with the editor

        self._build_menus()
        self._connect()
        self.setAcceptDrops(True)  # drafts, PDFs, Word files and texts dropped on the window
        self.statusBar().showMessage(self.tr("Ready"), 2000)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.setInterval(int(self.settings.autosave_seconds * 1000))
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        self._dock_visible: dict[str, bool] = {}
        self._show_page(START)
        self._update_title()
        # While the start page waits for the drafter, load what opening a draft needs.
        after_paint(self.start_page, load_editor_modules)

    # ================================================================ construction

    def fit_to_screen(self) -> None:
        """Size and centre the window on the available part of its screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(*MAX_FIRST_SIZE)
            return
        area = screen.availableGeometry()
        width = min(int(area.width() * SCREEN_SHARE), MAX_FIRST_SIZE[0])
        height = min(int(area.height() * SCREEN_SHARE), MAX_FIRST_SIZE[1])
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def _finish_start(self) -> None:
        if self._icon_set:
            return
        self._icon_set = True
        icon = app_icon()
        self.setWindowIcon(icon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setWindowIcon(icon)  # dialogs and the wizard too

    def _make_start_page(self) -> QWidget:
        from .start_page import StartPage

        page = StartPage(self.settings.recent_files())
        page.new_draft_requested.connect(self.new_draft)
        page.open_requested.connect(self.open_dialog)
        page.import_requested.connect(self.import_paste)
        page.rollover_requested.connect(self.rollover_dialog)
        page.recent_requested.connect(lambda path: self.open_path(Path(path)))
        page.example_requested.connect(self.open_example)
        return page

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for title, names in MENUS:
            menu = bar.addMenu(translate("Actions", title))
            menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
            for name in names:
                if name == "-":
                    menu.addSeparator()
                elif name == "recent":
                    menu.addMenu(self.recent_menu)
                elif name == "docks":
                    menu.addSeparator()
                    self._view_menu = menu  # the panels' toggles join when they exist
                else:
                    menu.addAction(self.ui_actions[name])
        # Actions live on the window too, so their shortcuts work wherever the focus is.
        for action in self.ui_actions:
            self.addAction(action)

    def _connect(self) -> None:
        a = self.ui_actions
        a["new"].triggered.connect(self.new_draft)
        a["rollover"].triggered.connect(self.rollover_dialog)
        a["open"].triggered.connect(self.open_dialog)
        a["save"].triggered.connect(self.save)
        a["save_as"].triggered.connect(self.save_as)
        a["details"].triggered.connect(self.edit_details)
        a["import_file"].triggered.connect(self.import_file_dialog)
        a["import_paste"].triggered.connect(self.import_paste)
        a["export_docx"].triggered.connect(self.export_dialog)
        for name in ("export_manuscript", "export_pdf", "export_text"):
            a[name].triggered.connect(lambda _checked=False, n=name: self._export_output(n))
        a["print"].triggered.connect(self._print)
        a["close_draft"].triggered.connect(self.close_draft)
        a["quit"].triggered.connect(self.close)
        for name in ("cut", "copy", "paste", "select_all"):
            a[name].triggered.connect(lambda _checked=False, n=name: self._edit_focused(n))
        a["undo"].triggered.connect(lambda: self._step_history(undo=True))
        a["redo"].triggered.connect(lambda: self._step_history(undo=False))
        a["italic"].triggered.connect(lambda: self.editor.toggle_italic())
        a["move_up"].triggered.connect(lambda: self._on_current(self.session.move_up))
        a["move_down"].triggered.connect(lambda: self._on_current(self.session.move_down))
        a["indent"].triggered.connect(lambda: self._on_current(self.session.indent))
        a["outdent"].triggered.connect(lambda: self._on_current(self.session.outdent))
        a["delete_paragraph"].triggered.connect(self.delete_paragraph)
        a["new_preambular"].triggered.connect(self.new_preambular)
        a["new_operative"].triggered.connect(self.new_operative)
        a["new_subparagraph"].triggered.connect(self.new_subparagraph)
        a["new_heading"].triggered.connect(self.new_heading)
        a["insert_footnote"].triggered.connect(self.insert_footnote)
        a["cite_footnote"].triggered.connect(self.cite_footnote_dialog)
        a["insert_cross_reference"].triggered.connect(self.insert_cross_reference)
        a["insert_clause"].triggered.connect(self.show_library)
        a["focus_outline"].triggered.connect(lambda: self.outline.setFocus())
        a["focus_editor"].triggered.connect(lambda: self.editor.text.setFocus())
        a["refresh_preview"].triggered.connect(lambda: self.preview.rebuild())
        a["about"].triggered.connect(self.about)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["user_guide"].triggered.connect(self.show_user_guide)
        a["preferences"].triggered.connect(self.edit_preferences)

    def _export_output(self, action_name: str) -> None:
        # The output dialogs load with their first use, not on the way to the first paint.
        from . import output_actions

        output = {"export_manuscript": output_actions.MANUSCRIPT, "export_pdf": output_actions.PDF,
                  "export_text": output_actions.TEXT}[action_name]
        output_actions.export_dialog(self, output)

    def _print(self) -> None:
        from . import output_actions

        output_actions.print_draft(self)

    # ================================================================ the editor, built on demand

    @property
    def session(self) -> Session:
        """Return the open draft's session (an empty one before any draft is open)."""
        if self._session is None:
            from .session import Session

            self._session = Session(parent=self)
            self._attach_session(self._session)
        return self._session

    def _editor_parts(self) -> EditorParts:
        if self._parts is None:
            from .editor_parts import EditorParts, UndoKeysToWindow

            self._finish_start()  # in case a draft opens before the event loop runs
            self._undo_filter = UndoKeysToWindow(self)
            self._parts = EditorParts(self)
        return self._parts

    @property
    def outline_model(self) -> OutlineModel:
        """Return the outline's model."""
        return self._editor_parts().outline_model

    @property
    def outline(self) -> OutlineView:
        """Return the outline tree."""
        return self._editor_parts().outline

    @property
    def editor(self) -> ParagraphEditor:
        """Return the paragraph editor."""
        return self._editor_parts().editor

    @property
    def splitter(self) -> QSplitter:
        """Return the splitter between outline and editor."""
        return self._editor_parts().splitter

    @property
    def preview(self) -> PreviewPane:
        """Return the preview pane."""
        return self._editor_parts().preview

    @property
    def preview_dock(self) -> QDockWidget:
        """Return the preview's dock."""
        return self._editor_parts().preview_dock

    @property
    def footnotes(self) -> FootnotePanel:
        """Return the footnotes panel."""
        return self._editor_parts().footnotes

    @property
    def footnote_dock(self) -> QDockWidget:
        """Return the footnotes panel's dock."""
        return self._editor_parts().footnote_dock

    @property
    def library(self) -> LibraryPanel:
        """Return the clause library panel."""
        return self._editor_parts().library

    @property
    def library_dock(self) -> QDockWidget:
        """Return the clause library's dock."""
        return self._editor_parts().library_dock

    @property
    def editor_built(self) -> bool:
        """Return True once the editor widgets exist."""
        return self._parts is not None

    def _attach_session(self, session: Session) -> None:
        session.clean_changed.connect(self._update_title)
        session.clean_changed.connect(self._clean_changed)
        session.path_changed.connect(self._update_title)
        session.error.connect(lambda message: self.statusBar().showMessage(
            message[:1].upper() + message[1:], 5000))
        session.undo_stack.canUndoChanged.connect(self._update_actions)
        session.undo_stack.canRedoChanged.connect(self._update_actions)
        session.changed.connect(self._session_changed)
        self._update_title()
        self._update_actions()

    # ================================================================ state

    @property
    def editing(self) -> bool:
        """Return True when a draft is open in the editor."""
        return self.stack.currentIndex() == EDITOR

    def _show_page(self, page: int) -> None:
        if page == START and self._parts is None:
            self.stack.setCurrentIndex(START)
            self._update_actions()
            return
        docks = self._editor_parts().docks
        if self.stack.currentIndex() == EDITOR and page == START:
            # Remember which panels the drafter had open, to bring them back with a draft.
            self._dock_visible = {dock.objectName(): dock.isVisible() for dock in docks}
        self.stack.setCurrentIndex(page)
        for dock in docks:
            dock.setVisible(page == EDITOR and self._dock_visible.get(dock.objectName(), True))
        self._update_actions()

    def _update_title(self, *_args: object) -> None:
        if self.editing:
            self.setWindowTitle(f"{self.session.display_name}[*] — {APP_TITLE}")
            self.setWindowModified(self.session.dirty)
        else:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)

    def _update_actions(self, *_args: object) -> None:
        editing = self.editing
        for name in EDITING_ACTIONS:
            self.ui_actions[name].setEnabled(editing)
        if self._session is None:
            self.ui_actions["undo"].setEnabled(False)
            self.ui_actions["redo"].setEnabled(False)
            return
        stack = self._session.undo_stack
        self.ui_actions["undo"].setEnabled(editing and stack.canUndo())
        self.ui_actions["redo"].setEnabled(editing and stack.canRedo())
        self.ui_actions["undo"].setText(
            self.tr("&Undo {change}").format(change=stack.undoText()).rstrip())
        self.ui_actions["redo"].setText(
            self.tr("&Redo {change}").format(change=stack.redoText()).rstrip())

    def _clean_changed(self, clean: bool) -> None:
        # Undone back to the saved state: there is nothing left to recover.
        if clean and self._session is not None and not self._session.dirty:
            self._remove_recovery_copy()
            self._saved_revision = -1

    def _session_changed(self, kind: str, _paragraph_id: object) -> None:
        if kind != "text":
            self._update_actions()

    def _edit_focused(self, name: str) -> None:
        """Cut, copy, paste or select all in the focused text field."""
        widget = QApplication.focusWidget()
        method = {"cut": "cut", "copy": "copy", "paste": "paste", "select_all": "selectAll"}[name]
        function = getattr(widget, method, None)
        if callable(function):
            function()

    def _step_history(self, undo: bool) -> None:
        """Undo or redo, then show the paragraph the change was about, as Word does."""
        session = self.session
        session.last_changed = None
        if undo:
            session.undo_stack.undo()
        else:
            session.undo_stack.redo()
        changed = session.last_changed
        if changed and changed != self.current_paragraph() and session.paragraph(changed):
            self.select_paragraph(changed)

    def current_paragraph(self) -> str | None:
        """Return the id of the paragraph being edited."""
        return self.editor.paragraph_id

    def _paragraph_selected(self, paragraph_id: object) -> None:
        if isinstance(paragraph_id, str) or paragraph_id is None:
            if paragraph_id != self.editor.paragraph_id:
                self.editor.set_paragraph(paragraph_id)
                self.preview.show_paragraph(paragraph_id)

    def select_paragraph(self, paragraph_id: str | None) -> None:
        """Select a paragraph in the outline and the editor."""
        self.outline.select_paragraph(paragraph_id)
        self.editor.set_paragraph(paragraph_id)
        self.preview.show_paragraph(paragraph_id)

    def _reselect(self) -> None:
        current = self.editor.paragraph_id
        if current and self.session.paragraph(current) is not None:
            self.outline.blockSignals(True)
            self.outline.select_paragraph(current)
            self.outline.blockSignals(False)

    def _on_current(self, operation: object) -> None:
        paragraph_id = self.current_paragraph()
        if paragraph_id is None:
            self.statusBar().showMessage(self.tr("Select a paragraph first."), 4000)
            return
        assert callable(operation)
        operation(paragraph_id)

    # ================================================================ sessions and files

    def set_session(self, session: Session) -> None:
        """Show a draft in the editor."""
        old = self._session
        self._session = session
        session.setParent(self)
        self._editor_parts()
        self.outline_model.set_session(session)
        self.editor.set_session(session)
        self.preview.set_session(session)
        self.footnotes.set_session(session)
        self._editor_parts().document_view.set_session(session)
        self._editor_parts().versions_actions.set_session(session)
        self._editor_parts().import_notes.set_session(session)
        self._editor_parts().annex_actions.set_session(session)
        self._editor_parts().part_actions.set_session(session)
        self._attach_session(session)
        if old is not None and old is not session:
            old.deleteLater()
        self._saved_revision = session.revision
        self.library.set_body(LIBRARY_BODIES.get(session.resolution.metadata.body.value))
        self.library.set_language(session.resolution.metadata.language)
        self._show_page(EDITOR)
        self._show_import_notes()
        first = next((p.id for _part, p in session.resolution.walk()), None)
        self.select_paragraph(first)
        self._update_title()
        self.outline.setFocus()

    def _show_import_notes(self) -> None:
        """Show the import notes panel, in front, when the draft has notes; else hide it."""
        parts = self._editor_parts()
        if parts.import_notes.has_notes():
            parts.import_notes_dock.show()
            parts.import_notes_dock.raise_()
        else:
            parts.import_notes_dock.hide()

    def open_resolution(self, resolution: Resolution, path: Path | None = None,
                        dirty: bool = False, suggested_path: Path | None = None) -> None:
        """Open a resolution in the editor (from a file, an import or the wizard).

        ``suggested_path`` is the file Save offers for a draft that has none yet.
        """
        from .session import Session

        collect_garbage_after_paint(self.stack)
        session = Session(resolution, path)
        session.suggested_path = suggested_path
        if dirty:
            session.mark_dirty()
        self.set_session(session)

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; return False when the user cancels."""
        from PySide6.QtWidgets import QMessageBox

        if not self.editing or not self.session.dirty:
            return True
        QTimer.singleShot(0, _name_save_buttons)  # keys for Save and Discard
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” before closing it?").format(
                name=self.session.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_draft(self) -> None:
        """Start a new draft through the guided form."""
        from PySide6.QtWidgets import QDialog

        if not self.maybe_save():
            return
        from .new_draft_wizard import NewDraftWizard

        wizard = NewDraftWizard(parent=self)
        from ..model.document import Body

        preferred = self.settings.preference("default_body", Body.GA_PLENARY.value)
        if preferred in {body.value for body in Body}:
            wizard.body_page.set_body(Body(preferred))  # the body chosen in Preferences
        try:
            if wizard.exec() == QDialog.DialogCode.Accepted:
                self.open_resolution(wizard.resolution(), dirty=True)
        finally:
            wizard.deleteLater()

    def open_dialog(self) -> None:
        """Ask for a draft, an official PDF, a Word file or a text, and open it."""
        from PySide6.QtWidgets import QFileDialog

        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open"), self.settings.last_folder(),
            shown_filter(OPEN_FILTER)
        )
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a draft, or read a PDF, Word file or text into a new draft.

        Say what is wrong in a dialog when the file cannot be read; the open draft stays.
        """
        if ask and not self.maybe_save():
            return False
        if path.suffix.lower() in IMPORTED_SUFFIXES:
            return self.import_path(path, ask=False)
        kind = DOCUMENT_KINDS.get(path.suffix.lower())
        if kind is not None:
            self.show_error(
                self.tr("Cannot open the file"),
                self.tr("{name} is {kind}: DraftDesk opens .draftdesk drafts, PDF, Word (.docx) "
                        "and text files; save it as .docx, or copy the text and use Import "
                        "text.").format(name=path.name, kind=self.tr(kind)),
            )
            return False
        from ..storage import load_draft

        collect_garbage_after_paint(self.stack)
        try:
            resolution = load_draft(path)
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot open the draft"), error)
            return False
        self.open_resolution(resolution, path)
        self._remember(path, write_now=False)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 4000)
        return True

    def open_example(self) -> None:
        """Import the bundled 2007 draft."""
        # Untitled: the bundled file's folder is no place for the drafter's work.
        self.import_path(resource_path("example-gfmd-2007.txt"), name_after_file=False)

    def _remember(self, path: Path, write_now: bool = True) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path.parent)
        if write_now:
            self.settings.sync()
        else:
            after_paint(self.stack, self.settings.sync)  # the disk waits for the draft shown
        refresh = getattr(self.start_page, "set_recent_files", None)
        if callable(refresh):
            refresh(self.settings.recent_files())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent drafts")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        refresh = getattr(self.start_page, "set_recent_files", None)
        if callable(refresh):
            refresh([])

    def save(self) -> bool:
        """Save the draft to its file (asking for a name the first time)."""
        if not self.editing:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        """Save the draft under a new name."""
        from PySide6.QtWidgets import QFileDialog

        if not self.editing:
            return False
        start = str(self.session.path or self.session.suggested_path
                    or Path(self.settings.last_folder()) / suggested_name(
                        self.session.resolution.metadata.symbol,
                        self.session.resolution.metadata.title))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save draft as"), start,
                                              self.tr(DRAFT_FILTER))
        if not name:
            return False
        return self._save_to(draft_path_for(name))

    def _save_to(self, path: Path) -> bool:
        from ..storage import save_draft

        if self.editor_built:
            self.editor.commit()

        try:
            save_draft(self.session.resolution, path)
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot save the draft"), error)
            return False
        self.session.mark_saved(path)
        self._remember(path)
        self._remove_recovery_copy()
        self._saved_revision = self.session.revision
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def close_draft(self) -> bool:
        """Close the draft and go back to the start page."""
        if not self.maybe_save():
            return False
        from .session import Session

        self.session.undo_stack.clear()
        self.set_session(Session())
        self._show_page(START)
        self._update_title()
        self._remove_recovery_copy()
        return True

    def edit_details(self) -> None:
        """Edit the draft's title, sponsors, symbol and other cover details."""
        from .details_dialog import DetailsDialog

        if not self.editing:
            return
        # Every field on one tabbed form, with the New draft form's checks; Apply at any time.
        dialog = DetailsDialog(self.session, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ---------------------------------------------------------------- import

    def import_file_dialog(self) -> None:
        """Ask for a text file and import it."""
        from PySide6.QtWidgets import QFileDialog

        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import text file"), self.settings.last_folder(), self.tr(TEXT_FILTER)
        )
        if name:
            self.import_path(Path(name), ask=False)

    def import_path(self, path: Path, ask: bool = True, name_after_file: bool = True) -> bool:
        """Import a text file as a new, unsaved draft.

        Save then offers the text file's name with the draft suffix, in the same folder.
        """
        if ask and not self.maybe_save():
            return False
        from ..importers import import_file

        try:
            resolution = _run_busy(self, self.tr("Reading {name}…").format(name=path.name),
                                   lambda: import_file(path), show=is_slow(path))
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot read the file"), error)
            return False
        suggested = path.with_suffix(DRAFT_SUFFIX) if name_after_file else None
        self.open_resolution(resolution, dirty=True, suggested_path=suggested)
        self.statusBar().showMessage(self.tr("Imported {name}").format(name=path.name), 4000)
        return True

    # ---------------------------------------------------------------- rollover

    def rollover_dialog(self) -> None:
        """Ask for last year's adopted resolution and open next session's draft made from it."""
        from PySide6.QtWidgets import QFileDialog

        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("New draft from an adopted resolution"), self.settings.last_folder(),
            shown_filter(ADOPTED_FILTER),
        )
        if name:
            self.rollover_path(Path(name), ask=False)

    def rollover_path(self, path: Path, ask: bool = True) -> bool:
        """Open next session's draft, made from the adopted resolution in ``path``, unsaved.

        Last year's sponsors, when the file names them, are offered; the import notes list
        every change made.
        """
        if ask and not self.maybe_save():
            return False
        from ..rollover import roll_over_file

        try:
            result = _run_busy(self, self.tr("Reading {name}…").format(name=path.name),
                               lambda: roll_over_file(path), show=is_slow(path))
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot roll the resolution over"), error)
            return False
        draft = result.draft
        if result.previous_sponsors and self._keep_sponsors(result.previous_sponsors):
            draft.metadata.sponsors = result.previous_sponsors
        # Named after the source, beside it: never the source itself.
        suggested = path.with_name(
            self.tr("{name} next session").format(name=path.stem) + DRAFT_SUFFIX)
        self.open_resolution(draft, dirty=True, suggested_path=suggested)
        self.settings.set_last_folder(path.parent)
        self.statusBar().showMessage(
            self.tr("Next session's draft from {name}: check the import notes").format(
                name=result.source_name), 8000)
        return True

    def _keep_sponsors(self, sponsors: list[Sponsor]) -> bool:
        """Ask whether the new draft starts with last year's sponsors."""
        from PySide6.QtWidgets import QMessageBox

        from ..model.words import join_and

        answer = QMessageBox.question(
            self, self.tr("Last year's sponsors"),
            self.tr("Last year's sponsors were {names}. Start the new draft with them? (You can "
                    "change them in Draft Details.)").format(
                names=join_and([s.name for s in sponsors])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept a drafts, PDF, Word or text file dragged over the window."""
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        """Keep accepting the file while it moves over the window."""
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open the first file dropped, as File ▸ Open does."""
        paths = dropped_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(paths) > 1:
            self.statusBar().showMessage(
                self.tr("Opening {name}; one file at a time").format(name=paths[0].name), 5000)
        # After the drop returns, so that the program the file came from is not kept waiting
        # while DraftDesk asks about unsaved changes or reads a long PDF.
        QTimer.singleShot(0, lambda: self.open_path(paths[0]))

    def import_paste(self) -> None:
        """Import a draft from pasted text."""
        from PySide6.QtWidgets import QDialog

        if not self.maybe_save():
            return
        from .dialogs import PasteTextDialog

        dialog = PasteTextDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text, source = dialog.pasted(), dialog.source
        finally:
            dialog.deleteLater()
        self.import_text(text, source)

    def import_text(self, text: str, source: str = "") -> bool:
        """Import text as a new, unsaved draft."""
        from ..importers import import_text

        try:
            resolution = import_text(text, source or self.tr("pasted text"))
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot import the text"), error)
            return False
        self.open_resolution(resolution, dirty=True)
        return True

    # ---------------------------------------------------------------- export

    def export_dialog(self) -> None:
        """Ask where to write the Word file, then export."""
        from PySide6.QtWidgets import QFileDialog

        if not self.editing:
            return
        if self.editor_built:
            self.editor.commit()
        if not self.confirm_export():
            return
        named = self.session.path or self.session.suggested_path
        base = named.with_suffix(".docx") if named else (
            Path(self.settings.last_folder()) / (self.tr("draft") + ".docx"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Word"), str(base),
                                              self.tr(WORD_FILTER))
        if name:
            path = Path(name)
            if path.suffix.lower() != ".docx":
                path = path.with_suffix(".docx")
            self.export_to(path)

    def confirm_export(self) -> bool:
        """List broken references and empty paragraphs; return False when the user cancels."""
        from PySide6.QtWidgets import QMessageBox

        problems = self.session.export_problems()
        if not problems:
            return True
        listed = "\n".join(f"• {problem}" for problem in problems[:20])
        if len(problems) > 20:
            listed += "\n" + self.tr("… and {count} more.").format(count=len(problems) - 20)
        answer = QMessageBox.question(
            self, self.tr("Check before export"),
            self.tr("The exported document would show these problems:\n\n{problems}\n\n"
                    "Export anyway (Yes), or cancel and fix them first?").format(problems=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, path: Path) -> bool:
        """Export the draft to ``path`` with a progress dialog; report the outcome."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.tr("Writing the Word document…"), "", 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export to Word"))
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_progress_values: list[tuple[int, int]] = []

        def report(done: int, total: int) -> None:
            self.export_progress_values.append((done, total))
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            QApplication.processEvents()

        try:
            from ..export import export_docx

            export_docx(self.session.resolution, path, progress=report)
        except DraftDeskError as error:
            progress.close()
            self.show_error(self.tr("Export failed"), error)
            return False
        except Exception as error:  # noqa: BLE001 - the window must survive any export bug
            progress.close()
            self.show_error(self.tr("Export failed"), f"{path}: {type(error).__name__}: {error}")
            return False
        finally:
            progress.deleteLater()
        progress.close()
        self.last_export = path
        self._export_done(path)
        return True

    def _export_done(self, path: Path,
                     what: str = QT_TRANSLATE_NOOP("OutputActions", "Word document")) -> None:
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox, QPushButton

        box = QMessageBox(self)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setText(self.tr("The {what} was written to\n{path}").format(
            what=translate("OutputActions", what), path=path))
        open_button = box.addButton(self.tr("&Open Document"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in &Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: QPushButton) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is folder_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        self.export_message = box
        box.destroyed.connect(self._forget_export_message)
        box.open()  # not modal to the event loop: the window keeps working
        self.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 6000)

    def _forget_export_message(self) -> None:
        self.export_message = None

    # ================================================================ composing

    def new_preambular(self) -> None:
        """Add a preambular paragraph after the current one."""
        self._select_new(self.session.add_preambular(self.current_paragraph()))

    def new_operative(self) -> None:
        """Add an operative paragraph after the current one."""
        self._select_new(self.session.add_operative(self.current_paragraph()))

    def new_subparagraph(self) -> None:
        """Add a sub-paragraph under the current paragraph."""
        current = self.current_paragraph()
        if current is None:
            self.statusBar().showMessage(
                self.tr("Select the paragraph to add a sub-paragraph to."), 4000)
            return
        self._select_new(self.session.add_subparagraph(current))

    def new_heading(self) -> None:
        """Add a section heading."""
        self._select_new(self.session.add_heading(self.current_paragraph()))

    def new_sibling(self) -> None:
        """Add a paragraph of the same kind right after the current one (Enter in the text)."""
        current = self.current_paragraph()
        if current is None:
            return
        from ..model.document import Part

        location = self.session.location_after(current, Part.OPERATIVE)
        self._select_new(self.session.insert_paragraph(location))

    def show_new_paragraph(self, paragraph_id: str) -> None:
        """Select a paragraph just made (by a split or a paste) and put the cursor in it."""
        self._select_new(self.session.paragraph(paragraph_id))

    def _select_new(self, paragraph: object) -> None:
        paragraph_id = getattr(paragraph, "id", None)
        if paragraph_id:
            self.select_paragraph(paragraph_id)
            self.editor.focus_first_field()

    def delete_paragraph(self) -> None:
        """Delete the current paragraph and select its neighbour."""
        current = self.current_paragraph()
        if current is None:
            return
        order = [p.id for p in self.session.paragraphs_in_order()]
        paragraph = self.session.paragraph(current)
        doomed = {p.id for p in paragraph.walk()} if paragraph else {current}
        index = order.index(current)
        after = [pid for pid in order[index + 1:] if pid not in doomed]
        before = [pid for pid in order[:index] if pid not in doomed]
        neighbour = after[0] if after else (before[-1] if before else None)
        if self.session.delete_paragraph(current):
            self.select_paragraph(neighbour)

    def _cursor_target(self) -> tuple[str, int] | None:
        current = self.current_paragraph()
        paragraph = self.session.paragraph(current) if current else None
        if current is None or paragraph is None:
            self.statusBar().showMessage(
                self.tr("Put the cursor in a paragraph's text first."), 4000)
            return None
        if paragraph.kind.value == "heading":
            self.statusBar().showMessage(self.tr("Headings take no footnotes or references."), 4000)
            return None
        parts = self._editor_parts()
        if parts.document_in_use():
            return parts.document_view.caret_target()
        return current, self.editor.cursor_offset()

    def insert_footnote(self) -> None:
        """Insert a footnote at the cursor, asking for its text."""
        from PySide6.QtWidgets import QDialog

        target = self._cursor_target()
        if target is None:
            return
        from .dialogs import FootnoteTextDialog

        dialog = FootnoteTextDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text = dialog.note_text()
        finally:
            dialog.deleteLater()
        self.add_footnote_at_cursor(text)

    def add_footnote_at_cursor(self, text: str) -> str | None:
        """Anchor a footnote with ``text`` at the editor's cursor; return its id."""
        target = self._cursor_target()
        if target is None:
            return None
        paragraph_id, offset = target
        lead, content = self.editor.pending_text()
        parts = self._editor_parts()
        in_document = parts.document_in_use()
        if in_document:
            paragraph = self.session.paragraph(paragraph_id)
            assert paragraph is not None
            lead, content = paragraph.lead, paragraph.content
        note_id = self.session.add_footnote(paragraph_id, offset, text, lead, content)
        if note_id is not None and in_document:
            self.footnotes.select_note(note_id)
            parts.document_view.setFocus()
            parts.document_view.place_caret(paragraph_id, offset + 1)
            return note_id
        if note_id is not None:
            self.editor.place_cursor_after_object(offset)
            self.footnotes.select_note(note_id)
            self.editor.text.setFocus()
        return note_id

    def cite_footnote_dialog(self) -> None:
        """Ask which existing footnote to cite again at the cursor."""
        from PySide6.QtWidgets import QDialog

        if not self.session.resolution.footnotes:
            self.statusBar().showMessage(self.tr("The draft has no footnotes yet."), 4000)
            return
        from .dialogs import CiteFootnoteDialog

        dialog = CiteFootnoteDialog(self.session, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            note_id = dialog.chosen()
        finally:
            dialog.deleteLater()
        if note_id:
            self.cite_footnote(note_id)

    def cite_footnote(self, note_id: str) -> None:
        """Cite an existing footnote at the cursor."""
        target = self._cursor_target()
        if target is None:
            return
        paragraph_id, offset = target
        if self.session.cite_footnote(paragraph_id, offset, note_id):
            self.editor.place_cursor_after_object(offset)

    def insert_cross_reference(self) -> None:
        """Ask which paragraph to refer to and insert the reference at the cursor."""
        from PySide6.QtWidgets import QDialog

        target = self._cursor_target()
        if target is None:
            return
        from .dialogs import CrossReferenceDialog

        dialog = CrossReferenceDialog(self.session, target[0], self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen:
            self.add_cross_reference_at_cursor(chosen)

    def add_cross_reference_at_cursor(self, target_id: str) -> bool:
        """Insert a reference to ``target_id`` at the editor's cursor."""
        target = self._cursor_target()
        if target is None:
            return False
        paragraph_id, offset = target
        ok = self.session.add_cross_reference(paragraph_id, offset, target_id)
        if ok:
            self.editor.place_cursor_after_object(offset)
        return ok

    # ---------------------------------------------------------------- clause library

    def show_library(self) -> None:
        """Show the clause library and put the cursor in its search box."""
        self.library_dock.show()
        self.library_dock.raise_()
        # A panel shown again joins its tab bar at the next layout pass: raise it then too.
        QTimer.singleShot(0, self.library_dock.raise_)
        self.library.search_box.setFocus()

    def insert_clause(self, paragraph: object, footnotes: object) -> None:
        """Insert a clause rendered by the library after the current paragraph (undoable)."""
        from ..model.document import Paragraph

        if not isinstance(paragraph, Paragraph) or not isinstance(footnotes, list):
            return
        part = self.library.insert_part
        location = self.session.clause_location(part, self.current_paragraph())
        if self.session.insert_clause(paragraph, footnotes, location):
            self.select_paragraph(paragraph.id)

    def drop_clause(self, mime: QMimeData, location: object) -> bool:
        """Insert a clause dragged from the library where it was dropped in the outline."""
        rendered = self.library.render_dropped(mime)
        if rendered is None:
            self.show_library()  # its fields need values first; the panel now shows it
            return False
        paragraph, footnotes, _part = rendered
        from ..model.edit import Location

        if not isinstance(location, Location):
            return False
        if self.session.insert_clause(paragraph, footnotes, location):
            self.select_paragraph(paragraph.id)
            return True
        return False

    # ================================================================ autosave and recovery

    def autosave(self) -> Path | None:
        """Write the open draft to the recovery file when it changed since the last write."""
        if not self.editing or not self.session.dirty:
            return None
        copy = self._recovery_copy()
        if self.session.revision == self._saved_revision and copy.exists():
            return None
        try:
            path = copy.write(self.session.resolution, self.session.path)
        except DraftDeskError as error:
            self.statusBar().showMessage(
                self.tr("Autosave failed: {error}").format(error=localized(error)), 8000)
            return None
        self._saved_revision = self.session.revision
        return path

    def _recovery_copy(self) -> RecoveryCopy:
        if self._recovery is None:
            from .recovery import RecoveryCopy

            self._recovery = RecoveryCopy()
        return self._recovery

    def _remove_recovery_copy(self) -> None:
        if self._recovery is not None:
            self._recovery.remove()

    def offer_recovery(self) -> bool:
        """Offer to recover a draft left by a session that did not close; return True if done."""
        from PySide6.QtWidgets import QMessageBox

        from . import recovery

        path = recovery.find_recovery()  # only copies whose window is gone
        if path is None:
            return False
        try:
            found = recovery.read_recovery(path)
        except DraftDeskError as error:
            self.show_error(self.tr("Cannot recover the draft"), error)
            return False
        name = found.original_path.name if found.original_path else self.tr("an unsaved draft")
        answer = QMessageBox.question(
            self, self.tr("Recover draft"),
            self.tr("DraftDesk did not close normally. Recover the last autosaved copy of "
                    "{name}?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            recovery.discard(path)
            return False
        self.open_resolution(found.resolution, found.original_path, dirty=True)
        # Our own copy takes over before the orphan goes, so a crash now loses nothing.
        self._saved_revision = -1
        if self.autosave() is not None:
            recovery.discard(path)
        self.statusBar().showMessage(
            self.tr("Recovered the autosaved draft; save it to keep it."), 8000)
        return True

    # ================================================================ help and errors

    def show_error(self, title: str, message: object) -> None:
        """Show a problem in a dialog; the window keeps working."""
        from PySide6.QtWidgets import QMessageBox

        # A core message (or an error carrying one) is shown in the interface's language.
        QMessageBox.critical(self, title, localized(message))

    def report_unexpected_error(self, error: BaseException) -> None:
        """Tell the user about a bug, after securing the open draft in the recovery file."""
        if getattr(self, "_reporting", False):
            return  # an error while reporting one: do not loop
        self._reporting = True
        try:
            saved = self.autosave() is not None or not (self.editing and self.session.dirty)
            keep = (self.tr("Your draft is safe: an up-to-date copy is in the recovery file.")
                    if saved else self.tr("Save your draft under a new name to be safe."))
            self.show_error(
                self.tr("Unexpected error"),
                self.tr("DraftDesk hit an internal error: {error}").format(
                    error=f"{type(error).__name__}: {error}") + f"\n\n{keep}",
            )
        finally:
            self._reporting = False

    def about(self) -> None:
        """Show the About box."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("About DraftDesk"),
            f"<b>DraftDesk {VERSION}</b><p>"
            + self.tr("A drafting assistant for United Nations draft resolutions: compose the "
                      "preamble, operative paragraphs and footnotes; numbering, punctuation and "
                      "cross-references follow the structure; export a Word document laid out "
                      "like an L-document.")
            + "</p><p>" + self.tr("MIT licence.") + "</p>",
        )

    def show_user_guide(self) -> None:
        """Open the illustrated guide to the main tasks."""
        from .user_guide import UserGuide

        UserGuide.show_for(self)

    def edit_preferences(self) -> None:
        """Change the author name, autosave interval, default body and preview zoom."""
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        try:
            if dialog.exec():
                self.autosave_timer.setInterval(int(self.settings.autosave_seconds * 1000))
                if self._parts is not None:
                    dialog.apply_zoom(self.preview)
        finally:
            dialog.deleteLater()

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        from PySide6.QtWidgets import QMessageBox

        rows = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>"
                       for name, keys in self.ui_actions.shortcut_table())
        more = ((self.tr("Indent / outdent in the outline"), self.tr("Tab / Shift+Tab")),
                (self.tr("Delete paragraph in the outline"), self.tr("Delete")),
                (self.tr("Split the paragraph at the cursor (new paragraph at the end)"),
                 self.tr("Enter")),
                (self.tr("Paste as plain text"), "Ctrl+Shift+V"),
                (self.tr("Italic in a footnote"), self.tr("Ctrl+I or *asterisks*")),
                (self.tr("Delete footnote in the footnote list"), self.tr("Delete")))
        extra = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>" for name, keys in more)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"),
                                f"<table>{rows}{extra}</table>")

    # ================================================================ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about unsaved changes, remember the layout and remove the recovery copy."""
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.save_window(
            self.saveGeometry(), self.saveState() if self.editing and self.editor_built else None
        )
        if self.editor_built:
            self.settings.save_splitter(self.splitter.saveState())
        self.settings.sync()
        self.autosave_timer.stop()
        if self._recovery is not None:
            self._recovery.release()
        event.accept()


def startup_hook() -> str | None:
    """Return the start-up hook named in the environment (used by the crash-recovery test)."""
    return os.environ.get("DRAFTDESK_STARTUP_HOOK") or None

