"""Exchange files: round trip, duplicates; malformed, oversized or malicious files are refused."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from draftdesk.errors import InputError, OutputError
from draftdesk.library import (
    BUILTIN_LIBRARY,
    LibraryStore,
    NewClause,
    builtin_library_path,
    exchange,
    export_library,
    import_library,
    open_store,
    read_library_file,
)


@pytest.fixture
def store(tmp_path: Path) -> LibraryStore:
    opened = LibraryStore(tmp_path / "clauses.sqlite3")
    yield opened
    opened.close()


def _library_file(path: Path, clauses: list[object], **top: object) -> Path:
    data = {"format": "draftdesk-clause-library", "format_version": 1, "name": "Shared"}
    data.update(top)
    data["clauses"] = clauses
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _snapshot(store: LibraryStore) -> list[tuple[str, list[tuple[str, str, int]]]]:
    return [
        (lib.name, [(c.key, c.text, c.version) for c in store.clauses(lib.name)])
        for lib in store.libraries()
    ]


def test_round_trip_keeps_everything(store: LibraryStore, tmp_path: Path) -> None:
    store.create_library("Migration", "GFMD language")
    clause = store.add_clause(
        "Migration",
        NewClause(
            "Takes note of the report of the Secretary-General on {{ subject }};"
            "[[fn: *Official Records*, {{ symbol }}.]]",
            "operative", "ga", "reports", ("report", "take note"), "use for SG reports",
            "A/RES/61/208", "para. 3", key="take-note-sg",
        ),
    )
    store.edit_clause(clause.id, text=clause.text.replace("Takes note", "Takes note with interest"))
    store.add_clause("Migration", NewClause("Recalling its resolution 61/208", "preambular"))
    target = tmp_path / "out" / "migration.json"
    target.parent.mkdir()
    assert export_library(store, "Migration", target) == 2
    # Human-readable: one field a line, real characters rather than escapes.
    text = target.read_text(encoding="utf-8")
    assert '      "tags": ["report", "take note"],' in text
    assert not list(target.parent.glob(".migration.json.*"))

    with LibraryStore(tmp_path / "other.sqlite3") as fresh:
        report = import_library(fresh, target)
        assert (report.library, report.added, report.duplicates, report.created) == (
            "Migration", 2, 0, True
        )
        assert _snapshot(fresh) == _snapshot(store)
        imported = fresh.find_clause("Migration", "take-note-sg")
        assert imported.version == 2
        assert imported.source == "A/RES/61/208, para. 3"
        assert imported.tags == ("report", "take note")
        assert imported.note == "use for SG reports"
        assert fresh.library("Migration").description == "GFMD language"
        # Importing again recognises every clause as a duplicate.
        again = import_library(fresh, target)
        assert (again.added, again.duplicates, again.created) == (0, 2, False)
        # Under another name.
        renamed = import_library(fresh, target, name="Copy")
        assert (renamed.library, renamed.added) == ("Copy", 2)


def test_duplicates_inside_a_file_are_added_once(store: LibraryStore, tmp_path: Path) -> None:
    path = _library_file(
        tmp_path / "dup.json",
        [{"text": "Decides to remain seized of the matter", "kind": "operative", "body": "sc"},
         {"text": "decides  to remain seized of the matter.", "kind": "operative", "body": "sc"}],
    )
    report = import_library(store, path)
    assert (report.added, report.duplicates) == (1, 1)


MALICIOUS = [
    ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "calls are not allowed"),
    ("{{ ''.__class__.__mro__ }}", "attribute and item access are not allowed"),
    ("{{ 'x' * 10**8 }}", "arithmetic"),
    ("{% for i in range(100000000) %}x{% endfor %}", "loops"),
    ("{{ lipsum }}", "cannot be used as a field name"),
]


@pytest.mark.parametrize(("text", "problem"), MALICIOUS)
def test_malicious_file_is_refused_and_changes_nothing(
    store: LibraryStore, tmp_path: Path, text: str, problem: str
) -> None:
    store.create_library("Shared")
    store.add_clause("Shared", NewClause("Welcomes the report"))
    before = _snapshot(store)
    good = [{"text": f"Decides {n}", "kind": "operative", "body": "ga"} for n in range(30)]
    path = _library_file(tmp_path / "evil.json", [*good, {"key": "evil", "text": text}])
    with pytest.raises(InputError) as caught:
        import_library(store, path)
    message = str(caught.value)
    assert message.startswith(f"{path}: clause 31 ('evil'): ")
    assert problem in message
    assert "\n" not in message
    assert _snapshot(store) == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            b"{not json",
            "not a valid library file: Expecting property name enclosed in double quotes at line 1",
        ),
        (b"\xff\xfe\x00garbage", "not a text file in UTF-8"),
        (b"[]", "expected a JSON object"),
        (b'{"format": "something-else"}', "format is not 'draftdesk-clause-library'"),
        (b'{"format": "draftdesk-clause-library", "format_version": 2, "name": "X", "clauses": []}',
         "newer DraftDesk"),
        (b'{"format": "draftdesk-clause-library", "format_version": 1, "clauses": []}',
         "library name is empty"),
        (b'{"format": "draftdesk-clause-library", "format_version": 1, "name": "X", "clauses": {}}',
         "'clauses' must be a list"),
        (b"[" * 100_000 + b"]" * 100_000, "nest 100,000 levels deep; the limit is 64"),
        (b'{"format": "draftdesk-clause-library", "format_version": ' + b"9" * 5000 + b"}",
         "has 5,000 digits; at most 15 are allowed"),
    ],
)
def test_malformed_files_are_refused(
    store: LibraryStore, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match="^" + str(path).replace(".", r"\.") + ": ") as caught:
        import_library(store, path)
    assert problem in str(caught.value)
    assert store.libraries() == []


@pytest.mark.parametrize(
    ("clause", "problem"),
    [
        ("just text", "clause 1: a clause must be an object, not str"),
        ({"text": 5}, "text must be text, not int"),
        ({"text": ""}, "text is empty"),
        ({"text": "Decides", "kind": "middle"}, "kind must be preambular or operative"),
        ({"text": "Decides", "body": "nato"}, "body must be one of ga, sc, ecosoc, hrc, any"),
        ({"text": "Decides", "tags": "a,b"}, "tags must be a list"),
        ({"text": "Decides", "tags": [1]}, "a tag must be text"),
        ({"text": "Decides", "source": "A/1"}, "source must be an object"),
        ({"text": "Decides", "version": "2"}, "version must be a positive whole number"),
        ({"text": "Decides", "version": True}, "version must be a positive whole number"),
        ({"text": "D" * 10_001}, "longer than 10,000 characters"),
        ({"text": "Decides", "note": "n" * 5_001}, "note is longer"),
        ({"key": "x\nTraceback (most recent call last):", "text": "Decides"},
         "key contains control characters or line breaks"),
        ({"text": "Decides", "kind": ["x" * 1000]}, "not ['xxxxxxxxx"),
    ],
)
def test_wrong_types_are_refused(
    store: LibraryStore, tmp_path: Path, clause: object, problem: str
) -> None:
    path = _library_file(tmp_path / "types.json", [clause])
    with pytest.raises(InputError) as caught:
        import_library(store, path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < len(str(path)) + 120
    assert store.libraries() == []


def test_oversized_files_are_refused(
    store: LibraryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)  # sparse: no need to write 20 MB
    too_large = (
        r"big\.json: too large for a library file \(over 20,971,520 bytes; "
        r"DraftDesk reads library files of up to 20 MB\)"
    )
    with pytest.raises(InputError, match=too_large):
        import_library(store, big)
    monkeypatch.setattr(exchange, "MAX_CLAUSES", 3)
    many = _library_file(tmp_path / "many.json", [{"text": f"Decides {n}"} for n in range(4)])
    with pytest.raises(InputError, match="4 clauses is more than the 3 allowed"):
        import_library(store, many)
    assert store.libraries() == []


def test_missing_file_is_one_line(store: LibraryStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.json: no such file"):
        import_library(store, tmp_path / "nope.json")


def test_export_to_an_unwritable_place(store: LibraryStore, tmp_path: Path) -> None:
    store.create_library("Mine")
    with pytest.raises(OutputError, match="folder.json: cannot write"):
        export_library(store, "Mine", tmp_path / "no" / "such" / "folder.json")
    with pytest.raises(InputError, match="no clause library named 'Other'"):
        export_library(store, "Other", tmp_path / "x.json")


def test_exported_file_has_the_usual_permissions(store: LibraryStore, tmp_path: Path) -> None:
    """Exchange files go to colleagues: readable by others as the umask allows, like drafts."""
    store.create_library("Mine")
    previous = os.umask(0o022)
    try:
        export_library(store, "Mine", tmp_path / "mine.json")
        assert stat.S_IMODE((tmp_path / "mine.json").stat().st_mode) == 0o644
        # Rewriting keeps the permissions the user chose for the file.
        (tmp_path / "mine.json").chmod(0o640)
        export_library(store, "Mine", tmp_path / "mine.json")
        assert stat.S_IMODE((tmp_path / "mine.json").stat().st_mode) == 0o640
    finally:
        os.umask(previous)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_importing_into_the_builtin_library_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as opened:
        path = _library_file(tmp_path / "x.json", [{"text": "Decides"}], name=BUILTIN_LIBRARY)
        with pytest.raises(InputError, match="comes with DraftDesk"):
            import_library(opened, path)
        assert import_library(opened, path, name="Mine").added == 1


def test_builtin_library_file_is_valid_and_complete() -> None:
    content = read_library_file(builtin_library_path())
    assert content.name == BUILTIN_LIBRARY
    clauses = content.clauses
    with_fields = [c for c in clauses if "{{" in c.text]
    assert len(with_fields) >= 40
    assert {c.body for c in clauses} == {"ga", "sc", "ecosoc", "hrc", "any"}
    assert {c.kind for c in clauses} == {"preambular", "operative"}
    keys = [c.key for c in clauses]
    assert len(keys) == len(set(keys))
    assert all(c.topic for c in clauses)
    texts = " ".join(c.text for c in clauses)
    for stock in ("report on the implementation of the present resolution",
                  "Decides to include in the provisional agenda",
                  "Takes note of the report of the Secretary-General;[[fn:",
                  "Decides to remain seized of the matter"):
        assert stock in texts


def _sample_values(text: str, fields: tuple[str, ...]) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in fields:
        if re.search(r"\{\{ " + name + r" \| ordinal_words", text):
            values[name] = 80
        elif re.search(r"\{\{ " + name + r" \| un_date", text):
            values[name] = "2025-12-15"
        elif re.search(r"\{\{ " + name + r" \| join_and", text):
            values[name] = ["Ecuador", "Mexico"]
        else:
            values[name] = "the matter"
    return values


def test_every_builtin_clause_renders_with_a_lead(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as opened:
        clauses = opened.clauses(BUILTIN_LIBRARY)
        assert len(clauses) >= 50
        for clause in clauses:
            rendered = clause.render(_sample_values(clause.text, clause.fields))
            paragraph = rendered.paragraph
            assert paragraph.lead, clause.key
            assert paragraph.provenance is not None
            assert paragraph.provenance.clause == clause.key
            assert "{{" not in paragraph.body_text and "[[" not in paragraph.body_text
            assert not paragraph.body_text.endswith((";", ",", "."))
            if "[[fn:" in clause.text:
                assert rendered.footnotes, clause.key
