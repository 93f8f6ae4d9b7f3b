"""The seed draft translated into Spanish and French (tests/data/languages/), as drafts."""

from __future__ import annotations

import re
from pathlib import Path

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
