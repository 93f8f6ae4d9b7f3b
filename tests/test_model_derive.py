"""Labels, punctuation, footnote numbers and cover lines derived from the structure."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import para, small_resolution
from draftdesk.model import (
    Body,
    CoverNote,
    CrossRef,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    Sponsor,
    Text,
    derive,
    paragraph_runs,
    plain_text,
)
from draftdesk.model.derive import (
    agenda_line,
    committee_line,
    opening_formula,
    session_line,
    sponsors_line,
    symbol_problem,
)
from draftdesk.model.document import AgendaItem
from draftdesk.model.words import (
    alpha_label,
    ordinal_words,
    parse_un_date,
    roman_label,
    roman_value,
    session_number_from_words,
    un_date,
)


def lines(resolution: Resolution) -> list[str]:
    derived = derive(resolution)
    return [plain_text(p, derived) for _part, p in resolution.walk()]


def test_labels_and_end_punctuation_follow_the_structure() -> None:
    assert lines(small_resolution()) == [
        "Recalling the 2005 World Summit Outcome,1",
        "Noting the convening of the First Meeting of the Global Forum,",
        "1. Recognizes the need to enhance the efforts, and in this regard, requests:",
        "(a) The Secretary-General to present an evaluation;",
        "(b) The organizers to transmit the report;2",
        "2. Requests Member States to promote the discussion;",
        "3. Requests the Secretary-General to submit a report.",
    ]


def test_a_lone_operative_paragraph_is_unnumbered() -> None:
    resolution = Resolution(operative=[para("Decides", "to remain seized of the matter")])
    assert lines(resolution) == ["Decides to remain seized of the matter."]


def test_the_last_sub_paragraph_of_the_last_paragraph_takes_the_full_stop() -> None:
    resolution = small_resolution()
    resolution.operative = resolution.operative[:1]
    assert lines(resolution)[-2:] == [
        "(a) The Secretary-General to present an evaluation;",
        "(b) The organizers to transmit the report.2",
    ]


def test_deep_levels_use_a_i_a_dot_i_dot() -> None:
    leaf = para("", "level four")
    tree = para("", "level one", para("", "level two", para("", "level three", leaf)))
    resolution = Resolution(operative=[para("Decides", "x", tree), para("Decides", "y")])
    derived = derive(resolution)
    labels = [derived.label(p.id) for _part, p in resolution.walk()]
    assert labels == ["1.", "(a)", "(i)", "a.", "i.", "2."]
    assert derived.info[leaf.id].scheme == "i."


def test_letter_labels_continue_past_z_and_romans_past_viii() -> None:
    assert [alpha_label(i) for i in (0, 8, 25, 26, 27)] == ["a", "i", "z", "aa", "bb"]
    assert [roman_label(n) for n in (1, 4, 9, 12, 49)] == ["i", "iv", "ix", "xii", "xlix"]
    assert roman_value("xii") == 12 and roman_value("abc") is None


def test_roman_items_directly_under_an_operative_paragraph() -> None:
    parent = para("Requests", "the mission to", para("", "monitor"), para("", "report"))
    parent.child_scheme = "(i)"
    resolution = Resolution(operative=[parent, para("Decides", "z")])
    derived = derive(resolution)
    assert [derived.label(c.id) for c in parent.children] == ["(i)", "(ii)"]


def test_headings_do_not_interrupt_operative_numbering() -> None:
    heading = Paragraph(kind=ParagraphKind.HEADING, content=[Text("Financing")])
    resolution = Resolution(
        operative=[para("Decides", "a"), heading, para("Requests", "b"), para("Invites", "c")]
    )
    assert lines(resolution) == ["1. Decides a;", "Financing", "2. Requests b;", "3. Invites c."]


def test_footnotes_are_numbered_in_document_order_and_renumber_after_a_move() -> None:
    resolution = small_resolution()
    derived = derive(resolution)
    assert derived.footnote_order == ["n1", "n2"]
    resolution.preambular[0].content = [Text("no note here")]
    resolution.operative[2].content.append(FootnoteRef("n1"))
    derived = derive(resolution)
    assert derived.footnote_numbers == {"n2": 1, "n1": 2}


def test_a_note_referenced_twice_keeps_one_number() -> None:
    resolution = small_resolution()
    resolution.operative[1].content.append(FootnoteRef("n1"))
    derived = derive(resolution)
    assert derived.footnote_numbers == {"n1": 1, "n2": 2}
    assert plain_text(resolution.operative[1], derived).endswith("discussion;1")


def test_adjacent_markers_are_separated_by_a_superscript_comma() -> None:
    resolution = small_resolution()
    resolution.preambular[0].content.append(FootnoteRef("n2"))
    runs = paragraph_runs(resolution.preambular[0], derive(resolution))
    assert [(r.text, r.superscript, r.note_number) for r in runs[-4:]] == [
        (",", False, None),
        ("1", False, 1),
        (",", True, None),
        ("2", False, 2),
    ]


def test_cross_references_follow_their_target_and_flag_deletion() -> None:
    resolution = small_resolution()
    target = resolution.operative[0].children[1]
    resolution.operative[2].content.append(Text(" as set out in "))
    resolution.operative[2].content.append(CrossRef(target.id))
    assert lines(resolution)[-1].endswith("as set out in paragraph 1 (b).")
    resolution.operative.insert(0, para("Welcomes", "the Forum"))
    assert lines(resolution)[-1].endswith("as set out in paragraph 2 (b).")
    resolution.operative[1].children.pop()
    derived = derive(resolution)
    assert derived.broken_cross_refs == [(resolution.operative[3].id, target.id)]
    assert "[deleted paragraph]" in plain_text(resolution.operative[3], derived)


def test_cross_reference_to_a_preambular_paragraph() -> None:
    resolution = small_resolution()
    derived = derive(resolution)
    assert derived.cross_ref_text(resolution.preambular[1].id) == "the second preambular paragraph"


def test_connector_follows_the_semicolon() -> None:
    resolution = small_resolution()
    resolution.operative[0].children[0].connector = "and"
    assert lines(resolution)[3] == "(a) The Secretary-General to present an evaluation; and"


def test_quote_block_keeps_its_own_punctuation_and_the_paragraph_before_takes_a_colon() -> None:
    quote = Paragraph(kind=ParagraphKind.QUOTE, content=[Text("What are the obligations?")])
    resolution = Resolution(
        preambular=[para("Recalling", "the question"), quote, para("Noting", "x")],
        operative=[para("Decides", "y")],
    )
    assert lines(resolution)[:3] == [
        "Recalling the question:",
        "What are the obligations?",
        "Noting x,",
    ]


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "first"),
        (12, "twelfth"),
        (62, "sixty-second"),
        (80, "eightieth"),
        (100, "one hundredth"),
        (121, "one hundred and twenty-first"),
        (200, "two hundredth"),
    ],
)
def test_session_words(number: int, words: str) -> None:
    assert ordinal_words(number) == words
    assert session_number_from_words(words.capitalize() + " session") == number


def test_every_session_from_1_to_200_reads_back() -> None:
    assert all(session_number_from_words(ordinal_words(n)) == n for n in range(1, 201))


def test_dates_in_un_style() -> None:
    assert un_date(dt.date(2007, 11, 30)) == "30 November 2007"
    assert parse_un_date("3 June 2022") == dt.date(2022, 6, 3)
    assert parse_un_date("31 February 2022") is None


def test_cover_lines_per_body() -> None:
    meta = Metadata(body=Body.GA_COMMITTEE, committee=4, session=80)
    assert session_line(meta) == "Eightieth session"
    assert committee_line(meta) == (
        "Special Political and Decolonization Committee (Fourth Committee)"
    )
    assert session_line(Metadata(body=Body.GA_EMERGENCY, session=10)) == (
        "Tenth emergency special session"
    )
    assert session_line(Metadata(body=Body.ECOSOC, session=2019)) == "2019 session"
    assert session_line(Metadata(body=Body.SECURITY_COUNCIL, session=77)) == ""
    assert session_line(Metadata(session=0)) == "Session 0"
    assert session_line(Metadata(session=200)) == "Two hundredth session"
    meta.agenda_items = [AgendaItem("13"), AgendaItem("117")]
    assert agenda_line(meta) == "Agenda items 13 and 117"
    meta.agenda_items = [AgendaItem("70", sub_item="b")]
    assert agenda_line(meta) == "Agenda item 70 (b)"


def test_sponsors_line_sorts_the_un_way_with_observers_last() -> None:
    meta = Metadata(
        sponsors=[
            Sponsor("State of Palestine", observer=True),
            Sponsor("Mexico"),
            Sponsor("Türkiye"),
            Sponsor("Côte d’Ivoire"),
            Sponsor("Chile"),
        ]
    )
    assert sponsors_line(meta) == (
        "Chile, Côte d’Ivoire, Mexico, Türkiye and State of Palestine: draft resolution"
    )
    meta.cover_notes = [CoverNote("sponsors", "Any changes to the list of sponsors …")]
    assert sponsors_line(meta).endswith("State of Palestine:* draft resolution")
    meta.body = Body.HUMAN_RIGHTS_COUNCIL
    assert sponsors_line(meta).startswith("Chile, Côte d’Ivoire, Mexico, Türkiye, State")
    assert sponsors_line(
        Metadata(sponsors=[Sponsor("Bulgaria")], symbol="A/C.1/80/L.29/Rev.1")
    ) == ("Bulgaria: revised draft resolution")


def test_sponsor_order_matches_the_member_states_file() -> None:
    import json

    from draftdesk.resources import resource_path

    states = json.loads(resource_path("member-states.json").read_text(encoding="utf-8"))
    members = [s["short_name_en"] for s in states if s["status"] == "member"]
    meta = Metadata(sponsors=[Sponsor(name) for name in reversed(members)])
    assert sponsors_line(meta) == ", ".join(members[:-1]) + f" and {members[-1]}: draft resolution"


def test_opening_formula_drops_the_comma_without_a_preamble() -> None:
    resolution = small_resolution()
    assert opening_formula(resolution) == "The General Assembly,"
    resolution.preambular = []
    assert opening_formula(resolution) == "The General Assembly"
    resolution.metadata.body = Body.SECURITY_COUNCIL
    assert opening_formula(resolution) == "The Security Council"


@pytest.mark.parametrize(
    ("body", "committee", "session", "symbol", "ok"),
    [
        (Body.GA_PLENARY, None, 62, "A/62/L.25", True),
        (Body.GA_PLENARY, None, 62, "A/62/L.25/Rev.1", True),
        (Body.GA_PLENARY, None, 62, "A/63/L.25", False),
        (Body.GA_COMMITTEE, 2, 80, "A/C.2/80/L.30", True),
        (Body.GA_COMMITTEE, 3, 80, "A/C.2/80/L.30", False),
        (Body.GA_EMERGENCY, None, 10, "A/ES-10/L.25", True),
        (Body.SECURITY_COUNCIL, None, None, "S/2022/443", True),
        (Body.SECURITY_COUNCIL, None, None, "A/62/L.25", False),
        (Body.ECOSOC, None, 2019, "E/2019/L.12", True),
        (Body.HUMAN_RIGHTS_COUNCIL, None, 34, "A/HRC/34/L.6", True),
        (Body.HUMAN_RIGHTS_COUNCIL, None, 34, "A/34/L.6", False),
        (Body.GA_PLENARY, None, 62, "draft 7", False),
    ],
)
def test_symbol_must_fit_the_body(
    body: Body, committee: int | None, session: int | None, symbol: str, ok: bool
) -> None:
    meta = Metadata(body=body, committee=committee, session=session, symbol=symbol)
    assert (symbol_problem(meta) is None) is ok
