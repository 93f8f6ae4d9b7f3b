"""Write a resolution as plain text for e-mail and portals, from its composition.

One paragraph a line with its label, a blank line between paragraphs, the notes at the end with
their numbers in superscript digits: the format of the corpus texts, so that importing the text
gives the same draft back. Italics the importer could not find again (a lead that is not a
standard opening phrase, italic words inside a paragraph or a note) are marked ``*like this*``.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..compose import Block, Note, PrintedDocument, Role, Span, compose, language_of
from ..model.derive import Derived
from ..model.document import Paragraph, ParagraphKind, Part, Resolution
from ..model.languages import split_lead as split_lead_in
from ..model.phrases import split_lead
from ..storage import write_atomic

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WORDS_AFTER_LEAD = 12
NOTE_RULE = "_" * 18  # the rule above the notes, as texts copied from UN documents have it
# Blocks printed one under the other with no blank line between them.
_SESSION_ROLES = (Role.SESSION, Role.COMMITTEE, Role.SESSION_DATES, Role.AGENDA,
                  Role.AGENDA_TITLE)


def export_text(resolution: Resolution, path: Path) -> None:
    """Write ``resolution`` to ``path`` as UTF-8 plain text, atomically."""
    data = resolution_text(resolution).encode("utf-8")

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    write_atomic(Path(path), write)


def resolution_text(resolution: Resolution) -> str:
    """Return the plain text of a resolution, as its composition prints it."""
    printed = compose(resolution)
    return "\n".join(text_lines(printed, resolution)) + "\n"


def text_lines(printed: PrintedDocument, resolution: Resolution) -> list[str]:
    """Return the lines of the plain text: masthead, cover, paragraphs, closing, notes."""
    groups: list[list[str]] = []
    masthead = printed.masthead
    if masthead is not None:
        groups.append([line for line in (masthead.organization, masthead.symbol, masthead.organ,
                                         masthead.distribution, masthead.date,
                                         masthead.original) if line])
    derived = printed.derived
    language = language_of(resolution, printed.options)
    paragraphs = {paragraph.id: paragraph for _part, paragraph in resolution.walk()}
    session: list[str] = []
    previous_was_adopted = False
    for block in printed.blocks:
        role = block.role
        if role is Role.REPORT and groups and previous_was_adopted:
            groups[-1].append(block.text)  # the report line under the adoption line
            continue
        previous_was_adopted = role is Role.ADOPTED
        if block.role in _SESSION_ROLES:
            # One line each; the committee's deliberate break stays a line break.
            session.extend(_spans_text(block.spans).split("\n"))
            continue
        if session:
            groups.append(session)
            session = []
        if block.role is Role.END_RULE:
            continue
        if block.role is Role.CLOSING:
            groups.append([block.text])
            continue
        if block.role is Role.HEADING and "\n" in block.text:
            numeral, _, heading = block.text.partition("\n")
            groups += [[numeral], [heading]]
            continue
        if block.paragraph_id is None:
            # Cover lines print as they are: the importer reads them without markup.
            label = f"{block.label} " if block.label else ""
            groups.append([label + _flat(block.text)])
            continue
        groups.append([_block_line(block, paragraphs, derived, language)])
    if session:
        groups.append(session)
    notes = [_note_line(note) for note in printed.all_notes()]
    if notes:
        groups.append([NOTE_RULE, *notes])
    lines: list[str] = []
    for group in groups:
        if lines:
            lines.append("")
        lines.extend(group)
    return lines


def _block_line(block: Block, paragraphs: dict[str, Paragraph], derived: Derived | None,
                language: str) -> str:
    text = _spans_text(block.spans, _lead_to_mark(block, paragraphs, derived, language))
    text = _flat(text)
    return f"{block.label} {text}" if block.label else text


def _lead_to_mark(block: Block, paragraphs: dict[str, Paragraph], derived: Derived | None,
                  language: str) -> str:
    """Return the lead of a paragraph block when the importer would not find it again."""
    if block.paragraph_id is None or derived is None:
        return ""
    paragraph = paragraphs.get(block.paragraph_id)
    if paragraph is None or not paragraph.lead or paragraph.kind is not ParagraphKind.PARAGRAPH:
        return ""
    info = derived.info[paragraph.id]
    # The importer decides on the lead's own words and the few after it ("Decides further
    # that"); a dozen words are plenty and keep a long paragraph from being scanned whole.
    following = paragraph.body_text.split(" ", _WORDS_AFTER_LEAD)[:_WORDS_AFTER_LEAD]
    text = " ".join([paragraph.lead, *following]).rstrip()
    if language == "en":
        found = split_lead(text, info.part is not Part.PREAMBULAR)[0]
    else:
        found = split_lead_in(text, info.part, language)[0]
    return "" if found == paragraph.lead else paragraph.lead


def _spans_text(spans: tuple[Span, ...], marked_lead: str = "") -> str:
    out = []
    for index, span in enumerate(spans):
        if span.hidden:
            continue
        if span.note_number is not None:
            out.append(span.text.translate(SUPERSCRIPT_DIGITS))
        elif span.note_id is not None:
            out.append(span.text)  # an asterisk note's "*"
        elif span.superscript:
            out.append(span.text)  # the comma between two markers
        elif span.italic and (index > 0 or marked_lead):
            out.append(f"*{span.text}*")  # italics the importer cannot infer
        else:
            out.append(span.text)
    return "".join(out)


def _note_line(note: Note) -> str:
    mark = note.mark.translate(SUPERSCRIPT_DIGITS)
    text = "".join(f"*{s.text}*" if s.italic else s.text for s in note.spans)
    return f"{mark} {text}"


def _flat(text: str) -> str:
    """Return a block on one line: its deliberate line breaks become spaces."""
    return text.replace("\n", " ")
