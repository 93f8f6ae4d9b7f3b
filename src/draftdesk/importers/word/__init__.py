"""Import a Word (.docx) resolution: a checked zip, the XML walked, the text importer's rules.

The document is read into paragraphs of segments (``reader``), then written out as the text
importer's input, one paragraph a line: cover lines plain, body paragraphs with their labels
(typed or computed from Word's numbering), exact italic spans and superscript note markers,
then the notes. The text importer's header and structure rules then build the model, so a
Word file and its text give the same draft. Tracked changes and comments become import notes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, Template, message
from draftdesk.model.document import (
    Footnote,
    FootnoteRef,
    ImportNote,
    Inline,
    Resolution,
    Text,
    new_id,
)

from ..header import COMMITTEES, ORGANS, is_symbol
from ..language import formula_language
from ..language import is_masthead_line as is_language_masthead_line
from ..notes import and_list, counted, word_paragraphs
from ..text import ITALIC_END, ITALIC_START, import_text_lines, line_and_problem
from .annexes import build_annex, split_annexes
from .package import MAX_MEMBERS, WordPackage, directory_entries, open_word_package
from .reader import Segment, WordDocument, WordParagraph, read_document

__all__ = ["WORD_SUFFIXES", "import_docx", "looks_like_word"]

WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_FORMULA = re.compile(
    r"^\s*The (?:General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council),?\s*$"
)
_NUMERAL_HEADING = re.compile(r"^(?P<numeral>[IVXLC]{1,7})\.?\t\s*(?P<rest>\S.*)$")
# End punctuation inside an italic span that closes the paragraph (before any markers).
_END_PUNCT_IN_SPAN = re.compile(
    f"(?P<punct>[,;:.]+)(?P<space>\\s*){ITALIC_END}"
    f"(?P<tail>(?:[{SUPERSCRIPTS}]+(?:,[{SUPERSCRIPTS}]+)*)?)$"
)
_STAR_LINE = re.compile(r"^(?P<stars>\*{1,3})\s*(?P<text>\S.*)$")
_MASTHEAD_WORDS = ("United Nations", "Provisional", "Human Rights Council")


def looks_like_word(path: Path) -> bool:
    """Say whether a zip file should be read as a Word document (by name or by content)."""
    if path.suffix.lower() in WORD_SUFFIXES:
        return True
    import zipfile

    entries = directory_entries(path)
    if entries is None or entries > MAX_MEMBERS:
        return False  # not a zip one could open, or one no Word file would be
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)


def import_docx(path: str | Path, accept_changes: bool = True) -> Resolution:
    """Read a .docx into a Resolution.

    Tracked changes are read as accepted (``accept_changes=True``, the default) or as the
    original text with every change rejected; either way the import notes say what changed.
    """
    path = Path(path)
    package = open_word_package(path)
    try:
        document = read_document(package, accept_changes)
    finally:
        package.close()
    return _Builder(path, package, document).run()


def _paragraph_place(number: int) -> Message:
    """Name a paragraph of the Word file in a message: "paragraph 12"."""
    return message(QT_TRANSLATE_NOOP("ImportErrors", "paragraph {number}"), number=number)


@dataclass
class _Line:
    text: str
    origin: str  # where the line came from, for messages: "paragraph 12", "footnote 3"
    paragraph: WordParagraph | None = None


class _Builder:
    """Turns a read document into the text importer's input and back into notes."""

    def __init__(self, path: Path, package: WordPackage, document: WordDocument) -> None:
        self.path = path
        self.package = package
        self.document = document
        self.lines: list[_Line] = []
        self.note_numbers = {
            note_id: number for number, note_id in enumerate(document.note_order, start=1)
        }
        self.notes: list[ImportNote] = []
        self.body_notes: set[str] = set()
        self.model_notes: dict[int, str] = {}
        self.resolution = Resolution()

    def run(self) -> Resolution:
        document = self.document
        paragraphs = [p for p in document.paragraphs if p.plain_text.strip() or p.segments]
        formula = next(
            (i for i, p in enumerate(paragraphs)
             if _FORMULA.match(p.plain_text) or formula_language(p.plain_text)),
            None,
        )
        if formula is None:
            formula = next(
                (i - 1 for i, p in enumerate(paragraphs) if p.label and p.label[0].isdigit()),
                -1,
            )
        cover, body = paragraphs[: formula + 1], paragraphs[formula + 1 :]
        body, annexes = split_annexes(body)
        self.body_notes = {
            segment.note for paragraph in (*cover, *body) for segment in paragraph.segments
            if segment.note is not None
        }
        if not _has_masthead(cover):
            for paragraph in document.header:
                self._masthead(paragraph)
        for paragraph in cover:
            self._cover(paragraph)
        for paragraph in body:
            self._body(paragraph)
        self._notes()
        source = str(self.path)
        text = "\n".join(line.text for line in self.lines)
        # A document that sets opening phrases in italics shows its leads: none are guessed.
        # One that sets none gets them from the standard phrases, as a text does.
        guess_leads = not any(_opens_in_italics(p) for p in body)
        try:
            resolution, paragraph_lines = import_text_lines(text, source, guess_leads)
        except InputError as error:
            raise self._relocate(error, source) from None
        annex_ids: dict[int, str] = {}
        if annexes:
            self.model_notes = dict(enumerate(resolution.footnotes, start=1))
            self.resolution = resolution
            resolution.annexes = [
                build_annex(section, self._inlines, annex_ids) for section in annexes
            ]
        self._import_notes(resolution, paragraph_lines, annex_ids)
        return resolution

    # -------------------------------------------------------------- lines

    def _emit(self, text: str, origin: str, paragraph: WordParagraph | None = None) -> None:
        # A blank line between paragraphs: one paragraph a line, never read as wrapped text.
        self.lines.append(_Line(text, origin, paragraph))
        self.lines.append(_Line("", origin))

    def _masthead(self, paragraph: WordParagraph) -> None:
        """Keep the masthead lines of a header; leave its other text (running heads) aside."""
        for piece in _pieces(paragraph.plain_text):
            if _is_masthead_line(piece):
                self._emit(piece, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "the first-page header")))

    def _cover(self, paragraph: WordParagraph) -> None:
        text = _cover_text(paragraph)
        if any(segment.note for segment in paragraph.segments):
            self.notes.append(ImportNote(message(
                _COVER_FOOTNOTE, paragraph=word_paragraphs([paragraph.number]))))
        origin = _paragraph_place(paragraph.number)
        pieces = _pieces(text)
        if len(pieces) > 1 and any(_is_masthead_line(piece) for piece in pieces):
            for piece in pieces:
                self._emit(piece, origin, paragraph)
        elif text.strip():
            self._emit(text.strip(), origin, paragraph)

    def _body(self, paragraph: WordParagraph) -> None:
        origin = _paragraph_place(paragraph.number)
        texts = [s for s in paragraph.segments if s.note is None and s.text.strip()]
        # A paragraph set wholly in italics (an adopted resolution's closing lines) has no
        # italic opening to tell apart: its text is read as plain.
        wholly_italic = bool(texts) and all(s.italic for s in texts)
        marked = self._markup(paragraph.segments, italics=not wholly_italic)
        label = paragraph.label
        if label:
            numeral = label.rstrip(".")
            if _NUMERAL_HEADING.match(f"{label}\t{marked}") and not marked.rstrip().endswith(
                (",", ";", ":", ".")
            ):
                self._emit(numeral, origin, paragraph)
                self._emit(marked.strip(), origin, paragraph)
                return
            marked = f"{label}{paragraph.label_suffix or ' '}{marked.lstrip()}"
        typed = _NUMERAL_HEADING.match(marked)
        if typed and not typed.group("rest").rstrip().endswith((",", ";", ":", ".")):
            self._emit(typed.group("numeral"), origin, paragraph)
            self._emit(typed.group("rest").strip(), origin, paragraph)
            return
        if marked.strip():
            self._emit(marked.strip(), origin, paragraph)

    def _markup(self, segments: list[Segment], italics: bool = True) -> str:
        """Write segments with exact italic marks and superscript note markers."""
        out: list[str] = []
        for segment in segments:
            if segment.note is not None:
                number = self.note_numbers.get(segment.note)
                if number is not None:
                    out.append(str(number).translate(_TO_SUPERSCRIPT))
                continue
            text = segment.text
            if segment.superscript and self._is_repeat_citation(text):
                out.append(text.translate(_TO_SUPERSCRIPT))
                continue
            if italics and segment.italic and text.strip():
                core = text.strip()
                start = text.index(core[0])
                out.append(text[:start])
                out.append(f"{ITALIC_START}{core}{ITALIC_END}")
                out.append(text[start + len(core) :])
            else:
                out.append(text)
        marked = "".join(out)
        # End punctuation set in italics still ends the paragraph: move it out of the span.
        return _END_PUNCT_IN_SPAN.sub(
            lambda m: f"{ITALIC_END}{m.group('punct')}{m.group('tail')}", marked.rstrip()
        )

    def _is_repeat_citation(self, text: str) -> bool:
        """A superscript number that names an existing note, or the comma between two."""
        if text == ",":
            return True
        # ASCII and short: "¹" is a digit to isdigit() but not to int(), and a run of 4,301
        # digits is more than int() converts.
        return (
            text.isascii() and text.isdigit() and len(text) <= 6
            and 1 <= int(text) <= len(self.note_numbers)
        )

    def _notes(self) -> None:
        document = self.document
        star_lines: list[str] = []
        for paragraph in document.footer:
            match = _STAR_LINE.match(paragraph.plain_text.replace("\t", " ").strip())
            if match:
                star_lines.append(f"{match.group('stars')} {match.group('text')}")
        for note_id in document.star_notes:
            note = document.notes.get(note_id)
            if note is None:
                continue
            text = " ".join(p.plain_text.strip() for p in note.paragraphs).strip()
            match = _STAR_LINE.match(text.replace("\t", " "))
            star_lines.append(
                f"{match.group('stars')} {match.group('text')}" if match else f"* {text}"
            )
        if not star_lines and not document.note_order:
            return
        self._emit("__________", message(QT_TRANSLATE_NOOP("ImportErrors", "the notes")))
        for line in star_lines:
            self._emit(line, message(QT_TRANSLATE_NOOP("ImportErrors", "the cover notes")))
        for number, note_id in enumerate(document.note_order, start=1):
            if note_id not in self.body_notes:
                continue  # cited in an annex only: read with the annex
            note = document.notes.get(note_id)
            origin = message(QT_TRANSLATE_NOOP("ImportErrors", "footnote {number}"), number=number)
            if note is None:
                raise self._missing_note(number)
            text = " ".join(self._markup(p.segments).strip() for p in note.paragraphs)
            marker = str(number).translate(_TO_SUPERSCRIPT)
            self._emit(f"{marker} {text.strip()}", origin)

    # -------------------------------------------------------------- messages and notes

    def _relocate(self, error: InputError, source: str) -> InputError:
        """Name the Word paragraph where the text importer names a line of its input."""
        found = line_and_problem(error, source)
        if found is None:
            return error
        line, problem = found
        index = line - 1
        if 0 <= index < len(self.lines):
            origin = self.lines[index].origin
        else:
            origin = message(QT_TRANSLATE_NOOP("ImportErrors", "the document"))
        return InputError(message(QT_TRANSLATE_NOOP("ImportErrors", "{source}, {place}: {problem}"),
                                  source=source, place=origin, problem=problem))

    def _missing_note(self, number: int) -> InputError:
        return InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: footnote {number}: its text is missing from "
                                              "the Word file (word/footnotes.xml)"),
            path=str(self.path), number=number))

    def _inlines(self, segments: list[Segment]) -> list[Inline]:
        """Turn an annex paragraph's segments into model inlines, notes included."""
        out: list[Inline] = []
        for segment in segments:
            number: int | None = None
            if segment.note is not None:
                number = self.note_numbers.get(segment.note)
                if number is None:
                    continue
            elif segment.superscript and segment.text.isdigit() and self._is_repeat_citation(
                segment.text
            ):
                number = int(segment.text)
            elif segment.superscript and segment.text == ",":
                continue  # the comma between two markers
            if number is not None:
                out.append(FootnoteRef(self._model_note(number)))
                continue
            text = segment.text.replace("\t", " ")
            if out and isinstance(out[-1], Text) and out[-1].italic == segment.italic:
                out[-1] = Text(out[-1].text + text, segment.italic)
            elif text:
                out.append(Text(text, segment.italic))
        return out

    def _model_note(self, number: int) -> str:
        """Return the model's id of note ``number``, reading a note cited in an annex only."""
        if number in self.model_notes:
            return self.model_notes[number]
        note_id = self.document.note_order[number - 1]
        word = self.document.notes.get(note_id)
        if word is None:
            raise self._missing_note(number)
        runs: list[Text] = []
        for paragraph in word.paragraphs:
            for item in self._inlines(paragraph.segments):
                if isinstance(item, Text):
                    text = item.text if runs else item.text.lstrip()
                    if runs and runs[-1].italic == item.italic:
                        runs[-1] = Text(runs[-1].text + text, item.italic)
                    elif text:
                        runs.append(Text(text, item.italic))
        footnote = Footnote(id=new_id(), content=runs)
        self.resolution.footnotes[footnote.id] = footnote
        self.model_notes[number] = footnote.id
        return footnote.id

    def _import_notes(
        self, resolution: Resolution, paragraph_lines: dict[str, int], annex_ids: dict[int, str]
    ) -> None:
        document = self.document
        by_paragraph: dict[int, str] = dict(annex_ids)
        for paragraph_id, line in paragraph_lines.items():
            word = self.lines[line - 1].paragraph if 0 < line <= len(self.lines) else None
            if word is not None:
                by_paragraph.setdefault(word.number, paragraph_id)
        notes = list(self.notes)
        changes = document.changes
        if changes:
            notes.append(ImportNote(message(
                _CHANGES_ACCEPTED if document.accept_changes else _CHANGES_REJECTED,
                changes=_count_changes(changes, summary=True),
                paragraphs=word_paragraphs(document.changed_paragraphs),
            )))
            for paragraph in document.paragraphs:
                if paragraph.changes:
                    here = _ACCEPTED_HERE if document.accept_changes else _REJECTED_HERE
                    notes.append(ImportNote(
                        message(here, changes=_count_changes(paragraph.changes)),
                        by_paragraph.get(paragraph.number, ""),
                    ))
        for paragraph in document.paragraphs:
            for comment in paragraph.comments:
                text = document.comments.get(comment)
                if text is not None:
                    notes.append(ImportNote(
                        message(_COMMENT, text=text), by_paragraph.get(paragraph.number, "")
                    ))
        resolution.import_notes.extend(notes)


# The import notes, in the window's language (decision 0015).
_COVER_FOOTNOTE = QT_TRANSLATE_NOOP(
    "ImportNotes", "A footnote on the cover ({paragraph}) was left out: cover lines take no "
    "numbered notes")
_CHANGES_ACCEPTED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Tracked changes read with every change accepted: {changes} ({paragraphs})")
_CHANGES_REJECTED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Tracked changes read as the original, every change rejected: {changes} "
    "({paragraphs})")
_ACCEPTED_HERE = QT_TRANSLATE_NOOP("ImportNotes", "Tracked changes accepted here: {changes}")
_REJECTED_HERE = QT_TRANSLATE_NOOP("ImportNotes", "Tracked changes rejected here: {changes}")
_COMMENT = QT_TRANSLATE_NOOP("ImportNotes", "Comment: {text}")

# Each kind of change, counted: one template for 1, one for more (each language's plural).
_CHANGE_WORDS: tuple[tuple[str, Template, Template], ...] = (
    ("insertion", QT_TRANSLATE_NOOP("ImportNotes", "1 insertion"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} insertions")),
    ("deletion", QT_TRANSLATE_NOOP("ImportNotes", "1 deletion"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} deletions")),
    ("move", QT_TRANSLATE_NOOP("ImportNotes", "1 text moved here"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} texts moved here")),
    ("moved away", QT_TRANSLATE_NOOP("ImportNotes", "1 text moved away"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} texts moved away")),
    ("paragraph added", QT_TRANSLATE_NOOP("ImportNotes", "1 new paragraph"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} new paragraphs")),
    ("paragraphs joined", QT_TRANSLATE_NOOP("ImportNotes", "1 paragraph joined to the next"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} paragraphs joined to the next")),
    ("formatting", QT_TRANSLATE_NOOP("ImportNotes", "1 formatting change (ignored)"),
     QT_TRANSLATE_NOOP("ImportNotes", "{count} formatting changes (ignored)")),
)
# In the summary of the whole file a move counts once, as a move.
_MOVES = (QT_TRANSLATE_NOOP("ImportNotes", "1 move"),
          QT_TRANSLATE_NOOP("ImportNotes", "{count} moves"))


def _opens_in_italics(paragraph: WordParagraph) -> bool:
    """Say whether a paragraph's text (after any typed label) starts with an italic word."""
    for segment in paragraph.segments:
        if segment.note is not None:
            return False
        text = segment.text
        if not paragraph.label:
            text = _TYPED_LABEL.sub("", text, count=1)
        if text.strip():
            return segment.italic and not segment.superscript
    return False


_TYPED_LABEL = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,6}\)|[a-z]{1,5}\.)\s+")


def _count_changes(changes: Counter[str], summary: bool = False) -> str:
    """Say "2 insertions, 1 deletion and 1 move"; a move counts once, where the text went."""
    parts: list[Message] = []
    for key, one, more in _CHANGE_WORDS:
        count = changes.get(key, 0)
        if summary and key == "moved away":
            continue
        if summary and key == "move":
            one, more = _MOVES
        if count:
            parts.append(counted(count, one, more))
    return and_list(parts)


def _cover_text(paragraph: WordParagraph) -> str:
    return "".join(s.text for s in paragraph.segments if s.note is None) if not paragraph.label \
        else paragraph.plain_text


def _pieces(text: str) -> list[str]:
    return [piece.strip() for piece in text.split("\t") if piece.strip()]


def _is_masthead_line(text: str) -> bool:
    """Say whether a line belongs to a masthead: organ, symbol, distribution, date, language."""
    from draftdesk.model.words import parse_un_date

    return (
        text in _MASTHEAD_WORDS or text in ORGANS or text in COMMITTEES or is_symbol(text)
        or text.startswith(("Distr.", "Original:")) or parse_un_date(text) is not None
        or is_language_masthead_line(text)  # a Spanish or French masthead
    )


def _has_masthead(cover: list[WordParagraph]) -> bool:
    return any(
        _is_masthead_line(piece) and (piece == "United Nations" or is_symbol(piece))
        for paragraph in cover for piece in _pieces(paragraph.plain_text)
    )
