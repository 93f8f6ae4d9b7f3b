"""Library, clause template and edit errors, and clause sources, are translatable messages.

Their English text is what the command line prints and is unchanged; the window translates
them through the context and template each one keeps (decision 0015).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftdesk.errors import InputError
from draftdesk.library import LibraryStore, NewClause, import_library, read_library_file
from draftdesk.library.builder import paragraph_reference
from draftdesk.library.store import Clause
from draftdesk.messages import Message
from draftdesk.model import Paragraph, Part, Resolution, Text, derive, edit
from draftdesk.templates import check_template, render_clause

# A few translations, as the window's translator would give them.
SPANISH = {
    ("TemplateErrors", "{where}: {problem}"): "{where}: {problem}",
    ("TemplateErrors", "{problem} (line {line})"): "{problem} (línea {line})",
    ("TemplateErrors", "attribute and item access are not allowed"):
        "no se permite el acceso a atributos ni a elementos",
    ("LibraryErrors", "{where}: clause {number}"): "{where}: cláusula {number}",
    ("LibraryErrors", "{where} ('{key}')"): "{where} («{key}»)",
    ("LibraryOrigins", "{symbol}, {paragraph}"): "{symbol}, {paragraph}",
    ("LibraryOrigins", "para. {number}"): "párr. {number}",
    ("LibraryOrigins", "preambular para. {number}"): "párr. {number} del preámbulo",
}


def spanish(context: str, template: str) -> str:
    return SPANISH.get((context, template), template)


def library_file(path: Path, clauses: list[dict[str, object]], name: str = "Migration") -> Path:
    path.write_text(json.dumps({"format": "draftdesk-clause-library", "format_version": 1,
                                "name": name, "clauses": clauses}), encoding="utf-8")
    return path


def problem(error: pytest.ExceptionInfo[Exception]) -> Message:
    found = error.value.args[0]
    assert isinstance(found, Message)
    return found


def test_a_bad_clause_in_a_library_file_names_its_entry(tmp_path: Path) -> None:
    path = library_file(tmp_path / "bad.json", [
        {"text": "Decides to act"},
        {"key": "bad", "text": "Decides {{ x.__class__ }}"},
    ])
    with pytest.raises(InputError) as raised:
        read_library_file(path)
    found = problem(raised)
    assert found == (f"{path}: clause 2 ('bad'): "
                     "attribute and item access are not allowed (line 1)")
    assert found.context == "TemplateErrors"
    where = found.values["where"]
    assert isinstance(where, Message) and where.context == "LibraryErrors"
    assert found.render(spanish) == (
        f"{path}: cláusula 2 («bad»): no se permite el acceso a atributos ni a elementos "
        "(línea 1)")


def test_a_wrong_kind_is_a_library_message(tmp_path: Path) -> None:
    path = library_file(tmp_path / "kind.json", [{"text": "Decides to act", "kind": "other"}])
    with pytest.raises(InputError) as raised:
        read_library_file(path)
    found = problem(raised)
    assert found == f"{path}: clause 1: kind must be preambular or operative, not 'other'"
    assert found.context == "LibraryErrors"


def test_an_import_refused_by_the_store_keeps_the_store_message_inside(tmp_path: Path) -> None:
    path = library_file(tmp_path / "builtin.json", [{"text": "Decides to act"}], "Built-in")
    with LibraryStore(tmp_path / "clauses.sqlite3") as store:
        store.create_library("Built-in", builtin=True)
        with pytest.raises(InputError) as raised:
            import_library(store, path)
    found = problem(raised)
    assert found == (f"{path}: the library 'Built-in' comes with DraftDesk and cannot be "
                     "changed; copy its clauses into a library of your own")
    assert found.context == "LibraryErrors"
    inner = found.values["problem"]
    assert isinstance(inner, Message) and inner.template.startswith("the library '{name}'")


@pytest.mark.parametrize("template", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{% for x in range(9) %}x{% endfor %}",
])
def test_a_template_that_tries_to_escape_the_sandbox_is_a_template_message(template: str) -> None:
    with pytest.raises(InputError) as raised:
        render_clause(template, {}, Part.OPERATIVE)
    found = problem(raised)
    assert found.context == "TemplateErrors"
    assert found.startswith("clause: ")
    assert found.endswith("are not allowed (line 1)")


def test_template_messages_keep_their_english() -> None:
    with pytest.raises(InputError) as raised:
        check_template("{{ 7 * 7 }}", "clause 'x' in library 'y'")
    assert problem(raised) == (
        "clause 'x' in library 'y': arithmetic and comparisons are not allowed (line 1)")
    with pytest.raises(InputError) as raised:
        render_clause("Decides {{ session | ordinal_words }}", {"session": "abc"},
                      Part.OPERATIVE)
    found = problem(raised)
    assert found == "clause: 'abc' is not a whole number"
    assert isinstance(found.values["problem"], Message)


def test_a_refused_edit_is_an_edit_message() -> None:
    draft = Resolution(operative=[Paragraph("Decides", [Text("to act")])])
    with pytest.raises(edit.EditError) as raised:
        edit.indent(draft, draft.operative[0].id)
    found = problem(raised)
    assert found == "there is no paragraph above to indent under"
    assert found.context == "EditErrors"
    with pytest.raises(edit.EditError) as raised:
        edit.set_connector(draft, draft.operative[0].id, "but")
    assert problem(raised) == "connector must be 'and', 'or' or empty, not 'but'"


def _clause(symbol: str, paragraph: str) -> Clause:
    return Clause(1, "Agreed", "k", "Decides to act", "operative", "ga",
                  source_symbol=symbol, source_paragraph=paragraph)


@pytest.mark.parametrize(("paragraph", "english", "translated"), [
    ("para. 4", "A/RES/73/7, para. 4", "A/RES/73/7, párr. 4"),
    ("para. 4 (a) (ii)", "A/RES/73/7, para. 4 (a) (ii)", "A/RES/73/7, párr. 4 (a) (ii)"),
    ("preambular para. 3", "A/RES/73/7, preambular para. 3",
     "A/RES/73/7, párr. 3 del preámbulo"),
])
def test_a_clause_source_cited_by_draftdesk_translates(
    paragraph: str, english: str, translated: str
) -> None:
    source = _clause("A/RES/73/7", paragraph).source
    assert source == english
    assert isinstance(source, Message) and source.context == "LibraryOrigins"
    assert source.render(spanish) == translated


def test_a_source_typed_by_the_user_stays_as_typed() -> None:
    assert _clause("A/RES/73/7", "fourth preambular paragraph").source.render(spanish) == (
        "A/RES/73/7, fourth preambular paragraph")
    assert _clause("", "para. 2").source.render(spanish) == "párr. 2"
    assert _clause("A/RES/73/7", "").source == "A/RES/73/7"
    assert _clause("", "").source == ""


def test_paragraphs_saved_to_a_library_are_cited_translatably() -> None:
    draft = Resolution(
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")])],
        operative=[Paragraph("Decides", [Text("to act")],
                             children=[Paragraph("", [Text("first")])])],
    )
    derived = derive(draft)
    preambular = paragraph_reference(derived, draft.preambular[0])
    sub = paragraph_reference(derived, draft.operative[0].children[0])
    assert (preambular, sub) == ("preambular para. 1", "para. 1 (a)")
    assert isinstance(preambular, Message) and isinstance(sub, Message)


def test_clauses_added_with_a_wrong_value_say_which_clause(tmp_path: Path) -> None:
    with LibraryStore(tmp_path / "clauses.sqlite3") as store:
        store.create_library("Mine")
        with pytest.raises(InputError) as raised:
            store.add_clauses("Mine", [NewClause("Decides to act", body="un")])
    found = problem(raised)
    assert found == ("clause 'decides-to-act' in library 'Mine': body must be one of "
                     "ga, sc, ecosoc, hrc, any, not 'un'")
    assert found.context == "LibraryErrors"
    assert isinstance(found.values["where"], Message)


def test_a_template_translated_by_the_same_words_still_translates_what_it_holds() -> None:
    # "{where}: {problem}" reads the same in Spanish: the problem inside must not stay English.
    source = _clause("A/RES/73/7", "para. 4").source
    assert spanish(source.context, source.template) == source.template
    assert source.render(spanish) == "A/RES/73/7, párr. 4"
