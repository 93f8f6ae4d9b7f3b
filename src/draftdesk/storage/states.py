"""The UN Member States and observer States a sponsors line may name.

The list is data, not code: it is read from ``resources/member-states.json`` (or from a file the
user points at, since names change) into typed records. States come in UN order: Member States by
their English sort key, then the observer States, who follow all Member States in a sponsors line.
Names are compared with the straight (') and typographic (’) apostrophe as equal, because people
type one and UN documents print the other.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..messages import QT_TRANSLATE_NOOP, Message, message
from ..model.document import Sponsor
from ..resources import resource_path
from ..untrusted import quoted, read_json_file

DEFAULT_FILE_NAME = "member-states.json"
_STATUSES = ("member", "observer")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def fold_name(text: str) -> str:
    """Return a State's name folded for comparison: apostrophes, case, spacing made uniform."""
    return " ".join(text.translate(_APOSTROPHES).split()).casefold()


def search_key(text: str) -> str:
    """Return ``fold_name`` of the text with accents removed too, for filter-as-you-type."""
    decomposed = unicodedata.normalize("NFKD", fold_name(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class State:
    """A Member State or observer State under its UN short names."""

    name: str  # English UN short name, as a sponsors line prints it: "Côte d’Ivoire"
    sort_key: str  # English sort key: "Cote d'Ivoire"; "Bahamas" for "Bahamas (The)"
    observer: bool = False
    name_fr: str = ""
    name_es: str = ""
    iso3: str = ""

    def sponsor(self) -> Sponsor:
        """Return the model's sponsor record for this State."""
        return Sponsor(name=self.name, observer=self.observer)

    def un_order(self) -> tuple[bool, str]:
        """Return the key that puts States in UN order: members first, then by sort key."""
        return (self.observer, search_key(self.sort_key))


class StateList:
    """The States in UN order, with apostrophe-insensitive lookup and filtering."""

    def __init__(self, states: Iterable[State], source: str = "") -> None:
        self.states: tuple[State, ...] = tuple(sorted(states, key=State.un_order))
        self.source = source
        self._by_name: dict[str, State] = {}
        for state in self.states:
            self._by_name.setdefault(search_key(state.name), state)
        # Sort keys ("Bahamas", "Turkiye") find a State too, but never shadow a real name.
        for state in self.states:
            self._by_name.setdefault(search_key(state.sort_key), state)

    def __iter__(self) -> Iterator[State]:
        return iter(self.states)

    def __len__(self) -> int:
        return len(self.states)

    @property
    def members(self) -> list[State]:
        """Return the Member States in UN order."""
        return [state for state in self.states if not state.observer]

    @property
    def observers(self) -> list[State]:
        """Return the observer States in UN order."""
        return [state for state in self.states if state.observer]

    def find(self, name: str) -> State | None:
        """Return the State with this name (' and ’, case and accents ignored), or None."""
        return self._by_name.get(search_key(name))

    def matching(self, text: str) -> list[State]:
        """Return the States whose name contains the typed text, names that start with it first."""
        wanted = search_key(text)
        if not wanted:
            return list(self.states)
        starts, contains = [], []
        for state in self.states:
            names = [search_key(n) for n in (state.name, state.sort_key) if n]
            if any(n.startswith(wanted) for n in names) or state.iso3.casefold() == wanted:
                starts.append(state)
            elif any(wanted in n for n in names):
                contains.append(state)
        return starts + contains

    def sort(self, names: Iterable[str]) -> list[str]:
        """Return names in UN order; names not in the list follow the Member States, unmarked."""

        def key(name: str) -> tuple[int, str]:
            state = self.find(name)
            if state is None:
                return (1, search_key(name))
            return (2 if state.observer else 0, search_key(state.sort_key))

        return sorted(names, key=key)


def default_states_path() -> Path:
    """Return the path of the list that ships with DraftDesk."""
    return resource_path(DEFAULT_FILE_NAME)


def load_states(path: Path | str | None = None) -> StateList:
    """Read a list of States (the bundled one when ``path`` is None) or raise InputError."""
    file = Path(path) if path is not None else default_states_path()
    data = read_json_file(file, "the list of States")
    if not isinstance(data, list) or not data:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{path}: expected a JSON list of States, one object "
                                            "per State"),
            path=str(file)))
    states = [_parse_state(file, index, entry) for index, entry in enumerate(data, start=1)]
    seen: dict[str, int] = {}
    for index, state in enumerate(states, start=1):
        folded = fold_name(state.name)
        if folded in seen:
            raise InputError(message(
                QT_TRANSLATE_NOOP("FileErrors", "{where}: {name} already appears as entry {first}"),
                where=_entry(file, index), name=quoted(state.name), first=seen[folded]))
        seen[folded] = index
    return StateList(states, source=str(file))


def _entry(file: Path, index: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("FileErrors", "{path}, entry {number}"), path=str(file), number=index)


def _parse_state(file: Path, index: int, entry: object) -> State:
    where = _entry(file, index)
    if not isinstance(entry, dict):
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{where}: expected an object with short_name_en and "
                                            "status"), where=where))
    name = entry.get("short_name_en")
    if not isinstance(name, str) or not name.strip():
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{where}: missing or empty 'short_name_en'"),
            where=where))
    status = entry.get("status", "member")
    if status not in _STATUSES:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{where} ({name}): status {status} is not 'member' or "
                                            "'observer'"),
            where=where, name=name, status=quoted(status)))
    optional = {}
    for field_name in ("sort_key_en", "short_name_fr", "short_name_es", "iso3"):
        value = entry.get(field_name, "")
        if not isinstance(value, str):
            raise InputError(message(
                QT_TRANSLATE_NOOP("FileErrors", "{where} ({name}): {field} must be text"),
                where=where, name=name, field=quoted(field_name)))
        optional[field_name] = value.strip()
    return State(
        name=name.strip(),
        sort_key=optional["sort_key_en"] or name.strip(),
        observer=status == "observer",
        name_fr=optional["short_name_fr"],
        name_es=optional["short_name_es"],
        iso3=optional["iso3"],
    )
