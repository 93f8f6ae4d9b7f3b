"""Import the plain text of a UN resolution into the model.

Two input styles are recognized: one paragraph per line (as saved from a Word file or typed),
and text copied from a PDF viewer, with lines wrapped inside paragraphs and page furniture
(running heads, page numbers, job numbers, footnotes at the foot of each page). The second is
first brought back to the first by ``pdftext.unwrap``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.model.derive import DEFAULT_CHILD_SCHEMES, derive, format_label
from draftdesk.model.document import (
    MAX_DEPTH,
    SCHEME_ALPHA,
    SCHEME_ALPHA_DOT,
    SCHEME_ROMAN,
    SCHEME_ROMAN_DOT,
    CoverNote,
    Footnote,
    FootnoteRef,
    ImportNote,
    Inline,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
    Text,
    new_id,
)
from draftdesk.model.languages import split_lead as split_lead_in
from draftdesk.model.phrases import is_operative_lead, split_lead
from draftdesk.model.words import parse_un_date
from draftdesk.untrusted import MAX_TEXT_BYTES, check_size, clean_text, printable, quoted

from . import pdftext
from .header import HeaderError, Line, is_symbol, parse_header
from .labels import roman_value
from .language import detect_language, formula_language, parse_header_in, split_connector
from .notes import text_position
from .pdftext import strip_trailing_markers

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_MARKERS = re.compile(f"[{SUPERSCRIPTS}]+(?:,[{SUPERSCRIPTS}]+)*")
_TRAILING_MARKERS = re.compile(f"(?:[{SUPERSCRIPTS}]+,)*[{SUPERSCRIPTS}]+$")
_FOOTNOTE_LINE = re.compile(f"^(?P<num>[{SUPERSCRIPTS}]+)\\s+(?P<text>\\S.*)$")
# Ligatures that PDF viewers put in copied text.
_CHARACTERS = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
     "\ufb03": "ffi", "\ufb04": "ffl"}
)
_LIGATURE = re.compile("[\ufb00-\ufb04]")
_BARE_MARKER = re.compile(f"^[{SUPERSCRIPTS}]+$")
_ASTERISK_LINE = re.compile(r"^(?P<stars>\*{1,3})\s+(?P<text>\S.*)$")
_SEPARATOR = re.compile(r"^_{5,}$")
_FORMULA = re.compile(
    r"^\*?The (?P<organ>General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council)\*?(?P<comma>,?)$"
)
_ARABIC = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<rest>\S.*)$")
# "(a)" in English, "a)" in Spanish and French.
_PAREN = re.compile(r"^\(?(?P<label>[a-z]{1,6})\)\s+(?P<rest>\S.*)$")
_DOTTED = re.compile(r"^(?P<label>[a-z]{1,5})\.\s+(?P<rest>\S.*)$")
_NUMERAL = re.compile(r"^[IVXLC]{1,7}$")
# The letter that opens a part of a text in parts ("A", "B"), on a line of its own.
_PART_LETTER = re.compile(r"^[A-Z]$")
_CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) plenary meeting$")
_CONNECTOR = re.compile(r";\s+(?P<word>and|or)$")
_END_PUNCT = ",;:."
# Exact italic spans, as the Word reader marks them with two private-use characters; in
# typed text, *asterisks* around words.
ITALIC_START, ITALIC_END = "\ue000", "\ue001"
_ITALIC = re.compile(
    r"(?<![\w*])\*(?=\S)(?P<body>[^*\ue000\ue001]+?)(?<=\S)\*(?![\w*])"
    r"|\ue000(?P<exact>[^\ue000\ue001]*)\ue001"
)

# The import notes, in the window's language (decision 0015).
_CHARACTER_REMOVED = QT_TRANSLATE_NOOP(
    "ImportNotes", "1 control or non-text character removed (at {position})")
_CHARACTERS_REMOVED = QT_TRANSLATE_NOOP(
    "ImportNotes", "{count} control or non-text characters removed (the first at {position})")
_FIFTH_LEVEL = QT_TRANSLATE_NOOP(
    "ImportNotes", "line {line}: {label} would open a fifth level of sub-paragraphs; it was "
    "kept at the fourth")


@dataclass
class _Block:
    """One paragraph of the body, one line of text, with the line it started on."""

    line: int
    text: str


@dataclass
class _Level:
    scheme: str
    parent: Paragraph
    items: list[Paragraph] = field(default_factory=list)


def import_text(text: str, source: str = "<text>", guess_leads: bool = True) -> Resolution:
    """Turn the plain text of a resolution into a Resolution.

    Opening phrases marked ``*like this*`` are the leads. Without the marks the lead is found
    from the standard phrases and the grammar of UN paragraphs, unless ``guess_leads`` is off
    (text from a source whose italics are known, such as a PDF).
    """
    return _Importer(text, source, guess_leads).run()


def import_text_lines(
    text: str, source: str = "<text>", guess_leads: bool = True
) -> tuple[Resolution, dict[str, int]]:
    """Import a text and say on which line each paragraph, heading and quote started.

    With ``guess_leads`` off only the marked italic openings are leads (the source's italics
    are known, as in a Word file that sets its opening phrases in italics).
    """
    importer = _Importer(text, source, guess_leads)
    resolution = importer.run()
    return resolution, importer.paragraph_lines


# How the importer names the line of its input a problem is on; the PDF and Word importers
# name the page or the Word paragraph instead (``line_and_problem``).
AT_LINE = QT_TRANSLATE_NOOP("ImportErrors", "{source}, line {line}: {problem}")


def line_and_problem(error: InputError, source: str) -> tuple[int, str] | None:
    """Return the line of ``source`` and the problem an import error names, if it names one."""
    found = error.args[0] if len(error.args) == 1 else None
    if (isinstance(found, Message) and found.template == AT_LINE
            and found.values.get("source") == source):
        return int(found.values["line"]), found.values["problem"]
    return None


class _Importer:
    def __init__(self, text: str, source: str, guess_leads: bool = True) -> None:
        self.source = printable(source, 200)
        self.guess_leads = guess_leads
        if len(text) > MAX_TEXT_BYTES:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{source}: too long for a resolution ({count} "
                                                  "characters; the limit is {limit})"),
                source=self.source, count=f"{len(text):,}", limit=f"{MAX_TEXT_BYTES:,}"))
        cleaned, self.replaced, first = clean_text(text)
        self.first_replaced = text_position(text, first) if first is not None else ""
        text = cleaned
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\t", " ").replace("\u00a0", " ")
        if _LIGATURE.search(text):
            text = text.translate(_CHARACTERS)
        # A soft hyphen inside a line is invisible; at a line end it marks a split word,
        # which unwrapping joins (pdftext._join).
        text = re.sub("\u00ad(?![ ]*(?:\n|$))", "", text)
        self.lines = [Line(i + 1, raw.rstrip()) for i, raw in enumerate(text.split("\n"))]
        self.notes: dict[str, tuple[int, str]] = {}  # marker digits -> (line, text)
        self.star_notes: list[tuple[str, str]] = []  # (stars, text)
        self.note_ids: dict[str, str] = {}
        self.marker_lines: dict[str, int] = {}  # marker digits -> line of its first use
        self.resolution = Resolution()
        self.target: Resolution | ResolutionPart = self.resolution  # where paragraphs go
        self.paragraph_lines: dict[str, int] = {}
        # The end punctuation each paragraph has in the source ("" for none), by paragraph id.
        self.source_endings: dict[str, str] = {}

    def fail(self, line: int | None, problem: Message) -> InputError:
        if line is None:
            return InputError(message(QT_TRANSLATE_NOOP("ImportErrors", "{source}: {problem}"),
                                      source=self.source, problem=problem))
        return InputError(message(AT_LINE, source=self.source, line=line, problem=problem))

    # ------------------------------------------------------------------ top level

    def run(self) -> Resolution:
        formula_index = self._find_formula()
        if formula_index is None:
            start = self._find_body_start()
            if start is None:
                raise self.fail(None, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "no resolution found: expected an opening "
                                                      "formula such as 'The General Assembly,' or "
                                                      "numbered paragraphs")))
            header_lines, body_lines, formula = self.lines[:start], self.lines[start:], ""
        else:
            header_lines = self.lines[:formula_index]
            body_lines = self.lines[formula_index + 1 :]
            formula = self.lines[formula_index].text.strip()
            header_lines = self._take_part_letter(header_lines)
        wrapped = pdftext.looks_wrapped(body_lines)
        dehyphen = pdftext.Dehyphenator(line.text for line in self.lines)
        if wrapped:
            header_lines = pdftext.join_header(header_lines, dehyphen)
        cover = [line for line in header_lines if line.text.strip()]
        language = formula_language(formula) or detect_language(line.text for line in cover)
        try:
            if language == "en":
                metadata, anchors = parse_header(cover, formula)
            else:  # a Spanish or French draft: its cover read with that language's words
                metadata, anchors = parse_header_in(cover, formula, language)
        except HeaderError as error:
            raise self.fail(error.line, error.problem) from None
        self.resolution.metadata = metadata
        if wrapped:
            blocks_raw, notes = pdftext.unwrap(body_lines, dehyphen, metadata.title)
        else:
            # One paragraph a line: only footnotes (and any stray furniture) to take out.
            blocks_raw, notes = pdftext.split_notes(body_lines, dehyphen, metadata.title)
        blocks = [_Block(line.number, line.text.rstrip("\u00ad")) for line in blocks_raw]
        self._collect_notes(notes)
        # Seed style: "¹ text" lines interleaved with the paragraphs.
        kept: list[_Block] = []
        for block in blocks:
            match = _FOOTNOTE_LINE.match(block.text)
            if match:
                self._add_note(match.group("num"), match.group("text"), block.line)
            else:
                kept.append(block)
        blocks = self._take_closing_lines(kept)
        self._cover_notes(anchors)
        if not blocks:
            where = self.lines[formula_index].number if formula_index is not None else None
            raise self.fail(where, message(
                QT_TRANSLATE_NOOP("ImportErrors", "no paragraphs after the opening formula")))
        sections = _split_parts(blocks)
        self._build_body(sections[0][2], self.resolution)
        for letter, title, part_blocks in sections[1:]:
            part = ResolutionPart(letter=letter, title=title)
            if not part_blocks:
                raise self.fail(None, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "part {letter} has no paragraphs after its "
                                                      "formula"), letter=letter))
            self._build_body(part_blocks, part)
            self.resolution.further_parts.append(part)
        if len(sections) > 1 and not self.resolution.part_letter:
            self.resolution.part_letter = "A"
        self._check_notes()
        check_size(self.resolution, self.source)
        self._keep_source_endings()
        if self.replaced:
            note = message(_CHARACTER_REMOVED, position=self.first_replaced) \
                if self.replaced == 1 else message(
                    _CHARACTERS_REMOVED, count=f"{self.replaced:,}", position=self.first_replaced)
            self.resolution.import_notes.insert(0, ImportNote(note))
        return self.resolution

    def _keep_source_endings(self) -> None:
        """Keep each paragraph's own end punctuation where it differs from the derived one.

        Agreed wording is not changed silently: S/2020/449 operative 2 ends "…, shall" before
        its sub-paragraphs, where the structure alone would print "shall:".
        """
        derived = derive(self.resolution)
        for _part, paragraph in self.resolution.walk():
            source = self.source_endings.get(paragraph.id)
            if source is not None and source != derived.info[paragraph.id].end:
                paragraph.ending = source

    def _take_part_letter(self, header: list[Line]) -> list[Line]:
        """Take the "A" standing on its own line just above the first formula."""
        end = len(header)
        while end and not header[end - 1].text.strip():
            end -= 1
        if end and _PART_LETTER.match(header[end - 1].text.strip()):
            self.resolution.part_letter = header[end - 1].text.strip()
            return header[: end - 1]
        return header

    def _find_formula(self) -> int | None:
        for index, line in enumerate(self.lines):
            if _FORMULA.match(line.text.strip()) or formula_language(line.text):
                return index
        return None

    def _find_body_start(self) -> int | None:
        """Without an opening formula, the body starts at op 1 or at the first preambular line."""
        for index, line in enumerate(self.lines):
            text = line.text.strip()
            if _ARABIC.match(text) and not is_symbol(text):
                return index
            bare = strip_trailing_markers(text)
            if bare.endswith(",") and split_lead(_strip_italics(text), operative=False)[0]:
                return index
        return None

    # ------------------------------------------------------------------ footnotes

    def _collect_notes(self, notes: list[Line]) -> None:
        for line in notes:
            match = _FOOTNOTE_LINE.match(line.text)
            if match:
                self._add_note(match.group("num"), match.group("text"), line.number)
                continue
            star = _ASTERISK_LINE.match(line.text)
            if star:
                self.star_notes.append((star.group("stars"), star.group("text")))
                continue
            bare = _BARE_MARKER.match(line.text)
            if bare:
                digits = bare.group().translate(_SUP_TO_DIGIT)
                raise self.fail(line.number, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "footnote {number} has no text"),
                    number=printable(digits, 12)))
            raise self.fail(line.number, message(
                QT_TRANSLATE_NOOP("ImportErrors", "cannot read footnote line {text}"),
                text=quoted(line.text)))

    def _add_note(self, marker: str, text: str, line: int) -> None:
        digits = marker.translate(_SUP_TO_DIGIT)
        if digits in self.notes:
            raise self.fail(line, message(
                QT_TRANSLATE_NOOP("ImportErrors", "footnote {number} is given twice"),
                number=printable(digits, 12)))
        self.notes[digits] = (line, text)

    def _note_id(self, digits: str, line: int) -> str:
        if digits not in self.note_ids:
            if digits not in self.notes:
                marker = digits.translate(str.maketrans("0123456789", SUPERSCRIPTS))
                raise self.fail(line, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "footnote marker {marker} ({number}) has no "
                                                      "footnote text"),
                    marker=printable(marker, 12), number=printable(digits, 12)))
            note_id = new_id()
            self.note_ids[digits] = note_id
            self.marker_lines[digits] = line
            self.resolution.footnotes[note_id] = Footnote(
                id=note_id, content=_italic_runs(self.notes[digits][1])
            )
        return self.note_ids[digits]

    def _check_notes(self) -> None:
        for digits, (line, _text) in sorted(self.notes.items(), key=lambda kv: kv[1][0]):
            if digits not in self.note_ids:
                raise self.fail(line, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "footnote {number} is not referenced "
                                                      "anywhere in the text{where}"),
                    number=printable(digits, 12), where=self._where_marker_belongs(digits)))

    def _where_marker_belongs(self, digits: str) -> str | Message:
        """Say between which lines of the text the missing marker should stand."""
        if not _short_number(digits):
            return ""  # also keeps int() from numbers longer than it converts
        number = int(digits)
        placed = {int(d): line for d, line in self.marker_lines.items() if _short_number(d)}
        before = max((n for n in placed if n < number), default=None)
        after = min((n for n in placed if n > number), default=None)
        marker = digits.translate(str.maketrans("0123456789", SUPERSCRIPTS))
        if before is not None and after is not None:
            return message(
                QT_TRANSLATE_NOOP("ImportErrors", "; its marker {marker} belongs between line "
                                                  "{line} (note {note}) and line {next_line} (note "
                                                  "{next_note})"),
                marker=marker, line=placed[before], note=before,
                next_line=placed[after], next_note=after)
        if before is not None:
            return message(
                QT_TRANSLATE_NOOP("ImportErrors", "; its marker {marker} belongs after line {line} "
                                                  "(note {note})"),
                marker=marker, line=placed[before], note=before)
        if after is not None:
            return message(
                QT_TRANSLATE_NOOP("ImportErrors", "; its marker {marker} belongs before line "
                                                  "{line} (note {note})"),
                marker=marker, line=placed[after], note=after)
        return ""

    def _cover_notes(self, anchors: list[str]) -> None:
        notes = sorted(self.star_notes, key=lambda note: len(note[0]))
        for index, (_stars, text) in enumerate(notes):
            anchor = anchors[index] if index < len(anchors) else "sponsors"
            self.resolution.metadata.cover_notes.append(CoverNote(anchor=anchor, text=text))

    def _take_closing_lines(self, blocks: list[_Block]) -> list[_Block]:
        if len(blocks) >= 2 and _CLOSING.match(blocks[-2].text) and parse_un_date(
            blocks[-1].text
        ):
            self.resolution.metadata.closing_lines = [blocks[-2].text, blocks[-1].text]
            return blocks[:-2]
        if blocks and _CLOSING.match(blocks[-1].text):
            self.resolution.metadata.closing_lines = [blocks[-1].text]
            return blocks[:-1]
        return blocks

    # ------------------------------------------------------------------ body

    def _build_body(self, blocks: list[_Block], target: Resolution | ResolutionPart) -> None:
        """Build the preamble and operative paragraphs of the text (or of one of its parts)."""
        self.target = target
        numbered = any(_ARABIC.match(b.text) for b in blocks)
        operative_from = None
        if not numbered:
            for index, block in enumerate(blocks):
                if not _is_heading(block.text) and is_operative_lead(_strip_italics(block.text)):
                    operative_from = index
                    break
        in_operative = False
        pending_headings: list[Paragraph] = []
        numeral = ""
        top: Paragraph | None = None
        levels: list[_Level] = []
        last: Paragraph | None = None
        labels = [self._label_of(b.text) for b in blocks]
        # The next label after each block, found in one pass from the end.
        following_labels: list[tuple[str, str, str] | None] = [None] * len(blocks)
        for index in range(len(blocks) - 2, -1, -1):
            after = labels[index + 1]
            following_labels[index] = after if after is not None else following_labels[index + 1]
        for index, block in enumerate(blocks):
            text = block.text
            if _NUMERAL.match(text) and roman_value(text) is not None:
                numeral = text
                continue
            arabic = _ARABIC.match(text)
            if arabic or index == operative_from:
                in_operative = True
                rest = arabic.group("rest") if arabic else text
                paragraph = self._paragraph(rest, block.line, operative=True)
                self._place_top(paragraph, True, pending_headings)
                pending_headings = []
                top, levels, last = paragraph, [], paragraph
                continue
            label = labels[index]
            if label is not None and top is not None:
                form, token, rest = label
                following = following_labels[index]
                paragraph = self._paragraph(rest, block.line, operative=False, lead=False)
                self._place_sub(top, levels, form, token, paragraph, following, block.line)
                last = paragraph
                continue
            if _is_heading(text):
                heading = Paragraph(
                    kind=ParagraphKind.HEADING,
                    content=self._inlines(text, block.line),
                    numeral=numeral,
                )
                self.paragraph_lines[heading.id] = block.line
                numeral = ""
                pending_headings.append(heading)
                continue
            if numeral:
                raise self.fail(block.line, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "section numeral {numeral} is not followed "
                                                      "by a heading"),
                    numeral=numeral))
            previous_colon = last is not None and self._ends_with_colon(blocks, index)
            if not in_operative:
                has_lead = bool(_strip_italics_lead(text)[0] or split_lead(text, False)[0])
                if not has_lead and previous_colon:
                    quote = Paragraph(
                        kind=ParagraphKind.QUOTE, content=self._inlines(text, block.line)
                    )
                    self.paragraph_lines[quote.id] = block.line
                    self._place_top(quote, False, pending_headings)
                    pending_headings = []
                    last = quote
                    continue
                paragraph = self._paragraph(text, block.line, operative=False)
                self._place_top(paragraph, False, pending_headings)
                pending_headings = []
                top, levels, last = paragraph, [], paragraph
                continue
            # An unnumbered block inside the operative part: a quoted text.
            quote = Paragraph(kind=ParagraphKind.QUOTE, content=self._inlines(text, block.line))
            self.paragraph_lines[quote.id] = block.line
            self._place_top(quote, True, pending_headings)
            pending_headings = []
            last = quote
        if numeral:
            target.operative.append(Paragraph(kind=ParagraphKind.HEADING, numeral=numeral))
        if pending_headings:
            (target.operative if in_operative else target.preambular).extend(pending_headings)

    def _ends_with_colon(self, blocks: list[_Block], index: int) -> bool:
        if index == 0:
            return False
        previous = strip_trailing_markers(blocks[index - 1].text)
        return previous.endswith(":")

    def _label_of(self, text: str) -> tuple[str, str, str] | None:
        match = _PAREN.match(text)
        if match:
            return "paren", match.group("label"), match.group("rest")
        match = _DOTTED.match(text)
        if match and (len(match.group("label")) == 1 or roman_value(match.group("label"))):
            return "dot", match.group("label"), match.group("rest")
        return None

    def _place_top(self, paragraph: Paragraph, operative: bool, headings: list[Paragraph]) -> None:
        target = self.target.operative if operative else self.target.preambular
        target.extend(headings)
        target.append(paragraph)

    def _place_sub(
        self,
        top: Paragraph,
        levels: list[_Level],
        form: str,
        token: str,
        paragraph: Paragraph,
        following: tuple[str, str, str] | None,
        line: int = 0,
    ) -> None:
        """Nest a lettered or roman item: context, not the label, decides what "(i)" is."""
        printed = f"({token})" if form == "paren" else f"{token}."
        alpha_scheme = SCHEME_ALPHA if form == "paren" else SCHEME_ALPHA_DOT
        roman_scheme = SCHEME_ROMAN if form == "paren" else SCHEME_ROMAN_DOT
        next_printed = ""
        if following is not None:
            f_form, f_token, _rest = following
            next_printed = f"({f_token})" if f_form == "paren" else f"{f_token}."
        starts_roman = printed == format_label(roman_scheme, 0)
        for depth in range(len(levels) - 1, -1, -1):
            level = levels[depth]
            if format_label(level.scheme, len(level.items)) != printed:
                continue
            if (
                starts_roman
                and level.scheme == alpha_scheme
                and next_printed == format_label(roman_scheme, 1)
            ):
                break  # "(i)" after "(h)" followed by "(ii)": a roman list under (h)
            del levels[depth + 1 :]
            level.items.append(paragraph)
            level.parent.children.append(paragraph)
            return
        if printed == format_label(alpha_scheme, 0):
            scheme = alpha_scheme
        elif starts_roman:
            scheme = roman_scheme
        else:
            # Out of sequence: continue the deepest list of the same family.
            family = roman_scheme if roman_value(token) and not (
                levels and levels[-1].scheme == alpha_scheme
            ) else alpha_scheme
            for depth in range(len(levels) - 1, -1, -1):
                if levels[depth].scheme == family:
                    del levels[depth + 1 :]
                    levels[depth].items.append(paragraph)
                    levels[depth].parent.children.append(paragraph)
                    return
            scheme = family
        if len(levels) >= MAX_DEPTH:
            # A fifth level (say "(a)" after "(z)" again) cannot be drafted: keep the item at
            # the deepest level and say so, so that the draft opens everywhere.
            deepest = levels[-1]
            deepest.items.append(paragraph)
            deepest.parent.children.append(paragraph)
            self.resolution.import_notes.append(ImportNote(
                message(_FIFTH_LEVEL, line=line, label=printable(printed, 12)), paragraph.id))
            return
        parent = levels[-1].items[-1] if levels else top
        depth_of_parent = len(levels)
        default = DEFAULT_CHILD_SCHEMES[min(depth_of_parent, len(DEFAULT_CHILD_SCHEMES) - 1)]
        if scheme != default:
            parent.child_scheme = scheme
        levels.append(_Level(scheme, parent, [paragraph]))
        parent.children.append(paragraph)

    # ------------------------------------------------------------------ paragraphs

    def _paragraph(self, text: str, line: int, operative: bool, lead: bool = True) -> Paragraph:
        """Split a paragraph's text into lead, content, end punctuation and connector."""
        connector = ""
        language = self.resolution.metadata.language
        match = _CONNECTOR.search(text, max(0, len(text) - 10))
        if language != "en":
            text, connector = split_connector(text, language)
        elif match:
            connector = match.group("word")
            text = text[: match.start() + 1]
        # Search the end only: a "$"-anchored search scans the whole paragraph.
        markers = _TRAILING_MARKERS.search(text, max(0, len(text) - 40))
        tail = ""
        if markers:
            tail = markers.group()
            text = text[: markers.start()]
        ending = ""
        if text and text[-1] in _END_PUNCT:
            ending = text[-1]
            text = text[:-1]
            if language == "fr":
                text = text.rstrip("\u00a0\u202f ")  # the space French puts before ":"
        text += tail
        lead_text = ""
        marked_lead, marked_rest = _strip_italics_lead(text)
        if marked_lead:
            lead_text, text = marked_lead, marked_rest
        elif lead and self.guess_leads and language != "en":
            part = Part.OPERATIVE if operative else Part.PREAMBULAR
            lead_text, text = split_lead_in(text, part, language)
        elif lead and self.guess_leads:
            lead_text, text = split_lead(text, operative)
        paragraph = Paragraph(
            lead=lead_text, content=self._inlines(text, line), connector=connector
        )
        self.paragraph_lines[paragraph.id] = line
        self.source_endings[paragraph.id] = ending
        return paragraph

    def _inlines(self, text: str, line: int) -> list[Inline]:
        out: list[Inline] = []
        pos = 0
        for match in _MARKERS.finditer(text):
            if match.start() > pos:
                out.extend(_italic_runs(text[pos : match.start()]))
            for digits in match.group().split(","):
                out.append(FootnoteRef(self._note_id(digits.translate(_SUP_TO_DIGIT), line)))
            pos = match.end()
        if pos < len(text):
            out.extend(_italic_runs(text[pos:]))
        return out


def _is_formula(text: str) -> bool:
    plain = _strip_italics(text).strip()
    return bool(_FORMULA.match(plain) or formula_language(plain))


def _split_parts(blocks: list[_Block]) -> list[tuple[str, str, list[_Block]]]:
    """Split the body where a letter on its own line (and a title) precede the formula again.

    Returns (letter, title, blocks) for each part; the first part's letter is "" (it stands
    above the first formula, in the cover).
    """
    sections: list[tuple[str, str, list[_Block]]] = [("", "", [])]
    index = 0
    while index < len(blocks):
        text = blocks[index].text.strip()
        if _PART_LETTER.match(text):
            following = [b.text for b in blocks[index + 1 : index + 3]]
            if following and _is_formula(following[0]):
                sections.append((text, "", []))
                index += 2
                continue
            if len(following) == 2 and _is_formula(following[1]) and _is_heading(following[0]):
                sections.append((text, _strip_italics(following[0]).strip(), []))
                index += 3
                continue
        sections[-1][2].append(blocks[index])
        index += 1
    return sections


def _short_number(digits: str) -> bool:
    return digits.isascii() and digits.isdigit() and len(digits) <= 6


def _is_heading(text: str) -> bool:
    """Say whether a block is a section heading: no end punctuation, not a numbered item."""
    if len(text) > 400:
        return False  # a heading is short; this also keeps the checks below cheap
    bare = strip_trailing_markers(_strip_italics(text)).rstrip()
    if not bare or len(bare) > 200:
        return False
    if bare[-1] in ",;:.?!…" or bare[-1] in "”’\"')" and len(bare) > 1 and bare[-2] in ",;:.?!":
        return False
    if _ARABIC.match(bare) or _PAREN.match(bare):
        return False
    # "Recalling its resolution 60/1" with its comma forgotten is a paragraph; a heading
    # opening with a participle is short ("Reporting").
    return len(bare.split()) <= 2 or not split_lead(bare, operative=False)[0]


def _span_text(match: re.Match[str]) -> str:
    body = match.group("body")
    return body if body is not None else match.group("exact")


def _strip_italics(text: str) -> str:
    return _ITALIC.sub(_span_text, text)


def _strip_italics_lead(text: str) -> tuple[str, str]:
    """Return ("Recognizes", rest) when the text opens with a *marked* phrase."""
    match = _ITALIC.match(text)
    if match and match.start() == 0:
        return _span_text(match), text[match.end() :].lstrip(" ")
    return "", text


def _italic_runs(text: str) -> list[Text]:
    """Turn "*Official Records*, Supplement" into italic and roman runs."""
    out: list[Text] = []
    pos = 0
    for match in _ITALIC.finditer(text):
        if match.start() > pos:
            out.append(Text(text[pos : match.start()]))
        if _span_text(match):
            out.append(Text(_span_text(match), italic=True))
        pos = match.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return out


def read_paragraph(
    text: str, operative: bool, top_level: bool = True, language: str = "en"
) -> tuple[str, list[Text]]:
    """Read one pasted paragraph (label already removed) as the importer reads a line.

    Return its opening phrase (the marked italic opening, else the standard phrase of the
    draft's language it starts with; none below the top level) and its text as italic and
    roman runs. The end punctuation stays: the caller decides whether it is typed or derived.
    """
    lead = ""
    if top_level:
        marked_lead, marked_rest = _strip_italics_lead(text.lstrip())
        if marked_lead:
            lead, text = marked_lead.strip(), marked_rest
        elif language != "en":
            part = Part.OPERATIVE if operative else Part.PREAMBULAR
            lead, text = split_lead_in(text.lstrip(), part, language)
        else:
            lead, text = split_lead(text.lstrip(), operative)
    return lead, _italic_runs(text)
