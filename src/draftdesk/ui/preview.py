"""A live print-layout preview: the draft on pages of the right paper, as the export prints it.

``PageLayout`` lays out every printed block with its own QTextLayout (in tenths of a point, so
that fonts and the geometry of ``draftdesk.export.styles`` map to whole units) and paginates
them by arithmetic on line counts: every line of the body has a fixed pitch, as in the Word
export. Footnotes go to the bottom of the page of their first reference. ``PreviewPane`` paints
the visible pages only, as white sheets on a grey desk.

A draft that opens lays out only its first pages before the window paints; the rest are laid
out in idle time, a few milliseconds at a time, or at once when something needs them (a page
scrolled into view, a paragraph jumped to, the page count asked for, typing). Typing in one
paragraph lays out that paragraph again and repaginates (a pass over line counts, no text
layout); structural changes (new, moved or deleted paragraphs, markers, metadata) rebuild
after a short pause, reusing the layout of every paragraph whose printed text did not change.
What the pages say, in what order, comes from ``draftdesk.compose``: nothing is arranged or
numbered here.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from ..compose import Block as PrintedBlock
from ..compose import Paper as PaperName
from ..compose import PrintedDocument, Role, compose, language_of, no_break_text, paragraph_block
from ..compose.page import NO_BREAK_HYPHEN
from ..export import styles as S
from ..model.derive import Derived
from ..model.document import Body, Paragraph, ParagraphKind, Resolution
from .session import TEXT, Session, without_typed_ending

# Layout unit: a tenth of a point, i.e. two twips. Fonts are set in these units as pixel
# sizes (10 pt = 100), so that the layout does not depend on the screen's resolution.
UNIT_PER_PT = 10


def _u(twips: float) -> float:
    return twips / 2


PT = UNIT_PER_PT
MARGIN_SIDE = _u(S.MARGIN_SIDE)
MARGIN_TOP = _u(S.MARGIN_TOP)
MARGIN_BOTTOM = _u(S.MARGIN_BOTTOM)
HEADER_DISTANCE = _u(S.HEADER_DISTANCE)
FOOTER_DISTANCE = _u(S.FOOTER_DISTANCE)
BODY_INDENT = _u(S.BODY_INDENT)
FIRST_LINE = _u(S.FIRST_LINE)
LABEL_TAB = _u(S.LABEL_TAB)  # from the margin
DISTR_TAB = _u(S.DISTR_TAB)  # from the margin
NOTE_HANGING = _u(S.NOTE_HANGING)
SESSION_RIGHT = _u(S.SESSION_RIGHT)
RULE_LENGTH = _u(S.RULE_LENGTH)
LETTER_SPACING = _u(S.LETTER_SPACING)
BODY_PITCH = 12 * PT
NOTE_PITCH = 10.5 * PT
NOTE_SIZE = 8.5 * PT
SEPARATOR_HEIGHT = 12 * PT  # the footnote separator paragraph above the notes
# The short rule above the notes, where the export draws it: from x = 100 pt, 71 pt long.
NOTE_RULE_X = MARGIN_SIDE + _u(S.NOTE_RULE_LEFT)
NOTE_RULE_LENGTH = _u(S.NOTE_RULE_LENGTH)

FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "serif"]
REBUILD_DELAY_MS = 150
# Laying out in idle time: so many seconds of work at a time, then the events waiting.
IDLE_SLICE_S = 0.008
LAYOUT_CHUNK = 16  # blocks laid out between two looks at how many pages are ready
FIRST_PAGES = 2  # pages laid out before a draft that opens is first painted
BROKEN_COLOR = QColor("#b00020")
DESK_COLOR = QColor("#808487")
SHADOW_COLOR = QColor(0, 0, 0, 70)
PAGE_GAP = 16  # pixels between pages and around them
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0

_fonts: dict[tuple[float, bool, bool, float], QFont] = {}


def serif(size: float = 10 * PT, bold: bool = False, italic: bool = False,
          spacing: float = LETTER_SPACING) -> QFont:
    """Return the printed serif font at ``size`` layout units, ``spacing`` between letters."""
    key = (size, bold, italic, spacing)
    font = _fonts.get(key)
    if font is None:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPixelSize(round(size))
        font.setBold(bold)
        font.setItalic(italic)
        font.setKerning(True)
        # The export's character spacing (styles.LETTER_SPACING), or a masthead's own.
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        _fonts[key] = font
    return font


# ------------------------------------------------------------------ printed blocks


class Piece(NamedTuple):
    """A run of printed text with its look."""

    text: str
    italic: bool = False
    superscript: bool = False
    broken: bool = False
    note_id: str | None = None  # set on a footnote marker


@dataclass
class Block:
    """One printed paragraph: its text layout and where it sits on the page."""

    pieces: tuple[Piece, ...]
    left: float  # from the page's left edge
    width: float
    first: float = 0.0  # extra indent of the first line (negative: hanging)
    pitch: float = BODY_PITCH
    before: float = 0.0
    after: float = 0.0
    size: float = 10 * PT
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify
    tab: float | None = None  # one left tab stop, from the first line's start
    keep_next: bool = False
    rule: float = 0.0  # a rule this long, centred, instead of text
    paragraph_id: str | None = None
    source: PrintedBlock | None = None  # the composed block this one prints
    layout: QTextLayout | None = None
    markers: list[tuple[int, str]] = field(default_factory=list)  # (line, note id)

    @property
    def text(self) -> str:
        """Return the block's plain text."""
        return "".join(piece.text for piece in self.pieces)

    @property
    def line_count(self) -> int:
        """Return the number of printed lines."""
        if self.layout is None:
            return 1
        return self.layout.lineCount()

    def lay_out(self) -> None:
        """Break the text into lines at the block's width."""
        if self.rule:
            return
        text = self.text.replace("\n", "\u2028")
        # A symbol's no-break hyphens (U+2011) print as hyphens of the text's own font (Times
        # and Liberation Serif have no U+2011, and a PDF reader would copy it): the line
        # breaker below keeps them from ending a line instead.
        no_break = {i for i, ch in enumerate(text) if ch == NO_BREAK_HYPHEN}
        if no_break:
            text = text.replace(NO_BREAK_HYPHEN, "-")
        layout = QTextLayout(text, serif(self.size, self.bold))
        option = QTextOption(self.align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self.tab is not None:
            option.setTabs([QTextOption.Tab(self.tab, QTextOption.TabType.LeftTab)])
        layout.setTextOption(option)
        ranges = []
        position = 0
        for piece in self.pieces:
            if piece.italic or piece.superscript or piece.broken:
                fmt = QTextCharFormat()
                if piece.italic:
                    fmt.setFontItalic(True)
                if piece.superscript:
                    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                if piece.broken:
                    fmt.setForeground(QBrush(BROKEN_COLOR))
                item = QTextLayout.FormatRange()
                item.start, item.length, item.format = position, len(piece.text), fmt
                ranges.append(item)
            position += len(piece.text)
        layout.setFormats(ranges)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            indent = self.first if line.lineNumber() == 0 else 0.0
            width = max(1.0, self.width - indent)
            line.setLineWidth(width)
            start = line.textStart()
            end = start + line.textLength()
            if end < len(text) and not text[end].isspace() and (
                    text[end - 1] == "/" or end - 1 in no_break):
                # Qt breaks after a slash; Word and LibreOffice keep "A/71/53" whole, and so
                # must a UN page (un-format.md §4), as "ES-10/15" after its no-break hyphen:
                # break at the last space before it.
                space = text.rfind(" ", start, end)
                if space > start and not _end_line_at_space(line, text, space + 1 - start,
                                                            width):
                    line.setLineWidth(width)  # no clean break: keep Qt's own
            line.setPosition(QPointF(indent, 0))
        layout.endLayout()
        self.layout = layout
        self.markers = []
        position = 0
        for piece in self.pieces:
            if piece.note_id is not None:
                line_number = layout.lineForTextPosition(position).lineNumber()
                self.markers.append((max(0, line_number), piece.note_id))
            position += len(piece.text)

    def draw_lines(self, painter: QPainter, first: int, count: int, top: float) -> None:
        """Draw lines ``first`` … ``first + count - 1`` with the first one's top at ``top``."""
        if self.rule:
            y = top + self.pitch - 5
            x = self.left + (self.width - self.rule) / 2
            painter.setPen(QPen(QColor("black"), 7.5))
            painter.drawLine(QPointF(x, y), QPointF(x + self.rule, y))
            return
        assert self.layout is not None
        painter.setPen(QColor("black"))
        for index in range(first, first + count):
            line = self.layout.lineAt(index)
            baseline = top + (index - first) * self.pitch + _baseline(self.pitch, self.size)
            line.draw(painter, QPointF(self.left, baseline - line.ascent()))


def _end_line_at_space(line: QTextLine, text: str, columns: int, width: float) -> bool:
    """Lay ``line`` out to end at the space its first ``columns`` characters end with.

    Qt may carry one character more (a tab or a format range before it shifts its count):
    fewer columns are tried until the line ends at the space. Return False when it never does.
    """
    start = line.textStart()
    while columns > 0:
        line.setNumColumns(columns, width)
        if text[start + line.textLength() - 1].isspace():
            return True
        columns -= 1
    return False


def _baseline(pitch: float, size: float) -> float:
    """Return where the baseline sits in a line of exact height, as Word places it."""
    return pitch - (pitch - size) / 2 - 0.22 * size


def _pieces_of(block: PrintedBlock) -> tuple[Piece, ...]:
    """Return the pieces of a composed block: its label and tab, then its spans."""
    pieces: list[Piece] = []
    if block.label:
        pieces.append(Piece(f"{block.label}\t"))
    for span in block.spans:
        # A hidden reference prints nothing here but still places its note on the page.
        pieces.append(Piece("" if span.hidden else no_break_text(span), italic=span.italic,
                            superscript=span.superscript, broken=span.broken,
                            note_id=span.note_id))
    return tuple(pieces)


@dataclass
class Slice:
    """Some lines of a block on one page."""

    block: int
    first: int
    count: int
    top: float


@dataclass
class Page:
    """What one page holds."""

    number: int
    top: float
    slices: list[Slice] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notes_height: float = 0.0


class DraftView(Protocol):
    """What the layout reads of a draft: the window's session, or a draft printed without it."""

    @property
    def resolution(self) -> Resolution: ...

    @property
    def derived(self) -> Derived: ...


class PageLayout:
    """The draft laid out on pages; paints any page onto a QPainter in layout units."""

    def __init__(self, session: DraftView) -> None:
        self.session = session
        self.blocks: list[Block] = []
        self.notes: dict[str, Block] = {}
        self.note_numbers: dict[str, int] = {}
        self.pages: list[Page] = [Page(1, 0.0)]
        self.masthead: list[tuple[str, Any]] = []
        self.printed: PrintedDocument | None = None  # the composition the pages show
        self._paper: tuple[PrintedDocument | None, S.PageSize] = (None, S.LETTER)
        self._by_paragraph: dict[str, int] = {}
        self._cache: dict[str, Block] = {}
        self._note_cache: dict[str, Block] = {}
        self._page_of_block: list[int] = []
        self._laid_out = 0  # blocks before this one are laid out and on the pages
        self.repaginated = False
        # Change bars beside paragraphs, by paragraph id (the changes against a version).
        self.change_marks: dict[str, QColor] = {}

    # -------------------------------------------------------------- geometry

    @property
    def paper(self) -> S.PageSize:
        """Return the paper the composition prints on."""
        printed = self.printed
        if printed is None:
            printed = compose(self.session.resolution, derived=self.session.derived)
        elif self._paper[0] is printed:
            return self._paper[1]  # asked once for every block laid out
        paper = S.A4 if printed.paper is PaperName.A4 else S.LETTER
        self._paper = (self.printed, paper)
        return paper

    @property
    def width(self) -> float:
        """Return the page width in layout units."""
        return _u(self.paper.width)

    @property
    def height(self) -> float:
        """Return the page height in layout units."""
        return _u(self.paper.height)

    @property
    def text_width(self) -> float:
        """Return the width between the side margins."""
        return self.width - 2 * MARGIN_SIDE

    @property
    def body_width(self) -> float:
        """Return the width of the indented body block."""
        return self.text_width - 2 * BODY_INDENT

    @property
    def bottom(self) -> float:
        """Return where the text area ends."""
        return self.height - MARGIN_BOTTOM

    # Masthead rows (first-page header), heights from the export's exact line spacing.
    MASTHEAD_ROWS = (24 * PT, 28.5 * PT, 12 * PT, 12 * PT, 12 * PT, 82 * PT)
    HEAVY_RULE = 2.25 * PT

    @property
    def first_top(self) -> float:
        """Return where the body starts on page 1, under the masthead."""
        return max(MARGIN_TOP, HEADER_DISTANCE + sum(self.MASTHEAD_ROWS) + self.HEAVY_RULE + 10)

    # -------------------------------------------------------------- building

    def build(self, reuse: bool = True) -> None:
        """Lay out the whole draft again, reusing unchanged paragraphs, and paginate."""
        self.start_build(reuse)
        self.finish()

    def start_build(self, reuse: bool = True, pages: int = 0) -> None:
        """Compose the draft again and lay out its first ``pages`` pages only.

        The rest follows with ``lay_out_more`` or ``finish``; every query below that needs
        more of the layout than is done finishes what it needs first.
        """
        if not reuse:
            self._cache, self._note_cache = {}, {}
        session = self.session
        printed = compose(session.resolution, derived=session.derived)
        self.printed = printed
        cache: dict[str, Block] = {}
        self._by_paragraph = {}
        blocks: list[Block] = []
        first_closing = True
        for source in printed.blocks:
            if source.paragraph_id is not None:
                block = self._paragraph_block(source, cache)
                self._by_paragraph.setdefault(source.paragraph_id, len(blocks))
            else:
                block = self._furniture_block(source, bool(blocks), first_closing)
                first_closing = first_closing and source.role is not Role.CLOSING
            blocks.append(block)
        self._cache = cache
        self.blocks = blocks
        notes: dict[str, Block] = {}
        self.note_numbers = {n.note_id: n.number for n in printed.notes if n.number is not None}
        # Asterisk notes too: they print first under the one rule, on page 1.
        for note in printed.all_notes():
            pieces = (Piece(note.mark, superscript=True), Piece("\t"),
                      *(Piece(no_break_text(t), italic=t.italic) for t in note.spans))
            old = self._note_cache.get(note.note_id)
            if old is not None and old.pieces == pieces and old.width == self.body_width:
                notes[note.note_id] = old
                continue
            # Laid out when a page first makes room for it (``_note_lines``).
            notes[note.note_id] = self._note_block(pieces)
        self.notes = notes
        self._note_cache = notes
        self._masthead()
        self._laid_out = 0
        self._page_of_block = [0] * len(blocks)
        self.pages = [Page(1, self.first_top)]
        self.ensure_pages(pages)

    @property
    def complete(self) -> bool:
        """Say whether every block is laid out and paginated."""
        return self._laid_out >= len(self.blocks)

    def lay_out_more(self, count: int = LAYOUT_CHUNK) -> None:
        """Lay out the next ``count`` blocks and paginate them after those before."""
        start = self._laid_out
        end = min(len(self.blocks), start + count)
        if end <= start:
            return
        for block in self.blocks[start:end]:
            if block.layout is None and not block.rule:
                block.lay_out()
        self._laid_out = end
        # From the last block paginated before: its keep-with-next looked at an unknown one.
        self.paginate(max(0, start - 1))

    def lay_out_for(self, seconds: float) -> None:
        """Lay out more blocks for about ``seconds`` (a slice of idle time)."""
        deadline = time.perf_counter() + seconds
        while not self.complete and time.perf_counter() < deadline:
            self.lay_out_more(4)

    def finish(self) -> None:
        """Lay out and paginate whatever is left."""
        if not self.complete:
            self.lay_out_more(len(self.blocks))

    def ensure_pages(self, count: int) -> None:
        """Lay out until the first ``count`` pages are final."""
        # A page is final once two more have begun: the last block placed may still move
        # back a page when the one after it (still unknown) wants to be kept with it.
        while not self.complete and len(self.pages) < count + 2:
            self.lay_out_more()

    def ensure_block(self, index: int) -> None:
        """Lay out until block ``index`` is on its final pages."""
        while not self.complete and (self._laid_out <= index + 1
                                     or self._page_of_block[index] + 2 >= len(self.pages)):
            self.lay_out_more()

    def estimated_page_count(self) -> int:
        """Return the page count, or while not complete a guess from the pages so far."""
        done = len(self.pages)
        if self.complete:
            return done
        share = self._laid_out / max(1, len(self.blocks))
        return max(done, round(done / share) if share else done)

    def update_paragraph(self, paragraph: Paragraph, force: bool = False) -> bool:
        """Lay out one paragraph again after typing; return False when it is not shown.

        ``repaginated`` tells afterwards whether the pages changed (the paragraph's line count
        or the lines of its footnote markers did), or only the paragraph's own lines.
        """
        self.repaginated = False
        self.finish()  # the pages after the paragraph move with it
        index = self._by_paragraph.get(paragraph.id)
        if index is None or paragraph.id not in self.session.derived.info:
            return False
        old = self.blocks[index]
        if force:
            self._cache.pop(paragraph.id, None)
        if paragraph.kind is ParagraphKind.HEADING:
            return False
        old_source = old.source
        role = old_source.role if old_source is not None else None
        # A "," or ";" being typed at the end is dropped when the paragraph is left; shown
        # with the derived ending meanwhile it would print ",," or ";.".
        typed = without_typed_ending(paragraph.content)
        shown = paragraph if typed == paragraph.content else dataclasses.replace(
            paragraph, content=typed)
        options = self.printed.options if self.printed is not None else None
        language = language_of(self.session.resolution, options)
        block = self._paragraph_block(
            paragraph_block(shown, self.session.derived, role, language=language), {})
        if block.layout is None:
            block.lay_out()
        self.blocks[index] = block
        self._cache[paragraph.id] = block
        if block.line_count != old.line_count or block.markers != old.markers:
            self.paginate(index)
            self.repaginated = True
        return True

    def block_bands(self, paragraph_id: str) -> list[tuple[int, float, float]]:
        """Return (page, top, bottom) of each piece of a paragraph, in layout units."""
        index = self._by_paragraph.get(paragraph_id)
        if index is None:
            return []
        self.ensure_block(index)
        bands = []
        page = self._page_of_block[index]
        while page < len(self.pages):
            found = [s for s in self.pages[page].slices if s.block == index]
            if not found:
                break
            for item in found:
                pitch = self.blocks[index].pitch
                bands.append((page, item.top, item.top + item.count * pitch))
            page += 1
        return bands

    def _paragraph_block(self, source: PrintedBlock, cache: dict[str, Block]) -> Block:
        """Return the laid-out block of a composed paragraph, reused when it did not change."""
        assert source.paragraph_id is not None
        if source.role is Role.HEADING:
            block = self._body_block((Piece(source.text),), bold=True, first=0, before=6 * PT,
                                     keep_next=True, align=Qt.AlignmentFlag.AlignLeft)
            block.paragraph_id, block.source = source.paragraph_id, source
            return block
        pieces = _pieces_of(source)
        quote = source.role is Role.QUOTE
        old = self._cache.get(source.paragraph_id)
        if (old is not None and old.pieces == pieces and old.width == self._body_like_width(quote)):
            old.source = source
            cache[source.paragraph_id] = old
            return old
        if quote:
            block = Block(pieces, MARGIN_SIDE + BODY_INDENT + FIRST_LINE,
                          self.body_width - FIRST_LINE, after=6 * PT)
        elif source.role is Role.SUBSUBPARAGRAPH:
            # (i), (ii): every line at the first-line indent, the text after the label's tab.
            block = Block(pieces, MARGIN_SIDE + BODY_INDENT + FIRST_LINE,
                          self.body_width - FIRST_LINE, after=6 * PT,
                          tab=LABEL_TAB - BODY_INDENT - FIRST_LINE)
        elif source.role is Role.ANNEX_PARAGRAPH and source.label:
            # "1." at the body indent, the text at the first-line indent.
            block = self._body_block(pieces, first=0, tab=FIRST_LINE)
        else:
            block = self._body_block(pieces, tab=(LABEL_TAB - BODY_INDENT - FIRST_LINE)
                                     if source.label else None)
        block.paragraph_id, block.source = source.paragraph_id, source
        cache[source.paragraph_id] = block
        return block

    def _body_like_width(self, quote: bool) -> float:
        return self.body_width - FIRST_LINE if quote else self.body_width

    def _body_block(self, pieces: tuple[Piece, ...], *, bold: bool = False,
                    first: float = FIRST_LINE, before: float = 0.0, after: float = 6 * PT,
                    keep_next: bool = False, tab: float | None = None,
                    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify) -> Block:
        return Block(pieces, MARGIN_SIDE + BODY_INDENT, self.body_width, first=first,
                     before=before, after=after, bold=bold, keep_next=keep_next, tab=tab,
                     align=align)

    def _note_block(self, pieces: tuple[Piece, ...]) -> Block:
        # Marker at x = 117 pt, text at the body indent (the export's hanging indent).
        return Block(pieces, MARGIN_SIDE + BODY_INDENT, self.body_width, first=-NOTE_HANGING,
                     pitch=NOTE_PITCH, size=NOTE_SIZE, tab=NOTE_HANGING,
                     align=Qt.AlignmentFlag.AlignLeft)

    def _furniture_block(self, source: PrintedBlock, after_others: bool,
                         first_closing: bool) -> Block:
        """Return the block of a composed line that is not a paragraph of the draft."""
        left = Qt.AlignmentFlag.AlignLeft
        x, width = MARGIN_SIDE + BODY_INDENT, self.body_width
        pieces = _pieces_of(source) if source.role is not Role.RESOLUTION_TITLE else (
            Piece("\t".join(t for t in (source.label, source.text) if t)),)
        role = source.role
        council = self.session.resolution.metadata.body is Body.SECURITY_COUNCIL
        session_x, session_width = MARGIN_SIDE, self.text_width - SESSION_RIGHT
        if role in (Role.SESSION, Role.AGENDA_TITLE):
            block = Block(pieces, session_x, session_width, bold=True, align=left)
        elif role in (Role.SESSION_DATES, Role.AGENDA):
            block = Block(pieces, session_x, session_width, align=left)
        elif role is Role.COMMITTEE:
            # The full width, as the export: the Fourth Committee's long name on one line.
            block = Block(pieces, session_x, self.text_width, size=12 * PT, bold=True,
                          pitch=13.8 * PT, align=left)
        elif role is Role.ADOPTED:
            block = Block(pieces, x, width, size=12 * PT, bold=True, pitch=14 * PT,
                          before=18 * PT, keep_next=True, align=left)
        elif role is Role.REPORT:
            block = Block(pieces, x, width, before=3 * PT, keep_next=True, align=left)
        elif role is Role.RESOLUTION_TITLE:
            # The number before the body indent, the title at it (the export right-aligns
            # the number against x = 110.6 pt; here it starts at the margin).
            block = Block(pieces, x, width, first=-BODY_INDENT, tab=BODY_INDENT, size=12 * PT,
                          bold=True, pitch=14 * PT, before=11.6 * PT, after=12 * PT,
                          keep_next=True, align=left)
        elif role is Role.SPONSORS:
            block = Block(pieces, x, width, size=12 * PT if council else 10 * PT, bold=True,
                          pitch=14 * PT if council else BODY_PITCH,
                          before=0 if council else 18 * PT, after=12 * PT if council else 0,
                          keep_next=True, align=left)
        elif role is Role.ANNEX_TITLE:
            block = Block(pieces, x, width, bold=True, after=12 * PT, keep_next=True, align=left)
        elif role is Role.TITLE:
            block = Block(pieces, x, width, size=12 * PT, bold=True, pitch=14 * PT,
                          before=11.6 * PT, after=12 * PT, keep_next=True, align=left)
        elif role is Role.PART_LETTER:
            # "A", "B": bold 12 pt at the body indent, as the export's "UN Part Letter".
            block = Block(pieces, x, width, size=12 * PT, bold=True, pitch=14 * PT,
                          before=12 * PT, after=12 * PT, keep_next=True, align=left)
        elif role is Role.PART_TITLE:
            block = Block(pieces, x, width, size=12 * PT, bold=True, pitch=14 * PT,
                          after=12 * PT, keep_next=True, align=left)
        elif role is Role.ANNEX_HEADING:
            block = Block(pieces, x, width, bold=True, before=12 * PT, after=6 * PT,
                          keep_next=True, align=left)
        elif role is Role.FORMULA:
            block = self._body_block(pieces, before=12 * PT if not after_others else 0,
                                     align=left)
        elif role is Role.CLOSING:
            block = Block(pieces, x, width, before=12 * PT if first_closing else 0,
                          keep_next=True, align=Qt.AlignmentFlag.AlignRight)
        else:  # the end rule
            block = Block((), MARGIN_SIDE, self.text_width, pitch=6 * PT, before=12 * PT,
                          rule=RULE_LENGTH)
        block.source = source
        return block

    def _masthead(self) -> None:
        masthead = self.printed.masthead if self.printed is not None else None
        if masthead is None:
            self.masthead = [("", ""), ("", ""), ("", ""), ("", ""), ("", "")]
            return
        self.masthead = [(masthead.organization, masthead.symbol),
                         (masthead.organ, masthead.distribution),
                         ("", masthead.date), ("", ""), ("", masthead.original)]

    # -------------------------------------------------------------- pagination

    def paginate(self, from_block: int = 0) -> None:
        """Distribute the laid-out blocks over pages; notes on the page of their first reference.

        Pages before the one holding block ``from_block`` (and the page before it, whose
        keep-with-next decision may look at that block) are kept as they are.
        """
        bottom = self.bottom
        blocks = self.blocks
        laid_out = self._laid_out
        resume = 0
        if from_block and len(self._page_of_block) == len(blocks):
            resume = max(0, self._page_of_block[from_block] - 1)
        if resume == 0 or not self.pages[resume].slices:
            pages = [Page(1, self.first_top)]
            first_block, first_line = 0, 0
            seen: set[str] = set()
        else:
            pages = self.pages[:resume + 1]
            pages[resume] = Page(resume + 1, pages[resume].top)
            head = self.pages[resume].slices[0]
            first_block, first_line = head.block, head.first
            seen = {n for page in pages[:resume] for n in page.notes}
        page = pages[-1]
        y = page.top
        notes_height = 0.0
        page_of_block = self._page_of_block if first_block else [0] * len(blocks)
        markers_left = bool(self.notes)
        notes = self.notes

        def new_page() -> Page:
            nonlocal y, notes_height
            fresh = Page(len(pages) + 1, MARGIN_TOP)
            pages.append(fresh)
            y = fresh.top
            notes_height = 0.0
            return fresh

        def note_cost(ids: list[str], has_notes: bool) -> float:
            cost = sum(self._note_lines(n) * NOTE_PITCH for n in ids if n in notes)
            return cost + (SEPARATOR_HEIGHT if cost and not has_notes else 0.0)

        for index in range(first_block, laid_out):
            block = blocks[index]
            count = block.line_count
            pitch = block.pitch
            if block.keep_next and page.slices and index + 1 < len(blocks):
                following = blocks[index + 1]
                need = (block.before + count * pitch + block.after + following.before
                        + min(2, following.line_count) * following.pitch)
                if y + need > bottom - notes_height:
                    page = new_page()
            start = first_line if index == first_block else 0
            page_of_block[index] = len(pages) - 1
            # A block resumed in the middle started on an earlier page; any other starts on
            # the page of its first slice, which orphan control may move on below.
            started = start > 0
            fresh_markers = markers_left and any(n not in seen for _, n in block.markers)
            while start < count:
                before = block.before if start == 0 and page.slices else 0.0
                line_notes: list[list[str]] = []
                remaining = count - start
                if not fresh_markers:
                    # No new note on these lines: how many fit is a division.
                    room = bottom - notes_height - y - before
                    fits = max(0, min(remaining, int((room + 0.001) // pitch)))
                else:
                    extra = 0.0
                    fits = 0
                    cursor = y + before
                    pending: set[str] = set()
                    for line in range(start, count):
                        ids = [n for ln, n in block.markers
                               if ln == line and n not in seen and n not in pending]
                        cost = note_cost(ids, bool(notes_height or extra))
                        if cursor + pitch > bottom - notes_height - extra - cost:
                            break
                        extra += cost
                        cursor += pitch
                        fits += 1
                        pending.update(ids)
                        line_notes.append(ids)
                if fits < remaining:
                    orphan = start == 0 and fits == 1 and remaining >= 2
                    if (fits == 0 or orphan) and page.slices:
                        page = new_page()
                        continue
                    if fits == 0:
                        fits = 1  # a line taller than an empty page: print it anyway
                        line_notes = [[n for ln, n in block.markers if ln == start
                                       and n not in seen]]
                    elif remaining - fits == 1 and remaining >= 2:
                        if fits - 1 >= (2 if start == 0 else 1):
                            fits -= 1  # no widow: take a second line over to the next page
                            if line_notes:
                                line_notes.pop()
                        elif page.slices:
                            page = new_page()  # nor an orphan: move the whole paragraph
                            continue
                if not started:
                    page_of_block[index] = len(pages) - 1
                    started = True
                page.slices.append(Slice(index, start, fits, y + before))
                if line_notes:
                    for ids in line_notes:
                        for note_id in ids:
                            if note_id not in seen:
                                seen.add(note_id)
                                page.notes.append(note_id)
                    notes_height = note_cost(page.notes, False)
                    page.notes_height = notes_height
                    fresh_markers = any(n not in seen for _, n in block.markers)
                y += before + fits * pitch
                start += fits
                if start < count:
                    page = new_page()
            y += block.after
        self.pages = pages
        self._page_of_block = page_of_block

    def _note_lines(self, note_id: str) -> int:
        """Return the printed lines of a note, laying it out on first use."""
        block = self.notes[note_id]
        if block.layout is None:
            block.lay_out()
        return block.line_count

    # -------------------------------------------------------------- queries

    def page_count(self) -> int:
        """Return the number of pages."""
        self.finish()
        return len(self.pages)

    def page_of_paragraph(self, paragraph_id: str) -> int | None:
        """Return the 0-based page where a paragraph starts."""
        index = self._by_paragraph.get(paragraph_id)
        if index is None:
            return None
        self.ensure_block(index)
        return self._page_of_block[index]

    def page_of_note(self, note_id: str) -> int | None:
        """Return the 0-based page that prints a footnote."""
        self.finish()
        for page in self.pages:
            if note_id in page.notes:
                return page.number - 1
        return None

    def paragraph_top(self, paragraph_id: str) -> tuple[int, float] | None:
        """Return the page and the y (layout units) where a paragraph's first line starts."""
        index = self._by_paragraph.get(paragraph_id)
        if index is None:
            return None
        self.ensure_block(index)
        page = self._page_of_block[index]
        for item in self.pages[page].slices:
            if item.block == index:
                return page, item.top
        return page, self.pages[page].top

    def block_of(self, paragraph_id: str) -> int | None:
        """Return the index of the block showing a paragraph."""
        return self._by_paragraph.get(paragraph_id)

    def header_side(self, index: int) -> str:
        """Return the outer side of 0-based page ``index``: "left" on even pages."""
        return "left" if (index + 1) % 2 == 0 else "right"

    def furniture(self, index: int) -> dict[str, Any]:
        """Return what page ``index`` (0-based) prints around its text."""
        self.finish()  # the footer counts the pages
        return self._furniture(index)

    def _furniture(self, index: int) -> dict[str, Any]:
        page = self.pages[index]
        total = len(self.pages)
        first = index == 0
        meta = self.session.resolution.metadata
        return {
            "page": index + 1,
            "pages": total,
            "masthead": first,
            "masthead_lines": [t for row in self.masthead for t in row if t] if first else [],
            "header": "" if first else meta.symbol,
            "header_side": None if first else self.header_side(index),
            "footer": "" if first else f"{index + 1}/{total}",
            "footer_side": None if first else self.header_side(index),
            "footnotes": [self.note_numbers[n] for n in page.notes if n in self.note_numbers],
            "cover_notes": [self.notes[n].text.replace("\t", "") for n in page.notes
                            if n not in self.note_numbers],
            "paragraphs": [self.blocks[s.block].paragraph_id for s in page.slices
                           if self.blocks[s.block].paragraph_id is not None],
        }

    def page_text(self, index: int) -> str:
        """Return the text printed on page ``index``, line by block, notes and furniture."""
        self.finish()
        page = self.pages[index]
        furniture = self.furniture(index)
        lines: list[str] = []
        if index == 0:
            lines += ["\t".join(t for t in row if t) for row in self.masthead if any(row)]
        elif furniture["header"]:
            lines.append(furniture["header"])
        for item in page.slices:
            block = self.blocks[item.block]
            if item.first == 0 and not block.rule:
                layout_text = block.text.replace("\u2028", "\n")
                lines.append(layout_text)
            elif item.first:
                lines.append(_lines_text(block, item.first, item.count))
        for note_id in page.notes:
            text = self.notes[note_id].text.split("\t", 1)
            lines.append(" ".join(text))
        if index != 0:
            lines.append(furniture["footer"])
        return "\n".join(lines)

    def plain_text(self) -> str:
        """Return the text of every page, in order."""
        self.finish()
        return "\n".join(self.page_text(i) for i in range(len(self.pages)))

    # -------------------------------------------------------------- painting

    def paint_page(self, painter: QPainter, index: int, area: QRectF | None = None) -> None:
        """Paint page ``index`` in layout units, its top-left corner at the origin.

        With ``area`` (layout units), blocks outside it are skipped.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        top_limit = area.top() - BODY_PITCH if area is not None else float("-inf")
        bottom_limit = area.bottom() + BODY_PITCH if area is not None else float("inf")
        if index != 0 and bottom_limit > self.bottom:
            self.finish()  # the footer counts the pages
        else:
            self.ensure_pages(index + 1)
        page = self.pages[index]
        if top_limit < self.first_top:
            if index == 0:
                self._paint_masthead(painter)
            else:
                self._paint_running_head(painter, index)
        if index != 0 and bottom_limit > self.bottom:
            self._paint_footer(painter, index)
        for item in page.slices:
            block = self.blocks[item.block]
            if item.top > bottom_limit or item.top + item.count * block.pitch < top_limit:
                continue
            block.draw_lines(painter, item.first, item.count, item.top)
            mark = self.change_marks.get(block.paragraph_id or "")
            if mark is not None:
                # A change bar in the margin beside the paragraph's lines, as Word prints one.
                x = MARGIN_SIDE + BODY_INDENT / 2
                painter.fillRect(QRectF(x, item.top, 3 * PT, item.count * block.pitch), mark)
        if page.notes and bottom_limit > self.bottom - page.notes_height:
            top = self.bottom - page.notes_height
            x = NOTE_RULE_X
            painter.setPen(QPen(QColor("black"), 5))
            rule_y = top + 6.6 * PT
            painter.drawLine(QPointF(x, rule_y), QPointF(x + NOTE_RULE_LENGTH, rule_y))
            y = top + SEPARATOR_HEIGHT - 2.4 * PT  # where Word and LibreOffice print notes
            for note_id in page.notes:
                block = self.notes[note_id]
                block.draw_lines(painter, 0, block.line_count, y)
                y += block.line_count * block.pitch

    def _text(self, painter: QPainter, x: float, baseline: float, text: str, font: QFont,
              align_right: bool = False) -> float:
        # Through QTextLayout like the body: QPainter.drawText under a strong downscale
        # loses the letter spacing's proportion and squeezes words together.
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        layout.endLayout()
        width = line.naturalTextWidth()
        if align_right:
            x -= width
        painter.setPen(QColor("black"))
        line.draw(painter, QPointF(x, baseline - line.ascent()))
        return x + width

    def _paint_masthead(self, painter: QPainter) -> None:
        painter.setPen(QColor("black"))
        rows = self.MASTHEAD_ROWS
        left = MARGIN_SIDE + BODY_INDENT
        right = self.width - MARGIN_SIDE
        distr_x = MARGIN_SIDE + DISTR_TAB
        top = HEADER_DISTANCE
        (united, symbol), (organ, distribution) = self.masthead[0], self.masthead[1]
        # The export sets this line tighter than the text (spacing -3 twips).
        self._text(painter, left, top + rows[0] - 0.22 * rows[0], united,
                   serif(14 * PT, spacing=_u(-3)))
        if symbol:
            rest = QFontMetricsF(serif(10 * PT)).horizontalAdvance(symbol[1:])
            baseline = top + rows[0] - 0.22 * rows[0]
            self._text(painter, right - rest, baseline, symbol[0], serif(20 * PT),
                       align_right=True)
            self._text(painter, right, baseline, symbol[1:], serif(10 * PT), align_right=True)
        top += rows[0]
        painter.setPen(QPen(QColor("black"), 5))
        painter.drawLine(QPointF(left, top), QPointF(right, top))
        painter.setPen(QColor("black"))
        baseline = top + rows[1] - 0.2 * rows[1]
        # Not the export's -9 twips here: at preview sizes the hinted bold glyphs then fill
        # the word space ("GeneralAssembly").
        self._text(painter, left, baseline, organ, serif(20 * PT, bold=True, spacing=0))
        if distribution:
            self._text(painter, distr_x, baseline, distribution, serif())
        top += rows[1]
        for (_, text), height in zip(self.masthead[2:], rows[2:5], strict=True):
            if text:
                self._text(painter, distr_x, top + _baseline(height, 10 * PT), text, serif())
            top += height
        top += rows[5] + self.HEAVY_RULE / 2
        painter.setPen(QPen(QColor("black"), self.HEAVY_RULE))
        painter.drawLine(QPointF(MARGIN_SIDE, top), QPointF(right, top))

    def _paint_running_head(self, painter: QPainter, index: int) -> None:
        furniture = self._furniture(index)
        left, right = MARGIN_SIDE, self.width - MARGIN_SIDE
        outer_right = furniture["header_side"] == "right"
        font = serif(8.5 * PT, bold=True)
        top = HEADER_DISTANCE + 13.5 * PT
        painter.setPen(QColor("black"))
        if furniture["header"]:
            self._text(painter, right if outer_right else left, top + 8 * PT,
                       furniture["header"], font, align_right=outer_right)
        painter.setPen(QPen(QColor("black"), 5))
        rule_y = top + 10 * PT + 1.5 * PT
        painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))

    def _paint_footer(self, painter: QPainter, index: int) -> None:
        furniture = self._furniture(index)
        left, right = MARGIN_SIDE, self.width - MARGIN_SIDE
        outer_right = furniture["header_side"] == "right"
        font = serif(8.5 * PT, bold=True)
        painter.setPen(QColor("black"))
        line_top = self.height - FOOTER_DISTANCE - BODY_PITCH
        baseline = line_top + _baseline(BODY_PITCH, 8.5 * PT) - 1.5 * PT
        self._text(painter, right if outer_right else left, baseline, furniture["footer"], font,
                   align_right=outer_right)


def _lines_text(block: Block, first: int, count: int) -> str:
    """Return the text of some lines of a block (a paragraph continued from a page before)."""
    assert block.layout is not None
    start = block.layout.lineAt(first).textStart()
    last = block.layout.lineAt(first + count - 1)
    return block.text[start: last.textStart() + last.textLength()]


# ------------------------------------------------------------------ widgets


class _Pages(QWidget):
    """The desk: pages stacked vertically, each painted only when in view."""

    def __init__(self, pane: PreviewPane) -> None:
        super().__init__()
        self.pane = pane
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), DESK_COLOR)
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the pages that intersect the exposed area."""
        pane = self.pane
        painter = QPainter(self)
        area = event.rect()
        scale = pane.scale()
        stride = pane.page_size().height() + PAGE_GAP
        columns = pane.columns()
        first = max(0, (area.top() - PAGE_GAP) // stride) * columns
        last = min(pane.shown_page_count() - 1, (area.bottom() // stride + 1) * columns - 1)
        engine = pane.engine
        engine.ensure_pages(last + 1)  # pages scrolled to before idle time laid them out
        last = min(last, len(engine.pages) - 1)
        for index in range(first, last + 1):
            rect = pane.page_rect(index)
            if not rect.adjusted(0, 0, 4, 4).intersects(area):
                continue
            exposed = rect.intersected(area)
            shadow = rect.translated(3, 3).intersected(area)
            if not shadow.isEmpty():
                painter.fillRect(shadow, SHADOW_COLOR)
            painter.fillRect(exposed, QColor("white"))
            painter.save()
            painter.setClipRect(exposed)
            painter.translate(rect.topLeft())
            painter.scale(scale, scale)
            local = QRectF(exposed.translated(-rect.topLeft()))
            pane.engine.paint_page(painter, index, QRectF(
                local.left() / scale, local.top() / scale, local.width() / scale,
                local.height() / scale))
            painter.restore()
        painter.end()


class PreviewPane(QScrollArea):
    """Show the draft as printed pages, refreshed as the session changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview of the printed draft"))
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.engine = PageLayout(session)
        self.pages = _Pages(self)
        self.setWidget(self.pages)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, DESK_COLOR)
        self.setPalette(palette)
        self.viewport().setAutoFillBackground(True)
        self._zoom = 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        # Lays out the rest of a draft just opened, a slice at a time, between events.
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._lay_out_in_idle_time)
        self.zoom_actions: list[QAction] = []
        for text, keys, slot in (
            (self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (self.tr("&Fit Page Width"), QKeySequence("Ctrl+0"), self.zoom_fit),
            (self.tr("&Two Pages Side by Side"), QKeySequence("Ctrl+9"),
             lambda: self.fit_pages(2)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.zoom_actions.append(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.set_session(session)

    # -------------------------------------------------------------- session

    def set_session(self, session: Session) -> None:
        """Show another session's draft."""
        previous: Session | None = getattr(self, "_session", None)
        if previous is session:
            return  # already shown and kept up to date by its changes
        if previous is not None and previous is not session:
            previous.changed.disconnect(self._on_changed)
        if previous is not session:
            session.changed.connect(self._on_changed)
        self._session: Session = session
        self.engine = PageLayout(session)
        self._timer.stop()
        # The first pages now, for the first paint; the rest in idle time.
        self.engine.start_build(pages=FIRST_PAGES)
        self.verticalScrollBar().setValue(0)
        self._layout_progressed()

    def set_change_marks(self, marks: dict[str, QColor]) -> None:
        """Show change bars beside these paragraphs (an empty dict shows none)."""
        self.engine.change_marks = marks
        self.pages.update()

    def _lay_out_in_idle_time(self) -> None:
        self.engine.lay_out_for(IDLE_SLICE_S)
        self._layout_progressed()

    def _layout_progressed(self) -> None:
        """Size the desk for the pages laid out so far (or guessed), and go on in idle time."""
        if self.engine.complete:
            self._idle.stop()
        elif not self._idle.isActive():
            self._idle.start()
        if self.pages.height() != self._desk_height():
            self._resize_pages()
        if self.engine.complete:
            self.pages.update()  # the last page laid out in pieces, and every footer's total

    def complete_layout(self) -> None:
        """Lay out whatever idle time has not laid out yet."""
        if not self.engine.complete:
            self.engine.finish()
        if self._idle.isActive() or self.pages.height() != self._desk_height():
            self._layout_progressed()

    def _on_changed(self, kind: str, paragraph_id: object) -> None:
        if self.sender() is not self._session:
            return
        self.complete_layout()  # typing repaginates from the paragraph on
        if kind == TEXT and isinstance(paragraph_id, str) and not self._timer.isActive():
            paragraph = self._session.paragraph(paragraph_id)
            if paragraph is not None:
                pages = self.engine.page_count()
                before = self.engine.page_of_paragraph(paragraph_id)
                if self.engine.update_paragraph(paragraph):
                    if self.engine.page_count() != pages:
                        self._resize_pages()
                    if self.engine.repaginated:
                        self._repaint_around(before, self.engine.page_of_paragraph(paragraph_id))
                    else:
                        self._repaint_bands(paragraph_id)
                    return
        self._timer.start()

    def _repaint_bands(self, paragraph_id: str) -> None:
        # Only the paragraph's own lines changed: repaint just them.
        scale = self.scale()
        for page, top, bottom in self.engine.block_bands(paragraph_id):
            rect = self.page_rect(page)
            self.pages.update(QRect(rect.left(), rect.top() + int(top * scale) - 2, rect.width(),
                                    int((bottom - top) * scale) + 6))

    def _repaint_around(self, *pages: int | None) -> None:
        known = [p for p in pages if p is not None]
        if not known:
            self.pages.update()
            return
        # A paragraph that grew may push lines and notes onto the pages after it.
        first, last = min(known), min(max(known) + 1, self.engine.page_count() - 1)
        rect = self.page_rect(first).united(self.page_rect(last)).adjusted(0, 0, 4, 4)
        self.pages.update(rect)

    def rebuild(self) -> None:
        """Lay out and paginate the whole preview now, keeping the scroll position."""
        self._timer.stop()
        self._idle.stop()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.engine.build()
        self._resize_pages()
        self.pages.update()
        bar.setValue(position)

    def pending(self) -> bool:
        """Return True while a rebuild is scheduled or pages are still to be laid out."""
        return self._timer.isActive() or not self.engine.complete

    def shown_page_count(self) -> int:
        """Return how many pages the desk has room for: a guess until all are laid out."""
        return self.engine.estimated_page_count()

    # -------------------------------------------------------------- geometry and zoom

    def scale(self) -> float:
        """Return pixels per layout unit: the page width fits the view, times the zoom."""
        available = max(200, self.viewport().width() - 2 * PAGE_GAP)
        return available / self.engine.width * self._zoom

    def zoom(self) -> float:
        """Return the zoom factor over fitting the page width."""
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` times the page-width fit."""
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self._resize_pages()
        self.pages.update()

    def zoom_in(self) -> None:
        """Enlarge the pages."""
        self.set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        """Shrink the pages."""
        self.set_zoom(self._zoom / 1.25)

    def zoom_fit(self) -> None:
        """Fit the page width to the view."""
        self.set_zoom(1.0)

    def fit_pages(self, count: int = 2) -> None:
        """Zoom so that ``count`` pages stand side by side in the view."""
        view = max(200, self.viewport().width())
        each = (view - (count + 1) * PAGE_GAP - count) / count
        self.set_zoom(each / max(1, view - 2 * PAGE_GAP))

    def page_size(self) -> QSize:
        """Return a page's size on screen, in pixels."""
        scale = self.scale()
        return QSize(round(self.engine.width * scale), round(self.engine.height * scale))

    def columns(self) -> int:
        """Return how many pages sit side by side: more than one once zoomed out enough."""
        width = self.page_size().width() + PAGE_GAP
        return max(1, (self.viewport().width() - PAGE_GAP) // width)

    def page_rect(self, index: int) -> QRect:
        """Return where page ``index`` (0-based) sits in the pages widget."""
        size = self.page_size()
        columns = self.columns()
        row, column = divmod(index, columns)
        spread = columns * size.width() + (columns - 1) * PAGE_GAP
        x = max(PAGE_GAP, (self.pages.width() - spread) // 2) + column * (size.width() + PAGE_GAP)
        return QRect(x, PAGE_GAP + row * (size.height() + PAGE_GAP), size.width(),
                     size.height())

    def paper_size_pt(self) -> tuple[float, float]:
        """Return the paper size in points: 612 × 792 for Letter, 595.3 × 841.9 for A4."""
        return self.engine.width / PT, self.engine.height / PT

    def _desk_height(self) -> int:
        rows = -(-self.shown_page_count() // self.columns())
        return PAGE_GAP + rows * (self.page_size().height() + PAGE_GAP)

    def _resize_pages(self) -> None:
        size = self.page_size()
        width = max(self.viewport().width(), size.width() + 2 * PAGE_GAP)
        self.pages.resize(width, self._desk_height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep the page width fitted to the view."""
        super().resizeEvent(event)
        self._resize_pages()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Zoom with Ctrl+wheel; scroll otherwise."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * (1.25 ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    # -------------------------------------------------------------- queries

    def show_paragraph(self, paragraph_id: str | None) -> None:
        """Scroll so that a paragraph is in view (unless it already is)."""
        where = self.engine.paragraph_top(paragraph_id) if paragraph_id else None
        if where is None:
            return
        page, y = where
        if self.pages.height() != self._desk_height():
            self._resize_pages()  # laid out up to the paragraph: the guessed length changed
        rect = self.page_rect(page)
        top = rect.top() + int(y * self.scale())
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        if page == 0 and top - rect.top() < view * 0.8:
            bar.setValue(rect.top() - PAGE_GAP)  # keep the masthead in view for the first lines
        elif top < bar.value() or top + 3 * BODY_PITCH * self.scale() > bar.value() + view:
            bar.setValue(max(0, top - view // 4))

    def page_count(self) -> int:
        """Return the number of pages."""
        self.complete_layout()
        return self.engine.page_count()

    def page_furniture(self, index: int) -> dict[str, Any]:
        """Return what page ``index`` (0-based) shows: masthead, header, footer, notes."""
        self.complete_layout()
        return self.engine.furniture(index)

    def page_text(self, index: int) -> str:
        """Return the text printed on page ``index`` (0-based)."""
        self.complete_layout()
        return self.engine.page_text(index)

    def page_of_paragraph(self, paragraph_id: str) -> int | None:
        """Return the 0-based page where a paragraph starts."""
        return self.engine.page_of_paragraph(paragraph_id)

    def page_of_note(self, note_id: str) -> int | None:
        """Return the 0-based page that prints a footnote."""
        self.complete_layout()
        return self.engine.page_of_note(note_id)

    def plain_text(self) -> str:
        """Return the preview's text, page by page (for tests and accessibility)."""
        self.complete_layout()
        return self.engine.plain_text()

    def block_of(self, paragraph_id: str) -> int | None:
        """Return the index of the printed block showing a paragraph."""
        return self.engine.block_of(paragraph_id)

    def page_area(self, index: int) -> QRectF:
        """Return the page's rectangle in the pages widget, as floats."""
        return QRectF(self.page_rect(index))
