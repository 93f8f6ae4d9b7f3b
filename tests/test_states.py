"""The list of States a sponsors line may name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftdesk.errors import InputError
from draftdesk.model import Metadata
from draftdesk.model.derive import sponsors_line
from draftdesk.storage.states import State, StateList, default_states_path, fold_name, load_states


@pytest.fixture(scope="module")
def states() -> StateList:
    return load_states()


def test_bundled_list_has_193_members_and_2_observers(states: StateList) -> None:
    assert len(states) == 195
    assert len(states.members) == 193
    assert [state.name for state in states.observers] == ["Holy See", "State of Palestine"]
    assert all(state.observer for state in states.observers)


def test_order_is_the_files_sort_key_order(states: StateList) -> None:
    entries = json.loads(default_states_path().read_text(encoding="utf-8"))
    members = sorted(
        (e for e in entries if e["status"] == "member"), key=lambda e: e["sort_key_en"]
    )
    observers = sorted(
        (e for e in entries if e["status"] == "observer"), key=lambda e: e["sort_key_en"]
    )
    assert [s.name for s in states] == [e["short_name_en"] for e in members + observers]
    # The file itself is already in that order.
    assert [s.name for s in states] == [e["short_name_en"] for e in entries]


def test_order_agrees_with_the_sponsors_line(states: StateList) -> None:
    metadata = Metadata(sponsors=[state.sponsor() for state in reversed(states.states)])
    printed = sponsors_line(metadata).removesuffix(": draft resolution")
    names = [state.name for state in states]
    assert printed == ", ".join(names[:-1]) + " and " + names[-1]


def test_parenthesis_does_not_move_a_name(states: StateList) -> None:
    names = [state.name for state in states]
    assert names.index("Bahamas (The)") < names.index("Bahrain")
    assert names.index("Bolivia (Plurinational State of)") < names.index("Bosnia and Herzegovina")


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Côte d'Ivoire", "Côte d’Ivoire"),
        ("Côte d’Ivoire", "Côte d’Ivoire"),
        ("cote d'ivoire", "Côte d’Ivoire"),
        ("Lao People's Democratic Republic", "Lao People’s Democratic Republic"),
        ("Democratic People‘s Republic of Korea", "Democratic People’s Republic of Korea"),
        ("  mexico ", "Mexico"),
        ("Turkiye", "Türkiye"),
        ("Bahamas", "Bahamas (The)"),
        ("State of Palestine", "State of Palestine"),
    ],
)
def test_lookup_ignores_apostrophe_form_case_and_accents(
    states: StateList, typed: str, found: str
) -> None:
    state = states.find(typed)
    assert state is not None
    assert state.name == found


def test_lookup_of_an_unknown_name_is_none(states: StateList) -> None:
    assert states.find("Atlantis") is None
    assert states.find("") is None


def test_observers_are_flagged_and_become_observer_sponsors(states: StateList) -> None:
    palestine = states.find("State of Palestine")
    assert palestine is not None and palestine.observer
    assert palestine.sponsor().observer
    mexico = states.find("Mexico")
    assert mexico is not None and not mexico.observer
    assert mexico.sponsor().name == "Mexico"


def test_matching_puts_prefix_matches_first(states: StateList) -> None:
    names = [state.name for state in states.matching("gui")]
    assert names == ["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]
    assert [state.name for state in states.matching("cote d'")] == ["Côte d’Ivoire"]
    assert [state.name for state in states.matching("MEX")] == ["Mexico"]
    assert len(states.matching("")) == 195


def test_sort_names_in_un_order(states: StateList) -> None:
    assert states.sort(["State of Palestine", "Mexico", "Côte d’Ivoire"]) == [
        "Côte d’Ivoire",
        "Mexico",
        "State of Palestine",
    ]


def test_fold_name_treats_apostrophes_as_equal() -> None:
    assert fold_name("Côte d’Ivoire") == fold_name("CÔTE D'IVOIRE")


def test_a_user_file_is_read_and_sorted(tmp_path: Path) -> None:
    file = tmp_path / "states.json"
    file.write_text(
        json.dumps(
            [
                {"short_name_en": "Zedland", "status": "member"},
                {"short_name_en": "Holy See", "status": "observer"},
                {"short_name_en": "Ändorra", "status": "member", "sort_key_en": "Andorra"},
            ]
        ),
        encoding="utf-8",
    )
    states = load_states(file)
    assert [state.name for state in states] == ["Ändorra", "Zedland", "Holy See"]
    assert states.source == str(file)
    assert State(name="Zedland", sort_key="Zedland") in states.states


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"short_name_en": "Mexico", "status": "member"},\n  {oops}]', "line 2, column 4"),
        ('{"short_name_en": "Mexico"}', "expected a JSON list"),
        ("[]", "expected a JSON list"),
        ('[{"short_name_en": "Mexico"}, {"status": "member"}]', "entry 2: missing"),
        ('[{"short_name_en": "Mexico", "status": "guest"}]', "entry 1 (Mexico): status 'guest'"),
        ('[{"short_name_en": "Chad"}, {"short_name_en": "CHAD"}]', "already appears as entry 1"),
        ('["Mexico"]', "entry 1: expected an object"),
        ('[{"short_name_en": "Mexico", "iso3": 484}]', "'iso3' must be text"),
    ],
)
def test_malformed_file_is_one_clear_input_error(
    tmp_path: Path, content: str, message: str
) -> None:
    file = tmp_path / "states.json"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_states(file)
    assert str(file) in str(caught.value)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the list of States"):
        load_states(tmp_path / "nowhere.json")
