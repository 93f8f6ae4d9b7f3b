"""The draft's language: the data files and the forms built from them, against the spec.

Expected texts are written out by hand from design/un-format-es-fr.md, never computed by the
code under test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from builders import small_resolution
from draftdesk.errors import InputError
from draftdesk.model import languages as lang
from draftdesk.model.derive import Derived, Run, derive, paragraph_runs
from draftdesk.model.derive import session_line as english_session_line
from draftdesk.model.derive import sponsors_line as english_sponsors_line
from draftdesk.model.document import (
    AgendaItem,
    Body,
    CrossRef,
    Metadata,
    Part,
    Resolution,
    Sponsor,
    Text,
)
from draftdesk.storage.states import load_states
from language_fixtures import translated_seed

NBSP = "\u00a0"


# ---------------------------------------------------------------- the data files


def test_the_three_languages_ship_and_load() -> None:
    assert lang.available_languages() == ["en", "es", "fr"]
    for code in ("en", "es", "fr"):
        assert lang.get_language(code).code == code


def test_facts_still_to_confirm_are_marked_inferred() -> None:
    spanish = lang.get_language("es").inferred_facts()
    french = lang.get_language("fr").inferred_facts()
    assert "masthead.distribution.Limited" in french
    assert "typography.french_spacing.space" in french
    assert "typography.french_spacing.before_semicolon" in french
    assert "session.ecosoc" in spanish
    assert "masthead.distribution.Limited" not in spanish
    assert "A/C.1/34/L.3" in lang.get_language("es").facts["masthead.distribution.Limited"]
    assert lang.get_language("fr").facts["session.ga"].startswith("seen")


# A UN document symbol ("A/C.1/34/L.3", "AG/11819"), the address of the page that showed the
# form, or one of the named guides and collections.
_SOURCE = re.compile(
    r"\b[A-Z]{1,4}(?:/[A-Za-z0-9.-]+)+|https?://\S+|Editorial Manual|translation service manual"
    r"|design notes|member-states\.json|UN Parallel Corpus"
)


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_every_fact_has_a_status_and_every_seen_fact_names_its_source(code: str) -> None:
    data = json.loads((lang.languages_folder() / f"{code}.json").read_text(encoding="utf-8"))
    facts = {key: note for key, note in data["facts"].items() if key != "note"}
    assert facts
    for key, note in facts.items():
        status = re.match(r"(seen|inferred)\b", note)
        assert status, f"{code}.json facts.{key} has no status: {note!r}"
        if status.group(1) == "seen":
            assert note.startswith("seen: "), f"{code}.json facts.{key}: {note!r}"
            assert _SOURCE.search(note), f"{code}.json facts.{key} names no source: {note!r}"


def _broken_copy(tmp_path: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    data = json.loads((lang.languages_folder() / "es.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "es.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["masthead"].pop("organization"), "'masthead.organization' is missing"),
        (lambda d: d["dates"].update(months=["enero"]), "'dates.months' must list the twelve"),
        (lambda d: d["agenda"].update(one="Tema {item} del programa"), "'agenda.one' uses {item}"),
        (lambda d: d["sponsors"].update(pattern="{kind}"), "'sponsors.pattern' must contain"),
        (lambda d: d["labels"].update({"(a)": "{a"}), "'labels.(a)' is not a valid pattern"),
        (lambda d: d["organs"]["ga"].update(gender="x"), "'organs.ga.gender' must be one of"),
        (lambda d: d["facts"].update({"masthead.nothing": "seen"}), "'facts.masthead.nothing'"),
        (lambda d: d["facts"].update({"dates.pattern": "maybe"}), "must start with 'seen'"),
        (lambda d: d["phrases"]["operative"].append("Decide"), "'phrases.operative[44]'"),
        (lambda d: d.update(code="fr"), "'code' is 'fr' but the file is named es.json"),
        (lambda d: d["ordinals"]["tens"].pop(), "'ordinals.tens' must list 10 words"),
    ],
)
def test_a_broken_file_names_the_file_and_the_key(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    path = _broken_copy(tmp_path, change)
    with pytest.raises(InputError) as caught:
        lang.read_language_file(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_a_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "es.json"
    path.write_text('{\n  "format": "draftdesk-language",\n  oops\n}', encoding="utf-8")
    with pytest.raises(InputError, match=r"es\.json, line 3, column 3: not valid JSON"):
        lang.read_language_file(path)


def test_an_unknown_language_is_refused_with_the_known_ones() -> None:
    with pytest.raises(InputError, match="no language data for 'de'.*en, es, fr"):
        lang.get_language("de")


def test_a_corrected_inferred_form_needs_no_code_change(tmp_path: Path) -> None:
    path = _broken_copy(
        tmp_path, lambda d: d["masthead"]["distribution"].update(Limited="Distr. reservada")
    )
    corrected = lang.read_language_file(path)
    assert lang.distribution_line("Limited", corrected) == "Distr. reservada"


# ---------------------------------------------------------------- masthead and session block


def test_masthead_words() -> None:
    assert lang.organization_line("es") == "Naciones Unidas"
    assert lang.organization_line("fr") == "Nations Unies"
    assert lang.organ_name(Body.GA_PLENARY, "es") == "Asamblea General"
    assert lang.organ_name(Body.SECURITY_COUNCIL, "fr") == "Conseil de sécurité"
    assert lang.organ_name(Body.GA_COMMITTEE, "fr") == "Assemblée générale"
    assert lang.distribution_line("Limited", "es") == "Distr. limitada"
    assert lang.distribution_line("General", "es") == "Distr. general"
    assert lang.distribution_line("Limited", "fr") == "Distr. limitée"
    assert lang.distribution_line("General", "fr") == "Distr. générale"
    assert lang.distribution_line("Limited", "en") == "Distr.: Limited"
    assert lang.original_line("Spanish", "es") == "Original: español"
    assert lang.original_line("English", "es") == "Original: inglés"
    assert lang.original_line("Spanish", "fr") == f"Original{NBSP}: espagnol"
    assert lang.original_line("English", "en") == "Original: English"


@pytest.mark.parametrize(
    ("session", "spanish", "french"),
    [
        (1, "Primer período de sesiones", "Première session"),
        (3, "Tercer período de sesiones", "Troisième session"),
        (13, "Decimotercer período de sesiones", "Treizième session"),
        (21, "Vigésimo primer período de sesiones", "Vingt et unième session"),
        (61, "Sexagésimo primer período de sesiones", "Soixante et unième session"),
        (62, "Sexagésimo segundo período de sesiones", "Soixante-deuxième session"),
        (71, "Septuagésimo primer período de sesiones", "Soixante et onzième session"),
        (77, "Septuagésimo séptimo período de sesiones", "Soixante-dix-septième session"),
        (80, "Octogésimo período de sesiones", "Quatre-vingtième session"),
        (81, "Octogésimo primer período de sesiones", "Quatre-vingt-unième session"),
        (91, "Nonagésimo primer período de sesiones", "Quatre-vingt-onzième session"),
        (100, "Centésimo período de sesiones", "Centième session"),
        (101, "Centésimo primer período de sesiones", "Cent unième session"),
        (162, "Centésimo sexagésimo segundo período de sesiones", "Cent soixante-deuxième session"),
        (200, "Ducentésimo período de sesiones", "Deux centième session"),
    ],
)
def test_session_line_in_words(session: int, spanish: str, french: str) -> None:
    assert lang.session_line(session, "es") == spanish
    assert lang.session_line(session, "fr") == french


def test_session_line_of_other_bodies() -> None:
    assert lang.session_line(34, "es", Body.HUMAN_RIGHTS_COUNCIL) == "34º período de sesiones"
    # The sign follows the ordinal in words: quincuagésimo primer → 51er (A/HRC/RES/51/19).
    assert lang.session_line(51, "es", Body.HUMAN_RIGHTS_COUNCIL) == "51er período de sesiones"
    assert lang.session_line(53, "es", Body.HUMAN_RIGHTS_COUNCIL) == "53er período de sesiones"
    assert lang.session_line(57, "es", Body.HUMAN_RIGHTS_COUNCIL) == "57º período de sesiones"
    assert lang.session_line(11, "es", Body.HUMAN_RIGHTS_COUNCIL) == "11º período de sesiones"
    assert lang.session_line(57, "fr", Body.HUMAN_RIGHTS_COUNCIL) == "Cinquante-septième session"
    assert lang.session_line(34, "fr", Body.HUMAN_RIGHTS_COUNCIL) == "Trente-quatrième session"
    assert lang.session_line(10, "es", Body.GA_EMERGENCY) == (
        "Décimo período extraordinario de sesiones de emergencia"
    )
    assert lang.session_line(10, "fr", Body.GA_EMERGENCY) == (
        "Dixième session extraordinaire d’urgence"
    )
    assert lang.session_line(2015, "es", Body.ECOSOC) == "Período de sesiones de 2015"
    assert lang.session_line(62, "es", Body.SECURITY_COUNCIL) == ""
    assert lang.session_line(None, "fr") == ""
    assert lang.session_line(250, "es") == "Período de sesiones 250"


def test_english_session_lines_match_the_english_cover() -> None:
    for body in (Body.GA_PLENARY, Body.GA_EMERGENCY, Body.ECOSOC, Body.HUMAN_RIGHTS_COUNCIL):
        for session in (1, 13, 61, 62, 100, 101, 200, 2015):
            metadata = Metadata(body=body, session=session)
            assert lang.session_line(session, "en", body) == english_session_line(metadata)


def test_ordinal_can_be_corrected_one_number_at_a_time(tmp_path: Path) -> None:
    path = _broken_copy(
        tmp_path, lambda d: d["ordinals"]["overrides"].update({"11": "decimoprimer"})
    )
    corrected = lang.read_language_file(path)
    assert lang.session_line(11, corrected) == "Decimoprimer período de sesiones"
    assert lang.session_line(12, corrected) == "Duodécimo período de sesiones"


@pytest.mark.parametrize(
    ("date", "english", "spanish", "french"),
    [
        (dt.date(2007, 11, 30), "30 November 2007", "30 de noviembre de 2007", "30 novembre 2007"),
        (dt.date(2013, 7, 1), "1 July 2013", "1 de julio de 2013", "1er juillet 2013"),
        (dt.date(2024, 2, 1), "1 February 2024", "1 de febrero de 2024", "1er février 2024"),
        (dt.date(2025, 8, 2), "2 August 2025", "2 de agosto de 2025", "2 août 2025"),
    ],
)
def test_dates(date: dt.date, english: str, spanish: str, french: str) -> None:
    assert lang.date_text(date, "en") == english
    assert lang.date_text(date, "es") == spanish
    assert lang.date_text(date, "fr") == french


def test_agenda_and_committee_lines() -> None:
    one = [AgendaItem("116")]
    two = [AgendaItem("13", sub_item="a"), AgendaItem("115")]
    assert lang.agenda_line(one, "es") == "Tema 116 del programa"
    assert lang.agenda_line(two, "es") == "Temas 13 a) y 115 del programa"
    assert lang.agenda_line(one, "fr") == "Point 116 de l’ordre du jour"
    assert lang.agenda_line(two, "fr") == "Points 13 a) et 115 de l’ordre du jour"
    assert lang.agenda_line(two, "en") == "Agenda items 13 (a) and 115"
    assert lang.agenda_line([], "es") == ""


def test_the_human_rights_council_has_its_own_agenda_line_in_spanish() -> None:
    one = [AgendaItem(number="3")]
    two = [AgendaItem(number="2"), AgendaItem(number="3")]
    council = Body.HUMAN_RIGHTS_COUNCIL
    assert lang.agenda_line(one, "es", council) == "Tema 3 de la agenda"
    assert lang.agenda_line(two, "es", council) == "Temas 2 y 3 de la agenda"
    assert lang.agenda_line(one, "fr", council) == "Point 3 de l’ordre du jour"
    assert lang.agenda_line(one, "en", council) == "Agenda item 3"
    assert lang.committee_line(Body.GA_COMMITTEE, 3, "es") == "Tercera Comisión"
    assert lang.committee_line(Body.GA_COMMITTEE, 3, "fr") == "Troisième Commission"
    assert lang.committee_line(Body.GA_PLENARY, None, "fr") == ""


def test_opening_formula() -> None:
    assert lang.opening_formula(Body.GA_PLENARY, "es") == "La Asamblea General,"
    assert lang.opening_formula(Body.GA_PLENARY, "fr") == "L’Assemblée générale,"
    assert lang.opening_formula(Body.SECURITY_COUNCIL, "fr") == "Le Conseil de sécurité,"
    assert lang.opening_formula(Body.SECURITY_COUNCIL, "es", has_preamble=False) == (
        "El Consejo de Seguridad"
    )
    assert lang.opening_formula(Body.GA_PLENARY, "en") == "The General Assembly,"


# ---------------------------------------------------------------- sponsors line


def test_sponsors_line_forms() -> None:
    two = [Sponsor("Mexico"), Sponsor("Ecuador")]
    states = load_states()
    assert lang.sponsors_line(two, "es", states=states) == (
        "Ecuador y México: proyecto de resolución"
    )
    assert lang.sponsors_line(two, "fr", states=states) == (
        f"Équateur et Mexique{NBSP}: projet de résolution"
    )
    assert lang.sponsors_line(two, "en", states=states) == "Ecuador and Mexico: draft resolution"


def test_asterisk_before_the_colon_in_spanish_and_french() -> None:
    one = [Sponsor("South Africa")]
    states = load_states()
    assert lang.sponsors_line(one, "es", note=True, states=states) == (
        "Sudáfrica*: proyecto de resolución"
    )
    assert lang.sponsors_line(one, "fr", note=True, states=states) == (
        f"Afrique du Sud*{NBSP}: projet de résolution"
    )
    assert lang.sponsors_line(one, "en", note=True, states=states) == (
        "South Africa:* draft resolution"
    )


def test_kinds_of_text() -> None:
    one = [Sponsor("Ecuador")]
    key = lang.kind_key
    from draftdesk.model.document import DocumentKind

    assert lang.sponsors_line(one, "es", key(DocumentKind.DECISION)) == (
        "Ecuador: proyecto de decisión"
    )
    assert lang.sponsors_line(one, "fr", key(revised=True)) == (
        f"Équateur{NBSP}: projet de résolution révisé"
    )


@pytest.mark.parametrize(
    ("names", "line"),
    [
        (["México", "Indonesia"], "Indonesia y México"),  # sorted: "y" before México
        (["Chile", "Irlanda"], "Chile e Irlanda"),
        (["Francia", "Italia"], "Francia e Italia"),
        (["Chile", "Islandia"], "Chile e Islandia"),
        (["Chile", "Hispania"], "Chile e Hispania"),
        (["Chile", "Haití"], "Chile y Haití"),  # "Hai-" is not an i-sound
        (["Chile", "Hungría"], "Chile y Hungría"),
    ],
)
def test_y_becomes_e_before_an_i_sound(names: list[str], line: str) -> None:
    sponsors = [Sponsor(name) for name in names]
    assert lang.sponsors_line(sponsors, "es") == f"{line}: proyecto de resolución"


def test_y_stays_before_hie() -> None:
    assert lang.conjunction_before("hierro", "es") == "y"
    assert lang.conjunction_before("hielo", "es") == "y"
    assert lang.conjunction_before("Ítaca", "es") == "e"
    assert lang.join_names(["agua", "hielo"], "es") == "agua y hielo"
    assert lang.conjunction_before("Italie", "fr") == "et"


# The Done-when "Sorting" test: twenty States (nineteen Member States and an observer) given
# in a scrambled order under their English names; the expected lines are written by hand from
# the spec's rule - each language's short names in its alphabetical order, accents and case
# ignored (É sorts as E), observers last.
TWENTY = [
    "Mexico", "United Arab Emirates", "Holy See", "Ethiopia", "Egypt", "Peru", "Belgium",
    "Côte d'Ivoire", "Spain", "Germany", "Algeria", "Chile", "Iceland", "Switzerland",
    "United States of America", "Hungary", "Japan", "Ecuador", "Indonesia", "Italy",
]
SORTED = {
    "en": "Algeria, Belgium, Chile, Côte d’Ivoire, Ecuador, Egypt, Ethiopia, Germany, Hungary, "
    "Iceland, Indonesia, Italy, Japan, Mexico, Peru, Spain, Switzerland, United Arab Emirates, "
    "United States of America and Holy See: draft resolution",
    "es": "Alemania, Argelia, Bélgica, Chile, Côte d’Ivoire, Ecuador, Egipto, Emiratos Árabes "
    "Unidos, España, Estados Unidos de América, Etiopía, Hungría, Indonesia, Islandia, Italia, "
    "Japón, México, Perú, Suiza y Santa Sede: proyecto de resolución",
    "fr": "Algérie, Allemagne, Belgique, Chili, Côte d’Ivoire, Égypte, Émirats arabes unis, "
    "Équateur, Espagne, États-Unis d’Amérique, Éthiopie, Hongrie, Indonésie, Islande, Italie, "
    "Japon, Mexique, Pérou, Suisse et Saint-Siège\u00a0: projet de résolution",
}


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_sorting_twenty_states(code: str) -> None:
    states = load_states()
    sponsors = []
    for name in TWENTY:
        state = states.find(name)
        assert state is not None, name
        sponsors.append(state.sponsor())
    assert len(sponsors) == 20
    assert lang.sponsors_line(sponsors, code, states=states) == SORTED[code]


def test_english_sponsors_line_matches_the_english_cover() -> None:
    states = load_states()
    sponsors = [states.find(name).sponsor() for name in TWENTY]  # type: ignore[union-attr]
    metadata = Metadata(sponsors=sponsors)
    assert lang.sponsors_line(sponsors, "en", states=states) == english_sponsors_line(metadata)


def test_names_in_any_language_print_in_the_drafts_language() -> None:
    sponsors = [Sponsor(name) for name in ("Perú", "Éthiopie", "Mexico", "Bélgica", "Atlántida")]
    assert lang.sorted_sponsor_names(sponsors, "es") == [
        "Atlántida", "Bélgica", "Etiopía", "México", "Perú"
    ]
    assert lang.sorted_sponsor_names(sponsors, "fr") == [
        "Atlántida", "Belgique", "Éthiopie", "Mexique", "Pérou"
    ]


def test_sort_key_ignores_accents_case_and_apostrophe_form() -> None:
    assert lang.sponsor_sort_key("Émirats arabes unis", "fr") == "emirats arabes unis"
    assert lang.sponsor_sort_key("Côte d’Ivoire", "fr") == lang.sponsor_sort_key(
        "cote d'ivoire", "fr"
    )
    assert lang.sponsor_sort_key("Guinée-Bissau", "fr") == "guinee bissau"


def test_state_name_per_language() -> None:
    states = load_states()
    assert lang.state_name("Côte d'Ivoire", "fr", states) == "Côte d’Ivoire"
    assert lang.state_name("Egypt", "es", states) == "Egipto"
    assert lang.state_name("State of Palestine", "fr", states) == "État de Palestine"
    assert lang.state_name("Atlantis", "es", states) == "Atlantis"


# ---------------------------------------------------------------- labels and references


@pytest.mark.parametrize(
    ("scheme", "index", "english", "other"),
    [
        ("1.", 7, "8.", "8."),
        ("(a)", 0, "(a)", "a)"),
        ("(a)", 27, "(bb)", "bb)"),
        ("(i)", 1, "(ii)", "ii)"),
        ("(i)", 8, "(ix)", "ix)"),
        ("a.", 2, "c.", "c."),
        ("i.", 3, "iv.", "iv."),
        ("", 0, "", ""),
    ],
)
def test_labels(scheme: str, index: int, english: str, other: str) -> None:
    assert lang.label(scheme, index, "en") == english
    assert lang.label(scheme, index, "es") == other
    assert lang.label(scheme, index, "fr") == other


def test_cross_references() -> None:
    subs = ["a)", "ii)"]
    assert lang.cross_ref(Part.OPERATIVE, "8", subs, "es") == "párrafo 8 a) ii)"
    assert lang.cross_ref(Part.OPERATIVE, "8", subs, "fr") == "paragraphe 8 a) ii)"
    assert lang.cross_ref(Part.OPERATIVE, "8", ["(a)", "(ii)"], "en") == "paragraph 8 (a) (ii)"
    assert lang.cross_ref(Part.ANNEX, "3", ["b)"], "es") == "párrafo 3 b) del anexo"
    assert lang.cross_ref(Part.PREAMBULAR, 1, [], "es") == "el primer párrafo del preámbulo"
    assert lang.cross_ref(Part.PREAMBULAR, 2, [], "fr") == "le deuxième alinéa du préambule"
    assert lang.cross_ref(Part.PREAMBULAR, 2, [], "en") == "the second preambular paragraph"
    assert lang.deleted_reference("es") == "[párrafo suprimido]"


# ---------------------------------------------------------------- punctuation


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Original : anglais", f"Original{NBSP}: anglais"),
        ("comme suit: a", f"comme suit{NBSP}: a"),
        ("comme suit:", f"comme suit{NBSP}:"),
        ("Pourquoi? Parce que!", f"Pourquoi{NBSP}? Parce que{NBSP}!"),
        ("« Le Sommet »", f"«{NBSP}Le Sommet{NBSP}»"),
        ("«Le Sommet»", f"«{NBSP}Le Sommet{NBSP}»"),
        ("voir https://www.un.org/fr", "voir https://www.un.org/fr"),
        ("à 10:30 heures", "à 10:30 heures"),
        ("page?id=3", "page?id=3"),
        ("États ; organisations", "États; organisations"),
        (f"déjà{NBSP}: fait", f"déjà{NBSP}: fait"),
    ],
)
def test_french_spacing(typed: str, printed: str) -> None:
    assert lang.french_spacing(typed, lang.get_language("fr").french_spacing) == printed


def test_french_spacing_settings() -> None:
    with_semicolon = lang.FrenchSpacing(before_semicolon=True)
    assert lang.french_spacing("États; organisations", with_semicolon) == (
        f"États{NBSP}; organisations"
    )
    narrow = lang.FrenchSpacing(space="\u202f")
    assert lang.french_spacing("suit: a", narrow) == "suit\u202f: a"


def test_quotation_marks() -> None:
    assert lang.localize_quotes("titulada “Migración”", "es") == "titulada “Migración”"
    assert lang.localize_quotes("intitulée “Migrations”", "fr") == "intitulée «Migrations»"


def _marker(number: int) -> Run:
    return Run(str(number), note_number=number, note_id=f"n{number}")


def test_markers_move_before_punctuation() -> None:
    runs = [Run("Políticos,"), _marker(1), Run(" en particular"), Run(";"), _marker(2)]
    assert lang.markers_before_punctuation(runs) == [
        Run("Políticos"), _marker(1), Run(", en particular"), _marker(2), Run(";")
    ]


def test_adjacent_markers_move_as_one() -> None:
    runs = [Run("texto."), _marker(1), Run(",", superscript=True), _marker(2)]
    assert lang.markers_before_punctuation(runs) == [
        Run("texto"), _marker(1), Run(",", superscript=True), _marker(2), Run(".")
    ]


def test_localize_runs_per_language() -> None:
    runs = [Run("Rappelant", italic=True), Run(" le Sommet,"), _marker(1), Run(" comme suit"),
            Run(":")]
    assert lang.localize_runs(runs, "fr") == [
        Run("Rappelant", italic=True), Run(" le Sommet"), _marker(1), Run(", comme suit"),
        Run(f"{NBSP}:"),
    ]
    assert lang.localize_runs(runs, "en") == runs
    spanish = lang.localize_runs(runs, "es")
    assert [run.text for run in spanish] == ["Rappelant", " le Sommet", "1", ", comme suit", ":"]


def test_a_language_without_built_in_rules_gives_its_ordinals_as_a_table(tmp_path: Path) -> None:
    def table(data: dict[str, Any]) -> None:
        data["ordinals"] = {
            "rule": "table", "overrides": {str(n): f"n{n}" for n in range(1, 201)}
        }
        del data["facts"]["ordinals.before_masculine_noun"]
        del data["facts"]["ordinals.figure_suffixes"]

    corrected = lang.read_language_file(_broken_copy(tmp_path, table))
    assert lang.session_line(62, corrected) == "N62 período de sesiones"

    def incomplete(data: dict[str, Any]) -> None:
        data["ordinals"] = {"rule": "table", "overrides": {"1": "primero"}}
        del data["facts"]["ordinals.before_masculine_noun"]
        del data["facts"]["ordinals.figure_suffixes"]

    with pytest.raises(InputError, match="'ordinals.overrides' must give every number 1-200"):
        lang.read_language_file(_broken_copy(tmp_path, incomplete))


# ---------------------------------------------------------------- a paragraph as printed


def _draft_with_reference() -> tuple[Resolution, Derived]:
    resolution = small_resolution()
    first = resolution.operative[0]
    first.children[0].connector = "and"
    second = resolution.operative[1]
    target = first.children[1].id
    second.content = [Text("Member States to act as “requested” in "), CrossRef(target)]
    resolution.operative[2].content.append(CrossRef("gone"))
    return resolution, derive(resolution)


def test_runs_in_spanish_put_markers_before_punctuation_and_print_references() -> None:
    resolution, derived = _draft_with_reference()
    first_preambular = resolution.preambular[0]
    texts = [run.text for run in lang.paragraph_runs_in(first_preambular, derived, "es")]
    assert texts == ["Recalling", " ", "the 2005 World Summit Outcome", "1", ","]
    second = resolution.operative[1]
    assert "".join(r.text for r in lang.paragraph_runs_in(second, derived, "es")).endswith(
        "“requested” in párrafo 1 b);"
    )
    child = resolution.operative[0].children[0]
    assert "".join(r.text for r in lang.paragraph_runs_in(child, derived, "es")).endswith("; y")
    assert "".join(r.text for r in lang.paragraph_runs_in(child, derived, "fr")).endswith("; et")
    last = resolution.operative[2]
    assert "[párrafo suprimido]" in "".join(
        r.text for r in lang.paragraph_runs_in(last, derived, "es")
    )


def test_runs_in_french() -> None:
    resolution, derived = _draft_with_reference()
    first = resolution.operative[0]
    assert lang.paragraph_runs_in(first, derived, "fr")[-1].text == f"{NBSP}:"
    second = "".join(r.text for r in lang.paragraph_runs_in(resolution.operative[1], derived, "fr"))
    assert f"«{NBSP}requested{NBSP}» in paragraphe 1 b);" in second


def test_runs_in_english_are_the_english_ones() -> None:
    resolution, derived = _draft_with_reference()
    for _part, paragraph in resolution.walk():
        assert lang.paragraph_runs_in(paragraph, derived, "en") == paragraph_runs(
            paragraph, derived
        )


def test_labels_of_a_derived_draft() -> None:
    resolution, derived = _draft_with_reference()
    first = resolution.operative[0]
    assert lang.paragraph_label(derived, first.id, "es") == "1."
    assert [lang.paragraph_label(derived, c.id, "fr") for c in first.children] == ["a)", "b)"]
    assert lang.paragraph_label(derived, resolution.preambular[0].id, "es") == ""
    assert lang.cross_ref_text(derived, resolution.preambular[1].id, "fr") == (
        "le deuxième alinéa du préambule"
    )


def test_localize_text() -> None:
    assert lang.localize_text("Voir “Migrations”: rapport", "fr") == (
        f"Voir «{NBSP}Migrations{NBSP}»{NBSP}: rapport"
    )
    assert lang.localize_text("Véase “Migración”: informe", "es") == "Véase “Migración”: informe"


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_translated_seed_has_the_seeds_structure(code: str) -> None:
    resolution = translated_seed(code)
    derived = derive(resolution)
    assert [lang.paragraph_label(derived, p.id, code) for p in resolution.operative] == [
        "1.", "2.", "3."
    ]
    children = resolution.operative[0].children
    assert [lang.paragraph_label(derived, p.id, code) for p in children] == ["a)", "b)"]
    for paragraph in resolution.preambular:
        assert lang.is_opening_phrase(paragraph.lead, Part.PREAMBULAR, code), paragraph.lead
    for paragraph in resolution.operative:
        assert lang.has_operative_verb(f"{paragraph.lead} x", code), paragraph.lead


def test_every_state_has_a_spanish_and_a_french_short_name() -> None:
    entries = json.loads((lang.languages_folder().parent / "member-states.json").read_text(
        encoding="utf-8"
    ))
    assert len(entries) == 195
    for entry in entries:
        assert entry["short_name_es"].strip() and entry["short_name_fr"].strip(), entry
