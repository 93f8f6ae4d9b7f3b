"""DraftDesk's own export, printed to PDF by LibreOffice, reads back as the same resolution.

A PDF printed from Word or LibreOffice draws the footnote rule instead of typing it and puts
asterisk notes in the page foot; the reader must read those too. One LibreOffice run converts
every document. Skipped only where LibreOffice or poppler is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk.export import export_docx
from draftdesk.importers import import_file
from draftdesk.model import FootnoteRef, Resolution, derive
from test_pdf_reader import counts
from tools import CORPUS
from tools.layout import render_pdfs, tools_missing

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or ""),
]

# A quote block and an asterisk note (01), a long text with a symbol note (05), a long
# Security Council text with headings and a suspended hyphen at a line end (14).
SOURCES = ["01_A_80_L.26.txt", "05_A_C.3_80_L.29.txt", "14_S_2018_693.txt"]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    files = {}
    for name in SOURCES:
        files[name] = folder / f"{Path(name).stem}.docx"
        export_docx(import_file(CORPUS / name), files[name])
    pdfs = render_pdfs(list(files.values()), folder / "pdf")
    return {name: pdfs[path] for name, path in files.items()}


def words(resolution: Resolution) -> list[str]:
    derived = derive(resolution)
    out = []
    for _part, paragraph in resolution.walk():
        marks = [
            str(derived.footnote_numbers[item.note_id])
            for item in paragraph.content
            if isinstance(item, FootnoteRef)
        ]
        text = " ".join(f"{paragraph.lead} {paragraph.body_text}".split())
        out.append(f"{text}|{','.join(marks)}")
    return out


@pytest.mark.parametrize("name", SOURCES)
def test_an_exported_draft_printed_to_pdf_reads_back(printed: dict[str, Path], name: str) -> None:
    original = import_file(CORPUS / name)
    back = import_file(printed[name])
    assert counts(back) == counts(original)
    assert words(back) == words(original)
    assert [n.plain_text for n in back.footnotes.values()] == [
        n.plain_text for n in original.footnotes.values()
    ]
    assert [n.text for n in back.metadata.cover_notes] == [
        n.text for n in original.metadata.cover_notes
    ]
    assert back.metadata.title == original.metadata.title
    assert back.import_notes == []
