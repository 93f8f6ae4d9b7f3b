"""The Import Notes panel in the interface's language: every note of a rollover, a PDF and a
Word file, and the paragraph it is about, is in Spanish or French, also after the draft is
saved and opened again."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import DialogScript

from datafiles import CORPUS, DATA
from draftdesk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "resources" / "i18n"
RES_73_7 = CORPUS / "10_A_RES_73_7.txt"
WORD = DATA / "docx" / "delegation_table.docx"
PDF_IN_PARTS = DATA / "pdfs" / "A_C.5_80_L.17.pdf"
WORDS = re.compile(r"[A-Za-z]{3,}")
FIELDS = re.compile(r"\{[a-z_]+\}")
QUOTED = re.compile(r"“[^”]*”|«[^»]*»")


def english_words(code: str, source_text: str) -> set[str]:
    """Return the English words of the notes' and places' templates that must not show.

    Words the translation uses too ("session", "page" in French) and words of the document
    itself (quoted in a note: "“seventy-fourth session” → …") are left out.
    """
    english: set[str] = set()
    translated: set[str] = set()
    for context in ET.parse(TRANSLATIONS / f"draftdesk_{code}.ts").getroot().iter("context"):
        if context.findtext("name") not in ("ImportNotes", "Places", "ImportNotesPanel"):
            continue
        for item in context.iter("message"):
            english.update(w.lower() for w in WORDS.findall(
                FIELDS.sub(" ", item.findtext("source", ""))))
            translated.update(w.lower() for w in WORDS.findall(
                FIELDS.sub(" ", item.findtext("translation", "") or "")))
    document = {w.lower() for w in WORDS.findall(source_text)}
    return english - translated - document


def panel_texts(window: Any) -> list[str]:
    """Return the texts of the Import Notes panel's items, as the drafter reads them."""
    notes = window._editor_parts().import_notes.list
    return [notes.item(row).text() for row in range(notes.count())]


def assert_no_english(texts: list[str], window: Any, code: str, source_text: str) -> None:
    forbidden = english_words(code, source_text)
    assert {"rolled", "preambular", "tracked", "whole"} <= forbidden
    notes = window.session.resolution.import_notes
    assert len(texts) == len(notes) > 0
    for text in texts:
        # Quoted words are the document's own: “seventy-fourth session” → “seventy-fifth …”.
        unquoted = QUOTED.sub(" ", text)
        left = sorted({w for w in WORDS.findall(unquoted) if w.lower() in forbidden})
        assert not left, f"{text!r}: {left}"
    for note in notes:
        assert not any(str(note.message) in text for text in texts), note.message


@pytest.fixture
def in_language(qtbot: Any, dialogs: DialogScript) -> Iterator[Any]:
    """Return a function that installs a language and builds a window in it."""
    from draftdesk.ui.main_window import MainWindow

    built: list[Any] = []

    def build(code: str) -> Any:
        assert i18n.install(code) == code
        main = MainWindow()
        qtbot.addWidget(main)
        main.resize(1400, 900)
        main.show()
        qtbot.waitExposed(main)
        built.append(main)
        return main

    yield build
    for main in built:
        main.session.mark_clean()
        main.close()
    i18n.install(i18n.ENGLISH)


def test_rollover_notes_are_spanish_and_stay_spanish_when_saved_and_reopened(
    in_language: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    window = in_language("es")
    assert window.rollover_path(RES_73_7, ask=False)
    texts = panel_texts(window)
    source = RES_73_7.read_text(encoding="utf-8")
    assert_no_english(texts, window, "es", source)
    assert texts[0] == (
        "Todo el proyecto: Proyecto preparado a partir de A/RES/73/7 (aprobada el 29 de octubre "
        "de 2018) para el 74.º período de sesiones: introduzca la signatura, la fecha y los "
        "patrocinadores. El texto aprobado se conserva como texto de base.")
    assert "Párrafo 1 del preámbulo: Recuerda la 73/7 en lugar de la 72/3: " in "\n".join(texts)
    assert ("Párrafo 12 de la parte dispositiva: Período de sesiones actualizado: "
            "“seventy-fourth session” → “seventy-fifth session”.") in texts

    dialogs.save_name = str(tmp_path / "next.draftdesk")
    assert window.save_as()
    window.session.mark_clean()
    assert window.open_path(tmp_path / "next.draftdesk", ask=False)
    assert window.session.path == tmp_path / "next.draftdesk"
    assert panel_texts(window) == texts


def test_rollover_and_word_notes_are_french(in_language: Any) -> None:
    window = in_language("fr")
    assert window.rollover_path(RES_73_7, ask=False)
    texts = panel_texts(window)
    assert_no_english(texts, window, "fr", RES_73_7.read_text(encoding="utf-8"))
    assert texts[0].startswith("Tout le projet\u00a0: Projet établi à partir de A/RES/73/7 "
                               "(adoptée le 29\u00a0octobre\u00a02018) pour la 74e session")

    window.session.mark_clean()
    assert window.open_path(WORD, ask=False)
    texts = panel_texts(window)
    # The comments are the reviewers' own words, in the file's language.
    comments = "Mexico: Could we say calls upon? Norway: Standard ending."
    assert_no_english(texts, window, "fr", comments)
    assert texts[0].endswith(
        "Modifications suivies lues en acceptant toutes les modifications\u00a0: 2 insertions, "
        "1 suppression, 1 déplacement et 1 nouveau paragraphe (paragraphes 16, 19, 21, 22 et 23 "
        "du fichier Word)")


def test_pdf_notes_are_spanish(in_language: Any) -> None:
    window = in_language("es")
    assert window.open_path(PDF_IN_PARTS, ask=False)
    texts = panel_texts(window)
    assert_no_english(texts, window, "es", "")
    assert any(text.startswith("Párrafo 16 de la parte dispositiva de la resolución A: la "
                               "numeración impresa vuelve a empezar en 1. aquí") for text in texts)


@pytest.mark.parametrize(("code", "expected"), [
    ("es", "Párrafo 2 del anexo II: la numeración impresa vuelve a empezar en 1. aquí"),
    ("fr", "Paragraphe 2 de l’annexe II"),
])
def test_a_note_on_a_paragraph_of_the_second_annex_names_that_annex(
    in_language: Any, code: str, expected: str,
) -> None:
    from draftdesk.importers.pdf.structure import _NUMBERING_RESTARTS
    from draftdesk.messages import message
    from draftdesk.model import edit
    from draftdesk.model.document import ImportNote, Paragraph, Text
    from draftdesk.ui.session import Session
    from tools import samples

    window = in_language(code)
    resolution = samples.with_annex()
    second = edit.new_annex(resolution, "Programme of work")
    second.paragraphs = [Paragraph(content=[Text("First.")]), Paragraph(content=[Text("Then.")])]
    edit.insert_annex(resolution, 1, second)
    resolution.import_notes = [
        ImportNote(message(_NUMBERING_RESTARTS, expected=5), second.paragraphs[1].id)]
    window.set_session(Session(resolution))
    (text,) = panel_texts(window)
    assert text.startswith(expected)
    assert not re.search(r"\b(paragraph|annex|of)\b", text)
