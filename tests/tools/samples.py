"""Resolutions built in code for the export tests, independent of the importer."""

from __future__ import annotations

import datetime as dt

from draftdesk.model import (
    Adoption,
    AgendaItem,
    Annex,
    Body,
    CoverNote,
    CrossRef,
    DocumentKind,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    ResolutionPart,
    Sponsor,
    Text,
)


def _p(lead: str, *content: Text | FootnoteRef | CrossRef | str, children=(), pid=None,
       **kw) -> Paragraph:
    items = [Text(c) if isinstance(c, str) else c for c in content]
    para = Paragraph(lead=lead, content=items, children=list(children), **kw)
    if pid:
        para.id = pid
    return para


def gfmd() -> Resolution:
    """Return the seed draft of 2007 (Ecuador and Mexico), as the text file gives it."""
    notes = {
        "wso": Footnote("wso", [Text("See resolution 60/1, paras. 61 and 62.")]),
        "sg": Footnote("sg", [Text("A/60/871.")]),
        "pga": Footnote("pga", [Text("A/61/515.")]),
    }
    preamble = [
        _p("Recalling", "that the 2005 World Summit Outcome", FootnoteRef("wso"),
           " acknowledged the important nexus between international migration and development "
           "and the need to deal with the challenges and opportunities that migration presents "
           "and reaffirmed the resolve to take measures to ensure the respect for and protection "
           "of the human rights of migrants, migrant workers and members of their families"),
        _p("Considering", "that the report of the Secretary-General of 18 May 2006 on "
           "international migration and development,", FootnoteRef("sg"),
           " prepared pursuant to General Assembly resolutions 59/241 of 22 December 2004 and "
           "60/227 of 23 December 2005, highlighted the fact that, within the United Nations "
           "system, there is no entity mandated to systematically address all matters related "
           "to international migration"),
        _p("Recalling", "that Member States participating in the High-level Dialogue on "
           "International Migration and Development, held in New York on 14 and 15 September "
           "2006, expressed interest in continuing the dialogue on migration and development "
           "and, with that aim, welcomed the proposal of the Secretary-General to create a "
           "global forum to address, in depth and in a systematic manner, all topics related "
           "to international migration and development"),
        _p("Considering", "that the summary of the High-level Dialogue on International "
           "Migration and Development, as contained in a note by the President of the General "
           "Assembly,", FootnoteRef("pga"), " underlined the close link among migration, "
           "development and human rights, as well as that respect for the human rights and "
           "fundamental freedoms of all migrants was essential for taking advantage of the "
           "positive aspects of international migration"),
        _p("Recalling", "the importance of ensuring that the perspective on the human rights "
           "of migrants is included as a priority matter in the debates that are held in the "
           "United Nations system"),
        _p("Welcoming", "the outcomes of the First Meeting of the Global Forum on Migration and "
           "Development, held in Brussels from 9 to 11 July 2007 under the auspices of the "
           "Government of Belgium"),
        _p("Noting", "that the convening of the First Meeting of the Global Forum has already "
           "resulted in the establishment of an official focal point on migration and "
           "development at the national level"),
        _p("Recognizing", "that the outcomes of the First Meeting of the Global Forum will "
           "greatly contribute to the discussions at the Second Meeting of the Global Forum to "
           "be held in Manila in October 2008"),
        _p("Recognizing also", "that the Global Forum is an initiative of Member States that "
           "should be strengthened with the aim of addressing the multidimensional aspects of "
           "international migration and development with an integral approach"),
    ]
    operative = [
        _p("Recognizes", "the need to enhance the efforts to establish a closer link between "
           "the Global Forum on Migration and Development and the United Nations for mutual "
           "support of their contributions on the issue of international migration and "
           "development, and in this regard, requests", children=[
               _p("", "The Secretary-General to present, at the Second Meeting of the Global "
                  "Forum in 2008, an evaluation of the existing cooperation mechanisms on "
                  "migration and development, in order to promote a coherent discussion on the "
                  "migration phenomenon"),
               _p("", "The organizers of the Second Meeting of the Global Forum to transmit "
                  "the report of the meeting to the Secretary-General so that it may be "
                  "distributed to all Member States"),
           ]),
        _p("Requests", "Members States that participate in the Second Meeting of the Global "
           "Forum to promote the discussion on the human rights of migrants as a central topic "
           "in its agenda"),
        _p("Requests", "the Secretary-General to submit a report on the implementation of the "
           "present resolution to the General Assembly at its sixty-third session"),
    ]
    metadata = Metadata(
        body=Body.GA_PLENARY,
        symbol="A/62/L.25",
        date=dt.date(2007, 11, 30),
        session=62,
        agenda_items=[AgendaItem("116", "Follow-up to the outcome of the Millennium Summit")],
        sponsors=[Sponsor("Mexico"), Sponsor("Ecuador")],
        title="Global Forum on Migration and Development",
    )
    return Resolution(metadata, preamble, operative, notes)


def committee_draft() -> Resolution:
    """Return a Third Committee draft using every construct the writer knows."""
    notes = {
        "a": Footnote("a", [Text("Official Records of the General Assembly, Seventy-ninth "
                                 "Session, Supplement No. 53", italic=True),
                            Text(" (A/79/53).")]),
        "b": Footnote("b", [Text("A/80/123.")]),
        "c": Footnote("c", [Text("Resolution 217 A (III).")]),
    }
    target = _p("", "To report on progress", pid="target-a")
    preamble = [
        _p("Guided by", "the Charter of the United Nations", FootnoteRef("c")),
        _p("Having received", "the advisory opinion, in which the Court found that"),
        Paragraph(kind=ParagraphKind.QUOTE, content=[Text("“What are the obligations?”")]),
        _p("Recalling", "its resolution 79/1 and the report", FootnoteRef("a"), FootnoteRef("b")),
    ]
    operative = [
        Paragraph(kind=ParagraphKind.HEADING, numeral="I", content=[Text("Legislative work")]),
        _p("Condemns", "the ", Text("ongoing", italic=True), " violations", children=[
            target,
            _p("", "To cooperate", children=[_p("", "fully"), _p("", "promptly")]),
        ]),
        Paragraph(kind=ParagraphKind.HEADING, content=[Text("Follow-up")]),
        _p("Recalls", "the report", FootnoteRef("a"), " and ", CrossRef("target-a"),
           " above", connector=""),
        _p("Decides", "to remain seized of the matter"),
    ]
    metadata = Metadata(
        body=Body.GA_COMMITTEE,
        committee=3,
        symbol="A/C.3/80/L.29",
        date=dt.date(2025, 11, 4),
        session=80,
        agenda_items=[AgendaItem("71", "Promotion and protection of human rights", "c")],
        sponsors=[Sponsor("Japan"), Sponsor("Australia"), Sponsor("State of Palestine",
                                                                    observer=True)],
        title="Situation of human rights",
        cover_notes=[CoverNote("symbol", "Reissued for technical reasons on 12 November 2025."),
                     CoverNote("sponsors", "Any changes to the list of sponsors will be "
                               "reflected in the official record.")],
    )
    return Resolution(metadata, preamble, operative, notes)


def security_council() -> Resolution:
    """Return a short Security Council draft: no session block and no title."""
    metadata = Metadata(
        body=Body.SECURITY_COUNCIL,
        symbol="S/2022/443",
        distribution="General",
        date=dt.date(2022, 6, 3),
        sponsors=[Sponsor("United Kingdom of Great Britain and Northern Ireland")],
    )
    preamble = [_p("Reaffirming", "all its previous resolutions")]
    operative = [_p("Decides", "to extend the mandate"),
                 _p("Decides", "to remain actively seized of the matter")]
    return Resolution(metadata, preamble, operative, {})


def human_rights_council() -> Resolution:
    """Return a Human Rights Council draft (A4 paper)."""
    metadata = Metadata(
        body=Body.HUMAN_RIGHTS_COUNCIL,
        symbol="A/HRC/34/L.6",
        date=dt.date(2017, 3, 20),
        session=34,
        session_dates="27 February–24 March 2017",
        agenda_items=[AgendaItem("3", "Promotion and protection of all human rights")],
        sponsors=[Sponsor("Brazil"), Sponsor("Portugal")],
        title="The right to food",
    )
    preamble = [_p("Recalling", "all previous resolutions")]
    operative = [_p("Reaffirms", "the right to food"), _p("Decides", "to continue")]
    return Resolution(metadata, preamble, operative, {})


def adopted() -> Resolution:
    """Return an adopted General Assembly resolution with its closing lines."""
    metadata = Metadata(
        body=Body.GA_PLENARY,
        symbol="A/RES/80/164",
        distribution="General",
        date=dt.date(2025, 12, 19),
        session=80,
        original_language="",
        agenda_items=[AgendaItem("79", "Report of the International Law Commission")],
        title="Report of the International Law Commission on the work of its "
              "seventy-sixth session",
        adoption=Adoption("Resolution adopted by the General Assembly on 15 December 2025",
                          "[on the report of the Sixth Committee (A/80/450, para. 9)]",
                          "80/164"),
        closing_lines=["64th plenary meeting", "15 December 2025"],
    )
    preamble = [_p("Having considered", "the report")]
    operative = [_p("Takes note", "of the report"), _p("Recommends", "further work")]
    return Resolution(metadata, preamble, operative, {})


def large(preambular: int = 100, operative: int = 300, subs: int = 600,
          notes: int = 150) -> Resolution:
    """Return a generated long draft for the speed benchmark."""
    sentence = ("the importance of international cooperation for sustainable development, "
                "including through capacity-building and the transfer of technology on "
                "mutually agreed terms")
    footnotes = {f"n{i}": Footnote(f"n{i}", [Text(f"A/80/{100 + i}, para. {i}.")])
                 for i in range(notes)}
    note_ids = iter(footnotes)
    paragraphs = preambular + operative + subs
    every = max(1, paragraphs // max(1, notes))
    count = 0

    def content() -> list[Text | FootnoteRef]:
        nonlocal count
        count += 1
        items: list[Text | FootnoteRef] = [Text(sentence)]
        if count % every == 0:
            note = next(note_ids, None)
            if note is not None:
                items.append(FootnoteRef(note))
        return items

    pp = [Paragraph(lead="Recalling", content=content()) for _ in range(preambular)]
    ops = [Paragraph(lead="Requests", content=content()) for _ in range(operative)]
    per = subs // max(1, operative)
    extra = subs - per * operative
    for index, op in enumerate(ops):
        for _ in range(per + (1 if index < extra else 0)):
            op.children.append(Paragraph(content=content()))
    metadata = Metadata(body=Body.GA_PLENARY, symbol="A/80/L.99", date=dt.date(2025, 12, 1),
                        session=80, agenda_items=[AgendaItem("20", "Sustainable development")],
                        sponsors=[Sponsor("Chile"), Sponsor("Mexico")], title="A long draft")
    return Resolution(metadata, pp, ops, footnotes)


def with_annex() -> Resolution:
    """Return a plenary draft with an annex: heading, title, preamble, numbered paragraphs."""
    resolution = gfmd()
    resolution.annexes = [Annex(
        heading="Annex",
        title="Terms of reference of the Forum",
        preamble=[_p("", "The participants in the Forum agree as follows:")],
        paragraphs=[
            _p("", "The Forum meets once a year.", children=[_p("", "in New York;"),
                                                            _p("", "in Geneva.")]),
            Paragraph(kind=ParagraphKind.HEADING, numeral="II", content=[Text("Reports")]),
            _p("", "The Forum reports to the General Assembly.", FootnoteRef("sg")),
        ],
    )]
    return resolution


def decision() -> Resolution:
    """Return a draft decision: no preamble, one operative paragraph."""
    metadata = Metadata(
        body=Body.GA_COMMITTEE, committee=2, symbol="A/C.2/80/L.5", date=dt.date(2025, 10, 9),
        session=80, agenda_items=[AgendaItem("18", "Macroeconomic policy questions")],
        sponsors=[Sponsor("Iraq")], title="Programme of work",
    )
    operative = [_p("", "The General Assembly decides to defer consideration of the item")]
    return Resolution(metadata, [], operative, {}, kind=DocumentKind.DECISION)


def amendment() -> Resolution:
    """Return an amendment to a draft: numbered instructions, no opening formula."""
    metadata = Metadata(
        body=Body.GA_COMMITTEE, committee=3, symbol="A/C.3/80/L.60", date=dt.date(2025, 11, 14),
        session=80, agenda_items=[AgendaItem("71", "Promotion and protection of human rights",
                                             "b")],
        sponsors=[Sponsor("Egypt")],
    )
    operative = [_p("", "Operative paragraph 5: delete the words “in all cases”"),
                 _p("", "Operative paragraph 7: replace “urges” with “encourages”")]
    return Resolution(metadata, [], operative, {}, kind=DocumentKind.AMENDMENT)


def in_parts() -> Resolution:
    """Return a Fifth Committee text in two parts (A, B), each with its formula and notes."""
    notes = {
        "icsc": Footnote("icsc", [Text("Official Records of the General Assembly, Eightieth "
                                       "Session, Supplement No. 30", italic=True),
                                  Text(" (A/80/30).")]),
        "sg": Footnote("sg", [Text("A/80/310.")]),
        "acabq": Footnote("acabq", [Text("A/80/491.")]),
    }
    metadata = Metadata(
        body=Body.GA_COMMITTEE, committee=5, symbol="A/C.5/80/L.17", date=dt.date(2025, 12, 24),
        session=80, agenda_items=[AgendaItem("144", "United Nations common system")],
        submitted_by="Draft resolution submitted by the Chair of the Committee following "
                     "informal consultations",
        title="United Nations common system",
    )
    preamble = [
        _p("Recalling", "its resolutions 44/198 of 21 December 1989 and 79/252 A and B"),
        _p("Having considered", "the report of the International Civil Service Commission "
           "for the year 2025", FootnoteRef("icsc")),
    ]
    operative = [
        _p("Takes note with appreciation", "of the work of the Commission"),
        Paragraph(kind=ParagraphKind.HEADING, numeral="I",
                  content=[Text("Conditions of service applicable to both categories of staff")]),
        _p("Requests", "the Commission to report thereon", children=[
            _p("", "in its next report"), _p("", "at the eighty-first session")]),
        _p("Decides", "to revert to the matter", pid="a-last"),
    ]
    part_b = ResolutionPart(
        letter="B",
        preambular=[_p("Having considered", "the report of the Secretary-General",
                       FootnoteRef("sg"), " and the related report of the Advisory Committee",
                       FootnoteRef("acabq"))],
        operative=[
            _p("Takes note", "of the report of the Secretary-General"),
            _p("Endorses", "the conclusions of the Advisory Committee, recalling ",
               CrossRef("a-last"), pid="b-last"),
        ],
    )
    return Resolution(metadata, preamble, operative, notes, part_letter="A",
                      further_parts=[part_b])


def ecosoc() -> Resolution:
    """Return an Economic and Social Council draft (its session is the year)."""
    metadata = Metadata(
        body=Body.ECOSOC, symbol="E/2025/L.12", date=dt.date(2025, 7, 18), session=2025,
        agenda_items=[AgendaItem("12", "Coordination, programme and other questions", "c")],
        sponsors=[Sponsor("Kenya"), Sponsor("Canada")],
        title="Mainstreaming a gender perspective into all policies and programmes in the "
              "United Nations system",
    )
    preamble = [_p("Reaffirming", "its agreed conclusions 1997/2"),
                _p("Recalling", "its resolution 2024/5")]
    operative = [_p("Requests", "the United Nations system to continue its work"),
                 _p("Decides", "to consider the question at its 2026 session")]
    return Resolution(metadata, preamble, operative, {})


def revised() -> Resolution:
    """Return a revised draft (/Rev.1): its sponsors line reads "revised draft resolution"."""
    resolution = committee_draft()
    resolution.metadata.symbol = "A/C.3/80/L.29/Rev.1"
    resolution.metadata.cover_notes = []
    return resolution
