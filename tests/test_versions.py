"""Saved versions and the base text: frozen copies, names, undoable restore, files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from draftdesk.importers import import_file
from draftdesk.model import edit
from draftdesk.model.document import Resolution, Text
from draftdesk.model.versions import (
    VersionError,
    clear_base_text,
    delete_version,
    find_version,
    restore_version,
    save_version,
    set_base_text,
)
from draftdesk.storage import load_draft, loads_draft, save_draft
from tools import CORPUS

WHEN = dt.datetime(2026, 11, 30, 10, 15)


@pytest.fixture
def draft() -> Resolution:
    return import_file(CORPUS / "02_A_80_L.15.txt")


def test_a_version_is_a_frozen_copy_that_keeps_ids(draft: Resolution) -> None:
    snapshot, _undo = save_version(draft, "  Zero   draft ", WHEN)
    assert snapshot.name == "Zero draft" and snapshot.created == WHEN
    first = draft.operative[0]
    edit.set_text(draft, first.id, first.lead, [Text("changed")])
    kept = snapshot.text.find(first.id)
    assert kept is not None and kept.body_text != "changed"
    assert snapshot.text.versions == [] and snapshot.text.base_text is None
    assert [p.id for _part, p in snapshot.text.walk()] == [p.id for _part, p in draft.walk()]


def test_a_name_already_taken_is_refused_and_nothing_changes(draft: Resolution) -> None:
    save_version(draft, "First reading", WHEN)
    with pytest.raises(VersionError, match="'First  reading'|already exists"):
        save_version(draft, "first reading")
    assert [v.name for v in draft.versions] == ["First reading"]
    with pytest.raises(VersionError, match="needs a name"):
        save_version(draft, "   ")


def test_saving_is_undone(draft: Resolution) -> None:
    _snapshot, undo = save_version(draft, "L.15", WHEN)
    undo()
    assert draft.versions == []


def test_restore_brings_the_text_back_and_undoes(draft: Resolution) -> None:
    save_version(draft, "Zero draft", WHEN)
    saved = [(p.id, p.body_text) for _part, p in draft.walk()]
    edit.delete_paragraph(draft, draft.operative[0].id)
    draft.metadata.title = "Another title"
    edited = [(p.id, p.body_text) for _part, p in draft.walk()]
    undo = restore_version(draft, "zero draft")
    assert [(p.id, p.body_text) for _part, p in draft.walk()] == saved
    assert draft.metadata.title != "Another title"
    assert [v.name for v in draft.versions] == ["Zero draft"]  # the version stays
    # Editing the restored text leaves the version alone.
    edit.delete_paragraph(draft, draft.operative[0].id)
    assert find_version(draft, "Zero draft").text.operative[0].id == saved_first(saved, draft)
    edit_undo = restore_version(draft, "Zero draft")
    edit_undo()
    undo()
    assert [(p.id, p.body_text) for _part, p in draft.walk()] == edited
    assert draft.metadata.title == "Another title"


def saved_first(saved: list[tuple[str, str]], draft: Resolution) -> str:
    """Return the id of the saved version's first operative paragraph, checked in ``saved``."""
    first = find_version(draft, "Zero draft").text.operative[0].id
    assert first in dict(saved)
    return first


def test_delete_and_undo(draft: Resolution) -> None:
    save_version(draft, "A", WHEN)
    save_version(draft, "B", WHEN)
    undo = delete_version(draft, "A")
    assert [v.name for v in draft.versions] == ["B"]
    undo()
    assert [v.name for v in draft.versions] == ["A", "B"]
    with pytest.raises(VersionError, match="no version named 'C'"):
        delete_version(draft, "C")


def test_base_text_set_cleared_and_refused_when_not_a_resolution(draft: Resolution) -> None:
    base = import_file(CORPUS / "09_A_RES_80_164.txt")
    undo = set_base_text(draft, base, "A/RES/80/164", WHEN)
    assert draft.base_text is not None and draft.base_text.name == "A/RES/80/164"
    base.operative.clear()  # the stored copy is frozen
    assert draft.base_text.text.operative
    with pytest.raises(VersionError, match="not a resolution text"):
        set_base_text(draft, Resolution(), "empty.txt")
    assert draft.base_text.name == "A/RES/80/164"  # nothing lost
    undo_clear = clear_base_text(draft)
    assert draft.base_text is None
    undo_clear()
    undo()
    assert draft.base_text is None
    with pytest.raises(VersionError, match="no base text"):
        clear_base_text(draft)


def test_versions_and_base_text_survive_the_file(draft: Resolution, tmp_path: Path) -> None:
    set_base_text(draft, import_file(CORPUS / "09_A_RES_80_164.txt"), "A/RES/80/164", WHEN)
    save_version(draft, "First reading", WHEN)
    edit.delete_paragraph(draft, draft.preambular[0].id)
    path = tmp_path / "d.draftdesk"
    save_draft(draft, path)
    data = json.loads(path.read_text())
    assert data["base_text"]["name"] == "A/RES/80/164"
    assert [v["name"] for v in data["versions"]] == ["First reading"]
    back = load_draft(path)
    version = back.versions[0]
    assert version.created == WHEN
    assert [p.id for _p, p in version.text.walk()] == [
        p.id for _p, p in draft.versions[0].text.walk()]
    restore_version(back, "First reading")
    assert back.preambular[0].id == draft.versions[0].text.preambular[0].id


def test_a_file_with_a_version_name_twice_is_refused(draft: Resolution) -> None:
    from draftdesk.errors import InputError
    from draftdesk.storage import dumps_draft

    save_version(draft, "Same", WHEN)
    data = json.loads(dumps_draft(draft))
    data["versions"].append(data["versions"][0])
    with pytest.raises(InputError, match="used twice"):
        loads_draft(json.dumps(data))
