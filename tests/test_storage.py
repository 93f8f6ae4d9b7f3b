"""The .draftdesk file: round trip, atomic saves, and clear refusals of bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from builders import small_resolution
from draftdesk.errors import InputError, OutputError
from draftdesk.model import CrossRef, Provenance
from draftdesk.storage import FORMAT_VERSION, dumps_draft, load_draft, save_draft, to_dict


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    resolution = small_resolution()
    resolution.operative[2].content.append(CrossRef(resolution.operative[0].children[1].id))
    resolution.operative[1].provenance = Provenance("Agreed", "c-12", 3, "A/RES/73/7, para. 4")
    resolution.operative[0].child_scheme = "(i)"
    resolution.operative[0].children[0].connector = "and"
    path = tmp_path / "draft.draftdesk"
    save_draft(resolution, path)
    again = load_draft(path)
    assert to_dict(again) == to_dict(resolution)
    assert again.metadata.date == resolution.metadata.date


def test_file_is_readable_json_with_a_version(tmp_path: Path) -> None:
    path = tmp_path / "draft.draftdesk"
    save_draft(small_resolution(), path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == "draftdesk" and data["format_version"] == FORMAT_VERSION
    assert data["operative"][1]["lead"] == "Requests"
    assert "\n" in text and "Côte" not in text  # indented, one value per line
    assert data["metadata"]["date"] == "2007-11-30"


def test_unreferenced_footnotes_are_not_written() -> None:
    resolution = small_resolution()
    resolution.preambular.pop(0)
    assert [n["id"] for n in to_dict(resolution)["footnotes"]] == ["n2"]


def test_a_failed_save_leaves_the_old_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "draft.draftdesk"
    save_draft(small_resolution(), path)
    old = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    changed = small_resolution()
    changed.metadata.title = "Changed"
    with pytest.raises(OutputError, match="No space left"):
        save_draft(changed, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.draftdesk"]


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        save_draft(small_resolution(), tmp_path / "missing" / "draft.draftdesk")


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "bad.draftdesk"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def valid(tmp_path: Path) -> dict:
    return json.loads(dumps_draft(small_resolution()))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "newer DraftDesk"),
        (lambda d: d.update(format="other"), "not a DraftDesk draft"),
        (lambda d: d["metadata"].update(body="parliament"), r"metadata.body: 'parliament' is not"),
        (lambda d: d["metadata"].update(date="30/11/2007"), "metadata.date"),
        (lambda d: d["metadata"].update(session="sixty-second"), "metadata.session"),
        (lambda d: d["metadata"].update(session=0), "session number from 1 to 200, found 0"),
        (lambda d: d["metadata"].update(session=201), "from 1 to 200, found 201"),
        (lambda d: d["metadata"].update(body="ecosoc", session=62), "a year from 1946"),
        (lambda d: d["operative"][0].update(lead=5), r"operative\[0\].lead: expected text"),
        (
            lambda d: d["operative"][0]["children"][1].update(content=[{"footnote": "zz"}]),
            "footnote zz",
        ),
        (lambda d: d["operative"][1].update(id=d["operative"][0]["id"]), "used twice"),
        (lambda d: d["preambular"][0].update(content=[7]), r"preambular\[0\].content\[0\]"),
        (lambda d: d["operative"][0].update(child_scheme="(A)"), "numbering scheme"),
        (lambda d: d["operative"][0].update(kind="heading"), "heading cannot have sub-paragraphs"),
        (
            lambda d: d["operative"][0]["children"][0].update(kind="heading"),
            "heading cannot be a sub-paragraph",
        ),
    ],
)
def test_bad_files_are_refused_saying_where(tmp_path: Path, mutate, message: str) -> None:
    data = valid(tmp_path)
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(InputError, match=message) as caught:
        load_draft(path)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_corrupt_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{"format": "draftdesk",\n "format_version": 1,\n oops}')
    with pytest.raises(InputError, match="line 3, column 2"):
        load_draft(path)


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.draftdesk"
    path.write_bytes('{"title": "Résolution"}'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_draft(path)
    with pytest.raises(InputError, match="no such file"):
        load_draft(tmp_path / "nothing.draftdesk")


def test_too_deep_nesting_is_refused(tmp_path: Path) -> None:
    data = valid(tmp_path)
    node = data["operative"][0]
    for level in range(6):
        child = {"id": f"deep{level}", "lead": "", "content": ["x"]}
        node["children"] = [child]
        node = child
    with pytest.raises(InputError, match="levels deep"):
        load_draft(write(tmp_path, data))
