"""The document view: the whole resolution typed as one continuous text, as in a word processor.

Each text block is one paragraph of the model (its id kept in the block's user state). The
opening phrase is recognised as it is typed and set in italics; labels ("1.", "(a)") and end
punctuation are painted beside the text from ``derive()``, never part of it, so they cannot be
typed over or selected. Every change goes to the model through the session (one undo stack
with the outline and form), and the view redraws only the block of the paragraph that changed;
changes of structure (Enter, Tab, a paste, an undo) rebuild it from the model.

The further parts of a text in parts and the annexes follow the operative part, each under its
caption ("B", "Annex I" and its title), painted in the top margin of its first paragraph's
block like the labels; the same keys work inside them, and Backspace or Delete never join a
paragraph to one of another part or annex. An annex or a part with no paragraph shows as an
empty line under its caption, with a grey hint; what is typed there becomes its first
paragraph, as an empty page in a word processor takes the first words typed on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ..model import edit
from ..model.document import (
    BODY_PARTS,
    CrossRef,
    FootnoteRef,
    Inline,
    Paragraph,
    ParagraphKind,
    Part,
    Text,
)
from ..model.edit import OBJECT_CHARACTER
from ..model.phrases import split_lead
from .paragraph_editor import (
    ID_PROPERTY,
    KIND_PROPERTY,
    LABEL,
    NOTE,
    OBJECT_TYPE,
    InlineObjectPainter,
    clipboard_text,
    object_format,
    pasted_paragraphs,
    pasted_runs,
)
from .session import TEXT, Session, split_content

GUTTER = 56.0  # room for "10." or "(iii)" left of the text
STEP = 36.0  # indent per level
LEAD_WINDOW = 40  # edits this close to the start may change the opening phrase
CAPTION_GAP = 14.0  # room above a part's or an annex's caption
EMPTY = "empty:"  # the key of the line of an annex or a part without paragraphs, before its id
HINT_COLOR = "#8a8a8a"


class DocumentView(QTextEdit):
    """Edit the whole resolution as one text; the model stays the single truth."""

    paragraph_entered = Signal(str)  # the caret moved into another paragraph
    # (chunks, paragraph id, content offset): a paste of whole paragraphs, placed by the
    # paragraph form's paste rules so that both views paste alike.
    paste_requested = Signal(list, str, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Document"))
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the window's undo stack is the only history
        self.setTabChangesFocus(False)
        self.setViewportMargins(0, 0, 0, 0)
        self.session = session
        self._ids: dict[int, str] = {}
        self._states: dict[str, int] = {}
        self._loading = False
        self._pushing = False
        self._current: str | None = None
        # Captions painted above the first paragraph of a part or an annex: (text, bold).
        self._captions: dict[str, list[tuple[str, bool]]] = {}
        self._stale = True  # built when first shown: a hidden view costs nothing
        self.document().setDocumentMargin(12)
        self._painter = InlineObjectPainter(self)  # type: ignore[arg-type]
        self.document().documentLayout().registerHandler(OBJECT_TYPE, self._painter)
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        session.changed.connect(self._on_session_changed)

    # ------------------------------------------------------------ model → text

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Build the text when the view is first shown or the draft changed while hidden."""
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def set_session(self, session: Session) -> None:
        """Show another session's draft."""
        self.session.changed.disconnect(self._on_session_changed)
        self.session = session
        session.changed.connect(self._on_session_changed)
        self._current = None
        self._stale = True
        if self.isVisible():
            self.rebuild()

    def paragraphs(self) -> list[Paragraph]:
        """Return every paragraph in reading order: the body, further parts, annexes."""
        return [paragraph for _part, paragraph in self.session.resolution.walk()]

    def _lines(self) -> list[tuple[str, Paragraph | None]]:
        """Return what each block shows, in reading order: a paragraph by its id, or the
        empty line of an annex or a further part that has no paragraph (``EMPTY`` + its id)."""
        resolution = self.session.resolution
        lines: list[tuple[str, Paragraph | None]] = [
            (paragraph.id, paragraph) for part in BODY_PARTS
            for top in resolution.part(part) for paragraph in top.walk()]
        texts = [(further.id, [p for _part, p in further.walk()])
                 for further in resolution.further_parts]
        texts += [(annex.id, list(annex.walk())) for annex in resolution.annexes]
        for container, paragraphs in texts:
            if paragraphs:
                lines.extend((paragraph.id, paragraph) for paragraph in paragraphs)
            else:
                lines.append((EMPTY + container, None))
        return lines

    def empty_block(self, container: str) -> QTextBlock | None:
        """Return the empty line of an annex or a further part without paragraphs."""
        return self.block_of(EMPTY + container)

    def _hint(self, key: str) -> str:
        """Return the grey words on the empty line of an annex or a part."""
        container = key.removeprefix(EMPTY)
        annex = edit.find_annex(self.session.resolution, container)
        if annex is not None:
            return self.tr("Type the first paragraph of {annex} here").format(
                annex=self.session.annex_caption(annex))
        part = edit.find_part(self.session.resolution, container)
        letter = part.letter if part is not None else ""
        return self.tr("Type the first paragraph of part {letter} here").format(letter=letter)

    def _find_captions(self) -> dict[str, list[tuple[str, bool]]]:
        """Return the caption lines to paint above the first paragraph of each part and annex."""
        resolution = self.session.resolution
        captions: dict[str, list[tuple[str, bool]]] = {}

        def first_of(paragraphs: list[Paragraph], container: str = "") -> str | None:
            if paragraphs:
                return paragraphs[0].id
            return EMPTY + container if container else None

        if resolution.further_parts and resolution.part_letter:
            first = first_of([*resolution.preambular, *resolution.operative])
            if first is not None:
                captions[first] = [(resolution.part_letter, True)]
        for further in resolution.further_parts:
            first = first_of([*further.preambular, *further.operative], further.id)
            if first is not None:
                lines = [(further.letter, True)]
                if further.title:
                    lines.append((further.title, True))
                captions[first] = lines
        for annex in resolution.annexes:
            first = first_of([*annex.preamble, *annex.paragraphs], annex.id)
            if first is not None:
                lines = [(self.session.annex_caption(annex), False)]
                if annex.title:
                    lines.append((annex.title, True))
                captions[first] = lines
        return captions

    def rebuild(self) -> None:
        """Show the whole draft again, keeping the caret in its paragraph."""
        where = self.caret_target() if not self._stale else None
        self._stale = False
        self._loading = True
        try:
            document = self.document()
            document.clear()
            self._ids.clear()
            self._states.clear()
            self._captions = self._find_captions()
            cursor = QTextCursor(document)
            cursor.beginEditBlock()  # one layout pass for the whole draft
            for number, (key, paragraph) in enumerate(self._lines()):
                if number:
                    cursor.insertBlock()
                if paragraph is None:
                    self._write_empty_line(cursor, key)
                else:
                    self._write_block(cursor, paragraph)
            cursor.endEditBlock()
        finally:
            self._loading = False
        if where is not None:
            # Back in the paragraph it was in: putting the caret there again is no move into
            # another paragraph, so nothing is committed (an undo must not push a new step).
            self._current = where[0]
            self.place_caret(*where)
        self.viewport().update()

    def _state_for(self, paragraph_id: str) -> int:
        state = self._states.get(paragraph_id)
        if state is None:
            state = len(self._ids) + 1
            self._ids[state] = paragraph_id
            self._states[paragraph_id] = state
        return state

    def _write_empty_line(self, cursor: QTextCursor, key: str) -> None:
        """Write the empty line of an annex or a part without paragraphs, under its caption."""
        block_format = QTextBlockFormat()
        block_format.setLeftMargin(GUTTER)
        block_format.setBottomMargin(6)
        caption = self._captions.get(key)
        if caption:
            line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
            block_format.setTopMargin(CAPTION_GAP + line * (len(caption) + 0.5))
        cursor.setBlockFormat(block_format)
        cursor.block().setUserState(self._state_for(key))
        cursor.setCharFormat(QTextCharFormat())

    def _write_block(self, cursor: QTextCursor, paragraph: Paragraph) -> None:
        """Write a paragraph into the (empty) block at the cursor."""
        info = self.session.derived.info.get(paragraph.id)
        depth = info.depth if info is not None else 0
        block_format = QTextBlockFormat()
        block_format.setLeftMargin(GUTTER + STEP * depth)
        block_format.setBottomMargin(6)
        heading = paragraph.kind is ParagraphKind.HEADING
        if heading:
            block_format.setTopMargin(8)
        caption = self._captions.get(paragraph.id)
        if caption:
            line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
            block_format.setTopMargin(CAPTION_GAP + line * (len(caption) + 0.5))
        cursor.setBlockFormat(block_format)
        cursor.block().setUserState(self._state_for(paragraph.id))
        plain = QTextCharFormat()
        if heading:
            plain.setFontWeight(QFont.Weight.Bold)
        if paragraph.lead:
            lead = QTextCharFormat(plain)
            lead.setFontItalic(True)
            cursor.insertText(paragraph.lead, lead)
            if paragraph.content:
                cursor.insertText(" ", plain)
        for item in paragraph.content:
            if isinstance(item, Text):
                fmt = QTextCharFormat(plain)
                fmt.setFontItalic(item.italic)
                cursor.insertText(item.text, fmt)
            else:
                cursor.insertText(OBJECT_CHARACTER, object_format(item))
        cursor.setCharFormat(plain)

    def block_of(self, paragraph_id: str) -> QTextBlock | None:
        """Return the block that shows a paragraph."""
        state = self._states.get(paragraph_id)
        block = self.document().begin()
        while block.isValid():
            if block.userState() == state:
                return block
            block = block.next()
        return None

    def paragraph_id_of(self, block: QTextBlock) -> str | None:
        """Return the id of the paragraph a block shows."""
        return self._ids.get(block.userState())

    def paragraph_at(self, position: int) -> str | None:
        """Return the id of the paragraph the text at a position belongs to."""
        return self.paragraph_id_of(self.document().findBlock(position))

    def _rewrite(self, paragraph_id: str) -> None:
        """Show one paragraph again from the model, the caret where it was."""
        block = self.block_of(paragraph_id)
        paragraph = self.session.paragraph(paragraph_id)
        if block is None or paragraph is None:
            self.rebuild()
            return
        caret = self.textCursor()
        inside = caret.block() == block
        offset = caret.position() - block.position()
        self._loading = True
        try:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._write_block(cursor, paragraph)
        finally:
            self._loading = False
        if inside:
            caret = self.textCursor()
            caret.setPosition(block.position() + min(offset, block.length() - 1))
            self.setTextCursor(caret)
        self._set_typing_format()

    # ------------------------------------------------------------ text → model

    def _read_block(self, block: QTextBlock, paragraph: Paragraph,
                    caret: int | None) -> tuple[str, list[Inline]]:
        """Read a block as the paragraph's opening phrase and text."""
        items: list[tuple[str, QTextCharFormat]] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            items.append((fragment.text(), fragment.charFormat()))
            iterator += 1
        plain = "".join(text for text, _fmt in items)
        info = self.session.derived.info.get(paragraph.id)
        top = (info is not None and info.depth == 0
               and paragraph.kind is ParagraphKind.PARAGRAPH)
        # An annex's paragraphs keep an opening phrase they have, but none is read into them
        # from typing: "Decides" there is a word of the text.
        recognise = info is not None and info.part is not Part.ANNEX
        lead = ""
        if top:
            lead = paragraph.lead
            keeps = bool(lead) and plain.startswith(lead) and (
                len(plain) == len(lead) or plain[len(lead)] == " ")
            if not recognise:
                lead = lead if keeps else ""
            elif caret is None or caret <= max(len(lead), 0) + LEAD_WINDOW or not keeps:
                operative = info is not None and info.part is Part.OPERATIVE
                found, _rest = split_lead(plain.split(OBJECT_CHARACTER)[0], operative)
                if found:
                    lead = found
                elif not keeps:
                    lead = ""
        start = len(lead) + (1 if lead and plain[len(lead):len(lead) + 1] == " " else 0)
        content: list[Inline] = []
        position = 0
        for text, fmt in items:
            end = position + len(text)
            piece = text[max(0, start - position):] if position < start else text
            position = end
            if not piece:
                continue
            if fmt.objectType() == OBJECT_TYPE:
                kind, ident = fmt.property(KIND_PROPERTY), str(fmt.property(ID_PROPERTY))
                content.extend(FootnoteRef(ident) if kind == NOTE else CrossRef(ident)
                               for _ in piece)
            else:
                piece = piece.replace(OBJECT_CHARACTER, "")
                last = content[-1] if content else None
                if isinstance(last, Text) and last.italic == fmt.fontItalic():
                    content[-1] = Text(last.text + piece, last.italic)
                elif piece:
                    content.append(Text(piece, fmt.fontItalic()))
        return lead, content

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        document = self.document()
        if document.blockCount() != len(self._states):
            self._blocks_merged()
            return
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        while block.isValid():
            self._push_block(block)
            if block == last:
                break
            block = block.next()

    def _push_block(self, block: QTextBlock) -> None:
        paragraph_id = self.paragraph_id_of(block)
        if paragraph_id is not None and paragraph_id.startswith(EMPTY):
            if block.length() > 1:
                self._first_paragraph(block, paragraph_id.removeprefix(EMPTY))
            return
        paragraph = self.session.paragraph(paragraph_id) if paragraph_id else None
        if paragraph is None or paragraph_id is None:
            return
        caret = self.textCursor()
        offset = caret.position() - block.position() if caret.block() == block else None
        lead, content = self._read_block(block, paragraph, offset)
        old_lead = paragraph.lead
        self._pushing = True
        try:
            self.session.set_text(paragraph_id, lead, content)
        finally:
            self._pushing = False
        if lead != old_lead:
            self._rewrite(paragraph_id)  # the opening phrase in italics, the rest upright
        # Labels do not change with the words; the end punctuation is repainted with the
        # block Qt lays out again.

    def _first_paragraph(self, block: QTextBlock, container: str) -> str | None:
        """Make what was typed on the empty line of an annex or a part its first paragraph
        (a numbered one in an annex, an operative one in a part); return its id."""
        typed = block.text().replace(OBJECT_CHARACTER, "")
        paragraph = Paragraph(content=[Text(typed)] if typed else [])
        part = Part.ANNEX if edit.find_annex(self.session.resolution, container) else \
            Part.OPERATIVE
        self._pushing = True
        try:
            added = self.session.insert_paragraph(
                edit.Location(part, None, 0, container), paragraph,
                self.tr("Type a first paragraph"))
        finally:
            self._pushing = False
        self.rebuild()
        if added is None:
            return None
        self.session.new_burst()  # the next keys typed are a step of their own
        self.place_caret(added.id, len(typed))
        return added.id

    def _blocks_merged(self) -> None:
        """A selection across paragraphs was deleted: drop the paragraphs it took."""
        present: list[str] = []
        block = self.document().begin()
        while block.isValid():
            pid = self.paragraph_id_of(block)
            if pid is not None and pid not in present:
                present.append(pid)
            block = block.next()
        gone = [p.id for p in self.paragraphs() if p.id not in present]
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete"))
        try:
            block = self.textCursor().block()
            self._push_block(block)
            for paragraph_id in gone:
                if self.session.paragraph(paragraph_id) is not None:
                    self.session.delete_paragraph(paragraph_id)
        finally:
            stack.endMacro()
        self.rebuild()

    def _on_session_changed(self, kind: str, paragraph_id: object) -> None:
        if self._pushing:
            return
        if not self.isVisible():
            self._stale = True
            return
        if kind == TEXT and isinstance(paragraph_id, str) and self.block_of(paragraph_id):
            self._rewrite(paragraph_id)
            self.viewport().update()
        else:
            self.rebuild()

    # ------------------------------------------------------------ the caret

    def caret_target(self) -> tuple[str, int] | None:
        """Return the caret's paragraph and its offset in the paragraph's text."""
        cursor = self.textCursor()
        paragraph_id = self.paragraph_id_of(cursor.block())
        paragraph = self.session.paragraph(paragraph_id) if paragraph_id else None
        if paragraph is None or paragraph_id is None:
            return None
        offset = cursor.position() - cursor.block().position()
        skip = len(paragraph.lead) + (1 if paragraph.lead and paragraph.content else 0)
        return paragraph_id, max(0, offset - skip)

    def place_caret(self, paragraph_id: str, offset: int) -> None:
        """Put the caret in a paragraph's text at ``offset`` (after its opening phrase)."""
        block = self.block_of(paragraph_id)
        paragraph = self.session.paragraph(paragraph_id)
        if block is None or paragraph is None:
            return
        skip = len(paragraph.lead) + (1 if paragraph.lead and paragraph.content else 0)
        cursor = self.textCursor()
        cursor.setPosition(block.position() + min(skip + offset, block.length() - 1))
        self.setTextCursor(cursor)

    def _on_cursor_moved(self) -> None:
        if self._loading:
            return
        target = self.caret_target()
        paragraph_id = target[0] if target else None
        if paragraph_id is not None and paragraph_id != self._current:
            if self._current is not None:
                self.session.commit_text(self._current)
            self._current = paragraph_id
            self.paragraph_entered.emit(paragraph_id)
        self._set_typing_format()

    def _set_typing_format(self) -> None:
        """Type upright after the opening phrase, in italics inside it."""
        cursor = self.textCursor()
        paragraph_id = self.paragraph_id_of(cursor.block())
        paragraph = self.session.paragraph(paragraph_id) if paragraph_id else None
        if paragraph is None or cursor.hasSelection():
            return
        offset = cursor.position() - cursor.block().position()
        if paragraph.lead and offset >= len(paragraph.lead):
            fmt = self.currentCharFormat()
            if fmt.fontItalic() and offset <= len(paragraph.lead) + 1:
                fmt.setFontItalic(False)
                self.setCurrentCharFormat(fmt)

    # ------------------------------------------------------------ keys

    def event(self, event: QEvent) -> bool:
        """Take Tab and Shift+Tab for levels, before Qt uses them to move the focus."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._change_level(event.key() == Qt.Key.Key_Tab
                               and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter, Backspace at a paragraph's start and Delete at its end act on paragraphs."""
        key = event.key()
        cursor = self.textCursor()
        block = cursor.block()
        offset = cursor.position() - block.position()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if cursor.hasSelection():
                cursor.removeSelectedText()
            self._split()
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and offset == 0:
            if block.previous().isValid():
                self._join(block.previous(), block)
            return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and \
                offset == block.length() - 1:
            if block.next().isValid():
                self._join(block, block.next())
            return
        super().keyPressEvent(event)

    def _split(self) -> None:
        """Start the next paragraph of the same kind, the text after the caret in it."""
        target = self.caret_target()
        if target is None:
            return
        paragraph_id, offset = target
        paragraph = self.session.paragraph(paragraph_id)
        assert paragraph is not None
        before, after = split_content(paragraph.content, offset)
        before = _trim(before, end=True)
        after = _trim(after, end=False)
        self.session.commit_text(paragraph_id)
        created = self.session.split_paragraph(paragraph_id, paragraph.lead, before, [after])
        if created:
            self.place_caret(created[0], 0)
            self.setFocus()

    def _join(self, first: QTextBlock, second: QTextBlock) -> None:
        """Join a paragraph to the one before it (Backspace at its start)."""
        first_id, second_id = self.paragraph_id_of(first), self.paragraph_id_of(second)
        upper = self.session.paragraph(first_id) if first_id else None
        lower = self.session.paragraph(second_id) if second_id else None
        if upper is None or lower is None or first_id is None or second_id is None:
            return
        resolution = self.session.resolution
        if edit.locate(resolution, first_id).container != \
                edit.locate(resolution, second_id).container:
            return  # the start of a part or an annex, as the start of the text
        if lower.children:
            self.session.error.emit(
                self.tr("Move or delete its sub-paragraphs before joining it."))
            return
        words: list[Inline] = list(upper.content)
        extra = ([Text(lower.lead + " ")] if lower.lead else []) + list(lower.content)
        if words and extra and isinstance(words[-1], Text) and not words[-1].text.endswith(" "):
            words.append(Text(" "))
        joined_at = sum(len(i.text) if isinstance(i, Text) else 1 for i in words)
        stack = self.session.undo_stack
        self.session.new_burst()
        stack.beginMacro(self.tr("Join paragraphs"))
        try:
            self.session.set_text(first_id, upper.lead, _merge(words + extra))
            self.session.delete_paragraph(second_id)
        finally:
            stack.endMacro()
        self.session.new_burst()
        self.rebuild()
        self.place_caret(first_id, joined_at)

    def _change_level(self, deeper: bool) -> None:
        target = self.caret_target()
        if target is None:
            return
        paragraph_id, offset = target
        self.session.commit_text(paragraph_id)
        if deeper:
            self.session.indent(paragraph_id)
        else:
            self.session.outdent(paragraph_id)
        self.place_caret(paragraph_id, offset)

    # ------------------------------------------------------------ paste

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Paste as the form does: whole paragraphs by its rules, words at the caret."""
        chunks = pasted_paragraphs(clipboard_text(source))
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        target = self.caret_target()
        key = self.paragraph_id_of(cursor.block())
        if target is None and key is not None and key.startswith(EMPTY):
            # A paste on the empty line of an annex or a part: its first paragraph takes it.
            if self._first_paragraph(cursor.block(), key.removeprefix(EMPTY)) is None:
                return
            target = self.caret_target()
        if target is None:
            return
        paragraph_id, offset = target
        paragraph = self.session.paragraph(paragraph_id)
        empty = paragraph is not None and not paragraph.lead and not paragraph.content
        if len(chunks) > 1 or (chunks and LABEL.match(chunks[0])) or (
                empty and chunks and chunks[0].strip()):
            self.session.commit_text(paragraph_id)
            self.paste_requested.emit(chunks, paragraph_id, offset)
            return
        for run in pasted_runs(chunks[0] if chunks else ""):
            fmt = QTextCharFormat()
            fmt.setFontItalic(run.italic)
            cursor.insertText(run.text, fmt)
        self.setTextCursor(cursor)

    # ------------------------------------------------------------ labels and endings

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the text, then each visible paragraph's label and end punctuation."""
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#5e5c64"))
        metrics = QFontMetricsF(self.document().defaultFont())
        layout = self.document().documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        area = event.rect()
        height = area.bottom() + 1
        block = self.cursorForPosition(area.topLeft()).block()
        if block.previous().isValid():
            block = block.previous()  # its caption may reach into the area
        derived = self.session.derived
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(dx, dy)
            if rect.top() > height:
                break
            paragraph_id = self.paragraph_id_of(block)
            caption = self._captions.get(paragraph_id) if paragraph_id else None
            info = derived.info.get(paragraph_id) if paragraph_id else None
            text_layout = block.layout()
            if caption and text_layout is not None and text_layout.lineCount():
                self._paint_caption(painter, rect, rect.top() + text_layout.lineAt(0).y(),
                                    caption)
            if paragraph_id is not None and paragraph_id.startswith(EMPTY) and \
                    block.length() == 1 and text_layout is not None and text_layout.lineCount():
                self._paint_hint(painter, rect, text_layout.lineAt(0).y(),
                                 self._hint(paragraph_id))
            if info is not None and text_layout is not None and text_layout.lineCount():
                first = text_layout.lineAt(0)
                left = rect.left() + block.blockFormat().leftMargin()
                baseline = rect.top() + first.y() + first.ascent()
                if info.label:
                    width = metrics.horizontalAdvance(info.label)
                    painter.drawText(QPointF(left - width - 8, baseline), info.label)
                if info.end:
                    last = text_layout.lineAt(text_layout.lineCount() - 1)
                    found = last.cursorToX(block.length() - 1)
                    x = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
                    painter.drawText(QPointF(rect.left() + x + 1,
                                             rect.top() + last.y() + last.ascent()), info.end)
            block = block.next()
        painter.end()

    def _paint_caption(self, painter: QPainter, rect: QRectF, text_top: float,
                       lines: list[tuple[str, bool]]) -> None:
        """Paint a part's letter or an annex's heading and title, centred in the margin above
        the first line of its first paragraph (``text_top``)."""
        painter.save()
        painter.setPen(self.palette().text().color())
        font = QFont(self.document().defaultFont())
        spacing = QFontMetricsF(font).lineSpacing()
        top = text_top - spacing * (len(lines) + 0.5)
        for text, bold in lines:
            font.setBold(bold)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            width = rect.width() - 2 * GUTTER
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            box = QRectF(rect.left() + GUTTER, top, width, metrics.lineSpacing())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, shown)
            top += metrics.lineSpacing()
        painter.restore()

    def _paint_hint(self, painter: QPainter, rect: QRectF, line_top: float, text: str) -> None:
        """Paint the grey hint on an empty line, where the typed text will start."""
        painter.save()
        painter.setPen(QColor(HINT_COLOR))
        font = QFont(self.document().defaultFont())
        font.setItalic(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.drawText(QPointF(rect.left() + GUTTER + 2,
                                 rect.top() + line_top + metrics.ascent()), text)
        painter.restore()

    def captions(self) -> dict[str, list[str]]:
        """Return the captions shown, by the paragraph they stand above (for tests and tools)."""
        return {pid: [text for text, _bold in lines] for pid, lines in self._captions.items()}

    def label_rect(self, paragraph_id: str) -> QRectF:
        """Return where a paragraph's label is painted (for tests and accessibility)."""
        block = self.block_of(paragraph_id)
        if block is None:
            return QRectF()
        return self.document().documentLayout().blockBoundingRect(block)


def _trim(content: list[Inline], end: bool) -> list[Inline]:
    """Drop the space at the split (it belongs to neither paragraph)."""
    if not content:
        return content
    index = -1 if end else 0
    item = content[index]
    if not isinstance(item, Text):
        return content
    text = item.text.rstrip() if end else item.text.lstrip()
    rest = content[:-1] if end else content[1:]
    if not text:
        return rest
    return rest + [Text(text, item.italic)] if end else [Text(text, item.italic)] + rest


def _merge(content: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for item in content:
        last = out[-1] if out else None
        if isinstance(item, Text) and isinstance(last, Text) and last.italic == item.italic:
            out[-1] = Text(last.text + item.text, item.italic)
        elif not isinstance(item, Text) or item.text:
            out.append(item)
    return out

