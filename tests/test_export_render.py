"""The export rendered by LibreOffice, measured against the official UN PDFs.

One LibreOffice run converts every document (a fresh profile each run), so the whole module
costs a few seconds. Skipped only where LibreOffice or poppler is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk.export import export_docx
from draftdesk.importers import import_file
from tools import CORPUS, DATA, SEED, samples
from tools.layout import Page, compare, measure, pages, render_pdfs, tools_missing

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or ""),
]

REFERENCE = DATA / "reference"
SOURCES = {
    "seed": SEED,
    "L26": CORPUS / "01_A_80_L.26.txt",
    "L30": CORPUS / "04_A_C.2_80_L.30.txt",
    "C3L29": CORPUS / "05_A_C.3_80_L.29.txt",
    "S443": CORPUS / "11_S_2022_443.txt",
    "C4L19": CORPUS / "06_A_C.4_80_L.19.txt",
}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Export the seed, two corpus texts and an A4 draft, and render them all at once."""
    folder = tmp_path_factory.mktemp("render")
    files = {}
    for name, source in SOURCES.items():
        files[name] = folder / f"{name}.docx"
        export_docx(import_file(source), files[name])
    files["hrc"] = folder / "hrc.docx"
    export_docx(samples.human_rights_council(), files["hrc"])
    pdfs = render_pdfs(list(files.values()), folder / "pdf")
    return {name: pdfs[path] for name, path in files.items()}


def words_at(page: Page, text: str) -> list[float]:
    return [line.x0 for line in page.lines if line.text.startswith(text)]


@pytest.mark.parametrize(("name", "reference"), [("L26", "A_80_L.26"), ("L30", "A_C.2_80_L.30"),
                                                 ("C3L29", "A_C.3_80_L.29"),
                                                 ("S443", "S_2022_443")])
def test_layout_matches_the_official_pdf(rendered, name: str, reference: str) -> None:
    ref = measure(REFERENCE / f"{reference}.pdf")
    out = measure(rendered[name])
    assert compare(ref, out) == [], (ref, out)
    assert out["page_size"] == [612, 792]
    assert abs(out["body_x"] - 123.4) <= 1.5
    assert abs(out["first_line_x"] - 147.1) <= 1.5
    assert out["pitch"] == pytest.approx(12.0, abs=0.2)
    # Page breaks fall as in the official document: the same number of pages, not one off.
    assert out["pages"] == ref["pages"]


def test_seed_cover_page(rendered) -> None:
    doc = pages(rendered["seed"])
    first = doc[0]
    text = first.text
    for expected in ("United Nations", "General Assembly", "Distr.: Limited",
                     "30 November 2007", "Original: English", "Sixty-second session",
                     "Agenda item 116", "Ecuador and Mexico:", "draft resolution",
                     "Global Forum on Migration and Development", "The General Assembly,"):
        assert expected in text, expected
    line = next(ln for ln in first.lines if ln.text == "Sixty-second session")
    assert abs(line.x0 - 60) <= 1.5  # session block flush with the margin
    sponsors = next(ln for ln in first.lines if ln.text.startswith("Ecuador and Mexico"))
    assert abs(sponsors.x0 - 123.4) <= 1.5
    formula = next(ln for ln in first.lines if ln.text.startswith("The General Assembly,"))
    assert abs(formula.x0 - 147.1) <= 1.5
    organ = next(ln for ln in first.lines if ln.text.startswith("General Assembly"))
    distr = next(ln for ln in first.lines if ln.text.startswith("Distr.: Limited"))
    assert abs(distr.x0 - 397) <= 1.5
    assert organ.y1 - organ.y0 > 18  # about 20 pt


def test_seed_operative_labels_and_text_columns(rendered) -> None:
    lines = [ln for page in pages(rendered["seed"]) for ln in page.lines]
    for label in ("1.", "2.", "3.", "(a)", "(b)"):
        line = next(ln for ln in lines if ln.text.split(" ")[0] == label)
        assert abs(line.x0 - 147.1) <= 1.5, label
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("Recognizes the need"))
    end = next(i for i, ln in enumerate(lines) if ln.text.startswith("(a)"))
    continuation = lines[start + 1:end]
    assert len(continuation) >= 2
    assert all(abs(ln.x0 - 123.4) <= 1.5 for ln in continuation)  # no hanging indent


def test_seed_footnotes_sit_at_the_bottom_of_page_one(rendered) -> None:
    doc = pages(rendered["seed"])
    first = doc[0]
    notes = [ln for ln in first.lines
             if ln.text.startswith(("See resolution 60/1", "A/60/871.", "A/61/515."))]
    assert len(notes) == 3
    body_bottom = max(ln.y1 for ln in first.lines if ln.text.startswith("Recalling"))
    for note in notes:
        assert note.y0 > first.height - 200 and note.y0 > body_bottom
        assert abs(note.x0 - 123.4) <= 1.5
        assert note.y1 - note.y0 < 12  # 8.5 pt (10-pt text measures 13)
    markers = [ln for ln in first.lines if ln.text in {"1", "2", "3"} and ln.y0 > 600]
    assert len(markers) == 3 and all(abs(m.x0 - 117) <= 2 for m in markers)


def test_running_head_and_page_number_from_page_two(rendered) -> None:
    doc = pages(rendered["L30"])
    assert len(doc) >= 2
    second, third = doc[1], doc[2]
    head = second.lines[0]
    assert head.text == "A/C.2/80/L.30" and abs(head.x0 - 60) <= 1.5 and head.y0 < 70
    assert third.lines[0].text == "A/C.2/80/L.30" and abs(third.lines[0].x1 - 552) <= 1.5
    number = next(ln for ln in second.lines if ln.text == f"2/{len(doc)}")
    assert number.y0 > second.height - 60 and abs(number.x0 - 60) <= 1.5
    odd = next(ln for ln in third.lines if ln.text == f"3/{len(doc)}")
    assert abs(odd.x1 - 552) <= 1.5
    assert not any(ln.text.startswith("1/") for ln in doc[0].lines)


def test_security_council_has_no_session_block(rendered) -> None:
    first = pages(rendered["S443"])[0]
    assert "session" not in first.text.lower().split("distr")[0]
    assert "Security Council" in first.text and "Distr.: General" in first.text
    sponsors = next(ln for ln in first.lines if ln.text.startswith("United Kingdom"))
    assert abs(sponsors.x0 - 123.4) <= 1.5 and sponsors.y1 - sponsors.y0 > 12  # 12 pt


def test_human_rights_council_prints_on_a4(rendered) -> None:
    doc = pages(rendered["hrc"])
    assert [round(doc[0].width), round(doc[0].height)] == [595, 842]
    assert "Human Rights Council" in doc[0].text


def test_fourth_committee_line_breaks_where_the_official_does(rendered) -> None:
    lines = [ln.text for ln in pages(rendered["C4L19"])[0].lines]
    at = lines.index("Special Political and Decolonization Committee")
    assert lines[at + 1] == "(Fourth Committee)"


def test_symbols_stay_whole_at_line_ends(rendered) -> None:
    lines = [ln.text for page in pages(rendered["C4L19"]) for ln in page.lines]
    assert not any(ln.endswith(("ES-", "ES‑")) for ln in lines)
    assert any("ES-10/15" in ln or "ES‑10/15" in ln for ln in lines)
