"""Everything a resolution prints that follows from its structure.

Labels, end punctuation, footnote numbers and cross-reference text are computed here, in one
pass over the document, and never stored: after any edit the writers ask again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..messages import QT_TRANSLATE_NOOP, Message, Template, message
from .document import (
    BODY_PARTS,
    SCHEME_ALPHA,
    SCHEME_ALPHA_DOT,
    SCHEME_ARABIC,
    SCHEME_NONE,
    SCHEME_ROMAN,
    SCHEME_ROMAN_DOT,
    Body,
    CrossRef,
    DocumentKind,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
    Text,
)
from .words import (
    MAX_SESSION,
    alpha_label,
    capitalize_first,
    join_and,
    ordinal_words,
    roman_label,
    un_date,
)

# Default numbering scheme of each depth below a top-level paragraph (depth 0).
DEFAULT_CHILD_SCHEMES = (SCHEME_ALPHA, SCHEME_ROMAN, SCHEME_ALPHA_DOT, SCHEME_ROMAN_DOT)

COMMITTEE_NAMES = {
    1: "First Committee",
    2: "Second Committee",
    3: "Third Committee",
    4: "Special Political and Decolonization Committee (Fourth Committee)",
    5: "Fifth Committee",
    6: "Sixth Committee",
}

ORGAN_NAMES = {
    Body.GA_PLENARY: "General Assembly",
    Body.GA_COMMITTEE: "General Assembly",
    Body.GA_EMERGENCY: "General Assembly",
    Body.SECURITY_COUNCIL: "Security Council",
    Body.ECOSOC: "Economic and Social Council",
    Body.HUMAN_RIGHTS_COUNCIL: "General Assembly",
}

ACTING_ORGAN = {
    Body.GA_PLENARY: "General Assembly",
    Body.GA_COMMITTEE: "General Assembly",
    Body.GA_EMERGENCY: "General Assembly",
    Body.SECURITY_COUNCIL: "Security Council",
    Body.ECOSOC: "Economic and Social Council",
    Body.HUMAN_RIGHTS_COUNCIL: "Human Rights Council",
}


def format_label(scheme: str, index: int) -> str:
    """Return the label of the item at 0-based ``index`` in a list numbered with ``scheme``."""
    if scheme == SCHEME_ARABIC:
        return f"{index + 1}."
    if scheme == SCHEME_ALPHA:
        return f"({alpha_label(index)})"
    if scheme == SCHEME_ROMAN:
        return f"({roman_label(index + 1)})"
    if scheme == SCHEME_ALPHA_DOT:
        return f"{alpha_label(index)}."
    if scheme == SCHEME_ROMAN_DOT:
        return f"{roman_label(index + 1)}."
    return ""


@dataclass(frozen=True)
class ParagraphInfo:
    """What the structure says about one paragraph."""

    part: Part
    depth: int
    label: str
    scheme: str
    end: str  # "," ";" ":" "." or "" for headings and quotes
    parent_id: str | None
    ordinal: int  # 1-based position among numbered siblings (0 for headings and quotes)
    section: str = ""  # the letter of the part of a text in parts ("A", "B"); "" otherwise
    annex: str = ""  # the heading of the annex it stands in, as stored ("Annex II"); "" otherwise


@dataclass(frozen=True)
class Run:
    """A piece of printed text: roman or italic, or a superscript footnote marker."""

    text: str
    italic: bool = False
    note_number: int | None = None  # set on a footnote marker
    note_id: str | None = None
    superscript: bool = False  # the comma between two adjacent markers


@dataclass
class Derived:
    """The derived view of a resolution at one moment."""

    info: dict[str, ParagraphInfo] = field(default_factory=dict)
    footnote_numbers: dict[str, int] = field(default_factory=dict)
    footnote_order: list[str] = field(default_factory=list)
    broken_cross_refs: list[tuple[str, str]] = field(default_factory=list)  # (paragraph, target)
    _paragraphs: dict[str, Paragraph] = field(default_factory=dict)

    def label(self, paragraph_id: str) -> str:
        """Return a paragraph's printed label ("3.", "(b)", "" when unnumbered)."""
        return self.info[paragraph_id].label

    def cross_ref_text(self, target_id: str, from_id: str | None = None) -> str:
        """Return how a reference to ``target_id`` prints: "paragraph 3 (b)".

        In a text in parts a reference from another part (or from nowhere in particular,
        ``from_id`` None) names the target's part: "paragraph 3 of resolution B".
        """
        if target_id not in self.info:
            return "[deleted paragraph]"
        text = self._cross_ref_in_part(target_id)
        section = self.info[target_id].section
        if section and (from_id is None or self.section_of(from_id) != section):
            return f"{text} of resolution {section}"
        return text

    def section_of(self, paragraph_id: str) -> str:
        """Return the letter of the part a paragraph stands in ("" for a text in one part)."""
        info = self.info.get(paragraph_id)
        return info.section if info is not None else ""

    def _cross_ref_in_part(self, target_id: str) -> str:
        chain = []
        current: str | None = target_id
        while current is not None:
            chain.append(current)
            current = self.info[current].parent_id
        chain.reverse()
        top = self.info[chain[0]]
        subs = " ".join(self.info[pid].label for pid in chain[1:])
        if top.part is Part.ANNEX:
            number = top.label.rstrip(".")
            return f"paragraph {number}" + (f" {subs}" if subs else "") + " of the annex"
        if top.part is Part.OPERATIVE:
            number = top.label.rstrip(".") or "1"
            return f"paragraph {number}" + (f" {subs}" if subs else "")
        place = f"the {ordinal_words(top.ordinal)} preambular paragraph"
        return f"subparagraph {subs} of {place}" if subs else place


def derive(resolution: Resolution) -> Derived:
    """Compute labels, punctuation, footnote numbers and cross-reference checks."""
    derived = Derived()
    last_leaf = _last_leaf(resolution)
    for part in BODY_PARTS:
        top = resolution.part(part)
        numbered = [p for p in top if p.kind is ParagraphKind.PARAGRAPH]
        if part is Part.OPERATIVE and len(numbered) > 1:
            scheme = SCHEME_ARABIC
        else:
            scheme = SCHEME_NONE  # preambular paragraphs and a lone operative paragraph
        _derive_list(derived, top, part, 0, scheme, None, last_leaf, resolution.part_letter)
    for further in resolution.further_parts:
        # Each part is a resolution of its own: numbered afresh, its last paragraph ends it.
        further_leaf = _last_leaf(further)
        for part in BODY_PARTS:
            top = further.part(part)
            numbered = [p for p in top if p.kind is ParagraphKind.PARAGRAPH]
            scheme = SCHEME_ARABIC if part is Part.OPERATIVE and len(numbered) > 1 else SCHEME_NONE
            _derive_list(derived, top, part, 0, scheme, None, further_leaf, further.letter)
    for annex in resolution.annexes:
        # Annex paragraphs are numbered afresh in each annex and keep their own punctuation.
        _derive_list(derived, annex.preamble, Part.ANNEX, 0, SCHEME_NONE, None, None,
                     annex=annex.heading)
        scheme = SCHEME_ARABIC if annex.numbered else SCHEME_NONE
        _derive_list(derived, annex.paragraphs, Part.ANNEX, 0, scheme, None, None,
                     annex=annex.heading)
    # Footnotes are numbered by first reference in document order.
    for _part, paragraph in resolution.walk():
        derived._paragraphs[paragraph.id] = paragraph
        for item in paragraph.content:
            if isinstance(item, FootnoteRef) and item.note_id not in derived.footnote_numbers:
                if item.note_id in resolution.footnotes:
                    derived.footnote_order.append(item.note_id)
                    derived.footnote_numbers[item.note_id] = len(derived.footnote_order)
    for _part, paragraph in resolution.walk():
        for item in paragraph.content:
            if isinstance(item, CrossRef) and item.target_id not in derived.info:
                derived.broken_cross_refs.append((paragraph.id, item.target_id))
    return derived


def _last_leaf(resolution: Resolution | ResolutionPart) -> str | None:
    """Return the id of the paragraph that ends the resolution (or the part) with a full stop."""
    for part in (Part.OPERATIVE, Part.PREAMBULAR):
        paragraphs = [p for p in resolution.part(part) if p.kind is ParagraphKind.PARAGRAPH]
        if paragraphs:
            node = paragraphs[-1]
            while True:
                kids = [c for c in node.children if c.kind is ParagraphKind.PARAGRAPH]
                if not kids:
                    return node.id
                node = kids[-1]
    return None


def annex_numeral(heading: str) -> str | None:
    """Return what follows "Annex" in an annex's heading: "II" for "Annex II", "" for a lone
    "Annex" (or no heading); None for a heading of another kind ("Appendix")."""
    words = heading.split()
    if not words:
        return ""
    if words[0] != "Annex":
        return None
    return " ".join(words[1:])


def _derive_list(
    derived: Derived,
    items: list[Paragraph],
    part: Part,
    depth: int,
    scheme: str,
    parent_id: str | None,
    last_leaf: str | None,
    section: str = "",
    annex: str = "",
) -> None:
    leaf_end = "," if part is Part.PREAMBULAR else ";"
    position = 0
    for index, paragraph in enumerate(items):
        if paragraph.kind is not ParagraphKind.PARAGRAPH:
            derived.info[paragraph.id] = ParagraphInfo(
                part, depth, "", "", "", parent_id, 0, section, annex
            )
            continue
        position += 1
        has_children = any(c.kind is ParagraphKind.PARAGRAPH for c in paragraph.children)
        followed_by_quote = index + 1 < len(items) and items[index + 1].kind is ParagraphKind.QUOTE
        if paragraph.ending is not None:
            end = paragraph.ending  # what the drafter or the source text says wins
        elif part is Part.ANNEX:
            end = ""
        elif has_children or followed_by_quote:
            end = ":"
        elif paragraph.id == last_leaf:
            end = "."
        else:
            end = leaf_end
        derived.info[paragraph.id] = ParagraphInfo(
            part, depth, format_label(scheme, position - 1), scheme, end, parent_id, position,
            section, annex,
        )
        if paragraph.children:
            child_scheme = (
                paragraph.child_scheme
                or DEFAULT_CHILD_SCHEMES[min(depth, len(DEFAULT_CHILD_SCHEMES) - 1)]
            )
            _derive_list(
                derived, paragraph.children, part, depth + 1, child_scheme, paragraph.id,
                last_leaf, section, annex,
            )


_NO_SPACE_BEFORE = (",", ";", ":", ".", ")", "’", "”")


def paragraph_runs(
    paragraph: Paragraph,
    derived: Derived,
    cross_ref_text: Callable[[str], str] | None = None,
) -> list[Run]:
    """Return the printed runs of a paragraph's text: lead, text, markers, end punctuation.

    The label is not included. In English a footnote marker follows punctuation, so the
    end punctuation goes before markers that close the paragraph. ``cross_ref_text`` prints a
    reference to a paragraph id in another language (default: ``derived.cross_ref_text``).
    """
    reference = cross_ref_text or (
        lambda target: derived.cross_ref_text(target, from_id=paragraph.id)
    )
    info = derived.info[paragraph.id]
    runs: list[Run] = []
    if paragraph.lead:
        runs.append(Run(paragraph.lead, italic=True))
    body: list[Run] = []
    for item in paragraph.content:
        if isinstance(item, Text):
            body.append(Run(item.text, italic=item.italic))
        elif isinstance(item, FootnoteRef):
            number = derived.footnote_numbers.get(item.note_id)
            if number is not None:
                body.append(Run(str(number), note_number=number, note_id=item.note_id))
        else:
            body.append(Run(reference(item.target_id)))
    if runs and body and body[0].note_number is None:
        first = body[0].text
        if first and not first.startswith(_NO_SPACE_BEFORE) and not first[0].isspace():
            runs.append(Run(" "))
    trailing_notes = 0
    while trailing_notes < len(body) and body[-1 - trailing_notes].note_number is not None:
        trailing_notes += 1
    split = len(body) - trailing_notes
    runs.extend(body[:split])
    if info.end:
        runs.append(Run(info.end))
    runs.extend(body[split:])
    if paragraph.connector:
        runs.append(Run(f" {paragraph.connector}"))
    return _separate_adjacent_markers(runs)


def _separate_adjacent_markers(runs: list[Run]) -> list[Run]:
    """Put a superscript comma between two markers at one spot ("¹,²")."""
    out: list[Run] = []
    for run in runs:
        if run.note_number is not None and out and out[-1].note_number is not None:
            out.append(Run(",", superscript=True))
        out.append(run)
    return out


def plain_text(paragraph: Paragraph, derived: Derived) -> str:
    """Return a paragraph as one line of plain text, label first, markers as numbers."""
    label = derived.info[paragraph.id].label
    text = "".join(run.text for run in paragraph_runs(paragraph, derived))
    return f"{label} {text}" if label else text


# ---------------------------------------------------------------- cover page lines


def session_line(metadata: Metadata) -> str:
    """Return the session line: "Sixty-second session"; "" where the body has none."""
    if metadata.session is None or metadata.body is Body.SECURITY_COUNCIL:
        return ""
    if metadata.body is Body.ECOSOC:
        return f"{metadata.session} session"
    if not 1 <= metadata.session <= MAX_SESSION:
        # Files and the wizard keep sessions in range; a program that does not still gets a line.
        return f"Session {metadata.session}"
    if metadata.body is Body.GA_EMERGENCY:
        return capitalize_first(f"{ordinal_words(metadata.session)} emergency special session")
    return capitalize_first(f"{ordinal_words(metadata.session)} session")


def committee_line(metadata: Metadata) -> str:
    """Return the committee (or council) line under the session line, or ""."""
    if metadata.body is Body.GA_COMMITTEE and metadata.committee in COMMITTEE_NAMES:
        return COMMITTEE_NAMES[metadata.committee]
    if metadata.body is Body.HUMAN_RIGHTS_COUNCIL:
        return "Human Rights Council"
    return ""


def agenda_line(metadata: Metadata) -> str:
    """Return "Agenda item 116" or "Agenda items 13 and 117", or "" when there is none."""
    items = metadata.agenda_items
    if not items:
        return ""
    if len(items) == 1:
        return f"Agenda item {items[0].label}"
    return "Agenda items " + join_and([item.label for item in items])


def sponsor_sort_key(name: str) -> str:
    """Sort key of a State's name: accents and apostrophe forms ignored, as the UN sorts."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_KIND_WORDS = {
    DocumentKind.RESOLUTION: "draft resolution",
    DocumentKind.DECISION: "draft decision",
    DocumentKind.AMENDMENT: "amendment",
}


def sponsors_line(metadata: Metadata, kind: DocumentKind = DocumentKind.RESOLUTION) -> str:
    """Return the sponsors line: "Chile, Colombia and Mexico: draft resolution".

    A decision reads "draft decision", an amendment "amendment"; a revision adds "revised".
    """
    words = _KIND_WORDS[kind]
    kind_text = f"revised {words}" if "/Rev." in metadata.symbol else words
    if metadata.submitted_by:
        return metadata.submitted_by
    if not metadata.sponsors:
        return ""
    members = sorted((s.name for s in metadata.sponsors if not s.observer), key=sponsor_sort_key)
    observers = sorted((s.name for s in metadata.sponsors if s.observer), key=sponsor_sort_key)
    names = members + observers
    if metadata.body is Body.HUMAN_RIGHTS_COUNCIL:
        joined = ", ".join(names)
    else:
        joined = join_and(names)
    star = "*" if any(note.anchor == "sponsors" for note in metadata.cover_notes) else ""
    return f"{joined}:{star} {kind_text}"


def organ_line(metadata: Metadata) -> str:
    """Return the organ printed in the masthead."""
    return ORGAN_NAMES[metadata.body]


def opening_formula(resolution: Resolution, part: ResolutionPart | None = None) -> str:
    """Return "The General Assembly," (without the comma when there is no preamble).

    ``part``: a further part of a text in parts, which opens with the formula again.
    """
    organ = ACTING_ORGAN[resolution.metadata.body]
    preamble = part.preambular if part is not None else resolution.preambular
    has_preamble = any(p.kind is ParagraphKind.PARAGRAPH for p in preamble)
    return f"The {organ}" + ("," if has_preamble else "")


def date_line(metadata: Metadata) -> str:
    """Return the masthead date, "30 November 2007", or ""."""
    return un_date(metadata.date) if metadata.date else ""


def symbol_line(metadata: Metadata) -> str:
    """Return the symbol as printed, with its asterisk when a cover note is anchored to it."""
    star = "*" if any(note.anchor == "symbol" for note in metadata.cover_notes) else ""
    return metadata.symbol + star if metadata.symbol else ""


_SYMBOL = re.compile(
    r"^(?P<organ>A|S|E)"
    r"(?:/(?P<sub>C\.[1-6]|HRC|AC\.\d+|CN\.\d+))?"
    r"/(?P<session>\d{1,4}|ES-\d+|S-\d+)"
    r"/(?P<doc>L\.\d+|RES/\d+|\d+)"
    r"(?:/(?:Rev|Add|Corr)\.\d+)*$"
)
_SC_DRAFT = re.compile(r"^S/\d{4}/\d+(?:/(?:Rev|Add|Corr)\.\d+)*$")
_ADOPTED = re.compile(r"^(A|E)/RES/(\d+|ES-\d+)/\d+$|^S/RES/\d+ \(\d{4}\)$")


# The symbol checks, marked so that the window can show them in its own language.
_SYMBOL_NOT_SC = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} does not fit a Security Council draft such as S/2022/443")
_SYMBOL_NOT_DRAFT = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} is not a draft symbol such as A/62/L.25 or A/C.2/80/L.30")
_SYMBOL_ORGAN = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} should start with {organ}/ for this body")
_SYMBOL_COMMITTEE = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} should read A/{want}/… for the {want} committee")
_SYMBOL_HRC = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} should read A/HRC/… for the Human Rights Council")
_SYMBOL_SUBSIDIARY = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} names a subsidiary body; this draft is for the plenary")
_SYMBOL_EMERGENCY = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} should carry the emergency session, as in A/ES-10/L.25")
_SYMBOL_SESSION = QT_TRANSLATE_NOOP(
    "SymbolCheck", "symbol {symbol} names session {found}, not {session}")


def symbol_problem(metadata: Metadata) -> Message | None:
    """Say what is wrong with the symbol for this body, or return None when it fits."""
    found = _symbol_problem_parts(metadata)
    return message(found[0], **found[1]) if found else None


def _symbol_problem_parts(metadata: Metadata) -> tuple[Template, dict[str, str]] | None:
    symbol = metadata.symbol
    if not symbol:
        return None
    if _ADOPTED.match(symbol):
        return None
    values = {"symbol": repr(symbol[:60])}
    if metadata.body is Body.SECURITY_COUNCIL:
        if _SC_DRAFT.match(symbol):
            return None
        return _SYMBOL_NOT_SC, values
    match = _SYMBOL.match(symbol)
    if not match or not match["doc"].startswith("L."):
        return _SYMBOL_NOT_DRAFT, values
    organ, sub, session = match["organ"], match["sub"], match["session"]
    body = metadata.body
    expected_organ = "E" if body is Body.ECOSOC else "A"
    if organ != expected_organ:
        return _SYMBOL_ORGAN, {**values, "organ": expected_organ}
    if body is Body.GA_COMMITTEE:
        want = f"C.{metadata.committee}" if metadata.committee else "C.n"
        if sub != want:
            return _SYMBOL_COMMITTEE, {**values, "want": want}
    elif body is Body.HUMAN_RIGHTS_COUNCIL:
        if sub != "HRC":
            return _SYMBOL_HRC, values
    elif sub:
        return _SYMBOL_SUBSIDIARY, values
    if body is Body.GA_EMERGENCY and not session.startswith("ES-"):
        return _SYMBOL_EMERGENCY, values
    if metadata.session is not None and session.isdigit() and int(session) != metadata.session:
        return _SYMBOL_SESSION, {**values, "found": session, "session": str(metadata.session)}
    return None
