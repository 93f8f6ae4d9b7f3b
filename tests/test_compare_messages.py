"""What a comparison says is a set of messages: English as before, translatable in the window."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builders import para, small_resolution
from draftdesk.cli import main
from draftdesk.compare import Comparison, compare, place
from draftdesk.compare.html import comparison_html
from draftdesk.messages import Message
from draftdesk.model import derive, edit
from draftdesk.model.document import (
    Annex,
    CrossRef,
    Paragraph,
    ParagraphKind,
    Part,
    Resolution,
    ResolutionPart,
    Sponsor,
    Text,
)
from draftdesk.model.versions import frozen_copy
from draftdesk.storage import save_draft

I18N = Path(__file__).parents[1] / "resources" / "i18n"

ENGLISH_LINES = [
    "~ sponsors changed: Mexico, Ecuador{+, Iceland+}",
    "~ title changed: Global Forum on Migration[- and Development-]",
    "- preambular paragraph 2 deleted: Noting the convening of the First Meeting of the Global "
    "Forum",
    "+ heading “Migration and development” added: Migration and development",
    "> operative paragraph 1 moved from operative paragraph 3",
    "~ operative paragraph 1 ending (derived): [-.-]{+;+}",
    "+ operative paragraph 2 added: Decides to remain seized of the matter",
    "# operative paragraph 3: was operative paragraph 1 (derived)",
    "~ operative paragraph 4 changed: Requests Member States to promote the "
    "[-discussion-]{+debate+}",
    "# operative paragraph 4: was operative paragraph 2 (derived)",
    "~ operative paragraph 4 ending (derived): [-;-]{+.+}",
    "+ footnote 1 added: See A/80/1.",
    "~ footnote 2 footnote edited: A/61/515{+ and Corr.1+}.",
    "- footnote 1 removed: A/60/871.",
]
ENGLISH_SUMMARY = ("2 added, 1 deleted, 1 moved, 1 changed, 1 footnote added, 1 footnote removed, "
                   "1 footnote edited, 2 metadata, 4 derived")
# The words of the English templates: none may be left in a translated line.
TEMPLATE_WORDS = re.compile(
    r"\b(added|deleted|moved|from|changed|removed|footnote|edited|was|ending|derived|operative|"
    r"preambular|paragraph|heading|quoted|block|annex|resolution|sponsors|title|No changes)\b")


def negotiated(old: Resolution) -> Resolution:
    """Return ``old`` after a round of edits that makes every kind of change."""
    new = frozen_copy(old)
    edit.move_paragraph(new, new.operative[2].id, edit.Location(Part.OPERATIVE, None, 0))
    edit.set_text(new, new.operative[2].id, "Requests",
                  [Text("Member States to promote the debate")])
    edit.delete_paragraph(new, new.preambular[1].id)
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, 1),
                          para("Decides", "to remain seized of the matter"))
    edit.insert_paragraph(new, edit.Location(Part.OPERATIVE, None, 0), Paragraph(
        kind=ParagraphKind.HEADING, content=[Text("Migration and development")]))
    edit.edit_footnote(new, "n2", "A/61/515 and Corr.1.")
    edit.remove_footnote(new, "n1")
    edit.add_footnote(new, new.operative[1].id, 3, "See A/80/1.")
    new.metadata.title = "Global Forum on Migration"
    new.metadata.sponsors = [Sponsor("Mexico"), Sponsor("Ecuador"), Sponsor("Iceland")]
    return new


@pytest.fixture
def comparison() -> Comparison:
    old = small_resolution()
    return compare(old, negotiated(old))


def ts_translations(code: str) -> dict[tuple[str, str], str]:
    """Return the finished translations of a .ts file: (context, source) -> translation."""
    out = {}
    for context in ET.parse(I18N / f"draftdesk_{code}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                out[name, entry.findtext("source", "")] = translation.text or ""
    return out


def translator(code: str):  # noqa: ANN201 - a Translator
    table = ts_translations(code)
    return lambda context, text: table.get((context, text), text)


def data_removed(line: Message, shown: str) -> str:
    """Return ``shown`` without the document's own words the line quotes (its plain values)."""
    for value in line.values.values():
        if isinstance(value, Message):
            continue
        shown = shown.replace(str(value), " ")
    return shown


def test_every_change_line_is_a_compare_message_with_the_english_unchanged(
        comparison: Comparison) -> None:
    lines = [change.summary() for change in comparison.changes]
    assert lines == ENGLISH_LINES
    for line in lines:
        assert isinstance(line, Message) and line.context == "Compare"
        where = [v for k, v in line.values.items() if k in ("place", "old_place", "note", "field")]
        assert where and all(isinstance(v, Message) and v.context == "ComparePlaces"
                             for v in where), line


def test_the_summary_is_a_compare_message_with_one_and_several_templates(
        comparison: Comparison) -> None:
    summary = comparison.summary()
    assert summary == ENGLISH_SUMMARY
    assert isinstance(summary, Message) and summary.context == "Compare"
    counts = []
    item: object = summary
    while isinstance(item, Message) and "rest" in item.values:
        counts.append(item.values["first"])
        item = item.values["rest"]
    counts.append(item)
    assert [c.template for c in counts[:2]] == ["{count} added", "1 deleted"]
    assert all(isinstance(c, Message) and c.context == "Compare" for c in counts)
    assert compare(small_resolution(), small_resolution()).summary().template == "No changes."


def built_with_places() -> Resolution:
    draft = small_resolution()
    draft.operative.insert(2, Paragraph(kind=ParagraphKind.QUOTE, content=[Text("“Words.”")]))
    draft.annexes.append(Annex(paragraphs=[para("", "The first annex paragraph")]))
    draft.part_letter = "A"
    draft.further_parts.append(ResolutionPart("B", operative=[para("Decides", "to act")]))
    return draft


def test_places_are_nested_place_messages() -> None:
    draft = built_with_places()
    derived = derive(draft)
    annex = draft.annexes[0].paragraphs[0]
    expected = {
        draft.preambular[1].id: "preambular paragraph 2 of resolution A",
        draft.operative[0].children[1].id: "operative paragraph 1 (b) of resolution A",
        draft.operative[2].id: "quoted block in the operative part",
        annex.id: "paragraph 1 of the annex",
        draft.further_parts[0].operative[0].id: "operative paragraph 1 of resolution B",
    }
    for _part, paragraph in [*draft.walk(), (Part.ANNEX, annex)]:
        if paragraph.id in expected:
            name = place(derived, paragraph)
            assert name == expected.pop(paragraph.id)
            assert isinstance(name, Message) and name.context == "ComparePlaces"
    assert not expected


def test_places_print_labels_as_the_draft_language_does() -> None:
    old = small_resolution()
    old.metadata.language = "es"
    new = frozen_copy(old)
    edit.set_text(new, new.operative[0].children[0].id, "",
                  [Text("The Secretary-General to present a full evaluation")])
    changed = compare(old, new).changes[0]
    assert changed.place == "operative paragraph 1 a)"
    spanish = {("ComparePlaces", "operative paragraph {number}"):
               "párrafo {number} de la parte dispositiva"}
    assert changed.new_place.render(lambda c, t: spanish.get((c, t), t)) == (
        "párrafo 1 a) de la parte dispositiva")
    assert [row.new_label for row in compare(old, new).rows][2:5] == ["1.", "a)", "b)"]


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_translations_leave_no_english_in_a_comparison(
        comparison: Comparison, code: str) -> None:
    translate = translator(code)
    lines = [change.summary() for change in comparison.changes]
    lines.append(comparison.summary())
    lines.append(compare(small_resolution(), small_resolution()).summary())
    draft = built_with_places()
    derived = derive(draft)
    lines += [place(derived, p) for _part, p in draft.walk()]
    for line in lines:
        shown = line.render(translate)
        assert shown != str(line), line
        assert not TEMPLATE_WORDS.search(data_removed(line, shown)), shown


def test_spanish_and_french_name_places_as_the_un_does() -> None:
    old = small_resolution()
    old.metadata.language = "es"
    derived = derive(old)
    spanish, french = translator("es"), translator("fr")
    operative = place(derived, old.operative[0].children[0], "es")
    preambular = place(derived, old.preambular[1], "es")
    assert operative.render(spanish) == "párrafo 1 a) de la parte dispositiva"
    assert preambular.render(spanish) == "párrafo 2 del preámbulo"
    old.metadata.language = "fr"
    operative = place(derive(old), old.operative[0].children[0], "fr")
    assert operative.render(french) == "paragraphe 1 a) du dispositif"
    assert preambular.render(french) == "alinéa 2 du préambule"
    new = frozen_copy(old)
    edit.edit_footnote(new, "n2", "A/61/515 and Corr.1.")
    note = compare(old, new).changes[0]
    assert note.summary().render(spanish).startswith("~ nota 2 ")
    assert note.summary().render(french).startswith("~ note 2 ")


def test_the_page_is_english_by_default_and_translated_when_asked(
        comparison: Comparison) -> None:
    english = comparison_html(comparison)
    for words in ("<h4>Cover</h4>", "<h4>Text</h4>", "<h4>Footnotes</h4>", "<i>sponsors</i>",
                  "<i>footnote 1</i>", "(moved from 3.)"):
        assert words in english
    spanish = comparison_html(comparison, side_by_side=True, translate=translator("es"))
    for words in ("<h4>Portada</h4>", "<h4>Texto</h4>", "<h4>Notas</h4>",
                  "<i>patrocinadores</i>", "<i>nota 1</i>", "(trasladado desde 3.)",
                  ">Anterior</th>"):
        assert words in spanish, words
    assert "moved" not in spanish and "Cover" not in spanish


def test_the_command_line_prints_the_english_lines(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    old = small_resolution()
    save_draft(old, tmp_path / "old.draftdesk")
    save_draft(negotiated(old), tmp_path / "new.draftdesk")
    assert main(["compare", str(tmp_path / "old.draftdesk"), str(tmp_path / "new.draftdesk"),
                 "--derived"]) == 0
    assert capsys.readouterr().out.splitlines() == [ENGLISH_SUMMARY, *ENGLISH_LINES]


@pytest.mark.parametrize(("code", "reference", "connector"),
                         [("en", "paragraph 1 (b)", " and"), ("es", "párrafo 1 b)", " y"),
                          ("fr", "paragraphe 1 b)", " et")])
def test_compared_text_prints_references_as_the_draft_does(
        code: str, reference: str, connector: str) -> None:
    old = small_resolution()
    old.metadata.language = code
    target = old.operative[0].children[1]
    old.operative[1].content.append(CrossRef(target.id))
    old.operative[0].children[0].connector = "and"
    new = frozen_copy(old)
    edit.set_text(new, new.operative[1].id, "Requests", [
        Text("Member States to act on "), CrossRef(target.id)])
    edit.set_text(new, new.operative[0].children[0].id, "",
                  [Text("The Secretary-General to present a full evaluation")])
    texts = [change.new_text for change in compare(old, new).changes]
    assert texts == ["The Secretary-General to present a full evaluation" + connector,
                     "Requests Member States to act on " + reference]


def test_cover_fields_read_as_the_draft_prints_them() -> None:
    old = small_resolution()
    old.metadata.language = "es"
    new = frozen_copy(old)
    new.metadata.date = dt.date(2007, 12, 3)
    new.metadata.session = 63
    fields = {c.field: (c.old_text, c.new_text) for c in compare(old, new).changes}
    assert fields == {
        "date": ("30 de noviembre de 2007", "3 de diciembre de 2007"),
        "session": ("Sexagésimo segundo período de sesiones",
                    "Sexagésimo tercer período de sesiones"),
    }


def test_a_change_in_one_of_several_annexes_names_the_annex() -> None:
    old = small_resolution()
    edit.insert_annex(old, 0, Annex(paragraphs=[para("", "The first annex paragraph")]))
    edit.insert_annex(old, 1, Annex(heading="Annex II", paragraphs=[
        para("", "Its first paragraph"), para("", "Its second paragraph")]))
    assert [a.heading for a in old.annexes] == ["Annex I", "Annex II"]
    old.annexes[1].preamble = [para("", "We, the participants, agree as follows:")]
    opening = place(derive(old), old.annexes[1].preamble[0])
    assert opening == "unnumbered paragraph 1 of annex II"
    assert opening.render(translator("es")) == "párrafo sin numerar 1 del anexo II"
    assert opening.render(translator("fr")) == "paragraphe non numéroté 1 de l’annexe II"
    new = frozen_copy(old)
    second = new.annexes[1].paragraphs[1]
    edit.set_text(new, second.id, "", [Text("Its second paragraph, amended")])
    (changed,) = compare(old, new).changes
    assert changed.place == "paragraph 2 of annex II"
    assert changed.new_place.render(translator("es")) == "párrafo 2 del anexo II"
    assert changed.new_place.render(translator("fr")) == "paragraphe 2 de l’annexe II"
    assert "paragraph 2 of annex II changed" in str(changed.summary())
    new.annexes[1].heading = "Appendix"
    (renamed,) = [c for c in compare(old, new).changes if c.new_id == second.id]
    assert renamed.place == "paragraph 2 of Appendix"
