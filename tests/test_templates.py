"""Clause templates: fields, filters, strict and sandboxed rendering, paragraphs with footnotes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from draftdesk.errors import InputError
from draftdesk.model import FootnoteRef, Paragraph, Part, Provenance, Text, phrases
from draftdesk.model.phrases import split_paragraph_lead as split_lead
from draftdesk.templates import (
    check_template,
    clause_paragraph,
    escape_text,
    insert_clause,
    paragraph_template,
    render_clause,
    render_text,
    template_fields,
)

REPORT = (
    "Requests the Secretary-General to submit to the General Assembly at its "
    "{{ session | ordinal_words }} session a report on the implementation of the present "
    "resolution"
)
WHERE = "clause 'report-request' in library 'X'"


def test_fields_are_found_in_order_of_appearance() -> None:
    source = "{{ b }} and {{ a | un_date }} then {{ b }} and {{ c | join_and('or') }}"
    assert template_fields(source) == ["b", "a", "c"]
    assert template_fields("No fields at all") == []


def test_report_request_renders_the_session_in_words() -> None:
    text = render_text(REPORT, {"session": 62})
    assert "at its sixty-second session a report" in text
    assert render_text(REPORT, {"session": "81"}).count("eighty-first") == 1


def test_filters() -> None:
    assert render_text("{{ d | un_date }}", {"d": dt.date(2007, 11, 30)}) == "30 November 2007"
    assert render_text("{{ d | un_date }}", {"d": "2007-11-30"}) == "30 November 2007"
    assert render_text("{{ d | un_date }}", {"d": "30 November 2007"}) == "30 November 2007"
    assert render_text("{{ s | join_and }}", {"s": ["A", "B", "C"]}) == "A, B and C"
    assert render_text("{{ s | join_and('or') }}", {"s": "A; B"}) == "A or B"
    assert render_text("{{ n | ordinal_words | capfirst }}", {"n": 80}) == "Eightieth"


def test_missing_field_is_an_error_that_names_it() -> None:
    with pytest.raises(InputError, match=r"report-request.*no value for field 'session'"):
        render_text(REPORT, {}, WHERE)


@pytest.mark.parametrize(
    ("value", "problem"),
    [("sixty", "not a whole number"), (0, "not a number from 1 to 999"), ([1], "not a number")],
)
def test_bad_values_are_refused_clearly(value: object, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        render_text(REPORT, {"session": value}, WHERE)


def test_bad_date_is_refused() -> None:
    with pytest.raises(InputError, match="not a date"):
        render_text("{{ d | un_date }}", {"d": "yesterday"})


# Real server-side template injection payloads, and other constructs the whitelist refuses.
PAYLOADS = [
    ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "not allowed"),
    ("{{ joiner.__init__.__globals__.os.popen('id').read() }}", "not allowed"),
    ("{{ lipsum.__globals__['os'].popen('id').read() }}", "not allowed"),
    ("{{ namespace.__init__.__globals__.os.popen('id').read() }}", "not allowed"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "not allowed"),
    ("{{ ''.__class__.__mro__ }}", "attribute"),
    ("{{ self._TemplateReference__context }}", "attribute"),
    ("{{ request.application.__globals__ }}", "attribute"),
    ("{{ config.items() }}", "calls"),
    ("{{ 'x' * 10**8 }}", "arithmetic"),
    ("{{ 9 ** 9 ** 9 }}", "arithmetic"),
    ("{{ a ~ b }}", "arithmetic"),
    ("{% for i in range(10**8) %}x{% endfor %}", "loops"),
    ("{% if a %}yes{% endif %}", "conditions"),
    ("{{ a if b else c }}", "conditions"),
    ("{% set x = 'y' %}", "assignments"),
    ("{% macro m() %}x{% endmacro %}", "macros"),
    ("{% include 'other' %}", "including"),
    ("{% extends 'base' %}", "including"),
    ("{{ lipsum }}", "cannot be used as a field name"),
    ("{{ self }}", "cannot be used as a field name"),
    ("Recalling that {% raw %}", "raw"),
    ("a {% raw %}{{ x }}{% endraw %} b", "raw"),
    ("{{ namespace }}", "cannot be used as a field name"),
    ("{{ cycler }}", "cannot be used as a field name"),
    ("{{ range }}", "cannot be used as a field name"),
    ("{{ namespace(a=1) }}", "calls"),
    ("{{ a.b }}", "attribute"),
    ("{{ a['b'] }}", "attribute"),
    ("{{ a[0] }}", "attribute"),
    ("{{ a | attr('__class__') }}", "unknown filter 'attr'"),
    ("{{ a | map('upper') }}", "unknown filter 'map'"),
    ("{{ a | join_and(b) }}", "filter arguments"),
    ("{{ a | join_and(sep='x') }}", "keywords"),
    ("{% filter upper %}x{% endfilter %}", "not allowed"),
    ("{{ [1, 2] }}", "lists"),
    ("{{ a is defined }}", "tests"),
    ("{{ a", "line 1"),
]


@pytest.mark.parametrize(("payload", "message"), PAYLOADS)
def test_whitelist_refuses_injection_payloads(payload: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        render_text(payload, {"a": "x", "b": "y", "c": "z"}, WHERE)
    text = str(caught.value)
    assert text.startswith(WHERE + ": ")
    assert message in text
    assert "\n" not in text


def test_refusal_names_the_line() -> None:
    with pytest.raises(InputError, match=r"attribute and item access are not allowed \(line 3\)"):
        check_template("Decides\nto\n{{ a.b }}", WHERE)


def test_payload_is_refused_before_anything_runs(tmp_path) -> None:
    marker = tmp_path / "pwned"
    payload = "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"
    with pytest.raises(InputError):
        render_text(payload, {})
    assert not marker.exists()


def test_template_size_is_limited() -> None:
    with pytest.raises(InputError, match="at most 10,000 allowed"):
        check_template("Decides " + "x" * 10_001, WHERE)


def test_rendered_size_is_limited() -> None:
    source = " ".join("{{ a }}" for _ in range(20))
    with pytest.raises(InputError, match="rendered text is too long"):
        render_text(source, {"a": "y" * 1_500})


def test_wrong_type_of_template_is_refused() -> None:
    with pytest.raises(InputError, match="must be a string"):
        check_template(["Decides"], WHERE)


def test_escaped_text_renders_to_itself() -> None:
    literal = "Notes {{ braces }} and {% percent %} and {# hash #} kept"
    assert render_text(escape_text(literal), {}) == literal


PRE, OP = Part.PREAMBULAR, Part.OPERATIVE


@pytest.mark.parametrize(
    ("text", "part", "lead", "rest"),
    [
        ("Recalling also its resolution 60/1", PRE, "Recalling also", "its resolution 60/1"),
        ("Taking note of the report", PRE, "Taking note", "of the report"),
        ("Guided by the Charter", PRE, "Guided", "by the Charter"),
        ("Noting with concern that", PRE, "Noting with concern", "that"),
        ("Deeply concerned about", PRE, "Deeply concerned", "about"),
        ("Acting under Chapter VII of the Charter, and", PRE,
         "Acting under Chapter VII of the Charter", ", and"),
        ("Noting with grave concern also the", PRE, "Noting with grave concern also", "the"),
        ("Expresses its appreciation to all", OP, "Expresses its appreciation", "to all"),
        ("Also requests the Secretary-General", OP, "Also requests", "the Secretary-General"),
        ("Further calls upon States", OP, "Further calls upon", "States"),
        ("Strongly urges all", OP, "Strongly urges", "all"),
        ("Takes note of the report", OP, "Takes note", "of the report"),
        ("Decides to remain seized", OP, "Decides", "to remain seized"),
        ("Underscores its very serious concern at", OP, "Underscores its very serious concern",
         "at"),
        ("the rest", Part.OPERATIVE, "", "the rest"),
    ],
)
def test_split_lead(text: str, part: Part, lead: str, rest: str) -> None:
    assert split_lead(text, part) == (lead, rest)


def test_clauses_and_imported_texts_split_the_lead_alike() -> None:
    from draftdesk.importers import import_text

    for text, part in [("Invites also Member States", OP), ("Recalling further that", PRE),
                       ("Reiterates its appreciation to", OP), ("Bearing in mind", PRE)]:
        assert split_lead(text, part) == phrases.split_lead(text, part is OP)
    clause = render_clause("Requests also the Secretary-General to act", {}, OP, None).paragraph
    imported = import_text(
        "The General Assembly,\n\n1. Requests also the Secretary-General to act."
    )
    assert clause.lead == imported.operative[0].lead == "Requests also"


def test_standard_phrase_lists_hold_no_inventions() -> None:
    assert "Recalling further" in phrases.PREAMBULAR_PHRASES
    assert "Mindful of" in phrases.PREAMBULAR_PHRASES
    assert "Takes note of" in phrases.OPERATIVE_PHRASES and "Declares" in phrases.OPERATIVE_PHRASES
    assert phrases.SECURITY_COUNCIL_OPERATIVE_PHRASES[0] == "Demands"
    # Model-UN inventions are not offered.
    for invented in ("Noting with zest", "Fully alarmed", "Further proclaims", "Have resolved"):
        assert invented not in phrases.all_phrases()


def test_inserted_clause_is_a_paragraph_with_footnote_and_provenance() -> None:
    provenance = Provenance("Built-in", "take-note-report", 1, "")
    rendered = render_clause(
        "Takes note of the report of the Secretary-General;[[fn: {{ symbol }}.]]",
        {"symbol": "A/80/123"},
        Part.OPERATIVE,
        provenance,
    )
    paragraph = rendered.paragraph
    assert paragraph.lead == "Takes note"
    assert paragraph.content[0] == Text("of the report of the Secretary-General")
    assert isinstance(paragraph.content[1], FootnoteRef)
    assert [note.plain_text for note in rendered.footnotes] == ["A/80/123."]
    assert paragraph.content[1] == FootnoteRef(rendered.footnotes[0].id)
    assert paragraph.provenance == provenance


def test_footnote_in_the_middle_and_italics_in_the_note() -> None:
    rendered = clause_paragraph(
        "Recalling the Declaration,[[fn: *Official Records*, Supplement No. 53.]] and its "
        "follow-up,",
        Part.PREAMBULAR,
    )
    content = rendered.paragraph.content
    assert content[0] == Text("the Declaration,")
    assert content[2] == Text(" and its follow-up")
    assert rendered.footnotes[0].content[0] == Text("Official Records", italic=True)


def test_unclosed_or_empty_footnote_is_refused() -> None:
    with pytest.raises(InputError, match="not closed"):
        clause_paragraph("Decides [[fn: x", Part.OPERATIVE, where=WHERE)
    with pytest.raises(InputError, match="empty"):
        clause_paragraph("Decides [[fn: ]]", Part.OPERATIVE, where=WHERE)


def test_paragraph_round_trips_through_clause_text() -> None:
    rendered = clause_paragraph(
        "Recalling its resolution 60/1,[[fn: See *A/60/L.1*.]] and {{ braces }}", Part.PREAMBULAR
    )
    notes = {note.id: note for note in rendered.footnotes}
    text = paragraph_template(rendered.paragraph, notes)
    again = clause_paragraph(render_text(text, {}), Part.PREAMBULAR)
    assert again.paragraph.lead == rendered.paragraph.lead
    assert [n.content for n in again.footnotes] == [n.content for n in rendered.footnotes]
    assert again.paragraph.body_text == rendered.paragraph.body_text


def test_literal_asterisks_survive_the_round_trip() -> None:
    paragraph = Paragraph(
        "Notes", [Text("that 2*3 is "), Text("six", italic=True), Text(" and * stays")]
    )
    text = paragraph_template(paragraph, {})
    assert text == "Notes that 2\\*3 is *six* and \\* stays"
    again = clause_paragraph(text, Part.OPERATIVE).paragraph
    assert again.content == paragraph.content


def test_paragraph_template_of_plain_paragraph() -> None:
    paragraph = Paragraph(lead="Decides", content=[Text("to remain seized of the matter")])
    assert paragraph_template(paragraph, {}) == "Decides to remain seized of the matter"


def test_templates_do_not_import_qt() -> None:
    code = "import sys, draftdesk.templates; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_insert_clause_adds_paragraph_and_footnotes_with_undo() -> None:
    from draftdesk.model import Resolution
    from draftdesk.model.edit import Location

    resolution = Resolution(operative=[Paragraph("Decides", [Text("to act")])])
    rendered = render_clause(
        "Takes note of the report;[[fn: {{ symbol }}.]]", {"symbol": "A/1"}, Part.OPERATIVE
    )
    undo = insert_clause(resolution, rendered, Location(Part.OPERATIVE, None, 1))
    assert resolution.operative[1] is rendered.paragraph
    assert list(resolution.footnotes) == [rendered.footnotes[0].id]
    undo()
    assert len(resolution.operative) == 1 and resolution.footnotes == {}
