"""The outline: preamble, operative part, sub-paragraphs and headings as a tree.

Section rows hold the top-level paragraphs: "Preamble" and "Operative part" of the resolution,
the same two for each further part of a text in parts ("Part B: Preamble"), then one row per
annex, captioned with its heading and title, holding its opening paragraphs and then its
numbered ones. Items carry an integer key per paragraph and per section (Qt indexes cannot hold
Python strings safely); a structural change resets the model, a text change updates one row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from ..model.document import (
    BODY_PARTS,
    Annex,
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    Text,
)
from .i18n import QT_TRANSLATE_NOOP, translate
from .session import FOOTNOTES, TEXT, Session

MIME_TYPE = "application/x-draftdesk-paragraph"
CLAUSE_MIME_TYPE = "application/x-draftdesk-clause"  # dragged from the clause library
# Flags computed once: combining Qt enum flags in Python is slow, and views ask for every row.
SECTION_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDropEnabled)
PARAGRAPH_FLAGS = SECTION_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
SECTION_TITLES = {Part.PREAMBULAR: QT_TRANSLATE_NOOP("OutlineModel", "Preamble"),
                  Part.OPERATIVE: QT_TRANSLATE_NOOP("OutlineModel", "Operative part")}
PART_SECTION = QT_TRANSLATE_NOOP("OutlineModel", "Part {letter}: {section}")
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


@dataclass(frozen=True)
class Section:
    """A section row: a list of top-level paragraphs of the body, a further part or an annex.

    ``container`` is "" for the resolution's own body, else the id of the further part or the
    annex (as in ``edit.Location``); an annex's row has the part ``Part.ANNEX``.
    """

    key: int
    container: str
    part: Part
    letter: str = ""  # the part's letter in a text in parts

    @property
    def is_annex(self) -> bool:
        """Say whether the row is an annex."""
        return self.part is Part.ANNEX


def section_paragraphs(resolution: Resolution, section: Section) -> list[Paragraph]:
    """Return the rows under a section: an annex's opening paragraphs, then its numbered ones."""
    if section.is_annex:
        annex = edit.find_annex(resolution, section.container)
        return [*annex.preamble, *annex.paragraphs] if annex is not None else []
    try:
        return edit.top_level(resolution, section.part, section.container)
    except edit.EditError:
        return []  # the part went away; the model is reset on the next change


def _same_list(one: edit.Location, other: edit.Location) -> bool:
    return (one.part, one.parent_id, one.container) == (other.part, other.parent_id,
                                                        other.container)


def annex_caption(heading: str, annex: Annex) -> str:
    """Return "Annex I: Programme of action" (the heading alone when there is no title)."""
    title = " ".join(annex.title.split())
    if len(title) > SNIPPET:
        title = title[: SNIPPET - 1].rstrip() + "…"
    return f"{heading}: {title}" if title else heading


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
        self._sections: list[Section] = []
        self._section_by_key: dict[int, Section] = {}
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
        resolution = self._session.resolution
        sections = []
        texts = [("", resolution.part_letter)] + [
            (further.id, further.letter) for further in resolution.further_parts]
        for container, letter in texts:
            for part in BODY_PARTS:
                key = self._key(f"section:{container}:{part.value}")
                sections.append(Section(key, container, part, letter))
        for annex in resolution.annexes:
            sections.append(Section(self._key(f"section:{annex.id}"), annex.id, Part.ANNEX))
        self._sections = sections
        self._section_by_key = {section.key: section for section in sections}
        for section in sections:
            self._map_children(section_paragraphs(resolution, section), section.key)

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
        if not index.isValid() or index.internalId() in self._section_by_key:
            return None
        return self._ids.get(index.internalId())

    def section_at(self, index: Index) -> Section | None:
        """Return the section of a section row, or None."""
        if not index.isValid():
            return None
        return self._section_by_key.get(index.internalId())

    def section_of(self, index: Index) -> Part | None:
        """Return the part of a section row (``Part.ANNEX`` for an annex), or None."""
        section = self.section_at(index)
        return section.part if section is not None else None

    def annex_id(self, index: Index) -> str | None:
        """Return the id of the annex of an annex row, or None."""
        section = self.section_at(index)
        return section.container if section is not None and section.is_annex else None

    def part_id(self, index: Index) -> str | None:
        """Return the id of the further part of a part's section row, or None."""
        section = self.section_at(index)
        if section is None or section.is_annex or not section.container:
            return None
        return section.container

    def sections(self) -> list[Section]:
        """Return the section rows in order."""
        return list(self._sections)

    def section_index(self, part: Part, container: str = "") -> QModelIndex:
        """Return the index of a section row: a part of the body, of a further part (its
        id as ``container``), or an annex (its id as ``container``, any part)."""
        for row, section in enumerate(self._sections):
            if section.container == container and (section.part is part or section.is_annex):
                return self.createIndex(row, 0, section.key)
        return QModelIndex()

    def annex_index(self, annex_id: str) -> QModelIndex:
        """Return the index of an annex's row, or an invalid index."""
        return self.section_index(Part.ANNEX, annex_id)

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
        section = self.section_at(parent)
        if section is not None:
            return section_paragraphs(self._session.resolution, section)
        paragraph_id = self.paragraph_id(parent)
        paragraph = self._session.paragraph(paragraph_id) if paragraph_id else None
        return paragraph.children if paragraph is not None else []

    # ---------------------------------------------------------------- QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        """Return the index of a row under ``parent``."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._sections):
                return QModelIndex()
            return self.createIndex(row, 0, self._sections[row].key)
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
        section = self._section_by_key.get(parent_key)
        if section is not None:
            return self.createIndex(self._sections.index(section), 0, parent_key)
        parent_id = self._ids[parent_key]
        return self.createIndex(self._row[parent_id], 0, parent_key)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Return the number of rows under ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        if not parent.isValid():
            return len(self._sections)
        children = self._children_of(parent)
        return len(children) if children else 0

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Return the single column."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the row's text, tooltip or font."""
        if not index.isValid():
            return None
        section = self.section_at(index)
        if section is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                count = len(section_paragraphs(self._session.resolution, section))
                return f"{self.section_caption(section)} ({count})"
            if role == Qt.ItemDataRole.ToolTipRole and section.is_annex:
                return self.tr("Select to edit the annex's heading and title")
            if role == Qt.ItemDataRole.ToolTipRole and section.container:
                return self.tr("Select to edit the part's letter and title")
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

    def section_caption(self, section: Section) -> str:
        """Return a section row's caption: "Preamble", "Part B: Operative part", "Annex I:
        Programme of action" (an annex's heading as the draft prints it)."""
        if section.is_annex:
            annex = edit.find_annex(self._session.resolution, section.container)
            if annex is None:
                return ""
            return annex_caption(self._session.annex_caption(annex), annex)
        name = self.tr(SECTION_TITLES[section.part])
        if section.letter:
            return self.tr(PART_SECTION).format(letter=section.letter, section=name)
        return name

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
        if index.internalId() in self._section_by_key:
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
        resolution = self._session.resolution
        section = self.section_at(parent)
        if section is not None:
            parent_id = None
            part, container = section.part, section.container
            children = section_paragraphs(resolution, section)
            count = len(children)
            index = count if row < 0 else min(row, count)
            if section.is_annex:
                # One list of rows, two lists in the annex: its opening paragraphs first.
                annex = edit.find_annex(resolution, container)
                opening = len(annex.preamble) if annex is not None else 0
                if index < opening:
                    part = Part.PREAMBULAR
                else:
                    index -= opening
        else:
            parent_id = self.paragraph_id(parent)
            if parent_id is None or self._session.paragraph(parent_id) is None:
                return None
            place = edit.locate(resolution, parent_id)
            part, container = place.part, place.container
            target = resolution.find(parent_id)
            if target is not None and target.kind is not ParagraphKind.PARAGRAPH:
                # Headings and quotes hold no sub-paragraphs: a drop on one lands just after it.
                index = place.index + 1
                if moving_id is not None:
                    origin = edit.locate(resolution, moving_id)
                    if _same_list(origin, place) and origin.index < index:
                        index -= 1
                return place.at(index)
            children = target.children if target is not None else []
            index = len(children) if row < 0 else min(row, len(children))
        destination = edit.Location(part, parent_id, index, container)
        if moving_id is not None:
            origin = edit.locate(resolution, moving_id)
            if _same_list(origin, destination) and origin.index < index:
                destination = destination.at(index - 1)  # counted after taking it out
        return destination

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
    current_annex_changed = Signal(object)  # the id of the annex whose row is current, or None
    remove_annex_requested = Signal(str)  # Delete on an annex's row
    current_part_changed = Signal(object)  # the id of the further part whose row is current
    remove_part_requested = Signal(str)  # Delete on a further part's row

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
        model = self.outline_model()
        self.current_paragraph_changed.emit(model.paragraph_id(current))
        self.current_annex_changed.emit(model.annex_id(current))
        self.current_part_changed.emit(model.part_id(current))

    def current_annex(self) -> str | None:
        """Return the id of the annex whose row is selected, or None."""
        return self.outline_model().annex_id(self.currentIndex())

    def select_annex(self, annex_id: str) -> None:
        """Select an annex's row."""
        index = self.outline_model().annex_index(annex_id)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def current_part(self) -> str | None:
        """Return the id of the further part whose section row is selected, or None."""
        return self.outline_model().part_id(self.currentIndex())

    def select_part(self, part_id: str) -> None:
        """Select the first section row of a further part."""
        index = self.outline_model().section_index(Part.PREAMBULAR, part_id)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

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
            annex_id = self.current_annex()
            part_id = self.current_part()
            if annex_id is not None:
                self.remove_annex_requested.emit(annex_id)
            elif part_id is not None:
                self.remove_part_requested.emit(part_id)
            else:
                self.delete_requested.emit()
            return
        super().keyPressEvent(event)
