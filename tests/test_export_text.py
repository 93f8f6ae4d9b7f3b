"""Plain text for e-mail and portals, written from the composition: the corpus format."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from draftdesk.compose import compose
from draftdesk.export.text import export_text, resolution_text
from draftdesk.importers import import_file, import_text
from draftdesk.model import Resolution
from tools import CORPUS, SEED, samples

CORPUS_FILES = sorted(CORPUS.glob("*.txt"))


def merged(spans) -> tuple[tuple[object, ...], ...]:
    """Return spans as (text, italic, note number, hidden), neighbours of one look joined.

    A cross-reference prints as text: read back, it is text, in the same words.
    """
    out: list[list[object]] = []
    for s in spans:
        look = [s.italic, s.note_number, s.hidden]
        if out and out[-1][1:] == look and s.note_number is None:
            out[-1][0] = f"{out[-1][0]}{s.text}"
        else:
            out.append([s.text, *look])
    return tuple(tuple(item) for item in out)


def printed(resolution: Resolution) -> list[tuple[object, ...]]:
    """Return what a resolution prints, block by block and note by note, without ids."""
    document = compose(resolution)
    blocks = [(b.role, b.label, merged(b.spans)) for b in document.blocks]
    notes = [(n.mark, n.text, tuple(s.italic for s in n.spans)) for n in document.all_notes()]
    return [document.masthead, *blocks, *notes]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_an_imported_corpus_text_prints_back_as_its_source(path: Path) -> None:
    assert resolution_text(import_file(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_export_then_import_gives_the_same_draft_back(path: Path, tmp_path: Path) -> None:
    original = import_file(path)
    exported = tmp_path / "out.txt"
    export_text(original, exported)
    again = import_file(exported)
    assert again.metadata == original.metadata
    assert printed(again) == printed(original)


@pytest.mark.parametrize("make", [samples.gfmd, samples.committee_draft, samples.adopted,
                                  samples.security_council])
def test_italics_the_importer_cannot_infer_are_marked(make) -> None:
    original = make()
    text = resolution_text(original)
    again = import_text(text)
    assert printed(again) == printed(original)


def test_the_text_has_one_paragraph_a_line_and_numbered_notes_at_the_end() -> None:
    text = resolution_text(samples.committee_draft())
    lines = text.splitlines()
    assert "1. *Condemns* the *ongoing* violations:" not in lines  # the lead is standard
    assert "1. Condemns the *ongoing* violations:" in lines
    assert "(i) fully;" in lines and lines[lines.index("(i) fully;") + 1] == ""
    assert "I" in lines and "Legislative work" in lines
    rule = lines.index("_" * 18)
    assert lines[rule + 1:rule + 3] == [
        "* Reissued for technical reasons on 12 November 2025.",
        "* Any changes to the list of sponsors will be reflected in the official record."]
    assert lines[rule + 4].startswith("² *Official Records of the General Assembly")
    assert "Recalling its resolution 79/1 and the report,²,³" in lines


def test_symbols_print_with_ordinary_hyphens() -> None:
    resolution = samples.gfmd()
    resolution.operative[0].content[0] = resolution.operative[0].content[0].__class__(
        "the need to recall resolution ES-10/15")
    assert "resolution ES-10/15" in resolution_text(resolution)


def test_the_command_line_writes_text(tmp_path: Path) -> None:
    output = tmp_path / "seed.txt"
    result = subprocess.run([sys.executable, "-m", "draftdesk", "export", str(SEED), "-o",
                             str(output)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported {output}\n"
    assert output.read_text(encoding="utf-8") == resolution_text(import_file(SEED))


def test_a_spanish_draft_prints_its_own_masthead_and_formula() -> None:
    resolution = samples.gfmd()
    resolution.metadata.language = "es"
    lines = resolution_text(resolution).splitlines()
    assert lines[0] == compose(resolution).masthead.organization == "Naciones Unidas"
    assert any(line.startswith("La Asamblea General") for line in lines)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_spanish_or_french_text_imports_back_to_the_same_draft(language: str) -> None:
    original = samples.gfmd()
    original.metadata.language = language
    again = import_text(resolution_text(original))
    assert again.metadata.language == language
    assert printed(again) == printed(original)
