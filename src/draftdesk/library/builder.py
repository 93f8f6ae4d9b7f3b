"""Fill libraries from drafts and resolutions: saved paragraphs and whole texts as clauses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.model import Paragraph, ParagraphKind, Part, Resolution, derive
from draftdesk.model.derive import Derived
from draftdesk.templates import paragraph_template

from .store import (
    BODY_OF_MODEL,
    OPERATIVE_CITED,
    PREAMBULAR_CITED,
    Clause,
    LibraryStore,
    NewClause,
)

NO_SUCH_REFERENCE = QT_TRANSLATE_NOOP(
    "LibraryErrors", "no paragraph '{reference}' in the draft (e.g. 'para. 4 (a)' or 'pp2')")
NO_SUCH_PARAGRAPH = QT_TRANSLATE_NOOP("LibraryErrors", "no paragraph {id} in the draft")


@dataclass(frozen=True)
class BuildReport:
    """What building a library from resolutions did."""

    library: str
    texts: int
    added: int
    duplicates: int


def source_symbol(resolution: Resolution) -> str:
    """Return the symbol agreed language is cited by ("A/RES/73/7"), without reissue marks."""
    symbol = resolution.metadata.symbol.rstrip("*").strip()
    adoption = resolution.metadata.adoption
    if not symbol and adoption is not None and adoption.number:
        symbol = f"A/RES/{adoption.number}"
    return symbol


def paragraph_reference(derived: Derived, paragraph: Paragraph) -> str:
    """Return how a paragraph is cited: "para. 4 (a)" or "preambular para. 3"."""
    info = derived.info.get(paragraph.id)
    if info is None:
        return ""
    text = derived.cross_ref_text(paragraph.id)
    if info.part is Part.OPERATIVE:
        numbered = re.fullmatch(r"paragraph (\d+(?: \(?[a-z]{1,6}[.)])*)", text)
        if numbered:
            return message(OPERATIVE_CITED, number=numbered.group(1))
        return text.replace("paragraph", "para.", 1)
    chain: list[str] = []
    current: str | None = paragraph.id
    while current is not None:
        chain.append(current)
        current = derived.info[current].parent_id
    top = derived.info[chain[-1]]
    subs = " ".join(derived.info[pid].label for pid in reversed(chain[:-1]))
    return message(PREAMBULAR_CITED, number=f"{top.ordinal} {subs}".rstrip())


def find_paragraph(resolution: Resolution, reference: str) -> Paragraph:
    """Find a paragraph by how it is cited: "para. 4 (a)", "4 (a)", "preambular para. 2", "pp2"."""
    wanted = " ".join(reference.replace("paragraph", "para.").split()).casefold()
    if re.fullmatch(r"pp\s*\d+.*", wanted):
        wanted = "preambular para. " + wanted[2:].lstrip()
    elif re.fullmatch(r"op\s*\d+.*", wanted):
        wanted = "para. " + wanted[2:].lstrip()
    elif re.fullmatch(r"\d+.*", wanted):
        wanted = "para. " + wanted
    wanted = re.sub(r"\s*\(", " (", wanted)
    derived = derive(resolution)
    for _part, paragraph in resolution.walk():
        if paragraph.kind is not ParagraphKind.PARAGRAPH:
            continue
        if paragraph_reference(derived, paragraph).casefold() == wanted:
            return paragraph
    raise InputError(message(NO_SUCH_REFERENCE, reference=reference))


def paragraph_clause(
    resolution: Resolution,
    paragraph: Paragraph,
    part: Part,
    derived: Derived | None = None,
    *,
    tags: Sequence[str] = (),
    note: str = "",
    topic: str = "",
    agreed: bool = False,
) -> NewClause:
    """Turn a paragraph of a resolution into a clause; ``agreed`` records its source."""
    derived = derived or derive(resolution)
    text = paragraph_template(paragraph, resolution.footnotes, derived.cross_ref_text)
    return NewClause(
        text=text,
        kind=part.value,
        body=BODY_OF_MODEL.get(resolution.metadata.body, "any"),
        topic=topic,
        tags=tuple(tags),
        note=note,
        source_symbol=source_symbol(resolution) if agreed else "",
        source_paragraph=paragraph_reference(derived, paragraph) if agreed else "",
    )


def resolution_clauses(resolution: Resolution) -> list[NewClause]:
    """Return every paragraph and sub-paragraph of a resolution as agreed-language clauses."""
    derived = derive(resolution)
    topic = resolution.metadata.title[:200]
    symbol = source_symbol(resolution)
    clauses: list[NewClause] = []
    for part, paragraph in resolution.walk():
        if paragraph.kind is not ParagraphKind.PARAGRAPH:
            continue
        clause = paragraph_clause(resolution, paragraph, part, derived, topic=topic, agreed=True)
        if not clause.text.strip():
            continue
        reference = clause.source_paragraph
        key = f"{symbol} {reference}".strip() if symbol else ""
        clauses.append(
            NewClause(
                text=clause.text, kind=clause.kind, body=clause.body, topic=clause.topic,
                source_symbol=clause.source_symbol, source_paragraph=reference, key=key,
            )
        )
    return clauses


def save_paragraphs(
    store: LibraryStore,
    library: str,
    resolution: Resolution,
    paragraph_ids: Iterable[str],
    *,
    tags: Sequence[str] = (),
    note: str = "",
    agreed: bool = False,
    source: tuple[str, str] | None = None,
) -> list[Clause]:
    """Save paragraphs of a draft to a library (one clause each), skipping duplicates.

    ``agreed`` records the draft's symbol and each paragraph's number as the source;
    ``source`` gives (symbol, paragraph) explicitly, e.g. ("A/RES/73/7", "para. 4").
    """
    derived = derive(resolution)
    wanted = list(paragraph_ids)
    located = {paragraph.id: (part, paragraph) for part, paragraph in resolution.walk()}
    new: list[NewClause] = []
    for paragraph_id in wanted:
        if paragraph_id not in located:
            raise InputError(message(NO_SUCH_PARAGRAPH, id=paragraph_id))
        part, paragraph = located[paragraph_id]
        clause = paragraph_clause(
            resolution, paragraph, part, derived, tags=tags, note=note, agreed=agreed
        )
        if source is not None:
            clause = replace(clause, source_symbol=source[0], source_paragraph=source[1])
        new.append(clause)
    return [store.add_clause(library, clause) for clause in new]


def add_resolutions(
    store: LibraryStore,
    library: str,
    resolutions: Iterable[Resolution],
    *,
    create: bool = True,
) -> BuildReport:
    """Add every paragraph of some resolutions to a library, in one transaction."""
    added = duplicates = texts = 0
    with store.transaction():
        if create and not store.has_library(library):
            store.create_library(library)
        for resolution in resolutions:
            texts += 1
            new, skipped = store.add_clauses(library, resolution_clauses(resolution))
            added += len(new)
            duplicates += skipped
    return BuildReport(store.library(library).name, texts, added, duplicates)


def add_resolution_files(
    store: LibraryStore, library: str, paths: Sequence[Path], *, create: bool = True
) -> BuildReport:
    """Import resolution texts and add their paragraphs to a library; a bad file adds nothing."""
    from draftdesk.importers import import_file  # imported here: importers are optional to search

    resolutions = [import_file(path) for path in paths]
    return add_resolutions(store, library, resolutions, create=create)
