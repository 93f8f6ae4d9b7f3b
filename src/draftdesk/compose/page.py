"""Compose a resolution into the printed document every output reads.

``compose(resolution, options)`` decides, once, what the pages say and in what order: the
masthead fields, the session block, the sponsors line, the title, the opening formula, every
paragraph with its label and runs, headings, annexes, closing lines, the notes (asterisk notes
first) and the running heads. Each block carries a ``Role``; the Word writer, the window's
preview and the new-draft wizard map roles to their own means (styles, QTextLayout geometry,
HTML) and never arrange a page themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from ..model import languages
from ..model.derive import (
    Derived,
    agenda_line,
    committee_line,
    date_line,
    derive,
    opening_formula,
    organ_line,
    paragraph_runs,
    session_line,
    sponsors_line,
    symbol_line,
)
from ..model.document import (
    Annex,
    Body,
    DocumentKind,
    Metadata,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
)


class Profile(StrEnum):
    """How the document is dressed: the L-document look or the plain submission manuscript."""

    L_DOCUMENT = "l-document"
    MANUSCRIPT = "manuscript"


class Paper(StrEnum):
    """The paper the document prints on."""

    LETTER = "letter"
    A4 = "a4"


class Role(StrEnum):
    """What a printed block is, from the masthead to the last note."""

    SESSION = "session"  # "Eightieth session", flush left at the margin
    COMMITTEE = "committee"  # "Second Committee", "Human Rights Council"
    SESSION_DATES = "session-dates"  # HRC: "27 February–24 March 2017"
    AGENDA = "agenda"  # "Agenda item 18"
    AGENDA_TITLE = "agenda-title"  # the item's title, bold
    ADOPTED = "adopted"  # "Resolution adopted by the General Assembly on …"
    REPORT = "report"  # "[on the report of the Sixth Committee (A/80/450, para. 9)]"
    RESOLUTION_TITLE = "resolution-title"  # "80/164." at the margin, title at the body indent
    SPONSORS = "sponsors"  # "Chile and Mexico: draft resolution"
    TITLE = "title"  # the title of a draft
    PART_LETTER = "part-letter"  # "A", "B": a part of a text in parts, bold at the body indent
    PART_TITLE = "part-title"  # a part's own title, where it has one
    FORMULA = "formula"  # "The General Assembly,"
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    SUBPARAGRAPH = "subparagraph"  # (a), (b) …: continuation lines return to the body indent
    SUBSUBPARAGRAPH = "subsubparagraph"  # (i), (ii) … and deeper: a hanging block
    QUOTE = "quote"  # a quoted block inside the preamble
    HEADING = "heading"  # a section heading, its numeral on the line above
    ANNEX_HEADING = "annex-heading"  # "Annex", "Annex I", centred
    ANNEX_TITLE = "annex-title"
    ANNEX_PREAMBULAR = "annex-preambular"  # an annex's unnumbered opening paragraphs
    ANNEX_PARAGRAPH = "annex-paragraph"
    CLOSING = "closing"  # "64th plenary meeting", "15 December 2025"
    END_RULE = "end-rule"  # the short centred rule after the text


# Roles whose blocks stand for a paragraph of the draft.
PARAGRAPH_ROLES = frozenset({
    Role.PREAMBULAR, Role.OPERATIVE, Role.SUBPARAGRAPH, Role.SUBSUBPARAGRAPH, Role.QUOTE,
    Role.HEADING, Role.ANNEX_PREAMBULAR, Role.ANNEX_PARAGRAPH,
})
# Roles of the cover: everything from the session block down to the opening formula.
COVER_ROLES = frozenset({
    Role.SESSION, Role.COMMITTEE, Role.SESSION_DATES, Role.AGENDA, Role.AGENDA_TITLE,
    Role.ADOPTED, Role.REPORT, Role.RESOLUTION_TITLE, Role.SPONSORS, Role.TITLE,
    Role.PART_LETTER, Role.PART_TITLE, Role.FORMULA,
})

BROKEN_REFERENCE = "[deleted paragraph]"  # what derive() prints for a reference to nothing
SYMBOL_NOTE, SPONSORS_NOTE = "*symbol", "*sponsors"  # the note ids of asterisk notes


@dataclass(frozen=True)
class Options:
    """What the printed document is for: its profile, its paper, its language.

    ``paper`` None takes the body's paper (A4 in Geneva, Letter in New York); ``language``
    None takes the draft's own.
    """

    profile: Profile = Profile.L_DOCUMENT
    paper: Paper | None = None
    language: str | None = None


@dataclass(frozen=True)
class Span:
    """A run of printed text with its look, or a note reference.

    A note reference has ``note_id`` and ``note_number``; ``repeat`` marks a note cited again
    after its first reference (Word prints it as a cross-reference to the note's number).
    """

    text: str
    italic: bool = False
    superscript: bool = False
    note_id: str | None = None
    note_number: int | None = None
    repeat: bool = False
    broken: bool = False  # a cross-reference to a deleted paragraph
    # A reference whose mark prints elsewhere: the symbol's asterisk stands in the masthead,
    # but its note needs an anchor in the text.
    hidden: bool = False
    # A document symbol ("ES-10/15"): writers keep it whole, its hyphens non-breaking.
    no_break: bool = False


@dataclass(frozen=True)
class Block:
    """One printed paragraph: its role, its label, its spans.

    ``text`` may hold "\\n" where the block breaks its line on purpose (a heading's numeral, the
    sponsors line before "draft resolution", the committee line before "(Fourth Committee)").
    """

    role: Role
    spans: tuple[Span, ...]
    label: str = ""  # "3.", "(b)", "80/164."; printed before the text with a tab
    paragraph_id: str | None = None
    depth: int = 0
    outline_level: int | None = None  # for navigation, from 1: titles and annexes, 2 headings

    @property
    def text(self) -> str:
        """Return the block's printed text without its label."""
        return "".join(span.text for span in self.spans if not span.hidden)


@dataclass(frozen=True)
class Note:
    """A note at the foot of the page: an asterisk note of the cover, or a numbered footnote."""

    mark: str  # "*" or the number as printed
    spans: tuple[Span, ...]
    note_id: str  # the footnote's id; "*symbol" / "*sponsors" for asterisk notes
    number: int | None = None  # None for an asterisk note

    @property
    def text(self) -> str:
        """Return the note's text without its mark."""
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Masthead:
    """The fields of the first page's masthead."""

    organ: str  # "General Assembly"
    symbol: str  # as printed, with its asterisk when a cover note hangs on it
    distribution: str  # "Distr.: Limited", "Provisional" or ""
    date: str  # "30 November 2007" or ""
    original: str  # "Original: English" or "" (adopted resolutions print none)
    organization: str = "United Nations"  # "Naciones Unidas", "Nations Unies"


@dataclass(frozen=True)
class RunningHead:
    """What pages 2 onwards print above and below the text."""

    symbol: str  # bold, on the outer side, over a rule
    page_numbers: bool = True  # "2/4" on the outer side of the footer


@dataclass
class PrintedDocument:
    """A resolution composed for print: what every output writes, in order."""

    options: Options
    paper: Paper
    masthead: Masthead | None
    running_head: RunningHead | None
    blocks: list[Block] = field(default_factory=list)
    cover_notes: list[Note] = field(default_factory=list)  # asterisk notes, printed first
    notes: list[Note] = field(default_factory=list)  # numbered notes in order
    derived: Derived | None = None

    def cover(self) -> list[Block]:
        """Return the blocks of the cover: session block down to the opening formula."""
        out = []
        for block in self.blocks:
            if block.role not in COVER_ROLES:
                break
            out.append(block)
        return out

    def all_notes(self) -> list[Note]:
        """Return the asterisk notes, then the numbered ones: the order under the rule."""
        return self.cover_notes + self.notes


def paper_for(resolution: Resolution, options: Options | None = None) -> Paper:
    """Return the paper a draft prints on: the option's, or A4 for Geneva bodies."""
    if options is not None and options.paper is not None:
        return options.paper
    return Paper.A4 if resolution.metadata.body is Body.HUMAN_RIGHTS_COUNCIL else Paper.LETTER


def compose(resolution: Resolution, options: Options | None = None,
            derived: Derived | None = None) -> PrintedDocument:
    """Return the printed document of ``resolution``: every block, note and field, in order.

    ``derived`` may pass the structure already derived for this exact state of the draft.
    """
    options = options or Options()
    derived = derived if derived is not None else derive(resolution)
    metadata = resolution.metadata
    language = language_of(resolution, options)
    manuscript = options.profile is Profile.MANUSCRIPT
    document = PrintedDocument(
        options=options,
        paper=paper_for(resolution, options),
        masthead=None if manuscript else masthead_of(resolution, language),
        running_head=None if manuscript else RunningHead(metadata.symbol),
        derived=derived,
    )
    blocks = document.blocks
    blocks.extend(cover_blocks(resolution, language))
    if any(note.anchor == "symbol" for note in metadata.cover_notes) and blocks:
        # The symbol's asterisk prints in the masthead; its note is anchored, unseen, at the
        # start of the text so that it prints at the foot of page 1 like the others.
        first = blocks[0]
        anchor = Span("*", note_id=SYMBOL_NOTE, hidden=True)
        blocks[0] = Block(first.role, (anchor, *first.spans), first.label, first.paragraph_id,
                          first.depth, first.outline_level)
    cited: set[str] = set()
    for top in (*resolution.preambular, *resolution.operative):
        for paragraph in top.walk():
            blocks.append(paragraph_block(paragraph, derived, cited=cited, language=language))
    for further in resolution.further_parts:
        blocks.extend(part_blocks(resolution, further, derived, cited, language))
    for annex in resolution.annexes:
        blocks.extend(annex_blocks(annex, derived, cited, language))
    blocks.extend(ending_blocks(resolution))
    # Asterisk notes in the order of their marks: the symbol's, then the sponsors line's.
    anchored = sorted(metadata.cover_notes, key=lambda note: note.anchor != "symbol")
    document.cover_notes = [
        Note("*", (Span(_text(note.text, language)),), f"*{note.anchor}") for note in anchored
    ]
    for note_id in derived.footnote_order:
        number = derived.footnote_numbers[note_id]
        spans = tuple(span for t in resolution.footnotes[note_id].content
                      for span in text_spans(_text(t.text, language), t.italic))
        document.notes.append(Note(str(number), spans, note_id, number))
    return document


def language_of(resolution: Resolution, options: Options | None = None) -> str:
    """Return the language the document prints in: the option's, else the draft's own."""
    language = (options.language if options is not None else None) or resolution.metadata.language
    languages.get_language(language)  # an unknown language is refused here, with its name
    return language


def _text(text: str, language: str) -> str:
    """Return a drafter's text with the language's quotation marks and French spaces."""
    return text if language == "en" else languages.localize_text(text, language)


# ---------------------------------------------------------------- masthead and cover


def masthead_of(resolution: Resolution, language: str = "en") -> Masthead:
    """Return the masthead fields of the first page, in the document's language."""
    metadata = resolution.metadata
    if language != "en":
        return _masthead_in(resolution, language)
    distribution = ""
    if metadata.distribution:
        # Security Council drafts may read "Provisional" where others read "Distr.: …".
        provisional = metadata.distribution.casefold() == "provisional"
        distribution = "Provisional" if provisional else f"Distr.: {metadata.distribution}"
    # An adopted resolution is issued in all languages at once: it says no "Original".
    original = (f"Original: {metadata.original_language}"
                if metadata.original_language and metadata.adoption is None else "")
    return Masthead(organ_line(metadata), symbol_line(metadata), distribution,
                    date_line(metadata), original)


def _masthead_in(resolution: Resolution, language: str) -> Masthead:
    metadata = resolution.metadata
    distribution = ""
    if metadata.distribution:
        distribution = languages.distribution_line(metadata.distribution, language)
    original = ""
    if metadata.original_language and metadata.adoption is None:
        original = languages.original_line(metadata.original_language, language)
    date = languages.date_text(metadata.date, language) if metadata.date else ""
    return Masthead(
        languages.organ_name(metadata.body, language), symbol_line(metadata), distribution,
        date, original, languages.organization_line(language),
    )


_DRAFT_KIND = re.compile(r":\*? ((?:revised )?(?:draft (?:resolution|decision)|amendment))$")
_FOURTH = " (Fourth Committee)"
# Width of the body block (Letter) in points, and the mean advance of bold Times New Roman
# as a share of its size: enough to tell whether a sponsors line wraps.
_BODY_WIDTH_PT = 365.0
_BOLD_ADVANCE = 0.48


def _plain(role: Role, text: str, italic: bool = False) -> Block:
    return Block(role, (Span(text, italic=italic),))


def cover_blocks(resolution: Resolution, language: str = "en") -> list[Block]:
    """Return the session block, sponsors line (or adoption lines), title and formula."""
    metadata = resolution.metadata
    if language != "en":
        return _cover_blocks_in(resolution, language)
    session = session_line(metadata)
    committee = committee_line(metadata)
    if committee.endswith(_FOURTH):
        # UN documents break the Fourth Committee's long name before its short one.
        committee = committee[: -len(_FOURTH)] + "\n" + _FOURTH.strip()
    block: list[tuple[Role, str]] = []
    if metadata.body is Body.HUMAN_RIGHTS_COUNCIL:
        block += [(Role.COMMITTEE, committee), (Role.SESSION, session),
                  (Role.SESSION_DATES, metadata.session_dates)]
    elif metadata.body is not Body.SECURITY_COUNCIL:
        block += [(Role.SESSION, session), (Role.COMMITTEE, committee)]
    if metadata.body is not Body.SECURITY_COUNCIL:
        block.append((Role.AGENDA, agenda_line(metadata)))
        block += [(Role.AGENDA_TITLE, item.title) for item in metadata.agenda_items if item.title]
    out = [_plain(role, text) for role, text in block if text]
    if metadata.adoption is not None:
        adoption = metadata.adoption
        out.append(_plain(Role.ADOPTED, adoption.adopted_line))
        if adoption.report_line:
            out.append(Block(Role.REPORT, _report_spans(adoption.report_line)))
        number = f"{adoption.number}." if adoption.number else ""
        out.append(Block(Role.RESOLUTION_TITLE, (Span(metadata.title),), label=number,
                         outline_level=1))
    else:
        sponsors = sponsors_line(metadata, resolution.kind)
        if sponsors:
            out.append(_sponsors_block(_break_before_kind(sponsors, metadata.body), metadata))
        if metadata.title and metadata.body is not Body.SECURITY_COUNCIL:
            out.append(Block(Role.TITLE, (Span(metadata.title),), outline_level=1))
    if resolution.part_letter:
        out.append(part_letter_block(resolution.part_letter))
    if resolution.kind is not DocumentKind.AMENDMENT:
        # An amendment is a list of instructions to a draft: no organ speaks in it.
        out.append(formula_block(opening_formula(resolution)))
    return out


def formula_block(formula: str) -> Block:
    """Return the opening formula: the organ in italics, its comma upright."""
    if formula.endswith(","):
        return Block(Role.FORMULA, (Span(formula[:-1], italic=True), Span(",")))
    return Block(Role.FORMULA, (Span(formula, italic=True),))


def part_letter_block(letter: str) -> Block:
    """Return the letter that opens a part of a text in parts ("A", "B")."""
    return Block(Role.PART_LETTER, (Span(letter),), outline_level=1)


def part_blocks(resolution: Resolution, part: ResolutionPart, derived: Derived,
                cited: set[str] | None = None, language: str = "en") -> list[Block]:
    """Return a further part: its letter, its title, the formula again, its paragraphs."""
    out = [part_letter_block(part.letter)]
    if part.title:
        out.append(Block(Role.PART_TITLE, (Span(_text(part.title, language)),),
                         outline_level=2))
    if language == "en":
        formula = opening_formula(resolution, part)
    else:
        has_preamble = any(p.kind is ParagraphKind.PARAGRAPH for p in part.preambular)
        formula = languages.opening_formula(resolution.metadata.body, language, has_preamble)
    out.append(formula_block(formula))
    for top in (*part.preambular, *part.operative):
        for paragraph in top.walk():
            out.append(paragraph_block(paragraph, derived, cited=cited, language=language))
    return out


def _sponsors_block(text: str, metadata: Metadata) -> Block:
    """Return the sponsors line; its asterisk, where a cover note hangs on it, is a note mark."""
    star = text.find("*")
    if star < 0 or not any(note.anchor == "sponsors" for note in metadata.cover_notes):
        return _plain(Role.SPONSORS, text)
    spans = (Span(text[:star]), Span("*", note_id=SPONSORS_NOTE), Span(text[star + 1:]))
    return Block(Role.SPONSORS, tuple(span for span in spans if span.text))


def _report_spans(line: str) -> tuple[Span, ...]:
    """Return "[on the report of …]" with its words in italics and its brackets upright."""
    if line.startswith("[") and line.endswith("]"):
        return (Span("["), Span(line[1:-1], italic=True), Span("]"))
    return (Span(line, italic=True),)


def _cover_blocks_in(resolution: Resolution, language: str) -> list[Block]:
    """Return the cover in Spanish or French: words and forms from the language's data."""
    metadata = resolution.metadata
    body = metadata.body
    session = languages.session_line(metadata.session, language, body)
    committee = languages.committee_line(body, metadata.committee, language)
    if body is Body.GA_COMMITTEE and metadata.committee == 4 and " (" in committee:
        # The Fourth Committee's long name breaks before its short one, as in English.
        head, _, tail = committee.rpartition(" (")
        committee = f"{head}\n({tail}"
    block: list[tuple[Role, str]] = []
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        block += [(Role.COMMITTEE, committee), (Role.SESSION, session),
                  (Role.SESSION_DATES, metadata.session_dates)]
    elif body is not Body.SECURITY_COUNCIL:
        block += [(Role.SESSION, session), (Role.COMMITTEE, committee)]
    if body is not Body.SECURITY_COUNCIL:
        block.append(
            (Role.AGENDA, languages.agenda_line(metadata.agenda_items, language, body))
        )
        block += [(Role.AGENDA_TITLE, _text(item.title, language))
                  for item in metadata.agenda_items if item.title]
    out = [_plain(role, text) for role, text in block if text]
    if metadata.adoption is not None:
        adoption = metadata.adoption
        out.append(_plain(Role.ADOPTED, _text(adoption.adopted_line, language)))
        if adoption.report_line:
            out.append(Block(Role.REPORT, _report_spans(_text(adoption.report_line, language))))
        number = f"{adoption.number}." if adoption.number else ""
        out.append(Block(Role.RESOLUTION_TITLE, (Span(_text(metadata.title, language)),),
                         label=number, outline_level=1))
    else:
        kind = languages.kind_key(resolution.kind, "/Rev." in metadata.symbol)
        if metadata.submitted_by:
            sponsors = metadata.submitted_by
        else:
            sponsors = languages.sponsors_line(
                metadata.sponsors, language, kind,
                note=any(note.anchor == "sponsors" for note in metadata.cover_notes),
                commas_only=body is Body.HUMAN_RIGHTS_COUNCIL,
            )
        if sponsors:
            words = languages.get_language(language).kinds[kind]
            out.append(_sponsors_block(_break_before_words(sponsors, words, body), metadata))
        if metadata.title and body is not Body.SECURITY_COUNCIL:
            out.append(Block(Role.TITLE, (Span(_text(metadata.title, language)),),
                             outline_level=1))
    if resolution.part_letter:
        out.append(part_letter_block(resolution.part_letter))
    if resolution.kind is not DocumentKind.AMENDMENT:
        has_preamble = any(p.kind is ParagraphKind.PARAGRAPH for p in resolution.preambular)
        out.append(formula_block(languages.opening_formula(body, language, has_preamble)))
    return out


def _break_before_words(line: str, words: str, body: Body) -> str:
    """Put "proyecto de resolución" on a line of its own when the names alone fit on one."""
    if not line.endswith(words):
        return line
    size = 12 if body is Body.SECURITY_COUNCIL else 10
    per_char = _BOLD_ADVANCE * size
    names = line[: -len(words)].rstrip(" ")
    if len(line) * per_char > _BODY_WIDTH_PT and len(names) * per_char <= _BODY_WIDTH_PT:
        return f"{names}\n{words}"
    return line


def _break_before_kind(line: str, body: Body) -> str:
    """Put "draft resolution" on a line of its own, as UN documents print it.

    When the whole sponsors line would wrap but the names alone fit on one line, UN documents
    break before "draft resolution" rather than split it; a longer list simply wraps.
    """
    match = _DRAFT_KIND.search(line)
    if match is None:
        return line
    size = 12 if body is Body.SECURITY_COUNCIL else 10
    per_char = _BOLD_ADVANCE * size
    names = line[: match.start(1)].rstrip()
    if len(line) * per_char > _BODY_WIDTH_PT and len(names) * per_char <= _BODY_WIDTH_PT:
        return f"{names}\n{match.group(1)}"
    return line


# ---------------------------------------------------------------- paragraphs


def _role_of(paragraph: Paragraph, part: Part, depth: int) -> Role:
    if paragraph.kind is ParagraphKind.HEADING:
        return Role.HEADING
    if paragraph.kind is ParagraphKind.QUOTE:
        return Role.QUOTE
    if depth >= 2:
        return Role.SUBSUBPARAGRAPH
    if depth == 1:
        return Role.SUBPARAGRAPH
    if part is Part.PREAMBULAR:
        return Role.PREAMBULAR
    if part is Part.ANNEX:
        return Role.ANNEX_PARAGRAPH
    return Role.OPERATIVE


# A document symbol with a hyphen ("A/ES-10/L.25", "resolution ES-10/15", "S-30/1"): it must
# not break at the hyphen at a line end (un-format.md §4).
_HYPHENATED_SYMBOL = re.compile(r"(?<![\w-])(?:[A-Z]+/)*[A-Z]{1,3}-\d+(?:/[\w.]+)*")
NO_BREAK_HYPHEN = "\u2011"


def text_spans(text: str, italic: bool = False) -> list[Span]:
    """Return a run of text as spans, each hyphenated document symbol a no-break span."""
    if "-" not in text:
        return [Span(text, italic=italic)]
    spans: list[Span] = []
    position = 0
    for match in _HYPHENATED_SYMBOL.finditer(text):
        if match.start() > position:
            spans.append(Span(text[position:match.start()], italic=italic))
        spans.append(Span(match.group(), italic=italic, no_break=True))
        position = match.end()
    if position < len(text):
        spans.append(Span(text[position:], italic=italic))
    return spans


def no_break_text(span: Span) -> str:
    """Return a span's text with its hyphens non-breaking (U+2011) when it is a symbol."""
    return span.text.replace("-", NO_BREAK_HYPHEN) if span.no_break else span.text


def paragraph_spans(paragraph: Paragraph, derived: Derived,
                    cited: set[str] | None = None, language: str = "en") -> tuple[Span, ...]:
    """Return the printed spans of a paragraph's text (without its label).

    ``cited`` holds the notes cited before this paragraph and gains this paragraph's: a note
    found in it is marked as a repeated citation. Without it no citation is a repeat. In
    Spanish and French the markers stand before punctuation and references read "párrafo 1 a)".
    """
    spans: list[Span] = []
    broken = BROKEN_REFERENCE
    runs = paragraph_runs(paragraph, derived)
    if language != "en":
        broken = languages.deleted_reference(language)
        runs = languages.paragraph_runs_in(paragraph, derived, language)
    for run in runs:
        if run.note_number is not None and run.note_id is not None:
            repeat = cited is not None and run.note_id in cited
            if cited is not None:
                cited.add(run.note_id)
            spans.append(Span(run.text, superscript=True, note_id=run.note_id,
                              note_number=run.note_number, repeat=repeat))
        elif run.superscript:
            spans.append(Span(run.text, superscript=True))
        elif run.text == broken:
            spans.append(Span(run.text, broken=True))
        else:
            spans.extend(text_spans(run.text, run.italic))
    return tuple(spans)


def paragraph_block(paragraph: Paragraph, derived: Derived, role: Role | None = None,
                    cited: set[str] | None = None, language: str = "en") -> Block:
    """Return the block of one paragraph of the draft, as ``compose`` prints it.

    ``cited``: the notes cited so far, as for ``paragraph_spans``; ``language``: the
    document's language, which decides labels ("a)") and punctuation.
    """
    info = derived.info[paragraph.id]
    if paragraph.kind is ParagraphKind.HEADING:
        text = _text(paragraph.lead + paragraph.body_text, language)
        if paragraph.numeral:
            text = f"{paragraph.numeral}\n{text}"
        return Block(Role.HEADING, (Span(text),), paragraph_id=paragraph.id, depth=info.depth,
                     outline_level=2)
    label = info.label
    if language != "en":
        label = languages.paragraph_label(derived, paragraph.id, language)
    return Block(role or _role_of(paragraph, info.part, info.depth),
                 paragraph_spans(paragraph, derived, cited, language), label=label,
                 paragraph_id=paragraph.id, depth=info.depth)


def annex_blocks(annex: Annex, derived: Derived, cited: set[str] | None = None,
                 language: str = "en") -> list[Block]:
    """Return an annex: its heading, its title, its unnumbered and numbered paragraphs."""
    heading = annex.heading
    if language != "en":
        heading = languages.annex_heading(heading, language)
    out = [Block(Role.ANNEX_HEADING, (Span(heading),), outline_level=1)]
    if annex.title:
        out.append(Block(Role.ANNEX_TITLE, (Span(_text(annex.title, language)),),
                         outline_level=2))
    for top in annex.preamble:
        for paragraph in top.walk():
            role = Role.ANNEX_PREAMBULAR if paragraph is top else None
            out.append(paragraph_block(paragraph, derived, role, cited, language))
    for top in annex.paragraphs:
        for paragraph in top.walk():
            out.append(paragraph_block(paragraph, derived, cited=cited, language=language))
    return out


def ending_blocks(resolution: Resolution) -> list[Block]:
    """Return the closing lines of an adopted resolution (italic) and the end rule."""
    out = [_plain(Role.CLOSING, line, italic=True)
           for line in resolution.metadata.closing_lines]
    out.append(Block(Role.END_RULE, ()))
    return out
