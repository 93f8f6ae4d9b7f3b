"""Plain-text export read back: the stored draft, not only its print, survives the round trips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from builders import small_resolution
from datafiles import CORPUS, SEED
from draftdesk.export import export_docx
from draftdesk.export.text import NOTE_RULE as SEPARATOR
from draftdesk.export.text import resolution_text
from draftdesk.importers import import_file, import_text
from draftdesk.model import CrossRef, FootnoteRef, Paragraph, Resolution, Text
from draftdesk.model.derive import derive, sponsor_sort_key
from draftdesk.model.document import CoverNote, ParagraphKind
from draftdesk.model.edit import merge_text
from draftdesk.storage import to_dict
from tools import samples

CORPUS_FILES = sorted(CORPUS.glob("[0-9][0-9]_*.txt"))


ID_KEYS = ("id", "footnote", "xref", "paragraph")


def comparable(resolution: Resolution) -> dict:
    """Return the stored form of a draft with ids numbered in document order.

    Ids are random, notes are stored in the order they were made and sponsors in the order
    they were entered; the printed text has notes by first reference and sponsors sorted.
    """
    derived = derive(resolution)
    order = [p.id for _part, p in resolution.walk()] + derived.footnote_order
    order += [annex.id for annex in resolution.annexes]
    names = {old: f"id{index}" for index, old in enumerate(order)}

    def rename(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: names.get(item, item) if key in ID_KEYS and isinstance(item, str)
                    else rename(item) for key, item in value.items()}
        if isinstance(value, list):
            return [rename(item) for item in value]
        return value

    data = rename(to_dict(resolution))
    data["footnotes"].sort(key=lambda note: int(note["id"][2:]))
    data["metadata"]["sponsors"].sort(key=lambda sponsor: sponsor_sort_key(sponsor["name"]))
    return data


def round_trip(resolution: Resolution) -> Resolution:
    return import_text(resolution_text(resolution), "exported text")


def test_the_corpus_has_fourteen_documents() -> None:
    assert len(CORPUS_FILES) == 14


@pytest.mark.parametrize("source", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_text_export_imports_as_the_same_draft(source: Path) -> None:
    draft = import_file(source)
    assert comparable(round_trip(draft)) == comparable(draft)


@pytest.mark.parametrize("source", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_word_export_then_text_export_imports_as_the_same_draft(
        source: Path, tmp_path: Path) -> None:
    draft = import_file(source)
    word = tmp_path / "draft.docx"
    export_docx(draft, word)
    assert comparable(round_trip(import_file(word))) == comparable(draft)


def test_seed_and_built_drafts_survive_the_round_trip() -> None:
    for draft in (import_file(SEED), small_resolution(), samples.security_council()):
        assert comparable(round_trip(draft)) == comparable(draft)


def test_cross_references_come_back_as_the_words_they_print() -> None:
    draft = samples.committee_draft()
    text = resolution_text(draft)
    assert "and paragraph 1 (a) above" in text
    derived = derive(draft)
    for _part, paragraph in draft.walk():
        paragraph.content = merge_text([Text(derived.cross_ref_text(item.target_id))
                                        if isinstance(item, CrossRef) else item
                                        for item in paragraph.content])
    assert comparable(round_trip(draft)) == comparable(draft)


def test_italics_and_unusual_leads_are_marked_with_asterisks() -> None:
    draft = small_resolution()
    draft.preambular[1] = Paragraph("Bearing firmly in mind", [
        Text("the "), Text("Official Records", italic=True), Text(" of the Assembly"),
    ])
    draft.footnotes["n1"].content = [Text("See "), Text("Yearbook", italic=True), Text(".")]
    text = resolution_text(draft)
    assert "*Bearing firmly in mind* the *Official Records* of the Assembly," in text
    assert "¹ See *Yearbook*." in text
    assert comparable(round_trip(draft)) == comparable(draft)


def test_headings_quotes_connectors_and_cover_notes() -> None:
    draft = small_resolution()
    draft.operative.insert(1, Paragraph(kind=ParagraphKind.HEADING, numeral="II",
                                        content=[Text("Follow-up")]))
    draft.operative[0].children[0].connector = "and"
    draft.metadata.cover_notes.append(CoverNote(anchor="symbol", text="Reissued."))
    text = resolution_text(draft)
    assert "A/62/L.25*\n" in text
    assert "\n\nII\n\nFollow-up\n\n2. Requests" in text
    assert "(a) The Secretary-General to present an evaluation; and\n" in text
    assert text.split(SEPARATOR + "\n", 1)[1].startswith("* Reissued.\n¹ A/60/871.")
    assert comparable(round_trip(draft)) == comparable(draft)


def test_repeated_note_prints_its_number_again() -> None:
    draft = small_resolution()
    draft.operative[1].content.append(FootnoteRef("n1"))
    text = resolution_text(draft)
    assert "2. Requests Member States to promote the discussion;¹" in text
    assert text.count("¹ A/60/871.") == 1


def test_command_line_writes_text_without_qt(tmp_path: Path) -> None:
    out = tmp_path / "l29.txt"
    source = CORPUS_FILES[4]
    code = (
        "import sys\n"
        "from draftdesk.cli import main\n"
        f"status = main(['export', {str(source)!r}, '-o', {str(out)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported {out}\n"
    assert comparable(import_file(out)) == comparable(import_file(source))


def test_annexes_decisions_and_amendments_print_as_their_documents_do() -> None:
    annexed = resolution_text(samples.with_annex())
    assert ("\n\nAnnex\n\nTerms of reference of the Forum\n\n"
            "The participants in the Forum agree as follows:\n\n1. The Forum meets once a year."
            "\n\n(a) in New York;\n\n(b) in Geneva.\n\nII\n\nReports\n\n"
            "2. The Forum reports to the General Assembly.²\n\n" + SEPARATOR) in annexed
    decision = resolution_text(samples.decision())
    assert "\n\nIraq: draft decision\n\nProgramme of work\n\nThe General Assembly\n\n" in decision
    amendment = resolution_text(samples.amendment())
    assert "\n\nEgypt: amendment\n\n1. Operative paragraph 5:" in amendment
    assert "The General Assembly" not in amendment
