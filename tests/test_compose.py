"""One composition: the printed document every output reads, and the Word file built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk.compose import (
    Options,
    Paper,
    PrintedDocument,
    Profile,
    Role,
    compose,
    no_break_text,
)
from draftdesk.export import ooxml
from draftdesk.export.docx import ROLE_STYLES, build_document
from draftdesk.importers import import_file
from draftdesk.model import derive
from draftdesk.model.document import Body
from tools import CORPUS, samples

R = Role


def roles(printed: PrintedDocument) -> list[Role]:
    return [block.role for block in printed.blocks]


def test_a_draft_composes_cover_paragraphs_and_ending_in_order() -> None:
    printed = compose(samples.committee_draft())
    assert roles(printed) == [
        R.SESSION, R.COMMITTEE, R.AGENDA, R.AGENDA_TITLE, R.SPONSORS, R.TITLE, R.FORMULA,
        R.PREAMBULAR, R.PREAMBULAR, R.QUOTE, R.PREAMBULAR,
        R.HEADING, R.OPERATIVE, R.SUBPARAGRAPH, R.SUBPARAGRAPH, R.SUBSUBPARAGRAPH,
        R.SUBSUBPARAGRAPH, R.HEADING, R.OPERATIVE, R.OPERATIVE, R.END_RULE,
    ]
    blocks = printed.blocks
    assert blocks[4].text == "Australia, Japan and State of Palestine:* draft resolution"
    assert [b.label for b in blocks[12:17]] == ["1.", "(a)", "(b)", "(i)", "(ii)"]
    assert blocks[11].text == "I\nLegislative work" and blocks[11].outline_level == 2
    # The symbol's asterisk note is anchored, unseen, at the start of the text.
    assert blocks[0].spans[0].hidden and blocks[0].text == "Eightieth session"
    assert blocks[6].spans[0].italic and blocks[6].text == "The General Assembly,"
    assert printed.masthead is not None and printed.masthead.symbol == "A/C.3/80/L.29*"
    assert printed.masthead.original == "Original: English"
    assert printed.running_head is not None and printed.running_head.symbol == "A/C.3/80/L.29"
    assert printed.cover() == blocks[:7]


def test_notes_asterisk_first_then_numbered_and_repeats_marked() -> None:
    printed = compose(samples.committee_draft())
    assert [n.mark for n in printed.all_notes()] == ["*", "*", "1", "2", "3"]
    assert printed.cover_notes[0].note_id == "*symbol"
    assert printed.notes[1].spans[0].italic  # the Official Records title
    citations = [(s.note_id, s.note_number, s.repeat) for b in printed.blocks for s in b.spans
                 if s.note_id]
    assert citations == [("*symbol", None, False), ("*sponsors", None, False),
                         ("c", 1, False), ("a", 2, False), ("b", 3, False), ("a", 2, True)]


def test_paper_follows_the_body_unless_chosen() -> None:
    assert compose(samples.human_rights_council()).paper is Paper.A4
    assert compose(samples.gfmd()).paper is Paper.LETTER
    assert compose(samples.gfmd(), Options(paper=Paper.A4)).paper is Paper.A4


def test_the_manuscript_profile_has_no_masthead_or_running_heads() -> None:
    printed = compose(samples.gfmd(), Options(profile=Profile.MANUSCRIPT))
    assert printed.masthead is None and printed.running_head is None
    assert roles(printed) == roles(compose(samples.gfmd()))


def test_a_decision_has_no_preamble_and_says_draft_decision() -> None:
    printed = compose(samples.decision())
    assert roles(printed)[:6] == [R.SESSION, R.COMMITTEE, R.AGENDA, R.AGENDA_TITLE,
                                  R.SPONSORS, R.TITLE]
    assert printed.blocks[4].text == "Iraq: draft decision"
    assert printed.blocks[6].role is R.FORMULA and printed.blocks[6].text == "The General Assembly"
    assert R.PREAMBULAR not in roles(printed)
    assert printed.blocks[7].label == "" and printed.blocks[7].text.endswith("item.")


def test_an_amendment_has_instructions_and_no_opening_formula() -> None:
    printed = compose(samples.amendment())
    assert R.FORMULA not in roles(printed) and R.TITLE not in roles(printed)
    sponsors = next(b for b in printed.blocks if b.role is R.SPONSORS)
    assert sponsors.text == "Egypt: amendment"
    operative = [b for b in printed.blocks if b.role is R.OPERATIVE]
    assert [b.label for b in operative] == ["1.", "2."]


def test_an_annex_prints_heading_title_preamble_and_numbered_paragraphs() -> None:
    printed = compose(samples.with_annex())
    annex = roles(printed)[roles(printed).index(R.ANNEX_HEADING):]
    assert annex == [R.ANNEX_HEADING, R.ANNEX_TITLE, R.ANNEX_PREAMBULAR, R.ANNEX_PARAGRAPH,
                     R.SUBPARAGRAPH, R.SUBPARAGRAPH, R.HEADING, R.ANNEX_PARAGRAPH, R.END_RULE]
    blocks = printed.blocks[-9:]
    assert blocks[0].text == "Annex" and blocks[0].outline_level == 1
    assert blocks[1].text == "Terms of reference of the Forum"
    assert [b.label for b in blocks[2:8]] == ["", "1.", "(a)", "(b)", "", "2."]
    # Annex text keeps its own punctuation; the note cited there again is a repeat.
    assert blocks[3].text == "The Forum meets once a year."
    assert [s.repeat for s in blocks[7].spans if s.note_id] == [True]


def test_an_adopted_resolution_has_no_original_and_italic_report_and_closing() -> None:
    printed = compose(samples.adopted())
    assert printed.masthead is not None and printed.masthead.original == ""
    assert roles(printed)[:6] == [R.SESSION, R.AGENDA, R.AGENDA_TITLE, R.ADOPTED, R.REPORT,
                                  R.RESOLUTION_TITLE]
    report, title = printed.blocks[4], printed.blocks[5]
    assert [(s.text, s.italic) for s in report.spans] == [
        ("[", False), ("on the report of the Sixth Committee (A/80/450, para. 9)", True),
        ("]", False)]
    assert title.label == "80/164." and title.text.startswith("Report of the International")
    closing = [b for b in printed.blocks if b.role is R.CLOSING]
    assert [b.text for b in closing] == ["64th plenary meeting", "15 December 2025"]
    assert all(span.italic for b in closing for span in b.spans)


def test_the_fourth_committee_breaks_before_its_short_name() -> None:
    resolution = samples.committee_draft()
    resolution.metadata.committee = 4
    committee = compose(resolution).blocks[1]
    assert committee.text == "Special Political and Decolonization Committee\n(Fourth Committee)"


def test_a_long_sponsors_line_keeps_draft_resolution_whole() -> None:
    printed = compose(samples.security_council())
    sponsors = printed.blocks[0]
    assert sponsors.role is R.SPONSORS
    assert sponsors.text == ("United Kingdom of Great Britain and Northern Ireland:\n"
                             "draft resolution")


def test_compose_reuses_the_derived_structure_it_is_given() -> None:
    resolution = samples.gfmd()
    derived = derive(resolution)
    assert compose(resolution, derived=derived).derived is derived
    assert compose(resolution).blocks == compose(resolution, derived=derived).blocks


# ---------------------------------------------------------------- the Word file reads it


def _word_paragraphs(resolution) -> list[tuple[str, str]]:
    """Return (style id, text) of every paragraph in the exported body."""
    body = build_document(resolution).element.body
    out = []
    for p in body.iter(ooxml.P):
        style = p.find(f"{ooxml.PPR}/{ooxml.PSTYLE}")
        out.append((style.get(ooxml.VAL) if style is not None else "",
                    ooxml.paragraph_text(p).replace("\n", "")))
    return out


def _expected_paragraphs(printed: PrintedDocument, council: bool = False) -> list[tuple[str, str]]:
    """Return what the Word body should hold for a composition, block by block."""
    out = []
    for block in printed.blocks:
        # A first citation of a numbered note is a footnote reference: no text of its own;
        # an asterisk note's reference is followed by its mark, a repeat by its number.
        text = "".join("\u200b" if s.hidden else no_break_text(s) for s in block.spans
                       if s.note_id is None or s.repeat or s.note_number is None)
        if block.role is not Role.HEADING:
            text = text.replace("\n", "")
        label = f"{block.label}\t" if block.label else ""
        if block.role is Role.RESOLUTION_TITLE:
            label = f"\t{label}"
        style = ROLE_STYLES[block.role]
        if block.role is Role.HEADING and "\n" in text:
            out += [(style, part) for part in block.text.split("\n")]
            continue
        if block.role is Role.SPONSORS and council:
            style = ROLE_STYLES[Role.TITLE]
        if block.role is Role.ANNEX_PARAGRAPH and not block.label:
            style = ROLE_STYLES[Role.PREAMBULAR]
        out.append((style, label + text))
    return out


@pytest.mark.parametrize("make", [samples.gfmd, samples.committee_draft, samples.adopted,
                                  samples.with_annex, samples.decision, samples.amendment,
                                  samples.human_rights_council])
def test_the_word_body_is_the_composition_block_by_block(make) -> None:
    resolution = make()
    council = resolution.metadata.body is Body.SECURITY_COUNCIL
    assert _word_paragraphs(resolution) == _expected_paragraphs(compose(resolution), council)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:2])
def test_every_corpus_text_exports_its_composition(path: Path) -> None:
    resolution = import_file(path)
    council = resolution.metadata.body is Body.SECURITY_COUNCIL
    assert _word_paragraphs(resolution) == _expected_paragraphs(compose(resolution), council)


def test_a_symbol_with_a_hyphen_is_a_no_break_span() -> None:
    resolution = import_file(CORPUS / "06_A_C.4_80_L.19.txt")
    symbols = [s.text for b in compose(resolution).blocks for s in b.spans if s.no_break]
    assert "ES-10/15" in symbols
    assert all("-" in text and "/" in text for text in symbols)
