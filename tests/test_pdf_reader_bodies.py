"""Councils and revisions the official test set lacks, printed to PDF and read back.

ECOSOC and Human Rights Council drafts, a revision (/Rev.1) and a text in parts are written
by DraftDesk, printed by LibreOffice and imported again: the same draft comes back. Skipped
only where LibreOffice (Debian package libreoffice-writer-nogui) or poppler-utils is missing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from draftdesk.export import export_docx
from draftdesk.importers import import_file
from draftdesk.model import Metadata, Resolution
from draftdesk.model.derive import sponsor_sort_key, sponsors_line
from test_export_text import printed
from tools import samples
from tools.layout import render_pdfs, tools_missing

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or ""),
]

SAMPLES = ["ecosoc", "human_rights_council", "revised", "in_parts"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bodies")
    files = {}
    for name in SAMPLES:
        files[name] = folder / f"{name}.docx"
        export_docx(getattr(samples, name)(), files[name])
    rendered = render_pdfs(list(files.values()), folder / "pdf")
    return {name: rendered[path] for name, path in files.items()}


def cover(metadata: Metadata) -> Metadata:
    """The cover as printed: the sponsors line sorts the sponsors, so their order is free."""
    ordered = sorted(metadata.sponsors, key=lambda s: (s.observer, sponsor_sort_key(s.name)))
    return replace(metadata, sponsors=ordered)


@pytest.mark.parametrize("name", SAMPLES)
def test_a_printed_draft_of_each_body_reads_back_as_the_same_draft(
    pdfs: dict[str, Path], name: str
) -> None:
    original: Resolution = getattr(samples, name)()
    back = import_file(pdfs[name])
    assert cover(back.metadata) == cover(original.metadata)
    assert back.kind is original.kind
    assert printed(back) == printed(original)
    assert back.import_notes == []


def test_the_revision_says_revised_and_keeps_its_symbol(pdfs: dict[str, Path]) -> None:
    back = import_file(pdfs["revised"])
    assert back.metadata.symbol == "A/C.3/80/L.29/Rev.1"
    assert sponsors_line(back.metadata).endswith(": revised draft resolution")


def test_the_council_drafts_keep_their_body_session_and_dates(pdfs: dict[str, Path]) -> None:
    ecosoc = import_file(pdfs["ecosoc"])
    assert ecosoc.metadata.body.value == "ecosoc" and ecosoc.metadata.session == 2025
    council = import_file(pdfs["human_rights_council"])
    assert council.metadata.body.value == "human_rights_council"
    assert council.metadata.session_dates == "27 February–24 March 2017"


def test_a_printed_text_in_parts_reads_back_in_parts(pdfs: dict[str, Path]) -> None:
    back = import_file(pdfs["in_parts"])
    assert back.part_letter == "A"
    assert [(p.letter, len(p.preambular), len(p.operative)) for p in back.further_parts] == [
        ("B", 1, 2)]
