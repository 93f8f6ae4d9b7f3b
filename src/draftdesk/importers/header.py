"""Read the cover of a resolution (masthead, session block, sponsors, title) into Metadata."""

from __future__ import annotations

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


def parse_header(lines: list[Line], formula: str) -> tuple[Metadata, list[str]]:
    """Read the cover lines into Metadata; return it and the asterisk anchors in order.

    ``lines`` are the lines above the opening formula, blank lines removed and lines that
    wrapped in the input already joined where they could be told apart.
    """
    meta = Metadata()
    anchors: list[str] = []
    organ: Body | None = None
    committee: int | None = None
    hrc = False
    emergency = False
    ecosoc_year: int | None = None
    state = "masthead"
    agenda_titles: list[str] = []
    title_parts: list[str] = []
    seen_date = False
    pending_committee = ""
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if text == "United Nations":
            continue
        match = SYMBOL.match(text)
        if match and not meta.symbol:
            star = match.group("star")
            meta.symbol = text[: len(text) - len(star)] if star else text
            if star:
                anchors.append("symbol")
            continue
        if text in ORGANS and organ is None and state == "masthead":
            organ = ORGANS[text]
            continue
        if text == "Provisional" and state == "masthead":
            meta.distribution = text  # Security Council drafts in blue
            continue
        if text.startswith("Distr."):
            meta.distribution = text.split(":", 1)[-1].strip() if ":" in text else "General"
            continue
        if text.startswith("Original:"):
            meta.original_language = text.split(":", 1)[1].strip()
            continue
        date = parse_un_date(text)
        if date is not None and not seen_date and state == "masthead":
            meta.date = date
            seen_date = True
            continue
        if text == "Human Rights Council":
            hrc = True
            continue
        session = _SESSION.match(text)
        if session and state in ("masthead", "session"):
            number = session_number_from_words(session.group("words"))
            if number is not None:
                meta.session = number
                emergency = bool(session.group("special"))
                state = "session"
                continue
        ecosoc = _ECOSOC_SESSION.match(text)
        if ecosoc and state in ("masthead", "session"):
            ecosoc_year = int(ecosoc.group(1))
            state = "session"
            continue
        if hrc and _DATE_RANGE.match(text) and state in ("masthead", "session"):
            meta.session_dates = text
            continue
        if pending_committee:
            joined = f"{pending_committee} {text}"
            pending_committee = ""
            if joined in COMMITTEES:
                committee = COMMITTEES[joined]
                continue
        if text in COMMITTEES and state in ("masthead", "session"):
            committee = COMMITTEES[text]
            if text == "Special Political and Decolonization Committee":
                pending_committee = text
            state = "session"
            continue
        agenda = _AGENDA.match(text)
        if agenda and state in ("masthead", "session", "agenda"):
            for number, sub in _AGENDA_ITEM.findall(agenda.group("items")):
                meta.agenda_items.append(AgendaItem(number=number, sub_item=sub))
            state = "agenda"
            continue
        sc_resolution = _SC_RESOLUTION.match(text)
        if sc_resolution and state in ("masthead", "session"):
            # A Security Council resolution: "Resolution 2719 (2023)", then the adoption line.
            meta.adoption = Adoption(adopted_line="", number=sc_resolution.group("number"))
            state = "adopted"
            continue
        if text.startswith("Adopted by the Security Council") and meta.adoption is not None:
            meta.adoption.adopted_line = text
            continue
        if text.startswith("Resolution adopted by"):
            meta.adoption = Adoption(adopted_line=text)
            state = "adopted"
            continue
        if state == "adopted" and meta.adoption is not None and _ADOPTION_DATE.match(text):
            # "Resolution adopted by the General Assembly" / "on 15 December 2025"
            meta.adoption.adopted_line = f"{meta.adoption.adopted_line} {text}"
            continue
        alone = _ADOPTED_NUMBER_ALONE.match(text)
        if alone and state == "adopted" and meta.adoption is not None:
            meta.adoption.number = alone.group("number")  # "80/164." with the title below
            state = "title"
            continue
        if state == "adopted" and text.startswith("[") and meta.adoption is not None:
            meta.adoption.report_line = text
            continue
        adopted_number = _ADOPTED_NUMBER.match(text)
        if adopted_number and state == "adopted" and meta.adoption is not None:
            meta.adoption.number = adopted_number.group("number")
            title_parts.append(adopted_number.group("title"))
            state = "title"
            continue
        if text.startswith(
            ("Draft resolution submitted by", "Revised draft resolution submitted by",
             "Draft decision submitted by")
        ):
            meta.submitted_by = text
            state = "sponsors"
            continue
        sponsors = _SPONSORS_END.search(text)
        if sponsors and state not in ("title",):
            names = text[: sponsors.start()]
            meta.sponsors = parse_sponsors(names)
            if sponsors.group("star"):
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
        raise cannot_tell(line.number, quoted(text))
    _assign_agenda_titles(meta, agenda_titles)
    meta.title = " ".join(title_parts)
    meta.committee = committee
    meta.body = _body(meta.symbol, organ, committee, hrc, emergency, ecosoc_year, formula)
    if meta.body is Body.ECOSOC and ecosoc_year is not None:
        meta.session = ecosoc_year
    if meta.body is Body.GA_COMMITTEE and meta.committee is None:
        committee_match = re.match(r"^A/C\.(\d)/", meta.symbol)
        if committee_match:
            meta.committee = int(committee_match.group(1))
    return meta, anchors


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
