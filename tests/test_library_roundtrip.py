"""Resolutions to a library, to a file, to another profile, to a clause in an exported draft."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from draftdesk.export import export_docx
from draftdesk.importers import import_file
from draftdesk.library import (
    add_resolution_files,
    default_database_path,
    export_library,
    import_library,
    open_store,
)
from draftdesk.model import Part, derive
from draftdesk.model.edit import Location
from draftdesk.templates import insert_clause

DATA = Path(__file__).parent / "data"
THREE = [
    DATA / "corpus" / "04_A_C.2_80_L.30.txt",
    DATA / "corpus" / "09_A_RES_80_164.txt",
    DATA / "corpus" / "12_S_2021_523.txt",
]


def test_round_trip_from_corpus_to_docx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_profile: Path
) -> None:
    # 1. Build a library from three corpus resolutions in the first profile and export it.
    with open_store() as store:
        report = add_resolution_files(store, "Agreed", THREE)
        assert report.texts == 3 and report.added > 60
        exchange = tmp_path / "agreed.json"
        assert export_library(store, "Agreed", exchange) == report.added
    first_database = default_database_path()

    # 2. Another delegate's machine: a fresh profile.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-profile"))
    assert default_database_path() != first_database
    with open_store() as store:
        assert [lib.name for lib in store.libraries()] == ["Built-in"]
        imported = import_library(store, exchange)
        assert (imported.added, imported.duplicates) == (report.added, 0)

        # 3. Search as you type, then pick agreed language and a stock clause with fields.
        hits = store.search("care econ", kind="preambular", library="Agreed")
        assert hits and hits[0].clause.source.startswith("A/C.2/80/L.30, preambular para.")
        agreed = hits[0].clause
        stock = store.search("take note report secretary", kind="operative", body="ga")
        take_note = next(h.clause for h in stock if h.clause.key == "take-note-report-sg-on")
        assert take_note.fields == ("subject", "symbol")

        # 4. Insert both into the seed draft.
        draft = import_file(DATA / "gfmd-draft-resolution-2007.txt")
        operative_count = len(draft.operative)
        rendered = take_note.render({"subject": "international migration and development",
                                     "symbol": "A/63/265"})
        insert_clause(draft, rendered, Location(Part.OPERATIVE, None, operative_count))
        insert_clause(draft, agreed.render(), Location(Part.PREAMBULAR, None, 0))

    inserted = draft.operative[-1]
    assert inserted.provenance is not None
    assert inserted.provenance.library == "Built-in"
    assert draft.preambular[0].provenance.source == agreed.source
    derived = derive(draft)
    assert derived.label(inserted.id) == f"{operative_count + 1}."
    note_number = derived.footnote_numbers[rendered.footnotes[0].id]

    # 5. Export the draft to Word and read it back.
    output = tmp_path / "gfmd.docx"
    export_docx(draft, output)
    paragraphs = [p.text for p in docx.Document(str(output)).paragraphs]
    expected = ("Takes note of the report of the Secretary-General on international migration "
                "and development.")
    assert any(expected in text for text in paragraphs), paragraphs[-5:]
    assert any(agreed.text[:60].split("[[")[0] in text for text in paragraphs)
    with zipfile.ZipFile(output) as package:
        notes = package.read("word/footnotes.xml").decode("utf-8")
    assert "A/63/265." in notes
    # The new paragraph ends the draft, so its note is the last one.
    assert note_number == len(derived.footnote_order)
