"""Write a resolution as a Word file that looks like a UN L-document (un-format.md §4).

The writer is thin: labels, end punctuation, footnote numbers and every cover line come from
``draftdesk.model.derive``; styles come from ``resources/reference.docx``; the raw OOXML sits in
``ooxml.py`` and ``footnotes.py``.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.section import Section
from docx.shared import Twips
from lxml import etree

from ..model.derive import (
    Derived,
    agenda_line,
    committee_line,
    date_line,
    derive,
    opening_formula,
    organ_line,
    paragraph_runs,
    session_line,
    sponsors_line,
    symbol_line,
)
from ..model.document import Body, Metadata, Paragraph, ParagraphKind, Resolution
from ..resources import resource_path
from ..storage.files import write_atomic
from ..untrusted import xml_text
from . import ooxml
from . import styles as S
from .footnotes import Footnotes
from .ooxml import ITALIC, PLAIN, Font, Indent

Progress = Callable[[int, int], None]

_DRAFT_KIND = re.compile(r":\*? ((?:revised )?draft resolution)$")
SUPERSCRIPT = Font(superscript=True)


def reference_document() -> Path:
    """Return the path of the reference document the export starts from."""
    return resource_path("reference.docx")


def export_docx(resolution: Resolution, path: Path, progress: Progress | None = None) -> None:
    """Write ``resolution`` to ``path`` as a UN-format .docx, atomically."""
    path = Path(path)
    document = build_document(resolution, progress)
    write_atomically(document, path)
    if progress is not None:
        total = _total_steps(resolution)
        progress(total, total)


def build_document(resolution: Resolution, progress: Progress | None = None) -> DocxDocument:
    """Return the python-docx document for ``resolution`` without saving it."""
    derived = derive(resolution)
    metadata = resolution.metadata
    document = docx.Document(str(reference_document()))
    page = S.A4 if metadata.body is Body.HUMAN_RIGHTS_COUNCIL else S.LETTER
    section = document.sections[0]
    _page_setup(section, page)
    body = document.element.body
    sect_pr = body[-1]  # the w:sectPr python-docx keeps last
    out: list[etree._Element] = []
    _cover(out, resolution, page)
    footnotes = Footnotes(document)
    writer = _BodyWriter(derived, footnotes, resolution, progress)
    writer.write_all(out, resolution)
    _ending(out, metadata, page)
    for element in out:
        sect_pr.addprevious(element)
    _masthead(section, metadata, page)
    _running_heads(section, metadata)
    _cover_notes(section, metadata, page)
    _core_properties(document, metadata)
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


def _masthead(section: Section, metadata: Metadata, page: S.PageSize) -> None:
    """Fill the first-page header: United Nations, organ, symbol, Distr., date, Original."""
    right_tab = ("right", page.text_width)
    lines: list[etree._Element] = []
    # A hairline under "United Nations … symbol", from the body indent to the right margin.
    first = ooxml.paragraph(
        S.MASTHEAD, tabs=[("clear", S.DISTR_TAB), right_tab], line=480,
        indent=Indent(left=S.BODY_INDENT), border_bottom=4,
    )
    # UN mastheads set these two lines tighter than the text's expanded spacing.
    ooxml.add_text(first, "United Nations", Font(size=28, spacing=-3))
    symbol = symbol_line(metadata)
    if symbol:
        ooxml.add_tab(first)
        ooxml.add_text(first, symbol[0], Font(size=40))
        ooxml.add_text(first, symbol[1:])
    lines.append(first)
    organ = ooxml.paragraph(S.MASTHEAD, line=570, indent=Indent(left=S.BODY_INDENT))
    ooxml.add_text(organ, organ_line(metadata), Font(bold=True, size=40, spacing=-9))
    if metadata.distribution:
        ooxml.add_tab(organ)
        # Security Council drafts may read "Provisional" where others read "Distr.: …".
        provisional = metadata.distribution.casefold() == "provisional"
        ooxml.add_text(organ, "Provisional" if provisional else f"Distr.: {metadata.distribution}")
    lines.append(organ)
    right_block = [date_line(metadata), ""]
    if metadata.original_language:
        right_block.append(f"Original: {metadata.original_language}")
    for text in right_block:
        p = ooxml.paragraph(S.MASTHEAD, line=240, indent=Indent(left=S.BODY_INDENT))
        if text:
            ooxml.add_tab(p)
            ooxml.add_text(p, text)
        lines.append(p)
    # The heavy rule that closes the masthead, across the full width of the text block.
    lines.append(ooxml.paragraph(S.MASTHEAD, border_bottom=18, line=1640))
    _replace_content(section.first_page_header.part.element, lines)


def _running_heads(section: Section, metadata: Metadata) -> None:
    """Pages 2+: the symbol in bold over a rule, and page/total, on the outer side."""
    symbol = metadata.symbol
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


def _cover_notes(section: Section, metadata: Metadata, page: S.PageSize) -> None:
    """Print the asterisk notes at the bottom of page 1, as the first-page footer.

    Not Word footnotes with a custom "*" mark: the symbol's note would need its reference in
    the header, which Word does not allow, and LibreOffice renumbers the numbered notes
    around custom-mark notes (a hidden "*" still shows). A footer block prints the same on
    page 1 in both.
    """
    lines: list[etree._Element] = []
    if metadata.cover_notes:
        rule_left = S.BODY_INDENT - 2 * S.NOTE_HANGING - 300
        lines.append(ooxml.paragraph(
            S.COVER_RULE,
            indent=Indent(right=page.text_width - rule_left - S.RULE_LENGTH),
        ))
        for note in metadata.cover_notes:
            p = ooxml.paragraph(S.COVER_NOTE)
            ooxml.add_text(p, "*")
            ooxml.add_tab(p)
            ooxml.add_text(p, note.text)
            lines.append(p)
    else:
        lines.append(ooxml.paragraph(S.FOOTER))
    _replace_content(section.first_page_footer.part.element, lines)


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


# ---------------------------------------------------------------- cover block in the body


def _cover(out: list[etree._Element], resolution: Resolution, page: S.PageSize) -> None:
    """Session block, sponsors line (or adoption lines), title, opening formula."""
    metadata = resolution.metadata
    session = session_line(metadata)
    committee = committee_line(metadata)
    block: list[tuple[str, str]] = []
    if metadata.body is Body.HUMAN_RIGHTS_COUNCIL:
        block += [(S.COMMITTEE, committee), (S.SESSION_BOLD, session),
                  (S.SESSION, metadata.session_dates)]
    elif metadata.body is not Body.SECURITY_COUNCIL:
        block += [(S.SESSION_BOLD, session), (S.COMMITTEE, committee)]
    if metadata.body is not Body.SECURITY_COUNCIL:
        block.append((S.SESSION, agenda_line(metadata)))
        block += [(S.SESSION_BOLD, item.title) for item in metadata.agenda_items if item.title]
    for style, text in block:
        if text:
            p = ooxml.paragraph(style)
            ooxml.add_text(p, text)
            out.append(p)
    if metadata.adoption is not None:
        adoption = metadata.adoption
        p = ooxml.paragraph(S.ADOPTED)
        ooxml.add_text(p, adoption.adopted_line)
        out.append(p)
        if adoption.report_line:
            p = ooxml.paragraph(S.REPORT)
            ooxml.add_text(p, adoption.report_line)
            out.append(p)
        # "80/164.  Title", the title's continuation lines aligned after the number.
        p = ooxml.paragraph(S.TITLE, indent=Indent(left=S.BODY_INDENT + S.RESOLUTION_NUMBER,
                                                    hanging=S.RESOLUTION_NUMBER))
        number = f"{adoption.number}." if adoption.number else ""
        ooxml.add_text(p, "\t".join(x for x in (number, metadata.title) if x))
        out.append(p)
    else:
        sponsors = sponsors_line(metadata)
        if sponsors:
            if metadata.body is Body.SECURITY_COUNCIL:
                # A Security Council draft has no title: its sponsors line takes the
                # title's place and size, straight under the masthead rule.
                p = ooxml.paragraph(S.TITLE, before=0)
            else:
                p = ooxml.paragraph(S.SPONSORS)
            match = _DRAFT_KIND.search(sponsors)
            if match and _breaks_before_kind(sponsors, match.start(1), metadata, page):
                ooxml.add_text(p, sponsors[: match.start(1)].rstrip())
                ooxml.add_break(p)
                ooxml.add_text(p, match.group(1))
            else:
                ooxml.add_text(p, sponsors)
            out.append(p)
        if metadata.title and metadata.body is not Body.SECURITY_COUNCIL:
            p = ooxml.paragraph(S.TITLE)
            ooxml.add_text(p, metadata.title)
            out.append(p)
    formula = opening_formula(resolution)
    p = ooxml.paragraph(S.BODY, jc="left", before=None if out else 240)
    if formula.endswith(","):
        ooxml.add_text(p, formula[:-1], ITALIC)
        ooxml.add_text(p, ",")
    else:
        ooxml.add_text(p, formula, ITALIC)
    out.append(p)


def _breaks_before_kind(line: str, kind_at: int, metadata: Metadata, page: S.PageSize) -> bool:
    """Say whether "draft resolution" goes to a line of its own, as UN documents print it.

    When the whole sponsors line would wrap but the names alone fit on one line, UN
    documents break before "draft resolution" rather than split it; a longer list simply
    wraps. Widths are estimated from the average width of bold Times New Roman.
    """
    size = 12 if metadata.body is Body.SECURITY_COUNCIL else 10
    available = (page.text_width - 2 * S.BODY_INDENT) / 20
    per_char = 0.48 * size
    names = line[:kind_at].rstrip()
    return len(line) * per_char > available and len(names) * per_char <= available


def _ending(out: list[etree._Element], metadata: Metadata, page: S.PageSize) -> None:
    """Closing lines of an adopted resolution, then the short centred rule."""
    for index, line in enumerate(metadata.closing_lines):
        p = ooxml.paragraph(S.CLOSING, before=240 if index == 0 else None)
        ooxml.add_text(p, line)
        out.append(p)
    side = (page.text_width - S.RULE_LENGTH) // 2
    out.append(ooxml.paragraph(S.END_RULE, indent=Indent(left=side, right=side)))


# ---------------------------------------------------------------- paragraphs


class _BodyWriter:
    """Writes the preambular and operative parts and their footnotes."""

    def __init__(self, derived: Derived, footnotes: Footnotes, resolution: Resolution,
                 progress: Progress | None) -> None:
        self.derived = derived
        self.footnotes = footnotes
        self.resolution = resolution
        self.progress = progress
        self.total = _total_steps(resolution)
        self.done = 0
        self.written_notes: set[str] = set()

    def write_all(self, out: list[etree._Element], resolution: Resolution) -> None:
        """Append every paragraph of both parts to ``out``."""
        self._tick()
        for top in resolution.preambular:
            self._write(out, top)
        for top in resolution.operative:
            self._write(out, top)

    def _tick(self) -> None:
        if self.progress is not None and (self.done % 25 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _write(self, out: list[etree._Element], paragraph: Paragraph) -> None:
        self.done += 1
        self._tick()
        info = self.derived.info[paragraph.id]
        if paragraph.kind is ParagraphKind.HEADING:
            if paragraph.numeral:
                p = ooxml.paragraph(S.HEADING, after=0)
                ooxml.add_text(p, paragraph.numeral)
                out.append(p)
            p = ooxml.paragraph(S.HEADING)
        elif paragraph.kind is ParagraphKind.QUOTE:
            p = ooxml.paragraph(S.QUOTE)
        else:
            p = ooxml.paragraph(S.BODY)
            if info.label:
                ooxml.add_text(p, info.label)
                ooxml.add_tab(p)
        self._runs(p, paragraph)
        out.append(p)
        for child in paragraph.children:
            self._write(out, child)

    def _runs(self, p: etree._Element, paragraph: Paragraph) -> None:
        for run in paragraph_runs(paragraph, self.derived):
            if run.note_number is not None and run.note_id is not None:
                if run.note_id in self.written_notes:
                    # A note cited again: Word allows one reference per note, so the
                    # repeat is its number in superscript, as UN files print it.
                    ooxml.add_text(p, run.text, SUPERSCRIPT)
                else:
                    self.written_notes.add(run.note_id)
                    ooxml.add_footnote_reference(p, run.note_number, S.FOOTNOTE_REFERENCE)
                    note = self.resolution.footnotes[run.note_id]
                    self.footnotes.add(
                        run.note_number,
                        [(t.text, ITALIC if t.italic else PLAIN) for t in note.content],
                    )
            elif run.superscript:
                ooxml.add_text(p, run.text, SUPERSCRIPT)
            else:
                ooxml.add_text(p, run.text, ITALIC if run.italic else PLAIN)


# ---------------------------------------------------------------- atomic write


def write_atomically(document: DocxDocument, path: Path) -> None:
    """Build the file in memory, then write it through the one atomic writer.

    Zipping into memory first means a full disk fails in one place, with one message, and
    never leaves a half-closed zip archive behind to complain when it is collected.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(path, lambda stream: stream.write(buffer.getbuffer()))
