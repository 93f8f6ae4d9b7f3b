"""Turn the PDF's blocks into the model, through the text importer's rules.

Fonts and positions settle what plain text cannot: the italic opening phrase is the lead,
italic spans are kept, a raised smaller number is a footnote marker (so "Agenda 21" followed by
note 6 is never "Agenda 216", and a year is never a marker). The blocks are written in the text
importer's own format (one paragraph a line, ``*italic*`` spans, superscript digits, footnotes
after a rule), so numbering, nesting, headings and the cover are read by the same code for text
and PDF.

Document kinds: a draft decision (one paragraph, no preamble) becomes ``DocumentKind.DECISION``
with that paragraph as its only operative paragraph; an amendment becomes
``DocumentKind.AMENDMENT`` with its instructions and quoted text as unnumbered quote blocks.
Annexes ("Annex", "Annex I" after the closing lines) become ``Resolution.annexes``. A text in
parts (A, B, each with its own opening formula) goes to the text importer whole, which reads
part A as the body and each further part into ``Resolution.further_parts``.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.model.document import (
    Annex,
    DocumentKind,
    Footnote,
    ImportNote,
    Paragraph,
    ParagraphKind,
    Resolution,
    Text,
)

from ..header import is_symbol
from ..notes import page as page_place
from ..pdftext import Dehyphenator
from ..text import ITALIC_END, ITALIC_START, import_text, line_and_problem
from .chars import Char
from .layout import Block, Layout, Note, is_formula

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_SEPARATOR = "__________________"
_MARKER = re.compile(f"[{SUPERSCRIPTS}]+")
_MARKS = re.compile(f"[{ITALIC_START}{ITALIC_END}]")
_ANNEX = re.compile(r"^(?:Annex|Anexo|Annexe)(?: (?P<numeral>[IVX]{1,5}))?$")
_PART = re.compile(r"^[A-H]$")
def _unmarked(text: str) -> str:
    """Return rendered text without its italic marks."""
    return _MARKS.sub("", text)


_LINE_REF = re.compile(r"^(?P<source>.*?), line (?P<line>\d+): ")
_DECISION = re.compile(r"(?:^|:\*{0,3} )(?:revised )?draft decision$|^Draft decision submitted by")
_AMENDMENT = re.compile(r"amendments? to (?:the )?(?:revised )?draft resolution (?P<target>\S+)")


# What the reader guessed, by the opening words of the paragraph concerned; gathered while
# a document is built (build() gives each run, and each thread, a list of its own).
_DOUBTS: ContextVar[list[tuple[str, str]]] = ContextVar("pdf_import_doubts")

# The import notes, in the window's language (decision 0015).
_UNNUMBERED_AMONG_OPERATIVE = QT_TRANSLATE_NOOP(
    "ImportNotes", "an unnumbered paragraph among the operative paragraphs is kept as an "
    "unnumbered block; check whether it is a heading, a quotation or a paragraph of its own")
_FIRST_PERSON = QT_TRANSLATE_NOOP(
    "ImportNotes", "the numbered paragraphs speak in the first person (a declaration or pact "
    "that the resolution adopts): they are read as its operative paragraphs")
_NO_ITALIC_OPENING = QT_TRANSLATE_NOOP(
    "ImportNotes", "this preambular paragraph has no italic opening phrase in the PDF")
_UNNUMBERED_NOTE = QT_TRANSLATE_NOOP(
    "ImportNotes", "{page}: text under the footnote rule without a note number was left out: "
    "{text}")
_NUMBERING_RESTARTS = QT_TRANSLATE_NOOP(
    "ImportNotes", "the printed numbering starts again at 1. here (a new section or part); the "
    "draft numbers this paragraph {expected}. on from the ones before")
_NUMBER_OUT_OF_SEQUENCE = QT_TRANSLATE_NOOP(
    "ImportNotes", "this paragraph is printed as {number}. where {expected}. was expected: a "
    "paragraph may have been merged into the one before or split in two")
_AMENDMENT_NOTE = QT_TRANSLATE_NOOP(
    "ImportNotes", "this is an amendment to draft resolution {target}, not a resolution: its "
    "instructions and quoted text are kept as unnumbered blocks")
_ANNEX_UNREAD = QT_TRANSLATE_NOOP(
    "ImportNotes", "{heading}: its text could not be read into paragraphs ({problem}); it is "
    "kept as unnumbered blocks")


def _plain_words(text: str, count: int = 8) -> str:
    """Return the first words of a rendered paragraph without label, markup and markers."""
    text = re.sub(r"^(?:\d{1,3}\.|\([a-z]{1,6}\))\s+", "", text)
    text = re.sub(f"[{ITALIC_START}{ITALIC_END}{SUPERSCRIPTS}]", "", text)
    return " ".join(text.split()[:count])


def _note_doubts(resolution: Resolution) -> None:
    """Turn the reader's guesses into import notes on the paragraphs they concern."""
    paragraphs = [
        (" ".join(f"{p.lead} {p.body_text}".split()), p.id) for _part, p in resolution.walk()
    ]
    for words, doubt in _DOUBTS.get():
        target = next((pid for text, pid in paragraphs if words and text.startswith(words)), "")
        resolution.import_notes.append(ImportNote(doubt, target))
    if resolution.kind is DocumentKind.RESOLUTION:
        for paragraph in resolution.operative:
            text = paragraph.body_text.lstrip()
            if paragraph.kind is ParagraphKind.QUOTE and text[:1].isupper():
                resolution.import_notes.append(ImportNote(
                    message(_UNNUMBERED_AMONG_OPERATIVE), paragraph.id))
        first_person = [p for p in resolution.operative if p.body_text.startswith("We ")]
        if len(first_person) > len(resolution.operative) // 2 > 0:
            resolution.import_notes.append(ImportNote(message(_FIRST_PERSON)))
    preambles = [resolution.preambular, *(part.preambular for part in resolution.further_parts)]
    for paragraph in (p for preamble in preambles for p in preamble):
        if paragraph.kind is ParagraphKind.PARAGRAPH and not paragraph.lead:
            resolution.import_notes.append(ImportNote(message(_NO_ITALIC_OPENING), paragraph.id))


@dataclass
class _Rendered:
    """The text handed to the text importer, and the PDF page of each of its lines."""

    text: str
    pages: list[int]


def build(layout: Layout, source: str) -> Resolution:
    """Build the Resolution from the layout of a UN PDF."""
    token = _DOUBTS.set([])
    try:
        return _build(layout, source)
    finally:
        _DOUBTS.reset(token)


def _build(layout: Layout, source: str) -> Resolution:
    dehyphen = Dehyphenator(block.text for block in (*layout.cover, *layout.body))
    cover = [_render(block.chars, dehyphen, markup=False) for block in layout.cover]
    cover_pages = [block.page for block in layout.cover]
    kind, target = _kind(cover)
    if any(line.rstrip().endswith("*") or ":*" in line for line in cover):
        # The cover has an asterisk: a note without a printed mark at the head of page 1's
        # notes is the asterisk note (its mark was drawn, not set as text).
        for note in layout.notes:
            if note.page == 1 and not note.mark:
                note.mark = "*"
            break
    notes = {note.mark: note for note in layout.notes if note.mark}
    star_notes = [note for note in layout.notes if note.mark.startswith("*")]
    orphans = [note for note in layout.notes if not note.mark]
    rendered_notes = {
        mark: _render(note.chars, dehyphen, markup=True) for mark, note in notes.items()
    }
    sections = _split_sections(layout.body, dehyphen)
    main_blocks = sections[0][1]
    if kind is DocumentKind.AMENDMENT:
        resolution = _amendment(cover, cover_pages, main_blocks, rendered_notes, star_notes,
                                dehyphen, source, target)
    elif kind is DocumentKind.DECISION:
        resolution = _decision(cover, cover_pages, main_blocks, rendered_notes, star_notes,
                               dehyphen, source)
    else:
        resolution = _import(cover, cover_pages, main_blocks, rendered_notes, star_notes,
                             dehyphen, source)
    for heading, blocks in sections[1:]:
        _add_annex(resolution, heading, blocks, rendered_notes, dehyphen, source)
    _note_doubts(resolution)
    for note in orphans:
        text = repr(_render(note.chars, dehyphen, markup=False)[:60])
        resolution.import_notes.append(ImportNote(
            message(_UNNUMBERED_NOTE, page=page_place(note.page), text=text)))
    return resolution


# ------------------------------------------------------------------ rendering


def _render(chars: list[Char], dehyphen: Dehyphenator, markup: bool) -> str:
    """Write characters as importer text: *italic* spans and superscript-digit markers."""
    tokens: list[tuple[str, bool]] = []  # (text, italic)
    append = tokens.append
    for index, char in enumerate(chars):
        if not char.superscript:
            if char.text == "\n":
                _join_line(tokens, chars, index, dehyphen)
            else:
                append((char.text, char.italic))
        elif char.text == "\n":
            _join_line(tokens, chars, index, dehyphen)
        elif char.text.isdigit():
            while tokens and tokens[-1][0] == " " and len(tokens) > 1:
                tokens.pop()  # the marker belongs to the word or sign before it
            append((char.text.translate(_TO_SUPERSCRIPT), False))
        elif char.text == "," and _between_markers(chars, index):
            append((",", False))
        elif not char.text.isspace():
            append((char.text, char.italic))
    if not markup:
        return _tidy("".join([t for t, _ in tokens]))
    return _tidy(_mark_italics(tokens))


def _between_markers(chars: list[Char], index: int) -> bool:
    before = next((c for c in reversed(chars[:index]) if c.text != " "), None)
    after = next((c for c in chars[index + 1 :] if c.text != " "), None)
    return bool(
        before and after and before.superscript and after.superscript
        and before.text.isdigit() and after.text.isdigit()
    )


def _join_line(
    tokens: list[tuple[str, bool]], chars: list[Char], index: int, dehyphen: Dehyphenator
) -> None:
    """Join two lines of a paragraph: a space, or nothing after a hyphen that stays."""
    following = next((c for c in chars[index + 1 :] if c.text != " "), None)
    while tokens and tokens[-1][0] == " ":
        tokens.pop()
    if not tokens or following is None:
        return
    left = "".join(t for t, _ in tokens[-40:])
    if left.endswith("\u00ad"):
        tokens.pop()
        return
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        tail = "".join(c.text for c in chars[index + 1 : index + 30]).split(" ")[0]
        if tail in ("and", "or", "to"):
            tokens.append((" ", False))  # a suspended hyphen: "troop- and police-contributing"
            return
        head = re.findall(r"[A-Za-z]+", left[:-1])
        tail_word = re.match(r"[A-Za-z]+", tail)
        if head and tail_word and not dehyphen.keep_hyphen(head[-1], tail_word.group()):
            tokens.pop()
        return
    if left.endswith(("/", "\u2010", "\u2011")):
        return
    if following.superscript and following.text.isdigit():
        return  # a marker carried to the next line belongs to the word before it
    italic = tokens[-1][1] and following.italic
    tokens.append((" ", italic))


def _mark_italics(tokens: list[tuple[str, bool]]) -> str:
    """Mark italic runs exactly (the text importer's span marks), spaces at their edges out."""
    out: list[str] = []
    run: list[str] = []
    tokens = list(tokens)
    for index in range(1, len(tokens) - 1):
        # A space set in the roman font between two italic words is part of the italic span.
        if tokens[index][0] == " " and tokens[index - 1][1] and tokens[index + 1][1]:
            tokens[index] = (" ", True)

    def flush() -> None:
        if not run:
            return
        text = "".join(run)
        run.clear()
        if not any(ch.isalnum() for ch in text):
            out.append(text)
            return
        # Spaces, and a label's full stop set in italics ("3." before "Notes"), stay out.
        core = text.lstrip(" .,;:")
        lead_space = text[: len(text) - len(core)]
        core = core.rstrip()
        trail_space = text[len(lead_space) + len(core) :]
        out.append(lead_space + ITALIC_START + core + ITALIC_END + trail_space)

    for text, italic in tokens:
        if italic:
            run.append(text)
        else:
            if run:
                flush()
            out.append(text)
    flush()
    return "".join(out)


def _tidy(text: str) -> str:
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# ------------------------------------------------------------------ sections


def _split_sections(
    blocks: list[Block], dehyphen: Dehyphenator
) -> list[tuple[str, list[Block]]]:
    """Split the body at annex headings; the parts of a text in parts (A, B) stay together."""
    sections: list[tuple[str, list[Block]]] = [("", [])]
    for index, block in enumerate(blocks):
        if _ANNEX.match(block.text) and (block.bold or sections[-1][0]) and index > 0:
            sections.append((block.text, []))
            continue
        sections[-1][1].append(block)
    return sections


# ------------------------------------------------------------------ importing


def _compose(
    cover: list[str],
    body: list[str],
    notes: dict[str, str],
    star_notes: list[Note],
    dehyphen: Dehyphenator,
) -> str:
    used = set()
    for line in body:
        for marker in _MARKER.findall(line):
            used.add(marker.translate(str.maketrans(SUPERSCRIPTS, "0123456789")))
    lines = [*cover, "", *[item for line in body for item in (line, "")]]
    footnotes = [f"{star.mark} {_render(star.chars, dehyphen, markup=True)}" for star in star_notes]
    for mark in sorted((m for m in notes if m.isdigit() and m in used), key=int):
        footnotes.append(f"{mark.translate(_TO_SUPERSCRIPT)} {notes[mark]}")
    if footnotes:
        lines += [_SEPARATOR, *footnotes]
    return "\n".join(lines)


def _run_text_importer(text: str, source: str, pages: dict[int, int]) -> Resolution:
    try:
        return import_text(text, source=source, guess_leads=False)
    except InputError as error:
        found = line_and_problem(error, source)
        if found is None:
            raise
        line, problem = found
        page = pages.get(line)
        if page:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{source}, page {page}: {problem}"),
                source=source, page=page, problem=problem)) from None
        raise InputError(message(QT_TRANSLATE_NOOP("ImportErrors", "{source}: {problem}"),
                                 source=source, problem=problem)) from None


def _body_lines(
    blocks: list[Block], dehyphen: Dehyphenator, first_line: int
) -> tuple[list[str], dict[int, int]]:
    lines: list[str] = []
    pages: dict[int, int] = {}
    for block in blocks:
        text = _render(block.chars, dehyphen, markup=True)
        if block.doubt:
            _DOUBTS.get().append((_plain_words(text), block.doubt))
        plain = _unmarked(text)
        if block.bold or is_formula(plain) or (
            text.startswith(ITALIC_START) and text.endswith(ITALIC_END)
            and text.count(ITALIC_START) == 1
        ):
            # Headings, the formula, and all-italic lines (closing lines, quoted headings)
            # carry no italic span of their own.
            text = plain
        pages[first_line + 2 * len(lines)] = block.page
        lines.append(text)
    _check_numbers(lines)
    return lines, pages


def _check_numbers(lines: list[str]) -> None:
    """Note a paragraph number out of sequence: a paragraph merged into another, or split."""
    expected = 1
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _PART.match(line) and is_formula(_unmarked(following)):
            expected = 1  # a new part of a text in parts numbers its paragraphs afresh
            continue
        match = re.match(r"^(\d{1,3})\.\s", line)
        if not match:
            continue
        number = int(match.group(1))
        if number == 1 and expected > 1:
            _DOUBTS.get().append((_plain_words(line), message(_NUMBERING_RESTARTS,
                                                              expected=expected)))
        elif number != expected:
            _DOUBTS.get().append((_plain_words(line), message(
                _NUMBER_OUT_OF_SEQUENCE, number=number, expected=expected)))
        expected = number + 1


def _import(
    cover: list[str],
    cover_pages: list[int],
    blocks: list[Block],
    notes: dict[str, str],
    star_notes: list[Note],
    dehyphen: Dehyphenator,
    source: str,
) -> Resolution:
    body, pages = _body_lines(blocks, dehyphen, len(cover) + 2)
    pages.update({i + 1: page for i, page in enumerate(cover_pages)})
    text = _compose(cover, body, notes, star_notes, dehyphen)
    return _run_text_importer(text, source, pages)


def _decision(
    cover: list[str],
    cover_pages: list[int],
    blocks: list[Block],
    notes: dict[str, str],
    star_notes: list[Note],
    dehyphen: Dehyphenator,
    source: str,
) -> Resolution:
    body, pages = _body_lines(blocks, dehyphen, len(cover) + 2)
    formula = re.match(
        r"^(?P<formula>The [A-Z][A-Za-z ]+),\s*(?P<rest>.+)$", _unmarked(body[0])
    ) if body else None
    if formula:
        # "The General Assembly, recalling …, decides …": the formula, then the one paragraph.
        body = [formula.group("formula") + ",", *[formula.group("rest")[:1].upper()
                + formula.group("rest")[1:]], *body[1:]]
    resolution = _run_text_importer(_compose(cover, body, notes, star_notes, dehyphen), source,
                                    pages)
    resolution.kind = DocumentKind.DECISION
    if formula:
        paragraphs = [*resolution.preambular, *resolution.operative]
        if paragraphs:
            first = paragraphs[0]
            # Back to the printed wording: the decision's text goes on in lower case.
            opening = first.lead[:1].lower() + first.lead[1:]
            first.lead = ""
            content = list(first.content)
            if opening:
                content.insert(0, Text(opening + " "))
            elif content and isinstance(content[0], Text):
                head = content[0]
                content[0] = Text(head.text[:1].lower() + head.text[1:], head.italic)
            first.content = content
        resolution.operative = paragraphs
        resolution.preambular = []
    return resolution


def _amendment(
    cover: list[str],
    cover_pages: list[int],
    blocks: list[Block],
    notes: dict[str, str],
    star_notes: list[Note],
    dehyphen: Dehyphenator,
    source: str,
    target: str,
) -> Resolution:
    body, pages = _body_lines(blocks, dehyphen, len(cover) + 2)
    formula = "The General Assembly,"
    # The cover goes through the text importer with the amendment line read as a sponsors
    # line; the instructions and the quoted text are added below as unnumbered blocks.
    header_cover = [
        _AMENDMENT.sub("draft resolution", line) if _AMENDMENT.search(line) else line
        for line in cover
    ]
    text = _compose(header_cover, [formula, "X."], {}, star_notes, dehyphen)
    resolution = _run_text_importer(text, source, pages)
    resolution.kind = DocumentKind.AMENDMENT
    resolution.preambular = []
    resolution.operative = [
        Paragraph(kind=ParagraphKind.QUOTE, content=_plain_inlines(line)) for line in body
    ]
    resolution.import_notes.append(ImportNote(message(_AMENDMENT_NOTE, target=target)))
    del cover_pages, notes
    return resolution


def _plain_inlines(line: str) -> list:
    out: list = []
    pos = 0
    for match in re.finditer(f"{ITALIC_START}([^{ITALIC_END}]*){ITALIC_END}", line):
        if match.start() > pos:
            out.append(Text(line[pos : match.start()]))
        out.append(Text(match.group(1), italic=True))
        pos = match.end()
    if pos < len(line):
        out.append(Text(line[pos:]))
    return out


def _kind(cover: list[str]) -> tuple[DocumentKind, str]:
    for line in cover:
        amendment = _AMENDMENT.search(line)
        if amendment:
            return DocumentKind.AMENDMENT, amendment.group("target")
        if _DECISION.search(line) or line.startswith("Decision adopted by"):
            return DocumentKind.DECISION, ""
    return DocumentKind.RESOLUTION, ""


def _add_annex(
    resolution: Resolution,
    heading: str,
    blocks: list[Block],
    notes: dict[str, str],
    dehyphen: Dehyphenator,
    source: str,
) -> None:
    """Import an annex with the same rules, numbered afresh."""
    title_parts: list[str] = []
    while blocks and blocks[0].bold and not _looks_like_paragraph(blocks[0].text):
        title_parts.append(_render(blocks[0].chars, dehyphen, markup=False))
        blocks = blocks[1:]
    body, pages = _body_lines(blocks, dehyphen, 3)
    annex = Annex(heading=heading, title=" ".join(title_parts))
    if body:
        text = _compose(["X/1"], ["The General Assembly,", *body], notes, [], dehyphen)
        pages = {line + 2: page for line, page in pages.items()}
        try:
            inner = import_text(text, source=source, guess_leads=False)
        except InputError as error:
            resolution.import_notes.append(ImportNote(
                message(_ANNEX_UNREAD, heading=heading, problem=_short(error))))
            annex.preamble = [Paragraph(kind=ParagraphKind.QUOTE, content=_plain_inlines(line))
                              for line in body]
            annex.numbered = False
        else:
            annex.preamble = inner.preambular
            annex.paragraphs = inner.operative
            annex.numbered = any(p.kind is ParagraphKind.PARAGRAPH for p in inner.operative)
            for note_id, footnote in inner.footnotes.items():
                resolution.footnotes[note_id] = Footnote(note_id, footnote.content)
            resolution.import_notes.extend(inner.import_notes)
    resolution.annexes.append(annex)


def _looks_like_paragraph(text: str) -> bool:
    return bool(re.match(r"^(?:\d{1,3}|[IVXL]{1,6}|[A-H])\.\s", text)) or is_symbol(text)


def _short(error: Exception) -> str:
    """Return an error without the "source, line N: " its text starts with.

    A translatable error keeps its translation: the part after the prefix is its own message.
    """
    text = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    match = _LINE_REF.match(text)
    if not match:
        return text
    rest = text[match.end():]
    if isinstance(text, Message):
        return next((value for value in text.values.values()
                     if isinstance(value, Message) and value == rest), rest)
    return rest
