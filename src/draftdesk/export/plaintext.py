"""The draft as plain text for e-mail and portals, in the form the text importer reads back.

The text prints the composition (``draftdesk.compose``) line by line: the masthead fields, the
session block, the sponsors line and title, one paragraph a line with its label, a blank line
between paragraphs, footnote markers as superscript digits where they print, and the notes after
a line of underscores, asterisk notes first, then ``¹ text``. Italic words print between
asterisks (``*Official Records*``) except an opening phrase that the importer recognizes on its
own, so a standard draft reads as plain prose. Importing the text gives the same draft back.
"""

from __future__ import annotations

from pathlib import Path

from ..compose import COVER_ROLES, Block, Note, PrintedDocument, Role, Span, compose
from ..model.document import Paragraph, Part, Resolution
from ..model.languages import split_lead
from ..storage import write_atomic

SEPARATOR = "_" * 18  # the UN footnote separator, as the corpus texts write it
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Cover lines printed together, one a line, without blank lines between them.
_SESSION_BLOCK = frozenset({Role.SESSION, Role.COMMITTEE, Role.SESSION_DATES, Role.AGENDA,
                            Role.AGENDA_TITLE})
_ADOPTION_BLOCK = frozenset({Role.ADOPTED, Role.REPORT})
# Roles whose italics are the drafter's (marked with asterisks); the cover's are the layout's.
_MARKED_ITALICS = frozenset({Role.PREAMBULAR, Role.OPERATIVE, Role.SUBPARAGRAPH,
                             Role.SUBSUBPARAGRAPH, Role.QUOTE, Role.ANNEX_PREAMBULAR,
                             Role.ANNEX_PARAGRAPH})
# Roles whose opening phrase the importer looks for, and in which part.
_LEAD_SEARCHED = {Role.PREAMBULAR: Part.PREAMBULAR, Role.OPERATIVE: Part.OPERATIVE}
_WORDS_AFTER_LEAD = 12


def export_text(resolution: Resolution, path: Path) -> None:
    """Write ``resolution`` to ``path`` as plain UTF-8 text, atomically."""
    data = resolution_text(resolution).encode("utf-8")
    write_atomic(Path(path), lambda stream: stream.write(data))


def resolution_text(resolution: Resolution) -> str:
    """Return the whole draft as plain text: cover, body, closing lines, notes."""
    printed = compose(resolution)
    paragraphs = {p.id: p for _part, p in resolution.walk()}
    blocks = [_masthead(printed)]
    grouped: list[str] = []
    group: frozenset[Role] | None = None
    for block in printed.blocks:
        if block.role is Role.END_RULE:
            continue
        together = next((g for g in (_SESSION_BLOCK, _ADOPTION_BLOCK) if block.role in g), None)
        text = _block_text(block, paragraphs, resolution.metadata.language)
        if together is not None and together is group:
            grouped[-1] += "\n" + text
            continue
        group = together
        grouped.append(text)
    blocks += grouped
    notes = [_note_line(note) for note in printed.all_notes()]
    text = "\n\n".join(block for block in blocks if block)
    if notes:
        text += "\n\n" + "\n".join([SEPARATOR, *notes])
    return text + "\n"


def _masthead(printed: PrintedDocument) -> str:
    masthead = printed.masthead
    if masthead is None:
        return ""
    lines = [masthead.organization, masthead.symbol, masthead.organ, masthead.distribution,
             masthead.date, masthead.original]
    return "\n".join(line for line in lines if line)


def _block_text(block: Block, paragraphs: dict[str, Paragraph], language: str) -> str:
    """Return one block as the importer reads it: label, text, markers, italics marked."""
    if block.role is Role.HEADING:
        return block.text.replace("\n", "\n\n")  # the numeral is a paragraph of its own
    if block.role in COVER_ROLES and block.role is not Role.COMMITTEE:
        # Lines the layout breaks on purpose ("…: \ndraft resolution") are one line in text;
        # the Fourth Committee's two lines stay two, as the UN's own texts have them.
        block = Block(block.role, tuple(Span(s.text.replace("\n", " ")) for s in block.spans),
                      block.label)
    paragraph = paragraphs.get(block.paragraph_id or "")
    plain_lead = paragraph is not None and _lead_is_found(block, paragraph, language)
    marked = block.role in _MARKED_ITALICS
    out = []
    for index, span in enumerate(block.spans):
        if span.note_number is not None:
            out.append(span.text.translate(_SUPERSCRIPT))
        elif marked and span.italic and span.text.strip() and not (index == 0 and plain_lead):
            out.append(_italic(span.text))
        else:
            out.append(span.text)  # also the comma between two markers: "¹,²"
    text = "".join(out)
    return f"{block.label} {text}" if block.label else text


def _lead_is_found(block: Block, paragraph: Paragraph, language: str) -> bool:
    """Say whether the importer finds the paragraph's lead in plain text without asterisks."""
    part = _LEAD_SEARCHED.get(block.role)
    if part is None or not paragraph.lead or block.depth:
        return False  # lettered items and annex paragraphs are not searched for a lead
    # The importer decides on the lead's own words and the few after it ("Decides further
    # that"); a dozen words are plenty and keep a long paragraph from being scanned whole.
    following = paragraph.body_text.split(" ", _WORDS_AFTER_LEAD)[:_WORDS_AFTER_LEAD]
    text = " ".join([paragraph.lead, *following])
    return split_lead(text, part, language)[0] == paragraph.lead


def _italic(text: str) -> str:
    """Mark italic words with asterisks, leaving the spaces around them outside."""
    core = text.strip()
    start = text.index(core)
    return f"{text[:start]}*{core}*{text[start + len(core):]}"


def _note_line(note: Note) -> str:
    """Return "* text" or "¹ text", italics marked."""
    mark = note.mark if note.number is None else str(note.number).translate(_SUPERSCRIPT)
    text = "".join(_italic(s.text) if s.italic and s.text.strip() else s.text
                   for s in note.spans)
    return f"{mark} {text}"
