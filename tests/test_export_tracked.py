"""The tracked-changes Word file: accept all = the new text, reject all = the old one."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openxml_audit
import pytest
from lxml import etree

from draftdesk.cli import main
from draftdesk.compare import compare
from draftdesk.compose import Options, Profile
from draftdesk.export import export_docx
from draftdesk.export.tracked import export_tracked_docx
from draftdesk.importers import import_file
from draftdesk.model import derive, edit
from draftdesk.model.document import Part
from draftdesk.model.versions import frozen_copy, save_version
from draftdesk.rollover import roll_over_file
from draftdesk.storage import load_draft, save_draft
from tools import CORPUS
from tools.edits import negotiate
from tools.layout import render_pdfs, tools_missing
from tools.revisions import W, accepted, plain, read_parts, rejected, revision_ids

WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
SOURCES = sorted(p.name for p in CORPUS.glob("*.txt"))


def tracked_pair(source: Path, folder: Path) -> tuple[Path, Path, Path]:
    """Export old, new and the tracked file for one corpus text with the scripted edits."""
    old = import_file(source)
    new = negotiate(old)
    paths = folder / "old.docx", folder / "new.docx", folder / "tracked.docx"
    export_docx(old, paths[0])
    export_docx(new, paths[1])
    export_tracked_docx(old, new, paths[2], author="Delegation of Iceland", when=WHEN)
    return paths


@pytest.mark.parametrize("source", SOURCES)
def test_accept_all_gives_the_new_text_and_reject_all_the_old(source: str,
                                                              tmp_path: Path) -> None:
    old, new, tracked = tracked_pair(CORPUS / source, tmp_path)
    assert accepted(tracked) == plain(new)
    assert rejected(tracked) == plain(old)
    assert plain(new) != plain(old)
    ids = revision_ids(tracked)
    assert len(ids) == len(set(ids)) and len(ids) > 10
    body = read_parts(tracked)["word/document.xml"]
    # No word is deleted and inserted again as it was: unchanged text stays plain.
    for deletion in body.iter(W + "del"):
        following = deletion.getnext()
        notes = [el for el in (deletion, following) if el is not None
                 for _ in el.iter(W + "footnoteReference")]
        if following is not None and following.tag == W + "ins" and not notes:
            old_words = "".join(t.text or "" for t in deletion.iter(W + "delText"))
            new_words = "".join(t.text or "" for t in following.iter(W + "t"))
            assert old_words != new_words, old_words
    assert not list(body.iter(W + "pPrChange"))  # the scripted edits change no paragraph style
    names = [el.get(W + "name") for el in body.iter(W + "bookmarkStart")]
    assert len(names) == len(set(names))  # the notes' bookmarks, from the new text only
    result = openxml_audit.OpenXmlValidator().validate(str(tracked))
    assert result.is_valid, result.errors


@pytest.mark.parametrize("source", ["02_A_80_L.15.txt", "09_A_RES_80_164.txt"])
def test_the_submission_manuscript_carries_the_same_changes(source: str,
                                                           tmp_path: Path) -> None:
    manuscript = Options(profile=Profile.MANUSCRIPT)
    old = import_file(CORPUS / source)
    new = negotiate(old)
    tracked = tmp_path / "tracked.docx"
    export_tracked_docx(old, new, tracked, when=WHEN, options=manuscript)
    export_docx(old, tmp_path / "old.docx", options=manuscript)
    export_docx(new, tmp_path / "new.docx", options=manuscript)
    assert accepted(tracked) == plain(tmp_path / "new.docx")
    assert rejected(tracked) == plain(tmp_path / "old.docx")
    assert revision_ids(tracked)
    assert openxml_audit.OpenXmlValidator().validate(str(tracked)).is_valid
    with zipfile.ZipFile(tracked) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
    body = styles.find(f".//{W}style[@{W}styleId='UNBody']/{W}pPr/{W}spacing")
    assert body is not None and body.get(W + "line") == "480"  # double spacing
    sizes = {el.get(W + "val") for el in styles.iter(W + "sz")}
    assert sizes <= {"24", "20"}  # 12 pt text, 10 pt notes


def test_each_kind_of_change_is_there(tmp_path: Path) -> None:
    _old, _new, tracked = tracked_pair(CORPUS / "01_A_80_L.26.txt", tmp_path)
    parts = read_parts(tracked)
    body = parts["word/document.xml"]
    tags = {etree.QName(el).localname for el in body.iter()}
    assert {"ins", "del", "delText", "moveFrom", "moveTo", "moveFromRangeStart",
            "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"} <= tags
    # Whole paragraphs inserted or deleted carry the mark on their paragraph mark too.
    marks = {etree.QName(el).localname for el in body.iterfind(".//w:pPr/w:rPr/*", {"w": W[1:-1]})}
    assert {"ins", "del", "moveFrom", "moveTo"} <= marks
    # Author and date on every revision.
    revisions = [el for el in body.iter(W + "ins", W + "del")]
    assert {el.get(W + "author") for el in revisions} == {"Delegation of Iceland"}
    assert {el.get(W + "date") for el in revisions} == {"2026-12-01T09:30:00Z"}
    # Words rewritten in place: the new words inserted, the old ones deleted.
    inserted = "".join(t.text or "" for el in body.iter(W + "ins") for t in el.iter(W + "t"))
    deleted = "".join(t.text or "" for t in body.iter(W + "delText"))
    assert "firmly and unanimously" in inserted and "Iceland" in inserted
    assert "to remain seized of the matter" in inserted
    # Footnotes: the removed one deleted in the notes part, the new one inserted.
    notes = parts["word/footnotes.xml"]
    assert any("See A/80/1" in (t.text or "") for el in notes.iter(W + "ins")
               for t in el.iter(W + "t"))
    assert list(notes.iter(W + "delText"))
    # The date on the masthead.
    header_changes = [el for name, root in parts.items() if "header" in name
                      for el in root.iter(W + "ins", W + "del")]
    assert header_changes
    assert deleted


def test_a_moved_block_moves_with_its_subparagraphs(tmp_path: Path) -> None:
    old = import_file(CORPUS / "01_A_80_L.26.txt")
    new = frozen_copy(old)
    block = next(p for p in new.operative if len(p.children) > 3)
    edit.move_paragraph(new, block.id, edit.Location(Part.OPERATIVE, None, len(new.operative) - 1))
    path = tmp_path / "t.docx"
    export_tracked_docx(old, new, path)
    body = read_parts(path)["word/document.xml"]
    marks = [el for el in body.iter(W + "moveTo") if el.getparent().tag == W + "rPr"]
    assert len(marks) == len(list(block.walk()))  # the paragraph and each sub-paragraph
    # Besides the move, only labels and end punctuation change: renumbered, not rewritten.
    edits = [t.text or "" for tag in ("ins", "del") for el in body.iter(W + tag)
             for t in el.iter(W + "t", W + "delText")]
    assert edits and all(len(text.strip()) <= 3 for text in edits)


def test_the_same_text_tracks_nothing(tmp_path: Path) -> None:
    old = import_file(CORPUS / "02_A_80_L.15.txt")
    path = tmp_path / "t.docx"
    export_tracked_docx(old, frozen_copy(old), path)
    body = read_parts(path)["word/document.xml"]
    assert not [el for tag in ("ins", "del", "moveFrom", "moveTo", "pPrChange")
                for el in body.iter(W + tag)]
    export_docx(old, tmp_path / "n.docx")
    assert plain(path) == plain(tmp_path / "n.docx")


def test_texts_from_two_files_pair_by_similarity(tmp_path: Path) -> None:
    old = import_file(CORPUS / "04_A_C.2_80_L.30.txt")
    new = import_file(CORPUS / "04_A_C.2_80_L.30.txt")  # fresh ids
    edit.delete_paragraph(new, new.operative[2].id)
    comparison = compare(old, new)
    path = tmp_path / "t.docx"
    export_tracked_docx(old, new, path, comparison=comparison)
    export_docx(new, tmp_path / "n.docx")
    export_docx(old, tmp_path / "o.docx")
    assert accepted(path) == plain(tmp_path / "n.docx")
    assert rejected(path) == plain(tmp_path / "o.docx")
    body = read_parts(path)["word/document.xml"]
    assert not list(body.iter(W + "moveFrom"))  # renumbered, not moved


def test_rolled_over_resolution_against_the_a_res(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A/RES/73/7 rolled over to next session's draft, edited, exported with changes."""
    source = CORPUS / "10_A_RES_73_7.txt"
    res = import_file(source)
    draft = roll_over_file(source).draft
    assert draft.base_text is not None and draft.base_text.name == "A/RES/73/7"
    draft.metadata.symbol = "A/74/L.12"
    paragraph = draft.operative[0]
    edit.set_text(draft, paragraph.id, paragraph.lead,
                  [*paragraph.content[:-1], *paragraph.content[-1:]])
    edit.insert_paragraph(draft, edit.Location(Part.OPERATIVE, None, len(draft.operative)),
                          negotiate(res).operative[-2])
    path = tmp_path / "draft.draftdesk"
    save_draft(draft, path)
    out = tmp_path / "tracked.docx"
    assert main(["export", str(path), "-o", str(out), "--changes-against",
                 "--author", "Delegation of Iceland"]) == 0
    export_docx(load_draft(path), tmp_path / "new.docx")
    export_docx(res, tmp_path / "res.docx")
    assert accepted(out) == plain(tmp_path / "new.docx")
    assert rejected(out) == plain(tmp_path / "res.docx")
    deleted = "".join(t.text or "" for t in read_parts(out)["word/document.xml"].iter(
        W + "delText"))
    assert "73/7" in deleted  # the adopted heading is gone
    inserted = "".join(t.text or "" for t in read_parts(out)["word/document.xml"].iter(W + "t")
                       if t.getparent() is not None and t.getparent().getparent() is not None
                       and t.getparent().getparent().tag == W + "ins")
    # The rollover's own changes are tracked too: 73/7 added to the recalled resolutions, and
    # "seventy-fourth session" moved on to "seventy-fifth".
    assert "73/7" in inserted and "fifth" in inserted
    assert "fourth" in deleted
    assert "Exported" in capsys.readouterr().out


def test_cli_changes_against_a_version_and_a_file(tmp_path: Path) -> None:
    old = import_file(CORPUS / "02_A_80_L.15.txt")
    save_version(old, "First reading")
    edit.delete_paragraph(old, old.preambular[0].id)
    path = tmp_path / "d.draftdesk"
    save_draft(old, path)
    out = tmp_path / "v.docx"
    assert main(["export", str(path), "-o", str(out),
                 "--changes-against-version", "First reading"]) == 0
    assert any(el.tag == W + "del" for el in read_parts(out)["word/document.xml"].iter())
    out2 = tmp_path / "f.docx"
    assert main(["export", str(path), "-o", str(out2), "--changes-against",
                 str(CORPUS / "02_A_80_L.15.txt")]) == 0
    assert revision_ids(out2)


@pytest.mark.parametrize(("args", "message"), [
    (["--changes-against"], "has no base text"),
    (["--changes-against", "nowhere.txt"], "nowhere.txt: no such file"),
    (["--changes-against-version", "Zero draft"], "no version named 'Zero draft'"),
])
def test_cli_bad_old_text_writes_nothing(args: list[str], message: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.draftdesk"
    save_draft(import_file(CORPUS / "02_A_80_L.15.txt"), path)
    out = tmp_path / "out.docx"
    out.write_bytes(b"earlier export")
    assert main(["export", str(path), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("draftdesk: error: ") and message in err and err.count("\n") == 1
    assert out.read_bytes() == b"earlier export"


@pytest.mark.render
@pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or "")
def test_libreoffice_prints_the_changes_in_colour(tmp_path: Path) -> None:
    source = CORPUS / "01_A_80_L.26.txt"
    _old, _new, tracked = tracked_pair(source, tmp_path)
    pdf = render_pdfs([tracked], tmp_path / "pdf")[tracked]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = " ".join(text.split())
    assert "firmly and unanimously" in words  # inserted
    assert "Iceland" in words
    assert "Recalling all its relevant resolutions, including those adopted" in words  # deleted
    # The removed note is printed (struck through) under the page of its deleted marker.
    original = import_file(source)
    removed = original.footnotes[derive(original).footnote_order[0]]
    page_one = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
    assert removed.plain_text in page_one
    ppm = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(ppm)],
                   check=True)
    data = next(tmp_path.glob("page*.ppm")).read_bytes()
    pixels = data[data.index(b"255\n") + 4:]
    coloured = sum(
        1 for i in range(0, len(pixels) - 2, 3)
        if max(pixels[i:i + 3]) - min(pixels[i:i + 3]) > 80
    )
    assert coloured > 100  # LibreOffice colours tracked changes


def test_changes_against_an_issued_word_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """The L-document as issued in Word is the old text: paragraphs pair by their wording."""
    issued = import_file(CORPUS / "04_A_C.2_80_L.30.txt")
    word = tmp_path / "L30.docx"
    export_docx(issued, word)
    revised = negotiate(issued)
    draft = tmp_path / "L30-rev1.draftdesk"
    save_draft(revised, draft)
    assert main(["compare", str(word), str(draft), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    kinds = {c["kind"] for c in changes}
    assert {"added", "deleted", "moved", "changed"} <= kinds
    # Read back from Word, the text pairs paragraph for paragraph: one added, one deleted.
    assert [c["kind"] for c in changes].count("added") == 1
    assert [c["kind"] for c in changes].count("deleted") == 1
    out = tmp_path / "rev1.docx"
    assert main(["export", str(draft), "-o", str(out), "--changes-against", str(word)]) == 0
    export_docx(revised, tmp_path / "plain.docx")
    assert accepted(out) == plain(tmp_path / "plain.docx")


@pytest.mark.render
@pytest.mark.skipif(tools_missing() is not None, reason=tools_missing() or "")
def test_libreoffice_lists_the_changes(tmp_path: Path) -> None:
    """Opened in LibreOffice, the revisions are tracked changes (Edit ▸ Track Changes ▸ Manage)."""
    _old, _new, tracked = tracked_pair(CORPUS / "01_A_80_L.26.txt", tmp_path)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(tracked)],
            capture_output=True, timeout=180, check=False,
        )
    with zipfile.ZipFile(tmp_path / "odt" / "tracked.odt") as archive:
        content = etree.fromstring(archive.read("content.xml"))
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    regions = content.findall(f".//{{{text}}}tracked-changes/{{{text}}}changed-region")
    kinds = [etree.QName(region[0]).localname for region in regions if len(region)]
    assert kinds.count("insertion") >= 5 and kinds.count("deletion") >= 5
    creators = {el.text for el in content.iter("{http://purl.org/dc/elements/1.1/}creator")}
    assert creators == {"Delegation of Iceland"}


def test_changes_against_the_official_pdf(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The issued L-document as a PDF is the old text; the revised draft tracks against it."""
    pdf = CORPUS.parent / "pdfs" / "01_A_80_L.26.pdf"
    revised = negotiate(import_file(CORPUS / "01_A_80_L.26.txt"))
    draft = tmp_path / "L26-rev1.draftdesk"
    save_draft(revised, draft)
    assert main(["compare", str(pdf), str(draft), "--json"]) == 0
    kinds = [c["kind"] for c in json.loads(capsys.readouterr().out)]
    assert sorted(set(kinds)) == ["added", "changed", "deleted", "footnote added",
                                  "footnote removed", "metadata", "moved"]
    assert kinds.count("added") == kinds.count("deleted") == kinds.count("moved") == 1
    out = tmp_path / "rev1.docx"
    assert main(["export", str(draft), "-o", str(out), "--changes-against", str(pdf)]) == 0
    export_docx(revised, tmp_path / "plain.docx")
    assert accepted(out) == plain(tmp_path / "plain.docx")
    export_docx(import_file(pdf), tmp_path / "issued.docx")
    assert rejected(out) == plain(tmp_path / "issued.docx")
