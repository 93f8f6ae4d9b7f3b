"""Small resolutions built in code for unit tests."""

from __future__ import annotations

import datetime as dt

from draftdesk.model import (
    AgendaItem,
    Body,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Resolution,
    Sponsor,
    Text,
)


def para(lead: str, text: str, *children: Paragraph) -> Paragraph:
    """Return a paragraph with a lead, plain text and sub-paragraphs."""
    return Paragraph(lead=lead, content=[Text(text)], children=list(children))


def small_resolution() -> Resolution:
    """Return a GA draft with 2 preambular and 3 operative paragraphs, (a)/(b) and 2 notes."""
    notes = {"n1": Footnote("n1", [Text("A/60/871.")]), "n2": Footnote("n2", [Text("A/61/515.")])}
    pp1 = Paragraph("Recalling", [Text("the 2005 World Summit Outcome"), FootnoteRef("n1")])
    pp2 = para("Noting", "the convening of the First Meeting of the Global Forum")
    op1 = para(
        "Recognizes",
        "the need to enhance the efforts, and in this regard, requests",
        para("", "The Secretary-General to present an evaluation"),
        Paragraph("", [Text("The organizers to transmit the report"), FootnoteRef("n2")]),
    )
    op2 = para("Requests", "Member States to promote the discussion")
    op3 = para("Requests", "the Secretary-General to submit a report")
    meta = Metadata(
        body=Body.GA_PLENARY,
        symbol="A/62/L.25",
        date=dt.date(2007, 11, 30),
        session=62,
        agenda_items=[AgendaItem("116", "Follow-up to the outcome of the Millennium Summit")],
        sponsors=[Sponsor("Mexico"), Sponsor("Ecuador")],
        title="Global Forum on Migration and Development",
    )
    return Resolution(meta, [pp1, pp2], [op1, op2, op3], notes)
