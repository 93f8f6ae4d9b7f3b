"""Importing the plain text of resolutions: the corpus, the seed and bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path

import pytest

from draftdesk.errors import InputError
from draftdesk.importers import import_file, import_text
from draftdesk.model import (
    Body,
    FootnoteRef,
    ParagraphKind,
    Resolution,
    Text,
    derive,
    plain_text,
)
from draftdesk.model.derive import session_line
from tools.counts import structure_counts as counts

# Paths are set here, not taken from conftest: tests/gui has a conftest module of its own.
DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
SEED = DATA / "gfmd-draft-resolution-2007.txt"
EXPECTED = json.loads((CORPUS / "expected_counts.json").read_text(encoding="utf-8"))
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
SUP_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
FORMULA = re.compile(r"^The (General Assembly|Security Council)")


def expected(name: str) -> dict[str, object]:
    """Return the expected counts of one corpus file, restricted to what counts() gives."""
    keys = ("symbol", "preambular", "operative", "sub_alpha", "sub_roman", "footnotes",
            "asterisk_notes", "headings", "first_op_word", "last_op_word")
    return {key: EXPECTED[name][key] for key in keys}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_corpus_structure(path: Path) -> None:
    assert counts(import_file(path)) == expected(path.name)


def test_corpus_is_complete() -> None:
    assert len(CORPUS_FILES) == 14


def body_lines(path: Path) -> list[str]:
    """Return the body paragraphs of a corpus file as printed, markers as digits."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if FORMULA.match(line))
    out = []
    for line in lines[start + 1 :]:
        if line.startswith("__________________"):
            break
        if line.strip():
            out.append(line.replace("*", "").translate(SUP_TO_DIGIT))
    return out


def printed_lines(resolution: Resolution) -> list[str]:
    """Print every imported paragraph back as one line, as the corpus files have them."""
    derived = derive(resolution)
    out = []
    for _part, paragraph in resolution.walk():
        if paragraph.numeral:
            out.append(paragraph.numeral)
        out.append(plain_text(paragraph, derived))
    out.extend(resolution.metadata.closing_lines)
    return out


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_corpus_round_trip(path: Path) -> None:
    # Word for word, punctuation included: where a paragraph's ending departs from the one
    # the structure gives (S/2020/449 op 2 "…, shall" before its sub-paragraphs), the import
    # keeps it as the paragraph's explicit ending.
    assert printed_lines(import_file(path)) == body_lines(path)


def test_seed() -> None:
    resolution = import_file(SEED)
    meta = resolution.metadata
    assert meta.body is Body.GA_PLENARY
    assert meta.symbol == ""
    assert meta.distribution == "Limited"
    assert meta.date == dt.date(2007, 11, 30)
    assert meta.original_language == "English"
    assert meta.session == 62
    assert session_line(meta) == "Sixty-second session"
    assert [(a.number, a.title) for a in meta.agenda_items] == [
        ("116", "Follow-up to the outcome of the Millennium Summit")
    ]
    assert [s.name for s in meta.sponsors] == ["Ecuador", "Mexico"]
    assert meta.title == "Global Forum on Migration and Development"
    assert len(resolution.preambular) == 9
    assert len(resolution.operative) == 3
    first = resolution.operative[0]
    assert first.lead == "Recognizes"
    assert [derive(resolution).label(c.id) for c in first.children] == ["(a)", "(b)"]
    derived = derive(resolution)
    notes = [resolution.footnotes[i].plain_text for i in derived.footnote_order]
    assert notes == ["See resolution 60/1, paras. 61 and 62.", "A/60/871.", "A/61/515."]
    assert resolution.preambular[0].lead == "Recalling"
    assert resolution.operative[2].lead == "Requests"


def test_seed_round_trip() -> None:
    original = [
        line for line in body_lines(SEED) if not re.match(r"^\d+ ", line)
    ]
    assert printed_lines(import_file(SEED)) == original


def test_metadata_of_committee_draft_with_asterisk_symbol() -> None:
    meta = import_file(CORPUS / "05_A_C.3_80_L.29.txt").metadata
    assert meta.body is Body.GA_COMMITTEE
    assert meta.committee == 3
    assert meta.symbol == "A/C.3/80/L.29"
    assert [(a.number, a.sub_item) for a in meta.agenda_items] == [("71", "c")]
    assert len(meta.sponsors) == 41
    assert "Bosnia and Herzegovina" in [s.name for s in meta.sponsors]
    assert meta.cover_notes[0].anchor == "symbol"
    assert meta.cover_notes[0].text.startswith("Second reissue for technical reasons")


def test_metadata_observer_sponsor_and_sponsor_note() -> None:
    meta = import_file(CORPUS / "01_A_80_L.26.txt").metadata
    assert meta.sponsors[-1].name == "State of Palestine"
    assert meta.sponsors[-1].observer
    assert not any(s.observer for s in meta.sponsors[:-1])
    assert [n.anchor for n in meta.cover_notes] == ["sponsors"]


def test_metadata_fourth_committee_on_two_lines() -> None:
    meta = import_file(CORPUS / "06_A_C.4_80_L.19.txt").metadata
    assert meta.body is Body.GA_COMMITTEE
    assert meta.committee == 4


def test_metadata_submitted_by_chair() -> None:
    meta = import_file(CORPUS / "07_A_C.5_80_L.7.txt").metadata
    assert meta.sponsors == []
    assert meta.submitted_by == (
        "Draft resolution submitted by the Chair of the Committee following informal consultations"
    )


def test_metadata_adopted_resolution() -> None:
    meta = import_file(CORPUS / "09_A_RES_80_164.txt").metadata
    assert meta.adoption is not None
    assert meta.adoption.number == "80/164"
    assert meta.adoption.adopted_line == (
        "Resolution adopted by the General Assembly on 15 December 2025"
    )
    assert meta.adoption.report_line == "[on the report of the Sixth Committee (A/80/450, para. 9)]"
    assert meta.title.startswith("Report of the International Law Commission")
    assert meta.closing_lines == ["64th plenary meeting", "15 December 2025"]
    assert meta.distribution == "General"


def test_metadata_security_council() -> None:
    meta = import_file(CORPUS / "12_S_2021_523.txt").metadata
    assert meta.body is Body.SECURITY_COUNCIL
    assert meta.symbol == "S/2021/523"
    assert meta.date == dt.date(2021, 6, 3)
    assert len(meta.sponsors) == 30
    assert meta.title == ""
    assert meta.agenda_items == []


def test_reused_footnotes_map_to_one_note() -> None:
    resolution = import_file(CORPUS / "10_A_RES_73_7.txt")
    refs = [
        item.note_id
        for _part, paragraph in resolution.walk()
        for item in paragraph.content
        if isinstance(item, FootnoteRef)
    ]
    assert len(refs) == 11
    assert len(set(refs)) == 9
    assert len(resolution.footnotes) == 9


def test_quote_block_and_preambular_sub_items() -> None:
    resolution = import_file(CORPUS / "01_A_80_L.26.txt")
    quotes = [p for p in resolution.preambular if p.kind is ParagraphKind.QUOTE]
    assert len(quotes) == 1
    assert quotes[0].body_text.endswith("right to self-determination?")
    having = next(p for p in resolution.preambular if p.lead == "Having received")
    assert len(having.children) == 6
    assert len(having.children[0].children) == 6


def test_letter_i_after_h_stays_alphabetic() -> None:
    resolution = import_file(CORPUS / "02_A_80_L.15.txt")
    first = next(p for p in resolution.operative if p.kind is ParagraphKind.PARAGRAPH)
    assert len(first.children) == 9
    assert first.children[8].children == []
    assert len(first.children[1].children) == 2  # the roman (i), (ii) under (b)


def test_roman_items_directly_under_operative_paragraph() -> None:
    resolution = import_file(CORPUS / "14_S_2018_693.txt")
    derived = derive(resolution)
    op7 = next(p for p in resolution.operative if derived.info[p.id].label == "7.")
    assert op7.child_scheme == "(i)"
    assert [derived.label(c.id) for c in op7.children] == [
        "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"
    ]


def test_numbered_section_headings() -> None:
    resolution = import_file(CORPUS / "08_A_C.6_80_L.10.txt")
    headings = [p for p in resolution.operative if p.kind is ParagraphKind.HEADING]
    assert [h.numeral for h in headings][:3] == ["I", "II", "III"]
    assert headings[0].body_text == "Legislative activities"


def test_connector_is_kept_apart() -> None:
    resolution = import_file(CORPUS / "14_S_2018_693.txt")
    connectors = [p.connector for _part, p in resolution.walk() if p.connector]
    assert connectors and set(connectors) == {"and"}


def test_lead_phrases() -> None:
    text = "\n\n".join([
        "The General Assembly,",
        "Taking note of the report,",
        "Deeply concerned at the situation,",
        "Recalling also its resolution 1/1,",
        "Noting with grave concern also the reports,",
        "Guided by the Charter,",
        "Underlining, without prejudice, the need,",
        "1. Also requests the Secretary-General to report;",
        "2. Takes note with appreciation of the report;",
        "3. Calls upon all States to act;",
        "4. Expresses its very serious concern at the situation;",
        "5. Decides to remain seized of the matter.",
    ])
    resolution = import_text(text)
    assert [p.lead for p in resolution.preambular] == [
        "Taking note", "Deeply concerned", "Recalling also", "Noting with grave concern also",
        "Guided", "Underlining",
    ]
    assert [p.lead for p in resolution.operative] == [
        "Also requests", "Takes note with appreciation", "Calls upon",
        "Expresses its very serious concern", "Decides",
    ]
    assert resolution.preambular[5].content == [Text(", without prejudice, the need")]


def test_markdown_italics() -> None:
    text = "The General Assembly,\n\n1. *Decides* to act;¹\n\n2. *Also decides* to see *x*.\n\n" \
        "__________________\n¹ *Official Records*, Supplement No. 1."
    resolution = import_text(text)
    assert resolution.operative[0].lead == "Decides"
    assert resolution.operative[1].lead == "Also decides"
    assert Text("x", italic=True) in resolution.operative[1].content
    note = next(iter(resolution.footnotes.values()))
    assert note.content[0] == Text("Official Records", italic=True)


def test_single_unnumbered_operative_paragraph() -> None:
    text = "The Security Council,\n\nRecalling its resolutions,\n\nDecides to remain seized."
    resolution = import_text(text)
    assert len(resolution.preambular) == 1
    assert len(resolution.operative) == 1
    assert resolution.operative[0].lead == "Decides"


def test_no_resolution_found() -> None:
    with pytest.raises(InputError, match=r"^notes\.txt: no resolution found: expected an "
                       r"opening formula such as 'The General Assembly,' or numbered"):
        import_text("Shopping list\n\nEggs, milk", source="notes.txt")


def test_footnote_marker_without_text() -> None:
    text = "The General Assembly,\n\nRecalling its resolution,³\n\n1. Decides to act."
    with pytest.raises(InputError, match=r"^draft\.txt, line 3: footnote marker ³"):
        import_text(text, source="draft.txt")


def test_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("The General Assembly,\n\n1. D\xe9cide.".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not UTF-8 text \(byte 27, line 3\)"):
        import_file(path)


def test_file_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfThe General Assembly,\r\n\r\n1. Decides to act.\r\n")
    resolution = import_file(path)
    assert resolution.operative[0].lead == "Decides"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_file(tmp_path / "absent.txt")


HRC_DRAFT = """United Nations
A/HRC/34/L.6
General Assembly
Distr.: Limited
20 March 2017
Original: English

Human Rights Council
Thirty-fourth session
27 February–24 March 2017
Agenda item 4
Human rights situations that require the Council’s attention

Albania,* Australia,* Austria, Belgium and Türkiye: draft resolution

Situation of human rights in a country

The Human Rights Council,

Guided by the Charter of the United Nations,

1. Decides to extend the mandate;

2. Decides to remain seized of the matter.

__________________
* State not a member of the Human Rights Council.
"""


def test_human_rights_council_draft() -> None:
    resolution = import_text(HRC_DRAFT, source="hrc.txt")
    meta = resolution.metadata
    assert meta.body is Body.HUMAN_RIGHTS_COUNCIL
    assert meta.session == 34
    assert meta.session_dates == "27 February–24 March 2017"
    assert [s.name for s in meta.sponsors] == ["Albania", "Australia", "Austria", "Belgium",
                                               "Türkiye"]
    assert meta.cover_notes[0].anchor == "sponsors"
    assert meta.title == "Situation of human rights in a country"
    assert len(resolution.operative) == 2


def test_emergency_special_session_and_ecosoc() -> None:
    emergency = import_text(
        "United Nations\nA/ES-10/L.25\nGeneral Assembly\nDistr.: Limited\n1 June 2023\n"
        "Original: English\n\nTenth emergency special session\nAgenda item 5\n"
        "Illegal Israeli actions\n\nIreland: draft resolution\n\nA title\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n"
        "2. Decides to adjourn."
    ).metadata
    assert emergency.body is Body.GA_EMERGENCY
    assert emergency.session == 10
    assert session_line(emergency) == "Tenth emergency special session"
    ecosoc = import_text(
        "United Nations\nE/2019/L.12\nEconomic and Social Council\nDistr.: Limited\n"
        "5 June 2019\nOriginal: English\n\n2019 session\nAgenda item 18 (b)\nA topic\n\n"
        "Chile: draft resolution\n\nA title\n\nThe Economic and Social Council,\n\n"
        "Recalling its resolutions,\n\n1. Decides to act."
    ).metadata
    assert ecosoc.body is Body.ECOSOC
    assert ecosoc.session == 2019
    assert [(a.number, a.sub_item) for a in ecosoc.agenda_items] == [("18", "b")]


@pytest.mark.parametrize("path", [*CORPUS_FILES, SEED], ids=lambda p: p.name[:2])
def test_without_blank_lines(path: Path) -> None:
    """One paragraph a line but no blank lines between them: the same resolution."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").split("\n") if line.strip())
    plain = import_file(path)
    compact = import_text(text, source=path.name)
    assert printed_lines(compact) == printed_lines(plain)
    assert compact.metadata == plain.metadata


def test_body_without_cover_or_formula() -> None:
    text = (
        "Recalling its resolution 60/1,\n\n"
        "Noting the report,¹\n\n"
        "1. Decides to act;\n\n2. Requests a report.\n\n__________________\n¹ A/61/515."
    )
    resolution = import_text(text)
    assert [p.lead for p in resolution.preambular] == ["Recalling", "Noting"]
    assert [p.lead for p in resolution.operative] == ["Decides", "Requests"]
    assert resolution.metadata.title == ""


def test_committee_from_symbol_alone() -> None:
    text = "A/C.2/80/L.30\n\nThe General Assembly,\n\nRecalling it,\n\n1. Decides."
    meta = import_text(text).metadata
    assert meta.body is Body.GA_COMMITTEE
    assert meta.committee == 2


def test_unreadable_cover_line_names_source_and_line() -> None:
    text = (
        "Resolution adopted by the General Assembly on 1 June 2020\n"
        "Something odd\n\nThe General Assembly,\n\n1. Decides."
    )
    with pytest.raises(InputError, match=r"^res\.txt, line 2: cannot tell what 'Something odd'"):
        import_text(text, source="res.txt")


def test_footnote_text_without_marker() -> None:
    text = "The General Assembly,\n\n1. Decides to act.\n\n__________________\n¹ A/61/515."
    with pytest.raises(InputError, match=r"^x\.txt, line 6: footnote 1 is not referenced"):
        import_text(text, source="x.txt")


def test_paragraph_missing_its_comma_is_not_a_heading() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 60/1\n\nReporting\n\n"
        "Noting the report,\n\n1. Decides to act."
    )
    resolution = import_text(text)
    kinds = [(p.kind, p.lead) for p in resolution.preambular]
    assert kinds == [
        (ParagraphKind.PARAGRAPH, "Recalling"),
        (ParagraphKind.HEADING, ""),
        (ParagraphKind.PARAGRAPH, "Noting"),
    ]


def test_formula_without_paragraphs() -> None:
    with pytest.raises(InputError, match=r"^e\.txt, line 3: no paragraphs after the opening"):
        import_text("A title\n\nThe General Assembly,\n\n", source="e.txt")


def test_empty_text() -> None:
    with pytest.raises(InputError, match=r"^empty\.txt: no resolution found"):
        import_text("", source="empty.txt")


def test_security_council_provisional_draft() -> None:
    text = (
        "United Nations\nS/2024/100\nSecurity Council\nProvisional\n1 February 2024\n\n"
        "France: draft resolution\n\nThe Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to act;\n\n2. Decides to remain seized of the matter."
    )
    meta = import_text(text).metadata
    assert meta.distribution == "Provisional"
    assert meta.title == ""
    assert [s.name for s in meta.sponsors] == ["France"]


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ("1. Encourages further efforts by States;", "Encourages"),
        ("1. Decides further that the mandate ends;", "Decides further"),
        ("1. Draws the attention of States to the report;", "Draws the attention"),
        ("1. Also recalls with satisfaction the work;", "Also recalls with satisfaction"),
        ("1. Condemns in the strongest terms the attacks;", "Condemns in the strongest terms"),
    ],
)
def test_operative_leads(paragraph: str, lead: str) -> None:
    resolution = import_text(f"The General Assembly,\n\n{paragraph}\n\n2. Decides to act.")
    assert resolution.operative[0].lead == lead


def test_plain_digit_markers_as_word_saves_plain_text() -> None:
    """Word's plain-text export: markers as plain digits, notes numbered "1 text"."""
    text = (
        "The General Assembly,\n\n"
        "Recalling the 2005 World Summit Outcome,1\n\n"
        "Taking note of the report of the Secretary-General,2 and of paragraph 3 of its "
        "resolution 60/1,\n\n"
        "1. Decides to act on 3 June 2024;\n\n2. Requests a report.3\n\n"
        "__________________\n1 See resolution 60/1, paras. 61 and 62.\n2 A/60/871.\n"
        "3 A/61/515.\n"
    )
    resolution = import_text(text)
    derived = derive(resolution)
    assert [plain_text(p, derived) for p in resolution.preambular] == [
        "Recalling the 2005 World Summit Outcome,1",
        "Taking note of the report of the Secretary-General,2 and of paragraph 3 of its "
        "resolution 60/1,",
    ]
    assert resolution.operative[0].body_text == "to act on 3 June 2024"
    notes = [resolution.footnotes[i].plain_text for i in derived.footnote_order]
    assert notes == ["See resolution 60/1, paras. 61 and 62.", "A/60/871.", "A/61/515."]


@pytest.mark.parametrize("path", [*CORPUS_FILES, SEED], ids=lambda p: p.name[:2])
def test_wrapped_at_72_with_blank_lines(path: Path) -> None:
    """Paragraphs wrapped like an e-mail, blank lines between them: the same resolution."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        wrapped = textwrap.wrap(line, 72, break_on_hyphens=False, break_long_words=False)
        lines.extend(wrapped or [""])
    plain = import_file(path)
    mailed = import_text("\n".join(lines), source=path.name)
    assert printed_lines(mailed) == printed_lines(plain)
    assert mailed.metadata == plain.metadata


def test_file_in_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("The General Assembly,\r\n\r\n1. Décide.\r\n".encode("utf-16"))
    assert import_file(path).operative[0].body_text == "Décide"


def test_adopted_number_and_date_on_lines_of_their_own() -> None:
    text = (
        "A/RES/80/164\n\nResolution adopted by the General Assembly\non 15 December 2025\n\n"
        "[on the report of the Sixth Committee (A/80/450, para. 9)]\n\n80/164.\n"
        "Report of the International Law Commission\n\nThe General Assembly,\n\n"
        "1. Takes note of the report.\n\n64th plenary meeting\n15 December 2025\n"
    )
    meta = import_text(text).metadata
    assert meta.adoption is not None
    assert meta.adoption.adopted_line == (
        "Resolution adopted by the General Assembly on 15 December 2025"
    )
    assert meta.adoption.number == "80/164"
    assert meta.title == "Report of the International Law Commission"
    assert meta.closing_lines == ["64th plenary meeting", "15 December 2025"]


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Further welcoming the report of the Secretary-General,", "Further welcoming"),
        ("Gravely distressed by the humanitarian situation,", "Gravely distressed"),
        ("Remaining deeply concerned about the crisis,", "Remaining deeply concerned"),
    ],
)
def test_further_known_opening_phrases_are_leads(line: str, lead: str) -> None:
    resolution = import_text(f"The General Assembly,\n\n{line}\n\n1. Decides to act.")
    assert [p.lead for p in resolution.preambular] == [lead]


def test_an_unreferenced_footnote_names_where_its_marker_belongs() -> None:
    text = (
        "The General Assembly,\n\n*Recalling* its resolution 1,¹\n\n1. *Decides* to act;\n\n"
        "2. *Requests* a report.³\n\n__________________\n¹ A/1.\n² A/2.\n³ A/3."
    )
    with pytest.raises(
        InputError,
        match=r"^x\.txt, line 11: footnote 2 is not referenced anywhere in the text; its marker "
        r"² belongs between line 3 \(note 1\) and line 7 \(note 3\)$",
    ):
        import_text(text, source="x.txt")


def test_a_security_council_resolution_keeps_its_number_and_adoption_line() -> None:
    text = (
        "United Nations\nS/RES/2719 (2023)\nSecurity Council\nDistr.: General\n"
        "21 December 2023\n\nResolution 2719 (2023)\n"
        "Adopted by the Security Council at its 9512th meeting, on 21 December 2023\n\n"
        "The Security Council,\n\n*Recalling* its resolutions,\n\n"
        "1. *Decides* to remain seized of the matter.\n"
    )
    resolution = import_text(text)
    meta = resolution.metadata
    assert meta.symbol == "S/RES/2719 (2023)"
    assert meta.adoption is not None and meta.adoption.number == "2719 (2023)"
    assert meta.adoption.adopted_line == (
        "Adopted by the Security Council at its 9512th meeting, on 21 December 2023"
    )
    assert meta.title == ""
