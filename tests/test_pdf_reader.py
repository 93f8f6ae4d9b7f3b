"""Reading official UN PDFs: structure, italics, footnotes, document kinds and bad files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from draftdesk.errors import InputError
from draftdesk.importers import import_file
from draftdesk.model import FootnoteRef, ParagraphKind, Resolution, Text, derive
from draftdesk.model.document import DocumentKind
from tools.counts import structure_counts

DATA = Path(__file__).parent / "data"
PDFS = DATA / "pdfs"
CORPUS = DATA / "corpus"
CORPUS_EXPECTED = json.loads((CORPUS / "expected_counts.json").read_text(encoding="utf-8"))
MORE_EXPECTED = json.loads((PDFS / "expected.json").read_text(encoding="utf-8"))
CORPUS_PDFS = sorted(PDFS.glob("[01]*.pdf"))
MORE_PDFS = sorted(PDFS / name for name in MORE_EXPECTED if name.endswith(".pdf"))
COUNT_KEYS = ("preambular", "operative", "sub_alpha", "sub_roman", "footnotes",
              "asterisk_notes", "headings", "first_op_word", "last_op_word")


def counts(resolution: Resolution) -> dict[str, object]:
    """Count the structure the way the expected files do (the whole document, annexes too)."""
    found = structure_counts(resolution)
    return {key: found[key] for key in COUNT_KEYS}


def corpus_text(pdf: Path) -> Path:
    return CORPUS / f"{pdf.stem}.txt"


@pytest.mark.parametrize("pdf", CORPUS_PDFS, ids=lambda p: p.name[:2])
def test_corpus_pdfs_have_the_expected_structure(pdf: Path) -> None:
    resolution = import_file(pdf)
    expected = CORPUS_EXPECTED[corpus_text(pdf).name]
    assert counts(resolution) == {key: expected[key] for key in COUNT_KEYS}
    symbol = resolution.metadata.symbol + (
        "*" if any(n.anchor == "symbol" for n in resolution.metadata.cover_notes) else ""
    )
    assert symbol == expected["symbol"]
    assert resolution.import_notes == []


@pytest.mark.parametrize("pdf", MORE_PDFS, ids=lambda p: p.stem)
def test_further_pdfs_have_the_structure_read_from_their_pages(pdf: Path) -> None:
    resolution = import_file(pdf)
    expected = MORE_EXPECTED[pdf.name]
    assert counts(resolution) == {key: expected[key] for key in COUNT_KEYS}
    assert resolution.metadata.symbol == expected["symbol"]
    assert resolution.kind.value == expected["kind"]
    annexes = [
        {
            "heading": annex.heading,
            "title": annex.title,
            "numbered": sum(1 for p in annex.paragraphs if p.kind is ParagraphKind.PARAGRAPH),
            "unnumbered": len(annex.preamble),
        }
        for annex in resolution.annexes
    ]
    assert annexes == expected["annexes"]
    assert resolution.part_letter == expected.get("part_letter", "")
    parts = []
    for part in resolution.further_parts:
        operative = [p for p in part.operative if p.kind is ParagraphKind.PARAGRAPH]
        parts.append({
            "letter": part.letter,
            "title": part.title,
            "preambular": sum(1 for p in part.preambular if p.kind is ParagraphKind.PARAGRAPH),
            "operative": len(operative),
            "first_op_word": operative[0].lead.split()[0] if operative else "",
            "last_op_word": operative[-1].lead.split()[0] if operative else "",
        })
    assert parts == expected.get("parts", [])
    if "adoption" in expected:
        adoption = resolution.metadata.adoption
        assert adoption is not None
        assert {
            "number": adoption.number,
            "adopted_line": adoption.adopted_line,
            "report_line": adoption.report_line,
        } == expected["adoption"]
        assert resolution.metadata.closing_lines == expected["closing_lines"]
    italic = {
        run.text
        for note in resolution.footnotes.values()
        for run in note.content
        if run.italic
    }
    assert set(expected["italic_in_footnotes"]) <= italic


def test_the_test_set_has_at_least_twenty_official_pdfs() -> None:
    assert len(CORPUS_PDFS) == 14
    assert len(CORPUS_PDFS) + len(MORE_PDFS) >= 20


@pytest.mark.parametrize("pdf", CORPUS_PDFS, ids=lambda p: p.name[:2])
def test_corpus_pdfs_read_the_same_words_and_footnotes_as_the_corpus_texts(pdf: Path) -> None:
    from_pdf = import_file(pdf)
    from_text = import_file(corpus_text(pdf))

    def words(resolution: Resolution) -> list[str]:
        derived = derive(resolution)
        out = []
        for _part, paragraph in resolution.walk():
            marks = [
                str(derived.footnote_numbers[item.note_id])
                for item in paragraph.content
                if isinstance(item, FootnoteRef)
            ]
            text = f"{paragraph.lead} {paragraph.body_text}".split()
            out.append(" ".join(text) + " |" + ",".join(marks))
        return out

    def notes(resolution: Resolution) -> list[str]:
        derived = derive(resolution)
        return [resolution.footnotes[i].plain_text for i in derived.footnote_order]

    assert words(from_pdf) == words(from_text)
    assert notes(from_pdf) == notes(from_text)
    meta_pdf, meta_text = from_pdf.metadata, from_text.metadata
    assert (meta_pdf.title, meta_pdf.sponsors, meta_pdf.agenda_items, meta_pdf.date) == (
        meta_text.title, meta_text.sponsors, meta_text.agenda_items, meta_text.date
    )
    assert [n.text for n in meta_pdf.cover_notes] == [n.text for n in meta_text.cover_notes]


# The italic title runs to the session (or year) and supplement, never into the symbol.
OFFICIAL_RECORDS = re.compile(
    r"^Official Records of the (?:General Assembly|Security Council|Economic and Social "
    r"Council|Human Rights Council), (?:[A-Z][\w-]+(?: [A-Z][\w-]+)? (?:Session|Year)|\d{4})"
    r"[^()]*$"
)


@pytest.mark.parametrize("pdf", CORPUS_PDFS[:10], ids=lambda p: p.name[:2])
def test_official_records_titles_in_footnotes_are_italic(pdf: Path) -> None:
    resolution = import_file(pdf)
    seen = 0
    for note in resolution.footnotes.values():
        for index, run in enumerate(note.content):
            at = run.text.find("Official Records of the")
            if at < 0:
                continue
            seen += 1
            assert run.italic and OFFICIAL_RECORDS.match(run.text), note.plain_text
            assert index + 1 == len(note.content) or not note.content[index + 1].italic
    notes = resolution.footnotes.values()
    titled = sum(note.plain_text.count("Official Records of the") for note in notes)
    assert seen == titled


def test_italic_spans_in_text_and_footnotes_follow_the_pdf_fonts() -> None:
    resolution = import_file(PDFS / "03_A_C.1_80_L.29.pdf")
    derived = derive(resolution)
    first = resolution.footnotes[derived.footnote_order[0]]
    assert first.content == [
        Text("United Nations, "),
        Text("Treaty Series", italic=True),
        Text(", vol. 1342, No. 22495."),
    ]
    leads = [p.lead for p in resolution.preambular]
    assert leads[:3] == ["Recalling", "Recalling with satisfaction", "Welcoming"]
    # Where the PDF's italics differ from the standard phrase, the PDF decides the lead.
    l15 = import_file(PDFS / "02_A_80_L.15.pdf")
    assert "Reaffirming its deep concern" in [p.lead for p in l15.preambular]


def test_a_footnote_marker_after_a_number_is_told_apart_by_its_size() -> None:
    # "Agenda 21," followed by note 2: plain text reads "Agenda 21,2".
    resolution = import_file(PDFS / "A_RES_79_202.pdf")
    derived = derive(resolution)
    found = []
    for _part, paragraph in resolution.walk():
        for item, following in zip(paragraph.content, paragraph.content[1:], strict=False):
            if isinstance(item, Text) and item.text.endswith("Agenda 21,") and isinstance(
                following, FootnoteRef
            ):
                found.append(derived.footnote_numbers[following.note_id])
    assert found[:2] == [2, 3]
    # A year followed by a marker: "… 2024²" in A/80/L.26.
    l26 = import_file(PDFS / "01_A_80_L.26.pdf")
    texts = [p for _, p in l26.walk() if "2024" in p.body_text]
    assert any(
        isinstance(item, Text) and item.text.endswith("2024") and isinstance(nxt, FootnoteRef)
        for p in texts
        for item, nxt in zip(p.content, p.content[1:], strict=False)
    )


def test_repeated_citations_of_a_note_share_one_footnote() -> None:
    resolution = import_file(PDFS / "10_A_RES_73_7.pdf")
    references = [
        item.note_id
        for _part, paragraph in resolution.walk()
        for item in paragraph.content
        if isinstance(item, FootnoteRef)
    ]
    assert len(references) == 11 and len(set(references)) == 9


def test_an_adopted_resolution_keeps_its_heading_block_and_closing_lines() -> None:
    resolution = import_file(PDFS / "09_A_RES_80_164.pdf")
    adoption = resolution.metadata.adoption
    assert adoption is not None
    assert adoption.number == "80/164"
    assert adoption.adopted_line == "Resolution adopted by the General Assembly on 15 December 2025"
    assert adoption.report_line == "[on the report of the Sixth Committee (A/80/450, para. 9)]"
    assert resolution.metadata.closing_lines == ["64th plenary meeting", "15 December 2025"]
    assert resolution.metadata.title.startswith("Report of the International Law Commission")


def test_a_draft_decision_is_a_decision_with_one_paragraph() -> None:
    resolution = import_file(PDFS / "A_C.1_80_L.39.pdf")
    assert resolution.kind is DocumentKind.DECISION
    assert resolution.preambular == []
    (paragraph,) = resolution.operative
    assert paragraph.body_text.startswith("recalling its resolution 78/28 of 4 December 2023")
    assert paragraph.body_text.endswith("nuclear explosive devices”")
    assert resolution.metadata.sponsors[0].name == "Canada"
    assert resolution.metadata.title.startswith("Treaty banning the production")


def test_an_amendment_says_so_and_keeps_its_instructions() -> None:
    resolution = import_file(PDFS / "A_80_L.29.pdf")
    assert resolution.kind is DocumentKind.AMENDMENT
    assert [s.name for s in resolution.metadata.sponsors] == ["Brazil"]
    texts = [p.body_text for p in resolution.operative]
    assert texts[0] == "Replace operative paragraph 200 with the following text:"
    assert texts[1].startswith("Welcomes, in this regard, the convening")
    assert all(p.kind is ParagraphKind.QUOTE for p in resolution.operative)
    assert any("amendment to draft resolution A/80/L.22" in n.message
               for n in resolution.import_notes)


def test_annexes_have_their_heading_title_and_own_numbering() -> None:
    resolution = import_file(PDFS / "A_RES_79_81.pdf")
    (annex,) = resolution.annexes
    assert annex.heading == "Annex"
    assert annex.title.startswith("Modalities for the High-level International Conference")
    derived = derive(resolution)
    labels = [derived.info[p.id].label for p in annex.paragraphs]
    assert labels[:3] == ["1.", "2.", "3."] and labels[-1] == "12."
    # The body's operative numbering is separate: it ends at 20.
    assert derived.info[resolution.operative[-1].id].label == "20."


def test_a_text_in_parts_reads_each_part_with_its_own_numbering_and_notes() -> None:
    resolution = import_file(PDFS / "A_C.5_80_L.17.pdf")
    assert resolution.metadata.title == "United Nations common system"
    assert resolution.part_letter == "A"
    assert resolution.annexes == []
    assert not any("in parts" in note.message for note in resolution.import_notes)
    (part_b,) = resolution.further_parts
    assert part_b.letter == "B"
    derived = derive(resolution)
    # Part B numbers its paragraphs afresh and ends with a full stop, as part A does.
    assert [derived.info[p.id].label for p in part_b.operative] == ["1.", "2."]
    assert derived.info[part_b.operative[-1].id].end == "."
    assert derived.info[resolution.operative[-1].id].end == "."
    assert [p.lead for p in part_b.preambular] == ["Having considered"]
    # Its footnotes go on from part A's: 3 and 4.
    notes = [item.note_id for p in part_b.preambular for item in p.content
             if isinstance(item, FootnoteRef)]
    assert [derived.footnote_numbers[n] for n in notes] == [3, 4]
    assert resolution.footnotes[notes[0]].plain_text == "A/80/310."
    # Its Fifth Committee sections hold unnumbered paragraphs ("Approves, with effect …").
    unnumbered = [n for n in resolution.import_notes if "unnumbered block" in n.message]
    assert len(unnumbered) == 5
    first = resolution.find(unnumbered[0].paragraph_id)
    assert first is not None and first.body_text.startswith("Approves, with effect from")
    # Section B of part A numbers its paragraphs from 1 again; the draft cannot, and says so.
    # Part B's own 1. is no such restart.
    (restart,) = [n for n in resolution.import_notes if "starts again at 1." in n.message]
    paragraph = resolution.find(restart.paragraph_id)
    assert paragraph is not None and paragraph.lead == "Reaffirms"
    assert "numbers this paragraph 16." in restart.message


def test_cli_outline_and_import_read_a_pdf(tmp_path: Path) -> None:
    pdf = PDFS / "11_S_2022_443.pdf"
    result = _run("outline", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["symbol"] == "S/2022/443" and len(data["operative"]) == 3
    assert data["import_notes"] == []
    output = tmp_path / "s.draftdesk"
    result = _run("import", str(pdf), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert output.exists()
    docx = tmp_path / "s.docx"
    result = _run("export", str(pdf), "-o", str(docx))
    assert result.returncode == 0, result.stderr
    from draftdesk.importers import import_docx

    exported = import_docx(docx)
    assert exported.metadata.symbol == "S/2022/443"
    assert [p.lead for p in exported.operative] == ["Decides", "Requests", "Decides"]


# ------------------------------------------------------------------ bad files


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "draftdesk", *args], capture_output=True, text=True, timeout=60
    )


def _image_only_pdf(path: Path) -> None:
    """Write a one-page PDF holding only a picture of a page, as a scanner makes."""
    source = pdfium.PdfDocument(PDFS / "11_S_2022_443.pdf")
    bitmap = source[0].render(scale=0.5)
    document = pdfium.PdfDocument.new()
    page = document.new_page(612, 792)
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(612, 792))
    page.insert_obj(image)
    page.gen_content()
    document.save(path)


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    truncated = tmp_path / "truncated.pdf"
    data = (PDFS / "03_A_C.1_80_L.29.pdf").read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\nthis is not a PDF at all\n%%EOF\n")
    image = tmp_path / "scan.pdf"
    _image_only_pdf(image)
    return {
        "encrypted": (DATA / "pdfs_bad" / "encrypted.pdf", "encrypted with a password"),
        "truncated": (truncated, "truncated or damaged"),
        "not a pdf": (fake, "not a readable PDF"),
        "image only": (image, "page 1: the page has only an image (a scan?)"),
    }


@pytest.mark.parametrize("case", ["encrypted", "truncated", "not a pdf", "image only"])
def test_bad_pdfs_stop_with_one_line_and_write_nothing(tmp_path: Path, case: str) -> None:
    path, message = _bad_files(tmp_path)[case]
    with pytest.raises(InputError, match=re.escape(message)) as raised:
        import_file(path)
    assert str(path) in str(raised.value)
    output = tmp_path / "out.draftdesk"
    result = _run("import", str(path), "-o", str(output))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"draftdesk: error: {path}")
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert not output.exists()
    docx = tmp_path / "out.docx"
    assert _run("export", str(path), "-o", str(docx)).returncode == 2
    assert not docx.exists()


def test_size_and_page_limits_are_named_in_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from draftdesk.importers.pdf import chars

    monkeypatch.setattr(chars, "MAX_PAGES", 3)
    with pytest.raises(InputError, match="has 7 pages; DraftDesk reads resolutions of up to 3"):
        import_file(PDFS / "09_A_RES_80_164.pdf")
    monkeypatch.setattr(chars, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match=r"PDF too large .* up to 0 MB"):
        import_file(PDFS / "11_S_2022_443.pdf")


def test_an_unknown_footnote_marker_names_the_page(tmp_path: Path) -> None:
    from draftdesk.importers.pdf import structure

    with pytest.raises(InputError, match=r"\.pdf, page 2: footnote marker ² \(2\) has no footnote"):
        structure._run_text_importer(
            "A/80/L.1\n\nThe General Assembly,\n\n*Recalling* its resolution,²\n",
            "x.pdf",
            {5: 2},
        )


# ------------------------------------------------------------------ import notes


def _line(page: int, text: str, x0: float, baseline: float, italic_words: int = 0) -> object:
    """Build a 10-point line of characters, its first words in italics."""
    from draftdesk.importers.pdf.chars import Char, TextLine

    chars = []
    x = x0
    word = 0
    for ch in text:
        if ch == " ":
            word += 1
        italic = word < italic_words and ch != " "
        chars.append(Char(ch, x, x + 4.5, baseline, 10.0, italic, False))
        x += 5.0
    return TextLine(page, chars, baseline, 10.0)


def test_a_page_break_judged_from_the_indent_alone_becomes_an_import_note() -> None:
    from draftdesk.importers.pdf.chars import PdfPage
    from draftdesk.importers.pdf.layout import take_apart
    from draftdesk.importers.pdf.structure import build

    first = PdfPage(1, 612, 792, [
        _line(1, "The General Assembly,", 147, 400, italic_words=3),
        _line(1, "Recalling its resolution 1,", 147, 382, italic_words=1),
        _line(1, "1. Decides to act as follows;", 147, 364),
    ])
    # Page 2 opens with a plain line at the first-line indent after a one-line paragraph:
    # nothing but the indent says it is a new (unnumbered) paragraph.
    second = PdfPage(2, 612, 792, [
        _line(2, "The text of this paragraph is printed here.", 147, 700),
        _line(2, "2. Requests a report.", 147, 682),
    ])
    resolution = build(take_apart([first, second]), "x.pdf")
    notes = resolution.import_notes
    assert [n.message for n in notes] == [
        "the first line of page 2 starts a new paragraph: judged from its indent alone",
        "an unnumbered paragraph among the operative paragraphs is kept as an unnumbered "
        "block; check whether it is a heading, a quotation or a paragraph of its own",
    ]
    assert notes[0].paragraph_id == notes[1].paragraph_id
    paragraph = resolution.find(notes[0].paragraph_id)
    assert paragraph is not None and paragraph.body_text.startswith("The text of this paragraph")


def test_italic_spans_are_marked_exactly_even_inside_a_word() -> None:
    from draftdesk.importers.pdf.structure import _mark_italics
    from draftdesk.importers.text import ITALIC_END, ITALIC_START, import_text

    tokens = [(ch, True) for ch in "Agenda"] + [(ch, False) for ch in "s and more"]
    marked = _mark_italics(tokens)
    assert marked == f"{ITALIC_START}Agenda{ITALIC_END}s and more"
    resolution = import_text(f"The General Assembly,\n\n1. Notes the {marked}.")
    assert resolution.operative[0].content[1:3] == [Text("Agenda", italic=True),
                                                    Text("s and more")]
    # A label's full stop set in italics, as in A/C.2/80/L.3, stays out of the lead.
    spaced = [("3", False)] + [(ch, True) for ch in ". Notes"] + [(" ", False), ("t", False)]
    assert _mark_italics(spaced) == f"3. {ITALIC_START}Notes{ITALIC_END} t"


def test_a_footnote_carried_onto_the_next_page_is_joined_to_its_start() -> None:
    from draftdesk.importers.pdf.chars import PdfPage
    from draftdesk.importers.pdf.layout import take_apart
    from draftdesk.importers.pdf.structure import build

    def note_line(page: int, text: str, baseline: float, marked: bool) -> object:
        line = _line(page, text, 117, baseline)
        if marked:
            line.chars[0].superscript = True  # type: ignore[attr-defined]
        return line

    first = PdfPage(1, 612, 792, [
        _line(1, "The General Assembly,", 147, 400, italic_words=3),
        _line(1, "1. Decides to act on the report;", 147, 382, italic_words=0),
        _line(1, "__________________", 100, 150),
        note_line(1, "1 See the report of the Secretary-General on the", 130, marked=True),
    ])
    second = PdfPage(2, 612, 792, [
        _line(2, "2. Requests a report.", 147, 700),
        _line(2, "__________________", 100, 150),
        note_line(2, "work of the Organization (A/80/1).", 130, marked=False),
    ])
    # The marker of note 1, raised and smaller, after "report;" on page 1.
    from draftdesk.importers.pdf.chars import Char

    body = first.lines[1]  # type: ignore[attr-defined]
    last = body.chars[-1]
    body.chars.append(Char("1", last.x1, last.x1 + 3, 385.5, 6.5, False, False, True))
    resolution = build(take_apart([first, second]), "x.pdf")
    (note,) = resolution.footnotes.values()
    assert note.plain_text == (
        "See the report of the Secretary-General on the work of the Organization (A/80/1)."
    )


@pytest.mark.parametrize(
    ("pdf", "spans"),
    [
        ("10_A_RES_73_7.pdf", ["proprio motu"]),
        ("09_A_RES_80_164.pdf", ["Yearbook of the International Law Commission", "erga omnes",
                                 "travaux préparatoires"]),
    ],
)
def test_italic_spans_inside_paragraphs_are_kept(pdf: str, spans: list[str]) -> None:
    resolution = import_file(PDFS / pdf)
    italic = [
        item.text
        for _part, paragraph in resolution.walk()
        for item in paragraph.content
        if isinstance(item, Text) and item.italic
    ]
    assert all(span in italic for span in spans)
    assert all(not text.startswith(" ") and not text.endswith(" ") for text in italic)


def test_a_file_over_the_input_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import draftdesk.importers as importers

    monkeypatch.setattr(importers, "MAX_INPUT_BYTES", 1024 * 1024)
    big = tmp_path / "big.pdf"
    big.write_bytes((PDFS / "03_A_C.1_80_L.29.pdf").read_bytes() + bytes(1024 * 1024))
    with pytest.raises(InputError, match=r"big\.pdf: too large for a PDF \(over 1,048,576 bytes"):
        import_file(big)
