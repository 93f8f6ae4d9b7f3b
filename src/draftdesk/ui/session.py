"""The open draft: its resolution, file, undo history and derived view.

Widgets never change the model themselves: they ask the session, which runs the model's edit
operations inside QUndoCommands and tells every view what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import edit, languages
from ..model.derive import Derived, derive
from ..model.document import (
    Annex,
    Footnote,
    Inline,
    Metadata,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
    Text,
    new_id,
)
from .i18n import localized, translate

Operation = Callable[[], edit.Undo]

# What a change touched, so that views can refresh only what they must.
TEXT = "text"  # one paragraph's lead or text; structure and numbering unchanged
STRUCTURE = "structure"  # paragraphs added, removed, moved, markers changed
FOOTNOTES = "footnotes"  # a footnote's text


class EditCommand(QUndoCommand):
    """An undoable model edit: redo runs the operation, undo runs the Undo it returned."""

    def __init__(
        self, session: Session, text: str, operation: Operation, kind: str,
        paragraph_id: str | None = None, applied: edit.Undo | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._operation = operation
        # The session applies an operation before pushing it, because an exception raised
        # inside redo() would not reach the caller through Qt; ``applied`` is its Undo.
        self._undo: edit.Undo | None = applied
        self.kind = kind
        self.paragraph_id = paragraph_id

    def redo(self) -> None:
        """Apply the operation (unless it was just applied) and keep the means to revert it."""
        if self._undo is None:
            self._undo = self._operation()
        self._session._after_change(self.kind, self.paragraph_id)

    def undo(self) -> None:
        """Revert the operation."""
        if self._undo is not None:
            self._undo()
            self._undo = None
        self._session._after_change(self.kind, self.paragraph_id)


TYPING_ID = 1001
KEEP = "keep"  # a typing command that leaves the paragraph's own ending as it is


class TypingCommand(EditCommand):
    """A burst of typing in one paragraph; successive keystrokes merge into one command."""

    def __init__(
        self, session: Session, paragraph_id: str, lead: str, content: list[Inline], kind: str,
        ending: str | None = KEEP,
    ) -> None:
        self.lead = lead
        self.content = list(content)
        self.ending = ending
        paragraph = session.paragraph(paragraph_id)
        # The ending before the burst: a later keystroke merged in may change it.
        self.ending_before = paragraph.ending if paragraph is not None else None
        self.burst = session.typing_burst
        super().__init__(session, translate("Session", "Typing"), self._apply, kind,
                         paragraph_id)

    def _apply(self) -> edit.Undo:
        assert self.paragraph_id is not None
        resolution = self._session.resolution
        undo_text = edit.set_text(resolution, self.paragraph_id, self.lead, self.content)
        if self.ending == KEEP:
            return undo_text
        undo_ending = edit.set_ending(resolution, self.paragraph_id, self.ending)

        def undo() -> None:
            undo_ending()
            undo_text()

        return undo

    def undo(self) -> None:
        """Revert the burst, its ending too."""
        if self.ending != KEEP and self.paragraph_id is not None:
            paragraph = self._session.resolution.find(self.paragraph_id)
            if paragraph is not None:
                paragraph.ending = self.ending_before
        super().undo()

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Return the merge id shared by all typing commands."""
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Absorb the next keystroke when it is in the same paragraph and burst."""
        if not isinstance(other, TypingCommand):
            return False
        if other.paragraph_id != self.paragraph_id or other.burst != self.burst:
            return False
        self.lead, self.content = other.lead, other.content
        if other.ending != KEEP:
            self.ending = other.ending
        if other.kind == STRUCTURE:
            self.kind = STRUCTURE
        # Our own undo already restores the state before the burst; drop the newer one.
        return True


def _objects(content: list[Inline]) -> list[Inline]:
    return [item for item in content if not isinstance(item, Text)]


# Words whose abbreviation dot stays at the end of a paragraph ("... and so on, etc.").
ABBREVIATIONS = frozenset({
    "etc", "No", "Nos", "para", "paras", "art", "arts", "Art", "Corr", "Add", "Rev", "i.e",
    "e.g", "Vol", "vol", "p", "pp", "chap", "sect", "Suppl", "op", "cit", "al",
})
TYPED_ENDINGS = ",;:."


def without_typed_ending(content: list[Inline]) -> list[Inline]:
    """Return content without a trailing , ; : or . typed by the drafter (the ending is derived).

    A final dot after a known abbreviation ("etc.", "No.") is part of the text and stays.
    """
    while True:
        trimmed = _drop_one_ending(content)
        if trimmed == content:
            return content
        content = trimmed


def _drop_one_ending(content: list[Inline]) -> list[Inline]:
    if not content or not isinstance(content[-1], Text):
        return content
    last = content[-1]
    text = last.text.rstrip()
    if not text or text[-1] not in TYPED_ENDINGS:
        return content
    if text[-1] == ".":
        words = text[:-1].split()
        if words and words[-1].lstrip("(") in ABBREVIATIONS:
            return content
        if text.endswith(".."):
            return content  # an ellipsis is the drafter's choice
    text = text[:-1].rstrip()
    return content[:-1] + ([Text(text, last.italic)] if text else [])


def split_content(content: list[Inline], offset: int) -> tuple[list[Inline], list[Inline]]:
    """Split content at an editor offset (a marker counts as one character)."""
    before: list[Inline] = []
    after: list[Inline] = []
    remaining = offset
    for item in content:
        size = len(item.text) if isinstance(item, Text) else 1
        if remaining >= size:
            before.append(item)
            remaining -= size
        elif remaining <= 0:
            after.append(item)
        else:
            assert isinstance(item, Text)
            before.append(Text(item.text[:remaining], item.italic))
            after.append(Text(item.text[remaining:], item.italic))
            remaining = 0
    return before, after


def parse_note_markup(text: str) -> list[Text]:
    """Read a footnote typed with *italic* markup (\\* for an asterisk) as text runs."""
    runs: list[Text] = []
    italic = False
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            chunk = "".join(buffer)
            if runs and runs[-1].italic == italic:
                runs[-1] = Text(runs[-1].text + chunk, italic)
            else:
                runs.append(Text(chunk, italic))
            buffer.clear()

    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] == "*":
            buffer.append("*")
            index += 2
            continue
        if char == "*" and (italic or "*" in text[index + 1:]):
            flush()
            italic = not italic
        else:
            buffer.append(char)
        index += 1
    flush()
    return runs or [Text("")]


def note_markup(content: list[Text]) -> str:
    """Write a footnote's runs with *italic* markup, the form the note fields edit."""
    out = []
    for run in content:
        text = run.text.replace("*", "\\*")
        out.append(f"*{text}*" if run.italic and text else text)
    return "".join(out)


def _capitalized(text: str) -> str:
    """Return ``text`` with its first letter capitalized (the rest as it is)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Placement:
    """Where a pasted paragraph goes: after ``anchor_id``, as its first child (``as_child``),
    or first in ``part`` of ``container`` (the body, a further part) when ``anchor_id`` is
    None."""

    paragraph: Paragraph
    anchor_id: str | None
    as_child: bool = False
    part: Part = Part.OPERATIVE
    container: str = ""

    def location(self, resolution: Resolution) -> edit.Location:
        """Return the location the paragraph goes to, given the paragraphs placed before it."""
        if self.anchor_id is None:
            return edit.Location(self.part, None, 0, self.container)
        anchor = edit.locate(resolution, self.anchor_id)
        if self.as_child:
            return edit.Location(anchor.part, self.anchor_id, 0, anchor.container)
        return anchor.at(anchor.index + 1)


class Session(QObject):
    """Own the open resolution, its file path, its undo stack and its derived view."""

    changed = Signal(str, object)  # kind, paragraph id or None
    path_changed = Signal()
    clean_changed = Signal(bool)
    error = Signal(str)

    def __init__(self, resolution: Resolution | None = None, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resolution = resolution if resolution is not None else Resolution()
        self.path = path
        # Where Save offers to write a draft that has no file yet (a text file's name, as a
        # draft); shown in the title bar until the draft is saved.
        self.suggested_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.clean_changed)
        self.derived: Derived = derive(self.resolution)
        self.typing_burst = 0
        self._forced_dirty = False  # a draft never saved (imported, recovered) has changes
        self.revision = 0  # bumps on every change; autosave compares it
        self.last_changed: str | None = None  # the paragraph the last change was about

    # ---------------------------------------------------------------- state

    @property
    def dirty(self) -> bool:
        """Return True when the draft has changes not yet saved."""
        return not self.undo_stack.isClean() or self._forced_dirty

    def mark_clean(self) -> None:
        """Treat the draft as having nothing to save (the user chose to discard changes)."""
        self._forced_dirty = False
        self.undo_stack.setClean()
        self.clean_changed.emit(True)

    def mark_dirty(self) -> None:
        """Mark a draft that was never saved (imported, recovered) as having unsaved changes."""
        self._forced_dirty = True
        self.clean_changed.emit(False)

    def mark_saved(self, path: Path) -> None:
        """Record that the draft now matches the file at ``path``."""
        self._forced_dirty = False
        changed_path = path != self.path
        self.path = path
        self.undo_stack.setClean()
        self.clean_changed.emit(True)
        if changed_path:
            self.path_changed.emit()

    @property
    def display_name(self) -> str:
        """Return the file name shown in the title bar."""
        shown = self.path or self.suggested_path
        return shown.name if shown else self.tr("Untitled")

    def label(self, paragraph_id: str) -> str:
        """Return a paragraph's label as the draft's language prints it ("a)" in Spanish)."""
        info = self.derived.info.get(paragraph_id)
        if info is None:
            return ""
        language = self.resolution.metadata.language
        if language == "en" or not info.label:
            return info.label
        return languages.paragraph_label(self.derived, paragraph_id, language)

    def reference_text(self, paragraph_id: str, from_id: str | None = None) -> str:
        """Return how a reference to a paragraph prints in the draft's language (from the
        paragraph ``from_id``: in a text in parts, one inside its own part names no part)."""
        language = self.resolution.metadata.language
        if language == "en":
            return self.derived.cross_ref_text(paragraph_id, from_id)
        return languages.cross_ref_text(self.derived, paragraph_id, language, from_id)

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """Return a paragraph by id."""
        return self.derived._paragraphs.get(paragraph_id) or self.resolution.find(paragraph_id)

    def new_burst(self) -> None:
        """End the current typing burst: the next keystroke starts a new undo step."""
        self.typing_burst += 1

    def commit_text(self, paragraph_id: str | None) -> None:
        """Finish editing a paragraph: drop a typed end punctuation (within the same undo step)."""
        paragraph = self.paragraph(paragraph_id) if paragraph_id else None
        if paragraph is not None and paragraph_id is not None:
            trimmed = without_typed_ending(paragraph.content)
            if trimmed != paragraph.content:
                info = self.derived.info.get(paragraph_id)
                if info is None or info.part is not Part.ANNEX:
                    self.set_text(paragraph_id, paragraph.lead, trimmed)
                elif paragraph.ending is not None:
                    # An annex's paragraph prints the punctuation its text has. One read with
                    # its ending kept apart takes the typed one in its place, never both.
                    last = paragraph.content[-1]
                    assert isinstance(last, Text)
                    self.set_text(paragraph_id, paragraph.lead, trimmed,
                                  ending=last.text.rstrip()[-1])
        self.new_burst()

    def _without_ending(self, paragraph_id: str, content: list[Inline]) -> list[Inline]:
        """Drop a typed end punctuation (it is derived), except in an annex's paragraph,
        which prints the punctuation its text has."""
        info = self.derived.info.get(paragraph_id)
        if info is not None and info.part is Part.ANNEX:
            return content
        return without_typed_ending(content)

    # ---------------------------------------------------------------- running edits

    def _after_change(self, kind: str, paragraph_id: str | None) -> None:
        self.revision += 1
        self.last_changed = paragraph_id
        if kind == TEXT and paragraph_id is not None:
            pass  # numbering, punctuation and footnote numbers do not depend on the words
        else:
            self.derived = derive(self.resolution)
        self.changed.emit(kind, paragraph_id)

    def run(self, text: str, operation: Operation, kind: str = STRUCTURE,
            paragraph_id: str | None = None) -> bool:
        """Run an edit as an undoable command; report an EditError instead of raising it."""
        try:
            undo = operation()
        except edit.EditError as error:
            self.error.emit(localized(error))
            return False
        self.undo_stack.push(EditCommand(self, text, operation, kind, paragraph_id, undo))
        return True

    def set_text(self, paragraph_id: str, lead: str, content: list[Inline],
                 ending: str | None = KEEP) -> None:
        """Replace a paragraph's opening phrase and text (and, when given, its own ending)
        as part of a typing burst."""
        paragraph = self.paragraph(paragraph_id)
        if paragraph is None:
            return
        if paragraph.lead == lead and paragraph.content == content and (
                ending == KEEP or ending == paragraph.ending):
            return
        same_objects = _objects(paragraph.content) == _objects(content)
        kind = TEXT if same_objects and ending == KEEP else STRUCTURE
        self.undo_stack.push(TypingCommand(self, paragraph_id, lead, content, kind, ending))

    # ---------------------------------------------------------------- structure

    def location_after(self, paragraph_id: str | None, part: Part,
                       container: str = "") -> edit.Location:
        """Return where a new sibling of ``paragraph_id`` goes (end of ``part`` of
        ``container``, the body by default, if None)."""
        if paragraph_id is None:
            items = edit.top_level(self.resolution, part, container)
            return edit.Location(part, None, len(items), container)
        location = edit.locate(self.resolution, paragraph_id)
        return location.at(location.index + 1)

    def insert_paragraph(self, location: edit.Location, paragraph: Paragraph | None = None,
                         text: str = "") -> Paragraph | None:
        """Insert a paragraph (an empty one by default) at ``location``; return it."""
        paragraph = paragraph if paragraph is not None else Paragraph()
        ok = self.run(text or self.tr("New paragraph"),
                      lambda: edit.insert_paragraph(self.resolution, location, paragraph))
        return paragraph if ok else None

    def add_preambular(self, after_id: str | None = None) -> Paragraph | None:
        """Add a preambular paragraph after ``after_id`` (or at the end of the preamble of
        the text it stands in: the body, a further part, or an annex's opening paragraphs)."""
        location = self._top_in(after_id, Part.PREAMBULAR)
        return self.insert_paragraph(location, text=self.tr("New preambular paragraph"))

    def add_operative(self, after_id: str | None = None) -> Paragraph | None:
        """Add an operative paragraph (in an annex, a numbered one) after ``after_id``, or at
        the end of the operative paragraphs of the text it stands in."""
        location = self._top_in(after_id, Part.OPERATIVE)
        return self.insert_paragraph(location, text=self.tr("New operative paragraph"))

    def _top_in(self, after_id: str | None, part: Part) -> edit.Location:
        """Return where a new top-level paragraph of ``part`` goes near ``after_id``."""
        if after_id is None or self.paragraph(after_id) is None:
            return self.location_after(None, part)
        location = self._top_after(after_id)
        container = location.container
        if container and edit.find_annex(self.resolution, container) is not None:
            # An annex's lists: its opening paragraphs, then its numbered ones.
            wanted = Part.PREAMBULAR if part is Part.PREAMBULAR else Part.ANNEX
            if location.part is wanted:
                return location
            return self.location_after(None, wanted, container)
        if location.part is part:
            return location
        return self.location_after(None, part, container)

    def add_subparagraph(self, parent_id: str) -> Paragraph | None:
        """Add a sub-paragraph at the end of ``parent_id``'s sub-paragraphs."""
        parent = self.paragraph(parent_id)
        if parent is None:
            return None
        location = edit.Location(self._part_of(parent_id), parent_id, len(parent.children))
        return self.insert_paragraph(location, text=self.tr("New sub-paragraph"))

    def add_heading(self, after_id: str | None, part: Part = Part.OPERATIVE) -> Paragraph | None:
        """Add a heading in the operative part after ``after_id``'s top-level paragraph."""
        # Empty: the editor shows a placeholder and the drafter types the heading at once.
        heading = Paragraph(kind=ParagraphKind.HEADING, lead="", content=[])
        if after_id is not None:
            part = self._part_of(after_id)
            location = self._top_after(after_id)
        else:
            location = self.location_after(None, part)
        return self.insert_paragraph(location, heading, text=self.tr("New heading"))

    def _part_of(self, paragraph_id: str) -> Part:
        info = self.derived.info.get(paragraph_id)
        if info is not None:
            return info.part
        return edit.locate(self.resolution, paragraph_id).part

    def _top_after(self, paragraph_id: str) -> edit.Location:
        location = edit.locate(self.resolution, paragraph_id)
        while location.parent_id is not None:
            location = edit.locate(self.resolution, location.parent_id)
        return edit.Location(location.part, None, location.index + 1, location.container)

    def split_paragraph(self, paragraph_id: str, lead: str, first: list[Inline],
                        rest: list[list[Inline]], text: str = "",
                        rest_leads: list[str] | None = None) -> list[str]:
        """Give a paragraph ``lead`` and ``first`` and put new paragraphs with ``rest`` (and
        ``rest_leads``) after it, as one undo step; return the new paragraphs' ids."""
        if self.paragraph(paragraph_id) is None:
            return []
        self.new_burst()
        location = self.location_after(paragraph_id, Part.OPERATIVE)
        leads = rest_leads if rest_leads is not None else [""] * len(rest)
        new = [Paragraph(lead=new_lead, content=list(content))
               for new_lead, content in zip(leads, rest, strict=True)]
        first = self._without_ending(paragraph_id, first)

        def operation() -> edit.Undo:
            undos = [edit.set_text(self.resolution, paragraph_id, lead, first)]
            for index, paragraph in enumerate(new):
                where = location.at(location.index + index)
                undos.append(edit.insert_paragraph(self.resolution, where, paragraph))

            def undo() -> None:
                for step in reversed(undos):
                    step()

            return undo

        ok = self.run(text or self.tr("Split paragraph"), operation, STRUCTURE,
                      new[-1].id if new else paragraph_id)
        self.new_burst()
        return [paragraph.id for paragraph in new] if ok else []

    def paste_paragraphs(self, paragraph_id: str, lead: str, first: list[Inline],
                         placements: list[Placement]) -> list[str]:
        """Give a paragraph ``lead`` and ``first`` and insert pasted paragraphs where
        ``placements`` say, in order, as one undo step; return the inserted paragraphs' ids."""
        if self.paragraph(paragraph_id) is None:
            return []
        self.new_burst()
        first = self._without_ending(paragraph_id, first)
        resolution = self.resolution

        def operation() -> edit.Undo:
            undos = [edit.set_text(resolution, paragraph_id, lead, first)]
            try:
                for placement in placements:
                    undos.append(edit.insert_paragraph(
                        resolution, placement.location(resolution), placement.paragraph))
            except edit.EditError:
                for step in reversed(undos):  # all or nothing
                    step()
                raise

            def undo() -> None:
                for step in reversed(undos):
                    step()

            return undo

        last = placements[-1].paragraph.id if placements else paragraph_id
        ok = self.run(self.tr("Paste paragraphs"), operation, STRUCTURE, last)
        self.new_burst()
        return [placement.paragraph.id for placement in placements] if ok else []

    def delete_paragraph(self, paragraph_id: str) -> bool:
        """Delete a paragraph with its sub-paragraphs."""
        # The id lets undo select the paragraph it brings back.
        return self.run(
            self.tr("Delete paragraph"),
            lambda: edit.delete_paragraph(self.resolution, paragraph_id),
            STRUCTURE, paragraph_id,
        )

    def move_up(self, paragraph_id: str) -> bool:
        """Move a paragraph before its previous sibling."""
        return self.run(self.tr("Move up"), lambda: edit.move_up(self.resolution, paragraph_id))

    def move_down(self, paragraph_id: str) -> bool:
        """Move a paragraph after its next sibling."""
        return self.run(self.tr("Move down"), lambda: edit.move_down(self.resolution, paragraph_id))

    def indent(self, paragraph_id: str) -> bool:
        """Make a paragraph a sub-paragraph of the one above."""
        return self.run(self.tr("Indent"), lambda: edit.indent(self.resolution, paragraph_id))

    def outdent(self, paragraph_id: str) -> bool:
        """Lift a sub-paragraph one level."""
        return self.run(self.tr("Outdent"), lambda: edit.outdent(self.resolution, paragraph_id))

    def move_to(self, paragraph_id: str, target: edit.Location) -> bool:
        """Move a paragraph to ``target`` (index counted after taking it out)."""
        return self.run(
            self.tr("Move paragraph"),
            lambda: edit.move_paragraph(self.resolution, paragraph_id, target)
        )

    def insert_clause(self, paragraph: Paragraph, footnotes: list[Footnote],
                      location: edit.Location) -> bool:
        """Insert a paragraph from a clause library, with its footnotes, as one undo step."""

        def operation() -> edit.Undo:
            undo_insert = edit.insert_paragraph(self.resolution, location, paragraph)
            for note in footnotes:
                self.resolution.footnotes[note.id] = note

            def undo() -> None:
                for note in footnotes:
                    self.resolution.footnotes.pop(note.id, None)
                undo_insert()

            return undo

        return self.run(self.tr("Insert clause"), operation)

    def set_metadata(self, metadata: Metadata) -> bool:
        """Replace the cover details (title, sponsors, symbol, ...) as one undo step."""
        old = self.resolution.metadata
        if metadata == old:
            return False

        def operation() -> edit.Undo:
            self.resolution.metadata = metadata

            def undo() -> None:
                self.resolution.metadata = old

            return undo

        return self.run(self.tr("Change draft details"), operation)

    # ---------------------------------------------------------------- annexes

    def add_annex(self, title: str = "") -> Annex | None:
        """Add an annex after the others, with one empty paragraph; return it."""
        annex = edit.new_annex(self.resolution, title)
        index = len(self.resolution.annexes)
        first = annex.paragraphs[0].id
        ok = self.run(self.tr("Add annex"),
                      lambda: edit.insert_annex(self.resolution, index, annex), STRUCTURE, first)
        return annex if ok else None

    def remove_annex(self, annex_id: str) -> bool:
        """Remove an annex with its paragraphs."""
        return self.run(self.tr("Remove annex"),
                        lambda: edit.delete_annex(self.resolution, annex_id))

    def set_annex_caption(self, annex_id: str, heading: str, title: str) -> bool:
        """Give an annex another heading or title."""
        annex = edit.find_annex(self.resolution, annex_id)
        if annex is None or (annex.heading, annex.title) == (heading.strip(), title.strip()):
            return False
        return self.run(self.tr("Change annex heading"),
                        lambda: edit.set_annex_caption(self.resolution, annex_id, heading, title))

    def annex_caption(self, annex: Annex) -> str:
        """Return an annex's heading as the draft prints it ("Anexo II" in Spanish)."""
        language = self.resolution.metadata.language
        return languages.annex_heading(annex.heading, language) if language != "en" \
            else annex.heading

    # ---------------------------------------------------------------- parts (decision 0012)

    def add_part(self, title: str = "") -> ResolutionPart | None:
        """Add a further part after the others, with one empty operative paragraph; return it.

        A text in one part becomes a text in parts: its own paragraphs become part A.
        """
        part = edit.new_part(self.resolution, title)
        first = part.operative[0].id
        ok = self.run(self.tr("Add part"), lambda: edit.insert_part(self.resolution, part),
                      STRUCTURE, first)
        return part if ok else None

    def remove_part(self, part_id: str) -> bool:
        """Remove a further part with its paragraphs."""
        return self.run(self.tr("Remove part"), lambda: edit.delete_part(self.resolution, part_id))

    def set_part_caption(self, part_id: str, letter: str, title: str) -> bool:
        """Give a further part another letter or title."""
        part = edit.find_part(self.resolution, part_id)
        if part is None or (part.letter, part.title) == (letter.strip().upper(),
                                                         " ".join(title.split())):
            return False
        return self.run(self.tr("Change part letter"),
                        lambda: edit.set_part_caption(self.resolution, part_id, letter, title))

    def clause_location(self, part: Part, current_id: str | None) -> edit.Location:
        """Return where a clause for ``part`` goes: after the current paragraph's top-level
        paragraph when that is in the same part, else at the end of the part."""
        if current_id is not None and self.paragraph(current_id) is not None:
            location = self._top_after(current_id)
            # In an annex, a clause goes where the drafter is, whatever its part.
            if location.part is part or location.part is Part.ANNEX:
                return location
            return self.location_after(None, part, location.container)
        return self.location_after(None, part)

    # ---------------------------------------------------------------- footnotes and references

    def add_footnote(self, paragraph_id: str, offset: int, text: str,
                     lead: str | None = None, content: list[Inline] | None = None) -> str | None:
        """Anchor a new footnote at an editor offset; return its id.

        ``lead`` and ``content`` carry text typed but not yet committed, so that the marker
        lands where the cursor is.
        """
        self.new_burst()
        note = Footnote(new_id(), parse_note_markup(text))

        def operation() -> edit.Undo:
            undo_text = self._pending_text(paragraph_id, lead, content)
            self.resolution.footnotes[note.id] = note
            undo_cite = edit.cite_footnote(self.resolution, paragraph_id, offset, note.id)

            def undo() -> None:
                undo_cite()
                del self.resolution.footnotes[note.id]
                undo_text()

            return undo

        ok = self.run(self.tr("Insert footnote"), operation, STRUCTURE, paragraph_id)
        self.new_burst()
        return note.id if ok else None

    def cite_footnote(self, paragraph_id: str, offset: int, note_id: str) -> bool:
        """Refer to an existing footnote again at an editor offset."""
        self.new_burst()
        ok = self.run(
            self.tr("Cite footnote"),
            lambda: edit.cite_footnote(self.resolution, paragraph_id, offset, note_id),
            STRUCTURE, paragraph_id,
        )
        self.new_burst()
        return ok

    def edit_footnote(self, note_id: str, text: str) -> bool:
        """Replace a footnote's text."""
        note = self.resolution.footnotes.get(note_id)
        content = parse_note_markup(text)
        if note is None or note.content == content:
            return False

        def operation() -> edit.Undo:
            old = note.content
            note.content = content

            def undo() -> None:
                note.content = old

            return undo

        return self.run(self.tr("Edit footnote"), operation, FOOTNOTES)

    def remove_footnote(self, note_id: str) -> bool:
        """Delete a footnote and all its markers."""
        return self.run(
            self.tr("Delete footnote"), lambda: edit.remove_footnote(self.resolution, note_id)
        )

    def add_cross_reference(self, paragraph_id: str, offset: int, target_id: str) -> bool:
        """Insert a reference to another paragraph at an editor offset."""
        self.new_burst()
        ok = self.run(
            self.tr("Insert cross-reference"),
            lambda: edit.add_cross_reference(self.resolution, paragraph_id, offset, target_id),
            STRUCTURE, paragraph_id,
        )
        self.new_burst()
        return ok

    def _pending_text(
        self, paragraph_id: str, lead: str | None, content: list[Inline] | None
    ) -> edit.Undo:
        if lead is None or content is None:
            return lambda: None
        return edit.set_text(self.resolution, paragraph_id, lead, content)

    # ---------------------------------------------------------------- queries

    def paragraphs_in_order(self) -> list[Paragraph]:
        """Return every paragraph in document order."""
        return [paragraph for _part, paragraph in self.resolution.walk()]

    def describe(self, paragraph_id: str) -> str:
        """Return how a drafter names a paragraph ("operative paragraph 3")."""
        info = self.derived.info.get(paragraph_id)
        paragraph = self.paragraph(paragraph_id)
        if info is None or paragraph is None:
            return self.tr("a deleted paragraph")
        if info.part is Part.ANNEX:
            return self._describe_in_annex(paragraph, info.label, info.depth)
        if paragraph.kind is ParagraphKind.HEADING:
            if info.part is Part.PREAMBULAR:
                name = self.tr("a heading in the preambular part")
            else:
                name = self.tr("a heading in the operative part")
        elif info.depth:
            name = self.tr("sub-paragraph {label}").format(
                label=self.reference_text(paragraph_id).split(" ", 1)[-1])
        elif info.part is Part.PREAMBULAR:
            name = self.tr("preambular paragraph {number}").format(number=info.ordinal)
        else:
            name = self.tr("operative paragraph {label}").format(
                label=info.label.rstrip(".") or self.tr("(unnumbered)"))
        if info.section and info.section != self.resolution.part_letter and not info.depth:
            return self.tr("{paragraph} of part {letter}").format(paragraph=name,
                                                                  letter=info.section)
        return name

    def _describe_in_annex(self, paragraph: Paragraph, label: str, depth: int) -> str:
        container = edit.container_of(self.resolution, paragraph.id)
        annex = self.annex_caption(container) if isinstance(container, Annex) else ""
        if paragraph.kind is ParagraphKind.HEADING:
            return self.tr("a heading in {annex}").format(annex=annex)
        if depth:
            return self.tr("sub-paragraph {label} in {annex}").format(
                label=self.label(paragraph.id), annex=annex)
        if label:
            return self.tr("paragraph {label} of {annex}").format(
                label=self.label(paragraph.id).rstrip("."), annex=annex)
        return self.tr("an unnumbered paragraph of {annex}").format(annex=annex)

    def export_problems(self) -> list[str]:
        """Return what would print wrongly: references to deleted paragraphs, empty paragraphs."""
        problems = []
        for paragraph_id, _target in self.derived.broken_cross_refs:
            problems.append(self.tr("{paragraph} refers to a deleted paragraph (prints as "
                                    "“[deleted paragraph]”).").format(
                paragraph=_capitalized(self.describe(paragraph_id))))
        for paragraph in self.paragraphs_in_order():
            if not paragraph.lead.strip() and not paragraph.body_text.strip() and not any(
                not isinstance(item, Text) for item in paragraph.content
            ):
                problems.append(self.tr("{paragraph} is empty.").format(
                    paragraph=_capitalized(self.describe(paragraph.id))))
        return problems

    def notes_in_order(self) -> list[Footnote]:
        """Return the footnotes: numbered ones in order first, then unreferenced ones."""
        numbered = [self.resolution.footnotes[n] for n in self.derived.footnote_order]
        rest = [n for k, n in self.resolution.footnotes.items()
                if k not in self.derived.footnote_numbers]
        return numbered + rest
