"""Turn a clause template into a model paragraph with its footnotes.

Clause markup on top of the template syntax:

- ``[[fn: A/80/10.]]`` is a footnote anchored where it stands (after the punctuation it follows);
- ``*Official Records…*`` is italic text (used in footnotes for document titles).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.model import (
    Footnote,
    FootnoteRef,
    Inline,
    Paragraph,
    Part,
    Provenance,
    Resolution,
    Text,
    new_id,
)
from draftdesk.model.edit import Location, Undo, insert_paragraph, merge_text
from draftdesk.model.languages import split_lead as split_lead_in
from draftdesk.model.phrases import split_paragraph_lead as split_lead

from .sandbox import CLAUSE, escape_text, render_text

_FOOTNOTE = re.compile(r"\[\[fn:\s*(.*?)\s*\]\]", re.DOTALL)
# "*…*" is italic; "\\*" is a literal asterisk (paragraph_template writes it so).
_ITALIC = re.compile(r"(?<!\\)\*((?:[^*\n\\]|\\.)+?)(?<!\\)\*")
_END_PUNCTUATION = ",;."
MAX_FOOTNOTES = 20
TOO_MANY_FOOTNOTES = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: more than {limit} footnotes")
UNCLOSED_FOOTNOTE = QT_TRANSLATE_NOOP(
    "TemplateErrors", "{where}: a footnote is not closed with ']]'")
EMPTY_CLAUSE = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: the clause is empty")
EMPTY_FOOTNOTE = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: a footnote is empty")


@dataclass
class RenderedClause:
    """A paragraph ready to insert, and the footnotes it references (not yet in any draft)."""

    paragraph: Paragraph
    footnotes: list[Footnote] = field(default_factory=list)


def styled_runs(text: str) -> list[Text]:
    """Split ``*italic*`` markup into text runs; ``\\*`` stands for an asterisk."""
    runs: list[Text] = []
    position = 0
    for match in _ITALIC.finditer(text):
        if match.start() > position:
            runs.append(Text(_unescape(text[position:match.start()])))
        runs.append(Text(_unescape(match.group(1)), italic=True))
        position = match.end()
    if position < len(text):
        runs.append(Text(_unescape(text[position:])))
    return runs


def _unescape(text: str) -> str:
    return text.replace("\\*", "*")


def _escape_markup(text: str) -> str:
    """Protect literal asterisks from being read as italics."""
    return escape_text(text).replace("*", "\\*")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def strip_end_punctuation(text: str) -> str:
    """Drop the end punctuation that the model derives (",", ";", ".") and trailing spaces."""
    text = text.rstrip()
    while text and text[-1] in _END_PUNCTUATION:
        text = text[:-1].rstrip()
    return text


def clause_paragraph(
    rendered: str,
    part: Part,
    provenance: Provenance | None = None,
    where: str = CLAUSE,
    language: str = "en",
) -> RenderedClause:
    """Build a paragraph from a clause's rendered text: lead, runs, footnotes.

    ``language`` is the language the clause is written in ("en", "es", "fr"): it decides how
    the opening phrase is recognized.
    """
    pieces = _FOOTNOTE.split(_squash(rendered).strip())
    # pieces alternate: text, note, text, note, ..., text
    texts, notes = pieces[0::2], pieces[1::2]
    if len(notes) > MAX_FOOTNOTES:
        raise InputError(message(TOO_MANY_FOOTNOTES, where=where, limit=MAX_FOOTNOTES))
    # The end punctuation sits before any closing footnote markers; the model derives it.
    last_text = len(texts) - 1
    while last_text > 0 and not texts[last_text].strip():
        last_text -= 1
    texts[last_text] = strip_end_punctuation(texts[last_text])
    for index in range(last_text + 1, len(texts)):
        texts[index] = ""
    if "[[fn:" in "".join(texts):
        raise InputError(message(UNCLOSED_FOOTNOTE, where=where))
    if language == "en":
        lead, first = split_lead(texts[0], part)
    else:
        lead, first = split_lead_in(texts[0].lstrip(), part, language)
    texts[0] = first
    if not lead and not any(t.strip() for t in texts):
        raise InputError(message(EMPTY_CLAUSE, where=where))
    content: list[Inline] = []
    footnotes: list[Footnote] = []
    for index, text in enumerate(texts):
        if text:
            content.extend(styled_runs(text))
        if index < len(notes):
            note_text = notes[index]
            if not note_text:
                raise InputError(message(EMPTY_FOOTNOTE, where=where))
            note = Footnote(new_id(), styled_runs(note_text))
            footnotes.append(note)
            content.append(FootnoteRef(note.id))
    paragraph = Paragraph(lead=lead, content=merge_text(content), provenance=provenance)
    return RenderedClause(paragraph, footnotes)


def render_clause(
    template: str,
    values: Mapping[str, Any],
    part: Part,
    provenance: Provenance | None = None,
    where: str = CLAUSE,
    language: str = "en",
) -> RenderedClause:
    """Render a clause template with its field values into a paragraph and its footnotes."""
    rendered = render_text(template, values, where)
    return clause_paragraph(rendered, part, provenance, where, language)


def paragraph_template(
    paragraph: Paragraph,
    footnotes: Mapping[str, Footnote],
    cross_ref_text: Callable[[str], str] | None = None,
) -> str:
    """Write a paragraph back as clause text: lead, text, ``[[fn: …]]`` notes, ``*italics*``."""
    parts: list[str] = []
    for item in paragraph.content:
        if isinstance(item, Text):
            text = _escape_markup(item.text)
            parts.append(f"*{text}*" if item.italic and text.strip() else text)
        elif isinstance(item, FootnoteRef):
            note = footnotes.get(item.note_id)
            if note is not None:
                note_text = "".join(
                    f"*{_escape_markup(run.text)}*" if run.italic and run.text.strip()
                    else _escape_markup(run.text)
                    for run in note.content
                )
                parts.append(f"[[fn: {note_text.strip()}]]")
        else:
            parts.append(cross_ref_text(item.target_id) if cross_ref_text else "paragraph")
    body = "".join(parts)
    lead = _escape_markup(paragraph.lead)
    if not lead:
        return body.strip()
    if not body or body.startswith((",", ";", ":", ".", "[[fn:")):
        return lead + body
    return f"{lead} {body.lstrip()}"


def insert_clause(resolution: Resolution, rendered: RenderedClause, location: Location) -> Undo:
    """Insert a rendered clause and its footnotes into a draft; return the undo."""
    undo_paragraph = insert_paragraph(resolution, location, rendered.paragraph)
    for note in rendered.footnotes:
        resolution.footnotes[note.id] = note

    def undo() -> None:
        undo_paragraph()
        for note in rendered.footnotes:
            resolution.footnotes.pop(note.id, None)

    return undo
