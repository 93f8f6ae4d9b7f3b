"""The draft as plain text for e-mail and portals, in the form the text importer reads back.

One paragraph a line with its label, a blank line between paragraphs, footnote markers as
superscript digits where they print, and the notes after a line of underscores: asterisk notes
first, then ``¹ text``. Italic words print between asterisks (``*Official Records*``) except
an opening phrase that the importer recognizes on its own, so a standard draft reads as plain
prose. Importing the text gives the same draft back. Labels, endings and note numbers are what
``derive()`` says; nothing is numbered here.
"""

from __future__ import annotations

from pathlib import Path

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
from ..model.document import (
    BODY_PARTS,
    Body,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    Text,
)
from ..model.phrases import split_lead
from ..storage import write_atomic

SEPARATOR = "_" * 18  # the UN footnote separator, as the corpus texts write it
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def export_text(resolution: Resolution, path: Path) -> None:
    """Write ``resolution`` to ``path`` as plain UTF-8 text, atomically."""
    data = resolution_text(resolution).encode("utf-8")
    write_atomic(Path(path), lambda stream: stream.write(data))


def resolution_text(resolution: Resolution) -> str:
    """Return the whole draft as plain text: cover, body, closing lines, notes."""
    derived = derive(resolution)
    blocks = [*_cover(resolution), opening_formula(resolution)]
    for part in BODY_PARTS:
        for top in resolution.part(part):
            blocks.extend(_paragraph_lines(top, part, derived))
    for annex in resolution.annexes:
        blocks.extend(line for line in (annex.heading, annex.title) if line)
        for top in (*annex.preamble, *annex.paragraphs):
            blocks.extend(_paragraph_lines(top, Part.ANNEX, derived))
    blocks.extend(resolution.metadata.closing_lines)
    notes = _notes(resolution, derived)
    text = "\n\n".join(blocks)
    if notes:
        text += "\n\n" + "\n".join([SEPARATOR, *notes])
    return text + "\n"


def _cover(resolution: Resolution) -> list[str]:
    """Return the cover as blocks of lines, in the order they print."""
    meta = resolution.metadata
    distribution = ""
    if meta.distribution:
        provisional = meta.distribution.casefold() == "provisional"
        distribution = "Provisional" if provisional else f"Distr.: {meta.distribution}"
    masthead = ["United Nations", symbol_line(meta), organ_line(meta), distribution,
                date_line(meta),
                f"Original: {meta.original_language}" if meta.original_language else ""]
    session, committee = session_line(meta), committee_line(meta)
    if meta.body is Body.HUMAN_RIGHTS_COUNCIL:
        session_block = [committee, session, meta.session_dates]
    elif meta.body is Body.SECURITY_COUNCIL:
        session_block = []
    else:
        session_block = [session, committee]
    if meta.body is not Body.SECURITY_COUNCIL:
        session_block.append(agenda_line(meta))
        session_block.extend(item.title for item in meta.agenda_items)
    blocks = ["\n".join(line for line in masthead if line),
              "\n".join(line for line in session_block if line)]
    if meta.adoption is not None:
        adoption = meta.adoption
        blocks.append("\n".join(line for line in (adoption.adopted_line, adoption.report_line)
                                if line))
        number = f"{adoption.number}. " if adoption.number else ""
        blocks.append(f"{number}{meta.title}".strip())
    else:
        blocks += [sponsors_line(meta), meta.title]
    return [block for block in blocks if block]


def _paragraph_lines(top: Paragraph, part: Part, derived: Derived) -> list[str]:
    """Return a paragraph and its sub-paragraphs as lines; headings with their numeral."""
    lines = []
    for paragraph in top.walk():
        if paragraph.kind is ParagraphKind.HEADING:
            if paragraph.numeral:
                lines.append(paragraph.numeral)
            heading = paragraph.lead + paragraph.body_text
            if heading:
                lines.append(heading)
            continue
        label = derived.info[paragraph.id].label
        text = _printed(paragraph, part, derived)
        lines.append(f"{label} {text}" if label else text)
    return lines


def _printed(paragraph: Paragraph, part: Part, derived: Derived) -> str:
    """Return a paragraph's text as printed, markers in superscript, italics marked."""
    runs = paragraph_runs(paragraph, derived)
    lead_plain = bool(paragraph.lead) and _lead_is_found(paragraph, part, derived)
    out = []
    for index, run in enumerate(runs):
        if run.note_number is not None:
            out.append(str(run.note_number).translate(_SUPERSCRIPT))
        elif run.superscript:
            out.append(run.text)  # the comma between two markers: "¹,²"
        elif run.italic and run.text.strip() and not (index == 0 and lead_plain):
            out.append(_italic(run.text))
        else:
            out.append(run.text)
    return "".join(out)


def _lead_is_found(paragraph: Paragraph, part: Part, derived: Derived) -> bool:
    """Say whether the importer finds the lead in plain text without asterisks."""
    if derived.info[paragraph.id].depth > 0 or part is Part.ANNEX:
        return False  # lettered items and annex paragraphs are not searched for a lead
    text = paragraph.lead + " " + paragraph.body_text
    return split_lead(text, operative=part is Part.OPERATIVE)[0] == paragraph.lead


def _italic(text: str) -> str:
    """Mark italic words with asterisks, leaving the spaces around them outside."""
    core = text.strip()
    start = text.index(core)
    return f"{text[:start]}*{core}*{text[start + len(core):]}"


def _notes(resolution: Resolution, derived: Derived) -> list[str]:
    """Return the note lines: asterisk notes first, then the numbered notes in order."""
    lines = [f"* {note.text}" for note in resolution.metadata.cover_notes]
    for note_id in derived.footnote_order:
        number = str(derived.footnote_numbers[note_id]).translate(_SUPERSCRIPT)
        content = resolution.footnotes[note_id].content
        lines.append(f"{number} " + "".join(
            _italic(t.text) if t.italic and t.text.strip() else t.text for t in content
            if isinstance(t, Text)))
    return lines
