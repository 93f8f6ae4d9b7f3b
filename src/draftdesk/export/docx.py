"""Write a resolution as a Word file that looks like a UN L-document (un-format.md §4).

The writer is thin: what the pages say, in what order and in which role, comes from
``draftdesk.compose``; styles come from ``resources/reference.docx``; the raw OOXML sits in
``ooxml.py`` and ``footnotes.py``.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.section import Section
from docx.shared import Twips
from lxml import etree

from ..compose import (
    Block,
    Masthead,
    Options,
    Paper,
    PrintedDocument,
    Profile,
    Role,
    Span,
    compose,
)
from ..model.document import Body, Metadata, Resolution
from ..resources import resource_path
from ..storage.files import write_atomic
from ..untrusted import xml_text
from . import ooxml
from . import styles as S
from .footnotes import Footnotes
from .ooxml import ITALIC, PLAIN, Font, Indent

Progress = Callable[[int, int], None]

SUPERSCRIPT = Font(superscript=True)
ZERO_WIDTH_MARK = "\u200b"
BODY_TEXT_LEVEL = 9  # w:outlineLvl for "Body Text": not listed in the Navigation pane


def reference_document() -> Path:
    """Return the path of the reference document the export starts from."""
    return resource_path("reference.docx")


def export_docx(resolution: Resolution, path: Path, progress: Progress | None = None,
                options: Options | None = None) -> None:
    """Write ``resolution`` to ``path`` as a UN-format .docx, atomically.

    ``options`` may ask for the submission manuscript instead of the L-document look.
    """
    path = Path(path)
    document = build_document(resolution, progress, options=options)
    write_atomically(document, path)
    if progress is not None:
        total = _total_steps(resolution)
        progress(total, total)


# Attributes naming the model paragraph a body ``w:p`` prints and the note a reference cites,
# set only when asked (the tracked-changes layer pairs them with these, then removes them).
PARAGRAPH_KEY = "{urn:draftdesk:paragraph}id"
NOTE_KEY = "{urn:draftdesk:paragraph}note"


def build_document(
    resolution: Resolution, progress: Progress | None = None, *, keyed: bool = False,
    options: Options | None = None,
) -> DocxDocument:
    """Return the python-docx document for ``resolution`` without saving it.

    ``keyed``: mark each body paragraph with the id of the model paragraph it prints, and
    each note reference with the note it cites.
    """
    printed = compose(resolution, options)
    metadata = resolution.metadata
    document = docx.Document(str(reference_document()))
    page = S.A4 if printed.paper is Paper.A4 else S.LETTER
    section = document.sections[0]
    _page_setup(section, page)
    body = document.element.body
    sect_pr = body[-1]  # the w:sectPr python-docx keeps last
    council = metadata.body is Body.SECURITY_COUNCIL
    footnotes = Footnotes(document)
    footnotes.set_rule(S.NOTE_RULE_LEFT, S.NOTE_RULE_LENGTH, page.text_width)
    writer = _BodyWriter(printed, page, footnotes, council, progress, keyed)
    for element in writer.write_all():
        sect_pr.addprevious(element)
    if printed.masthead is not None:
        _masthead(section, printed.masthead, page)
    if printed.running_head is not None:
        _running_heads(section, printed.running_head.symbol)
    elif printed.options.profile is Profile.MANUSCRIPT:
        _page_numbers(section)
    # Page 1 prints no footer: its asterisk notes are footnotes like the others.
    _replace_content(section.first_page_footer.part.element, [ooxml.paragraph(S.FOOTER)])
    _core_properties(document, metadata)
    if printed.options.profile is Profile.MANUSCRIPT:
        from .manuscript import dress_as_manuscript

        dress_as_manuscript(document)
    return document


def _total_steps(resolution: Resolution) -> int:
    return sum(1 for _ in resolution.walk()) + 1


# ---------------------------------------------------------------- page and sections


def _page_setup(section: Section, page: S.PageSize) -> None:
    section.page_width = Twips(page.width)
    section.page_height = Twips(page.height)
    section.left_margin = section.right_margin = Twips(S.MARGIN_SIDE)
    section.top_margin = Twips(S.MARGIN_TOP)
    section.bottom_margin = Twips(S.MARGIN_BOTTOM)
    section.header_distance = Twips(S.HEADER_DISTANCE)
    section.footer_distance = Twips(S.FOOTER_DISTANCE)
    section.different_first_page_header_footer = True


def _replace_content(container_element: etree._Element, paragraphs: list[etree._Element]) -> None:
    for child in list(container_element):
        container_element.remove(child)
    for p in paragraphs:
        container_element.append(p)


def _masthead(section: Section, masthead: Masthead, page: S.PageSize) -> None:
    """Fill the first-page header: United Nations, organ, symbol, Distr., date, Original."""
    right_tab = ("right", page.text_width)
    lines: list[etree._Element] = []
    # A hairline under "United Nations … symbol", from the body indent to the right margin.
    first = ooxml.paragraph(
        S.MASTHEAD, tabs=[("clear", S.DISTR_TAB), right_tab], line=480,
        indent=Indent(left=S.BODY_INDENT), border_bottom=4,
    )
    # UN mastheads set these two lines tighter than the text's expanded spacing.
    ooxml.add_text(first, masthead.organization, Font(size=28, spacing=-3))
    symbol = masthead.symbol
    if symbol:
        ooxml.add_tab(first)
        ooxml.add_text(first, symbol[0], Font(size=40))
        ooxml.add_text(first, symbol[1:])
    lines.append(first)
    organ = ooxml.paragraph(S.MASTHEAD, line=570, indent=Indent(left=S.BODY_INDENT))
    ooxml.add_text(organ, masthead.organ, Font(bold=True, size=40, spacing=-9))
    if masthead.distribution:
        ooxml.add_tab(organ)
        ooxml.add_text(organ, masthead.distribution)
    lines.append(organ)
    right_block = [masthead.date, ""]
    if masthead.original:
        right_block.append(masthead.original)
    for text in right_block:
        p = ooxml.paragraph(S.MASTHEAD, line=240, indent=Indent(left=S.BODY_INDENT))
        if text:
            ooxml.add_tab(p)
            ooxml.add_text(p, text)
        lines.append(p)
    # The heavy rule that closes the masthead, across the full width of the text block.
    lines.append(ooxml.paragraph(S.MASTHEAD, border_bottom=18, line=1640))
    _replace_content(section.first_page_header.part.element, lines)


def _running_heads(section: Section, symbol: str) -> None:
    """Pages 2+: the symbol in bold over a rule, and page/total, on the outer side."""
    for header, jc in ((section.even_page_header, "left"), (section.header, "right")):
        p = ooxml.paragraph(S.RUNNING_HEAD, jc=jc)
        ooxml.add_text(p, symbol)
        _replace_content(header.part.element, [p])
    for footer, jc in ((section.even_page_footer, "left"), (section.footer, "right")):
        p = ooxml.paragraph(S.PAGE_FOOTER, jc=jc)
        ooxml.add_field(p, "PAGE", "2")
        ooxml.add_text(p, "/")
        ooxml.add_field(p, "NUMPAGES", "2")
        _replace_content(footer.part.element, [p])


def _page_numbers(section: Section) -> None:
    """Pages 2+ of the manuscript: only the page number, centred; no header at all."""
    for footer in (section.footer, section.even_page_footer):
        p = ooxml.paragraph(S.FOOTER, jc="center")
        ooxml.add_field(p, "PAGE", "2")
        _replace_content(footer.part.element, [p])


def _core_properties(document: DocxDocument, metadata: Metadata) -> None:
    props = document.core_properties
    title = metadata.title or (metadata.adoption.number if metadata.adoption else "")
    # python-docx refuses core properties over 255 characters; some UN titles are longer.
    # Core properties bypass the body's filtering: keep characters XML cannot carry out.
    props.title = _clip(xml_text(title), 255)
    props.subject = _clip(xml_text(metadata.symbol), 255)
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- the text, block by block

# The paragraph style of each role: a Word user sees the role in the Styles pane.
ROLE_STYLES: dict[Role, str] = {
    Role.SESSION: S.SESSION_BOLD,
    Role.COMMITTEE: S.COMMITTEE,
    Role.SESSION_DATES: S.SESSION,
    Role.AGENDA: S.SESSION,
    Role.AGENDA_TITLE: S.SESSION_BOLD,
    Role.ADOPTED: S.ADOPTED,
    Role.REPORT: S.REPORT,
    Role.RESOLUTION_TITLE: S.TITLE,
    Role.SPONSORS: S.SPONSORS,
    Role.TITLE: S.TITLE,
    Role.PART_LETTER: S.PART_LETTER,
    Role.PART_TITLE: S.PART_TITLE,
    Role.FORMULA: S.FORMULA,
    Role.PREAMBULAR: S.PREAMBULAR,
    Role.OPERATIVE: S.OPERATIVE,
    Role.SUBPARAGRAPH: S.SUBPARAGRAPH,
    Role.SUBSUBPARAGRAPH: S.SUBPARAGRAPH_2,
    Role.QUOTE: S.QUOTE,
    Role.HEADING: S.HEADING,
    Role.ANNEX_HEADING: S.ANNEX_HEADING,
    Role.ANNEX_TITLE: S.ANNEX_TITLE,
    Role.ANNEX_PREAMBULAR: S.PREAMBULAR,
    Role.ANNEX_PARAGRAPH: S.ANNEX_PARAGRAPH,
    Role.CLOSING: S.CLOSING,
    Role.END_RULE: S.END_RULE,
}
# An annex paragraph without a number opens at the first-line indent, like a preambular one.
_UNNUMBERED = {Role.ANNEX_PARAGRAPH: S.PREAMBULAR}


def bookmark_name(number: int) -> str:
    """Return the hidden bookmark around the first reference of note ``number``."""
    return f"_RefNote{number}"


class _BodyWriter:
    """Writes the composed blocks of the body and the notes they cite."""

    def __init__(self, printed: PrintedDocument, page: S.PageSize, footnotes: Footnotes,
                 council: bool, progress: Progress | None, keyed: bool = False) -> None:
        self.printed = printed
        self.keyed = keyed
        self.page = page
        self.footnotes = footnotes
        self.council = council
        self.progress = progress
        self.total = sum(1 for b in printed.blocks if b.paragraph_id is not None) + 1
        self.done = 0
        self.notes = {note.note_id: note for note in printed.all_notes()}
        # Word ids: the asterisk notes first, then the numbered notes after them.
        self.note_ids = {note.note_id: index for index, note in
                         enumerate(printed.all_notes(), start=1)}

    def write_all(self) -> list[etree._Element]:
        """Return the body's paragraphs, block by block."""
        out: list[etree._Element] = []
        self._tick()
        first_closing = True
        for block in self.printed.blocks:
            if block.paragraph_id is not None:
                self.done += 1
                self._tick()
            style = ROLE_STYLES[block.role]
            if block.role is Role.END_RULE:
                side = (self.page.text_width - S.RULE_LENGTH) // 2
                out.append(ooxml.paragraph(style, indent=Indent(left=side, right=side)))
                continue
            if block.role is Role.HEADING and "\n" in block.text:
                # The numeral on a line of its own straight above the heading (no space
                # between them); only the heading is listed in Word's Navigation pane.
                numeral, _, heading = block.text.partition("\n")
                p = ooxml.paragraph(style, after=0, outline_level=BODY_TEXT_LEVEL)
                ooxml.add_text(p, numeral)
                if self.keyed and block.paragraph_id is not None:
                    p.set(PARAGRAPH_KEY, f"{block.paragraph_id}#numeral")
                out.append(p)
                p = ooxml.paragraph(style, before=0)
                ooxml.add_text(p, heading)
                if self.keyed and block.paragraph_id is not None:
                    p.set(PARAGRAPH_KEY, block.paragraph_id)
                out.append(p)
                continue
            if block.role is Role.FORMULA:
                p = ooxml.paragraph(style, before=None if out else 240)
            elif block.role is Role.SPONSORS and self.council:
                # A Security Council draft has no title: its sponsors line takes the
                # title's place and size, straight under the masthead rule.
                p = ooxml.paragraph(S.TITLE, before=0)
            elif block.role is Role.RESOLUTION_TITLE:
                # "80/164." ends right-aligned before the body indent; the title and its
                # continuation lines stand at the body indent.
                p = ooxml.paragraph(
                    style, tabs=[("right", S.NUMBER_TAB), ("left", S.BODY_INDENT)],
                    indent=Indent(left=S.BODY_INDENT, hanging=S.BODY_INDENT))
                if block.label:
                    ooxml.add_tab(p)
            elif block.role is Role.CLOSING:
                p = ooxml.paragraph(style, before=240 if first_closing else None)
                first_closing = False
            else:
                if not block.label and block.role in _UNNUMBERED:
                    style = _UNNUMBERED[block.role]
                p = ooxml.paragraph(style)
            self._write(p, block)
            if self.keyed and block.paragraph_id is not None:
                p.set(PARAGRAPH_KEY, block.paragraph_id)
            out.append(p)
        return out

    def _tick(self) -> None:
        if self.progress is not None and (self.done % 25 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _write(self, p: etree._Element, block: Block) -> None:
        if block.label:
            ooxml.add_text(p, block.label)
            ooxml.add_tab(p)
        for span in block.spans:
            self._span(p, span)

    def _span(self, p: etree._Element, span: Span) -> None:
        if span.note_id is None:
            if span.superscript:
                ooxml.add_text(p, span.text, SUPERSCRIPT)
            elif span.no_break:
                ooxml.add_no_break_text(p, span.text, ITALIC if span.italic else PLAIN)
            else:
                ooxml.add_text(p, span.text, ITALIC if span.italic else PLAIN)
            return
        if span.repeat and span.note_number is not None:
            # A note cited again: Word allows one reference per note, so the repeat is a
            # cross-reference to the first one, which stays right when notes are added.
            ooxml.add_note_cross_reference(p, bookmark_name(span.note_number), span.text,
                                           S.FOOTNOTE_REFERENCE)
            return
        note = self.notes.get(span.note_id)
        if note is None:
            return
        word_id = self.note_ids[span.note_id]
        mark = "" if note.number is not None else note.mark
        if span.hidden:
            # The mark prints elsewhere (the symbol's "*" in the masthead, which Word does not
            # let hold a note reference): here the reference's mark is a zero-width space.
            # Hidden text would not do: LibreOffice then drops the note with its anchor.
            mark = ZERO_WIDTH_MARK
        ooxml.add_footnote_reference(p, word_id, S.FOOTNOTE_REFERENCE, mark)
        if self.keyed:
            for reference in p.iter(ooxml.w("footnoteReference")):
                if reference.get(ooxml.ID) == str(word_id):
                    reference.set(NOTE_KEY, span.note_id)
        if note.number is not None:
            ooxml.add_bookmark(p, word_id, bookmark_name(note.number), p[-1])
        self.footnotes.add(
            word_id, [(t.text, ITALIC if t.italic else PLAIN, t.no_break) for t in note.spans],
            "" if note.number is not None else note.mark,
        )


# ---------------------------------------------------------------- atomic write


def write_atomically(document: DocxDocument, path: Path) -> None:
    """Build the file in memory, then write it through the one atomic writer.

    Zipping into memory first means a full disk fails in one place, with one message, and
    never leaves a half-closed zip archive behind to complain when it is collected.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(path, lambda stream: stream.write(buffer.getbuffer()))
