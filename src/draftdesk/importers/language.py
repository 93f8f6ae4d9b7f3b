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

from .header import CoverWords, HeaderError, Line, member_states, parse_header

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
    for template in (data.agenda_one, data.agenda_many, data.agenda_hrc_one, data.agenda_hrc_many):
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


class LanguageWords(CoverWords):
    """How a cover says each of its lines in a language of the language data (Spanish, French).

    The same reader as English's (``header.parse_header``) asks these what each line is.
    """

    def __init__(self, code: str) -> None:
        data = languages.get_language(code)
        self.code = code
        self._organization = _plain(data.organization)
        self._organs = {_plain(o.name): key for key, o in data.organs.items()}
        self._council = _plain(data.organs["hrc"].name)
        self._distributions = {_plain(v).casefold(): k for k, v in data.distribution.items()}
        self._names = {_plain(v).casefold(): k for k, v in data.language_names.items()}
        self._original_head = _plain(data.original.split("{language}")[0]).casefold()
        self._committees = {_plain(v): int(k) for k, v in data.committees.items()}
        self._sessions = _sessions(code)
        self._ecosoc = _pattern(data.session["ecosoc"], number=r"\d{4}")
        kinds = "|".join(re.escape(_plain(k)) for k in sorted(data.kinds.values(), key=len,
                                                              reverse=True))
        self._sponsors_end = re.compile(
            rf"^(?P<names>.+?)(?P<star1>\*?) ?:(?P<star2>\*?) (?P<kind>{kinds})$"
        )

    def clean(self, text: str) -> str:
        """Return the line with every kind of space as one plain space."""
        return _plain(text)

    def is_organization(self, text: str) -> bool:
        """Say whether the line is "Naciones Unidas", "Nations Unies"."""
        return text == self._organization

    def organ(self, text: str) -> Body | None:
        """Return the organ the masthead names, or None."""
        key = self._organs.get(text)
        if key is None:
            return None
        return Body.HUMAN_RIGHTS_COUNCIL if key == "hrc" else _ORGAN_BODIES[key]

    def distribution(self, text: str, state: str) -> str | None:
        """Return the distribution the masthead gives ("Distr. limitada": Limited), or None."""
        return self._distributions.get(text.casefold()) if state == "masthead" else None

    def original(self, text: str, state: str) -> str | None:
        """Return the language an "Original:" line of the masthead names, in English."""
        if state != "masthead" or not text.casefold().startswith(self._original_head):
            return None
        word = text[len(self._original_head):].strip()
        return self._names.get(word.casefold(), word)

    def date(self, text: str, number: int) -> _dt.date | None:
        """Return the date of a date line ("30 de noviembre de 2007"), or None."""
        date = _date(text, self.code)
        if date is None:
            return None
        try:
            return _dt.date(*date)
        except ValueError:
            raise HeaderError(number, message(
                QT_TRANSLATE_NOOP("ImportErrors", "{text} is not a date"),
                text=repr(text))) from None

    def is_council(self, text: str) -> bool:
        """Say whether the line names the Human Rights Council."""
        return text == self._council

    def session(self, text: str) -> tuple[int, bool] | None:
        """Return the session a line names in words and whether it is an emergency session."""
        session = self._sessions.get(text.casefold())
        if session is None:
            return None
        number, special = session
        return number, special is Body.GA_EMERGENCY

    def ecosoc_year(self, text: str) -> int | None:
        """Return the year of an Economic and Social Council session line, or None."""
        year = self._ecosoc.match(text)
        return int(year["number"]) if year else None

    def is_session_dates(self, text: str) -> bool:
        """Say whether the line gives session dates: never read in this language."""
        return False

    def committees(self) -> dict[str, int]:
        """Return the Main Committees by their names in the language."""
        return self._committees

    def committee(self, text: str) -> tuple[int | None, bool] | None:
        """Return the committee a line names, or that its long name goes on on the next line."""
        if text in self._committees:
            return self._committees[text], False
        if any(name.startswith(text + " (") for name in self._committees):
            return None, True
        return None

    def agenda(self, text: str) -> list[AgendaItem] | None:
        """Return the items of "Temas 13 a) y 115 del programa", or None."""
        return parse_agenda(text, self.code)

    def reads_adoptions(self) -> bool:
        """Say whether adopted resolutions' covers are read: in English only."""
        return False

    def sponsors(self, text: str) -> tuple[list[Sponsor], bool] | None:
        """Return the sponsors of "Ecuador y México: proyecto de resolución", or None."""
        sponsors = self._sponsors_end.match(text)
        if sponsors is None:
            return None
        starred = bool(sponsors["star1"] or sponsors["star2"])
        return parse_sponsor_names(sponsors["names"], self.code), starred

    def quoted(self, text: str) -> str:
        """Return the line as an error message quotes it."""
        return repr(text[:60])

    def english_formula(self, formula: str) -> str:
        """Return the English opening formula of the organ the formula names."""
        return english_formula(formula, self.code)


def parse_header_in(lines: list[Line], formula: str, code: str) -> tuple[Metadata, list[str]]:
    """Read the cover lines of a draft in ``code`` into Metadata; also the asterisk anchors."""
    return parse_header(lines, formula, LanguageWords(code))
