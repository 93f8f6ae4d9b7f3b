"""Opening phrases in Spanish and French: lists, italic leads, agreement with the organ."""

from __future__ import annotations

import pytest

from draftdesk.model import languages as lang
from draftdesk.model.document import Body, Part

PRE, OP = Part.PREAMBULAR, Part.OPERATIVE


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Recordando su resolución 61/208", "Recordando"),
        ("Recordando también que los Estados", "Recordando también"),
        ("Tomando nota del informe", "Tomando nota"),
        ("Teniendo presente que", "Teniendo presente"),
        ("Acogiendo con beneplácito los resultados", "Acogiendo con beneplácito"),
        ("Observando con preocupación que", "Observando con preocupación"),
        ("Considerando que el informe", "Considerando"),
        ("Reconociendo además que", "Reconociendo además"),
        ("Lamentando que", "Lamentando"),  # a gerund not in the list
        ("Profundamente preocupada por", "Profundamente preocupada"),
        ("Habiendo examinado el informe", "Habiendo examinado"),
        ("Convencida de que", "Convencida"),
        ("Cuando los Estados", ""),
        ("La Asamblea General", ""),
        ("recordando", ""),
    ],
)
def test_spanish_preambular_leads(text: str, lead: str) -> None:
    assert lang.split_lead(text, PRE, "es")[0] == lead


@pytest.mark.parametrize(
    ("text", "lead", "rest"),
    [
        ("Solicita al Secretario General que", "Solicita", "al Secretario General que"),
        ("Solicita también al Secretario General", "Solicita también", "al Secretario General"),
        ("Pide a los Estados", "Pide", "a los Estados"),
        ("Decide convocar", "Decide", "convocar"),
        ("Insta encarecidamente a los Estados", "Insta encarecidamente", "a los Estados"),
        ("Exhorta a los Estados", "Exhorta", "a los Estados"),
        ("Toma nota del informe", "Toma nota", "del informe"),
        ("Reconoce la necesidad", "Reconoce", "la necesidad"),
        ("Acoge con beneplácito la iniciativa", "Acoge con beneplácito", "la iniciativa"),
        ("Los Estados Miembros", "", "Los Estados Miembros"),
    ],
)
def test_spanish_operative_leads(text: str, lead: str, rest: str) -> None:
    assert lang.split_lead(text, OP, "es") == (lead, rest)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Rappelant sa résolution 61/208", "Rappelant"),
        ("Rappelant également que", "Rappelant également"),
        ("Prenant note du rapport", "Prenant note"),
        ("Se félicitant des résultats", "Se félicitant"),
        ("Ayant à l’esprit que", "Ayant à l’esprit"),
        ("Ayant examiné le rapport", "Ayant examiné"),
        ("Consciente de la nécessité", "Consciente"),
        ("Conscient de la nécessité", "Conscient"),
        ("Profondément préoccupée par", "Profondément préoccupée"),
        ("Soulignant que", "Soulignant"),
        ("Sachant que", "Sachant"),
        ("Durant la session", ""),
        ("Pendant la session", ""),
    ],
)
def test_french_preambular_leads(text: str, lead: str) -> None:
    assert lang.split_lead(text, PRE, "fr")[0] == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Prie le Secrétaire général", "Prie"),
        ("Prie instamment les États", "Prie instamment"),
        ("Décide également de", "Décide également"),
        ("Décide en outre que", "Décide en outre"),
        ("Engage vivement les États", "Engage vivement"),
        ("Se félicite de l’initiative", "Se félicite"),
        ("Se déclare préoccupée par", "Se déclare préoccupée"),
        ("Prend note avec satisfaction du rapport", "Prend note avec satisfaction"),
        ("Reconnaît la nécessité", "Reconnaît"),
        ("Les États Membres", ""),
    ],
)
def test_french_operative_leads(text: str, lead: str) -> None:
    assert lang.split_lead(text, OP, "fr")[0] == lead


def test_english_leads_keep_the_english_rules() -> None:
    assert lang.split_lead("Recalling also its resolution", PRE, "en") == (
        "Recalling also", "its resolution"
    )
    assert lang.has_operative_verb("Requests the Secretary-General", "en")


def test_french_agreement_with_the_organ() -> None:
    assembly = lang.organ_gender(Body.GA_PLENARY, "fr")
    council = lang.organ_gender(Body.SECURITY_COUNCIL, "fr")
    assert (assembly, council) == ("f", "m")
    assert lang.agree("Conscient", PRE, "fr", assembly) == "Consciente"
    assert lang.agree("Consciente", PRE, "fr", council) == "Conscient"
    assert lang.agree("Profondément préoccupée", PRE, "fr", council) == "Profondément préoccupé"
    assert lang.agree("Se déclare préoccupé", OP, "fr", assembly) == "Se déclare préoccupée"
    assert lang.agree("Rappelant", PRE, "fr", council) == "Rappelant"
    assert lang.is_opening_phrase("Consciente", PRE, "fr", assembly)
    assert not lang.is_opening_phrase("Conscient", PRE, "fr", assembly)
    assert lang.is_opening_phrase("Conscient", PRE, "fr", council)


def test_spanish_agreement_with_the_organ() -> None:
    assembly = lang.organ_gender(Body.GA_PLENARY, "es")
    council = lang.organ_gender(Body.SECURITY_COUNCIL, "es")
    assert lang.agree("Convencido", PRE, "es", assembly) == "Convencida"
    assert lang.agree("Convencida", PRE, "es", council) == "Convencido"
    assert lang.agree("Consciente", PRE, "es", council) == "Consciente"


def test_phrase_lists_agree_with_the_organ() -> None:
    feminine = lang.standard_phrases(PRE, "fr", "f")
    masculine = lang.standard_phrases(PRE, "fr", "m")
    assert "Consciente" in feminine and "Conscient" not in feminine
    assert "Conscient" in masculine and "Consciente" not in masculine
    assert "Rappelant" in feminine and "Rappelant" in masculine
    spanish = lang.standard_phrases(PRE, "es", "f")
    assert "Convencida" in spanish and "Reconociendo" in spanish
    operative = lang.standard_phrases(OP, "es")
    assert {"Decide", "Solicita", "Pide", "Insta", "Exhorta"} <= set(operative)
    assert "Decides" in lang.standard_phrases(OP, "en")


@pytest.mark.parametrize(
    ("lead", "part", "code", "expected"),
    [
        ("Tomando nota de", PRE, "es", True),
        ("Tomando nota", PRE, "es", True),
        ("Reconociendo", PRE, "es", True),
        ("Solicita", OP, "es", True),
        ("Decide también", OP, "es", True),
        ("Decide", PRE, "es", False),
        ("Solicita", PRE, "es", False),
        ("Prend note de", OP, "fr", True),
        ("Rappelant", OP, "fr", False),
        ("Le Secrétaire général", OP, "fr", False),
        ("", OP, "fr", True),
    ],
)
def test_is_opening_phrase(lead: str, part: Part, code: str, expected: bool) -> None:
    assert lang.is_opening_phrase(lead, part, code) is expected


def test_operative_verb_present() -> None:
    assert lang.has_operative_verb("Decide convocar una reunión", "es")
    assert lang.has_operative_verb("Prie instamment les États", "fr")
    assert not lang.has_operative_verb("Los Estados Miembros", "es")
    assert not lang.has_operative_verb("Les États Membres", "fr")


def test_italic_part_leaves_the_preposition_roman() -> None:
    assert lang.italic_part("Tomando nota de", "es") == "Tomando nota"
    assert lang.italic_part("Se félicite de", "fr") == "Se félicite"
    assert lang.italic_part("Ayant à l’esprit", "fr") == "Ayant à l’esprit"
