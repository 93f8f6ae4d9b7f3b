"""The Word export, checked in its XML: structure, styles, footnotes, page set-up, writing."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openxml_audit
import pytest
from lxml import etree

from draftdesk.errors import OutputError
from draftdesk.export import build_reference, export_docx
from draftdesk.export import styles as S
from draftdesk.export.docx import reference_document
from draftdesk.export.ooxml import W_NS, paragraph_text
from draftdesk.importers import import_file
from draftdesk.model import Resolution, Sponsor, Text, derive
from tools import CORPUS, SEED, samples

NS = {"w": W_NS, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
W = f"{{{W_NS}}}"


class Exported:
    """An exported file opened as its XML parts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.names = archive.namelist()
            self.parts = {name: archive.read(name) for name in self.names}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    @property
    def document(self) -> etree._Element:
        return self.xml("word/document.xml")

    def body_paragraphs(self) -> list[etree._Element]:
        return self.document.findall("w:body/w:p", NS)

    def texts(self) -> list[str]:
        return [paragraph_text(p) for p in self.body_paragraphs()]

    def part_for(self, kind: str) -> dict[str, etree._Element]:
        """Return the header or footer parts of the section by their type (first/default/even)."""
        rels = self.xml("word/_rels/document.xml.rels")
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        sect = self.document.find("w:body/w:sectPr", NS)
        out = {}
        for ref in sect.findall(f"w:{kind}Reference", NS):
            target = targets[ref.get(f"{{{NS['r']}}}id")]
            out[ref.get(f"{W}type")] = self.xml("word/" + target)
        return out


def export(resolution: Resolution, tmp_path: Path, name: str = "out.docx") -> Exported:
    path = tmp_path / name
    export_docx(resolution, path)
    return Exported(path)


@pytest.fixture
def gfmd(tmp_path: Path) -> Exported:
    return export(samples.gfmd(), tmp_path)


def style_of(p: etree._Element) -> str | None:
    style = p.find("w:pPr/w:pStyle", NS)
    return None if style is None else style.get(f"{W}val")


def test_reopens_in_python_docx_with_the_printed_text(gfmd: Exported) -> None:
    document = docx.Document(str(gfmd.path))
    texts = [p.text for p in document.paragraphs]
    assert texts[:4] == [
        "Sixty-second session",
        "Agenda item 116",
        "Follow-up to the outcome of the Millennium Summit",
        "Ecuador and Mexico: draft resolution",
    ]
    assert "Global Forum on Migration and Development" in texts
    assert "The General Assembly," in texts
    assert texts.count("") == 1  # only the closing rule is empty
    assert any(t.startswith("1.\tRecognizes the need") and t.endswith("requests:") for t in texts)
    assert "(a)\tThe Secretary-General to present" in "\n".join(texts)
    assert texts[-2].startswith("3.\tRequests the Secretary-General")
    assert texts[-2].endswith("sixty-third session.")


BODY_STYLES = (S.FORMULA, S.PREAMBULAR, S.OPERATIVE, S.SUBPARAGRAPH, S.SUBPARAGRAPH_2,
               S.ANNEX_PARAGRAPH)


def test_nine_preambular_three_operative_and_two_subparagraphs(gfmd: Exported) -> None:
    body = [p for p in gfmd.body_paragraphs() if style_of(p) in BODY_STYLES]
    texts = [paragraph_text(p) for p in body]
    assert texts[0] == "The General Assembly,"
    assert [style_of(p) for p in body] == (
        [S.FORMULA] + [S.PREAMBULAR] * 9 + [S.OPERATIVE] + [S.SUBPARAGRAPH] * 2
        + [S.OPERATIVE] * 2)
    preambular = [t for t in texts[1:] if not t[0].isdigit() and not t.startswith("(")]
    assert len(preambular) == 9 and all(t.endswith(",") for t in preambular)
    assert [t.split("\t")[0] for t in texts if "\t" in t] == ["1.", "(a)", "(b)", "2.", "3."]
    assert texts[-5].endswith("requests:")
    assert all(t.endswith(";") for t in texts[-4:-1]) and texts[-1].endswith("session.")


def test_paragraph_styles_are_named_by_role_with_outline_levels(gfmd: Exported) -> None:
    styles = gfmd.xml("word/styles.xml")

    def name(style_id: str) -> str:
        return styles.find(f"w:style[@w:styleId='{style_id}']/w:name", NS).get(f"{W}val")

    def outline(style_id: str) -> str | None:
        level = styles.find(f"w:style[@w:styleId='{style_id}']/w:pPr/w:outlineLvl", NS)
        return None if level is None else level.get(f"{W}val")

    assert [name(i) for i in (S.PREAMBULAR, S.OPERATIVE, S.SUBPARAGRAPH, S.SUBPARAGRAPH_2,
                              S.HEADING, S.TITLE, S.FORMULA, S.ANNEX_HEADING)] == [
        "UN Preambular", "UN Operative", "UN Subparagraph", "UN Subparagraph 2",
        "UN Heading", "UN Title", "UN Formula", "UN Annex Heading"]
    # Word's Navigation pane: the title and annexes at level 1, headings at level 2.
    assert [outline(i) for i in (S.TITLE, S.ANNEX_HEADING, S.HEADING, S.ANNEX_TITLE,
                                 S.OPERATIVE)] == ["0", "0", "1", "1", None]
    # The built-in ids stay, so that Word and other tools recognize them.
    assert [name(i) for i in ("Normal", "FootnoteText", "FootnoteReference")] == [
        "Normal", "footnote text", "footnote reference"]


def test_labels_are_literal_text_followed_by_a_tab(gfmd: Exported) -> None:
    labelled = [p for p in gfmd.body_paragraphs() if "\t" in paragraph_text(p)]
    for p in labelled:
        runs = p.findall("w:r", NS)
        assert runs[0].findtext("w:t", namespaces=NS) in {"1.", "2.", "3.", "(a)", "(b)"}
        assert runs[1].find("w:tab", NS) is not None
    assert not gfmd.document.findall(".//w:numPr", NS)


def test_opening_phrases_and_formula_are_italic(gfmd: Exported) -> None:
    def italic_runs(p: etree._Element) -> list[str]:
        return [r.findtext("w:t", namespaces=NS) for r in p.findall("w:r", NS)
                if r.find("w:rPr/w:i", NS) is not None]

    paragraphs = {paragraph_text(p): p for p in gfmd.body_paragraphs()}
    formula = paragraphs["The General Assembly,"]
    assert italic_runs(formula) == ["The General Assembly"]
    leads = [italic_runs(p) for text, p in paragraphs.items()
             if text.startswith("Recognizing also")]
    assert leads == [["Recognizing also"]]
    op = next(p for text, p in paragraphs.items() if text.startswith("2."))
    assert italic_runs(op) == ["Requests"]


def test_footnotes_are_real_word_footnotes(gfmd: Exported) -> None:
    assert "word/footnotes.xml" in gfmd.names
    types = gfmd.xml("[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types}
    assert overrides["/word/footnotes.xml"].endswith("wordprocessingml.footnotes+xml")
    rels = gfmd.xml("word/_rels/document.xml.rels")
    assert any(r.get("Type").endswith("/footnotes") and r.get("Target") == "footnotes.xml"
               for r in rels)
    notes = gfmd.xml("word/footnotes.xml").findall("w:footnote", NS)
    assert [n.get(f"{W}id") for n in notes] == ["-1", "0", "1", "2", "3"]
    assert [n.get(f"{W}type") for n in notes[:2]] == ["separator", "continuationSeparator"]
    refs = gfmd.document.findall(".//w:footnoteReference", NS)
    assert [r.get(f"{W}id") for r in refs] == ["1", "2", "3"]
    for ref in refs:
        run = ref.getparent()
        assert run.find("w:rPr/w:rStyle", NS).get(f"{W}val") == S.FOOTNOTE_REFERENCE
        assert run.find("w:t", NS) is None
    texts = {n.get(f"{W}id"): paragraph_text(n.find("w:p", NS)) for n in notes[2:]}
    assert texts == {"1": "\tSee resolution 60/1, paras. 61 and 62.", "2": "\tA/60/871.",
                     "3": "\tA/61/515."}
    for note in notes[2:]:
        p = note.find("w:p", NS)
        assert style_of(p) == S.FOOTNOTE_TEXT
        assert p.find("w:r/w:footnoteRef", NS) is not None
    settings = gfmd.xml("word/settings.xml")
    ids = [f.get(f"{W}id") for f in settings.findall("w:footnotePr/w:footnote", NS)]
    assert ids == ["-1", "0"]


def test_marker_follows_punctuation(gfmd: Exported) -> None:
    p = next(p for p in gfmd.body_paragraphs()
             if paragraph_text(p).startswith("Considering that the report"))
    runs = p.findall("w:r", NS)
    index = next(i for i, r in enumerate(runs) if r.find("w:footnoteReference", NS) is not None)
    assert runs[index - 1].findtext("w:t", namespaces=NS).endswith("development,")


def test_styles_carry_the_un_geometry(gfmd: Exported) -> None:
    styles = gfmd.xml("word/styles.xml")
    defaults = styles.find("w:docDefaults", NS)
    fonts = defaults.find("w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{W}ascii") == "Times New Roman"
    assert defaults.find("w:rPrDefault/w:rPr/w:sz", NS).get(f"{W}val") == "20"
    spacing = defaults.find("w:pPrDefault/w:pPr/w:spacing", NS)
    assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("240", "exact")
    body = styles.find(f"w:style[@w:styleId='{S.BODY}']/w:pPr", NS)
    ind = body.find("w:ind", NS)
    assert ind.get(f"{W}left") == ind.get(f"{W}right") == "1268"  # 63.4 pt
    assert ind.get(f"{W}firstLine") == "475"  # 23.75 pt
    assert body.find("w:tabs/w:tab", NS).get(f"{W}pos") == "2218"  # 170.9 pt - 60 pt
    assert body.find("w:jc", NS).get(f"{W}val") == "both"
    assert body.find("w:spacing", NS).get(f"{W}after") == "120"
    note = styles.find(f"w:style[@w:styleId='{S.FOOTNOTE_TEXT}']/w:rPr/w:sz", NS)
    assert note.get(f"{W}val") == "17"
    ref = styles.find(f"w:style[@w:styleId='{S.FOOTNOTE_REFERENCE}']/w:rPr/w:vertAlign", NS)
    assert ref.get(f"{W}val") == "superscript"
    assert not any("stylesWithEffects" in name for name in gfmd.names)


@pytest.mark.parametrize(
    ("sample", "size"),
    [(samples.gfmd, ("12240", "15840")), (samples.security_council, ("12240", "15840")),
     (samples.human_rights_council, ("11906", "16838"))],
)
def test_paper_follows_the_body(sample, size, tmp_path: Path) -> None:
    exported = export(sample(), tmp_path)
    sect = exported.document.find("w:body/w:sectPr", NS)
    pg = sect.find("w:pgSz", NS)
    assert (pg.get(f"{W}w"), pg.get(f"{W}h")) == size
    margins = sect.find("w:pgMar", NS)
    assert margins.get(f"{W}left") == margins.get(f"{W}right") == "1200"
    assert sect.find("w:titlePg", NS) is not None


def test_masthead_on_the_first_page_header(gfmd: Exported) -> None:
    headers = gfmd.part_for("header")
    assert set(headers) == {"first", "default", "even"}
    lines = [paragraph_text(p) for p in headers["first"].findall("w:p", NS)]
    assert lines[0] == "United Nations\tA/62/L.25"
    assert lines[1] == "General Assembly\tDistr.: Limited"
    assert lines[2] == "\t30 November 2007"
    assert lines[4] == "\tOriginal: English"
    first = headers["first"].findall("w:p", NS)
    symbol_runs = first[0].findall("w:r", NS)
    assert symbol_runs[-2].findtext("w:t", namespaces=NS) == "A"
    assert symbol_runs[-2].find("w:rPr/w:sz", NS).get(f"{W}val") == "40"
    assert first[-1].find("w:pPr/w:pBdr/w:bottom", NS) is not None  # the heavy rule


def test_running_heads_and_page_numbers_from_page_two(gfmd: Exported) -> None:
    settings = gfmd.xml("word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    headers = gfmd.part_for("header")
    for kind, side in (("even", "left"), ("default", "right")):
        p = headers[kind].find("w:p", NS)
        assert paragraph_text(p) == "A/62/L.25"
        assert p.find("w:pPr/w:jc", NS).get(f"{W}val") == side
        assert style_of(p) == S.RUNNING_HEAD
    footers = gfmd.part_for("footer")
    for kind, side in (("even", "left"), ("default", "right")):
        p = footers[kind].find("w:p", NS)
        instructions = [t.text.strip() for t in p.iter(f"{W}instrText")]
        assert instructions == ["PAGE", "NUMPAGES"]
        assert p.find("w:pPr/w:jc", NS).get(f"{W}val") == side
    assert paragraph_text(footers["first"].find("w:p", NS)) == ""


def test_security_council_has_no_session_block_and_no_title(tmp_path: Path) -> None:
    exported = export(samples.security_council(), tmp_path)
    texts = exported.texts()
    assert texts[0] == "United Kingdom of Great Britain and Northern Ireland:draft resolution"
    assert exported.body_paragraphs()[0].find(".//w:br", NS) is not None
    assert texts[1] == "The Security Council,"
    first = exported.part_for("header")["first"]
    assert "Distr.: General" in paragraph_text(first.findall("w:p", NS)[1])
    assert "Security Council" in paragraph_text(first.findall("w:p", NS)[1])


def test_human_rights_council_cover(tmp_path: Path) -> None:
    texts = export(samples.human_rights_council(), tmp_path).texts()
    assert texts[:4] == ["Human Rights Council", "Thirty-fourth session",
                         "27 February–24 March 2017", "Agenda item 3"]
    assert "The Human Rights Council," in texts


def test_adopted_resolution_heading_and_closing_lines(tmp_path: Path) -> None:
    exported = export(samples.adopted(), tmp_path)
    texts = exported.texts()
    assert "Resolution adopted by the General Assembly on 15 December 2025" in texts
    assert "[on the report of the Sixth Committee (A/80/450, para. 9)]" in texts
    title = "\t80/164.\tReport of the International Law Commission on the work of its " \
            "seventy-sixth session"
    assert title in texts
    # The number hangs before the body indent, right-aligned; the title stands at the indent.
    title_p = exported.body_paragraphs()[texts.index(title)]
    indent = title_p.find("w:pPr/w:ind", NS)
    assert (indent.get(f"{W}left"), indent.get(f"{W}hanging")) == (str(S.BODY_INDENT),) * 2
    tabs = [(t.get(f"{W}val"), t.get(f"{W}pos")) for t in title_p.findall("w:pPr/w:tabs/w:tab", NS)]
    assert tabs == [("right", str(S.NUMBER_TAB)), ("left", str(S.BODY_INDENT))]
    assert texts[-3:] == ["64th plenary meeting", "15 December 2025", ""]
    first = exported.part_for("header")["first"]
    assert not any("Original" in paragraph_text(p) for p in first.findall("w:p", NS))
    paragraphs = {paragraph_text(p): p for p in exported.body_paragraphs()}

    def italic(text: str) -> list[str]:
        return [r.findtext("w:t", namespaces=NS) for r in paragraphs[text].findall("w:r", NS)
                if r.find("w:rPr/w:i", NS) is not None]

    assert italic("[on the report of the Sixth Committee (A/80/450, para. 9)]") == [
        "on the report of the Sixth Committee (A/80/450, para. 9)"]
    assert italic("64th plenary meeting") == ["64th plenary meeting"]
    assert italic("15 December 2025") == ["15 December 2025"]


def test_committee_draft_constructs(tmp_path: Path) -> None:
    exported = export(samples.committee_draft(), tmp_path)
    paragraphs = exported.body_paragraphs()
    by_text = {paragraph_text(p): p for p in paragraphs}
    texts = list(by_text)
    # A zero-width mark first: the anchor of the symbol's asterisk note.
    assert texts[:4] == ["\u200bEightieth session", "Third Committee", "Agenda item 71 (c)",
                         "Promotion and protection of human rights"]
    assert style_of(by_text["Third Committee"]) == S.COMMITTEE
    assert style_of(by_text["\u200bEightieth session"]) == S.SESSION_BOLD
    sponsors = "Australia, Japan and State of Palestine:* draft resolution"
    assert style_of(by_text[sponsors]) == S.SPONSORS
    assert style_of(by_text["“What are the obligations?”"]) == S.QUOTE
    # The numeral straight above its heading, no space between; only the heading is listed
    # in the Navigation pane.
    numeral, heading = by_text["I"], by_text["Legislative work"]
    assert style_of(numeral) == style_of(heading) == S.HEADING
    assert numeral.find("w:pPr/w:spacing", NS).get(f"{W}after") == "0"
    assert heading.find("w:pPr/w:spacing", NS).get(f"{W}before") == "0"
    assert numeral.find("w:pPr/w:outlineLvl", NS).get(f"{W}val") == "9"
    assert paragraphs.index(numeral) + 1 == paragraphs.index(heading)
    assert "(i)\tfully;" in texts and "(ii)\tpromptly;" in texts
    assert style_of(by_text["(i)\tfully;"]) == S.SUBPARAGRAPH_2
    recalls_text = "2.\tRecalls the report2 and paragraph 1 (a) above;"
    assert recalls_text in texts
    # Note "a" is cited twice: one real reference, then a NOTEREF field to its bookmark.
    refs = [r.get(f"{W}id") for r in exported.document.iter(f"{W}footnoteReference")
            if r.get(f"{W}customMarkFollows") is None]
    assert refs == ["3", "4", "5"]  # after the two asterisk notes
    starts = {b.get(f"{W}name"): b for b in exported.document.iter(f"{W}bookmarkStart")}
    assert set(starts) == {"_RefNote1", "_RefNote2", "_RefNote3"}
    first_a = starts["_RefNote2"].getnext()
    assert first_a.find("w:footnoteReference", NS).get(f"{W}id") == "4"
    recalls = by_text[recalls_text]
    instructions = [t.text for t in recalls.iter(f"{W}instrText")]
    assert instructions == [" NOTEREF _RefNote2 \\f \\h "]
    # Adjacent markers get a superscript comma between them.
    recalling = next(p for t, p in by_text.items() if t.startswith("Recalling its resolution"))
    runs = recalling.findall("w:r", NS)
    assert runs[-2].findtext("w:t", namespaces=NS) == ","
    assert runs[-2].find("w:rPr/w:vertAlign", NS).get(f"{W}val") == "superscript"
    notes = exported.xml("word/footnotes.xml").findall("w:footnote", NS)
    italic = [r.findtext("w:t", namespaces=NS) for r in notes[5].iter(f"{W}r")
              if r.find("w:rPr/w:i", NS) is not None]
    assert italic == ["Official Records of the General Assembly, Seventy-ninth Session, "
                      "Supplement No. 53"]


def test_asterisk_notes_are_the_first_footnotes_with_a_custom_mark(tmp_path: Path) -> None:
    exported = export(samples.committee_draft(), tmp_path)
    first_header = exported.part_for("header")["first"]
    assert paragraph_text(first_header.find("w:p", NS)).endswith("A/C.3/80/L.29*")
    footer = exported.part_for("footer")["first"]
    assert [paragraph_text(p) for p in footer.findall("w:p", NS)] == [""]
    notes = exported.xml("word/footnotes.xml").findall("w:footnote", NS)[2:]
    texts = [paragraph_text(n.find("w:p", NS)) for n in notes]
    assert texts[:2] == ["*\tReissued for technical reasons on 12 November 2025.",
                         "*\tAny changes to the list of sponsors will be reflected in the "
                         "official record."]
    assert [n.find("w:p/w:r/w:footnoteRef", NS) is None for n in notes] == [
        True, True, False, False, False]
    references = list(exported.document.iter(f"{W}footnoteReference"))
    custom = [(r.get(f"{W}id"), r.getparent().getnext().findtext("w:t", namespaces=NS))
              for r in references if r.get(f"{W}customMarkFollows") == "1"]
    # The symbol's mark prints in the masthead: its anchor in the text is a zero-width mark.
    assert custom == [("1", "\u200b"), ("2", "*")]
    sponsors_anchor = references[1].getparent()
    assert paragraph_text(sponsors_anchor.getparent()) == (
        "Australia, Japan and State of Palestine:* draft resolution")


def test_the_note_separator_is_a_short_rule_from_x_100(tmp_path: Path) -> None:
    for sample, page in ((samples.gfmd, S.LETTER), (samples.human_rights_council, S.A4)):
        notes = export(sample(), tmp_path).xml("word/footnotes.xml")
        separator = notes.find("w:footnote[@w:type='separator']/w:p", NS)
        indent = separator.find("w:pPr/w:ind", NS)
        left, right = int(indent.get(f"{W}left")), int(indent.get(f"{W}right"))
        assert (left, page.text_width - left - right) == (800, 1420)  # x = 100, 71 pt long
        assert separator.find("w:pPr/w:pBdr/w:bottom", NS) is not None


def test_symbols_never_split_at_a_line_end(tmp_path: Path) -> None:
    resolution = samples.gfmd()
    resolution.operative[0].content = [Text("recalling resolution ES-10/15 and A/ES-10/L.25")]
    exported = export(resolution, tmp_path)
    paragraph = next(p for p in exported.body_paragraphs()
                     if "resolution ES" in paragraph_text(p))
    assert "ES\u201110/15 and A/ES\u201110/L.25" in paragraph_text(paragraph)
    assert len(paragraph.findall(".//w:noBreakHyphen", NS)) == 2
    resolution.operative[0].content = [Text("non\u2011intervention, as typed")]
    typed = next(p for p in export(resolution, tmp_path, "typed.docx").body_paragraphs()
                 if "intervention" in paragraph_text(p))
    assert not typed.findall(".//w:noBreakHyphen", NS)  # a typed U+2011 stays a character
    assert "Secretary-General" in "".join(exported.texts())  # ordinary hyphens stay


@pytest.mark.parametrize(
    "sample",
    [samples.gfmd, samples.committee_draft, samples.security_council,
     samples.human_rights_council, samples.adopted],
)
def test_openxml_audit_finds_nothing(sample, tmp_path: Path) -> None:
    exported = export(sample(), tmp_path)
    result = openxml_audit.OpenXmlValidator().validate(str(exported.path))
    assert [str(e) for e in result.errors] == []
    assert result.is_valid


def test_control_characters_and_line_breaks_in_text(tmp_path: Path) -> None:
    resolution = samples.security_council()
    resolution.operative[0].content[0] = type(resolution.operative[0].content[0])(
        "to extend\x07 the\tmandate\nnow"
    )
    exported = export(resolution, tmp_path)
    op = next(p for p in exported.body_paragraphs() if paragraph_text(p).startswith("1."))
    assert paragraph_text(op) == "1.\tDecides to extend the\tmandatenow;"
    assert op.find(".//w:br", NS) is not None


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_docx(samples.large(20, 40, 60, 10), tmp_path / "p.docx",
                progress=lambda done, total: calls.append((done, total)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    assert total >= 120
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == total
    assert len(calls) >= 4


# ---------------------------------------------------------------- writing the file


def test_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    export_docx(samples.gfmd(), target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


class _FullDisk(io.FileIO):
    """A file that takes 1,000 bytes, then fails as a full disk does."""

    def write(self, data) -> int:
        if self.tell() + len(data) > 1000:
            super().write(bytes(data)[: 1000 - self.tell()])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


def _fill_the_disk(monkeypatch) -> None:
    import draftdesk.storage.files as files

    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: _FullDisk(fd, "wb"))


def test_failure_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    _fill_the_disk(monkeypatch)
    with pytest.raises(OutputError) as error:
        export_docx(samples.gfmd(), target)
    assert str(error.value) == f"{target}: cannot write: No space left on device"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_a_full_disk_is_one_line_without_noise(tmp_path: Path) -> None:
    """The command line on a full disk: one error line, no "Exception ignored" from zipfile."""
    script = (
        "import errno, io, os, sys\n"
        "import draftdesk.storage.files as files\n"
        "class Full(io.FileIO):\n"
        "    def write(self, data):\n"
        "        if self.tell() + len(data) > 1000:\n"
        "            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
        "        return super().write(data)\n"
        "files.os.fdopen = lambda fd, mode: Full(fd, 'wb')\n"
        "from draftdesk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    source = tmp_path / "gfmd.txt"
    source.write_text(_gfmd_text(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", script, "export", str(source), "-o", str(tmp_path / "out.docx")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"draftdesk: error: {tmp_path / 'out.docx'}: cannot write: No space left on device"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gfmd.txt"]


def _gfmd_text() -> str:
    return (Path(__file__).parent / "data" / "gfmd-draft-resolution-2007.txt").read_text(
        encoding="utf-8"
    )


def test_unexpected_failure_removes_the_temporary_file(tmp_path: Path, monkeypatch) -> None:
    import draftdesk.storage.files as files

    class Broken(io.FileIO):
        def write(self, data) -> int:
            super().write(b"partial")
            raise ValueError("boom")

    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: Broken(fd, "wb"))
    with pytest.raises(ValueError):
        export_docx(samples.gfmd(), tmp_path / "draft.docx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "draft.docx"
    with pytest.raises(OutputError) as error:
        export_docx(samples.gfmd(), target)
    assert str(error.value) == f"{target}: cannot write: No such file or directory"


def test_a_folder_in_the_way_is_a_one_line_error(tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.mkdir()
    with pytest.raises(OutputError) as error:
        export_docx(samples.gfmd(), target)
    assert str(error.value).startswith(f"{target}: cannot write: ")
    assert "\n" not in str(error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]
    assert target.is_dir()


def test_reference_document_is_built_from_its_script(tmp_path: Path) -> None:
    rebuilt = tmp_path / "reference.docx"
    build_reference.build(rebuilt)
    shipped = reference_document()
    assert rebuilt.read_bytes() == shipped.read_bytes(), (
        "resources/reference.docx is stale: uv run python -m draftdesk.export.build_reference"
    )


@pytest.mark.parametrize("source", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_every_corpus_text_exports_cleanly(source: str, tmp_path: Path) -> None:
    resolution = import_file(CORPUS / source)
    derived = derive(resolution)
    exported = export(resolution, tmp_path)
    stars = len(resolution.metadata.cover_notes)
    refs = [r.get(f"{W}id") for r in exported.document.iter(f"{W}footnoteReference")]
    assert refs == [str(n) for n in range(1, stars + len(derived.footnote_order) + 1)]
    notes = exported.xml("word/footnotes.xml").findall("w:footnote", NS)
    assert len(notes) == 2 + stars + len(derived.footnote_order)
    labelled = [p for p in exported.body_paragraphs() if style_of(p) in BODY_STYLES]
    labels = [paragraph_text(p).split("\t")[0] for p in labelled if "\t" in paragraph_text(p)]
    expected = [info.label for _part, para in resolution.walk()
                if (info := derived.info[para.id]).label]
    assert labels == expected
    result = openxml_audit.OpenXmlValidator().validate(str(exported.path))
    assert [str(e) for e in result.errors] == []


@pytest.mark.parametrize(
    ("names", "broken"),
    [(["Chile", "Colombia", "El Salvador", "Lebanon", "Mexico", "Spain", "Uruguay"], True),
     (["Ecuador", "Mexico"], False),
     ([f"State number {n}" for n in range(12)], False)],
)
def test_draft_resolution_gets_its_own_line_only_after_a_one_line_list(
    names: list[str], broken: bool, tmp_path: Path
) -> None:
    resolution = samples.gfmd()
    resolution.metadata.sponsors = [Sponsor(name) for name in names]
    exported = export(resolution, tmp_path)
    sponsors = next(p for p in exported.body_paragraphs() if style_of(p) == S.SPONSORS)
    assert (sponsors.find(".//w:br", NS) is not None) is broken
    assert paragraph_text(sponsors).endswith("draft resolution")


def test_imported_seed_exports_as_the_2007_draft(tmp_path: Path) -> None:
    exported = export(import_file(SEED), tmp_path)
    texts = exported.texts()
    assert texts[:6] == [
        "Sixty-second session", "Agenda item 116",
        "Follow-up to the outcome of the Millennium Summit",
        "Ecuador and Mexico: draft resolution",
        "Global Forum on Migration and Development", "The General Assembly,",
    ]
    body = texts[6:-1]
    assert len([t for t in body if "\t" not in t]) == 9
    assert [t.split("\t")[0] for t in body if "\t" in t] == ["1.", "(a)", "(b)", "2.", "3."]
    refs = [r.get(f"{W}id") for r in exported.document.iter(f"{W}footnoteReference")]
    assert refs == ["1", "2", "3"]
    notes = exported.xml("word/footnotes.xml").findall("w:footnote", NS)
    assert [paragraph_text(n.find("w:p", NS)) for n in notes[2:]] == [
        "\tSee resolution 60/1, paras. 61 and 62.", "\tA/60/871.", "\tA/61/515."]
    first = exported.part_for("header")["first"]
    masthead = [paragraph_text(p) for p in first.findall("w:p", NS)]
    assert masthead[:3] == ["United Nations", "General Assembly\tDistr.: Limited",
                            "\t30 November 2007"]


def test_provisional_security_council_draft(tmp_path: Path) -> None:
    resolution = samples.security_council()
    resolution.metadata.distribution = "Provisional"
    first = export(resolution, tmp_path).part_for("header")["first"]
    assert paragraph_text(first.findall("w:p", NS)[1]) == "Security Council\tProvisional"


@pytest.mark.parametrize(("sample", "page"), [(samples.gfmd, S.LETTER),
                                              (samples.human_rights_council, S.A4)])
def test_closing_rule_is_centred_on_the_page(sample, page, tmp_path: Path) -> None:
    rule = export(sample(), tmp_path).body_paragraphs()[-1]
    assert style_of(rule) == S.END_RULE
    ind = rule.find("w:pPr/w:ind", NS)
    left, right = int(ind.get(f"{W}left")), int(ind.get(f"{W}right"))
    assert left == right and page.text_width - left - right == S.RULE_LENGTH


def test_a_blank_new_draft_exports_cleanly(tmp_path: Path) -> None:
    exported = export(Resolution(), tmp_path)
    assert exported.texts() == ["The General Assembly", ""]
    assert not list(exported.document.iter(f"{W}footnoteReference"))
    result = openxml_audit.OpenXmlValidator().validate(str(exported.path))
    assert [str(e) for e in result.errors] == []
    docx.Document(str(exported.path))


def test_markup_characters_are_escaped(tmp_path: Path) -> None:
    resolution = samples.security_council()
    resolution.metadata.sponsors[0].name = "A & B <C>"
    texts = export(resolution, tmp_path).texts()
    assert texts[0] == "A & B <C>: draft resolution"


def test_second_level_items_keep_their_continuation_lines_at_the_label(gfmd: Exported) -> None:
    styles = gfmd.xml("word/styles.xml")
    ind = styles.find(f"w:style[@w:styleId='{S.SUBPARAGRAPH_2}']/w:pPr/w:ind", NS)
    assert ind.get(f"{W}left") == str(S.BODY_INDENT + S.FIRST_LINE)  # 147.1 pt
    assert ind.get(f"{W}firstLine") == "0"
    first = styles.find(f"w:style[@w:styleId='{S.SUBPARAGRAPH}']/w:basedOn", NS)
    assert first.get(f"{W}val") == S.BODY  # (a): continuation back at the body indent


def test_the_committee_line_has_the_full_width(gfmd: Exported) -> None:
    styles = gfmd.xml("word/styles.xml")
    ind = styles.find(f"w:style[@w:styleId='{S.COMMITTEE}']/w:pPr/w:ind", NS)
    assert ind.get(f"{W}right") == "0"


def test_character_spacing_is_set_once_in_the_defaults_never_on_a_run(gfmd: Exported) -> None:
    styles = gfmd.xml("word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:spacing", NS)
    assert default is not None and default.get(f"{{{NS['w']}}}val") == "6"  # 0.3 pt
    assert len(styles.findall(".//w:rPr/w:spacing", NS)) == 1 + len(
        styles.findall(".//w:style//w:rPr/w:spacing", NS)
    )
    assert gfmd.document.findall(".//w:r/w:rPr/w:spacing", NS) == []
    assert gfmd.xml("word/footnotes.xml").findall(".//w:r/w:rPr/w:spacing", NS) == []


def test_the_source_ending_is_kept_not_the_derived_one(tmp_path: Path) -> None:
    """S/2020/449 operative 2 ends "…, shall" before its sub-paragraphs: never "shall:"."""
    resolution = import_file(CORPUS / "13_S_2020_449.txt")
    explicit = [(derive(resolution).label(p.id), p.ending) for _part, p in resolution.walk()
                if p.ending is not None]
    assert explicit == [("2.", "")]  # the only paragraph whose ending differs in the corpus
    texts = export(resolution, tmp_path).texts()
    second = next(t for t in texts if t.startswith("2.\tDecides further"))
    assert second.endswith("(S/2020/448), shall")
