"""The clause library panel: search as you type, fill in a clause's fields, insert it.

A standalone widget: it asks the library for clauses and emits ``insert_requested`` with a
ready paragraph and its footnotes; the window decides where they go (through the session, so
the insertion can be undone). Clauses can also be dragged out as
``application/x-draftdesk-clause`` (the clause id).

In the window, the libraries (their database, and the modules that read them) open once the
panel has been painted, so that a draft opens without waiting for them; anything that needs
them sooner opens them at once.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..errors import DraftDeskError
from ..messages import Message
from ..model import Footnote, FootnoteRef, Paragraph, Part, Text
from .i18n import QT_TRANSLATE_NOOP, localized, translate

if TYPE_CHECKING:
    from ..library import Clause, LibraryStore, SearchHit

CLAUSE_MIME = "application/x-draftdesk-clause"
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 80  # coalesce fast typing; a search itself takes a few milliseconds
RESULT_LIMIT = 100
SIMILAR_LIMIT = 3  # a hint, not a second result list: the closest few
LIBRARY_FILTER = QT_TRANSLATE_NOOP("LibraryPanel",
                                   "DraftDesk clause libraries (*.json);;All files (*)")
RESOLUTION_FILTER = QT_TRANSLATE_NOOP("LibraryPanel", "Resolution texts (*.txt);;All files (*)")

# Labels are translated where they are shown, in the context "LibraryPanel".
BODY_CHOICES = (
    (QT_TRANSLATE_NOOP("LibraryPanel", "All bodies"), None),
    (QT_TRANSLATE_NOOP("LibraryPanel", "General Assembly"), "ga"),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Security Council"), "sc"),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Economic and Social Council"), "ecosoc"),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Human Rights Council"), "hrc"),
)
KIND_CHOICES = ((QT_TRANSLATE_NOOP("LibraryPanel", "Both parts"), None),
                (QT_TRANSLATE_NOOP("LibraryPanel", "Preambular"), "preambular"),
                (QT_TRANSLATE_NOOP("LibraryPanel", "Operative"), "operative"))
BODY_NAMES = {"ga": QT_TRANSLATE_NOOP("LibraryPanel", "GA"),
              "sc": QT_TRANSLATE_NOOP("LibraryPanel", "SC"),
              "ecosoc": QT_TRANSLATE_NOOP("LibraryPanel", "ECOSOC"),
              "hrc": QT_TRANSLATE_NOOP("LibraryPanel", "HRC"),
              "any": QT_TRANSLATE_NOOP("LibraryPanel", "any body")}
KIND_NAMES = {"preambular": QT_TRANSLATE_NOOP("LibraryPanel", "preambular"),
              "operative": QT_TRANSLATE_NOOP("LibraryPanel", "operative")}

_FIELD = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(\|[^}]*)?\}\}")
_FOOTNOTE = re.compile(r"\[\[fn:\s*(.*?)\s*\]\]", re.DOTALL)


def clause_outline(text: str) -> str:
    """Show a clause template to a reader: fields as ‹name›, footnotes as ⁽ⁿ⁾ marks."""
    shown = _FIELD.sub(lambda m: f"‹{m.group(1).replace('_', ' ')}›", text)
    shown = _FOOTNOTE.sub("⁽ⁿ⁾", shown)
    # "*…*" marks italics and "\\*" an asterisk; show the text without the markup.
    return shown.replace("\\*", "\x00").replace("*", "").replace("\x00", "*")


def clause_origin(clause: Clause, score: float | None = None) -> str:
    """Return the provenance line shown under a clause."""
    body = translate("LibraryPanel", BODY_NAMES[clause.body]) if clause.body in BODY_NAMES else (
        clause.body)
    kind = translate("LibraryPanel", KIND_NAMES[clause.kind]) if clause.kind in KIND_NAMES else (
        clause.kind)
    parts = [library_name(clause.library), clause.key, f"v{clause.version}", f"{body} {kind}"]
    if clause.source:
        parts.append(localized(clause.source))
    if score is not None:
        parts.append(translate("LibraryPanel", "{percent}% similar").format(
            percent=round(score * 100)))
    return " · ".join(parts)


def library_name(name: str) -> str:
    """Return how a library is named: the one that comes with DraftDesk in the interface's words."""
    from ..library import BUILTIN_LIBRARY  # loaded by now: the name is a clause's

    return translate("LibraryPanel", "Built-in") if name == BUILTIN_LIBRARY else name


def without_place(error: Exception) -> str:
    """Return an error in the interface's language without the clause it names first.

    The panel shows the clause already; "clause 'x' in library 'y': no value…" says it twice.
    """
    text = localized(error)
    problem = error.args[0] if len(error.args) == 1 else None
    where = problem.values.get("where") if isinstance(problem, Message) else None
    if isinstance(where, str) and where and text.startswith(localized(where)):
        # Whatever stands between the place and the problem: ": ", French "\u00a0: ".
        return text[len(localized(where)):].lstrip(" \u00a0:")
    return text.split(": ", 1)[-1]


def similar_origin(clause: Clause, score: float) -> str:
    """Return a hint's first line: how close, and the source of the agreed language."""
    where = localized(clause.source) or f"{library_name(clause.library)} · {clause.key}"
    return translate("LibraryPanel", "{percent}% similar · {where}").format(
        percent=round(score * 100), where=where)


def _shorten(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def field_hint(text: str, name: str) -> str:
    """Return a placeholder telling what a field expects, from the filter applied to it."""
    match = re.search(r"\{\{\s*" + re.escape(name) + r"\s*\|\s*([a-z_]+)", text)
    kind = match.group(1) if match else ""
    if kind == "ordinal_words":
        return translate("LibraryPanel", "a number, e.g. 80 (printed as “eightieth”)")
    if kind == "un_date":
        return translate("LibraryPanel", "a date, e.g. 2025-12-15 or 15 December 2025")
    if kind == "join_and":
        return translate("LibraryPanel", "items separated by semicolons")
    return name.replace("_", " ")


class ClauseListModel(QAbstractListModel):
    """Clauses found by a search, draggable as clause ids."""

    def __init__(self, parent: Any = None, *, similarity: bool = False) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._similarity = similarity

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the listed clauses."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        """Return the listed clauses with their scores."""
        return list(self._hits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of clauses (a flat list: no children)."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """Return what a view shows for a clause."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        clause = hit.clause
        score = hit.score if self._similarity else None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._similarity:
                # A hint: where the wording comes from first, then the start of the wording.
                shown = _shorten(clause_outline(clause.text))
                return f"{similar_origin(clause, hit.score)}\n{shown}"
            return f"{clause_outline(clause.text)}\n{clause_origin(clause, score)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f"\n\n{clause.note}" if clause.note else ""
            return f"{clause_outline(clause.text)}\n\n{clause_origin(clause, score)}{note}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return clause_outline(clause.text)
        if role == CLAUSE_ROLE:
            return clause
        if role == SCORE_ROLE:
            return hit.score
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Clauses are selectable and can be dragged."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        """Offer the clause id, and its text for plain-text targets."""
        return [CLAUSE_MIME, "text/plain"]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        """Put the dragged clause's id (and outline text) on the clipboard data."""
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._hits)]
        if rows:
            clause = self._hits[rows[0]].clause
            data.setData(CLAUSE_MIME, str(clause.id).encode("ascii"))
            data.setText(clause_outline(clause.text))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        """Dragging a clause copies it; the library keeps it."""
        return Qt.DropAction.CopyAction


class LibraryPanel(QWidget):
    """Search clause libraries, preview a clause with its fields filled in, and insert it."""

    # Paragraph, list[Footnote]; ``insert_part`` says which part the clause belongs in.
    insert_requested = Signal(object, object)
    # Paragraph, list[Footnote]: use the clause's wording for the paragraph being edited.
    replace_requested = Signal(object, object)
    libraries_changed = Signal()

    def __init__(self, store: LibraryStore | None = None, parent: QWidget | None = None,
                 load_later: bool = False) -> None:
        """Show the libraries of ``store`` (the user's own when None).

        With ``load_later``, they open after the panel's first paint, or when first needed.
        """
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self._store = store
        self._owns_store = store is None
        self._loaded = False  # the library list filled and the first search run
        self._clause: Clause | None = None
        self._values: dict[str, str] = {}  # remembered across clauses: type a session once
        self.language: str | None = None  # the draft's language: clauses in it are shown
        self._field_edits: dict[str, QLineEdit] = {}
        self._rendered: tuple[Paragraph, list[Footnote]] | None = None
        self._builtin: set[str] = set()  # names of read-only libraries
        self.insert_part: Part = Part.OPERATIVE  # the part of the clause last asked for

        self.search_box = QLineEdit()
        self.search_box.setObjectName("librarySearch")
        self.search_box.setAccessibleName(self.tr("Search clauses"))
        self.search_box.setPlaceholderText(self.tr("Search clauses: words, tags, symbols…"))
        self.search_box.setClearButtonEnabled(True)
        self.body_filter = QComboBox()
        self.body_filter.setObjectName("libraryBodyFilter")
        self.body_filter.setAccessibleName(self.tr("Body"))
        for label, value in BODY_CHOICES:
            self.body_filter.addItem(translate("LibraryPanel", label), value)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("libraryKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Part"))
        for label, value in KIND_CHOICES:
            self.kind_filter.addItem(translate("LibraryPanel", label), value)

        self.library_filter = QComboBox()
        self.library_filter.setObjectName("libraryFilter")
        self.library_filter.setAccessibleName(self.tr("Library"))
        for combo in (self.body_filter, self.kind_filter, self.library_filter):
            # Narrow enough for a side panel: long names are elided, not widening the dock.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)

        self.results_model = ClauseListModel(self)
        self.results = self._make_list("libraryResults", self.tr("Clauses found"),
                                       self.results_model)
        self.similar_model = ClauseListModel(self, similarity=True)
        self.similar_label = QLabel(self.tr("<b>Similar agreed language</b> for the paragraph "
                                            "you are editing — choose one to use its wording:"))
        self.similar_label.setObjectName("librarySimilarLabel")
        self.similar_label.setWordWrap(True)
        self.similar = self._make_list("librarySimilar", self.tr("Similar agreed language"),
                                       self.similar_model)
        self.similar.setMinimumHeight(140)  # room for two hints with their sources
        self.similar_label.setVisible(False)
        self.similar.setVisible(False)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preview = QLabel()
        self.preview.setObjectName("libraryPreview")
        self.preview.setAccessibleName(self.tr("Clause preview"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.insert_button = QPushButton(self.tr("&Insert Clause"))
        self.insert_button.setObjectName("libraryInsert")
        self.insert_button.setToolTip(self.tr("Insert the clause into the draft (Enter)"))
        self.insert_button.setEnabled(False)
        self.replace_button = QPushButton(self.tr("&Replace Paragraph Text"))
        self.replace_button.setObjectName("libraryReplace")
        self.replace_button.setToolTip(
            self.tr("Replace the text of the paragraph being edited by this clause (undoable)"))
        self.replace_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("&Edit Clause…"))
        self.edit_button.setObjectName("libraryEditClause")
        self.edit_button.setToolTip(
            self.tr("Change the clause's text, tags or note (a new version)"))
        self.edit_button.setEnabled(False)
        # A push button leaves room for its menu arrow; a tool button drew it over the label.
        self.manage_button = QPushButton()
        self.manage_button.setObjectName("libraryManage")
        self.manage_button.setText(self.tr("Libraries"))
        self.manage_button.setToolTip(self.tr("Create, rename, delete, import or export libraries"))
        self.manage_menu = QMenu(self.manage_button)
        self.manage_menu.setObjectName("libraryManageMenu")
        self.new_library_action = self.manage_menu.addAction(
            self.tr("&New Library…"), self.new_library)
        self.rename_library_action = self.manage_menu.addAction(self.tr("&Rename Library…"),
                                                                self.rename_library)
        self.delete_library_action = self.manage_menu.addAction(self.tr("&Delete Library…"),
                                                                self.delete_library)
        self.manage_menu.addSeparator()
        self.import_library_action = self.manage_menu.addAction(self.tr("&Import Library File…"),
                                                                self.import_library_file)
        self.export_library_action = self.manage_menu.addAction(self.tr("&Export Library File…"),
                                                                self.export_library_file)
        self.manage_menu.addSeparator()
        self.add_texts_action = self.manage_menu.addAction(self.tr("Add &Resolution Texts…"),
                                                           self.add_resolution_texts)
        self.add_texts_action.setToolTip(
            self.tr("Every paragraph of the chosen resolutions becomes a clause, citing its "
                    "source"))
        self.manage_button.setMenu(self.manage_menu)

        filters = QHBoxLayout()
        # Body names are the longer ones: they get more of a narrow panel.
        filters.addWidget(self.body_filter, 3)
        filters.addWidget(self.kind_filter, 2)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_box)
        top_layout.addLayout(filters)
        chooser = QHBoxLayout()
        chooser.addWidget(self.library_filter, 1)
        chooser.addWidget(self.manage_button)
        top_layout.addLayout(chooser)
        top_layout.addWidget(self.results, 3)
        # Said right under the (empty) list, where the eye is, not far below it.
        self.no_match = QLabel(self.tr("No clause matches these words."))
        self.no_match.setObjectName("libraryNoMatch")
        self.no_match.setEnabled(False)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_match.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.no_match.hide()
        top_layout.addWidget(self.no_match)
        top_layout.addWidget(self.similar_label)
        top_layout.addWidget(self.similar, 1)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(self.form)
        details_layout.addWidget(self.preview)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("libraryDetails")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(scroll, 1)
        bottom_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button, 1)
        buttons.addWidget(self.edit_button)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.replace_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._focus_results)
        self.body_filter.currentIndexChanged.connect(self.run_search)
        self.kind_filter.currentIndexChanged.connect(self.run_search)
        self.insert_button.clicked.connect(self.insert_current)
        self.replace_button.clicked.connect(self.replace_current)
        self.edit_button.clicked.connect(self.edit_current)
        self._show_clause(None)
        self.library_filter.currentIndexChanged.connect(self.run_search)
        if not load_later:
            self.load()

    def load(self) -> None:
        """Open the libraries, list them and show the clauses, unless done already."""
        if not self._loaded:
            self.refresh_libraries()
            self.run_search()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Once painted empty, open the libraries as soon as the window is idle."""
        super().paintEvent(event)
        if not self._loaded:
            QTimer.singleShot(0, self, self.load)

    # ------------------------------------------------------------------ set-up

    def _make_list(self, name: str, accessible: str, model: ClauseListModel) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setSpacing(3)  # one clause apart from the next
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.selectionModel().selectionChanged.connect(
            lambda selected, _deselected, v=view: self._selection_changed(v, selected)
        )
        view.activated.connect(lambda _index: self.insert_current())
        return view

    def store(self) -> LibraryStore | None:
        """Return the libraries, opening the user's on first use; None if they cannot open."""
        if self._store is None:
            from ..library import open_store

            try:
                self._store = open_store()
            except DraftDeskError as error:
                self._set_status(localized(error), error=True)
                return None
        return self._store

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        """Close the library database this panel opened."""
        if self._owns_store and self._store is not None:
            self._store.close()
            self._store = None
        super().closeEvent(event)

    # ------------------------------------------------------------------ searching

    def refresh_libraries(self) -> None:
        """Reload the list of libraries (after an import, a rename…), keeping the choice."""
        self._loaded = True
        store = self.store()
        chosen = self.library_filter.currentData()
        self.library_filter.blockSignals(True)
        self.library_filter.clear()
        self.library_filter.addItem(self.tr("All libraries"), None)
        libraries = store.libraries() if store is not None else []
        self._builtin = {library.name for library in libraries if library.builtin}
        for library in libraries:
            # The built-in library shows under its name in the interface's language.
            shown = self.tr("Built-in") if library.builtin else library.name
            self.library_filter.addItem(f"{shown} ({library.clause_count})", library.name)
        self.library_filter.setCurrentIndex(max(self.library_filter.findData(chosen), 0))
        self.library_filter.blockSignals(False)

    def set_library(self, name: str | None) -> None:
        """Search one library only, or all of them (None)."""
        if not self._loaded:
            self.refresh_libraries()
        self.library_filter.setCurrentIndex(max(self.library_filter.findData(name), 0))

    def set_language(self, language: str | None) -> None:
        """Show only clauses written in the draft's language ("en", "es", "fr"; None: all)."""
        if language != self.language:
            self.language = language
            if self._loaded:
                self.run_search()

    def set_body(self, body: str | None) -> None:
        """Show clauses for one body ("ga", "sc", "ecosoc", "hrc") and those for any body."""
        index = self.body_filter.findData(body)
        # Not loaded yet: the first search, after the first paint, reads the filter.
        self.body_filter.blockSignals(not self._loaded)
        self.body_filter.setCurrentIndex(max(index, 0))
        self.body_filter.blockSignals(False)

    def run_search(self) -> None:
        """Search now with the box's text and the filters."""
        self._timer.stop()
        if not self._loaded:
            self.refresh_libraries()
        store = self.store()
        if store is None:
            return
        try:
            hits = store.search(
                self.search_box.text(),
                body=self.body_filter.currentData(),
                kind=self.kind_filter.currentData(),
                library=self.library_filter.currentData(),
                # Clauses in other languages are dropped below: ask for enough to fill the list.
                limit=RESULT_LIMIT if self.language is None else RESULT_LIMIT * 4,
            )
        except DraftDeskError as error:
            self._set_status(localized(error), error=True)
            return
        if self.language is not None:
            hits = [hit for hit in hits if hit.clause.language == self.language][:RESULT_LIMIT]
        self.results_model.set_hits(hits)
        nothing = not hits and bool(self.search_box.text().strip())
        self.no_match.setVisible(nothing)
        # An empty list shrinks so that the message sits just under the search.
        self.results.setMaximumHeight(40 if nothing else 16777215)
        if nothing or self._clause is None:
            self._set_status("")

    def show_similar(self, text: str, limit: int = SIMILAR_LIMIT) -> list[SearchHit]:
        """Show agreed language close to a paragraph's text; return what was found."""
        store = self.store()
        body = self.body_filter.currentData()
        try:
            hits = store.similar(text, limit=limit, body=body) if store is not None else []
        except DraftDeskError:
            hits = []
        if [h.clause.id for h in hits] == [h.clause.id for h in self.similar_model.hits()]:
            return hits  # the same clauses: keep the list and the drafter's choice in it
        self.similar_model.set_hits(hits)
        self.similar_label.setVisible(bool(hits))
        self.similar.setVisible(bool(hits))
        return hits

    def _focus_results(self) -> None:
        self.run_search()
        if self.results_model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.results_model.index(0, 0))

    # ------------------------------------------------------------------ the chosen clause

    def current_clause(self) -> Clause | None:
        """Return the clause shown in the preview."""
        return self._clause

    def select_clause(self, row: int, *, similar: bool = False) -> None:
        """Select a listed clause by its row."""
        view = self.similar if similar else self.results
        model = view.model()
        view.setCurrentIndex(model.index(row, 0))

    def _selection_changed(self, view: QListView, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        other = self.similar if view is self.results else self.results
        other.selectionModel().clearSelection()
        self._show_clause(indexes[0].data(CLAUSE_ROLE))

    def _show_clause(self, clause: Clause | None) -> None:
        self._clause = clause
        while self.form.rowCount():
            self.form.removeRow(0)
        self._field_edits = {}
        self.edit_button.setEnabled(clause is not None and clause.library not in self._builtin)
        self.edit_button.setToolTip(
            self.tr("Clauses of the built-in library cannot be changed; save them to a library "
                    "of yours")
            if clause is not None and clause.library in self._builtin
            else self.tr("Change the clause's text, tags or note (a new version)")
        )
        if clause is None:
            self.preview.setText(self.tr("<i>Choose a clause to see it here.</i>"))
            self.insert_button.setEnabled(False)
            self.replace_button.setEnabled(False)
            self._rendered = None
            return
        for name in clause.fields:
            edit = QLineEdit(self._values.get(name, ""))
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(name.replace("_", " "))
            edit.setPlaceholderText(field_hint(clause.text, name))
            edit.textChanged.connect(lambda text, n=name: self._field_changed(n, text))
            edit.returnPressed.connect(self.insert_current)
            self.form.addRow(name.replace("_", " ").capitalize(), edit)
            self._field_edits[name] = edit
        self._update_preview()

    def field_edit(self, name: str) -> QLineEdit:
        """Return the form's input for a field."""
        return self._field_edits[name]

    def field_values(self) -> dict[str, str]:
        """Return the values typed for the current clause's fields."""
        return {name: edit.text().strip() for name, edit in self._field_edits.items()}

    def _field_changed(self, name: str, text: str) -> None:
        self._values[name] = text
        self._update_preview()

    def _update_preview(self) -> None:
        clause = self._clause
        if clause is None:
            return
        values = self.field_values()
        missing = [name for name, value in values.items() if not value]
        origin = html.escape(clause_origin(clause))
        if missing:
            self._rendered = None
            self.preview.setText(
                f"{html.escape(clause_outline(clause.text))}<br><small>{origin}</small>"
            )
            names = ", ".join(name.replace("_", " ") for name in missing)
            self._set_status(self.tr("Fill in: {names}").format(names=names))
            self.insert_button.setEnabled(False)
            self.replace_button.setEnabled(False)
            return
        try:
            rendered = clause.render(values)
        except DraftDeskError as error:
            self._rendered = None
            self.preview.setText(
                f"{html.escape(clause_outline(clause.text))}<br><small>{origin}</small>"
            )
            self._set_status(without_place(error), error=True)
            self.insert_button.setEnabled(False)
            self.replace_button.setEnabled(False)
            return
        self._rendered = (rendered.paragraph, rendered.footnotes)
        self.preview.setText(
            paragraph_html(rendered.paragraph, rendered.footnotes) + f"<br><small>{origin}</small>"
        )
        self._set_status("")
        self.insert_button.setEnabled(True)
        self.replace_button.setEnabled(True)

    def insert_current(self) -> bool:
        """Ask for the previewed clause to be inserted; False if fields are missing or wrong."""
        return self._emit_rendered(self.insert_requested)

    def replace_current(self) -> bool:
        """Ask for the paragraph being edited to take the previewed clause's wording."""
        return self._emit_rendered(self.replace_requested)

    def _emit_rendered(self, signal: Any) -> bool:
        if self._clause is None:
            return False
        self._update_preview()
        if self._rendered is None:
            first_missing = next(
                (edit for edit in self._field_edits.values() if not edit.text().strip()), None
            )
            if first_missing is not None:
                first_missing.setFocus()
            return False
        paragraph, footnotes = self._rendered
        # A fresh render each time: two insertions must not share one paragraph object.
        self._rendered = None
        self.insert_part = self._clause.part
        signal.emit(paragraph, footnotes)
        self._update_preview()
        return True

    # ------------------------------------------------------------------ editing libraries

    def edit_current(self) -> bool:
        """Edit the previewed clause in a dialog; a new text becomes a new version."""
        from .library_dialogs import ClauseEditDialog

        store = self.store()
        clause = self._clause
        if store is None or clause is None or clause.library in self._builtin:
            return False
        dialog = ClauseEditDialog(store, clause, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return False
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        self._after_library_change()
        self._show_clause(saved)
        self._set_status(self.tr("Saved {key}, version {version}.").format(
            key=saved.key, version=saved.version))
        return True

    def target_library(self) -> str | None:
        """Return the library that Rename, Delete and Export act on.

        The one chosen in the list; else the library of the clause shown; else the only
        library of the user's.
        """
        chosen = self.library_filter.currentData()
        if chosen:
            return str(chosen)
        if self._clause is not None and self._clause.library not in self._builtin:
            return self._clause.library
        store = self.store()
        mine = [lib.name for lib in store.libraries() if not lib.builtin] if store else []
        return mine[0] if len(mine) == 1 else None

    def _writable_target(self, verb: str) -> str | None:
        # ``verb``: what to say when no library is chosen.
        name = self.target_library()
        if name is None:
            self._set_status(verb, error=True)
            return None
        if name in self._builtin:
            self._set_status(self.tr("The library '{name}' comes with DraftDesk and cannot be "
                                     "changed.").format(name=name), error=True)
            return None
        return name

    def new_library(self) -> str | None:
        """Create a library, asking its name; return it (None if cancelled)."""
        from .library_dialogs import LibraryNameDialog

        store = self.store()
        if store is None:
            return None
        dialog = LibraryNameDialog(store, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name = dialog.result_name
        finally:
            dialog.deleteLater()
        self._after_library_change(select=name)
        self._set_status(self.tr("Created library '{name}'.").format(name=name))
        return name

    def rename_library(self) -> str | None:
        """Rename the chosen library; return its new name (None if cancelled)."""
        from .library_dialogs import LibraryNameDialog

        store = self.store()
        old = self._writable_target(self.tr("Choose the library to rename in the list above."))
        if store is None or old is None:
            return None
        dialog = LibraryNameDialog(store, old, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name = dialog.result_name
        finally:
            dialog.deleteLater()
        if self._clause is not None and self._clause.library == old:
            self._clause = store.clause(self._clause.id)
        self._after_library_change(select=name)
        self._set_status(self.tr("Renamed library '{old}' to '{name}'.").format(old=old, name=name))
        return name

    def delete_library(self) -> bool:
        """Delete the chosen library after asking; drafts keep the text they inserted."""
        store = self.store()
        name = self._writable_target(self.tr("Choose the library to delete in the list above."))
        if store is None or name is None:
            return False
        count = store.library(name).clause_count
        answer = QMessageBox.question(
            self, self.tr("Delete library"),
            (self.tr("Delete the library “{name}” and its 1 clause? Drafts keep the text they "
                     "inserted. This cannot be undone.") if count == 1 else
             self.tr("Delete the library “{name}” and its {count} clauses? Drafts keep the text "
                     "they inserted. This cannot be undone.")).format(name=name, count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            store.delete_library(name)
        except DraftDeskError as error:
            QMessageBox.critical(self, self.tr("Cannot delete the library"), localized(error))
            return False
        if self._clause is not None and self._clause.library == name:
            self._show_clause(None)
        self._after_library_change(select=None)
        self._set_status(self.tr("Deleted library '{name}'.").format(name=name))
        return True

    def import_library_file(self) -> str | None:
        """Import an exchange file chosen in a file dialog; return the library's name."""
        store = self.store()
        if store is None:
            return None
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import clause library"), "",
                                              translate("LibraryPanel", LIBRARY_FILTER))
        if not name:
            return None
        try:
            from ..library import import_library

            report = import_library(store, Path(name))
        except DraftDeskError as error:
            QMessageBox.critical(self, self.tr("Cannot import the library"), localized(error))
            return None
        self._after_library_change(select=report.library)
        self._set_status(self.tr("Library '{library}': {added} clauses added, {duplicates} "
                                 "duplicates skipped.").format(
            library=report.library, added=report.added, duplicates=report.duplicates))
        return report.library

    def export_library_file(self) -> Path | None:
        """Export the chosen library to a file chosen in a file dialog; return the path."""
        store = self.store()
        library = self.target_library()
        if store is None or library is None:
            self._set_status(self.tr("Choose the library to export in the list above."),
                             error=True)
            return None
        suggested = re.sub(r"[^\w.-]+", "-", library).strip("-") + ".json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export library “{library}”").format(library=library), suggested,
            translate("LibraryPanel", LIBRARY_FILTER))
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        try:
            from ..library import export_library

            count = export_library(store, library, path)
        except DraftDeskError as error:
            QMessageBox.critical(self, self.tr("Cannot export the library"), localized(error))
            return None
        self._set_status(self.tr("Exported {count} clauses of '{library}' to {path}.").format(
            count=count, library=library, path=path))
        return path

    def add_resolution_texts(self) -> str | None:
        """Add every paragraph of resolution texts chosen in a file dialog to a library.

        The chosen library takes them; with none chosen, a new library is named first.
        """
        store = self.store()
        if store is None:
            return None
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add resolution texts to a library"), "",
            translate("LibraryPanel", RESOLUTION_FILTER)
        )
        if not names:
            return None
        target = self.library_filter.currentData()
        if not target or target in self._builtin:
            target = self.new_library()
            if target is None:
                return None
        try:
            from ..library import add_resolution_files

            report = add_resolution_files(store, target, [Path(name) for name in names])
        except DraftDeskError as error:
            QMessageBox.critical(self, self.tr("Cannot add the texts"), localized(error))
            return None
        self._after_library_change(select=report.library)
        message = (self.tr("Library '{library}': {added} clauses added from 1 text, "
                           "{duplicates} duplicates skipped.") if report.texts == 1 else
                   self.tr("Library '{library}': {added} clauses added from {texts} texts, "
                           "{duplicates} duplicates skipped."))
        self._set_status(message.format(library=report.library, added=report.added,
                                        texts=report.texts, duplicates=report.duplicates))
        return report.library

    def _after_library_change(self, *, select: str | None | bool = False) -> None:
        """Reload the libraries and the results after a change; ``select`` a library."""
        self.refresh_libraries()
        if select is not False:
            self.library_filter.blockSignals(True)
            self.set_library(select if isinstance(select, str) else None)
            self.library_filter.blockSignals(False)
        self.run_search()
        self.libraries_changed.emit()

    def render_dropped(self, mime: QMimeData) -> tuple[Paragraph, list[Footnote], Part] | None:
        """Render a clause dropped from this panel, with the field values typed so far.

        Returns None when the data is not a clause or a field has no value yet (the panel then
        shows the clause so that the drafter can fill it in).
        """
        if not mime.hasFormat(CLAUSE_MIME):
            return None
        store = self.store()
        try:
            clause_id = int(bytes(mime.data(CLAUSE_MIME).data()).decode("ascii"))
            clause = store.clause(clause_id) if store is not None else None
        except (ValueError, DraftDeskError):
            return None
        if clause is None:
            return None
        values = {name: self._values.get(name, "").strip() for name in clause.fields}
        try:
            if any(not value for value in values.values()):
                raise DraftDeskError("fields missing")
            rendered = clause.render(values)
        except DraftDeskError:
            self._show_clause(clause)
            return None
        return rendered.paragraph, rendered.footnotes, clause.part

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")


def paragraph_html(paragraph: Paragraph, footnotes: list[Footnote]) -> str:
    """Render a paragraph and its notes as simple rich text: italic lead, superscript marks."""
    numbers = {note.id: number for number, note in enumerate(footnotes, start=1)}
    out = [f"<i>{html.escape(paragraph.lead)}</i> " if paragraph.lead else ""]
    for item in paragraph.content:
        if isinstance(item, Text):
            text = html.escape(item.text)
            out.append(f"<i>{text}</i>" if item.italic else text)
        elif isinstance(item, FootnoteRef):
            out.append(f"<sup>{numbers.get(item.note_id, '?')}</sup>")
    notes = "".join(
        f"<br><small><sup>{numbers[note.id]}</sup> "
        + "".join(f"<i>{html.escape(r.text)}</i>" if r.italic else html.escape(r.text)
                  for r in note.content)
        + "</small>"
        for note in footnotes
    )
    return "".join(out) + notes
