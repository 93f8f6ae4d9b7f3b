"""A live preview of the whole draft as it will print.

The document is built block by block with QTextCursor: one block per paragraph, so that typing
in one paragraph rewrites only that block (a few runs) instead of the whole document. Structural
changes (new, moved or deleted paragraphs, footnote markers) rebuild the document after a short
pause, since every label after the change may move.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..model.derive import (
    agenda_line,
    committee_line,
    date_line,
    opening_formula,
    organ_line,
    paragraph_runs,
    session_line,
    sponsors_line,
    symbol_line,
)
from ..model.document import Body, Paragraph, ParagraphKind, Part
from .session import TEXT, Session

# Page geometry after the measured L-document layout (un-format.md §4), in points, drawn at
# PREVIEW_SCALE of real size so that a page fits beside the editor.
PREVIEW_SCALE = 0.9
PX_PER_PT = 96 / 72 * PREVIEW_SCALE


def _pt(points: float) -> float:
    return points * PX_PER_PT


PAGE_WIDTH = round(_pt(492))  # the masthead spans x = 60 … 552 pt
PAGE_MARGIN = 14  # white space around the page in the preview, in pixels
BODY_INDENT = _pt(63.5)  # the body block is indented from both margins
FIRST_LINE = _pt(23.7)  # preambular first lines, the formula and labels
LABEL_TAB = _pt(23.8)  # from a label to its text
REBUILD_DELAY_MS = 150
FONT_FAMILY = "Times New Roman"
FONT_SIZE = 10 * PREVIEW_SCALE
BROKEN_REFERENCE = "[deleted paragraph]"  # what derive() prints for a reference to nothing


def _char(italic: bool = False, bold: bool = False, size: float | None = None,
          superscript: bool = False, color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(italic)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if size is not None:
        fmt.setFontPointSize(size)
    if superscript:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    if color is not None:
        fmt.setForeground(QBrush(color))
    return fmt


def _block(left: float = 0.0, first: float = 0.0, after: float = 6.0, align: Qt.AlignmentFlag
           = Qt.AlignmentFlag.AlignJustify, tabs: list[float] | None = None,
           right_tab: float | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLeftMargin(left)
    # The body block is indented from both margins; the masthead lines span the page.
    fmt.setRightMargin(BODY_INDENT if left >= BODY_INDENT and right_tab is None else 0.0)
    fmt.setTextIndent(first)
    fmt.setBottomMargin(after)
    fmt.setAlignment(align)
    stops = [QTextOption.Tab(position, QTextOption.TabType.LeftTab) for position in tabs or ()]
    if right_tab is not None:
        stops.append(QTextOption.Tab(right_tab, QTextOption.TabType.RightTab))
    if stops:
        fmt.setTabPositions(stops)
    return fmt


class PreviewDocumentBuilder:
    """Write a resolution into a QTextDocument and remember which block holds which paragraph."""

    BROKEN = QColor("#b00020")

    def __init__(self, session: Session, document: QTextDocument) -> None:
        self.session = session
        self.document = document
        self.blocks: dict[str, int] = {}

    def build(self) -> None:
        """Rewrite the whole document."""
        document = self.document
        document.clear()
        self.blocks = {}
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        self._masthead(cursor)
        resolution = self.session.resolution
        cursor.insertBlock(_block(BODY_INDENT, FIRST_LINE, after=8))
        formula = opening_formula(resolution)
        words, comma = (formula[:-1], ",") if formula.endswith(",") else (formula, "")
        cursor.insertText(words, _char(italic=True))
        cursor.insertText(comma, _char())
        for part in Part:
            for top in resolution.part(part):
                for paragraph in top.walk():
                    cursor.insertBlock(self._block_format(paragraph))
                    self.blocks[paragraph.id] = cursor.blockNumber()
                    self._write_paragraph(cursor, paragraph)
        self._footnotes(cursor)
        cursor.endEditBlock()

    def update_paragraph(self, paragraph: Paragraph) -> bool:
        """Rewrite one paragraph's block; return False when the block is unknown."""
        number = self.blocks.get(paragraph.id)
        if number is None:
            return False
        block = self.document.findBlockByNumber(number)
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        self._write_paragraph(cursor, paragraph)
        cursor.endEditBlock()
        return True

    # ------------------------------------------------------------ pieces

    def _block_format(self, paragraph: Paragraph) -> QTextBlockFormat:
        info = self.session.derived.info[paragraph.id]
        if paragraph.kind is ParagraphKind.HEADING:
            return _block(BODY_INDENT, 0, after=8, align=Qt.AlignmentFlag.AlignCenter)
        if paragraph.kind is ParagraphKind.QUOTE:
            return _block(BODY_INDENT + 2 * FIRST_LINE, 0)
        if info.label:
            # Tab stops count from where the first line starts, after the indent.
            return _block(BODY_INDENT, FIRST_LINE, tabs=[LABEL_TAB])
        return _block(BODY_INDENT, FIRST_LINE)

    def _write_paragraph(self, cursor: QTextCursor, paragraph: Paragraph) -> None:
        derived = self.session.derived
        info = derived.info[paragraph.id]
        if paragraph.kind is ParagraphKind.HEADING:
            numeral = f"{paragraph.numeral}. " if paragraph.numeral else ""
            cursor.insertText(numeral + paragraph.lead + paragraph.body_text, _char(bold=True))
            return
        if info.label:
            cursor.insertText(f"{info.label}\t", _char())
        for run in paragraph_runs(paragraph, derived):
            if run.note_number is not None or run.superscript:
                cursor.insertText(run.text, _char(superscript=True))
            elif run.text == BROKEN_REFERENCE:
                cursor.insertText(run.text, _char(color=self.BROKEN))
            else:
                cursor.insertText(run.text, _char(italic=run.italic))

    def _masthead(self, cursor: QTextCursor) -> None:
        meta = self.session.resolution.metadata
        cursor.setBlockFormat(_block(BODY_INDENT, 0, after=0, align=Qt.AlignmentFlag.AlignLeft,
                                     right_tab=PAGE_WIDTH - BODY_INDENT - 1))
        cursor.insertText("United Nations", _char(size=14 * PREVIEW_SCALE))
        symbol = symbol_line(meta)
        cursor.insertText("\t", _char())
        if symbol:
            cursor.insertText(symbol[:1], _char(size=20 * PREVIEW_SCALE))
            cursor.insertText(symbol[1:], _char(size=FONT_SIZE))
        else:
            cursor.insertText("symbol not yet assigned",
                              _char(italic=True, color=QColor("#777777")))
        cursor.insertBlock(_block(0, 0, after=2, align=Qt.AlignmentFlag.AlignLeft,
                                  tabs=[_pt(397 - 60)]))
        cursor.insertText(organ_line(meta), _char(bold=True, size=20 * PREVIEW_SCALE))
        distribution = "Provisional" if meta.body is Body.SECURITY_COUNCIL else (
            f"Distr.: {meta.distribution}")
        cursor.insertText("\t" + distribution, _char())
        for line in (date_line(meta), f"Original: {meta.original_language}"):
            if line:
                cursor.insertBlock(_block(_pt(397 - 60), 0, after=0,
                                          align=Qt.AlignmentFlag.AlignLeft))
                cursor.insertText(line, _char())
        cursor.insertBlock(_block(0, 0, after=10, align=Qt.AlignmentFlag.AlignLeft))
        cursor.insertHtml("<hr/>")
        for line, bold in ((session_line(meta), False), (committee_line(meta), True),
                           (agenda_line(meta), False)):
            if line:
                cursor.insertBlock(_block(0, 0, after=0, align=Qt.AlignmentFlag.AlignLeft))
                cursor.insertText(line, _char(bold=bold))
        for item in meta.agenda_items:
            if item.title:
                cursor.insertBlock(_block(0, 0, after=0, align=Qt.AlignmentFlag.AlignLeft))
                cursor.insertText(item.title, _char(bold=True))
        sponsors = sponsors_line(meta)
        if sponsors:
            cursor.insertBlock(_block(BODY_INDENT, 0, after=10, align=Qt.AlignmentFlag.AlignLeft))
            self._top_margin(cursor, 14)
            cursor.insertText(sponsors, _char(bold=True))
        if meta.title:
            cursor.insertBlock(_block(BODY_INDENT, 0, after=10, align=Qt.AlignmentFlag.AlignLeft))
            self._top_margin(cursor, 8)
            cursor.insertText(meta.title, _char(bold=True, size=FONT_SIZE + 2))

    @staticmethod
    def _top_margin(cursor: QTextCursor, value: float) -> None:
        fmt = cursor.blockFormat()
        fmt.setTopMargin(value)
        cursor.setBlockFormat(fmt)

    def _footnotes(self, cursor: QTextCursor) -> None:
        derived = self.session.derived
        notes = self.session.resolution.footnotes
        if not derived.footnote_order:
            return
        cursor.insertBlock(_block(BODY_INDENT - 6, 0, after=0, align=Qt.AlignmentFlag.AlignLeft))
        self._top_margin(cursor, 18)
        cursor.insertText("\u2014" * 6, _char(size=8 * PREVIEW_SCALE))
        for note_id in derived.footnote_order:
            cursor.insertBlock(_block(BODY_INDENT, -8, after=2, align=Qt.AlignmentFlag.AlignLeft))
            cursor.insertText(str(derived.footnote_numbers[note_id]),
                              _char(superscript=True, size=8.5 * PREVIEW_SCALE))
            cursor.insertText(" ", _char(size=8.5 * PREVIEW_SCALE))
            for run in notes[note_id].content:
                cursor.insertText(run.text, _char(italic=run.italic, size=8.5 * PREVIEW_SCALE))


class PreviewPane(QTextBrowser):
    """Show the draft as it will print, refreshed as the session changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        # Paper is white whatever the desktop theme.
        self.setStyleSheet("QTextBrowser#preview { background: white; color: black; }")
        self.setAccessibleName("Preview of the printed draft")
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        # The wrap width includes the frame's margins; the text itself gets PAGE_WIDTH.
        self.setLineWrapColumnOrWidth(PAGE_WIDTH + 2 * PAGE_MARGIN)
        document = QTextDocument(self)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(FONT_SIZE)
        font.setStyleHint(QFont.StyleHint.Serif)
        document.setDefaultFont(font)
        frame = QTextFrameFormat()
        frame.setMargin(PAGE_MARGIN)
        document.rootFrame().setFrameFormat(frame)
        document.setUndoRedoEnabled(False)
        self.setDocument(document)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        self._builder = PreviewDocumentBuilder(session, document)
        self.set_session(session)

    def set_session(self, session: Session) -> None:
        """Show another session's draft."""
        previous: Session | None = getattr(self, "_session", None)
        if previous is not None and previous is not session:
            previous.changed.disconnect(self._on_changed)
        self._session: Session = session
        self._builder.session = session
        session.changed.connect(self._on_changed)
        self.rebuild()

    def _on_changed(self, kind: str, paragraph_id: object) -> None:
        if self.sender() is not self._session:
            return
        if kind == TEXT and isinstance(paragraph_id, str) and not self._timer.isActive():
            paragraph = self._session.paragraph(paragraph_id)
            if paragraph is not None and self._builder.update_paragraph(paragraph):
                return
        self._timer.start()

    def rebuild(self) -> None:
        """Rebuild the whole preview now, keeping the scroll position."""
        self._timer.stop()
        bar = self.verticalScrollBar()
        position = bar.value()
        self._builder.build()
        bar.setValue(position)

    def show_paragraph(self, paragraph_id: str | None) -> None:
        """Scroll so that a paragraph is in view (unless it already is)."""
        number = self._builder.blocks.get(paragraph_id) if paragraph_id else None
        if number is None:
            return
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        rect = self.document().documentLayout().blockBoundingRect(block)
        bar = self.verticalScrollBar()
        top, bottom = bar.value(), bar.value() + self.viewport().height()
        if rect.bottom() < self.viewport().height():
            bar.setValue(0)  # keep the masthead in view for the first paragraphs
        elif rect.top() < top or rect.bottom() > bottom:
            bar.setValue(max(0, int(rect.top()) - self.viewport().height() // 4))

    def pending(self) -> bool:
        """Return True while a rebuild is scheduled."""
        return self._timer.isActive()

    def plain_text(self) -> str:
        """Return the preview's text (for tests and accessibility)."""
        return self.document().toPlainText()

    def block_of(self, paragraph_id: str) -> int | None:
        """Return the block number showing a paragraph."""
        return self._builder.blocks.get(paragraph_id)

