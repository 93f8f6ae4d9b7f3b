"""Clause libraries: storage, versions, search ranking and filters, similar agreed language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from draftdesk.errors import InputError
from draftdesk.library import (
    BUILTIN_LIBRARY,
    LibraryStore,
    NewClause,
    default_database_path,
    open_store,
    save_paragraphs,
)
from draftdesk.model import Footnote, FootnoteRef, Paragraph, Provenance, Resolution, Text
from draftdesk.model.document import Body, Metadata

REPORT = (
    "Requests the Secretary-General to submit to the General Assembly at its "
    "{{ session | ordinal_words }} session a report on the implementation of the present "
    "resolution"
)


@pytest.fixture
def store(tmp_path: Path) -> LibraryStore:
    opened = LibraryStore(tmp_path / "clauses.sqlite3")
    opened.create_library("Mine")
    yield opened
    opened.close()


def test_database_lives_in_the_user_data_folder(isolated_profile: Path) -> None:
    path = default_database_path()
    assert path.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert path.parent.name == "DraftDesk"
    with open_store() as opened:
        assert path.exists()
        assert opened.library(BUILTIN_LIBRARY).builtin


def test_create_rename_delete(store: LibraryStore) -> None:
    store.create_library("Migration", "GFMD follow-up")
    store.add_clause("Migration", NewClause("Welcomes the Forum"))
    with pytest.raises(InputError, match="already exists"):
        store.create_library("migration")
    store.rename_library("Migration", "Migration 2026")
    assert [lib.name for lib in store.libraries()] == ["Migration 2026", "Mine"]
    assert store.library("migration 2026").clause_count == 1
    with pytest.raises(InputError, match="already exists"):
        store.rename_library("Migration 2026", "Mine")
    store.delete_library("Migration 2026")
    assert [lib.name for lib in store.libraries()] == ["Mine"]
    assert store.search("Forum") == []
    with pytest.raises(InputError, match="no clause library named 'Nope'"):
        store.delete_library("Nope")
    with pytest.raises(InputError, match="empty"):
        store.create_library("  ")


def test_builtin_library_is_read_only(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as opened:
        for action in (
            lambda: opened.rename_library(BUILTIN_LIBRARY, "X"),
            lambda: opened.delete_library(BUILTIN_LIBRARY),
            lambda: opened.add_clause(BUILTIN_LIBRARY, NewClause("Decides to act")),
            lambda: opened.edit_clause(opened.clauses(BUILTIN_LIBRARY)[0].id, text="Notes"),
        ):
            with pytest.raises(InputError, match="comes with DraftDesk"):
                action()


def test_add_clause_keeps_fields_and_refuses_duplicates(store: LibraryStore) -> None:
    clause = store.add_clause("Mine", NewClause(REPORT, "operative", "ga", tags=("report",)))
    assert clause.fields == ("session",)
    assert clause.version == 1
    shouting = REPORT.replace("Requests the", "REQUESTS  THE")
    again = store.add_clause("Mine", NewClause(shouting + ";"))
    assert again.id == clause.id
    added, duplicates = store.add_clauses("Mine", [NewClause(REPORT + ".")])
    assert (added, duplicates) == ([], 1)
    assert store.library("Mine").clause_count == 1


def test_unsafe_or_wrong_clauses_are_refused(store: LibraryStore) -> None:
    with pytest.raises(InputError, match="attribute and item access"):
        store.add_clause("Mine", NewClause("Decides {{ a.__class__ }}"))
    with pytest.raises(InputError, match="kind must be"):
        store.add_clause("Mine", NewClause("Decides", kind="middle"))
    with pytest.raises(InputError, match="body must be"):
        store.add_clause("Mine", NewClause("Decides", body="nato"))
    # One bad clause in a batch adds none of them.
    with pytest.raises(InputError):
        store.add_clauses(
            "Mine", [NewClause("Welcomes A"), NewClause("{% for x in y %}x{% endfor %}")]
        )
    assert store.library("Mine").clause_count == 0


def test_editing_creates_a_version_and_old_versions_stay(store: LibraryStore) -> None:
    clause = store.add_clause("Mine", NewClause("Welcomes the report", tags=("a",)))
    inserted = clause.render().paragraph
    edited = store.edit_clause(clause.id, text="Welcomes with appreciation the report")
    assert edited.version == 2
    retagged = store.edit_clause(clause.id, tags=("a", "b"))
    assert retagged.version == 2 and retagged.tags == ("a", "b")
    assert store.clause(clause.id, 1).text == "Welcomes the report"
    assert [v for v, _text, _when in store.versions(clause.id)] == [1, 2]
    # The draft keeps the text and the version it got.
    assert inserted.provenance == Provenance("Mine", clause.key, 1, "")
    assert inserted.body_text == "the report"
    assert store.search("appreciation")[0].clause.version == 2
    assert store.search("the report appreciation")[0].clause.id == clause.id
    with pytest.raises(InputError, match="no version 7"):
        store.clause(clause.id, 7)
    with pytest.raises(InputError, match="cannot change"):
        store.edit_clause(clause.id, library="Other")


def test_delete_clause(store: LibraryStore) -> None:
    clause = store.add_clause("Mine", NewClause("Welcomes the report"))
    store.delete_clause(clause.id)
    assert store.search("welcomes") == []
    with pytest.raises(InputError, match="no clause with id"):
        store.clause(clause.id)


def _fill(store: LibraryStore) -> None:
    store.add_clauses(
        "Mine",
        [
            NewClause(REPORT, "operative", "ga", "reporting", ("report",)),
            NewClause("Requests the Secretary-General to report to the Security Council every "
                      "{{ days }} days", "operative", "sc", "reporting", ("report",)),
            NewClause("Recalling its resolution {{ resolution }} of {{ date | un_date }}",
                      "preambular", "any", "resolutions", ("recall",)),
            NewClause("Decides to remain seized of the matter", "operative", "sc"),
            NewClause("Welcomes the reports of the regional commissions on migration",
                      "operative", "ecosoc", "migration"),
            NewClause("Takes note of the report;[[fn: A/62/298.]]", "operative", "any"),
        ],
    )


def test_search_as_you_type_uses_prefixes(store: LibraryStore) -> None:
    _fill(store)
    keys = [hit.clause.text for hit in store.search("Secr")]
    assert len(keys) == 2
    assert [hit.clause.text for hit in store.search("remain sei")] == [
        "Decides to remain seized of the matter"
    ]
    # Footnote texts, field names and tags are searchable, markup is not.
    assert store.search("A/62/298")[0].clause.text.startswith("Takes note")
    assert store.search("days")[0].clause.body == "sc"
    assert {hit.clause.topic for hit in store.search("recall")} == {"resolutions"}
    assert store.search("ordinal_words") == []


def test_search_ranking_prefers_focused_text_over_tags(store: LibraryStore) -> None:
    store.add_clauses(
        "Mine",
        [
            NewClause("Decides to convene a high-level dialogue", tags=("migration",)),
            NewClause("Recognizes the contribution of migrants and of migration to development "
                      "in countries of origin, transit and destination, and the need to address "
                      "the challenges of the movement of people across borders"),
            NewClause("Welcomes the Global Forum on Migration and Development"),
        ],
    )
    hits = store.search("migration")
    assert [hit.clause.text[:8] for hit in hits] == ["Welcomes", "Recogniz", "Decides "]
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    # Two words matching beat one.
    assert store.search("migra dev")[0].clause.text.startswith("Welcomes")


def test_search_filters(store: LibraryStore) -> None:
    _fill(store)
    sc = store.search("requests", body="sc")
    assert [hit.clause.body for hit in sc] == ["sc"]
    # "any" clauses match every body filter.
    assert {hit.clause.body for hit in store.search("", body="ga")} == {"ga", "any"}
    assert {hit.clause.kind for hit in store.search("", kind="preambular")} == {"preambular"}
    assert store.search("requests", library="Nope") == []
    # Body and kind are searchable words too.
    assert {hit.clause.kind for hit in store.search("preambular")} == {"preambular"}
    assert {hit.clause.body for hit in store.search("ecosoc")} == {"ecosoc"}


def test_search_survives_fts_syntax_in_the_query(store: LibraryStore) -> None:
    _fill(store)
    for query in ('"', "AND", "report OR", "NEAR(", "*", "a:b", "-", "(", "“report”"):
        store.search(query)  # must not raise


def test_similar_agreed_language(store: LibraryStore) -> None:
    _fill(store)
    typed = (
        "Requests the Secretary-General to submit a report to the General Assembly at its "
        "eighty-first session on the implementation of this resolution"
    )
    hits = store.similar(typed)
    assert hits[0].clause.fields == ("session",)
    assert 0.5 < hits[0].score <= 1
    assert all(hit.score < hits[0].score for hit in hits[1:])
    assert store.similar("the of and") == []
    assert store.similar("Zebra crossings in Antarctica") == []


def _draft() -> Resolution:
    note = Footnote("n1", [Text("A/62/298.")])
    resolution = Resolution(
        metadata=Metadata(body=Body.GA_PLENARY, symbol="A/62/L.25"),
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")], id="p1")],
        operative=[
            Paragraph("Takes note", [Text("of the report of the Secretary-General"),
                                     FootnoteRef("n1")], id="o1"),
            Paragraph("Decides", [Text("to remain seized of the matter")], id="o2"),
        ],
        footnotes={"n1": note},
    )
    return resolution


def test_save_paragraphs_with_tags_note_and_source(store: LibraryStore) -> None:
    saved = save_paragraphs(
        store, "Mine", _draft(), ["o1", "p1"], tags=("gfmd",), note="from 2007", agreed=True
    )
    assert saved[0].text == "Takes note of the report of the Secretary-General[[fn: A/62/298.]]"
    assert saved[0].source == "A/62/L.25, para. 1"
    assert saved[1].source == "A/62/L.25, preambular para. 1"
    assert saved[1].kind == "preambular" and saved[1].body == "ga"
    assert saved[0].tags == ("gfmd",) and saved[0].note == "from 2007"
    rendered = saved[0].render()
    assert rendered.paragraph.lead == "Takes note"
    assert [n.plain_text for n in rendered.footnotes] == ["A/62/298."]
    # Saving again adds nothing.
    assert [c.id for c in save_paragraphs(store, "Mine", _draft(), ["o1"])] == [saved[0].id]
    with pytest.raises(InputError, match="no paragraph nope"):
        save_paragraphs(store, "Mine", _draft(), ["nope"])
    explicit = save_paragraphs(store, "Mine", _draft(), ["o2"], source=("A/RES/1", "para. 9"))
    assert explicit[0].source == "A/RES/1, para. 9"


def test_store_refuses_a_database_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with LibraryStore(path) as opened:
        opened.set_meta("schema_version", "99")
    with pytest.raises(InputError, match="newer DraftDesk"):
        LibraryStore(path)


def test_library_core_does_not_import_qt() -> None:
    code = "import sys, draftdesk.library; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_library_filter_and_ranking_cap(store: LibraryStore, monkeypatch) -> None:
    from draftdesk.library import store as store_module

    store.create_library("Other")
    store.add_clauses("Mine", [NewClause(f"Decides to act on item {n}") for n in range(30)])
    store.add_clauses("Other", [NewClause("Decides to act at once"),
                                NewClause("Decides to act swiftly")])
    assert {hit.clause.library for hit in store.search("act", library="other")} == {"Other"}
    assert len(store.search("act", library="Mine", limit=100)) == 30
    # An unspecific query ranks only the first matches; a specific one still finds its clause.
    monkeypatch.setattr(store_module, "RANKED_CANDIDATES", 5)
    assert len(store.search("decides", limit=100)) == 5
    assert [hit.clause.text for hit in store.search("decides swift")] == ["Decides to act swiftly"]
    assert len(store.search("act", library="Other")) == 2


def test_unusable_database_is_one_clear_error(tmp_path: Path) -> None:
    from draftdesk.errors import OutputError

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(OutputError, match=r"broken\.sqlite3: cannot open the clause libraries"):
        LibraryStore(broken)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create the clause libraries"):
        LibraryStore(blocker / "sub" / "db.sqlite3")


def test_editing_a_clause_leaves_a_saved_draft_unchanged(
    store: LibraryStore, tmp_path: Path
) -> None:
    from draftdesk.storage import load_draft, save_draft

    clause = store.add_clause("Mine", NewClause("Welcomes the report of the Secretary-General"))
    resolution = Resolution()
    resolution.operative.append(clause.render().paragraph)
    save_draft(resolution, tmp_path / "draft.draftdesk")
    store.edit_clause(clause.id, text="Welcomes with appreciation the report")
    reopened = load_draft(tmp_path / "draft.draftdesk").operative[0]
    assert reopened.body_text == "the report of the Secretary-General"
    assert reopened.provenance == Provenance("Mine", clause.key, 1, "")
    # The version the draft names can still be looked up.
    assert store.clause(clause.id, reopened.provenance.version).text == clause.text
