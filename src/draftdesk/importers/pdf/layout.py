"""Take a UN PDF page apart: page furniture, the cover, the body and the footnotes.

Bands: the running head (the symbol, and on A/RES pages the title) above the text block and the
page number and job number below it are dropped, as is the job-number barcode (its font is
"Barcode 3 of 9") and any QR code (an image, not text). Footnotes stand under a short rule of
underscores at the foot of the page; a note that does not fit continues under the rule of the
next page without a number. Paragraphs are told apart by the 6-point gap between them, by a
new page's first-line indent, and by a change between bold (headings) and roman text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.model.words import parse_un_date

from ..header import is_symbol
from ..language import formula_language
from .chars import Char, PdfPage, TextLine

_RULE = re.compile(r"^_{5,}$")
_FOOTER = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|\d{2}-\d{5}\**(?:\s*\([A-Z]\))?(?:\s+\d{6})?|Please recycle)"
    r"(?:\s+(?:\d{1,3}\s*/\s*\d{1,3}|\d{2}-\d{5}\**(?:\s*\([A-Z]\))?(?:\s+\d{6})?))*$"
)
_FORMULA = re.compile(
    r"^\*?The (?:General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council)\*?,?$"
)
_DECISION_START = re.compile(
    r"^The (?:General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council), [a-z]"
)
_KIND_LINE = re.compile(
    r"(?:draft (?:resolution|decision)|amendments? to (?:the )?(?:revised )?draft resolution "
    r"\S+)$"
)
_CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) plenary meeting$")
_NUMERAL = re.compile(r"^[IVXLC]{1,7}\.?$")
_LABEL = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,6}\)|[a-z]{1,4}\.)\s")
_ENDS_PARAGRAPH = re.compile(r"[,;:.?!][”’\"')]?$|;\s+(?:and|or)$")
_ANNEX = re.compile(r"^(?:Annex|Anexo|Annexe)(?: [IVX]{1,5})?$")
HEAD_BAND = 62.0  # points below the top edge: the running head of pages after the first
FOOT_BAND = 58.0  # points above the bottom edge: page number and job number


@dataclass
class Block:
    """A paragraph (or a cover item) as characters, with where it starts."""

    page: int
    chars: list[Char] = field(default_factory=list)
    bold: bool = False
    x0: float = 0.0
    doubt: str = ""  # what the reader guessed about this block, for an import note

    @property
    def text(self) -> str:
        """Return the block's plain text."""
        return "".join([char.text for char in self.chars]).strip()


@dataclass
class Note:
    """A footnote as printed at the foot of a page: its mark ("1" or "*") and its characters."""

    mark: str
    page: int
    chars: list[Char] = field(default_factory=list)


@dataclass
class Layout:
    """The document taken apart: cover items, body paragraphs and footnotes."""

    cover: list[Block]
    body: list[Block]
    notes: list[Note]
    barcode: bool


def take_apart(pages: list[PdfPage]) -> Layout:
    """Split the pages into cover, body paragraphs and footnotes, dropping the furniture."""
    text_lines: list[TextLine] = []
    note_lines: list[TextLine] = []
    for page in pages:
        below_rule = False
        for line in page.lines:
            text = line.text
            if line.baseline < FOOT_BAND and re.match(r"^\*{1,3} \S", text):
                note_lines.append(line)  # an asterisk note printed in the page foot
                continue
            if line.baseline < FOOT_BAND or (
                page.number > 1 and line.baseline > page.height - HEAD_BAND
            ):
                continue  # running head, page number, job number
            if _FOOTER.match(text) and line.baseline < page.height * 0.12:
                continue
            if _RULE.match(text):
                below_rule = True
                continue
            if not below_rule and line.size < 9.5 and line.baseline < page.height / 2 and (
                text.startswith("* ") or (line.chars[0].superscript and text[:1].isdigit())
            ):
                # A note in the small type under a drawn rule rather than a typed one (as
                # Word and LibreOffice print them): the notes start here. Small-type lines
                # just above it belong to the notes too (a note whose mark is drawn, not text).
                below_rule = True
                above: list[TextLine] = []
                while (
                    text_lines
                    and text_lines[-1].page == page.number
                    and abs(text_lines[-1].size - line.size) < 0.3
                    and text_lines[-1].baseline < page.height / 2
                ):
                    above.insert(0, text_lines.pop())
                note_lines.extend(above)
            (note_lines if below_rule else text_lines).append(line)
    formula = next((i for i, line in enumerate(text_lines) if is_formula(line.text)), None)
    if formula is None:
        # A decision: "The General Assembly, recalling …, decides …" in one paragraph.
        formula = next(
            (i for i, line in enumerate(text_lines) if _DECISION_START.match(line.text)), None
        )
    if formula is None:
        # No opening formula (a decision or a bare text): the body starts at the first
        # numbered or italic-led line after the cover's title.
        formula = _body_start(text_lines)
    if formula > 0 and re.fullmatch(r"[A-H]", text_lines[formula - 1].text):
        formula -= 1  # "A" above the formula: the first part of a text in parts
    cover = _cover_blocks(text_lines[:formula])
    body = _paragraphs(text_lines[formula:])
    return Layout(cover, body, _notes(note_lines), any(p.barcode for p in pages))


def is_formula(text: str) -> bool:
    """Say whether a line is an opening formula: "The General Assembly,", "La Asamblea General,"."""
    return bool(_FORMULA.match(text)) or formula_language(text) is not None


def _body_start(lines: list[TextLine]) -> int:
    kind_line = next(
        (i for i, line in enumerate(lines) if _KIND_LINE.search(line.text)), None
    )
    if kind_line is not None:
        # After the "…: draft decision" or "…: amendment to …" line and the bold title.
        index = kind_line + 1
        while index < len(lines) and _starts_bold(lines[index]):
            index += 1
        return index
    for index, line in enumerate(lines):
        first = next((c for c in line.chars if not c.text.isspace()), None)
        if first is None:
            continue
        if _LABEL.match(line.text + " ") and not line.bold:
            return index
        if first.italic and not line.bold and line.size <= 11:
            return index
    return 0


def _cover_blocks(lines: list[TextLine]) -> list[Block]:
    """Join the cover's lines into items: lines of one style and column, one line apart."""
    blocks: list[Block] = []
    previous: TextLine | None = None
    for line in lines:
        if (
            previous is not None
            and blocks
            and line.page == previous.page
            and abs(line.x0 - blocks[-1].x0) < 2
            and _starts_bold(line) == _starts_bold(previous)
            and abs(line.size - previous.size) < 0.3
            and 0 < previous.baseline - line.baseline < 1.45 * line.size
            and not _starts_cover_item(line.text)
            and not _ends_cover_item(previous.text)
        ):
            _append_line(blocks[-1], line)
        else:
            block = Block(line.page, list(line.chars), line.bold, line.x0)
            blocks.append(block)
        previous = line
    return blocks


def _starts_bold(line: TextLine) -> bool:
    first = next((c for c in line.chars if not c.text.isspace()), None)
    return first is not None and first.bold


def _ends_cover_item(text: str) -> bool:
    return text.startswith(("Agenda item", "Distr.", "Original:", "United Nations")) or bool(
        parse_un_date(text)
    ) or is_symbol(text)


def _starts_cover_item(text: str) -> bool:
    return text.startswith(
        ("Agenda item", "Distr.", "Original:", "[", "Resolution adopted", "United Nations")
    ) or is_symbol(text)


# The import notes on a guessed paragraph start, in the window's language (decision 0015).
_PAGE_STARTS_PARAGRAPH = QT_TRANSLATE_NOOP(
    "ImportNotes", "the first line of page {page} starts a new paragraph: judged from its "
    "indent alone")
_PAGE_CONTINUES_PARAGRAPH = QT_TRANSLATE_NOOP(
    "ImportNotes", "the first line of page {page} continues the paragraph before: judged from "
    "its indent alone")


def _paragraphs(lines: list[TextLine]) -> list[Block]:
    """Group the body's lines into paragraphs."""
    pitch = _pitch(lines)
    blocks: list[Block] = []
    previous: TextLine | None = None
    continuation_x: dict[int, float] = {}  # block index -> x of its second line
    for line in lines:
        text = line.text
        doubt = previous is not None and _page_break_is_a_guess(
            line, previous, continuation_x.get(len(blocks) - 1)
        )
        start = previous is None or _starts_paragraph(
            line, previous, pitch, blocks[-1], continuation_x.get(len(blocks) - 1)
        )
        if doubt:
            note = message(_PAGE_STARTS_PARAGRAPH if start else _PAGE_CONTINUES_PARAGRAPH,
                           page=line.page)
            target = len(blocks) if start else len(blocks) - 1
            if not start:
                blocks[target].doubt = note
        if start:
            blocks.append(Block(line.page, list(line.chars), line.bold, line.x0))
            if doubt:
                blocks[-1].doubt = note
        else:
            if len(blocks) - 1 not in continuation_x:
                continuation_x[len(blocks) - 1] = line.x0
            _append_line(blocks[-1], line)
        previous = line
        if _CLOSING.match(text):
            previous = None  # the closing lines and what follows stand alone
    return blocks


def _pitch(lines: list[TextLine]) -> float:
    gaps: dict[float, int] = {}
    for above, below in zip(lines, lines[1:], strict=False):
        if above.page == below.page:
            gap = round(above.baseline - below.baseline, 0)
            if 0.9 * below.size <= gap <= 1.45 * below.size:  # lines of one paragraph
                gaps[gap] = gaps.get(gap, 0) + 1
    return max(gaps, key=lambda gap: gaps[gap]) if gaps else 12.0


def _starts_paragraph(
    line: TextLine, previous: TextLine, pitch: float, block: Block, cont_x: float | None
) -> bool:
    text = line.text
    if line.bold != previous.bold or _NUMERAL.match(previous.text) or _NUMERAL.match(text):
        return True
    if _CLOSING.match(text) or _ANNEX.match(text) or _ANNEX.match(previous.text):
        return True
    if line.page == previous.page:
        return previous.baseline - line.baseline > pitch * 1.3
    # The first line of a page: a new paragraph if the last one was finished and this line
    # starts like a paragraph (a label, an italic opening phrase, the first-line indent).
    if not _ENDS_PARAGRAPH.search(_plain_end(previous)):
        return False
    if _LABEL.match(text + " "):
        return True
    first = next((c for c in line.chars if not c.text.isspace()), None)
    if first is not None and first.italic and not previous.italic:
        return True
    if cont_x is not None:
        return abs(line.x0 - cont_x) > 2
    return line.x0 > block.x0 - 2


def _page_break_is_a_guess(line: TextLine, previous: TextLine, cont_x: float | None) -> bool:
    """Say whether a page's first line had only its indent to tell paragraph from continuation.

    Clear cases: the paragraph before was unfinished (no closing punctuation), the line
    opens with a label or an italic phrase, a heading changes the font, or the paragraph
    before showed where its lines continue.
    """
    if line.page == previous.page or line.bold != previous.bold:
        return False
    if not _ENDS_PARAGRAPH.search(_plain_end(previous)) or _LABEL.match(line.text + " "):
        return False
    first = next((c for c in line.chars if not c.text.isspace()), None)
    if first is not None and first.italic:
        return False
    return cont_x is None


def _plain_end(line: TextLine) -> str:
    """Return the line's text without trailing footnote markers."""
    chars = list(line.chars)
    while chars and (chars[-1].superscript or chars[-1].text.isspace()):
        chars.pop()
    return "".join(c.text for c in chars)


def _append_line(block: Block, line: TextLine) -> None:
    """Add a line to a block; the join (space or hyphen) is decided when rendering."""
    block.chars.append(Char("\n", 0, 0, line.baseline, line.size, False, False))
    block.chars.extend(line.chars)


def _notes(lines: list[TextLine]) -> list[Note]:
    """Read the notes under the rules: a raised number (or an asterisk) starts a note."""
    notes: list[Note] = []
    for line in lines:
        chars = line.chars
        mark = ""
        index = 0
        while index < len(chars) and (
            (chars[index].superscript and chars[index].text.isdigit())
            or (chars[index].text == "*" and not mark.strip("*"))
        ):
            mark += chars[index].text
            index += 1
        if mark and index < len(chars) and chars[index].text == " ":
            notes.append(Note(mark, line.page, list(chars[index + 1 :])))
        elif mark and index < len(chars) and mark.isdigit():
            notes.append(Note(mark, line.page, list(chars[index:])))
        elif notes:
            notes[-1].chars.append(Char("\n", 0, 0, line.baseline, line.size, False, False))
            notes[-1].chars.extend(chars)
        else:
            notes.append(Note("", line.page, list(chars)))  # text under a rule with no number
    return notes
