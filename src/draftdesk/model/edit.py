"""Edit operations on a resolution.

Each operation changes the model in place and returns an ``Undo``: a callable that restores
exactly the state before it. The window wraps these pairs in QUndoCommands; the command line
and tests call them directly. Nothing here derives labels or punctuation: those follow from the
structure after every edit (see ``derive.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..messages import QT_TRANSLATE_NOOP, message
from .document import (
    BODY_PARTS,
    MAX_DEPTH,
    Annex,
    CrossRef,
    Footnote,
    FootnoteRef,
    Inline,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
    Text,
    new_id,
)
from .words import roman_label

Undo = Callable[[], None]

# The character that stands for a footnote marker or a cross-reference in an editor's text.
OBJECT_CHARACTER = "\ufffc"


class EditError(ValueError):
    """An edit that the structure does not allow (too deep, no such paragraph, ...)."""


# Messages the window shows in its own language (decision 0015).
NO_PARAGRAPH = QT_TRANSLATE_NOOP("EditErrors", "no paragraph {id}")
NO_CONTAINER = QT_TRANSLATE_NOOP("EditErrors", "no annex or part {id}")
PART_WITHOUT_ANNEX = QT_TRANSLATE_NOOP("EditErrors", "part {letter} has no annex paragraphs")
NO_ANNEX = QT_TRANSLATE_NOOP("EditErrors", "no annex {id}")
ANNEX_POSITION = QT_TRANSLATE_NOOP("EditErrors", "position {index} is outside the annexes")
ANNEX_REPEATS = QT_TRANSLATE_NOOP(
    "EditErrors", "the annex repeats paragraphs already in the text")
ANNEX_HEADING = QT_TRANSLATE_NOOP(
    "EditErrors", "an annex needs a heading, such as Annex or Annex II")
NO_PART = QT_TRANSLATE_NOOP("EditErrors", "no part {id}")
PART_REPEATS = QT_TRANSLATE_NOOP("EditErrors", "the part repeats paragraphs already in the text")
PART_LETTER = QT_TRANSLATE_NOOP(
    "EditErrors", "a part's letter is one capital letter, A to Z, not {letter}")
PART_LETTER_TAKEN = QT_TRANSLATE_NOOP("EditErrors", "another part is lettered {letter} already")
BAD_ENDING = QT_TRANSLATE_NOOP(
    "EditErrors", "an ending is one of . ; , : or nothing, not {ending}")
NO_SUBPARAGRAPHS = {
    ParagraphKind.HEADING: QT_TRANSLATE_NOOP("EditErrors", "a heading cannot have sub-paragraphs"),
    ParagraphKind.QUOTE: QT_TRANSLATE_NOOP("EditErrors", "a quote cannot have sub-paragraphs"),
}
TOO_DEEP = QT_TRANSLATE_NOOP(
    "EditErrors", "sub-paragraphs go four levels deep at most: (a), (i), a., i.")
HEADING_NOT_SUB = QT_TRANSLATE_NOOP("EditErrors", "a heading cannot be a sub-paragraph")
POSITION_OUTSIDE = QT_TRANSLATE_NOOP("EditErrors", "position {index} is outside the list")
INSIDE_ITSELF = QT_TRANSLATE_NOOP("EditErrors", "a paragraph cannot move inside itself")
ALREADY_FIRST = QT_TRANSLATE_NOOP("EditErrors", "the paragraph is already first in its list")
ALREADY_LAST = QT_TRANSLATE_NOOP("EditErrors", "the paragraph is already last in its list")
NOTHING_ABOVE = QT_TRANSLATE_NOOP("EditErrors", "there is no paragraph above to indent under")
ALREADY_TOP = QT_TRANSLATE_NOOP("EditErrors", "the paragraph is already at the top level")
BAD_CONNECTOR = QT_TRANSLATE_NOOP(
    "EditErrors", "connector must be 'and', 'or' or empty, not {connector}")
OFFSET_OUTSIDE = QT_TRANSLATE_NOOP("EditErrors", "offset {offset} is outside the text")
NO_FOOTNOTE = QT_TRANSLATE_NOOP("EditErrors", "no footnote {id}")
NO_TARGET = QT_TRANSLATE_NOOP("EditErrors", "no paragraph {id} to refer to")
SELF_REFERENCE = QT_TRANSLATE_NOOP("EditErrors", "a paragraph cannot refer to itself")


@dataclass(frozen=True)
class Location:
    """Where a paragraph sits: its part, its parent (None at top level) and its index.

    ``container`` names the text the top-level list belongs to: "" for the resolution's own
    body (part A of a text in parts), else the id of a further part or of an annex. In an
    annex, ``Part.PREAMBULAR`` is the list of its unnumbered opening paragraphs and any other
    part the list of its paragraphs.
    """

    part: Part
    parent_id: str | None
    index: int
    container: str = ""

    def at(self, index: int) -> Location:
        """Return the same list at another index."""
        return replace(self, index=index)


def top_level(resolution: Resolution, part: Part, container: str = "") -> list[Paragraph]:
    """Return the top-level list of a part of the body, of a further part or of an annex."""
    if not container:
        return resolution.part(part)
    for further in resolution.further_parts:
        if further.id == container:
            if part is Part.ANNEX:
                raise EditError(message(PART_WITHOUT_ANNEX, letter=further.letter))
            return further.part(part)
    annex = find_annex(resolution, container)
    if annex is None:
        raise EditError(message(NO_CONTAINER, id=container))
    return annex.preamble if part is Part.PREAMBULAR else annex.paragraphs


def find_annex(resolution: Resolution, annex_id: str) -> Annex | None:
    """Return the annex with this id, or None."""
    return next((annex for annex in resolution.annexes if annex.id == annex_id), None)


def container_of(resolution: Resolution, paragraph_id: str) -> Annex | ResolutionPart | None:
    """Return the annex or further part a paragraph stands in (None: the body)."""
    container = locate(resolution, paragraph_id).container
    if not container:
        return None
    annex = find_annex(resolution, container)
    if annex is not None:
        return annex
    return next(further for further in resolution.further_parts if further.id == container)


def siblings(resolution: Resolution, part: Part, parent_id: str | None,
             container: str = "") -> list[Paragraph]:
    """Return the list that holds the children of ``parent_id`` (or the top level of ``part``
    in ``container``); paragraph ids are unique across the document, so a parent names its
    list wherever it stands."""
    if parent_id is None:
        return top_level(resolution, part, container)
    parent = resolution.find(parent_id)
    if parent is None:
        raise EditError(message(NO_PARAGRAPH, id=str(parent_id)))
    return parent.children


def _siblings_at(resolution: Resolution, location: Location) -> list[Paragraph]:
    return siblings(resolution, location.part, location.parent_id, location.container)


def locate(resolution: Resolution, paragraph_id: str) -> Location:
    """Return the location of a paragraph, in the body, a further part or an annex."""
    for part in BODY_PARTS:
        found = _locate_in(resolution.part(part), part, None, paragraph_id, "")
        if found is not None:
            return found
    for further in resolution.further_parts:
        for part in BODY_PARTS:
            found = _locate_in(further.part(part), part, None, paragraph_id, further.id)
            if found is not None:
                return found
    for annex in resolution.annexes:
        for part, items in ((Part.PREAMBULAR, annex.preamble), (Part.ANNEX, annex.paragraphs)):
            found = _locate_in(items, part, None, paragraph_id, annex.id)
            if found is not None:
                return found
    raise EditError(message(NO_PARAGRAPH, id=paragraph_id))


def _locate_in(
    items: list[Paragraph], part: Part, parent_id: str | None, wanted: str, container: str
) -> Location | None:
    for index, paragraph in enumerate(items):
        if paragraph.id == wanted:
            return Location(part, parent_id, index, container)
        found = _locate_in(paragraph.children, part, paragraph.id, wanted, container)
        if found is not None:
            return found
    return None


def depth_of(resolution: Resolution, paragraph_id: str) -> int:
    """Return 0 for a top-level paragraph, 1 for (a), and so on."""
    depth = 0
    location = locate(resolution, paragraph_id)
    while location.parent_id is not None:
        depth += 1
        location = locate(resolution, location.parent_id)
    return depth


def _subtree_height(paragraph: Paragraph) -> int:
    """Return how many levels hang below a paragraph (0 for a leaf)."""
    return 1 + max((_subtree_height(c) for c in paragraph.children), default=-1)


def _check_depth(resolution: Resolution, paragraph: Paragraph, location: Location) -> None:
    if location.parent_id is not None:
        parent = resolution.find(location.parent_id)
        if parent is not None and parent.kind is not ParagraphKind.PARAGRAPH:
            raise EditError(message(NO_SUBPARAGRAPHS[parent.kind]))
    parent_depth = -1 if location.parent_id is None else depth_of(resolution, location.parent_id)
    if parent_depth + 1 + _subtree_height(paragraph) > MAX_DEPTH:
        raise EditError(message(TOO_DEEP))
    if location.parent_id is not None and paragraph.kind is ParagraphKind.HEADING:
        raise EditError(message(HEADING_NOT_SUB))


# ------------------------------------------------------------------ structure


def insert_paragraph(resolution: Resolution, location: Location, paragraph: Paragraph) -> Undo:
    """Insert a paragraph at a location."""
    _check_depth(resolution, paragraph, location)
    items = _siblings_at(resolution, location)
    if not 0 <= location.index <= len(items):
        raise EditError(message(POSITION_OUTSIDE, index=location.index))
    items.insert(location.index, paragraph)

    def undo() -> None:
        items.remove(paragraph)

    return undo


def delete_paragraph(resolution: Resolution, paragraph_id: str) -> Undo:
    """Delete a paragraph with its sub-paragraphs; footnotes stay available to undo."""
    location = locate(resolution, paragraph_id)
    items = _siblings_at(resolution, location)
    paragraph = items.pop(location.index)

    def undo() -> None:
        items.insert(location.index, paragraph)

    return undo


def move_paragraph(resolution: Resolution, paragraph_id: str, target: Location) -> Undo:
    """Move a paragraph (with its sub-paragraphs) so that it ends up at ``target``.

    ``target.index`` is the index in the destination list after the paragraph was taken out.
    """
    origin = locate(resolution, paragraph_id)
    if target.parent_id is not None:
        target_parent = resolution.find(target.parent_id)
        moving = resolution.find(paragraph_id)
        if target_parent is None or moving is None:
            raise EditError(message(NO_PARAGRAPH, id=str(target.parent_id)))
        if any(p.id == target.parent_id for p in moving.walk()):
            raise EditError(message(INSIDE_ITSELF))
    source = _siblings_at(resolution, origin)
    paragraph = source.pop(origin.index)
    try:
        _check_depth(resolution, paragraph, target)
        destination = _siblings_at(resolution, target)
        if not 0 <= target.index <= len(destination):
            raise EditError(message(POSITION_OUTSIDE, index=target.index))
    except EditError:
        source.insert(origin.index, paragraph)
        raise
    destination.insert(target.index, paragraph)

    def undo() -> None:
        destination.remove(paragraph)
        source.insert(origin.index, paragraph)

    return undo


def move_up(resolution: Resolution, paragraph_id: str) -> Undo:
    """Swap a paragraph with the sibling before it."""
    location = locate(resolution, paragraph_id)
    if location.index == 0:
        raise EditError(message(ALREADY_FIRST))
    return move_paragraph(resolution, paragraph_id, location.at(location.index - 1))


def move_down(resolution: Resolution, paragraph_id: str) -> Undo:
    """Swap a paragraph with the sibling after it."""
    location = locate(resolution, paragraph_id)
    if location.index + 1 >= len(_siblings_at(resolution, location)):
        raise EditError(message(ALREADY_LAST))
    return move_paragraph(resolution, paragraph_id, location.at(location.index + 1))


def indent(resolution: Resolution, paragraph_id: str) -> Undo:
    """Make a paragraph the last sub-paragraph of the paragraph before it."""
    location = locate(resolution, paragraph_id)
    items = _siblings_at(resolution, location)
    if location.index == 0 or items[location.index - 1].kind is not ParagraphKind.PARAGRAPH:
        raise EditError(message(NOTHING_ABOVE))
    if items[location.index].kind is ParagraphKind.HEADING:
        raise EditError(message(HEADING_NOT_SUB))
    new_parent = items[location.index - 1]
    return move_paragraph(
        resolution,
        paragraph_id,
        Location(location.part, new_parent.id, len(new_parent.children), location.container),
    )


def outdent(resolution: Resolution, paragraph_id: str) -> Undo:
    """Lift a sub-paragraph one level, as Word does: the siblings after it become its children.

    That keeps the reading order of the text unchanged.
    """
    location = locate(resolution, paragraph_id)
    if location.parent_id is None:
        raise EditError(message(ALREADY_TOP))
    parent_location = locate(resolution, location.parent_id)
    parent = _siblings_at(resolution, parent_location)[parent_location.index]
    paragraph = parent.children[location.index]
    followers = parent.children[location.index + 1 :]
    if (
        followers
        and depth_of(resolution, paragraph_id) + max(_subtree_height(f) for f in followers)
        > MAX_DEPTH
    ):
        raise EditError(message(TOO_DEEP))
    own_children = len(paragraph.children)
    del parent.children[location.index :]
    paragraph.children.extend(followers)
    grand = _siblings_at(resolution, parent_location)
    grand.insert(parent_location.index + 1, paragraph)

    def undo() -> None:
        grand.remove(paragraph)
        del paragraph.children[own_children:]
        parent.children.extend([paragraph, *followers])

    return undo


def set_child_scheme(resolution: Resolution, paragraph_id: str, scheme: str | None) -> Undo:
    """Number a paragraph's children with another scheme, e.g. (i) directly under 7."""
    paragraph = _get(resolution, paragraph_id)
    old = paragraph.child_scheme
    paragraph.child_scheme = scheme

    def undo() -> None:
        paragraph.child_scheme = old

    return undo


# ------------------------------------------------------------------ annexes


ANNEX_WORD = "Annex"  # stored in English; compose prints it in the draft's language


def new_annex(resolution: Resolution, title: str = "") -> Annex:
    """Return an annex to add after the others, with one empty paragraph to type in.

    Its heading is "Annex" when it is the only one, "Annex II" (and so on) after others.
    """
    heading = ANNEX_WORD
    if resolution.annexes:
        heading = f"{ANNEX_WORD} {roman_label(len(resolution.annexes) + 1).upper()}"
    return Annex(heading=heading, title=title, paragraphs=[Paragraph()])


def insert_annex(resolution: Resolution, index: int, annex: Annex) -> Undo:
    """Insert an annex at ``index`` among the annexes.

    A lone annex headed plain "Annex" becomes "Annex I" when a second one joins it, as the
    UN numbers several annexes.
    """
    if not 0 <= index <= len(resolution.annexes):
        raise EditError(message(ANNEX_POSITION, index=index))
    ids = {paragraph.id for _part, paragraph in resolution.walk()}
    if any(paragraph.id in ids for paragraph in annex.walk()):
        raise EditError(message(ANNEX_REPEATS))
    renamed: list[tuple[Annex, str]] = []
    if len(resolution.annexes) == 1 and resolution.annexes[0].heading.strip() == ANNEX_WORD:
        lone = resolution.annexes[0]
        renamed.append((lone, lone.heading))
        lone.heading = f"{ANNEX_WORD} {roman_label(1).upper()}"
    resolution.annexes.insert(index, annex)

    def undo() -> None:
        resolution.annexes.remove(annex)
        for other, heading in renamed:
            other.heading = heading

    return undo


def delete_annex(resolution: Resolution, annex_id: str) -> Undo:
    """Remove an annex with its paragraphs; its footnotes stay available to undo."""
    annex = find_annex(resolution, annex_id)
    if annex is None:
        raise EditError(message(NO_ANNEX, id=annex_id))
    index = resolution.annexes.index(annex)
    resolution.annexes.pop(index)

    def undo() -> None:
        resolution.annexes.insert(index, annex)

    return undo


def set_annex_caption(resolution: Resolution, annex_id: str, heading: str, title: str) -> Undo:
    """Replace an annex's heading ("Annex", "Annex II") and title."""
    annex = find_annex(resolution, annex_id)
    if annex is None:
        raise EditError(message(NO_ANNEX, id=annex_id))
    if not heading.strip():
        raise EditError(message(ANNEX_HEADING))
    old = annex.heading, annex.title
    annex.heading, annex.title = heading.strip(), title.strip()

    def undo() -> None:
        annex.heading, annex.title = old

    return undo


# ------------------------------------------------------------------ parts (decision 0012)


def find_part(resolution: Resolution, part_id: str) -> ResolutionPart | None:
    """Return the further part with this id, or None."""
    return next((part for part in resolution.further_parts if part.id == part_id), None)


def next_part_letter(resolution: Resolution) -> str:
    """Return the letter of a part added after the others: "B" after a text in one part."""
    letters = [resolution.part_letter or "A", *(p.letter for p in resolution.further_parts)]
    after = chr(ord(letters[-1]) + 1) if letters[-1] < "Z" else "B"
    free = [chr(code) for code in range(ord("B"), ord("Z") + 1) if chr(code) not in letters]
    return after if after in free else (free[0] if free else "Z")


def new_part(resolution: Resolution, title: str = "") -> ResolutionPart:
    """Return a further part to add after the others, with one empty operative paragraph."""
    return ResolutionPart(letter=next_part_letter(resolution), title=title,
                          operative=[Paragraph()])


def insert_part(resolution: Resolution, part: ResolutionPart) -> Undo:
    """Add a further part after the others.

    A text in one part becomes a text in parts: its own paragraphs become part A.
    """
    ids = {paragraph.id for _part, paragraph in resolution.walk()}
    if any(paragraph.id in ids for _part, paragraph in part.walk()):
        raise EditError(message(PART_REPEATS))
    _check_letter(resolution, part.letter, None)
    old_letter = resolution.part_letter
    resolution.part_letter = old_letter or "A"
    resolution.further_parts.append(part)

    def undo() -> None:
        resolution.further_parts.remove(part)
        resolution.part_letter = old_letter

    return undo


def delete_part(resolution: Resolution, part_id: str) -> Undo:
    """Remove a further part with its paragraphs; its footnotes stay available to undo.

    The parts after it take the letters before theirs when the letters ran on (B, C, D), and
    a text left with part A alone becomes a text in one part again.
    """
    part = find_part(resolution, part_id)
    if part is None:
        raise EditError(message(NO_PART, id=part_id))
    index = resolution.further_parts.index(part)
    old_letter = resolution.part_letter
    old_letters = [p.letter for p in resolution.further_parts]
    resolution.further_parts.pop(index)
    letter = part.letter
    for follower in resolution.further_parts[index:]:
        if ord(follower.letter) != ord(letter) + 1:
            break
        follower.letter, letter = letter, follower.letter
    if not resolution.further_parts and old_letter == "A":
        resolution.part_letter = ""

    def undo() -> None:
        resolution.further_parts.insert(index, part)
        for other, old in zip(resolution.further_parts, old_letters, strict=True):
            other.letter = old
        resolution.part_letter = old_letter

    return undo


def set_part_caption(resolution: Resolution, part_id: str, letter: str, title: str) -> Undo:
    """Give a further part another letter ("C") or title."""
    part = find_part(resolution, part_id)
    if part is None:
        raise EditError(message(NO_PART, id=part_id))
    letter = letter.strip().upper()
    _check_letter(resolution, letter, part)
    old = part.letter, part.title
    part.letter, part.title = letter, " ".join(title.split())

    def undo() -> None:
        part.letter, part.title = old

    return undo


def _check_letter(resolution: Resolution, letter: str, part: ResolutionPart | None) -> None:
    if not (len(letter) == 1 and "A" <= letter <= "Z"):  # what a draft file accepts
        raise EditError(message(PART_LETTER, letter=repr(letter)))
    others = [resolution.part_letter or "A",
              *(p.letter for p in resolution.further_parts if p is not part)]
    if letter in others:
        raise EditError(message(PART_LETTER_TAKEN, letter=letter))


# ------------------------------------------------------------------ text


def set_text(resolution: Resolution, paragraph_id: str, lead: str, content: list[Inline]) -> Undo:
    """Replace a paragraph's opening phrase and text."""
    paragraph = _get(resolution, paragraph_id)
    old_lead, old_content = paragraph.lead, paragraph.content
    paragraph.lead, paragraph.content = lead, list(content)

    def undo() -> None:
        paragraph.lead, paragraph.content = old_lead, old_content

    return undo


def set_ending(resolution: Resolution, paragraph_id: str, ending: str | None) -> Undo:
    """Give a paragraph its own end punctuation ("." ";" "," ":" or "" for none), or None to
    print the derived one again."""
    if ending not in (None, "", ".", ";", ",", ":"):
        raise EditError(message(BAD_ENDING, ending=repr(ending)))
    paragraph = _get(resolution, paragraph_id)
    old = paragraph.ending
    paragraph.ending = ending

    def undo() -> None:
        paragraph.ending = old

    return undo


def set_connector(resolution: Resolution, paragraph_id: str, connector: str) -> Undo:
    """Set the "and"/"or" that follows a paragraph's end punctuation."""
    if connector not in ("", "and", "or"):
        raise EditError(message(BAD_CONNECTOR, connector=repr(connector)))
    paragraph = _get(resolution, paragraph_id)
    old = paragraph.connector
    paragraph.connector = connector

    def undo() -> None:
        paragraph.connector = old

    return undo


def content_length(content: list[Inline]) -> int:
    """Return the length of content in editor characters (a marker counts as one)."""
    return sum(len(item.text) if isinstance(item, Text) else 1 for item in content)


def insert_inline(content: list[Inline], offset: int, inline: Inline) -> list[Inline]:
    """Return new content with ``inline`` inserted at an editor offset."""
    if not 0 <= offset <= content_length(content):
        raise EditError(message(OFFSET_OUTSIDE, offset=offset))
    out: list[Inline] = []
    remaining = offset
    placed = False
    for item in content:
        if not placed and isinstance(item, Text) and remaining < len(item.text):
            if remaining:
                out.append(Text(item.text[:remaining], item.italic))
            out.append(inline)
            out.append(Text(item.text[remaining:], item.italic))
            placed = True
            continue
        if not placed and remaining == 0:
            out.append(inline)
            placed = True
        out.append(item)
        if not placed:
            remaining -= len(item.text) if isinstance(item, Text) else 1
    if not placed:
        out.append(inline)
    return out


def add_footnote(
    resolution: Resolution, paragraph_id: str, offset: int, text: str
) -> tuple[str, Undo]:
    """Create a footnote anchored at an offset in a paragraph's text; return its id."""
    paragraph = _get(resolution, paragraph_id)
    note = Footnote(new_id(), [Text(text)])
    old_content = paragraph.content
    paragraph.content = insert_inline(old_content, offset, FootnoteRef(note.id))
    resolution.footnotes[note.id] = note

    def undo() -> None:
        paragraph.content = old_content
        del resolution.footnotes[note.id]

    return note.id, undo


def cite_footnote(resolution: Resolution, paragraph_id: str, offset: int, note_id: str) -> Undo:
    """Reference an existing footnote again at an offset."""
    if note_id not in resolution.footnotes:
        raise EditError(message(NO_FOOTNOTE, id=note_id))
    return _insert_object(resolution, paragraph_id, offset, FootnoteRef(note_id))


def add_cross_reference(
    resolution: Resolution, paragraph_id: str, offset: int, target_id: str
) -> Undo:
    """Insert a reference to another paragraph that follows it when it is renumbered."""
    if resolution.find(target_id) is None:
        raise EditError(message(NO_TARGET, id=target_id))
    if target_id == paragraph_id:
        raise EditError(message(SELF_REFERENCE))
    return _insert_object(resolution, paragraph_id, offset, CrossRef(target_id))


def _insert_object(resolution: Resolution, paragraph_id: str, offset: int, item: Inline) -> Undo:
    paragraph = _get(resolution, paragraph_id)
    old_content = paragraph.content
    paragraph.content = insert_inline(old_content, offset, item)

    def undo() -> None:
        paragraph.content = old_content

    return undo


def edit_footnote(resolution: Resolution, note_id: str, text: str) -> Undo:
    """Replace a footnote's text."""
    note = resolution.footnotes.get(note_id)
    if note is None:
        raise EditError(message(NO_FOOTNOTE, id=note_id))
    old = note.content
    note.content = [Text(text)]

    def undo() -> None:
        note.content = old

    return undo


def remove_footnote(resolution: Resolution, note_id: str) -> Undo:
    """Delete a footnote and every marker that refers to it."""
    note = resolution.footnotes.pop(note_id, None)
    if note is None:
        raise EditError(message(NO_FOOTNOTE, id=note_id))
    saved: list[tuple[Paragraph, list[Inline]]] = []
    for _part, paragraph in resolution.walk():
        if any(isinstance(i, FootnoteRef) and i.note_id == note_id for i in paragraph.content):
            saved.append((paragraph, paragraph.content))
            paragraph.content = merge_text(
                [
                    i
                    for i in paragraph.content
                    if not (isinstance(i, FootnoteRef) and i.note_id == note_id)
                ]
            )

    def undo() -> None:
        resolution.footnotes[note_id] = note
        for paragraph, content in saved:
            paragraph.content = content

    return undo


def merge_text(content: list[Inline]) -> list[Inline]:
    """Return content with neighbouring text runs of the same style joined."""
    out: list[Inline] = []
    for item in content:
        last = out[-1] if out else None
        if isinstance(item, Text) and isinstance(last, Text) and last.italic == item.italic:
            out[-1] = Text(last.text + item.text, item.italic)
        else:
            out.append(item)
    return out


def _get(resolution: Resolution, paragraph_id: str) -> Paragraph:
    paragraph = resolution.find(paragraph_id)
    if paragraph is None:
        raise EditError(message(NO_PARAGRAPH, id=paragraph_id))
    return paragraph


def clone_paragraph(paragraph: Paragraph) -> Paragraph:
    """Return a deep copy with fresh ids (for paste and duplicate)."""
    twin = copy.deepcopy(paragraph)
    for node in twin.walk():
        node.id = new_id()
    return twin
