"""Built-in clauses in Spanish and French: tagged with their language, leads found in it."""

from __future__ import annotations

from pathlib import Path

from draftdesk.library.builtin import open_store
from draftdesk.library.store import BUILTIN_LIBRARY
from draftdesk.model import languages as lang

STOCK = ("recall-resolution", "taking-note-report-sg", "report-request", "include-in-agenda",
         "take-note-report-sg", "urges-member-states", "sc-remain-seized")


def test_stock_clauses_come_in_spanish_and_french(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        by_key = {clause.key: clause for clause in store.clauses(BUILTIN_LIBRARY)}
    for key in STOCK:
        english = by_key[key]
        assert english.language == "en"
        for code in ("es", "fr"):
            translated = by_key[f"{key}-{code}"]
            assert translated.language == code
            assert code in translated.tags
            assert (translated.kind, translated.body) == (english.kind, english.body)


def test_every_spanish_and_french_clause_opens_with_a_phrase_of_its_language(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        clauses = [c for c in store.clauses(BUILTIN_LIBRARY) if c.language != "en"]
    assert len(clauses) >= 40
    for clause in clauses:
        paragraph = clause.render({name: "x" for name in clause.fields}).paragraph
        assert paragraph.lead, clause.key
        assert lang.is_opening_phrase(paragraph.lead, clause.part, clause.language), clause.key


def test_spanish_and_french_clauses_render(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        by_key = {clause.key: clause for clause in store.clauses(BUILTIN_LIBRARY)}
    report = by_key["report-request-es"].render({"periodo_de_sesiones": "sexagésimo tercer"})
    assert report.paragraph.lead == "Solicita"
    assert report.paragraph.body_text == (
        "al Secretario General que le presente, en su sexagésimo tercer período de sesiones, "
        "un informe sobre la aplicación de la presente resolución"
    )
    noted = by_key["taking-note-report-sg-fr"].render({"cote": "A/62/298"})
    assert noted.paragraph.lead == "Prenant note"
    assert noted.paragraph.body_text == "du rapport du Secrétaire général"
    assert [note.plain_text for note in noted.footnotes] == ["A/62/298."]
    seized = by_key["sc-remain-seized-fr"].render({})
    assert seized.paragraph.lead == "Décide"
    assert seized.paragraph.body_text == "de rester saisi de la question"
