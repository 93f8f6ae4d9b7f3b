"""The outline: preamble, operative part, sub-paragraphs and headings as a tree.

Two fixed rows ("Preamble", "Operative part") hold the top-level paragraphs. Items carry an
integer key per paragraph (Qt indexes cannot hold Python strings safely); a structural change
resets the model, a text change updates one row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ..model import edit
from ..model.document import BODY_PARTS, FootnoteRef, Paragraph, ParagraphKind, Part, Text
from .i18n import QT_TRANSLATE_NOOP, translate
from .session import FOOTNOTES, TEXT, Session

MIME_TYPE = "application/x-draftdesk-paragraph"
CLAUSE_MIME_TYPE = "application/x-draftdesk-clause"  # dragged from the clause library
SECTION_KEYS = {Part.PREAMBULAR: 1, Part.OPERATIVE: 2}
SECTION_BY_KEY = {key: part for part, key in SECTION_KEYS.items()}
# Flags computed once: combining Qt enum flags in Python is slow, and views ask for every row.
SECTION_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDropEnabled)
PARAGRAPH_FLAGS = SECTION_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
SECTION_TITLES = {Part.PREAMBULAR: QT_TRANSLATE_NOOP("OutlineModel", "Preamble"),
                  Part.OPERATIVE: QT_TRANSLATE_NOOP("OutlineModel", "Operative part")}
SNIPPET = 90
BROKEN_COLOR = "#b00020"  # a paragraph whose cross-reference lost its target

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def summary(paragraph: Paragraph, label: str, notes: dict[str, int] | None = None) -> str:
    """Return the one-line text an outline row shows; footnote markers as their numbers."""
    if paragraph.kind is ParagraphKind.HEADING:
        numeral = f"{paragraph.numeral}. " if paragraph.numeral else ""
        return f"{numeral}{paragraph.lead}{paragraph.body_text}".strip() or translate(
            "OutlineModel", "(heading)")
    body = "".join(
        item.text if isinstance(item, Text)
        else (_marker(item, notes) if isinstance(item, FootnoteRef) else "→")
        for item in paragraph.content
    )
    text = " ".join(part for part in (paragraph.lead, body.strip()) if part)
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1].rstrip() + "…"
    text = text or translate("OutlineModel", "(empty)")
    return f"{label} {text}" if label else text


def _marker(item: FootnoteRef, notes: dict[str, int] | None) -> str:
    number = (notes or {}).get(item.note_id)
    return str(number).translate(SUPERSCRIPT) if number is not None else "*"


class OutlineModel(QAbstractItemModel):
    """Expose the session's resolution as a tree of paragraphs."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._keys: dict[str, int] = {}
        self._ids: dict[int, str] = {}
        self._row: dict[str, int] = {}
        self._parent_key: dict[int, int] = {}
        # Each paragraph's sub-paragraphs by its key: the tree asks for them row by row.
        self._children: dict[int, list[Paragraph]] = {}
        self._next_key = 10
        # Set by the window: inserts a clause dropped at a location; returns success.
        self.clause_dropped: Callable[[QMimeData, edit.Location], bool] | None = None
        self._rebuild_maps()
        session.changed.connect(self._on_changed)

    @property
    def session(self) -> Session:
        """Return the session shown."""
        return self._session

    def set_session(self, session: Session) -> None:
        """Show another session's draft."""
        if session is self._session:
            return  # made for this draft: shown already, and kept up to date by its changes
        self.beginResetModel()
        self._session.changed.disconnect(self._on_changed)
        self._session = session
        session.changed.connect(self._on_changed)
        self._rebuild_maps()
        self.endResetModel()

    # ---------------------------------------------------------------- bookkeeping

    def _key(self, paragraph_id: str) -> int:
        key = self._keys.get(paragraph_id)
        if key is None:
            key = self._next_key
            self._next_key += 1
            self._keys[paragraph_id] = key
            self._ids[key] = paragraph_id
        return key

    def _rebuild_maps(self) -> None:
        self._row.clear()
        self._parent_key.clear()
        self._children.clear()
        for part in BODY_PARTS:
            self._map_children(self._session.resolution.part(part), SECTION_KEYS[part])

    def _map_children(self, items: list[Paragraph], parent_key: int) -> None:
        for row, paragraph in enumerate(items):
            key = self._key(paragraph.id)
            self._row[paragraph.id] = row
            self._parent_key[key] = parent_key
            self._children[key] = paragraph.children
            if paragraph.children:
                self._map_children(paragraph.children, key)

    def _on_changed(self, kind: str, paragraph_id: object) -> None:
        if kind == FOOTNOTES:
            return
        if kind == TEXT and isinstance(paragraph_id, str):
            index = self.index_of(paragraph_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
                return
        self.beginResetModel()
        self._rebuild_maps()
        self.endResetModel()

    # ---------------------------------------------------------------- lookups

    def paragraph_id(self, index: Index) -> str | None:
        """Return the id of the paragraph at ``index`` (None for a section row)."""
        if not index.isValid():
            return None
        return self._ids.get(index.internalId())

    def section_of(self, index: Index) -> Part | None:
        """Return the part of a section row, or None."""
        if not index.isValid():
            return None
        return SECTION_BY_KEY.get(index.internalId())

    def section_index(self, part: Part) -> QModelIndex:
        """Return the index of a section row."""
        return self.createIndex(BODY_PARTS.index(part), 0, SECTION_KEYS[part])

    def index_of(self, paragraph_id: str) -> QModelIndex:
        """Return the index of a paragraph, or an invalid index."""
        row = self._row.get(paragraph_id)
        key = self._keys.get(paragraph_id)
        if row is None or key is None:
            return QModelIndex()
        return self.createIndex(row, 0, key)

    def _children_of(self, parent: Index) -> list[Paragraph] | None:
        if not parent.isValid():
            return None
        children = self._children.get(parent.internalId())
        if children is not None:
            return children
        part = self.section_of(parent)
        if part is not None:
            return self._session.resolution.part(part)
        paragraph_id = self.paragraph_id(parent)
        paragraph = self._session.paragraph(paragraph_id) if paragraph_id else None
        return paragraph.children if paragraph is not None else []

    # ---------------------------------------------------------------- QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        """Return the index of a row under ``parent``."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(SECTION_KEYS):
                return QModelIndex()
            return self.section_index(BODY_PARTS[row])
        children = self._children_of(parent)
        if children is None or row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, self._key(children[row].id))

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        """Return the parent of an index."""
        if not index.isValid():
            return QModelIndex()
        parent_key = self._parent_key.get(index.internalId())
        if parent_key is None:
            return QModelIndex()
        section = SECTION_BY_KEY.get(parent_key)
        if section is not None:
            return self.section_index(section)
        parent_id = self._ids[parent_key]
        return self.createIndex(self._row[parent_id], 0, parent_key)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Return the number of rows under ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        if not parent.isValid():
            return len(SECTION_KEYS)
        children = self._children_of(parent)
        return len(children) if children else 0

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Return the single column."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the row's text, tooltip or font."""
        if not index.isValid():
            return None
        part = self.section_of(index)
        if part is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                count = len(self._session.resolution.part(part))
                return f"{self.tr(SECTION_TITLES[part])} ({count})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        paragraph_id = self.paragraph_id(index)
        paragraph = self._session.paragraph(paragraph_id) if paragraph_id else None
        if paragraph is None:
            return None
        derived = self._session.derived
        info = derived.info.get(paragraph.id)
        label = self._session.label(paragraph.id) if info else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(paragraph, label, derived.footnote_numbers)
        broken = derived.broken_cross_refs and any(
            source == paragraph.id for source, _target in derived.broken_cross_refs
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{paragraph.lead} {paragraph.body_text}".strip()
            if broken:
                text = self.tr("Refers to a deleted paragraph. {text}").format(text=text).strip()
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            return QBrush(QColor(BROKEN_COLOR))
        if role == Qt.ItemDataRole.FontRole and paragraph.kind is ParagraphKind.HEADING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return summary(paragraph, label, derived.footnote_numbers)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column title."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Outline")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Let paragraphs be dragged and sections and paragraphs receive drops."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() in SECTION_BY_KEY:
            return SECTION_FLAGS
        return PARAGRAPH_FLAGS

    # ---------------------------------------------------------------- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        """Allow moving paragraphs, and copying clauses in from the library."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        """Allow moving paragraphs only."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        """Return the paragraph and clause MIME types."""
        return [MIME_TYPE, CLAUSE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        """Pack the id of the first dragged paragraph."""
        data = QMimeData()
        for index in indexes:
            paragraph_id = self.paragraph_id(index)
            if paragraph_id is not None:
                data.setData(MIME_TYPE, QByteArray(paragraph_id.encode("ascii")))
                break
        return data

    def drop_target(self, row: int, parent: Index, moving_id: str | None) -> edit.Location | None:
        """Return where a paragraph dropped at ``row`` under ``parent`` lands."""
        part = self.section_of(parent)
        if part is not None:
            parent_id = None
        else:
            parent_id = self.paragraph_id(parent)
            if parent_id is None:
                return None
            info = self._session.derived.info.get(parent_id)
            if info is None:
                return None
            part = info.part
            target = self._session.resolution.find(parent_id)
            if target is not None and target.kind is not ParagraphKind.PARAGRAPH:
                # Headings and quotes hold no sub-paragraphs: a drop on one lands just after it.
                place = edit.locate(self._session.resolution, parent_id)
                index = place.index + 1
                if moving_id is not None:
                    origin = edit.locate(self._session.resolution, moving_id)
                    if origin.part is place.part and origin.parent_id == place.parent_id and (
                        origin.index < index
                    ):
                        index -= 1
                return edit.Location(place.part, place.parent_id, index)
        children = self._children_of(parent)
        count = len(children) if children is not None else 0
        index = count if row < 0 else min(row, count)
        if moving_id is not None:
            origin = edit.locate(self._session.resolution, moving_id)
            if origin.part is part and origin.parent_id == parent_id and origin.index < index:
                index -= 1  # the index counts after the paragraph was taken out
        return edit.Location(part, parent_id, index)

    def canDropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Accept paragraph (and clause) drops on sections and paragraphs."""
        clause = data.hasFormat(CLAUSE_MIME_TYPE) and self.clause_dropped is not None
        return (data.hasFormat(MIME_TYPE) or clause) and parent.isValid()

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dropped paragraph through an undoable command."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not parent.isValid():
            return False
        if data.hasFormat(CLAUSE_MIME_TYPE) and self.clause_dropped is not None:
            location = self.drop_target(row, parent, None)
            return location is not None and self.clause_dropped(data, location)
        if not data.hasFormat(MIME_TYPE):
            return False
        moving_id = bytes(data.data(MIME_TYPE).data()).decode("ascii")
        if self._session.paragraph(moving_id) is None:
            return False
        target = self.drop_target(row, parent, moving_id)
        if target is None:
            return False
        return self._session.move_to(moving_id, target)

    def removeRows(  # noqa: N802 - Qt override
        self, row: int, count: int, parent: Index = ROOT
    ) -> bool:
        """Refuse: the drop already moved the paragraph, so the view must not remove it."""
        return False


class OutlineView(QTreeView):
    """The outline tree: Tab and Shift+Tab indent and outdent, Delete removes a paragraph."""

    indent_requested = Signal()
    outdent_requested = Signal()
    delete_requested = Signal()
    current_paragraph_changed = Signal(object)  # paragraph id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(self.tr("Outline of the draft"))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        """Attach the model and follow its selection."""
        super().setModel(model)
        if model is not None:
            self.selectionModel().currentChanged.connect(self._current_changed)
            model.modelReset.connect(self.expandAll)
            self.expandAll()

    def outline_model(self) -> OutlineModel:
        """Return the outline model."""
        model = self.model()
        assert isinstance(model, OutlineModel)
        return model

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_paragraph_changed.emit(self.outline_model().paragraph_id(current))

    def current_paragraph(self) -> str | None:
        """Return the id of the selected paragraph."""
        return self.outline_model().paragraph_id(self.currentIndex())

    def select_paragraph(self, paragraph_id: str | None) -> None:
        """Select a paragraph's row (or clear the selection)."""
        model = self.outline_model()
        index = model.index_of(paragraph_id) if paragraph_id else QModelIndex()
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())

    def event(self, event: QEvent) -> bool:
        """Catch Tab and Shift+Tab before Qt uses them to move the focus."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Tab and plain:
                self.indent_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.outdent_requested.emit()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Delete removes the selected paragraph."""
        no_modifier = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Delete and no_modifier:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
