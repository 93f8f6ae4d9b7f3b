"""Random sequences of edits, then undo in reverse: the draft must come back exactly.

This is what the window's undo stack relies on: every operation's undo restores the state
the operation found, whatever came before it.
"""

from __future__ import annotations

import copy
import random

import pytest

from builders import para, small_resolution
from draftdesk.model import BODY_PARTS, Resolution, Text, derive, edit, plain_text
from draftdesk.model.edit import EditError, Location
from draftdesk.storage import to_dict


def all_ids(resolution: Resolution) -> list[str]:
    return [p.id for _part, p in resolution.walk()]


def random_edit(resolution: Resolution, rng: random.Random) -> edit.Undo | None:
    """Apply one random edit; return its undo, or None when the model refused it."""
    ids = all_ids(resolution)
    target = rng.choice(ids) if ids else None
    choice = rng.randrange(9)
    try:
        if choice == 0 or target is None:
            part = rng.choice(BODY_PARTS)
            index = rng.randint(0, len(resolution.part(part)))
            return edit.insert_paragraph(
                resolution, Location(part, None, index), para("Decides", f"text {rng.random()}")
            )
        if choice == 1:
            return edit.delete_paragraph(resolution, target)
        if choice == 2:
            return edit.move_up(resolution, target)
        if choice == 3:
            return edit.move_down(resolution, target)
        if choice == 4:
            return edit.indent(resolution, target)
        if choice == 5:
            return edit.outdent(resolution, target)
        if choice == 6:
            return edit.set_text(resolution, target, "Requests", [Text(f"new {rng.random()}")])
        if choice == 7:
            paragraph = resolution.find(target)
            assert paragraph is not None
            offset = rng.randint(0, edit.content_length(paragraph.content))
            return edit.add_footnote(resolution, target, offset, "A/62/1.")[1]
        other = rng.choice(ids)
        parent = rng.choice([None, *ids])
        part = rng.choice(BODY_PARTS)
        siblings_count = len(edit.siblings(resolution, part, parent)) if parent is None else None
        if parent is not None:
            location = edit.locate(resolution, parent)
            part = location.part
            found = resolution.find(parent)
            assert found is not None
            siblings_count = len(found.children)
        assert siblings_count is not None
        return edit.move_paragraph(
            resolution, other, Location(part, parent, rng.randint(0, siblings_count))
        )
    except EditError:
        return None


@pytest.mark.parametrize("seed", range(40))
def test_undoing_a_random_edit_sequence_restores_the_draft(seed: int) -> None:
    rng = random.Random(seed)
    resolution = small_resolution()
    original = copy.deepcopy(to_dict(resolution))
    snapshots = [original]
    undos: list[edit.Undo] = []
    for _ in range(40):
        undo = random_edit(resolution, rng)
        # A refused edit must leave the draft as it was.
        if undo is None:
            assert to_dict(resolution) == snapshots[-1]
            continue
        undos.append(undo)
        snapshots.append(copy.deepcopy(to_dict(resolution)))
        derived = derive(resolution)  # every state must still derive and print
        for _part, paragraph in resolution.walk():
            plain_text(paragraph, derived)
    for undo in reversed(undos):
        snapshots.pop()
        undo()
        assert to_dict(resolution) == snapshots[-1]
    assert snapshots == [original]
    assert to_dict(resolution) == original
    assert len(undos) > 10  # the sequence really edited the draft
