"""Import notes are translatable messages: the English the command line prints is unchanged, and
every note of a rollover, a PDF and a Word file has a Spanish and a French translation, places,
dates, counts and lists included (decision 0015)."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from datafiles import CORPUS, DATA
from draftdesk.importers import import_file, import_text
from draftdesk.importers.notes import and_list, counted, date_words, paragraph_place
from draftdesk.importers.word import import_docx
from draftdesk.messages import QT_TRANSLATE_NOOP, Message
from draftdesk.model.derive import derive
from draftdesk.rollover import roll_over, roll_over_file
from draftdesk.storage.codec import from_dict, to_dict

ROOT = Path(__file__).parents[1]
SRC = ROOT / "src" / "draftdesk"
TRANSLATIONS = ROOT / "resources" / "i18n"
PDFS = DATA / "pdfs"
DOCX = DATA / "docx"
RES_73_7 = CORPUS / "10_A_RES_73_7.txt"
NOW = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)

ROLLED_73_7 = [
    "Rolled over from A/RES/73/7 (adopted 29 October 2018) for the seventy-fourth session: "
    "enter the symbol, date and sponsors. The adopted text is kept as the base text.",
    "Tabled in the plenary, as the report line says: [without reference to a Main Committee "
    "(A/73/L.8 and A/73/L.8/Add.1)]",
    "Agenda item 77 kept from A/RES/73/7: check the new session's agenda.",
    "Sponsors left empty: A/RES/73/7 lists none; last year's are on A/73/L.8 and "
    "A/73/L.8/Add.1.",
    "Recalls 73/7 instead of 72/3: “and all its previous relevant resolutions” covers the "
    "earlier ones. Was: “Recalling its resolution 72/3 of 30 October 2017 and all its previous "
    "relevant resolutions”.",
    "Session moved on: “seventy-fourth session” → “seventy-fifth session”.",
    "Session moved on: “seventy-fourth session” → “seventy-fifth session”.",
    "Session moved on: “seventy-fourth session” → “seventy-fifth session”.",
    "Names 12 December 2018: dates and years are not moved; check them.",
]
WORD_NOTES = [
    "Tracked changes read with every change accepted: 2 insertions, 1 deletion, 1 move and 1 "
    "new paragraph (paragraphs 16, 19, 21, 22 and 23 of the Word file)",
    "Tracked changes accepted here: 1 insertion",
    "Tracked changes accepted here: 1 deletion",
    "Tracked changes accepted here: 1 text moved away",
    "Tracked changes accepted here: 1 text moved here",
    "Tracked changes accepted here: 1 insertion and 1 new paragraph",
    "Comment: Mexico: Could we say calls upon?",
    "Comment: Norway: Standard ending.",
]


def translations(code: str) -> dict[tuple[str, str], str]:
    """Return the finished translations of a .ts file by (context, source)."""
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS / f"draftdesk_{code}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                table[(name, item.findtext("source", ""))] = translation.text or ""
    return table


def translator(code: str) -> Callable[[str, str], str]:
    """Return a Qt-free look-up of the .ts translations, as QCoreApplication.translate does."""
    table = translations(code)
    return lambda context, text: table.get((context, text), text)


def all_messages(note: Message) -> list[Message]:
    """Return a note and every message inside it."""
    found = [note]
    for value in note.values.values():
        if isinstance(value, Message):
            found.extend(all_messages(value))
    return found


def assert_translated(note: str, code: str) -> str:
    """Assert that a note and all its words have a translation; return the translated text."""
    assert isinstance(note, Message), note
    assert note.context == "ImportNotes"
    table = translations(code)
    for inner in all_messages(note):
        assert inner.context in ("ImportNotes", "Places"), inner
        assert (inner.context, inner.template) in table, inner.template
    rendered = note.render(translator(code))
    assert rendered != note, note
    return rendered


@pytest.mark.parametrize("source", [RES_73_7, PDFS / "10_A_RES_73_7.pdf"], ids=["text", "pdf"])
def test_rollover_notes_are_messages_with_unchanged_english(source: Path) -> None:
    notes = roll_over_file(source, now=NOW).draft.import_notes
    assert [str(note.message) for note in notes] == ROLLED_73_7
    for note in notes:
        assert isinstance(note.message, Message)
        assert note.message.context == "ImportNotes"


def test_rollover_notes_read_in_spanish_and_french() -> None:
    notes = roll_over_file(RES_73_7, now=NOW).draft.import_notes
    spanish = [assert_translated(note.message, "es") for note in notes]
    french = [assert_translated(note.message, "fr") for note in notes]
    assert spanish[0] == (
        "Proyecto preparado a partir de A/RES/73/7 (aprobada el 29 de octubre de 2018) para el "
        "74.º período de sesiones: introduzca la signatura, la fecha y los patrocinadores. "
        "El texto aprobado se conserva como texto de base.")
    assert french[0].startswith(
        "Projet établi à partir de A/RES/73/7 (adoptée le 29\u00a0octobre\u00a02018) pour la "
        "74e session\u00a0: ")
    # Dates named by the text are said in the language; what the text quotes stays as it is.
    assert spanish[-1] == ("Menciona 12 de diciembre de 2018: las fechas y los años no se "
                           "actualizan; compruébelos.")
    assert "A/73/L.8 y A/73/L.8/Add.1" in spanish[3]
    assert "A/73/L.8 et A/73/L.8/Add.1" in french[3]
    assert spanish[5] == ("Período de sesiones actualizado: “seventy-fourth session” → "
                          "“seventy-fifth session”.")


def test_a_committee_resolution_names_its_committee_in_the_language() -> None:
    notes = roll_over_file(CORPUS / "09_A_RES_80_164.txt", now=NOW).draft.import_notes
    tabled = next(note.message for note in notes if note.message.startswith("Tabled in the"))
    assert tabled.startswith("Tabled in the Sixth Committee, as the report line says: ")
    assert assert_translated(tabled, "es").startswith("Presentado en la Sexta Comisión")
    assert assert_translated(tabled, "fr").startswith("Présenté à la Sixième Commission")


def test_a_numbering_restart_in_a_pdf_is_a_message() -> None:
    resolution = import_file(PDFS / "A_C.5_80_L.17.pdf")
    (restart,) = [n.message for n in resolution.import_notes if "starts again at 1." in n.message]
    assert restart == (
        "the printed numbering starts again at 1. here (a new section or part); the draft "
        "numbers this paragraph 16. on from the ones before")
    assert isinstance(restart, Message) and restart.values == {"expected": 16}
    assert assert_translated(restart, "es").startswith(
        "la numeración impresa vuelve a empezar en 1. aquí")
    assert "numérote ce paragraphe 16." in assert_translated(restart, "fr")
    for note in resolution.import_notes:
        assert_translated(note.message, "fr")


def test_word_tracked_changes_and_comments_are_messages_with_unchanged_english() -> None:
    notes = import_file(DOCX / "delegation_table.docx").import_notes
    assert [str(note.message) for note in notes] == WORD_NOTES
    spanish = [assert_translated(note.message, "es") for note in notes]
    french = [assert_translated(note.message, "fr") for note in notes]
    assert spanish[0] == (
        "Control de cambios leído con todos los cambios aceptados: 2 inserciones, 1 supresión, "
        "1 traslado y 1 párrafo nuevo (párrafos 16, 19, 21, 22 y 23 del archivo de Word)")
    assert french[5] == "Modifications acceptées ici\u00a0: 1 insertion et 1 nouveau paragraphe"
    # The comment itself is the reviewer's own words.
    assert spanish[6] == "Comentario: Mexico: Could we say calls upon?"


def test_rejected_changes_say_so_in_every_language() -> None:
    notes = import_docx(DOCX / "delegation_header.docx", accept_changes=False).import_notes
    summary = notes[0].message
    assert summary.startswith("Tracked changes read as the original, every change rejected: ")
    assert assert_translated(summary, "es").startswith(
        "Control de cambios leído como el original, con todos los cambios rechazados: ")
    assert any(assert_translated(n.message, "fr").startswith("Modifications refusées ici")
               for n in notes)


def test_counts_have_a_form_for_one_and_one_for_more() -> None:
    one = QT_TRANSLATE_NOOP("ImportNotes", "1 insertion")
    more = QT_TRANSLATE_NOOP("ImportNotes", "{count} insertions")
    assert counted(1, one, more) == "1 insertion"
    assert counted(3, one, more) == "3 insertions"
    spanish = translator("es")
    assert counted(1, one, more).render(spanish) == "1 inserción"
    assert counted(3, one, more).render(spanish) == "3 inserciones"


def test_removed_characters_are_counted_in_the_singular_and_the_plural() -> None:
    head = (CORPUS / "10_A_RES_73_7.txt").read_text(encoding="utf-8")
    one = import_text(head.replace("Recalling", "Rec\x01alling", 1)).import_notes[0].message
    two = import_text(head.replace("Recalling", "Rec\x01all\x02ing", 1)).import_notes[0].message
    assert re.fullmatch(r"1 control or non-text character removed \(at line \d+, column \d+\)",
                        one)
    assert re.fullmatch(r"2 control or non-text characters removed \(the first at line \d+, "
                        r"column \d+\)", two)
    assert re.fullmatch(r"se ha eliminado 1 carácter de control o que no es texto \(línea \d+, "
                        r"columna \d+\)", assert_translated(one, "es"))
    assert assert_translated(two, "fr").startswith("2 caractères de contrôle")


def test_lists_join_with_the_language_s_and() -> None:
    spanish, french = translator("es"), translator("fr")
    names = and_list(["Chile", "Mexico", "India"])
    assert names == "Chile, Mexico and India"
    assert isinstance(names, Message)
    assert names.render(spanish) == "Chile, Mexico e India"  # "y" becomes "e" before an i-sound
    assert names.render(french) == "Chile, Mexico et India"
    assert and_list(["Chile", "Peru"]).render(spanish) == "Chile y Peru"
    assert and_list(["A"]) == "A" and and_list([]) == ""


def test_dates_are_said_in_the_language() -> None:
    assert date_words(dt.date(2013, 7, 1)) == "1 July 2013"
    assert date_words(dt.date(2013, 7, 1)).render(translator("fr")) == "1er\u00a0juillet\u00a02013"
    assert date_words(dt.date(2007, 11, 30)).render(translator("es")) == (
        "30 de noviembre de 2007")


def test_places_read_as_the_command_line_names_them_and_translate() -> None:
    from draftdesk.cli.commands import _paragraph_place

    resolution = import_file(PDFS / "A_C.5_80_L.17.pdf")
    derived = derive(resolution)
    spanish = translator("es")
    for _part, paragraph in resolution.walk():
        place = paragraph_place(derived, paragraph.id)
        assert place is not None
        assert place == _paragraph_place(derived, paragraph.id)
        assert place.render(spanish) != str(place)
    part_b = paragraph_place(derived, resolution.further_parts[0].operative[0].id)
    assert part_b == "operative paragraph 1 of resolution B"
    assert part_b is not None and part_b.render(spanish) == (
        "párrafo 1 de la parte dispositiva de la resolución B")
    assert paragraph_place(derived, "gone") is None


def test_a_text_in_one_part_names_its_paragraphs_without_a_part() -> None:
    resolution = import_file(RES_73_7)
    derived = derive(resolution)
    first = paragraph_place(derived, resolution.preambular[0].id)
    assert first == "first preambular paragraph"
    assert first is not None and first.render(translator("es")) == "párrafo 1 del preámbulo"
    twelve = paragraph_place(derived, resolution.operative[11].id)
    assert twelve == "operative paragraph 12"
    assert twelve is not None and twelve.render(translator("fr")) == (
        "paragraphe 12 du dispositif")


def test_annex_places_translate() -> None:
    resolution = import_file(PDFS / "A_RES_79_81.pdf")
    derived = derive(resolution)
    place = paragraph_place(derived, resolution.annexes[0].paragraphs[1].id)
    assert place == "paragraph 2 of the annex"
    assert place is not None and place.render(translator("es")) == "párrafo 2 del anexo"


def test_a_saved_rollover_keeps_its_notes_translatable() -> None:
    draft = roll_over(import_file(RES_73_7), now=NOW).draft
    read = from_dict(json.loads(json.dumps(to_dict(draft)))).import_notes
    assert [str(note.message) for note in read] == ROLLED_73_7
    spanish = translator("es")
    assert [note.message.render(spanish) for note in read] == [
        note.message.render(spanish) for note in draft.import_notes]


def test_no_import_note_is_written_as_plain_english() -> None:
    """Every ImportNote the code makes takes a message (a name, never a literal or f-string)."""
    plain = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "ImportNote" and node.args
                    and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)):
                plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not plain, plain


def test_a_paragraph_of_one_of_several_annexes_is_named_by_its_annex() -> None:
    from draftdesk.model import edit
    from draftdesk.model.document import Paragraph, Text
    from tools import samples

    resolution = samples.with_annex()
    second = edit.new_annex(resolution, "Programme of work")
    second.paragraphs = [Paragraph(content=[Text("First.")]),
                         Paragraph(content=[Text("Second.")],
                                   children=[Paragraph(content=[Text("sub.")])])]
    edit.insert_annex(resolution, 1, second)
    assert [a.heading for a in resolution.annexes] == ["Annex I", "Annex II"]
    derived = derive(resolution)
    place = paragraph_place(derived, second.paragraphs[1].id)
    assert place == "paragraph 2 of annex II"
    assert place is not None and place.render(translator("es")) == "párrafo 2 del anexo II"
    assert place.render(translator("fr")) == "paragraphe 2 de l’annexe II"
    sub = paragraph_place(derived, second.paragraphs[1].children[0].id)
    assert sub == "paragraph 2 (a) of annex II"
    first = paragraph_place(derived, resolution.annexes[0].paragraphs[0].id)
    assert first == "paragraph 1 of annex I"
    # A paragraph the annex prints without a number is counted among those.
    opening = paragraph_place(derived, resolution.annexes[0].preamble[0].id)
    assert opening == "unnumbered paragraph 1 of annex I"
    assert opening is not None and opening.render(translator("es")) == (
        "párrafo sin numerar 1 del anexo I")
    assert opening.render(translator("fr")) == "paragraphe non numéroté 1 de l’annexe I"
    # An annex headed otherwise is named by its heading, as the document has it.
    second.heading = "Appendix"
    named = paragraph_place(derive(resolution), second.paragraphs[0].id)
    assert named == "paragraph 1 of Appendix"
    assert named is not None and named.render(translator("es")) == "párrafo 1 de Appendix"
