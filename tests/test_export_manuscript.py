"""The submission manuscript: the Word export in plain 12 pt, double-spaced, without a masthead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openxml_audit
import pytest
from lxml import etree

from draftdesk.compose import Options, Profile
from draftdesk.export import export_docx
from draftdesk.export import styles as S
from draftdesk.export.ooxml import paragraph_text
from draftdesk.model import Resolution
from test_export_docx import NS, Exported, W
from tools import CORPUS, samples

MANUSCRIPT = Options(Profile.MANUSCRIPT)


def export(resolution: Resolution, tmp_path: Path, options: Options | None = MANUSCRIPT,
           name: str = "out.docx") -> Exported:
    path = tmp_path / name
    export_docx(resolution, path, options=options)
    return Exported(path)


def style(exported: Exported, style_id: str) -> etree._Element:
    found = exported.xml("word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, style_id
    return found


def size_and_spacing(exported: Exported, style_id: str) -> tuple[str | None, ...]:
    """Return a style's own font size (half-points), line spacing and line rule."""
    element = style(exported, style_id)
    size = element.find("w:rPr/w:sz", NS)
    spacing = element.find("w:pPr/w:spacing", NS)
    return (None if size is None else size.get(f"{W}val"),
            None if spacing is None else spacing.get(f"{W}line"),
            None if spacing is None else spacing.get(f"{W}lineRule"))


@pytest.fixture
def manuscript(tmp_path: Path) -> Exported:
    return export(samples.committee_draft(), tmp_path)


def test_text_is_12_pt_and_double_spaced(manuscript: Exported) -> None:
    styles = manuscript.xml("word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS)
    assert default is not None and default.get(f"{W}val") == "24"
    for style_id in (S.BODY, S.QUOTE, S.HEADING, S.SESSION, S.COMMITTEE, S.SPONSORS, S.TITLE,
                     S.NORMAL):
        size, line, rule = size_and_spacing(manuscript, style_id)
        # A style without its own size or spacing takes its base style's (UN Quote: UN Body).
        assert size in (None, "24") and (line, rule) in ((None, None), ("480", "auto")), style_id
    assert size_and_spacing(manuscript, S.BODY)[1:] == ("480", "auto")
    assert size_and_spacing(manuscript, S.FOOTNOTE_TEXT) == ("20", "240", "auto")
    body = manuscript.body_paragraphs()
    assert not [p for p in body if p.find("w:pPr/w:spacing[@w:lineRule='exact']", NS) is not None]


def test_no_widened_letters(manuscript: Exported) -> None:
    styles = manuscript.xml("word/styles.xml")
    assert styles.findall(".//w:rPr/w:spacing", NS) == []
    assert manuscript.document.findall(".//w:rPr/w:spacing", NS) == []


def test_no_masthead_and_only_page_numbers(manuscript: Exported) -> None:
    headers = manuscript.part_for("header")
    assert all(paragraph_text(p) == "" for h in headers.values() for p in h.findall("w:p", NS))
    footers = manuscript.part_for("footer")
    for kind in ("default", "even"):
        instructions = [t.text.strip() for t in footers[kind].iter(f"{W}instrText")]
        assert instructions == ["PAGE"], kind
    texts = manuscript.texts()
    assert "Third Committee" in texts and "United Nations" not in texts
    assert any(t.startswith("Situation of human rights") for t in texts)


def test_notes_stay_real_word_footnotes(manuscript: Exported) -> None:
    notes = manuscript.xml("word/footnotes.xml").findall("w:footnote", NS)
    # Three numbered notes and the two asterisk notes of the cover, all Word footnotes.
    assert len([n for n in notes if n.get(f"{W}type") is None]) == 5
    assert manuscript.document.findall(".//w:footnoteReference", NS)


def test_the_l_document_keeps_its_exact_12_pt_pitch(tmp_path: Path) -> None:
    l_document = export(samples.committee_draft(), tmp_path, None)
    assert size_and_spacing(l_document, S.BODY) == (None, "240", "exact")
    assert l_document.xml("word/styles.xml").findall(".//w:rPr/w:spacing", NS)


def test_manuscript_passes_openxml_audit(manuscript: Exported) -> None:
    result = openxml_audit.OpenXmlValidator().validate(str(manuscript.path))
    assert [str(e) for e in result.errors] == []


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "draftdesk", *args], capture_output=True,
                          text=True, timeout=120)


def test_command_line_writes_the_manuscript(tmp_path: Path) -> None:
    out = tmp_path / "l29.docx"
    result = run("export", str(CORPUS / "05_A_C.3_80_L.29.txt"), "-o", str(out),
                 "--manuscript")
    assert result.returncode == 0, result.stderr
    assert size_and_spacing(Exported(out), S.BODY)[1:] == ("480", "auto")


@pytest.mark.parametrize("output", ["l29.pdf", "l29.txt"])
def test_manuscript_is_only_a_word_document(tmp_path: Path, output: str) -> None:
    result = run("export", str(CORPUS / "05_A_C.3_80_L.29.txt"), "-o", str(tmp_path / output),
                 "--manuscript")
    assert result.returncode == 2
    assert result.stderr == (f"draftdesk: error: {tmp_path / output}: tracked changes and the "
                             "manuscript are Word files; name a .docx\n")
    assert list(tmp_path.iterdir()) == []
