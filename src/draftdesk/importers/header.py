"""Read the cover of a resolution (masthead, session block, sponsors, title) into Metadata."""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.model.document import (
    Adoption,
    AgendaItem,
    Body,
    Metadata,
    Sponsor,
)
from draftdesk.model.words import parse_un_date, session_number_from_words
from draftdesk.resources import resource_path
from draftdesk.untrusted import quoted


@dataclass
class Line:
    """One line of the input, with its 1-based line number."""

    number: int
    text: str


SYMBOL = re.compile(
    r"^(?:[ASE]/(?:[A-Z][A-Za-z.]*\d*/)?(?:\d{1,4}|ES-\d+|S-\d+)/(?:L\.\d+|RES/\d+|\d+)"
    r"(?:/(?:Rev|Add|Corr)\.\d+)*|[AE]/RES/\d+/\d+|S/RES/\d+ \(\d{4}\))(?P<star>\*{0,3})$"
)
ORGANS = {
    "General Assembly": Body.GA_PLENARY,
    "Security Council": Body.SECURITY_COUNCIL,
    "Economic and Social Council": Body.ECOSOC,
}
COMMITTEES = {
    "First Committee": 1, "Second Committee": 2, "Third Committee": 3, "Fourth Committee": 4,
    "Fifth Committee": 5, "Sixth Committee": 6,
    "Special Political and Decolonization Committee (Fourth Committee)": 4,
    "Special Political and Decolonization Committee": 4,
}
_AGENDA = re.compile(r"^Agenda items? (?P<items>.+)$")
_AGENDA_ITEM = re.compile(r"(\d+)(?:\s*\(([a-z]{1,2})\))?")
_SESSION = re.compile(
    r"^(?P<words>[A-Z][a-z-]+(?: [a-z-]+)*?) (?P<special>emergency special )?session$"
)
_ECOSOC_SESSION = re.compile(r"^(\d{4}) session$")
_SPONSORS_END = re.compile(
    r":(?P<star>\*{0,3})\s*(?P<kind>(?:revised )?draft (?:resolution|decision))$"
)
_DATE_RANGE = re.compile(r"^\d{1,2}(?: [A-Z][a-z]+)?(?: \d{4})?[–-]\d{1,2} [A-Z][a-z]+ \d{4}$")
_SC_RESOLUTION = re.compile(r"^Resolution (?P<number>\d{1,5} \(\d{4}\))$")
_ADOPTION_DATE = re.compile(r"^on \d{1,2} [A-Z][a-z]+ \d{4}$")
_ADOPTED_NUMBER_ALONE = re.compile(r"^(?P<number>\d+/\d+|ES-\d+/\d+)\.?$")
_ADOPTED_NUMBER = re.compile(r"^(?P<number>\d+/\d+|ES-\d+/\d+)\.\s+(?P<title>.+)$")


@lru_cache(maxsize=1)
def member_states() -> dict[str, bool]:
    """Return the UN short names of States, mapped to True for observer States."""
    with resource_path("member-states.json").open(encoding="utf-8") as handle:
        states = json.load(handle)
    return {state["short_name_en"]: state.get("status") != "member" for state in states}


def is_symbol(text: str) -> bool:
    """Say whether a line is a document symbol such as A/C.3/80/L.29* or S/2022/443."""
    return bool(SYMBOL.match(text.strip()))


def parse_sponsors(names: str) -> list[Sponsor]:
    """Split "A, B and C" into sponsors, keeping names such as "Bosnia and Herzegovina" whole."""
    known = member_states()
    # HRC drafts mark States that are not members of the Council: "Albania,* Australia,*".
    pieces = [piece.strip(" *") for piece in names.split(",") if piece.strip(" *")]
    # Names with a comma inside do not exist among UN short names, so a comma always separates.
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if piece in known or " and " not in piece or index < len(pieces) - 1:
            out.append(piece)
            continue
        out.extend(_split_and(piece, known))
    out = [name.strip(" *") for name in out]
    return [Sponsor(name=name, observer=known.get(name, False)) for name in out]


def _split_and(piece: str, known: dict[str, bool]) -> list[str]:
    """Split the last piece of a sponsors list at the "and" that separates two names."""
    positions = [m.start() for m in re.finditer(" and ", piece)]
    scored = []
    for pos in positions:
        left, right = piece[:pos], piece[pos + 5:]
        score = (left in known) + (right in known)
        scored.append((score, pos))
    if not scored:
        return [piece]
    best = max(scored, key=lambda item: (item[0], item[1]))
    pos = best[1]
    return [piece[:pos], piece[pos + 5:]]


class CoverWords:
    """How a cover says each of its lines in one language; English here.

    The reader below is the same for every language: it asks these methods what a line is.
    Another language (``importers/language.py``) answers from its language data file. A method
    that takes ``state`` decides itself where on the cover its line may stand.
    """

    code = "en"

    def clean(self, text: str) -> str:
        """Return the line as the methods below compare it."""
        return text.strip()

    def is_organization(self, text: str) -> bool:
        """Say whether the line is the organization's name above the masthead."""
        return text == "United Nations"

    def organ(self, text: str) -> Body | None:
        """Return the organ the masthead names (the Council by its own body), or None."""
        return ORGANS.get(text)

    def distribution(self, text: str, state: str) -> str | None:
        """Return the distribution a "Distr." line gives, or None."""
        if text == "Provisional" and state == "masthead":
            return text  # Security Council drafts in blue
        if text.startswith("Distr."):
            return text.split(":", 1)[-1].strip() if ":" in text else "General"
        return None

    def original(self, text: str, state: str) -> str | None:
        """Return the language an "Original:" line names, or None."""
        return text.split(":", 1)[1].strip() if text.startswith("Original:") else None

    def date(self, text: str, number: int) -> _dt.date | None:
        """Return the date of a date line (line ``number``), or None."""
        return parse_un_date(text)

    def is_council(self, text: str) -> bool:
        """Say whether the line names the Human Rights Council."""
        return text == "Human Rights Council"

    def session(self, text: str) -> tuple[int, bool] | None:
        """Return the session a session line names and whether it is an emergency session."""
        session = _SESSION.match(text)
        if session is None:
            return None
        number = session_number_from_words(session.group("words"))
        return None if number is None else (number, bool(session.group("special")))

    def ecosoc_year(self, text: str) -> int | None:
        """Return the year of an Economic and Social Council session line, or None."""
        ecosoc = _ECOSOC_SESSION.match(text)
        return int(ecosoc.group(1)) if ecosoc else None

    def is_session_dates(self, text: str) -> bool:
        """Say whether the line gives a Human Rights Council session's dates."""
        return bool(_DATE_RANGE.match(text))

    def committees(self) -> dict[str, int]:
        """Return the Main Committees by each name the cover may give them."""
        return COMMITTEES

    def committee(self, text: str) -> tuple[int | None, bool] | None:
        """Return the committee a line names and whether its name goes on on the next line."""
        if text not in COMMITTEES:
            return None
        return COMMITTEES[text], text == "Special Political and Decolonization Committee"

    def agenda(self, text: str) -> list[AgendaItem] | None:
        """Return the items an agenda line names, or None when it is no agenda line."""
        agenda = _AGENDA.match(text)
        if agenda is None:
            return None
        return [AgendaItem(number=number, sub_item=sub)
                for number, sub in _AGENDA_ITEM.findall(agenda.group("items"))]

    def reads_adoptions(self) -> bool:
        """Say whether the cover of an adopted resolution is read in this language."""
        return True

    def submitted_by(self, text: str) -> bool:
        """Say whether the line is a "Draft resolution submitted by …" line."""
        return text.startswith(
            ("Draft resolution submitted by", "Revised draft resolution submitted by",
             "Draft decision submitted by")
        )

    def sponsors(self, text: str) -> tuple[list[Sponsor], bool] | None:
        """Return the sponsors a sponsors line names and whether it carries an asterisk."""
        sponsors = _SPONSORS_END.search(text)
        if sponsors is None:
            return None
        return parse_sponsors(text[: sponsors.start()]), bool(sponsors.group("star"))

    def quoted(self, text: str) -> str:
        """Return the line as an error message quotes it."""
        return quoted(text)

    def english_formula(self, formula: str) -> str:
        """Return the opening formula in English, which names the organ."""
        return formula


ENGLISH = CoverWords()


class HeaderError(ValueError):
    """A header line that cannot be read; the caller adds the source name."""

    def __init__(self, line: int, problem: Message) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def cannot_tell(line: int, text: str) -> HeaderError:
    """Return the error for a header line that is nothing a header holds."""
    return HeaderError(line, message(
        QT_TRANSLATE_NOOP("ImportErrors", "cannot tell what {text} is"),
        text=text))


def parse_header(
    lines: list[Line], formula: str, words: CoverWords = ENGLISH
) -> tuple[Metadata, list[str]]:
    """Read the cover lines into Metadata; return it and the asterisk anchors in order.

    ``lines`` are the lines above the opening formula, blank lines removed and lines that
    wrapped in the input already joined where they could be told apart; ``words`` says what
    each line is in the draft's language.
    """
    meta = Metadata(language=words.code)
    anchors: list[str] = []
    organ: Body | None = None
    committee: int | None = None
    hrc = False
    emergency = False
    ecosoc_year: int | None = None
    state = "masthead"
    agenda_titles: list[str] = []
    title_parts: list[str] = []
    pending_committee = ""
    for line in lines:
        text = words.clean(line.text)
        if not text or words.is_organization(text):
            continue
        match = SYMBOL.match(text)
        if match and not meta.symbol:
            star = match.group("star")
            meta.symbol = text[: len(text) - len(star)] if star else text
            if star:
                anchors.append("symbol")
            continue
        named = words.organ(text)
        if named is not None and organ is None and state == "masthead":
            if named is Body.HUMAN_RIGHTS_COUNCIL:
                hrc = True
            else:
                organ = named
            continue
        distribution = words.distribution(text, state)
        if distribution is not None:
            meta.distribution = distribution
            continue
        original = words.original(text, state)
        if original is not None:
            meta.original_language = original
            continue
        if meta.date is None and state == "masthead":
            date = words.date(text, line.number)
            if date is not None:
                meta.date = date
                continue
        if words.is_council(text):
            hrc = True
            continue
        session = words.session(text) if state in ("masthead", "session") else None
        if session is not None:
            meta.session, emergency = session
            state = "session"
            continue
        year = words.ecosoc_year(text) if state in ("masthead", "session") else None
        if year is not None:
            ecosoc_year = year
            state = "session"
            continue
        if hrc and state in ("masthead", "session") and words.is_session_dates(text):
            meta.session_dates = text
            continue
        if pending_committee:
            joined = f"{pending_committee} {text}"
            pending_committee = ""
            if joined in words.committees():
                committee = words.committees()[joined]
                continue
        named_committee = words.committee(text) if state in ("masthead", "session") else None
        if named_committee is not None:
            number, goes_on = named_committee
            if number is not None:
                committee = number
            if goes_on:
                pending_committee = text  # the long name, its short one on the next line
            state = "session"
            continue
        items = words.agenda(text) if state in ("masthead", "session", "agenda") else None
        if items is not None:
            meta.agenda_items.extend(items)
            state = "agenda"
            continue
        if words.reads_adoptions():
            adopted = _adoption(meta, text, state, title_parts)
            if adopted is not None:
                state = adopted
                continue
            if words.submitted_by(text):
                meta.submitted_by = text
                state = "sponsors"
                continue
        sponsors = words.sponsors(text) if state != "title" else None
        if sponsors is not None:
            meta.sponsors, starred = sponsors
            if starred:
                anchors.append("sponsors")
            state = "sponsors"
            continue
        if state == "agenda":
            agenda_titles.append(text)
            continue
        if state in ("sponsors", "title", "masthead", "session"):
            title_parts.append(text)
            state = "title"
            continue
        raise cannot_tell(line.number, words.quoted(text))
    _assign_agenda_titles(meta, agenda_titles)
    meta.title = " ".join(title_parts)
    meta.committee = committee
    english = words.english_formula(formula)
    meta.body = _body(meta.symbol, organ, committee, hrc, emergency, ecosoc_year, english)
    if meta.body is Body.ECOSOC and ecosoc_year is not None:
        meta.session = ecosoc_year
    if meta.body is Body.GA_COMMITTEE and meta.committee is None:
        committee_match = re.match(r"^A/C\.(\d)/", meta.symbol)
        if committee_match:
            meta.committee = int(committee_match.group(1))
    return meta, anchors


def _adoption(meta: Metadata, text: str, state: str, title_parts: list[str]) -> str | None:
    """Read a line of an adopted resolution's cover; return the state after it, or None."""
    sc_resolution = _SC_RESOLUTION.match(text)
    if sc_resolution and state in ("masthead", "session"):
        # A Security Council resolution: "Resolution 2719 (2023)", then the adoption line.
        meta.adoption = Adoption(adopted_line="", number=sc_resolution.group("number"))
        return "adopted"
    if text.startswith("Adopted by the Security Council") and meta.adoption is not None:
        meta.adoption.adopted_line = text
        return state
    if text.startswith("Resolution adopted by"):
        meta.adoption = Adoption(adopted_line=text)
        return "adopted"
    if state == "adopted" and meta.adoption is not None and _ADOPTION_DATE.match(text):
        # "Resolution adopted by the General Assembly" / "on 15 December 2025"
        meta.adoption.adopted_line = f"{meta.adoption.adopted_line} {text}"
        return state
    alone = _ADOPTED_NUMBER_ALONE.match(text)
    if alone and state == "adopted" and meta.adoption is not None:
        meta.adoption.number = alone.group("number")  # "80/164." with the title below
        return "title"
    if state == "adopted" and text.startswith("[") and meta.adoption is not None:
        meta.adoption.report_line = text
        return state
    adopted_number = _ADOPTED_NUMBER.match(text)
    if adopted_number and state == "adopted" and meta.adoption is not None:
        meta.adoption.number = adopted_number.group("number")
        title_parts.append(adopted_number.group("title"))
        return "title"
    return None


def _assign_agenda_titles(meta: Metadata, titles: list[str]) -> None:
    if not meta.agenda_items or not titles:
        return
    if len(meta.agenda_items) == len(titles):
        for item, title in zip(meta.agenda_items, titles, strict=True):
            item.title = title
    else:
        meta.agenda_items[0].title = " ".join(titles)


def _body(
    symbol: str,
    organ: Body | None,
    committee: int | None,
    hrc: bool,
    emergency: bool,
    ecosoc_year: int | None,
    formula: str,
) -> Body:
    if symbol.startswith("S/") or organ is Body.SECURITY_COUNCIL or "Security Council" in formula:
        return Body.SECURITY_COUNCIL
    if symbol.startswith("E/") or organ is Body.ECOSOC or "Economic and Social" in formula:
        return Body.ECOSOC
    if symbol.startswith("A/HRC/") or hrc or "Human Rights Council" in formula:
        return Body.HUMAN_RIGHTS_COUNCIL
    if symbol.startswith("A/ES-") or emergency:
        return Body.GA_EMERGENCY
    if re.match(r"^A/C\.\d/", symbol) or committee is not None:
        return Body.GA_COMMITTEE
    return Body.GA_PLENARY
