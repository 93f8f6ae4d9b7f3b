"""Spanish and French drafts import back as what was exported: same structure and language."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk.compose import PrintedDocument, compose
from draftdesk.export import export_docx
from draftdesk.importers import import_file, import_text
from draftdesk.importers.language import detect_language, parse_agenda, parse_sponsor_names
from draftdesk.model import Resolution, derive
from draftdesk.model import languages as lang
from language_fixtures import translated_seed

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def printed_text(printed: PrintedDocument) -> str:
    """Write a composed document as text copied from it: one paragraph a line, notes last."""
    lines: list[str] = []
    masthead = printed.masthead
    assert masthead is not None
    lines += [masthead.organization, masthead.symbol, masthead.organ, masthead.distribution,
              masthead.date, masthead.original]
    for block in printed.blocks:
        text = "".join(
            span.text.translate(SUPERSCRIPT) if span.note_number is not None else span.text
            for span in block.spans
        )
        lines.extend(f"{block.label} {text}" if block.label else text for _ in [0])
    lines += [f"{note.mark.translate(SUPERSCRIPT)} {note.text}" for note in printed.notes]
    return "\n\n".join(line for line in lines if line.strip())


def _outline(resolution: Resolution, code: str) -> list[tuple[str, str, str]]:
    derived = derive(resolution)
    return [
        (lang.paragraph_label(derived, paragraph.id, code), paragraph.lead, paragraph.body_text)
        for _part, paragraph in resolution.walk()
    ]


@pytest.mark.parametrize("code", ["es", "fr"])
def test_an_export_imports_back_with_the_same_structure_and_language(code: str) -> None:
    original = translated_seed(code)
    text = printed_text(compose(original))
    imported = import_text(text, source=f"seed-{code}.txt")
    meta, want = imported.metadata, original.metadata
    assert meta.language == code
    assert (meta.body, meta.session, meta.date, meta.distribution) == (
        want.body, want.session, want.date, want.distribution
    )
    assert meta.original_language == want.original_language
    assert [(i.number, i.title) for i in meta.agenda_items] == [
        (i.number, i.title) for i in want.agenda_items
    ]
    assert [s.name for s in meta.sponsors] == ["Ecuador", "Mexico"]
    assert meta.title == want.title
    assert _outline(imported, code) == _outline(original, code)
    assert [n.plain_text for n in imported.footnotes.values()] == [
        n.plain_text for n in original.footnotes.values()
    ]


def test_the_language_is_told_from_the_cover() -> None:
    assert detect_language(["Naciones Unidas", "Asamblea General", "Distr. limitada"]) == "es"
    assert detect_language(["Nations Unies", "Assemblée générale"]) == "fr"
    assert detect_language(["United Nations", "General Assembly", "Distr.: Limited"]) == "en"


def test_spanish_and_french_cover_lines_are_read() -> None:
    items = parse_agenda("Temas 13 a) y 115 del programa", "es")
    assert items is not None
    assert [(i.number, i.sub_item) for i in items] == [("13", "a"), ("115", "")]
    assert parse_agenda("Point 116 de l’ordre du jour", "fr") is not None
    assert parse_agenda("Tema del programa", "es") is None
    council = parse_agenda("Tema 3 de la agenda", "es")
    assert council is not None and [item.number for item in council] == ["3"]
    sponsors = parse_sponsor_names("Antigua y Barbuda, Chile, México e Indonesia", "es")
    assert [s.name for s in sponsors] == ["Antigua and Barbuda", "Chile", "Mexico", "Indonesia"]
    french = parse_sponsor_names("Équateur, Trinité-et-Tobago et Saint-Siège", "fr")
    assert [(s.name, s.observer) for s in french] == [
        ("Ecuador", False), ("Trinidad and Tobago", False), ("Holy See", True)
    ]


def test_a_spanish_sub_paragraph_list_and_connector_import() -> None:
    text = (
        "La Asamblea General,\n\n"
        "1. Solicita al Secretario General que:\n\n"
        "a) Presente un informe; y\n\n"
        "b) Transmita el informe;\n\n"
        "2. Decide seguir examinando la cuestión."
    )
    imported = import_text(text)
    assert imported.metadata.language == "es"
    first = imported.operative[0]
    assert first.lead == "Solicita"
    assert [child.body_text for child in first.children] == [
        "Presente un informe", "Transmita el informe"
    ]
    assert first.children[0].connector == "and"
    assert imported.operative[1].lead == "Decide"


@pytest.mark.parametrize("code", ["es", "fr"])
def test_a_word_export_imports_back_with_the_same_structure_and_language(
    code: str, tmp_path: Path
) -> None:
    original = translated_seed(code)
    path = tmp_path / f"seed-{code}.docx"
    export_docx(original, path)
    imported = import_file(path)
    meta, want = imported.metadata, original.metadata
    assert meta.language == code
    assert (meta.body, meta.session, meta.date, meta.title) == (
        want.body, want.session, want.date, want.title
    )
    assert (meta.distribution, meta.original_language) == ("Limited", want.original_language)
    assert [(i.number, i.title) for i in meta.agenda_items] == [
        (i.number, i.title) for i in want.agenda_items
    ]
    assert [s.name for s in meta.sponsors] == ["Ecuador", "Mexico"]
    assert _outline(imported, code) == _outline(original, code)
    assert [n.plain_text for n in imported.footnotes.values()] == [
        n.plain_text for n in original.footnotes.values()
    ]
