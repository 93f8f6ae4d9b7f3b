"""Edit operations: each changes the model and returns an undo that restores it exactly."""

from __future__ import annotations

import copy

import pytest

from builders import para, small_resolution
from draftdesk.model import CrossRef, FootnoteRef, Part, Resolution, Text, derive, edit, plain_text
from draftdesk.model.edit import EditError, Location
from draftdesk.storage import to_dict


def text_of(resolution: Resolution) -> list[str]:
    derived = derive(resolution)
    return [plain_text(p, derived) for _part, p in resolution.walk()]


def assert_undo_restores(resolution: Resolution, undo: edit.Undo, before: dict) -> None:
    undo()
    assert to_dict(resolution) == before


def test_insert_and_undo() -> None:
    resolution = small_resolution()
    before = copy.deepcopy(to_dict(resolution))
    undo = edit.insert_paragraph(
        resolution, Location(Part.OPERATIVE, None, 1), para("Invites", "x")
    )
    assert text_of(resolution)[5] == "2. Invites x;"
    assert text_of(resolution)[-1].startswith("4. Requests")
    assert_undo_restores(resolution, undo, before)


def test_delete_keeps_footnotes_for_undo() -> None:
    resolution = small_resolution()
    before = copy.deepcopy(to_dict(resolution))
    undo = edit.delete_paragraph(resolution, resolution.preambular[0].id)
    assert derive(resolution).footnote_numbers == {"n2": 1}
    assert_undo_restores(resolution, undo, before)


def test_moving_the_last_paragraph_up_moves_the_full_stop() -> None:
    resolution = small_resolution()
    before = copy.deepcopy(to_dict(resolution))
    undo = edit.move_up(resolution, resolution.operative[2].id)
    assert text_of(resolution)[-2:] == [
        "2. Requests the Secretary-General to submit a report;",
        "3. Requests Member States to promote the discussion.",
    ]
    assert_undo_restores(resolution, undo, before)


def test_move_across_parts_and_levels() -> None:
    resolution = small_resolution()
    moving = resolution.operative[1]
    edit.move_paragraph(
        resolution, moving.id, Location(Part.OPERATIVE, resolution.operative[0].id, 0)
    )
    assert text_of(resolution)[3] == "(a) Requests Member States to promote the discussion;"
    with pytest.raises(EditError, match="inside itself"):
        edit.move_paragraph(
            resolution,
            resolution.operative[0].id,
            Location(Part.OPERATIVE, resolution.operative[0].children[0].id, 0),
        )


def test_move_down_at_the_end_is_refused() -> None:
    resolution = small_resolution()
    with pytest.raises(EditError, match="already last"):
        edit.move_down(resolution, resolution.operative[-1].id)


def test_indent_and_outdent_keep_reading_order() -> None:
    resolution = small_resolution()
    before = copy.deepcopy(to_dict(resolution))
    undo_indent = edit.indent(resolution, resolution.operative[1].id)
    assert text_of(resolution)[5] == "(c) Requests Member States to promote the discussion;"
    undo_indent()
    assert to_dict(resolution) == before
    first_sub = resolution.operative[0].children[0]
    undo_outdent = edit.outdent(resolution, first_sub.id)
    assert text_of(resolution)[2:6] == [
        "1. Recognizes the need to enhance the efforts, and in this regard, requests;",
        "2. The Secretary-General to present an evaluation:",
        "(a) The organizers to transmit the report;2",
        "3. Requests Member States to promote the discussion;",
    ]
    assert_undo_restores(resolution, undo_outdent, before)


def test_indent_is_limited_to_four_levels() -> None:
    resolution = Resolution(
        operative=[
            para("Decides", "x", para("", "a", para("", "i", para("", "a.", para("", "i."))))),
            para("", "y"),
        ]
    )
    deepest = resolution.operative[0].children[0].children[0].children[0].children[0]
    assert derive(resolution).label(deepest.id) == "i."
    resolution.operative[0].children[0].children[0].children[0].children.append(para("", "ii."))
    with pytest.raises(EditError, match="four levels"):
        edit.indent(
            resolution, resolution.operative[0].children[0].children[0].children[0].children[1].id
        )


def test_text_editing_and_footnotes() -> None:
    resolution = small_resolution()
    target = resolution.operative[1]
    before = copy.deepcopy(to_dict(resolution))
    note_id, undo_note = edit.add_footnote(
        resolution, target.id, len("Member States"), "See A/62/1."
    )
    assert target.content[1] == FootnoteRef(note_id)
    derived = derive(resolution)
    assert derived.footnote_numbers[note_id] == 3
    assert plain_text(target, derived) == "2. Requests Member States3 to promote the discussion;"
    undo_note()
    assert to_dict(resolution) == before
    undo_text = edit.set_text(resolution, target.id, "Urges", [Text("all States")])
    assert text_of(resolution)[5] == "2. Urges all States;"
    assert_undo_restores(resolution, undo_text, before)


def test_citing_a_note_again_and_removing_a_note_everywhere() -> None:
    resolution = small_resolution()
    before = copy.deepcopy(to_dict(resolution))
    edit.cite_footnote(resolution, resolution.operative[2].id, 3, "n1")
    assert derive(resolution).footnote_numbers == {"n1": 1, "n2": 2}
    undo = edit.remove_footnote(resolution, "n1")
    assert not any(
        isinstance(i, FootnoteRef) and i.note_id == "n1"
        for _p, x in resolution.walk()
        for i in x.content
    )
    assert text_of(resolution)[-1] == "3. Requests the Secretary-General to submit a report."
    undo()
    assert derive(resolution).footnote_numbers == {"n1": 1, "n2": 2}
    with pytest.raises(EditError):
        edit.cite_footnote(resolution, resolution.operative[2].id, 0, "missing")
    del before


def test_cross_reference_insertion_checks_its_target() -> None:
    resolution = small_resolution()
    source, target = resolution.operative[2], resolution.operative[0].children[0]
    edit.add_cross_reference(resolution, source.id, edit.content_length(source.content), target.id)
    assert source.content[-1] == CrossRef(target.id)
    with pytest.raises(EditError, match="itself"):
        edit.add_cross_reference(resolution, source.id, 0, source.id)
    with pytest.raises(EditError, match="no paragraph"):
        edit.add_cross_reference(resolution, source.id, 0, "nope")


def test_insert_inline_offsets_count_markers_as_one_character() -> None:
    content = [Text("ab"), FootnoteRef("n"), Text("cd")]
    assert edit.content_length(content) == 5
    assert edit.insert_inline(content, 3, CrossRef("t")) == [
        Text("ab"),
        FootnoteRef("n"),
        CrossRef("t"),
        Text("cd"),
    ]
    assert edit.insert_inline(content, 1, CrossRef("t"))[:3] == [
        Text("a"),
        CrossRef("t"),
        Text("b"),
    ]
    assert edit.insert_inline(content, 5, CrossRef("t"))[-1] == CrossRef("t")
    with pytest.raises(EditError):
        edit.insert_inline(content, 6, CrossRef("t"))


def test_clone_gives_fresh_ids() -> None:
    original = small_resolution().operative[0]
    twin = edit.clone_paragraph(original)
    assert {p.id for p in twin.walk()}.isdisjoint({p.id for p in original.walk()})
    assert twin.children[0].body_text == original.children[0].body_text


def test_headings_and_quotes_take_no_sub_paragraphs() -> None:
    from draftdesk.model import Paragraph, ParagraphKind

    resolution = small_resolution()
    heading = Paragraph(kind=ParagraphKind.HEADING, content=[Text("Financing")])
    edit.insert_paragraph(resolution, Location(Part.OPERATIVE, None, 1), heading)
    before = to_dict(resolution)
    with pytest.raises(EditError, match="heading cannot have sub-paragraphs"):
        edit.insert_paragraph(resolution, Location(Part.OPERATIVE, heading.id, 0), para("", "x"))
    with pytest.raises(EditError, match="heading cannot have sub-paragraphs"):
        edit.move_paragraph(
            resolution, resolution.operative[2].id, Location(Part.OPERATIVE, heading.id, 0)
        )
    with pytest.raises(EditError):
        edit.indent(resolution, resolution.operative[2].id)  # the paragraph above is the heading
    assert to_dict(resolution) == before
