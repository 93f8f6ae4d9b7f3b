"""A paragraph's printed runs in the draft's language: labels, references, punctuation."""

from __future__ import annotations

from dataclasses import replace

from ..derive import Derived, Run, paragraph_runs
from ..document import Paragraph, Part
from .data import Language, get_language
from .forms import cross_ref, deleted_reference, label
from .typography import french_spacing, localize_quotes, localize_runs


def paragraph_label(derived: Derived, paragraph_id: str, language: str | Language) -> str:
    """Return a paragraph's label in the language: "b)" where English prints "(b)"."""
    info = derived.info[paragraph_id]
    if not info.label:
        return ""
    return label(info.scheme, info.ordinal - 1, language)


def cross_ref_text(
    derived: Derived, target_id: str, language: str | Language, from_id: str | None = None
) -> str:
    """Return how a reference to ``target_id`` prints in the language: "párrafo 3 b)".

    In a text in parts a reference from another part names the target's part ("párrafo 3 de
    la resolución B"), as ``Derived.cross_ref_text`` does in English.
    """
    if target_id not in derived.info:
        return deleted_reference(language)
    text = _cross_ref_in_part(derived, target_id, language)
    section = derived.info[target_id].section
    if section and (from_id is None or derived.section_of(from_id) != section):
        pattern = get_language(language).cross_reference["part"]
        return pattern.format(reference=text, letter=section)
    return text


def _cross_ref_in_part(derived: Derived, target_id: str, language: str | Language) -> str:
    chain = []
    current: str | None = target_id
    while current is not None:
        chain.append(current)
        current = derived.info[current].parent_id
    chain.reverse()
    top = derived.info[chain[0]]
    subs = [paragraph_label(derived, pid, language) for pid in chain[1:]]
    if top.part is Part.PREAMBULAR:
        return cross_ref(Part.PREAMBULAR, top.ordinal, subs, language)
    number = top.label.rstrip(".")
    if top.part is Part.OPERATIVE:
        number = number or "1"
    return cross_ref(top.part, number, subs, language)


def connector_word(connector: str, language: str | Language) -> str:
    """Return the "and"/"or" printed after a paragraph's end punctuation, in the language."""
    data = get_language(language)
    return {"and": data.conjunction, "or": data.disjunction}.get(connector.strip(), connector)


def paragraph_runs_in(
    paragraph: Paragraph, derived: Derived, language: str | Language
) -> list[Run]:
    """Return a paragraph's printed runs (without its label) as the language prints them."""
    data = get_language(language)
    if data.code == "en":
        return paragraph_runs(paragraph, derived)
    runs = paragraph_runs(
        paragraph, derived,
        lambda target: cross_ref_text(derived, target, data, from_id=paragraph.id),
    )
    if paragraph.connector and runs and runs[-1].text == f" {paragraph.connector}":
        runs[-1] = replace(runs[-1], text=f" {connector_word(paragraph.connector, data)}")
    return localize_runs(runs, data)


def localize_text(text: str, language: str | Language) -> str:
    """Return a drafter's text (a title, a footnote) with the language's quotes and spaces."""
    data = get_language(language)
    text = localize_quotes(text, data)
    return french_spacing(text, data.french_spacing) if data.french_spacing else text
