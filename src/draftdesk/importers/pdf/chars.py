"""Read the characters of a PDF with their font, size and position, gathered into lines.

PDFium (through pypdfium2) gives every character of the text layer with its box, its baseline
origin, its font size and its font name. A UN PDF sets body text in Times New Roman 10 pt,
opening phrases and titles in the italic cut, headings in the bold one, footnote markers
smaller and raised, and the job-number barcode in a "Barcode 3 of 9" font.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from draftdesk.errors import InputError

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 400
MAX_CHARS = 3_000_000
_FONT_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag bit 7


@dataclass(slots=True)
class Char:
    """One character: its text, left and right edge, baseline, size and style."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    italic: bool
    bold: bool
    superscript: bool = False
    index: int = -1  # the character's index on its page; -1 for spaces DraftDesk adds


@dataclass
class TextLine:
    """Characters sharing a baseline, with raised smaller ones (superscripts) among them."""

    page: int  # 1-based
    chars: list[Char] = field(default_factory=list)
    baseline: float = 0.0
    size: float = 0.0

    @property
    def x0(self) -> float:
        """Return the left edge of the first visible character."""
        for char in self.chars:
            if not char.text.isspace():
                return char.x0
        return self.chars[0].x0 if self.chars else 0.0

    @property
    def x1(self) -> float:
        """Return the right edge of the last visible character."""
        for char in reversed(self.chars):
            if not char.text.isspace():
                return char.x1
        return self.chars[-1].x1 if self.chars else 0.0

    @property
    def text(self) -> str:
        """Return the line's text, superscripts included as plain characters."""
        return "".join(char.text for char in self.chars).strip()

    @property
    def bold(self) -> bool:
        """Say whether every visible full-size character is bold."""
        visible = [c for c in self.chars if not c.text.isspace() and not c.superscript]
        return bool(visible) and all(c.bold for c in visible)

    @property
    def italic(self) -> bool:
        """Say whether every visible full-size character is italic."""
        visible = [c for c in self.chars if not c.text.isspace() and not c.superscript]
        return bool(visible) and all(c.italic for c in visible)


@dataclass
class PdfPage:
    """A page: its size and its lines from top to bottom."""

    number: int  # 1-based
    width: float
    height: float
    lines: list[TextLine]
    barcode: bool = False  # the page carries the job-number barcode


def read_pdf(path: Path, data: bytes) -> list[PdfPage]:
    """Read every page's lines, or raise one InputError that names the file and the page."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{path}: PDF too large ({len(data) // (1024 * 1024)} MB; "
            f"DraftDesk reads PDFs up to {MAX_BYTES // (1024 * 1024)} MB)"
        )
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{path}: the PDF is truncated or damaged (it has no end marker)")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(f"{path}: {_open_problem(error)}") from None
    try:
        count = len(document)
        if count == 0:
            raise InputError(f"{path}: the PDF has no pages")
        if count > MAX_PAGES:
            raise InputError(
                f"{path}: the PDF has {count} pages; DraftDesk reads resolutions of up to "
                f"{MAX_PAGES} pages"
            )
        pages: list[PdfPage] = []
        total = 0
        for index in range(count):
            page = _read_page(path, document, index)
            total += sum(len(line.chars) for line in page.lines)
            if total > MAX_CHARS:
                raise InputError(
                    f"{path}: more than {MAX_CHARS:,} characters of text by page {index + 1}; "
                    "too long for a resolution"
                )
            pages.append(page)
        return pages
    finally:
        document.close()


def _open_problem(error: Exception) -> str:
    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return (
            "the PDF is encrypted with a password; open it, save an unprotected copy and "
            "import that"
        )
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "the PDF uses a security handler DraftDesk cannot read"
    return "not a readable PDF (damaged, truncated or not a PDF at all)"


def _read_page(path: Path, document: pdfium.PdfDocument, index: int) -> PdfPage:
    try:
        page = document[index]
    except pdfium.PdfiumError:
        raise InputError(
            f"{path}, page {index + 1}: the page cannot be read (damaged PDF)"
        ) from None
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars, barcode = _page_chars(textpage)
        finally:
            textpage.close()
        if not any(not c.text.isspace() for c in chars):
            images = any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
            what = "only an image (a scan?)" if images else "no text"
            raise InputError(
                f"{path}, page {index + 1}: the page has {what}; DraftDesk reads PDFs with "
                "a text layer, such as those of the Official Document System"
            )
        return PdfPage(index + 1, width, height, _lines(index + 1, chars), barcode)
    finally:
        page.close()


def _page_chars(textpage: pdfium.PdfTextPage) -> tuple[list[Char], bool]:
    """Return the page's characters in content order (PDFium's generated ones left out).

    Characters of one text object share font, size and baseline, and their spaces are
    characters of their own: only the first and last character of each object need a box
    (where the object starts and ends). The others carry the object's start.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    by_x, by_y = ctypes.byref(origin_x), ctypes.byref(origin_y)
    rect = pdfium_c.FS_RECTF()
    by_rect = ctypes.byref(rect)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    styles: dict[int, tuple[bool, bool, bool, float, float]] = {}
    chars: list[Char] = []
    append = chars.append
    barcode = False
    get_object = _GET_TEXT_OBJECT
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    codes = _page_text(textpage, count)
    current = None  # the text object of the run being read
    run_start = 0  # index in chars of the run's first character
    last_index = -1  # the page's character index of the run's last character
    x0 = baseline = 0.0
    style: tuple[bool, bool, bool, float, float] = (False, False, False, 0.0, 0.0)
    for i in range(count):
        obj = get_object(raw, i)
        code = codes[i] if codes is not None else pdfium_c.FPDFText_GetUnicode(raw, i)
        if obj != current:
            if current is not None and last_index >= 0:
                _end_run(raw, chars, run_start, last_index, style[4])
            current, last_index = obj, -1
            if obj:
                if not get_box(raw, i, by_rect):
                    current = None  # a character without a box (a space in a tiny font)
                    if code in _SPACES and chars:
                        last = chars[-1]
                        append(Char(" ", last.x1, last.x1, last.baseline, last.size, False,
                                    False))
                    continue
                known = styles.get(obj)
                if known is None:
                    known = _style(raw, i, name, flags, by_x, by_y, origin_y, rect.bottom)
                    styles[obj] = known
                style = known
                x0, baseline = rect.left, rect.bottom + style[4]
                run_start = len(chars)
        if not obj:
            # Generated by PDFium: a line break (dropped), or a space PDFium reads from the
            # gap between two words; kept for now, decided when the line is settled.
            if code == 32 and chars and chars[-1].text not in _BLANKS:
                last = chars[-1]
                append(Char(_IMPLIED_SPACE, last.x1, last.x1, last.baseline, last.size,
                            last.italic, last.bold))
            continue
        text = _TEXT_OF.get(code)
        if text is None:
            text = _text_of(code)
        if not text:
            continue
        if style[2]:
            barcode = True  # the job-number barcode: not text
            continue
        append(Char(text, x0, x0, baseline, style[3], style[0], style[1], False, i))
        last_index = i
    if current is not None and last_index >= 0:
        _end_run(raw, chars, run_start, last_index, style[4])
    return chars, barcode


def _end_run(
    raw: object, chars: list[Char], start: int, last_index: int, depth: float
) -> None:
    """Give a run's last character its right edge; box every character if it changed lines."""
    if start >= len(chars):
        return
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFText_GetLooseCharBox(raw, last_index, ctypes.byref(rect)):
        return
    first = chars[start]
    if abs(rect.bottom + depth - first.baseline) <= 0.5:
        # The run's right edge goes to its last visible character too (a run may end in a
        # space): the line logic measures gaps from it.
        for char in reversed(chars[start:]):
            char.x1 = max(rect.right, char.x0)
            if char.text not in _BLANKS:
                break
        return
    # One text object over several lines (rare): box each character on its own.
    for char in chars[start:]:
        if char.index >= 0 and pdfium_c.FPDFText_GetLooseCharBox(
            raw, char.index, ctypes.byref(rect)
        ):
            char.x0, char.x1, char.baseline = rect.left, rect.right, rect.bottom + depth


def _style(
    raw: object,
    index: int,
    name: ctypes.Array[ctypes.c_char],
    flags: ctypes.c_int,
    by_x: object,
    by_y: object,
    origin_y: ctypes.c_double,
    bottom: float,
) -> tuple[bool, bool, bool, float, float]:
    """Return (italic, bold, barcode, size, baseline above the loose box) of a character."""
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, len(name), ctypes.byref(flags))
    font = name.value.decode("latin-1", "replace")
    family = font.split("+", 1)[-1].lower()
    italic = "italic" in family or "oblique" in family or bool(flags.value & _FONT_ITALIC_FLAG)
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    # The size in the font operator is in text space: a PDF that scales its text (Qt draws
    # 100-unit fonts under a 0.1 matrix) prints it at the size times the matrix's scale.
    matrix = pdfium_c.FS_MATRIX()
    if pdfium_c.FPDFText_GetMatrix(raw, index, ctypes.byref(matrix)):
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        if scale > 0:
            size *= scale
    pdfium_c.FPDFText_GetCharOrigin(raw, index, by_x, by_y)
    return italic, "bold" in family, "barcode" in family, size, origin_y.value - bottom


_TEXT_OF: dict[int, str] = {}


def _text_of(code: int) -> str:
    """Return the text of a character code ("" to skip it), remembering it."""
    if code in _SKIPPED_CODES:
        text = ""
    elif code in _LINE_END_HYPHENS:
        text = "-"  # PDFium's mark for a hyphen that ends a line
    elif 0xD800 <= code <= 0xDFFF:
        text = "\ufffd"
    else:
        text = " " if code in _SPACES else chr(code)
    _TEXT_OF[code] = text
    return text


def _page_text(textpage: pdfium.PdfTextPage, count: int) -> list[int] | None:
    """Return the code of every character at once, or None where the text has surrogates."""
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        return None
    return [ord(ch) for ch in text]


_GET_TEXT_OBJECT = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject,
    ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int),
)
_IMPLIED_SPACE = "\x1f"
_BLANKS = (" ", _IMPLIED_SPACE)
_SKIPPED_CODES = frozenset((0, 10, 13, 0xFFFF))
_LINE_END_HYPHENS = frozenset((2, 0xFFFE))
_SPACES = frozenset((9, 32, 0xA0, 0x2002, 0x2003, 0x2009, 0x202F))


def _lines(page: int, chars: list[Char]) -> list[TextLine]:
    """Gather characters into lines; a smaller raised character joins the line below it."""
    lines: list[TextLine] = []
    current: TextLine | None = None
    base = size = last_x0 = 0.0
    for char in chars:
        if char.text in _BLANKS:
            if current is not None:
                current.chars.append(char)
            continue
        if current is not None:
            # The common case first: the next character of the same run.
            if (
                char.size == size and abs(char.baseline - base) < 0.3
                and char.x0 >= last_x0 - 0.5 and char.x0 - last_x0 < 40 + char.size
            ):
                current.chars.append(char)
                last_x0 = char.x0
                continue
            if _continues(current, char, last_x0):
                current.chars.append(char)
                last_x0 = char.x0
                base, size = current.baseline, current.size
                if char.size != size:
                    size = -1.0  # mixed sizes: no fast path until the next run
                continue
        current = TextLine(page, [char], char.baseline, char.size)
        base, size, last_x0 = char.baseline, char.size, char.x0
        lines.append(current)
    out: list[TextLine] = []
    for line in lines:
        _settle(line)
        if line.chars:
            out.append(line)
    out.sort(key=lambda line: (-round(line.baseline, 0), line.x0))
    return out


def _continues(line: TextLine, char: Char, last_x0: float) -> bool:
    if char.x0 < last_x0 - 0.5:
        return False  # moving left: a new line
    last = next(c for c in reversed(line.chars) if c.text not in _BLANKS)
    if char.x0 - last.x1 > 40:
        return False  # far to the right: another column (the masthead, the page foot)
    delta = char.baseline - line.baseline
    if abs(delta) <= 0.25 * min(char.size, line.size) and abs(char.size - line.size) < 0.6:
        return True
    if char.size < 0.85 * line.size and 0.15 * line.size < delta < 0.6 * line.size:
        return True  # a raised smaller character: a superscript of this line
    if line.size < 0.85 * char.size and 0.15 * char.size < -delta < 0.6 * char.size:
        # The line so far is raised and smaller (a footnote's number): rebase it on this text.
        if all(c.size < 0.85 * char.size for c in line.chars if c.text not in _BLANKS):
            line.baseline, line.size = char.baseline, char.size
            return True
    # The same baseline in another size (a bigger first letter) continues the line too.
    return abs(delta) <= 0.25 * min(char.size, line.size)


def _settle(line: TextLine) -> None:
    """Mark superscripts, set the line's size to its main text's, insert spaces at word gaps."""
    sizes: dict[float, int] = {}
    for char in line.chars:
        if char.text not in _BLANKS:
            sizes[char.size] = sizes.get(char.size, 0) + 1
    if not sizes:
        line.chars = []
        return
    line.size = max(sizes, key=lambda size: (sizes[size], size))
    small, raised = 0.85 * line.size, line.baseline + 0.15 * line.size
    spaced: list[Char] = []
    previous: Char | None = None
    implied: Char | None = None
    for char in line.chars:
        if char.text == _IMPLIED_SPACE:
            implied = char
            continue
        if implied is not None and previous is not None and char.text != " " and (
            char.italic != previous.italic
            or char.bold != previous.bold
            or char.x0 - previous.x1 > 0.15 * min(char.size, previous.size)
        ):
            # PDFium saw a word gap. Letter-spaced justified text has gaps of up to 0.13 em
            # inside words; after an italic letter's overhang a real word gap looks narrow.
            if spaced[-1].text != " ":
                spaced.append(Char(" ", previous.x1, char.x0, line.baseline, line.size,
                                   False, False))
        implied = None
        if char.text == " ":
            if previous is not None and spaced[-1].text != " ":
                spaced.append(char)
            continue
        char.superscript = char.size < small and char.baseline > raised
        if (
            previous is not None
            and spaced[-1].text != " "
            and char.x0 - previous.x1 > 0.25 * min(char.size, previous.size)
        ):
            spaced.append(Char(" ", previous.x1, char.x0, line.baseline, line.size, False, False))
        spaced.append(char)
        previous = char
    while spaced and spaced[-1].text == " ":
        spaced.pop()
    line.chars = spaced
