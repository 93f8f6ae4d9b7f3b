"""Texts in parts (A, B): model, derived numbering, storage, composition and every round trip."""

from __future__ import annotations

import copy
import json
import textwrap
import zipfile
from pathlib import Path

import pytest

from draftdesk.compare import compare
from draftdesk.compose import Role, compose
from draftdesk.export.docx import export_docx
from draftdesk.export.text import export_text, resolution_text
from draftdesk.export.tracked import export_tracked_docx
from draftdesk.importers import import_file, import_text
from draftdesk.model import Paragraph, Part, ResolutionPart, Text, derive, edit
from draftdesk.model.languages import paragraph_runs_in
from draftdesk.storage import SchemaError, from_dict, load_draft, save_draft, to_dict
from test_export_text import printed
from tools import samples
from tools.revisions import accepted, plain, rejected


def test_walk_yields_every_part_in_order_with_preambular_and_operative_marked() -> None:
    resolution = samples.in_parts()
    walked = [(part, p.body_text[:12]) for part, p in resolution.walk()]
    part_b = resolution.further_parts[0]
    assert walked[-3:] == [
        (Part.PREAMBULAR, part_b.preambular[0].body_text[:12]),
        (Part.OPERATIVE, "of the repor"),
        (Part.OPERATIVE, "the conclusi"),
    ]
    assert resolution.find("b-last") is part_b.operative[-1]


def test_labels_restart_in_each_part_and_each_part_ends_with_a_full_stop() -> None:
    resolution = samples.in_parts()
    derived = derive(resolution)
    body = [p for p in resolution.operative if p.lead]
    assert [derived.label(p.id) for p in body] == ["1.", "2.", "3."]
    assert derived.info["a-last"].end == "."
    part_b = resolution.further_parts[0]
    assert [derived.label(p.id) for p in part_b.operative] == ["1.", "2."]
    assert [derived.info[p.id].end for p in part_b.operative] == [";", "."]
    assert derived.info[part_b.preambular[0].id].end == ","
    assert derived.info[part_b.operative[0].id].section == "B"
    assert derived.info[resolution.preambular[0].id].section == "A"


def test_footnote_numbers_go_on_across_the_parts() -> None:
    resolution = samples.in_parts()
    derived = derive(resolution)
    assert [derived.footnote_numbers[n] for n in ("icsc", "sg", "acabq")] == [1, 2, 3]


def test_a_reference_names_the_part_only_from_another_part() -> None:
    resolution = samples.in_parts()
    derived = derive(resolution)
    assert derived.cross_ref_text("a-last", from_id="b-last") == "paragraph 3 of resolution A"
    assert derived.cross_ref_text("a-last", from_id=resolution.operative[0].id) == "paragraph 3"
    text = "".join(run.text for run in paragraph_runs_in(
        resolution.find("b-last"), derived, "es"))  # type: ignore[arg-type]
    assert "párrafo 3 de la resolución A" in text
    # A text in one part prints references as it always has.
    single = samples.committee_draft()
    assert derive(single).cross_ref_text("target-a") == "paragraph 1 (a)"


def test_the_formula_of_a_part_without_preamble_has_no_comma() -> None:
    resolution = samples.in_parts()
    resolution.further_parts[0].preambular = []
    formulas = [b.text for b in compose(resolution).blocks if b.role is Role.FORMULA]
    assert formulas == ["The General Assembly,", "The General Assembly"]


def test_the_composition_prints_each_letter_above_its_formula() -> None:
    resolution = samples.in_parts()
    roles = [(b.role, b.text) for b in compose(resolution).blocks
             if b.role in (Role.TITLE, Role.PART_LETTER, Role.FORMULA)]
    assert roles == [
        (Role.TITLE, "United Nations common system"),
        (Role.PART_LETTER, "A"),
        (Role.FORMULA, "The General Assembly,"),
        (Role.PART_LETTER, "B"),
        (Role.FORMULA, "The General Assembly,"),
    ]
    document = compose(resolution)
    # The cover runs down to part A's formula; part B's blocks follow part A's paragraphs.
    assert [b.role for b in document.cover()][-2:] == [Role.PART_LETTER, Role.FORMULA]
    ids = [b.paragraph_id for b in document.blocks if b.paragraph_id]
    assert ids.index("a-last") < ids.index("b-last")
    assert document.blocks[-1].role is Role.END_RULE


def test_a_text_in_one_part_prints_no_letter() -> None:
    roles = {b.role for b in compose(samples.committee_draft()).blocks}
    assert Role.PART_LETTER not in roles


def test_parts_are_saved_and_read_back(tmp_path: Path) -> None:
    resolution = samples.in_parts()
    path = tmp_path / "parts.draftdesk"
    save_draft(resolution, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["part_letter"] == "A" and [p["letter"] for p in data["parts"]] == ["B"]
    again = load_draft(path)
    assert to_dict(again) == to_dict(resolution)
    assert again.further_parts[0].operative[-1].id == "b-last"


def test_a_file_without_parts_writes_no_part_keys_and_a_bad_letter_is_refused() -> None:
    data = to_dict(samples.gfmd())
    assert "parts" not in data and "part_letter" not in data
    assert from_dict(data).further_parts == []
    data = to_dict(samples.in_parts())
    data["parts"][0]["letter"] = "b2"
    with pytest.raises(SchemaError, match=r"parts\[0\]\.letter: 'b2' is not a part letter"):
        from_dict(data)


def test_the_plain_text_export_imports_back_to_the_same_parts(tmp_path: Path) -> None:
    resolution = samples.in_parts()
    text = resolution_text(resolution)
    assert "\n\nA\n\nThe General Assembly,\n" in text
    assert "\n\nB\n\nThe General Assembly,\n" in text
    path = tmp_path / "parts.txt"
    export_text(resolution, path)
    again = import_file(path)
    assert again.part_letter == "A"
    assert [(p.letter, len(p.preambular), len(p.operative)) for p in again.further_parts] == [
        ("B", 1, 2)]
    assert printed(again) == printed(resolution)


def test_a_part_with_a_title_reads_back_with_it() -> None:
    resolution = samples.in_parts()
    resolution.further_parts[0].title = "Data on system-wide compensation costs"
    again = import_text(resolution_text(resolution))
    assert again.further_parts[0].title == "Data on system-wide compensation costs"
    assert printed(again) == printed(resolution)


def test_a_lone_capital_letter_without_a_formula_after_it_is_no_part() -> None:
    text = resolution_text(samples.in_parts()).replace(
        "\n\nB\n\nThe General Assembly,\n", "\n\nB\n\n")
    again = import_text(text)
    assert again.further_parts == []


def test_the_word_export_imports_back_to_the_same_parts(tmp_path: Path) -> None:
    resolution = samples.in_parts()
    path = tmp_path / "parts.docx"
    export_docx(resolution, path)
    again = import_file(path)
    assert again.part_letter == "A"
    assert [(p.letter, len(p.preambular), len(p.operative)) for p in again.further_parts] == [
        ("B", 1, 2)]
    assert again.import_notes == []
    assert printed(again) == printed(resolution)


def test_the_outline_lists_the_parts() -> None:
    from draftdesk.cli.commands import outline, outline_text

    data = outline(samples.in_parts())
    assert data["part_letter"] == "A"
    (part_b,) = data["parts"]
    assert part_b["letter"] == "B"
    assert [p["label"] for p in part_b["operative"]] == ["1.", "2."]
    assert part_b["preambular"][0]["footnotes"] == [2, 3]
    assert "Part B" in outline_text(data)


def test_edits_in_one_part_leave_the_other_parts_alone() -> None:
    resolution = samples.in_parts()
    before = to_dict(resolution)
    undo = edit.insert_paragraph(resolution, edit.Location(Part.OPERATIVE, None, 0),
                                 Paragraph("Welcomes", [Text("the report")]))
    derived = derive(resolution)
    assert derived.label("a-last") == "4."
    assert [derived.label(p.id) for p in resolution.further_parts[0].operative] == ["1.", "2."]
    undo()
    assert to_dict(resolution) == before
    # A paragraph of a further part moves and changes level inside its own part, numbered
    # afresh there; every edit undoes exactly.
    part_b = resolution.further_parts[0]
    undo = edit.move_up(resolution, "b-last")
    assert [p.id for p in part_b.operative][0] == "b-last"
    assert derive(resolution).label("b-last") == "1."
    assert derive(resolution).label("a-last") == "3."
    undo()
    assert to_dict(resolution) == before
    undo = edit.indent(resolution, "b-last")
    assert derive(resolution).label("b-last") == "(a)"
    undo()
    undo = edit.delete_paragraph(resolution, "b-last")
    assert [derive(resolution).label(p.id) for p in part_b.operative] == [""]
    undo()
    assert to_dict(resolution) == before
    undo = edit.set_text(resolution, "b-last", "Approves", [Text("the conclusions")])
    assert resolution.further_parts[0].operative[-1].lead == "Approves"
    undo()
    assert to_dict(resolution) == before


def test_a_change_in_part_b_is_found_and_tracked(tmp_path: Path) -> None:
    old = samples.in_parts()
    new = copy.deepcopy(old)
    new.further_parts[0].operative[0].content = [Text("with appreciation of the report")]
    new.further_parts[0].operative.append(Paragraph("Decides", [Text("to revert to it")]))
    result = compare(old, new)
    places = [change.place for change in result.changes]
    assert any("of resolution B" in place for place in places)
    path = tmp_path / "tracked.docx"
    export_tracked_docx(old, new, path)
    export_docx(old, tmp_path / "old.docx")
    export_docx(new, tmp_path / "new.docx")
    assert accepted(path) == plain(tmp_path / "new.docx")
    assert rejected(path) == plain(tmp_path / "old.docx")


def test_a_further_part_is_a_model_type_of_its_own() -> None:
    part = ResolutionPart(letter="C")
    assert list(part.walk()) == []
    with pytest.raises(ValueError):
        part.part(Part.ANNEX)


def test_text_copied_from_a_pdf_viewer_reads_its_parts() -> None:
    lines: list[str] = []
    for line in resolution_text(samples.in_parts()).split("\n"):
        if line.strip():
            lines.extend(textwrap.wrap(line, 70))
    wrapped = "\n".join(lines)
    assert "\nB\nThe General Assembly,\n" in wrapped
    # "79/252 A and" / "B," wraps a citation: no part starts there.
    assert "\nB,\n" in wrapped
    again = import_text(wrapped)
    assert again.part_letter == "A"
    assert [(p.letter, len(p.preambular), len(p.operative)) for p in again.further_parts] == [
        ("B", 1, 2)]
    derived = derive(again)
    assert [derived.label(p.id) for p in again.further_parts[0].operative] == ["1.", "2."]


def test_rolling_over_a_text_in_parts_keeps_them_and_moves_their_sessions_on() -> None:
    from draftdesk.rollover import roll_over

    adopted = samples.adopted()
    adopted.part_letter = "A"
    adopted.further_parts = [ResolutionPart(letter="B", operative=[
        Paragraph("Decides", [Text("to consider the question at its eighty-first session")]),
    ])]
    draft = roll_over(adopted).draft
    assert draft.part_letter == "A"
    (part_b,) = draft.further_parts
    assert part_b.operative[0].body_text == "to consider the question at its eighty-second session"
    assert draft.base_text is not None and draft.base_text.text.further_parts[0].letter == "B"


def test_adding_a_part_makes_a_text_in_one_part_a_text_in_parts_and_undo_takes_it_back(
        tmp_path: Path) -> None:
    resolution = samples.committee_draft()
    before = to_dict(resolution)
    part = edit.new_part(resolution)
    assert part.letter == "B" and len(part.operative) == 1 and part.preambular == []
    undo = edit.insert_part(resolution, part)
    assert resolution.part_letter == "A" and resolution.further_parts == [part]
    part.operative[0].lead, part.operative[0].content = "Decides", [Text("to act")]
    part.operative.append(Paragraph("Requests", [Text("a report")]))
    derived = derive(resolution)
    assert [derived.label(p.id) for p in part.operative] == ["1.", "2."]
    assert [derived.info[p.id].end for p in part.operative] == [";", "."]
    # Each part prints its letter and its own formula; the notes go on across the parts.
    roles = [(b.role, b.text) for b in compose(resolution).blocks
             if b.role in (Role.PART_LETTER, Role.FORMULA)]
    assert roles == [(Role.PART_LETTER, "A"), (Role.FORMULA, "The General Assembly,"),
                     (Role.PART_LETTER, "B"), (Role.FORMULA, "The General Assembly")]
    path = tmp_path / "parts.draftdesk"
    save_draft(resolution, path)
    assert to_dict(load_draft(path)) == to_dict(resolution)
    # The next part is C.
    assert edit.new_part(resolution).letter == "C"
    with pytest.raises(edit.EditError, match="the part repeats paragraphs already in the text"):
        edit.insert_part(resolution, ResolutionPart("C", operative=[part.operative[0]]))
    with pytest.raises(edit.EditError, match="another part is lettered B already"):
        edit.insert_part(resolution, ResolutionPart("B", operative=[Paragraph()]))
    part.operative.pop()
    undo()
    assert to_dict(resolution) == before


def test_removing_a_part_letters_the_later_ones_again_and_undo_restores_them() -> None:
    resolution = samples.in_parts()
    part_b = resolution.further_parts[0]
    part_c = edit.new_part(resolution)
    edit.insert_part(resolution, part_c)
    assert part_c.letter == "C"
    before = to_dict(resolution)
    undo = edit.delete_part(resolution, part_b.id)
    assert [p.letter for p in resolution.further_parts] == ["B"]
    assert resolution.further_parts[0] is part_c and resolution.part_letter == "A"
    undo()
    assert to_dict(resolution) == before
    # Removing the last further part leaves a text in one part again.
    edit.delete_part(resolution, part_c.id)
    undo = edit.delete_part(resolution, part_b.id)
    assert resolution.part_letter == "" and resolution.further_parts == []
    assert Role.PART_LETTER not in {b.role for b in compose(resolution).blocks}
    undo()
    assert resolution.part_letter == "A"
    with pytest.raises(edit.EditError, match="no part nowhere"):
        edit.delete_part(resolution, "nowhere")


def test_a_part_s_letter_and_title_are_changed_and_checked() -> None:
    resolution = samples.in_parts()
    part_b = resolution.further_parts[0]
    undo = edit.set_part_caption(resolution, part_b.id, " c ", "  Data on   compensation ")
    assert (part_b.letter, part_b.title) == ("C", "Data on compensation")
    roles = [(b.role, b.text) for b in compose(resolution).blocks
             if b.role in (Role.PART_LETTER, Role.PART_TITLE)]
    assert roles[-2:] == [(Role.PART_LETTER, "C"), (Role.PART_TITLE, "Data on compensation")]
    undo()
    assert (part_b.letter, part_b.title) == ("B", "")
    with pytest.raises(edit.EditError, match="another part is lettered A already"):
        edit.set_part_caption(resolution, part_b.id, "A", "")
    for wrong in ("", "BB", "2", "é"):
        with pytest.raises(edit.EditError, match="one capital letter"):
            edit.set_part_caption(resolution, part_b.id, wrong, "")
    assert part_b.letter == "B"


def test_an_added_part_exports_to_word_with_its_letter_numbering_and_notes(
        tmp_path: Path) -> None:
    import docx

    resolution = samples.in_parts()
    part_c = edit.new_part(resolution)
    edit.insert_part(resolution, part_c)
    note_id, _undo = edit.add_footnote(resolution, part_c.operative[0].id, 0, "A/80/999.")
    edit.set_text(resolution, part_c.operative[0].id, "Decides", [
        Text("to consider the matter again"), *part_c.operative[0].content])
    part_c.operative.append(Paragraph("Requests", [Text("a report")]))
    path = tmp_path / "parts.docx"
    export_docx(resolution, path)
    lines = [p.text for p in docx.Document(str(path)).paragraphs]
    assert [line for line in lines if line in ("A", "B", "C")] == ["A", "B", "C"]
    after_c = lines[lines.index("C"):]
    assert after_c[1] == "The General Assembly"
    assert after_c[2] == "1.\tDecides to consider the matter again;"
    # The note is a real Word footnote, the fourth: numbering goes on across the parts.
    with zipfile.ZipFile(path) as package:
        notes = package.read("word/footnotes.xml").decode("utf-8")
    assert notes.index("A/80/491.") < notes.index("A/80/999.")
    assert after_c[3].startswith("2.") and after_c[3].endswith("Requests a report.")
    assert derive(resolution).footnote_numbers[note_id] == 4
    again = import_file(path)
    assert [p.letter for p in again.further_parts] == ["B", "C"]
    assert printed(again) == printed(resolution)


def test_adding_a_part_is_compared_as_the_added_paragraphs_alone(tmp_path: Path) -> None:
    from draftdesk.model.versions import frozen_copy

    old = samples.committee_draft()
    new = frozen_copy(old)
    part = edit.new_part(new)
    edit.insert_part(new, part)
    edit.set_text(new, part.operative[0].id, "Decides", [Text("to act")])
    # A reference inside part A names no part, as the text prints it.
    assert [str(c.summary()) for c in compare(old, new).changes] == [
        "+ operative paragraph 1 of resolution B added: Decides to act"]
    path = tmp_path / "tracked.docx"
    export_tracked_docx(old, new, path)
    export_docx(new, tmp_path / "new.docx")
    assert accepted(path) == plain(tmp_path / "new.docx")
