"""Recognize a Spanish or French draft and read its cover with that language's words.

The words come from the language files (``resources/languages/``), the same ones the export
prints, so a Spanish or French export imports back as the draft it came from: same body,
session, agenda items, sponsors (stored under their English short names, as every draft
keeps them) and language.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from functools import cache

from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.model import languages
from draftdesk.model.document import AgendaItem, Body, Metadata, Sponsor
from draftdesk.model.languages.names import name_key, state_names

from .header import SYMBOL, HeaderError, Line, cannot_tell, member_states
from .header import _body as body_of

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_ORGAN_BODIES = {"ga": Body.GA_PLENARY, "sc": Body.SECURITY_COUNCIL, "ecosoc": Body.ECOSOC}
_ENGLISH_FORMULA = {
    "ga": "The General Assembly", "sc": "The Security Council",
    "ecosoc": "The Economic and Social Council", "hrc": "The Human Rights Council",
}


def _plain(text: str) -> str:
    """Return text with every kind of space as one plain space, for comparison."""
    return _SPACES.sub(" ", text).strip()


def _other_languages() -> list[str]:
    return [code for code in languages.available_languages() if code != "en"]


@cache
def _signature(code: str) -> frozenset[str]:
    """Return the cover lines that only a draft in this language prints."""
    data = languages.get_language(code)
    words = {data.organization}
    for organ in data.organs.values():
        words.update({organ.name, organ.formula, organ.formula + ","})
    words.update(value for key, value in data.distribution.items() if key != "Provisional")
    return frozenset(_plain(word) for word in words)


def detect_language(lines: Iterable[str]) -> str:
    """Return the language of a draft's cover lines: "es", "fr", or "en" when none matches."""
    plain = [_plain(line).strip("*") for line in lines]
    best, best_score = "en", 0
    for code in _other_languages():
        signature = _signature(code)
        score = sum(1 for line in plain if line in signature)
        if score > best_score:
            best, best_score = code, score
    return best


def is_masthead_line(text: str) -> bool:
    """Say whether a line is a Spanish or French masthead line: organization, organ, "Distr.",
    "Original", a date."""
    plain = _plain(text)
    for code in _other_languages():
        data = languages.get_language(code)
        if plain in _signature(code) or _date(plain, code) is not None:
            return True
        head = _plain(data.original.split("{language}")[0]).casefold()
        if plain.casefold().startswith(head) and plain.casefold() != head:
            return True
    return False


def formula_language(text: str) -> str | None:
    """Return the language whose opening formula ``text`` is ("La Asamblea General,"), or None."""
    plain = _plain(text).strip("*").rstrip(",").strip("*")
    for code in _other_languages():
        for organ in languages.get_language(code).organs.values():
            if plain == _plain(organ.formula):
                return code
    return None


def english_formula(text: str, code: str) -> str:
    """Return the English opening formula of the organ a formula in ``code`` names."""
    plain = _plain(text).strip("*").rstrip(",").strip("*")
    for key, organ in languages.get_language(code).organs.items():
        if plain == _plain(organ.formula):
            return _ENGLISH_FORMULA[key] + ","
    return text


def split_connector(text: str, code: str) -> tuple[str, str]:
    """Split "…; y" into ("…;", "and"); ("…", "") when the text ends with no connector."""
    data = languages.get_language(code)
    words = {data.conjunction: "and", data.conjunction_before_i: "and", data.disjunction: "or"}
    head, _, last = text.rpartition(" ")
    if head.rstrip().endswith(";") and last in words and last:
        return head.rstrip(), words[last]
    return text, ""


@cache
def _sessions(code: str) -> dict[str, tuple[int, Body | None]]:
    """Return every session line of the language (1-200) with its number and special body."""
    out: dict[str, tuple[int, Body | None]] = {}
    for number in range(1, languages.forms.MAX_SESSION + 1):
        for body, special in ((Body.GA_PLENARY, None), (Body.GA_EMERGENCY, Body.GA_EMERGENCY),
                              (Body.HUMAN_RIGHTS_COUNCIL, None)):
            line = _plain(languages.session_line(number, code, body)).casefold()
            out.setdefault(line, (number, special))
    return out


def _pattern(template: str, **groups: str) -> re.Pattern[str]:
    """Turn a data pattern such as "{day} de {month} de {year}" into a regular expression."""
    out, position = [], 0
    for match in re.finditer(r"\{(\w+)\}", template):
        out.append(_literal(template[position:match.start()]))
        out.append(f"(?P<{match.group(1)}>{groups[match.group(1)]})")
        position = match.end()
    out.append(_literal(template[position:]))
    return re.compile("^" + "".join(out) + "$", re.IGNORECASE)


def _literal(text: str) -> str:
    """Return a pattern for literal text in which any space matches any kind of space."""
    return " ".join(re.escape(word) for word in _SPACES.split(text))


def _date(text: str, code: str) -> tuple[int, int, int] | None:
    data = languages.get_language(code)
    months = "|".join(re.escape(month) for month in data.months)
    day = r"\d{1,2}|" + re.escape(data.first_day)
    match = _pattern(data.date_pattern, day=day, month=months, year=r"\d{4}").match(text)
    if match is None:
        return None
    day_text = match["day"]
    day_number = 1 if day_text.casefold() == data.first_day.casefold() else int(day_text)
    month = [m.casefold() for m in data.months].index(match["month"].casefold()) + 1
    return int(match["year"]), month, day_number


def parse_agenda(text: str, code: str) -> list[AgendaItem] | None:
    """Read "Temas 13 a) y 115 del programa" into agenda items; None if it is no agenda line."""
    data = languages.get_language(code)
    for template in (data.agenda_one, data.agenda_many):
        match = _pattern(template, items=".+").match(text)
        if match:
            found = re.findall(r"(\d+)(?:\s*\(?([a-z]{1,2})\))?", match["items"])
            return [AgendaItem(number=number, sub_item=sub) for number, sub in found]
    return None


def parse_sponsor_names(names: str, code: str) -> list[Sponsor]:
    """Split "Ecuador, Indonesia y México" into sponsors under their English short names."""
    data = languages.get_language(code)
    local = set(state_names(data.state_name_field).values())
    english = state_names("short_name_en")
    pieces = [piece.strip(" *") for piece in names.split(",") if piece.strip(" *")]
    conjunctions = {w for w in (data.conjunction, data.conjunction_before_i) if w}
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if piece in local or index < len(pieces) - 1:
            out.append(piece)
            continue
        words = piece.split(" ")
        for cut in range(1, len(words)):
            left, joiner, right = " ".join(words[:cut]), words[cut], " ".join(words[cut + 1:])
            if joiner in conjunctions and left in local and right in local:
                out.extend([left, right])
                break
        else:
            out.append(piece)
    observers = member_states()
    sponsors = []
    for name in out:
        name_en = english.get(name_key(name), name)
        sponsors.append(Sponsor(name=name_en, observer=observers.get(name_en, False)))
    return sponsors


def parse_header_in(lines: list[Line], formula: str, code: str) -> tuple[Metadata, list[str]]:
    """Read the cover lines of a draft in ``code`` into Metadata; also the asterisk anchors."""
    data = languages.get_language(code)
    meta = Metadata(language=code)
    anchors: list[str] = []
    organs = {_plain(o.name): key for key, o in data.organs.items()}
    distributions = {_plain(v).casefold(): k for k, v in data.distribution.items()}
    names = {_plain(v).casefold(): k for k, v in data.language_names.items()}
    original_head = _plain(data.original.split("{language}")[0]).casefold()
    committees = {_plain(v): int(k) for k, v in data.committees.items()}
    sessions = _sessions(code)
    ecosoc = _pattern(data.session["ecosoc"], number=r"\d{4}")
    kinds = "|".join(re.escape(_plain(k)) for k in sorted(data.kinds.values(), key=len,
                                                          reverse=True))
    sponsors_end = re.compile(
        rf"^(?P<names>.+?)(?P<star1>\*?) ?:(?P<star2>\*?) (?P<kind>{kinds})$"
    )
    organ: Body | None = None
    committee: int | None = None
    hrc = emergency = False
    ecosoc_year: int | None = None
    state = "masthead"
    agenda_titles: list[str] = []
    title_parts: list[str] = []
    pending_committee = ""
    for line in lines:
        number, text = line.number, _plain(line.text)
        if not text or text == _plain(data.organization):
            continue
        match = SYMBOL.match(text)
        if match and not meta.symbol:
            star = match.group("star")
            meta.symbol = text[: len(text) - len(star)] if star else text
            if star:
                anchors.append("symbol")
            continue
        if state == "masthead" and text in organs and organ is None:
            key = organs[text]
            if key == "hrc":
                hrc = True
            else:
                organ = _ORGAN_BODIES[key]
            continue
        if text.casefold() in distributions and state == "masthead":
            meta.distribution = distributions[text.casefold()]
            continue
        if text.casefold().startswith(original_head) and state == "masthead":
            word = text[len(original_head):].strip().casefold()
            meta.original_language = names.get(word, text[len(original_head):].strip())
            continue
        date = _date(text, code)
        if date is not None and meta.date is None and state == "masthead":
            try:
                meta.date = _dt.date(*date)
            except ValueError:
                raise HeaderError(number, message(
                    QT_TRANSLATE_NOOP("ImportErrors", "{text} is not a date"),
                    text=repr(text))) from None
            continue
        if text == _plain(data.organs["hrc"].name):
            hrc = True
            continue
        session = sessions.get(text.casefold())
        if session is not None and state in ("masthead", "session"):
            meta.session, special = session
            emergency = special is Body.GA_EMERGENCY
            state = "session"
            continue
        year = ecosoc.match(text)
        if year and state in ("masthead", "session"):
            ecosoc_year = int(year["number"])
            state = "session"
            continue
        if pending_committee:
            joined, pending_committee = f"{pending_committee} {text}", ""
            if joined in committees:
                committee = committees[joined]
                continue
        if state in ("masthead", "session"):
            if text in committees:
                committee = committees[text]
                state = "session"
                continue
            if any(name.startswith(text + " (") for name in committees):
                pending_committee = text  # the long name, its short one on the next line
                state = "session"
                continue
        items = parse_agenda(text, code)
        if items is not None and state in ("masthead", "session", "agenda"):
            meta.agenda_items.extend(items)
            state = "agenda"
            continue
        sponsors = sponsors_end.match(text)
        if sponsors and state != "title":
            meta.sponsors = parse_sponsor_names(sponsors["names"], code)
            if sponsors["star1"] or sponsors["star2"]:
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
        raise cannot_tell(number, repr(text[:60]))
    for item, title in zip(meta.agenda_items, _titles(agenda_titles, meta), strict=False):
        item.title = title
    meta.title = " ".join(title_parts)
    meta.committee = committee
    english = english_formula(formula, code)
    meta.body = body_of(meta.symbol, organ, committee, hrc, emergency, ecosoc_year, english)
    if meta.body is Body.ECOSOC and ecosoc_year is not None:
        meta.session = ecosoc_year
    if meta.body is Body.GA_COMMITTEE and meta.committee is None:
        committee_match = re.match(r"^A/C\.(\d)/", meta.symbol)
        if committee_match:
            meta.committee = int(committee_match.group(1))
    return meta, anchors


def _titles(lines: list[str], meta: Metadata) -> list[str]:
    """One agenda title per item when there are as many lines; else one joined title."""
    if len(lines) == len(meta.agenda_items) or not lines:
        return lines
    return [" ".join(lines)]
