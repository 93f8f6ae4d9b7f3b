"""The seed draft translated into Spanish and French (tests/data/languages/), as drafts."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from datafiles import DATA, SEED
from draftdesk.importers import import_file
from draftdesk.model import Footnote, FootnoteRef, Inline, Paragraph, Resolution, Text, derive

LANGUAGES = DATA / "languages"
_MARKER = re.compile(r"\[\^(\d+)\]")
_LEAD = re.compile(r"^\*(?P<lead>[^*]+)\* (?P<rest>.*)$")
ORIGINAL = {"es": "Spanish", "fr": "French"}


def fixture_path(code: str) -> Path:
    """Return the translation of the seed into the language ``code``."""
    return LANGUAGES / f"gfmd-2007-{code}.txt"


def _entries(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, text = line.partition(": ")
            out.append((kind, text))
    return out


def _content(text: str, note_ids: list[str]) -> list[Inline]:
    content: list[Inline] = []
    for index, piece in enumerate(_MARKER.split(text)):
        if index % 2:
            content.append(FootnoteRef(note_ids[int(piece) - 1]))
        elif piece:
            content.append(Text(piece))
    return content


def translated_seed(code: str) -> Resolution:
    """Return the seed draft with its words in ``code``: metadata from the seed, text translated.

    The structure (parts, sub-paragraphs, footnotes) must be the seed's own.
    """
    resolution = import_file(SEED)
    note_ids = derive(resolution).footnote_order
    metadata = resolution.metadata
    metadata.language = code
    metadata.original_language = ORIGINAL[code]
    preambular: list[Paragraph] = []
    operative: list[Paragraph] = []
    notes: list[str] = []
    for kind, text in _entries(fixture_path(code)):
        if kind == "title":
            metadata.title = text
        elif kind == "agenda":
            metadata.agenda_items[0].title = text
        elif kind == "note":
            notes.append(text)
        else:
            match = _LEAD.match(text)
            lead, rest = (match["lead"], match["rest"]) if match else ("", text)
            paragraph = Paragraph(lead=lead, content=_content(rest, note_ids))
            if kind == "pp":
                preambular.append(paragraph)
            elif kind == "op":
                operative.append(paragraph)
            else:
                operative[-1].children.append(paragraph)
    shape = [len(p.children) for p in resolution.operative]
    assert len(preambular) == len(resolution.preambular), "the seed's preamble"
    assert [len(p.children) for p in operative] == shape, "the seed's operative part"
    assert len(notes) == len(note_ids), "the seed's footnotes"
    resolution.preambular, resolution.operative = preambular, operative
    for note_id, note in zip(note_ids, notes, strict=True):
        resolution.footnotes[note_id] = Footnote(note_id, [Text(note)])
    return resolution


# A round of negotiation typed in each language: the new operative paragraph, words added.
FIRST_READING = {"es": "Primera lectura", "fr": "Première lecture"}
TYPED = {
    "es": ("Decide", "seguir ocupándose de la cuestión", " sin demora"),
    "fr": ("Décide", "de demeurer saisie de la question", " sans tarder"),
}


def negotiate_in_window(window: Any, code: str) -> None:
    """Make every kind of change to the open draft through the window's session.

    Deletes, rewrites, moves and adds paragraphs (so labels and end punctuation shift too),
    edits, removes and adds footnotes, and changes the title, in the words of ``code``.
    """
    from draftdesk.model import edit
    from draftdesk.model.document import Part

    session = window.session
    draft = session.resolution
    session.delete_paragraph(draft.preambular[1].id)
    words = draft.operative[1].children[0] if draft.operative[1].children else draft.operative[1]
    lead, text, more = TYPED[code]
    session.set_text(words.id, words.lead, [*words.content, Text(more)])
    session.move_to(draft.operative[0].id,
                    edit.Location(Part.OPERATIVE, None, len(draft.operative) - 1))
    session.insert_paragraph(edit.Location(Part.OPERATIVE, None, 1),
                             Paragraph(lead=lead, content=[Text(text)]))
    notes = list(session.derived.footnote_order)
    session.edit_footnote(notes[0], draft.footnotes[notes[0]].plain_text + " Corr.1.")
    session.remove_footnote(notes[-1])
    session.add_footnote(draft.operative[0].id, 3, "A/80/1.")
    metadata = copy.deepcopy(draft.metadata)
    metadata.title = metadata.title + " 2008"
    session.set_metadata(metadata)
