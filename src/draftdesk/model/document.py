"""The resolution as DraftDesk stores it: metadata, paragraphs, footnotes.

Only what the drafter decides is stored here. Labels, footnote numbers, end punctuation,
cross-reference text, the session line and the sponsors line are derived (see ``derive.py``),
so that no edit can leave them stale.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


def new_id() -> str:
    """Return a short random identifier for a paragraph or a footnote."""
    return uuid.uuid4().hex[:10]


class Body(StrEnum):
    """The organ that the draft is tabled in."""

    GA_PLENARY = "ga_plenary"
    GA_COMMITTEE = "ga_committee"
    GA_EMERGENCY = "ga_emergency_special_session"
    SECURITY_COUNCIL = "security_council"
    ECOSOC = "ecosoc"
    HUMAN_RIGHTS_COUNCIL = "human_rights_council"


class Part(StrEnum):
    """Where a paragraph stands: the two parts of a resolution, or an annex."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    ANNEX = "annex"


# The two parts of the resolution's own text, in order (annexes follow them).
BODY_PARTS = (Part.PREAMBULAR, Part.OPERATIVE)


class DocumentKind(StrEnum):
    """What the text is: a resolution, a decision (no preamble) or an amendment to a draft."""

    RESOLUTION = "resolution"
    DECISION = "decision"
    AMENDMENT = "amendment"


class ParagraphKind(StrEnum):
    """What a block in a part is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"  # a quoted block inside the preamble, e.g. a question put to the ICJ


# Numbering schemes, by the label of their first item.
SCHEME_ARABIC = "1."
SCHEME_ALPHA = "(a)"
SCHEME_ROMAN = "(i)"
SCHEME_ALPHA_DOT = "a."
SCHEME_ROMAN_DOT = "i."
SCHEME_NONE = ""
SCHEMES = (
    SCHEME_ARABIC,
    SCHEME_ALPHA,
    SCHEME_ROMAN,
    SCHEME_ALPHA_DOT,
    SCHEME_ROMAN_DOT,
    SCHEME_NONE,
)
MAX_DEPTH = 4  # operative paragraph plus four levels of sub-paragraphs


@dataclass(frozen=True)
class Text:
    """A run of text inside a paragraph or a footnote."""

    text: str
    italic: bool = False


@dataclass(frozen=True)
class FootnoteRef:
    """An anchor of a footnote inside a paragraph's text."""

    note_id: str


@dataclass(frozen=True)
class CrossRef:
    """A reference to another paragraph, stored by target so that it survives renumbering."""

    target_id: str


Inline = Text | FootnoteRef | CrossRef


@dataclass
class Footnote:
    """A footnote's text; its number is derived from where it is first referenced."""

    id: str
    content: list[Text]

    @property
    def plain_text(self) -> str:
        """Return the note's text without formatting."""
        return "".join(run.text for run in self.content)


@dataclass
class Provenance:
    """Where a paragraph came from when it was inserted from a clause library."""

    library: str
    clause: str
    version: int
    source: str = ""  # e.g. "A/RES/73/7, para. 4" for agreed language


@dataclass
class Paragraph:
    """A preambular or operative paragraph, a sub-paragraph, a heading or a quote block.

    ``lead`` is the opening phrase printed in italics ("Recalling also", "Requests"); ``content``
    is the rest of the text without label and without end punctuation. ``connector`` is an
    optional "and"/"or" printed after the end punctuation ("…;  and").
    """

    lead: str = ""
    content: list[Inline] = field(default_factory=list)
    children: list[Paragraph] = field(default_factory=list)
    kind: ParagraphKind = ParagraphKind.PARAGRAPH
    id: str = field(default_factory=new_id)
    child_scheme: str | None = None  # None: the default scheme for the children's depth
    numeral: str = ""  # a heading's roman numeral, "I", "II"
    connector: str = ""
    provenance: Provenance | None = None
    # The end punctuation as the drafter or the source text has it ("," ";" ":" "." or "" for
    # none), kept when it differs from the derived one; None: print the derived ending.
    ending: str | None = None

    @property
    def body_text(self) -> str:
        """Return the text after the lead, without footnote markers or cross-references."""
        return "".join(item.text for item in self.content if isinstance(item, Text))

    def walk(self) -> Iterator[Paragraph]:
        """Yield this paragraph and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class AgendaItem:
    """An agenda item: its number, optional sub-item letter and its title."""

    number: str
    title: str = ""
    sub_item: str = ""  # "b" for "Agenda item 70 (b)"

    @property
    def label(self) -> str:
        """Return the item as printed after "Agenda item": "70 (b)"."""
        return f"{self.number} ({self.sub_item})" if self.sub_item else self.number


@dataclass
class Sponsor:
    """A sponsoring State under its UN short name."""

    name: str
    observer: bool = False


@dataclass
class CoverNote:
    """An asterisk note on the cover page, anchored to the symbol or to the sponsors line."""

    anchor: str  # "symbol" or "sponsors"
    text: str


@dataclass
class Adoption:
    """The heading block of an adopted resolution (A/RES documents)."""

    adopted_line: str  # "Resolution adopted by the General Assembly on 15 December 2025"
    report_line: str = ""  # "[on the report of the Sixth Committee (A/80/450, para. 9)]"
    number: str = ""  # "80/164"


@dataclass
class Metadata:
    """Everything on the cover of the draft above the opening formula."""

    body: Body = Body.GA_PLENARY
    committee: int | None = None  # 1-6 for a Main Committee
    symbol: str = ""
    distribution: str = "Limited"
    date: _dt.date | None = None
    original_language: str = "English"
    session: int | None = None  # the session number; for ECOSOC the year
    session_dates: str = ""  # HRC: "27 February–24 March 2017"
    agenda_items: list[AgendaItem] = field(default_factory=list)
    sponsors: list[Sponsor] = field(default_factory=list)
    submitted_by: str = ""  # "Draft resolution submitted by the Chair" replaces the sponsors
    title: str = ""
    cover_notes: list[CoverNote] = field(default_factory=list)
    adoption: Adoption | None = None
    closing_lines: list[str] = field(default_factory=list)  # "64th plenary meeting", date
    language: str = "en"  # the language the text is drafted in: "en", "es" or "fr"


@dataclass
class Annex:
    """An annex to a resolution: its heading, its title and its own paragraphs.

    ``preamble`` holds the unnumbered paragraphs before the numbered ones (a declaration's
    "We, the Heads of State…"); ``paragraphs`` are numbered 1., 2. afresh in every annex, with
    headings between them. Annex paragraphs print the punctuation their text has.
    """

    heading: str = "Annex"  # "Annex", "Annex I"
    title: str = ""
    preamble: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    numbered: bool = True  # False: the annex's paragraphs print without numbers
    id: str = field(default_factory=new_id)

    def walk(self) -> Iterator[Paragraph]:
        """Yield the annex's paragraphs and their sub-paragraphs in document order."""
        for top in (*self.preamble, *self.paragraphs):
            yield from top.walk()


@dataclass
class ResolutionPart:
    """A further part of a text in parts (B, C …): its letter, its own preamble and paragraphs.

    Part A is the resolution's own preamble and operative paragraphs; every further part opens
    with its letter and the formula again, and numbers its paragraphs 1., 2. afresh.
    ``title`` is the part's own title where it has one (most parts have none).
    """

    letter: str = "B"
    title: str = ""
    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def part(self, part: Part) -> list[Paragraph]:
        """Return the top-level list of the part's preamble or operative paragraphs."""
        if part is Part.PREAMBULAR:
            return self.preambular
        if part is Part.OPERATIVE:
            return self.operative
        raise ValueError("a part of the text has no annex of its own")

    def walk(self) -> Iterator[tuple[Part, Paragraph]]:
        """Yield the part's paragraphs in document order with their part."""
        for part in BODY_PARTS:
            for top in self.part(part):
                for paragraph in top.walk():
                    yield part, paragraph


@dataclass
class ImportNote:
    """Something an importer was unsure of, for the drafter to check."""

    message: str
    paragraph_id: str = ""  # "" when the note is about the document as a whole


@dataclass
class Snapshot:
    """A frozen copy of a text: the base text a draft is compared with, or a saved version."""

    name: str  # "A/RES/79/123", "First reading"
    created: _dt.datetime
    text: Resolution


@dataclass
class Resolution:
    """A whole draft resolution (or decision, or amendment)."""

    metadata: Metadata = field(default_factory=Metadata)
    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    kind: DocumentKind = DocumentKind.RESOLUTION
    annexes: list[Annex] = field(default_factory=list)
    import_notes: list[ImportNote] = field(default_factory=list)
    base_text: Snapshot | None = None
    versions: list[Snapshot] = field(default_factory=list)
    # A text in parts: "A" heads the body (the first part) and ``further_parts`` follow it,
    # each with its letter. "" and no further parts: a text in one part.
    part_letter: str = ""
    further_parts: list[ResolutionPart] = field(default_factory=list)

    def part(self, part: Part) -> list[Paragraph]:
        """Return the top-level list of one of the two body parts."""
        if part is Part.PREAMBULAR:
            return self.preambular
        if part is Part.OPERATIVE:
            return self.operative
        raise ValueError("annex paragraphs belong to an annex: see Resolution.annexes")

    def walk(self) -> Iterator[tuple[Part, Paragraph]]:
        """Yield every paragraph in document order with its part.

        The body comes first, then each further part (B, C …) with its paragraphs marked
        preambular or operative as in the body, then the annexes.
        """
        for part in BODY_PARTS:
            for top in self.part(part):
                for paragraph in top.walk():
                    yield part, paragraph
        for further in self.further_parts:
            yield from further.walk()
        for annex in self.annexes:
            for paragraph in annex.walk():
                yield Part.ANNEX, paragraph

    def find(self, paragraph_id: str) -> Paragraph | None:
        """Return the paragraph with this id, or None."""
        for _part, paragraph in self.walk():
            if paragraph.id == paragraph_id:
                return paragraph
        return None
