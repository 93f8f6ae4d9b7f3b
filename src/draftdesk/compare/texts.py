"""Compare two resolutions: paragraphs aligned first, then words inside each aligned pair.

Paragraphs pair by id where both texts come from the same draft (edits keep ids, so a moved,
renumbered or re-punctuated paragraph is the same paragraph); the rest pair by their text:
identical normalised text first, then the most similar words. Paired paragraphs out of order
are moves. Labels and end punctuation that only follow from the structure are reported as
derived changes, which a reader may hide.

Every text for people (a change line, the summary, a place, a field name) is a
:class:`~draftdesk.messages.Message`: English on the command line, translated in the window.
Places are Messages nested in the change lines; labels inside them are printed as the draft's
language prints them ("8 a)" in a Spanish draft).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message, Template, message
from ..model.derive import (
    Derived,
    annex_numeral,
    date_line,
    derive,
    session_line,
)
from ..model.document import BODY_PARTS, CrossRef, Paragraph, ParagraphKind, Part, Resolution, Text
from ..model.languages.forms import date_text
from ..model.languages.forms import session_line as printed_session_line
from ..model.languages.runs import connector_word, cross_ref_text, paragraph_label
from .words import DELETE, EQUAL, INSERT, diff_words, in_order

SIMILAR = 0.4  # share of words in common above which two unpaired paragraphs pair

# Where a change is, in the context "ComparePlaces". A number is the paragraph's number with the
# labels of its sub-paragraphs as the draft prints them: "8 (a)", "8 a)".
PARAGRAPH = QT_TRANSLATE_NOOP("ComparePlaces", "paragraph")
HEADING = QT_TRANSLATE_NOOP("ComparePlaces", "heading “{text}”")
QUOTED_BLOCK = {
    Part.PREAMBULAR: QT_TRANSLATE_NOOP("ComparePlaces", "quoted block in the preambular part"),
    Part.OPERATIVE: QT_TRANSLATE_NOOP("ComparePlaces", "quoted block in the operative part"),
    Part.ANNEX: QT_TRANSLATE_NOOP("ComparePlaces", "quoted block in the annex part"),
}
PARAGRAPH_IN = {
    Part.PREAMBULAR: QT_TRANSLATE_NOOP("ComparePlaces", "preambular paragraph {number}"),
    Part.OPERATIVE: QT_TRANSLATE_NOOP("ComparePlaces", "operative paragraph {number}"),
}
OF_RESOLUTION = QT_TRANSLATE_NOOP("ComparePlaces", "{place} of resolution {letter}")
# An annex's paragraph named by its annex: "paragraph 2 of annex II" where there are several.
IN_ANNEX = QT_TRANSLATE_NOOP("ComparePlaces", "paragraph {number} of the annex")
IN_NUMBERED_ANNEX = QT_TRANSLATE_NOOP("ComparePlaces", "paragraph {number} of annex {numeral}")
IN_HEADED_ANNEX = QT_TRANSLATE_NOOP("ComparePlaces", "paragraph {number} of {heading}")
# A paragraph the annex prints without a number, counted among those.
IN_ANNEX_UNNUMBERED = QT_TRANSLATE_NOOP(
    "ComparePlaces", "unnumbered paragraph {number} of the annex")
IN_NUMBERED_ANNEX_UNNUMBERED = QT_TRANSLATE_NOOP(
    "ComparePlaces", "unnumbered paragraph {number} of annex {numeral}")
IN_HEADED_ANNEX_UNNUMBERED = QT_TRANSLATE_NOOP(
    "ComparePlaces", "unnumbered paragraph {number} of {heading}")
FOOTNOTE = QT_TRANSLATE_NOOP("ComparePlaces", "footnote {number}")
# The cover fields; the key is the field's name in the JSON output.
FIELD_NAMES = {
    "symbol": QT_TRANSLATE_NOOP("ComparePlaces", "symbol"),
    "date": QT_TRANSLATE_NOOP("ComparePlaces", "date"),
    "distribution": QT_TRANSLATE_NOOP("ComparePlaces", "distribution"),
    "session": QT_TRANSLATE_NOOP("ComparePlaces", "session"),
    "agenda": QT_TRANSLATE_NOOP("ComparePlaces", "agenda"),
    "sponsors": QT_TRANSLATE_NOOP("ComparePlaces", "sponsors"),
    "submitted by": QT_TRANSLATE_NOOP("ComparePlaces", "submitted by"),
    "title": QT_TRANSLATE_NOOP("ComparePlaces", "title"),
    "adoption": QT_TRANSLATE_NOOP("ComparePlaces", "adoption"),
    "cover notes": QT_TRANSLATE_NOOP("ComparePlaces", "cover notes"),
    "closing lines": QT_TRANSLATE_NOOP("ComparePlaces", "closing lines"),
    "original language": QT_TRANSLATE_NOOP("ComparePlaces", "original language"),
}

# One line per change, in the context "Compare". A footnote is {note} and a paragraph {place}
# so that a translation can make the words agree with each ("nota añadida", "párrafo añadido").
DERIVED_TAG = QT_TRANSLATE_NOOP("Compare", " (derived)")
LINES = {
    "added": QT_TRANSLATE_NOOP("Compare", "+ {place} added{derived}: {text}"),
    "deleted": QT_TRANSLATE_NOOP("Compare", "- {place} deleted{derived}: {text}"),
    "moved": QT_TRANSLATE_NOOP("Compare", "> {place} moved from {old_place}{derived}"),
    "moved and changed": QT_TRANSLATE_NOOP(
        "Compare", "> {place} moved from {old_place}{derived}: {words}"),
    "changed": QT_TRANSLATE_NOOP("Compare", "~ {place} changed{derived}: {words}"),
    "footnote added": QT_TRANSLATE_NOOP("Compare", "+ {note} added{derived}: {text}"),
    "footnote removed": QT_TRANSLATE_NOOP("Compare", "- {note} removed{derived}: {text}"),
    "footnote edited": QT_TRANSLATE_NOOP("Compare", "~ {note} footnote edited{derived}: {words}"),
    "metadata": QT_TRANSLATE_NOOP("Compare", "~ {field} changed{derived}: {words}"),
    "label": QT_TRANSLATE_NOOP("Compare", "# {place}: was {old_place}{derived}"),
    "ending": QT_TRANSLATE_NOOP("Compare", "~ {place} ending{derived}: {words}"),
}

# The summary's counts: one template for one change, another for several.
NO_CHANGES = QT_TRANSLATE_NOOP("Compare", "No changes.")
COUNT_ONE = {
    "added": QT_TRANSLATE_NOOP("Compare", "1 added"),
    "deleted": QT_TRANSLATE_NOOP("Compare", "1 deleted"),
    "moved": QT_TRANSLATE_NOOP("Compare", "1 moved"),
    "changed": QT_TRANSLATE_NOOP("Compare", "1 changed"),
    "footnote added": QT_TRANSLATE_NOOP("Compare", "1 footnote added"),
    "footnote removed": QT_TRANSLATE_NOOP("Compare", "1 footnote removed"),
    "footnote edited": QT_TRANSLATE_NOOP("Compare", "1 footnote edited"),
    "metadata": QT_TRANSLATE_NOOP("Compare", "1 metadata"),
    "label": QT_TRANSLATE_NOOP("Compare", "1 label"),
    "ending": QT_TRANSLATE_NOOP("Compare", "1 ending"),
    "derived": QT_TRANSLATE_NOOP("Compare", "1 derived"),
}
COUNT_SEVERAL = {
    "added": QT_TRANSLATE_NOOP("Compare", "{count} added"),
    "deleted": QT_TRANSLATE_NOOP("Compare", "{count} deleted"),
    "moved": QT_TRANSLATE_NOOP("Compare", "{count} moved"),
    "changed": QT_TRANSLATE_NOOP("Compare", "{count} changed"),
    "footnote added": QT_TRANSLATE_NOOP("Compare", "{count} footnote added"),
    "footnote removed": QT_TRANSLATE_NOOP("Compare", "{count} footnote removed"),
    "footnote edited": QT_TRANSLATE_NOOP("Compare", "{count} footnote edited"),
    "metadata": QT_TRANSLATE_NOOP("Compare", "{count} metadata"),
    "label": QT_TRANSLATE_NOOP("Compare", "{count} label"),
    "ending": QT_TRANSLATE_NOOP("Compare", "{count} ending"),
    "derived": QT_TRANSLATE_NOOP("Compare", "{count} derived"),
}
# Joins the counts: "3 added, 1 deleted" is "{first}, {rest}" with rest "1 deleted".
LIST = QT_TRANSLATE_NOOP("Compare", "{first}, {rest}")


def counted(key: str, count: int) -> Message:
    """Return "1 added" or "3 added": the one template or the several one."""
    return message(COUNT_ONE[key]) if count == 1 else message(COUNT_SEVERAL[key], count=count)


def listed(items: list[Message]) -> Message:
    """Return the items as one message, joined as the language joins a list."""
    out = items[-1]
    for item in reversed(items[:-1]):
        out = message(LIST, first=item, rest=out)
    return out


class Kind(StrEnum):
    """What happened to a paragraph, a footnote or a cover field."""

    ADDED = "added"
    DELETED = "deleted"
    MOVED = "moved"
    CHANGED = "changed"
    FOOTNOTE_ADDED = "footnote added"
    FOOTNOTE_REMOVED = "footnote removed"
    FOOTNOTE_EDITED = "footnote edited"
    METADATA = "metadata"
    LABEL = "label"
    ENDING = "ending"


@dataclass
class Change:
    """One change between the old and the new text."""

    kind: Kind
    derived: bool = False  # follows from another change (a label shift, a moved last ending)
    old_id: str = ""
    new_id: str = ""
    old_place: str = ""  # "operative paragraph 3 (b)", "footnote 2", "sponsors"
    new_place: str = ""
    old_text: str = ""
    new_text: str = ""
    words: list[tuple[int, str]] = field(default_factory=list)  # (op, text); op -1, 0, 1
    field: str = ""  # for metadata: "date", "symbol", "sponsors", ...
    row: int = -1  # the paragraph row of the comparison it belongs to (-1: none)

    @property
    def place(self) -> str:
        """Return where the change is, in the new text when it is there."""
        return self.new_place or self.old_place

    def marked_words(self) -> str:
        """Return the text with deletions as [-…-] and insertions as {+…+}."""
        out = []
        for op, text in self.words:
            out.append(text if op == EQUAL else f"[-{text}-]" if op == DELETE else f"{{+{text}+}}")
        return "".join(out)

    def summary(self) -> Message:
        """Return one line for people to read."""
        tag: str | Message = message(DERIVED_TAG) if self.derived else ""
        line: Template
        values: dict[str, str | Message]
        if self.kind is Kind.ADDED:
            line, values = LINES["added"], {"place": self.new_place,
                                            "text": _clip(self.new_text)}
        elif self.kind is Kind.DELETED:
            line, values = LINES["deleted"], {"place": self.old_place,
                                              "text": _clip(self.old_text)}
        elif self.kind is Kind.MOVED:
            values = {"place": self.new_place, "old_place": self.old_place}
            line = LINES["moved"]
            if self.old_text != self.new_text:
                line, values["words"] = LINES["moved and changed"], self.marked_words()
        elif self.kind is Kind.FOOTNOTE_ADDED:
            line, values = LINES["footnote added"], {"note": self.new_place,
                                                     "text": _clip(self.new_text)}
        elif self.kind is Kind.FOOTNOTE_REMOVED:
            line, values = LINES["footnote removed"], {"note": self.old_place,
                                                       "text": _clip(self.old_text)}
        elif self.kind is Kind.FOOTNOTE_EDITED:
            line, values = LINES["footnote edited"], {"note": self.place,
                                                      "words": self.marked_words()}
        elif self.kind is Kind.METADATA:
            line, values = LINES["metadata"], {"field": self.field,
                                               "words": self.marked_words()}
        elif self.kind is Kind.LABEL:
            line, values = LINES["label"], {"place": self.new_place,
                                            "old_place": self.old_place}
        else:  # changed words, or a changed end punctuation
            line, values = LINES[self.kind.value], {"place": self.place,
                                                    "words": self.marked_words()}
        return message(line, derived=tag, **values)

    def to_json(self) -> dict[str, Any]:
        """Return the change as plain data."""
        return {
            "kind": self.kind.value,
            "derived": self.derived,
            "field": self.field or None,
            "old_place": self.old_place or None,
            "new_place": self.new_place or None,
            "old_id": self.old_id or None,
            "new_id": self.new_id or None,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "words": [
                {"op": {EQUAL: "equal", INSERT: "insert", DELETE: "delete"}[op], "text": text}
                for op, text in self.words
            ],
        }


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Row:
    """One paragraph of the merged view: old and new side, words, and its changes."""

    kind: str  # "same", "added", "deleted", "changed", "moved", "moved away"
    old_id: str = ""
    new_id: str = ""
    old_label: str = ""
    new_label: str = ""
    old_end: str = ""
    new_end: str = ""
    depth: int = 0
    heading: bool = False
    words: list[tuple[int, str]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def visible_changes(self, derived: bool) -> list[Change]:
        """Return the row's changes, without the derived ones unless asked."""
        return [c for c in self.changes if derived or not c.derived]


@dataclass
class Comparison:
    """The changes between two texts and how their paragraphs and footnotes pair."""

    changes: list[Change]
    pairs: dict[str, str]  # old paragraph id -> new paragraph id
    note_pairs: dict[str, str]  # old footnote id -> new footnote id
    moved: set[str]  # new ids of paragraphs that moved
    rows: list[Row] = field(default_factory=list)  # every paragraph, in the merged order
    travelling: set[str] = field(default_factory=set)  # moved, and what moved along with them

    def visible(self, derived: bool = True) -> list[Change]:
        """Return the changes, without the derived ones unless asked."""
        return [c for c in self.changes if derived or not c.derived]

    def counts(self) -> dict[str, int]:
        """Count the changes that matter by kind, and the derived ones apart."""
        out: dict[str, int] = {}
        for change in self.changes:
            key = "derived" if change.derived else change.kind.value
            out[key] = out.get(key, 0) + 1
        return out

    def summary(self) -> Message:
        """Return one line counting the changes."""
        counts = self.counts()
        if not counts:
            return message(NO_CHANGES)
        order = [k.value for k in Kind] + ["derived"]
        return listed([counted(k, counts[k]) for k in order if k in counts])


# ---------------------------------------------------------------- paragraph texts


def paragraph_text(paragraph: Paragraph, derived: Derived, language: str = "en") -> str:
    """Return what the drafter wrote: lead and text, cross-references as printed, no label.

    References and the "and"/"or" after a paragraph read as the draft's ``language`` prints
    them ("párrafo 3 b)", "y").
    """
    english = language == "en"
    body = []
    for item in paragraph.content:
        if isinstance(item, Text):
            body.append(item.text)
        elif isinstance(item, CrossRef):
            # As the text prints it: a reference inside its own part names no part.
            body.append(derived.cross_ref_text(item.target_id, from_id=paragraph.id) if english
                        else cross_ref_text(derived, item.target_id, language, paragraph.id))
    text = "".join(body)
    if paragraph.kind is ParagraphKind.HEADING and paragraph.numeral:
        text = f"{paragraph.numeral}. {text}"
    if paragraph.lead:
        joined = text and not text.startswith((",", ";", ":", "."))
        text = f"{paragraph.lead} {text.lstrip()}" if joined else paragraph.lead + text
    if paragraph.connector:
        connector = paragraph.connector if english else connector_word(
            paragraph.connector, language)
        text = f"{text} {connector}"
    return text


_NORMAL = re.compile(r"[\W_]+")


def normalised(text: str) -> str:
    """Return text reduced to lower-case words, for pairing paragraphs from other files."""
    return _NORMAL.sub(" ", text.casefold()).strip()


def printed_label(derived: Derived, paragraph_id: str, language: str) -> str:
    """Return a paragraph's label as the draft prints it: "(b)" in English, "b)" in Spanish."""
    if language == "en":  # as the printed document does: English labels are the derived ones
        return derived.info[paragraph_id].label
    return paragraph_label(derived, paragraph_id, language)


def place(derived: Derived, paragraph: Paragraph, language: str = "en") -> Message:
    """Name a paragraph as a reader finds it: "operative paragraph 3 (b)".

    Labels are printed as the draft's ``language`` prints them: "operative paragraph 3 b)" in
    a Spanish draft, which the window shows as "párrafo 3 b) de la parte dispositiva".
    """
    info = derived.info.get(paragraph.id)
    if info is None:
        return message(PARAGRAPH)
    if paragraph.kind is ParagraphKind.HEADING:
        return message(HEADING, text=_clip(paragraph.body_text, 40))
    if paragraph.kind is ParagraphKind.QUOTE:
        return message(QUOTED_BLOCK[info.part])
    chain = []
    current: str | None = paragraph.id
    while current is not None:
        chain.append(current)
        current = derived.info[current].parent_id
    chain.reverse()
    top = derived.info[chain[0]]
    subs = " ".join(printed_label(derived, pid, language) for pid in chain[1:])
    number = str(top.ordinal) if top.part is Part.PREAMBULAR else (
        top.label.rstrip(".") or str(top.ordinal))
    number = f"{number} {subs}" if subs else number
    if top.part is Part.ANNEX:
        templates = (IN_ANNEX, IN_NUMBERED_ANNEX, IN_HEADED_ANNEX) if top.label else (
            IN_ANNEX_UNNUMBERED, IN_NUMBERED_ANNEX_UNNUMBERED, IN_HEADED_ANNEX_UNNUMBERED)
        numeral = annex_numeral(top.annex)
        if numeral is None:
            return message(templates[2], number=number, heading=top.annex)
        if numeral:
            return message(templates[1], number=number, numeral=numeral)
        return message(templates[0], number=number)
    name = message(PARAGRAPH_IN[top.part], number=number)
    # A text in parts: say which part ("operative paragraph 2 of resolution B").
    return message(OF_RESOLUTION, place=name, letter=top.section) if top.section else name


@dataclass
class _Side:
    resolution: Resolution
    derived: Derived
    order: list[Paragraph]
    index: dict[str, int]
    texts: dict[str, str]
    parents: dict[str, str | None]
    parts: dict[str, object]

    @classmethod
    def of(cls, resolution: Resolution) -> _Side:
        derived = derive(resolution)
        order = [p for _part, p in resolution.walk()]
        parents: dict[str, str | None] = {}
        for p in order:
            for child in p.children:
                parents[child.id] = p.id
        # Where each top-level paragraph stands: its part, or its annex and the annex's list.
        parts: dict[str, object] = {}
        for part in BODY_PARTS:
            parts.update((top.id, part) for top in resolution.part(part))
        for further in resolution.further_parts:
            for part in BODY_PARTS:
                parts.update((top.id, (further.letter, part)) for top in further.part(part))
        for number, annex in enumerate(resolution.annexes):
            parts.update((top.id, (number, "preamble")) for top in annex.preamble)
            parts.update((top.id, (number, "paragraphs")) for top in annex.paragraphs)
        return cls(
            resolution, derived, order, {p.id: i for i, p in enumerate(order)},
            {p.id: paragraph_text(p, derived, resolution.metadata.language) for p in order},
            parents, parts,
        )

    def place(self, paragraph_id: str) -> Message:
        return place(self.derived, self.order[self.index[paragraph_id]],
                     self.resolution.metadata.language)

    def label(self, paragraph_id: str) -> str:
        """Return a paragraph's label as the text's language prints it ("b)" in Spanish)."""
        return printed_label(self.derived, paragraph_id, self.resolution.metadata.language)

    def ending(self, paragraph_id: str) -> str:
        return self.derived.info[paragraph_id].end

    def part_of(self, paragraph_id: str) -> object:
        """Return the part a paragraph is in (annex paragraphs: their annex)."""
        return self.parts[paragraph_id]

    def row(self, paragraph_id: str, side: str) -> Row:
        info = self.derived.info[paragraph_id]
        paragraph = self.order[self.index[paragraph_id]]
        row = Row("same", depth=info.depth,
                  heading=paragraph.kind is not ParagraphKind.PARAGRAPH)
        label = self.label(paragraph_id)
        if side == "old":
            row.old_id, row.old_label, row.old_end = paragraph_id, label, info.end
        else:
            row.new_id, row.new_label, row.new_end = paragraph_id, label, info.end
        return row


# ---------------------------------------------------------------- alignment


def align_paragraphs(old: _Side, new: _Side) -> dict[str, str]:
    """Pair old paragraphs with new ones: by id, then equal text, then similar words."""
    pairs = {p.id: p.id for p in old.order if p.id in new.index}
    taken = set(pairs.values())
    left = [p.id for p in old.order if p.id not in pairs]
    right = [p.id for p in new.order if p.id not in taken]
    if not left or not right:
        return pairs
    # Identical text (normalised), when it is unambiguous on both sides.
    by_text: dict[str, list[str]] = {}
    for pid in right:
        by_text.setdefault(normalised(new.texts[pid]), []).append(pid)
    old_counts: dict[str, int] = {}
    for pid in left:
        key = normalised(old.texts[pid])
        old_counts[key] = old_counts.get(key, 0) + 1
    for pid in left:
        key = normalised(old.texts[pid])
        candidates = by_text.get(key, [])
        if len(candidates) == 1 and old_counts[key] == 1 and key:
            pairs[pid] = candidates[0]
    taken = set(pairs.values())
    left = [pid for pid in left if pid not in pairs]
    right = [pid for pid in right if pid not in taken]
    if not left or not right:
        return pairs
    # The most similar remaining pairs first, by the share of words they have in common.
    words_old = {pid: set(normalised(old.texts[pid]).split()) for pid in left}
    words_new = {pid: set(normalised(new.texts[pid]).split()) for pid in right}
    scored: list[tuple[float, int, str, str]] = []
    for a in left:
        wa = words_old[a]
        if not wa:
            continue
        for b in right:
            wb = words_new[b]
            if not wb:
                continue
            common = len(wa & wb)
            if common:
                score = common / len(wa | wb)
                if score >= SIMILAR:
                    # Nearer positions win ties: texts mostly keep their order.
                    distance = abs(old.index[a] / len(old.order) - new.index[b] / len(new.order))
                    scored.append((-score, int(distance * 1000), a, b))
    scored.sort()
    used_new: set[str] = set()
    for _score, _distance, a, b in scored:
        if a not in pairs and b not in used_new:
            pairs[a] = b
            used_new.add(b)
    return pairs


def moved_paragraphs(old: _Side, new: _Side, pairs: dict[str, str]) -> set[str]:
    """Return the new ids of the paired paragraphs that moved.

    A paragraph moved when it changed parent (or part), or when it is out of order among the
    siblings it kept; its sub-paragraphs travel with it and are not moves of their own. So a
    long operative paragraph moved to the end is one move, not its shorter neighbours.
    """
    reverse = {v: k for k, v in pairs.items()}
    moved: set[str] = set()
    new_parent: list[str] = []  # paragraphs now under another parent (or in another part)
    siblings: dict[object, list[str]] = {}
    for paragraph in new.order:
        old_id = reverse.get(paragraph.id)
        if old_id is None:
            continue
        parent_new, parent_old = new.parents.get(paragraph.id), old.parents.get(old_id)
        if parent_new is None and parent_old is None:
            same_place = new.part_of(paragraph.id) == old.part_of(old_id)
            group: object = new.part_of(paragraph.id)
        else:
            same_place = parent_old is not None and pairs.get(parent_old) == parent_new
            group = parent_new
        if same_place:
            siblings.setdefault(group, []).append(paragraph.id)
        else:
            new_parent.append(paragraph.id)
    for members in siblings.values():
        keep = in_order([old.index[reverse[pid]] for pid in members])
        moved.update(pid for i, pid in enumerate(members) if i not in keep)
    # A paragraph indented or outdented where it stands changed level, not place: it moved
    # only if it is out of order with the paragraphs that stayed.
    along = travelling(new, moved)
    others = set(new_parent)
    stable = sorted((old.index[reverse[p.id]], new.index[p.id]) for p in new.order
                    if p.id in reverse and p.id not in along and p.id not in others)
    olds = [o for o, _n in stable]
    for pid in new_parent:
        where = bisect.bisect_left(olds, old.index[reverse[pid]])
        before = stable[where - 1][1] if where else -1
        after = stable[where][1] if where < len(stable) else len(new.order)
        if not before < new.index[pid] < after or (
                new.parents.get(pid) is not None and new.parents[pid] in along):
            moved.add(pid)
    return moved


def travelling(new: _Side, moved: set[str]) -> set[str]:
    """Return the moved paragraphs with every sub-paragraph that goes along with them."""
    out: set[str] = set()
    for paragraph in new.order:
        parent = new.parents.get(paragraph.id)
        if paragraph.id in moved or (parent is not None and parent in out):
            out.add(paragraph.id)
    return out


def align_notes(old: Resolution, new: Resolution) -> dict[str, str]:
    """Pair footnotes: by id, then by equal text, then by similar words."""
    pairs = {nid: nid for nid in old.footnotes if nid in new.footnotes}
    right = [nid for nid in new.footnotes if nid not in pairs.values()]
    by_text = {normalised(new.footnotes[nid].plain_text): nid for nid in right}
    for nid, note in old.footnotes.items():
        if nid in pairs:
            continue
        match = by_text.get(normalised(note.plain_text))
        if match is not None and match not in pairs.values():
            pairs[nid] = match
    used = set(pairs.values())
    for nid, note in old.footnotes.items():
        if nid in pairs:
            continue
        wa = set(normalised(note.plain_text).split())
        best, best_score = None, 0.5
        for other in new.footnotes:
            if other in used:
                continue
            wb = set(normalised(new.footnotes[other].plain_text).split())
            if wa and wb:
                score = len(wa & wb) / len(wa | wb)
                if score >= best_score:
                    best, best_score = other, score
        if best is not None:
            pairs[nid] = best
            used.add(best)
    return pairs


# ---------------------------------------------------------------- comparison


def compare(old: Resolution, new: Resolution) -> Comparison:
    """Return every change from ``old`` to ``new``, in the new text's order."""
    a, b = _Side.of(old), _Side.of(new)
    pairs = align_paragraphs(a, b)
    moved = moved_paragraphs(a, b, pairs)
    along = travelling(b, moved)
    reverse = {v: k for k, v in pairs.items()}
    keyed: list[tuple[float, Row]] = []
    # Deleted paragraphs (and where moved ones were) sit just after the nearest earlier old
    # paragraph that stays in order.
    anchor = -1.0
    for p in a.order:
        if p.id in pairs and pairs[p.id] not in along:
            anchor = b.index[pairs[p.id]]
            continue
        if p.id in pairs and pairs[p.id] not in moved:
            continue  # a sub-paragraph going along with its moved parent
        row = a.row(p.id, "old")
        if p.id in pairs:
            row.kind = "moved away"
            row.words = [(DELETE, a.texts[p.id])]
            row.new_label = b.label(pairs[p.id])
            row.new_id = pairs[p.id]
        else:
            row.kind = "deleted"
            row.words = [(DELETE, a.texts[p.id])]
            row.changes.append(Change(
                Kind.DELETED, old_id=p.id, old_place=a.place(p.id), old_text=a.texts[p.id],
                words=[(DELETE, a.texts[p.id])],
            ))
        keyed.append((anchor + 0.5, row))
    for p in b.order:
        position = float(b.index[p.id])
        row = b.row(p.id, "new")
        keyed.append((position, row))
        old_id = reverse.get(p.id)
        if old_id is None:
            row.kind = "added"
            row.words = [(INSERT, b.texts[p.id])]
            row.changes.append(Change(
                Kind.ADDED, new_id=p.id, new_place=b.place(p.id), new_text=b.texts[p.id],
                words=[(INSERT, b.texts[p.id])],
            ))
            continue
        before, after = a.texts[old_id], b.texts[p.id]
        row.old_id, row.old_label, row.old_end = old_id, a.label(old_id), a.ending(old_id)
        common = Change(Kind.CHANGED, old_id=old_id, new_id=p.id, old_place=a.place(old_id),
                        new_place=b.place(p.id), old_text=before, new_text=after)
        words = diff_words(before, after) if before != after else [(EQUAL, after)]
        row.words = words
        if p.id in moved:
            row.kind = "moved"
            row.changes.append(replace(common, kind=Kind.MOVED, words=words))
        elif before != after:
            row.kind = "changed"
            row.changes.append(replace(common, words=words))
        # Labels compare as numbered, not as printed: a Spanish "b)" is the English "(b)".
        renumbered = a.derived.info[old_id].label != b.derived.info[p.id].label
        if renumbered and p.id not in moved:
            # Indented or outdented by the drafter, or renumbered by a change elsewhere.
            parent_old = a.parents.get(old_id)
            level = (pairs.get(parent_old) if parent_old else None) != b.parents.get(p.id) or (
                a.parts.get(old_id) != b.parts.get(p.id))
            row.changes.append(replace(common, kind=Kind.LABEL, derived=not level))
        if row.old_end != row.new_end:
            explicit = (a.order[a.index[old_id]].ending is not None
                        or p.ending is not None)
            row.changes.append(replace(
                common, kind=Kind.ENDING, derived=not explicit,
                words=[(DELETE, row.old_end), (INSERT, row.new_end)]))
    keyed.sort(key=lambda item: item[0])
    rows = [row for _key, row in keyed]
    changes = _metadata_changes(old, new)
    for number, row in enumerate(rows):
        for change in row.changes:
            change.row = number
            changes.append(change)
    note_pairs = align_notes(old, new)
    changes += _note_changes(a, b, note_pairs)
    return Comparison(changes, pairs, note_pairs, moved, rows, along)


def _note_changes(a: _Side, b: _Side, pairs: dict[str, str]) -> list[Change]:
    out: list[Change] = []
    old_notes, new_notes = a.resolution.footnotes, b.resolution.footnotes
    numbers_a, numbers_b = a.derived.footnote_numbers, b.derived.footnote_numbers
    reverse = {v: k for k, v in pairs.items()}
    for nid in b.derived.footnote_order:
        text = new_notes[nid].plain_text
        where = message(FOOTNOTE, number=numbers_b[nid])
        old_id = reverse.get(nid)
        if old_id is None or old_id not in numbers_a:
            out.append(Change(Kind.FOOTNOTE_ADDED, new_id=nid, new_place=where, new_text=text,
                              words=[(INSERT, text)]))
            continue
        before = old_notes[old_id].plain_text
        if before != text:
            out.append(Change(
                Kind.FOOTNOTE_EDITED, old_id=old_id, new_id=nid,
                old_place=message(FOOTNOTE, number=numbers_a[old_id]), new_place=where,
                old_text=before, new_text=text, words=diff_words(before, text),
            ))
    for nid in a.derived.footnote_order:
        if pairs.get(nid) not in numbers_b:
            text = old_notes[nid].plain_text
            out.append(Change(Kind.FOOTNOTE_REMOVED, old_id=nid,
                              old_place=message(FOOTNOTE, number=numbers_a[nid]),
                              old_text=text,
                              words=[(DELETE, text)]))
    return out


def _metadata_fields(resolution: Resolution) -> dict[str, str]:
    meta = resolution.metadata
    date, session = date_line(meta), session_line(meta)
    if meta.language != "en":  # as the draft prints them: "30 de noviembre de 2007"
        date = date_text(meta.date, meta.language) if meta.date else ""
        session = printed_session_line(meta.session, meta.language, meta.body)
    return {
        "symbol": meta.symbol,
        "date": date,
        "distribution": meta.distribution,
        "session": session,
        "agenda": "; ".join(
            f"{item.label} {item.title}".strip() for item in meta.agenda_items),
        "sponsors": ", ".join(s.name for s in meta.sponsors),
        "submitted by": meta.submitted_by,
        "title": meta.title,
        "adoption": " ".join(x for x in (
            meta.adoption.adopted_line, meta.adoption.report_line, meta.adoption.number
        ) if x) if meta.adoption else "",
        "cover notes": " ".join(note.text for note in meta.cover_notes),
        "closing lines": " ".join(meta.closing_lines),
        "original language": meta.original_language,
    }


def _metadata_changes(old: Resolution, new: Resolution) -> list[Change]:
    before, after = _metadata_fields(old), _metadata_fields(new)
    out: list[Change] = []
    for name, value in after.items():
        if before[name] != value:
            shown = message(FIELD_NAMES[name])
            out.append(Change(Kind.METADATA, field=shown, old_place=shown, new_place=shown,
                              old_text=before[name], new_text=value,
                              words=diff_words(before[name], value)))
    return out
