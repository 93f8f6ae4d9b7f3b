"""The session: undoable edits, typing bursts, derived view kept current."""

from __future__ import annotations

import pytest

from draftdesk.model.document import CrossRef, FootnoteRef, Paragraph, Part, Resolution, Text
from draftdesk.ui.session import STRUCTURE, TEXT, Session


def _draft() -> Resolution:
    return Resolution(
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")])],
        operative=[
            Paragraph("Decides", [Text("to act")]),
            Paragraph("Requests", [Text("a report")]),
        ],
    )


@pytest.fixture
def session(qapp) -> Session:
    return Session(_draft())


def test_typing_in_one_paragraph_is_one_undo_step(session: Session) -> None:
    op = session.resolution.operative[0]
    for text in ("to act n", "to act no", "to act now"):
        session.set_text(op.id, op.lead, [Text(text)])
    assert session.undo_stack.count() == 1
    assert session.dirty
    session.undo_stack.undo()
    assert op.body_text == "to act"
    assert not session.dirty
    session.undo_stack.redo()
    assert op.body_text == "to act now"


def test_a_new_burst_starts_a_new_undo_step(session: Session) -> None:
    op = session.resolution.operative[0]
    session.set_text(op.id, op.lead, [Text("one")])
    session.new_burst()
    session.set_text(op.id, op.lead, [Text("two")])
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert op.body_text == "one"


def test_typing_in_another_paragraph_is_another_step(session: Session) -> None:
    first, second = session.resolution.operative
    session.set_text(first.id, first.lead, [Text("x")])
    session.set_text(second.id, second.lead, [Text("y")])
    assert session.undo_stack.count() == 2


def test_structure_edits_rederive_labels_and_undo(session: Session) -> None:
    first, second = session.resolution.operative
    kinds: list[str] = []
    session.changed.connect(lambda kind, _pid: kinds.append(kind))
    assert session.move_up(second.id)
    assert session.derived.label(second.id) == "1."
    assert kinds == [STRUCTURE]
    session.undo_stack.undo()
    assert session.derived.label(first.id) == "1."


def test_an_impossible_edit_is_reported_not_raised(session: Session) -> None:
    messages: list[str] = []
    session.error.connect(messages.append)
    first = session.resolution.operative[0]
    assert not session.move_up(first.id)
    assert messages and "first" in messages[0]
    assert session.undo_stack.count() == 0


def test_footnote_redo_keeps_the_same_note(session: Session) -> None:
    pp = session.resolution.preambular[0]
    note_id = session.add_footnote(pp.id, 3, "A/61/515.")
    assert note_id is not None
    assert pp.content[1] == FootnoteRef(note_id)
    assert session.derived.footnote_numbers == {note_id: 1}
    session.undo_stack.undo()
    assert note_id not in session.resolution.footnotes
    assert pp.content == [Text("its resolution 61/208")]
    session.undo_stack.redo()
    assert session.resolution.footnotes[note_id].plain_text == "A/61/515."
    assert session.edit_footnote(note_id, "A/61/515 and Corr.1.")
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.resolution.footnotes[note_id].plain_text == "A/61/515 and Corr.1."


def test_footnote_takes_pending_text(session: Session) -> None:
    pp = session.resolution.preambular[0]
    note_id = session.add_footnote(pp.id, 4, "note", "Recalling", [Text("also")])
    assert pp.content == [Text("also"), FootnoteRef(str(note_id))]
    session.undo_stack.undo()
    assert pp.content == [Text("its resolution 61/208")]


def test_typing_that_removes_a_marker_renumbers(session: Session) -> None:
    pp, (op1, _op2) = session.resolution.preambular[0], session.resolution.operative
    first = session.add_footnote(pp.id, 0, "first")
    second = session.add_footnote(op1.id, 0, "second")
    assert session.derived.footnote_numbers[str(second)] == 2
    kinds: list[str] = []
    session.changed.connect(lambda kind, _pid: kinds.append(kind))
    session.set_text(pp.id, pp.lead, [Text("its resolution 61/208")])
    assert kinds == [STRUCTURE]
    assert session.derived.footnote_numbers == {str(second): 1}
    assert str(first) in session.resolution.footnotes  # kept, only uncited


def test_text_only_change_is_reported_as_text(session: Session) -> None:
    op = session.resolution.operative[1]
    kinds: list[str] = []
    session.changed.connect(lambda kind, _pid: kinds.append(kind))
    session.set_text(op.id, op.lead, [Text("a report soon")])
    assert kinds == [TEXT]


def test_cross_reference_follows_and_breaks(session: Session) -> None:
    first, second = session.resolution.operative
    assert session.add_cross_reference(first.id, 0, second.id)
    assert first.content[0] == CrossRef(second.id)
    assert session.derived.cross_ref_text(second.id) == "paragraph 2"
    session.move_up(second.id)
    assert session.derived.cross_ref_text(second.id) == "paragraph 1"
    session.delete_paragraph(second.id)
    assert session.derived.broken_cross_refs == [(first.id, second.id)]


def test_new_paragraphs_land_after_the_current_one(session: Session) -> None:
    pp = session.resolution.preambular[0]
    first, _second = session.resolution.operative
    new_pp = session.add_preambular(pp.id)
    new_op = session.add_operative(first.id)
    sub = session.add_subparagraph(first.id)
    assert new_pp is not None and new_op is not None and sub is not None
    assert session.resolution.preambular[1] is new_pp
    assert session.resolution.operative[1] is new_op
    assert session.derived.label(sub.id) == "(a)"
    assert session.derived.label(new_op.id) == "2."
    assert session.resolution.part(Part.OPERATIVE)[0].children == [sub]
