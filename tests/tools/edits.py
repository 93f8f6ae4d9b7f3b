"""A scripted round of negotiation edits, the same for every text."""

from __future__ import annotations

import datetime as _dt

from draftdesk.model import edit
from draftdesk.model.document import Paragraph, Part, Resolution, Sponsor, Text
from draftdesk.model.versions import frozen_copy


def negotiate(original: Resolution) -> Resolution:
    """Return an edited copy: insert, delete, move, rewrite words, notes, sponsors, date."""
    draft = frozen_copy(original)
    operative = draft.operative
    # Rewrite words in the middle of an operative paragraph (not the one that moves).
    for paragraph in operative[1:] or operative:
        if len(paragraph.body_text.split()) > 6:
            content = list(paragraph.content)
            first = next(i for i, item in enumerate(content) if isinstance(item, Text)
                         and len(item.text.split()) > 4)
            words = content[first].text.split(" ")
            words[2:4] = ["firmly", "and", "unanimously"]
            content[first] = Text(" ".join(words), content[first].italic)
            edit.set_text(draft, paragraph.id, paragraph.lead, content)
            break
    # Delete the second preambular paragraph (or the last operative one).
    victim = draft.preambular[1] if len(draft.preambular) > 1 else operative[-1]
    edit.delete_paragraph(draft, victim.id)
    # Move the first operative paragraph to the end.
    if len(operative) > 2:
        edit.move_paragraph(draft, operative[0].id,
                            edit.Location(Part.OPERATIVE, None, len(operative) - 1))
    # Insert a new operative paragraph before the last one.
    edit.insert_paragraph(draft, edit.Location(Part.OPERATIVE, None, max(len(operative) - 1, 0)),
                          Paragraph(lead="Decides", content=[Text(
                              "to remain seized of the matter and to review it next year")]))
    # Remove the first footnote and add a new one to the first operative paragraph.
    cited = [n for _part, p in draft.walk() for n in p.content if hasattr(n, "note_id")]
    if cited:
        edit.remove_footnote(draft, cited[0].note_id)  # type: ignore[union-attr]
    edit.add_footnote(draft, draft.operative[0].id, 5, "See A/80/1, annex, para. 12.")
    # Sponsors: one joins, the first one leaves; a new date.
    meta = draft.metadata
    meta.sponsors = [*meta.sponsors[1:], Sponsor("Iceland")]
    if meta.date is not None:
        meta.date = meta.date + _dt.timedelta(days=3)
    return draft
