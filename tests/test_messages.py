"""Core messages: English on the command line, translatable in the window, kept in drafts."""

from __future__ import annotations

import copy
import json

import pytest

from draftdesk.messages import QT_TRANSLATE_NOOP, Message, fill, message
from draftdesk.model.derive import symbol_problem
from draftdesk.model.document import Body, ImportNote, Metadata, Resolution
from draftdesk.storage.codec import SchemaError, from_dict, to_dict

PLACE = QT_TRANSLATE_NOOP("TestPlaces", "operative paragraph {number}")
NOTE = QT_TRANSLATE_NOOP("TestNotes", "{place}: the number restarts at {number}")
SPANISH = {
    ("TestPlaces", "operative paragraph {number}"): "párrafo {number} de la parte dispositiva",
    ("TestNotes", "{place}: the number restarts at {number}"):
        "{place}: la numeración vuelve a {number}",
}


def spanish(context: str, template: str) -> str:
    return SPANISH.get((context, template), template)


def restart_note() -> Message:
    return message(NOTE, place=message(PLACE, number=12), number=1)


def test_a_message_reads_as_its_english_text() -> None:
    note = restart_note()
    assert note == "operative paragraph 12: the number restarts at 1"
    assert isinstance(note, str)
    assert type(str(note)) is str
    assert note.context == "TestNotes"
    assert note.template == "{place}: the number restarts at {number}"


def test_the_window_translates_the_sentence_and_the_words_inside_it() -> None:
    assert restart_note().render(spanish) == (
        "párrafo 12 de la parte dispositiva: la numeración vuelve a 1")


def test_an_untranslated_message_stays_english() -> None:
    assert restart_note().render(lambda context, text: text) == str(restart_note())


@pytest.mark.parametrize("translation", [
    "{place}: {missing}",  # a field the message has no value for
    "{place.__class__.__mro__}",  # attribute access would reach into the values
    "{place!r}",
    "{number:>99999}",
    "{0}",
    "broken {",
])
def test_a_translation_that_cannot_take_the_values_falls_back_to_english(translation: str) -> None:
    def damaged(context: str, template: str) -> str:
        return translation if context == "TestNotes" else template

    assert restart_note().render(damaged) == str(restart_note())


def test_fill_only_fills_plain_names() -> None:
    assert fill("{a} and {b}", {"a": 1, "b": "x"}) == "1 and x"
    assert fill("{a[0]}", {"a": "xyz"}) is None


def test_copies_keep_what_translates_them() -> None:
    copied = copy.deepcopy(restart_note())
    assert isinstance(copied, Message)
    assert copied.render(spanish) == restart_note().render(spanish)


def test_a_saved_draft_keeps_its_notes_translatable() -> None:
    draft = Resolution()
    draft.import_notes.append(ImportNote(restart_note(), ""))
    draft.import_notes.append(ImportNote("a note written by hand", ""))
    data = json.loads(json.dumps(to_dict(draft)))
    read = from_dict(data).import_notes
    assert [str(n.message) for n in read] == [str(restart_note()), "a note written by hand"]
    assert isinstance(read[0].message, Message)
    assert read[0].message.render(spanish) == restart_note().render(spanish)
    assert not isinstance(read[1].message, Message)


def test_a_template_from_somebody_elses_file_cannot_reach_into_values() -> None:
    data = to_dict(Resolution())
    data["import_notes"] = [{"message": "plain English", "paragraph": "", "context": "TestNotes",
                             "template": str(NOTE), "values": {"place": "x", "number": 1}}]
    note = from_dict(data).import_notes[0].message
    assert isinstance(note, Message)
    hostile = note.render(lambda context, text: "{place.__class__}")
    assert hostile == "plain English"


@pytest.mark.parametrize(("values", "where"), [
    ({"number": [1]}, "import_notes[0].values.number"),
    ({"number": True}, "import_notes[0].values.number"),
    ({"a": {"message": "x", "context": "c", "template": "t", "values": {
        "b": {"message": "x", "context": "c", "template": "t", "values": {
            "c": {"message": "x", "context": "c", "template": "t", "values": {
                "d": {"message": "x", "context": "c", "template": "t"}}}}}}}},
     "import_notes[0].values.a.values.b.values.c.values.d"),
])
def test_a_malformed_message_in_a_draft_is_refused_where_it_is(values: object, where: str) -> None:
    data = to_dict(Resolution())
    data["import_notes"] = [{"message": "m", "paragraph": "", "context": "c", "template": "t",
                             "values": values}]
    with pytest.raises(SchemaError, match=where.replace("[", r"\[").replace("]", r"\]")):
        from_dict(data)


def test_the_symbol_check_is_a_translatable_message() -> None:
    found = symbol_problem(Metadata(body=Body.SECURITY_COUNCIL, symbol="A/62/L.25"))
    assert isinstance(found, Message)
    assert found.context == "SymbolCheck"
    assert found == "symbol 'A/62/L.25' does not fit a Security Council draft such as S/2022/443"


def test_a_template_that_reads_the_same_translated_still_translates_its_inner_message() -> None:
    # "{source}: {problem}" is the same in Spanish; the problem inside it is not.
    wrapped = message(QT_TRANSLATE_NOOP("TestNotes", "{source}: {problem}"),
                      source="a.txt", problem=restart_note())
    assert wrapped.render(spanish) == (
        "a.txt: párrafo 12 de la parte dispositiva: la numeración vuelve a 1")
    assert wrapped.render(lambda context, text: text) == str(wrapped)


def test_a_translation_that_reads_as_the_english_still_translates_the_words_inside_it() -> None:
    joined = QT_TRANSLATE_NOOP("TestLists", "{first}, {rest}")
    listed = message(joined, first=message(PLACE, number=1), rest=message(PLACE, number=2))
    same = {**SPANISH, ("TestLists", "{first}, {rest}"): "{first}, {rest}"}
    assert listed.render(lambda context, text: same.get((context, text), text)) == (
        "párrafo 1 de la parte dispositiva, párrafo 2 de la parte dispositiva")
    assert listed.render(lambda context, text: text) == str(listed)
