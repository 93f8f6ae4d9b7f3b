"""Edit operations inside annexes and further parts: each addresses its own list, undoes exactly."""

from __future__ import annotations

import copy

import pytest

from draftdesk.compose import Role, compose
from draftdesk.export.docx import export_docx
from draftdesk.importers import import_file
from draftdesk.model import Paragraph, Part, Resolution, Text, derive, edit
from draftdesk.model.edit import EditError, Location
from draftdesk.storage import from_dict, to_dict
from tools import samples


def labels(resolution: Resolution, paragraphs: list[Paragraph]) -> list[str]:
    info = derive(resolution).info
    return [info[p.id].label for p in paragraphs]


@pytest.fixture
def annexed() -> Resolution:
    return samples.with_annex()


def test_locate_names_the_annex_and_its_list(annexed) -> None:
    annex = annexed.annexes[0]
    opening = edit.locate(annexed, annex.preamble[0].id)
    assert (opening.part, opening.container, opening.index) == (Part.PREAMBULAR, annex.id, 0)
    sub = annex.paragraphs[0].children[1]
    where = edit.locate(annexed, sub.id)
    assert where == Location(Part.ANNEX, annex.paragraphs[0].id, 1, annex.id)
    assert edit.container_of(annexed, sub.id) is annex
    assert edit.container_of(annexed, annexed.operative[0].id) is None


def test_insert_move_indent_and_delete_inside_an_annex_undo_exactly(annexed) -> None:
    annex = annexed.annexes[0]
    before = copy.deepcopy(to_dict(annexed))
    body_labels = [derive(annexed).label(p.id) for p in annexed.operative]
    new = Paragraph(content=[Text("The Forum adopts its rules of procedure.")])
    undos = [edit.insert_paragraph(annexed, Location(Part.ANNEX, None, 1, annex.id), new)]
    assert labels(annexed, annex.paragraphs) == ["1.", "2.", "", "3."]
    undos.append(edit.move_up(annexed, new.id))
    assert annex.paragraphs[0] is new
    assert labels(annexed, annex.paragraphs) == ["1.", "2.", "", "3."]
    undos.append(edit.move_down(annexed, new.id))
    undos.append(edit.indent(annexed, new.id))
    assert derive(annexed).label(new.id) == "(c)"
    undos.append(edit.outdent(annexed, new.id))
    assert derive(annexed).label(new.id) == "2."
    undos.append(edit.delete_paragraph(annexed, annex.paragraphs[-1].id))
    # The resolution's own paragraphs keep their numbers through all of it.
    assert [derive(annexed).label(p.id) for p in annexed.operative] == body_labels
    for undo in reversed(undos):
        undo()
    assert to_dict(annexed) == before


def test_a_paragraph_moves_between_the_body_and_an_annex(annexed) -> None:
    annex = annexed.annexes[0]
    before = copy.deepcopy(to_dict(annexed))
    moving = annexed.operative[-1]
    undo = edit.move_paragraph(annexed, moving.id, Location(Part.ANNEX, None, 0, annex.id))
    assert annex.paragraphs[0] is moving
    assert derive(annexed).info[moving.id].part is Part.ANNEX
    undo()
    assert to_dict(annexed) == before
    opening = annex.preamble[0]
    undo = edit.move_paragraph(annexed, opening.id, Location(Part.ANNEX, None, 3, annex.id))
    assert annex.preamble == [] and annex.paragraphs[-1] is opening
    undo()
    assert to_dict(annexed) == before


def test_an_annex_is_added_named_and_removed_undoably(annexed) -> None:
    before = copy.deepcopy(to_dict(annexed))
    second = edit.new_annex(annexed, "Programme of action")
    assert second.heading == "Annex II" and len(second.paragraphs) == 1
    undo_add = edit.insert_annex(annexed, 1, second)
    # A lone "Annex" is numbered when a second one joins it.
    assert [a.heading for a in annexed.annexes] == ["Annex I", "Annex II"]
    assert derive(annexed).label(second.paragraphs[0].id) == "1."
    undo_caption = edit.set_annex_caption(annexed, second.id, "Annex II", "Plan of action ")
    assert second.title == "Plan of action"
    blocks = compose(annexed).blocks
    assert [b.text for b in blocks if b.role is Role.ANNEX_HEADING] == ["Annex I", "Annex II"]
    assert "Plan of action" in [b.text for b in blocks if b.role is Role.ANNEX_TITLE]
    with pytest.raises(EditError, match="needs a heading"):
        edit.set_annex_caption(annexed, second.id, " ", "x")
    undo_caption()
    undo_add()
    assert to_dict(annexed) == before
    first = annexed.annexes[0]
    undo_remove = edit.delete_annex(annexed, first.id)
    assert annexed.annexes == [] and annexed.find(first.paragraphs[0].id) is None
    undo_remove()
    assert to_dict(annexed) == before


def test_a_first_annex_is_plain_annex_and_a_stored_draft_keeps_it() -> None:
    resolution = samples.gfmd()
    annex = edit.new_annex(resolution)
    edit.insert_annex(resolution, 0, annex)
    assert annex.heading == "Annex"
    edit.set_text(resolution, annex.paragraphs[0].id, "", [Text("We, the participants")])
    again = from_dict(to_dict(resolution))
    assert again.annexes[0].paragraphs[0].body_text == "We, the participants"


def test_bad_addresses_are_refused_and_change_nothing(annexed) -> None:
    before = copy.deepcopy(to_dict(annexed))
    with pytest.raises(EditError, match="no annex or part"):
        edit.insert_paragraph(annexed, Location(Part.ANNEX, None, 0, "nope"), Paragraph())
    with pytest.raises(EditError, match="no annex"):
        edit.delete_annex(annexed, "nope")
    with pytest.raises(EditError, match="outside"):
        edit.insert_annex(annexed, 5, edit.new_annex(annexed))
    twin = copy.deepcopy(annexed.annexes[0])
    with pytest.raises(EditError, match="repeats paragraphs"):
        edit.insert_annex(annexed, 1, twin)
    assert to_dict(annexed) == before


def test_an_edited_annex_paragraph_reaches_the_word_file(tmp_path, annexed) -> None:
    annex = annexed.annexes[0]
    edit.set_text(annexed, annex.paragraphs[0].id, "", [Text("The Forum meets twice a year.")])
    target = tmp_path / "annex.docx"
    export_docx(annexed, target)
    again = import_file(target)
    assert again.annexes[0].paragraphs[0].body_text.startswith("The Forum meets twice a year")


def test_compare_finds_edits_made_inside_annexes(annexed: Resolution) -> None:
    from draftdesk.compare import compare

    old = copy.deepcopy(annexed)
    annex = annexed.annexes[0]
    edit.set_text(annexed, annex.paragraphs[-1].id, "", [Text("The Forum reports yearly.")])
    added = edit.new_annex(annexed, "Programme of work")
    edit.insert_annex(annexed, 1, added)
    edit.set_text(annexed, added.paragraphs[0].id, "", [Text("The Forum meets in May.")])
    rows = {row.new_id: row.kind for row in compare(old, annexed).rows if row.new_id}
    assert rows[annex.paragraphs[-1].id] == "changed"
    assert rows[added.paragraphs[0].id] == "added"
    assert rows[annex.paragraphs[0].id] == "same"


def test_a_spanish_draft_prints_added_annexes_in_spanish(annexed: Resolution) -> None:
    annexed.metadata.language = "es"
    edit.insert_annex(annexed, 1, edit.new_annex(annexed))
    # Stored in English, printed in the draft's language.
    assert [a.heading for a in annexed.annexes] == ["Annex I", "Annex II"]
    blocks = compose(annexed).blocks
    assert [b.text for b in blocks if b.role is Role.ANNEX_HEADING] == ["Anexo I", "Anexo II"]
