"""Comparing two texts: paragraph alignment, moves, words, footnotes, cover fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftdesk.cli import main
from draftdesk.compare import Kind, compare, diff_words, in_order
from draftdesk.compare.words import DELETE, EQUAL, INSERT
from draftdesk.importers import import_file
from draftdesk.model import edit
from draftdesk.model.document import Paragraph, Part, Resolution, Sponsor, Text
from draftdesk.model.versions import frozen_copy, save_version, set_base_text
from draftdesk.storage import save_draft
from tools import CORPUS
from tools.edits import negotiate

L26 = CORPUS / "01_A_80_L.26.txt"


@pytest.fixture
def old() -> Resolution:
    return import_file(L26)


def kinds(changes) -> list[str]:  # noqa: ANN001
    return [c.kind.value for c in changes]


def test_words_are_compared_as_words() -> None:
    old, new = "Requests the Secretary-General to report", "Requests the Council to report"
    pieces = diff_words(old, new)
    assert (DELETE, "Secretary-General") in pieces
    assert (INSERT, "Council") in pieces
    assert "".join(t for op, t in pieces if op != INSERT) == old
    assert "".join(t for op, t in pieces if op != DELETE) == new
    assert diff_words("same", "same") == [(EQUAL, "same")]


def test_longest_run_in_order() -> None:
    assert in_order([0, 1, 2, 3]) == {0, 1, 2, 3}
    assert in_order([3, 0, 1, 2]) == {1, 2, 3}
    assert in_order([]) == set()


def test_identical_texts_have_no_changes(old: Resolution) -> None:
    result = compare(old, frozen_copy(old))
    assert result.changes == [] and result.summary() == "No changes."


def test_same_draft_pairs_by_id_and_finds_every_kind(old: Resolution) -> None:
    new = frozen_copy(old)
    first, second = new.operative[0], new.operative[1]
    edit.move_paragraph(new, first.id, edit.Location(Part.OPERATIVE, None, len(new.operative) - 1))
    edit.delete_paragraph(new, new.preambular[0].id)
    added = Paragraph(lead="Decides", content=[Text("to remain seized of the matter")])
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, 0), added)
    edit.set_text(new, second.id, second.lead, [Text("with firm resolve " + second.body_text)])
    result = compare(old, new)
    significant = result.visible(derived=False)
    by_kind = {c.kind: c for c in significant}
    assert by_kind[Kind.ADDED].new_id == added.id
    assert by_kind[Kind.DELETED].old_id == old.preambular[0].id
    assert by_kind[Kind.MOVED].new_id == first.id
    assert by_kind[Kind.MOVED].old_place == "operative paragraph 1"
    changed = by_kind[Kind.CHANGED]
    assert changed.new_id == second.id
    assert any(op == INSERT and "firm resolve" in text for op, text in changed.words)
    # Labels that shift because of the insertion are there, but derived.
    derived = [c for c in result.changes if c.derived]
    assert derived and all(c.kind in (Kind.LABEL, Kind.ENDING) for c in derived)
    assert result.pairs[second.id] == second.id


def test_a_paragraph_moved_with_its_subparagraphs_is_one_move(old: Resolution) -> None:
    new = frozen_copy(old)
    block = next(p for p in new.operative if len(p.children) > 3)
    edit.move_paragraph(new, block.id, edit.Location(Part.OPERATIVE, None, len(new.operative) - 1))
    result = compare(old, new)
    assert [(c.kind, c.new_id) for c in result.visible(derived=False)] == [(Kind.MOVED, block.id)]
    assert result.travelling == {p.id for p in block.walk()}
    moved_away = [row for row in result.rows if row.kind == "moved away"]
    assert [row.old_id for row in moved_away] == [block.id]


def test_an_indented_paragraph_changed_level_not_place(old: Resolution, tmp_path) -> None:
    from draftdesk.export.tracked import export_tracked_docx
    from tools.revisions import W, read_parts

    new = frozen_copy(old)
    target = new.operative[-1]
    edit.indent(new, target.id)
    result = compare(old, new)
    significant = result.visible(derived=False)
    assert [(c.kind, c.new_id) for c in significant] == [(Kind.LABEL, target.id)]
    assert significant[0].new_place.startswith("operative paragraph ")
    assert not result.moved
    path = tmp_path / "indent.docx"
    export_tracked_docx(old, new, path)
    body = read_parts(path)["word/document.xml"]
    assert not list(body.iter(W + "moveFrom"))  # a new label, not a move


def test_labels_that_shift_are_derived(old: Resolution) -> None:
    new = frozen_copy(old)
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, 0),
                          Paragraph(lead="Decides", content=[Text("to act")]))
    labels = [c for c in compare(old, new).changes if c.kind is Kind.LABEL]
    assert len(labels) == len(old.operative) and all(c.derived for c in labels)
    assert labels[0].summary() == "# operative paragraph 2: was operative paragraph 1 (derived)"


def test_end_punctuation_of_the_paragraph_that_stopped_being_last_is_derived(
        old: Resolution) -> None:
    new = frozen_copy(old)
    last = new.operative[-1]
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, len(new.operative)),
                          Paragraph(lead="Decides", content=[Text("to continue")]))
    endings = [c for c in compare(old, new).changes if c.kind is Kind.ENDING]
    assert [(c.new_id, c.derived) for c in endings] == [(last.id, True)]
    assert endings[0].words == [(DELETE, "."), (INSERT, ";")]


def test_texts_from_different_files_pair_by_similarity(old: Resolution) -> None:
    new = import_file(L26)  # fresh ids: nothing pairs by id
    target = new.operative[1]
    content = list(target.content)
    content[0] = Text(content[0].text.replace("the", "a", 1))  # type: ignore[union-attr]
    edit.set_text(new, target.id, target.lead, content)
    result = compare(old, new)
    assert [c.kind for c in result.visible(derived=False)] == [Kind.CHANGED]
    assert len(result.pairs) == sum(1 for _ in old.walk())


def test_footnotes_metadata_and_sponsors(old: Resolution) -> None:
    new = negotiate(old)
    result = compare(old, new)
    found = set(kinds(result.visible(derived=False)))
    assert {"footnote added", "metadata", "added", "deleted", "changed"} <= found
    fields = {c.field for c in result.changes if c.kind is Kind.METADATA}
    assert {"sponsors", "date"} <= fields
    sponsors = next(c for c in result.changes if c.field == "sponsors")
    assert any(op == INSERT and "Iceland" in text for op, text in sponsors.words)


def test_footnote_removed_and_edited() -> None:
    old = import_file(CORPUS / "01_A_80_L.26.txt")
    new = frozen_copy(old)
    notes = list(new.footnotes)
    edit.remove_footnote(new, notes[0])
    edit.edit_footnote(new, notes[1], new.footnotes[notes[1]].plain_text + " Revised.")
    found = [c.kind for c in compare(old, new).changes]
    assert Kind.FOOTNOTE_REMOVED in found and Kind.FOOTNOTE_EDITED in found


def test_json_of_a_change_is_plain_data(old: Resolution) -> None:
    new = frozen_copy(old)
    new.metadata.sponsors.append(Sponsor("Iceland"))
    data = [c.to_json() for c in compare(old, new).changes]
    assert json.loads(json.dumps(data))[0]["field"] == "sponsors"


# ---------------------------------------------------------------- command line


def test_cli_compare_two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               old: Resolution) -> None:
    draft = tmp_path / "new.draftdesk"
    save_draft(negotiate(old), draft)
    assert main(["compare", str(L26), str(draft)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("1 added, 1 deleted, 1 moved, 1 changed")
    assert "Iceland" in out
    assert main(["compare", str(L26), str(draft), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {item["kind"] for item in data} >= {"added", "deleted", "metadata"}
    assert all(not item["derived"] for item in data)


def test_cli_compare_with_a_version_and_the_base(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 old: Resolution) -> None:
    save_version(old, "First reading")
    set_base_text(old, import_file(CORPUS / "09_A_RES_80_164.txt"), "A/RES/80/164")
    edit.delete_paragraph(old, old.operative[0].id)
    draft = tmp_path / "d.draftdesk"
    save_draft(old, draft)
    assert main(["compare", str(draft), "--old-version", "First reading", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [item["kind"] for item in data] == ["deleted"]
    assert main(["compare", str(draft), "--old-base"]) == 0
    assert "~ symbol changed: A/[-RES/80/164-]{+80/L.26+}" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["compare", "missing.txt", str(L26)], "missing.txt: no such file"),
    (["compare", str(L26)], "compare takes two files: OLD NEW"),
    (["compare", str(L26), "--old-version", "X"], "no version named 'X'"),
    (["compare", str(L26), "--old-base"], "has no base text"),
])
def test_cli_compare_bad_input(args: list[str], message: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("draftdesk: error: ") and message in err and err.count("\n") == 1


def test_cli_versions(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      old: Resolution) -> None:
    draft = tmp_path / "d.draftdesk"
    save_draft(old, draft)
    assert main(["versions", str(draft), "--save", "First reading"]) == 0
    before = draft.read_bytes()
    assert main(["versions", str(draft), "--save", "first reading"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert draft.read_bytes() == before  # nothing lost, nothing rewritten
    empty = tmp_path / "empty.txt"
    empty.write_text("Hello\n")
    assert main(["versions", str(draft), "--set-base", str(empty)]) == 2
    assert draft.read_bytes() == before
    assert main(["versions", str(draft), "--set-base", str(CORPUS / "09_A_RES_80_164.txt")]) == 0
    capsys.readouterr()
    assert main(["versions", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "Base text: A/RES/80/164" in out and "First reading" in out
    assert main(["versions", str(draft), "--delete", "First reading"]) == 0
    assert main(["versions", str(L26)]) == 2


def test_html_merged_side_by_side_and_derived(old: Resolution) -> None:
    from draftdesk.compare.html import DELETED, DERIVED_INSERTED, INSERTED, comparison_html

    new = frozen_copy(old)
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, 0),
                          Paragraph(lead="Decides", content=[Text("to act <now>")]))
    result = compare(old, new)
    merged = comparison_html(result)
    assert INSERTED in merged and "to act &lt;now&gt;" in merged  # escaped
    assert DERIVED_INSERTED not in merged  # label shifts hidden
    assert DERIVED_INSERTED in comparison_html(result, derived=True)
    side = comparison_html(result, side_by_side=True, titles=("First reading", "Now"))
    assert "First reading" in side and side.count("<td") > merged.count("<td")
    deleted = compare(new, old)
    assert DELETED in comparison_html(deleted)
