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
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message

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

    # The text and fonts of the characters the summary was taken of: layout asks for them
    # many times per line, and a line's characters are settled before anyone asks.
    _summary: tuple[int, int, str, bool, bool] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        """Return the line's text, superscripts included as plain characters."""
        return self._summarize()[2]

    @property
    def bold(self) -> bool:
        """Say whether every visible full-size character is bold."""
        return self._summarize()[3]

    @property
    def italic(self) -> bool:
        """Say whether every visible full-size character is italic."""
        return self._summarize()[4]

    def _summarize(self) -> tuple[int, int, str, bool, bool]:
        chars = self.chars
        summary = self._summary
        if summary is not None and summary[0] == id(chars) and summary[1] == len(chars):
            return summary
        visible = [c for c in chars if not c.superscript and not c.text.isspace()]
        summary = (
            id(chars),
            len(chars),
            "".join([char.text for char in chars]).strip(),
            bool(visible) and all(c.bold for c in visible),
            bool(visible) and all(c.italic for c in visible),
        )
        self._summary = summary
        return summary


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
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: PDF too large ({size} MB; DraftDesk reads "
                                              "PDFs up to {limit} MB)"),
            path=str(path), size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
    if b"%%EOF" not in data[-2048:]:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: the PDF is truncated or damaged (it has no "
                                              "end marker)"),
            path=str(path)))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(message(QT_TRANSLATE_NOOP("ImportErrors", "{path}: {problem}"),
                                 path=str(path), problem=_open_problem(error))) from None
    try:
        count = len(document)
        if count == 0:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: the PDF has no pages"), path=str(path)))
        if count > MAX_PAGES:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: the PDF has {count} pages; DraftDesk "
                                                  "reads resolutions of up to {limit} pages"),
                path=str(path), count=count, limit=MAX_PAGES))
        pages: list[PdfPage] = []
        total = 0
        for index in range(count):
            page = _read_page(path, document, index)
            total += sum(len(line.chars) for line in page.lines)
            if total > MAX_CHARS:
                raise InputError(message(
                    QT_TRANSLATE_NOOP("ImportErrors", "{path}: more than {limit} characters of "
                                                      "text by page {page}; too long for a "
                                                      "resolution"),
                    path=str(path), limit=f"{MAX_CHARS:,}", page=index + 1))
            pages.append(page)
        return pages
    finally:
        document.close()


def _open_problem(error: Exception) -> Message:
    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return message(
            QT_TRANSLATE_NOOP("ImportErrors", "the PDF is encrypted with a password; open it, save "
                                              "an unprotected copy and import that"))
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return message(
            QT_TRANSLATE_NOOP("ImportErrors", "the PDF uses a security handler DraftDesk cannot "
                                              "read"))
    return message(
        QT_TRANSLATE_NOOP("ImportErrors", "not a readable PDF (damaged, truncated or not a PDF at "
                                          "all)"))


def _read_page(path: Path, document: pdfium.PdfDocument, index: int) -> PdfPage:
    try:
        page = document[index]
    except pdfium.PdfiumError:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}, page {page}: the page cannot be read "
                                              "(damaged PDF)"),
            path=str(path), page=index + 1)) from None
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars, barcode = _page_chars(textpage)
        finally:
            textpage.close()
        if not any(not c.text.isspace() for c in chars):
            images = any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
            if images:
                raise InputError(message(
                    QT_TRANSLATE_NOOP("ImportErrors", "{path}, page {page}: the page has only an "
                                                      "image (a scan?); DraftDesk reads PDFs with "
                                                      "a text layer, such as those of the Official "
                                                      "Document System"),
                    path=str(path), page=index + 1))
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}, page {page}: the page has no text; "
                                                  "DraftDesk reads PDFs with a text layer, such as "
                                                  "those of the Official Document System"),
                path=str(path), page=index + 1))
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
    handle = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    name = ctypes.create_string_buffer(_NAME_LENGTH.value)
    flags = ctypes.c_int()
    styles: dict[int, tuple[bool, bool, bool, float, float]] = {}
    chars: list[Char] = []
    append = chars.append
    barcode = False
    get_object = _GET_TEXT_OBJECT
    get_box = _GET_LOOSE_BOX
    text_of = _TEXT_OF
    new_char = Char
    codes = _page_text(textpage, count)
    if codes is None:
        codes = [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(count)]
    current = None  # the text object of the run being read
    run_start = 0  # index in chars of the run's first character
    last_index = -1  # the page's character index of the run's last character
    x0 = baseline = size = depth = 0.0
    italic = bold = in_barcode = False
    for i in range(count):
        obj = get_object(handle, i)
        if obj != current:
            if current is not None and last_index >= 0:
                _end_run(handle, rect, chars, run_start, last_index, depth)
            current, last_index = obj, -1
            if obj:
                if not get_box(handle, i, by_rect):
                    current = None  # a character without a box (a space in a tiny font)
                    if codes[i] in _SPACES and chars:
                        last = chars[-1]
                        append(Char(" ", last.x1, last.x1, last.baseline, last.size, False,
                                    False))
                    continue
                style = styles.get(obj)
                if style is None:
                    style = _style(handle, i, name, flags, by_x, by_y, origin_y, rect.bottom)
                    styles[obj] = style
                italic, bold, in_barcode, size, depth = style
                x0, baseline = rect.left, rect.bottom + depth
                run_start = len(chars)
        if not obj:
            # Generated by PDFium: a line break (dropped), or a space PDFium reads from the
            # gap between two words; kept for now, decided when the line is settled.
            if codes[i] == 32 and chars and chars[-1].text not in _BLANKS:
                last = chars[-1]
                append(Char(_IMPLIED_SPACE, last.x1, last.x1, last.baseline, last.size,
                            last.italic, last.bold))
            continue
        code = codes[i]
        text = text_of.get(code)
        if text is None:
            text = _text_of(code)
        if not text:
            continue
        if in_barcode:
            barcode = True  # the job-number barcode: not text
            continue
        append(new_char(text, x0, x0, baseline, size, italic, bold, False, i))
        last_index = i
    if current is not None and last_index >= 0:
        _end_run(handle, rect, chars, run_start, last_index, depth)
    return chars, barcode


def _end_run(
    handle: ctypes.c_void_p,
    rect: pdfium_c.FS_RECTF,
    chars: list[Char],
    start: int,
    last_index: int,
    depth: float,
) -> None:
    """Give a run's last character its right edge; box every character if it changed lines."""
    if start >= len(chars):
        return
    box = ctypes.byref(rect)
    if not _GET_LOOSE_BOX(handle, last_index, box):
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
        if char.index >= 0 and _GET_LOOSE_BOX(handle, char.index, box):
            char.x0, char.x1, char.baseline = rect.left, rect.right, rect.bottom + depth


def _style(
    handle: ctypes.c_void_p,
    index: int,
    name: ctypes.Array[ctypes.c_char],
    flags: ctypes.c_int,
    by_x: object,
    by_y: object,
    origin_y: ctypes.c_double,
    bottom: float,
) -> tuple[bool, bool, bool, float, float]:
    """Return (italic, bold, barcode, size, baseline above the loose box) of a character."""
    _GET_FONT_INFO(handle, index, name, _NAME_LENGTH, ctypes.byref(flags))
    key = (name.value, flags.value)
    cut = _CUTS.get(key)
    if cut is None:
        family = name.value.decode("latin-1", "replace").split("+", 1)[-1].lower()
        italic = "italic" in family or "oblique" in family or bool(flags.value & _FONT_ITALIC_FLAG)
        if len(_CUTS) > 4096:
            _CUTS.clear()  # bounded, whatever fonts a file names
        cut = _CUTS[key] = (italic, "bold" in family, "barcode" in family)
    size = _GET_FONT_SIZE(handle, index)
    # The size in the font operator is in text space: a PDF that scales its text (Qt draws
    # 100-unit fonts under a 0.1 matrix) prints it at the size times the matrix's scale.
    matrix = pdfium_c.FS_MATRIX()
    if _GET_MATRIX(handle, index, ctypes.byref(matrix)):
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        if scale > 0:
            size *= scale
    _GET_CHAR_ORIGIN(handle, index, by_x, by_y)
    return cut[0], cut[1], cut[2], size, origin_y.value - bottom


# (italic, bold, barcode) by font name and flags: a document uses a handful of fonts.
_CUTS: dict[tuple[bytes, int], tuple[bool, bool, bool]] = {}
_NAME_LENGTH = ctypes.c_ulong(128)  # the name buffer's size, as the unsigned long PDFium reads


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


# Called for every character: prototypes without argument types, so that ctypes passes the
# page handle (a c_void_p), the index (an int) and the box (a byref) without a converter
# call each (a quarter of each call's cost).
_GET_TEXT_OBJECT = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p)
)
_GET_LOOSE_BOX = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.CFUNCTYPE(ctypes.c_int))
# Called for every text object (a few hundred a page), the same way.
_GET_FONT_INFO = ctypes.cast(pdfium_c.FPDFText_GetFontInfo, ctypes.CFUNCTYPE(ctypes.c_ulong))
_GET_FONT_SIZE = ctypes.cast(pdfium_c.FPDFText_GetFontSize, ctypes.CFUNCTYPE(ctypes.c_double))
_GET_CHAR_ORIGIN = ctypes.cast(pdfium_c.FPDFText_GetCharOrigin, ctypes.CFUNCTYPE(ctypes.c_int))
_GET_MATRIX = ctypes.cast(pdfium_c.FPDFText_GetMatrix, ctypes.CFUNCTYPE(ctypes.c_int))
_IMPLIED_SPACE = "\x1f"
_BLANKS = (" ", _IMPLIED_SPACE)
_SKIPPED_CODES = frozenset((0, 10, 13, 0xFFFF))
_LINE_END_HYPHENS = frozenset((2, 0xFFFE))
_SPACES = frozenset((9, 32, 0xA0, 0x2002, 0x2003, 0x2009, 0x202F))


def _lines(page: int, chars: list[Char]) -> list[TextLine]:
    """Gather characters into lines; a smaller raised character joins the line below it."""
    lines: list[TextLine] = []
    current: TextLine | None = None
    add = None  # appends to the current line's characters
    base = size = last_x0 = 0.0
    for char in chars:
        if char.text in _BLANKS:
            if add is not None:
                add(char)
            continue
        x0 = char.x0
        if current is not None and add is not None:
            # The common case first: the next character of the same run.
            if (
                char.size == size and -0.3 < char.baseline - base < 0.3
                and x0 >= last_x0 - 0.5 and x0 - last_x0 < 40 + size
            ):
                add(char)
                last_x0 = x0
                continue
            if _continues(current, char, last_x0):
                add(char)
                last_x0 = x0
                base, size = current.baseline, current.size
                if char.size != size:
                    size = -1.0  # mixed sizes: no fast path until the next run
                continue
        current = TextLine(page, [char], char.baseline, char.size)
        add = current.chars.append
        base, size, last_x0 = char.baseline, char.size, x0
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
    # The same baseline in another size (a bigger first letter) continues the line too, but
    # not across a gap: "Economic and Social Council" in 20 pt and "Distr.: Limited" in 10 pt
    # share the masthead's baseline and are two items.
    if abs(char.size - line.size) >= 0.3 * max(char.size, line.size) and (
        char.x0 - last.x1 > 0.5 * min(char.size, line.size)
    ):
        return False
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
    append = spaced.append
    previous: Char | None = None
    implied: Char | None = None
    ends_in_space = False  # whether spaced ends in a space (asked only once it has a char)
    for char in line.chars:
        text = char.text
        if text == _IMPLIED_SPACE:
            implied = char
            continue
        if implied is not None:
            if previous is not None and text != " " and (
                char.italic != previous.italic
                or char.bold != previous.bold
                or char.x0 - previous.x1 > 0.15 * min(char.size, previous.size)
            ):
                # PDFium saw a word gap. Letter-spaced justified text has gaps of up to
                # 0.13 em inside words; after an italic letter's overhang a real word gap
                # looks narrow.
                if not ends_in_space:
                    append(Char(" ", previous.x1, char.x0, line.baseline, line.size,
                                False, False))
                    ends_in_space = True
            implied = None
        if text == " ":
            if previous is not None and not ends_in_space:
                append(char)
                ends_in_space = True
            continue
        size = char.size
        char.superscript = size < small and char.baseline > raised
        if previous is not None and not ends_in_space:
            smaller = size if size <= previous.size else previous.size
            if char.x0 - previous.x1 > 0.25 * smaller:
                append(Char(" ", previous.x1, char.x0, line.baseline, line.size, False, False))
        append(char)
        ends_in_space = False
        previous = char
    while spaced and spaced[-1].text == " ":
        spaced.pop()
    line.chars = spaced
