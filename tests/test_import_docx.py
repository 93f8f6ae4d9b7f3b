"""Word files in: DraftDesk's exports come back exactly; a delegation's Word file reads right."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from datafiles import CORPUS, DATA, SEED
from draftdesk.cli import main
from draftdesk.export.docx import export_docx
from draftdesk.importers import import_docx, import_file
from draftdesk.importers.word.numbering import Numbering, format_number
from draftdesk.model.derive import derive
from draftdesk.model.document import FootnoteRef, Resolution, Text
from draftdesk.storage import to_dict

DOCX = DATA / "docx"
SOURCES = [*sorted(CORPUS.glob("*.txt")), SEED]
# The parts that hold what the document prints; docProps/core.xml only dates the export.
PRINTED_PARTS = re.compile(r"^word/(document|footnotes|header\d+|footer\d+)\.xml$")


def canonical(resolution: Resolution) -> dict[str, Any]:
    """The draft as stored, with its random ids replaced by their order of appearance."""
    ids: dict[str, str] = {}

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if key in ("id", "footnote", "xref", "paragraph") and isinstance(value, str) and value:
            return ids.setdefault(value, f"#{len(ids)}")
        return value

    return walk(to_dict(resolution))  # type: ignore[no-any-return]


def printed_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if PRINTED_PARTS.match(name)
        }


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_export_import_export_gives_the_same_document(source: Path, tmp_path: Path) -> None:
    original = import_file(source)
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    export_docx(original, first)
    again = import_file(first)
    assert canonical(again) == canonical(original)
    assert again.import_notes == []
    export_docx(again, second)
    first_parts, second_parts = printed_parts(first), printed_parts(second)
    assert "word/document.xml" in first_parts
    assert first_parts == second_parts


def test_round_trip_keeps_italics_inside_text_and_notes(tmp_path: Path) -> None:
    original = import_file(SEED)
    first = original.preambular[0]
    note_id = next(item.note_id for item in first.content if isinstance(item, FootnoteRef))
    # An italic title right before a marker, one ending a sentence, and one in a note.
    first.content = [
        Text("that the "), Text("2005 World Summit Outcome", italic=True), FootnoteRef(note_id),
        Text(" acknowledged the nexus described in "),
        Text("Official Records of the General Assembly.", italic=True),
    ]
    original.footnotes[note_id].content = [
        Text("Resolution 60/1; see also "), Text("Yearbook of the United Nations", italic=True),
        Text(", 2005."),
    ]
    export_docx(original, tmp_path / "seed.docx")
    again = import_docx(tmp_path / "seed.docx")
    assert canonical(again) == canonical(original)
    assert again.preambular[0].content[1] == Text("2005 World Summit Outcome", italic=True)


# ------------------------------------------------------------------ a delegation's Word file


def outline(resolution: Resolution) -> list[tuple[str, str, str, str]]:
    """(label or numeral, lead, text, markers) for every paragraph in order."""
    derived = derive(resolution)
    out = []
    for _part, paragraph in resolution.walk():
        info = derived.info[paragraph.id]
        markers = ",".join(
            str(derived.footnote_numbers[item.note_id])
            for item in paragraph.content if isinstance(item, FootnoteRef)
        )
        out.append((info.label or paragraph.numeral, paragraph.lead, paragraph.body_text, markers))
    return out


EXPECTED_ACCEPTED = [
    ("", "Recalling", "the Convention on the Rights of the Child", "1"),
    ("", "Recalling also", "its resolution 79/150 of 17 December 2024 and all previous "
     "resolutions on the rights of the child", ""),
    ("", "Taking note", "of the report of the Secretary-General, and of the Official Records "
     "cited therein", "2"),
    ("I", "", "General provisions", ""),
    ("1.", "Urges", "all States to ratify the Convention", ""),
    ("2.", "Calls upon", "States", ""),
    ("(a)", "", "To protect children", ""),
    ("(b)", "", "To end child labour in armed conflict", ""),
    ("3.", "Encourages", "the exchange of good practices", ""),
    ("II", "", "Follow-up", ""),
    ("4.", "Requests", "the Secretary-General to report, in line with the study, on", "1"),
    ("(a)", "", "Progress made", ""),
    ("(b)", "", "Remaining gaps, in particular", ""),
    ("(i)", "", "birth registration", ""),
    ("(ii)", "", "juvenile justice", ""),
    ("5.", "Decides", "to remain seized of the matter", ""),
]


@pytest.mark.parametrize(
    "name", ["delegation_table.docx", "delegation_header.docx", "delegation_text.docx"]
)
def test_a_delegations_word_file_imports_right(name: str) -> None:
    resolution = import_file(DOCX / name)
    meta = resolution.metadata
    assert (meta.symbol, meta.distribution, meta.original_language) == (
        "A/C.3/80/L.99", "Limited", "English"
    )
    assert meta.date is not None and meta.date.isoformat() == "2025-10-14"
    assert (meta.session, meta.committee) == (80, 3)
    assert [(a.number, a.title) for a in meta.agenda_items] == [
        ("68", "Promotion and protection of the rights of children")
    ]
    assert [s.name for s in meta.sponsors] == ["Mexico", "Norway"]
    assert meta.title == "Rights of the child"
    assert [(n.anchor, n.text) for n in meta.cover_notes] == [
        ("sponsors", "Any changes to the list of sponsors will be reflected in the official "
         "record.")
    ]
    assert outline(resolution) == EXPECTED_ACCEPTED
    texts = [note.content for note in resolution.footnotes.values()]
    assert texts[0] == [
        Text("United Nations, "), Text("Treaty Series", italic=True),
        Text(", vol. 1577, No. 27531."),
    ]
    third = resolution.preambular[2]
    assert Text("Official Records", italic=True) in third.content


def test_tracked_changes_are_read_accepted_and_said() -> None:
    resolution = import_file(DOCX / "delegation_table.docx")
    by_id = {p.id: p for _part, p in resolution.walk()}
    messages = [
        (note.message, by_id[note.paragraph_id].lead if note.paragraph_id else None)
        for note in resolution.import_notes
    ]
    summary = messages[0]
    assert summary[1] is None
    assert summary[0].startswith("Tracked changes read with every change accepted: "
                                 "2 insertions, 1 deletion, 1 move and 1 new paragraph")
    assert ("Tracked changes accepted here: 1 insertion", "Recalling also") in messages
    assert ("Tracked changes accepted here: 1 deletion", "Urges") in messages
    assert ("Tracked changes accepted here: 1 insertion and 1 new paragraph",
            "Encourages") in messages
    assert ("Comment: Mexico: Could we say calls upon?", "Urges") in messages
    assert ("Comment: Norway: Standard ending.", "Decides") in messages


def test_tracked_changes_can_be_rejected_instead() -> None:
    resolution = import_docx(DOCX / "delegation_header.docx", accept_changes=False)
    rows = outline(resolution)
    assert rows[1] == ("", "Recalling also",
                       "all previous resolutions on the rights of the child", "")
    assert ("1.", "Urges", "all States strongly to ratify the Convention", "") in rows
    assert ("(a)", "", "To protect children in armed conflict", "") in rows
    assert ("(b)", "", "To end child labour", "") in rows
    assert not any(row[1] == "Encourages" for row in rows)
    # The operative numbering closes up around the rejected paragraph; the heading keeps II.
    assert [row[0] for row in rows if row[0][:1].isdigit() or row[0] in ("I", "II")] == [
        "I", "1.", "2.", "II", "3.", "4."
    ]
    assert resolution.import_notes[0].message.startswith(
        "Tracked changes read as the original, every change rejected:"
    )


def test_word_numbering_restarts_and_continues() -> None:
    from lxml import etree

    xml = b"""<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/>
          <w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
          <w:lvlText w:val="%1.(%2)"/><w:suff w:val="space"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="7"><w:abstractNumId w:val="1"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
    </w:numbering>"""
    numbering = Numbering(etree.fromstring(xml))
    assert numbering.label("5", 0) == ("III.", "\t")
    assert numbering.label("5", 1) == ("III.(a)", " ")
    assert numbering.label("5", 1) == ("III.(b)", " ")
    # Another instance of the same list without a restart continues it.
    assert numbering.label("6", 0) == ("IV.", "\t")
    assert numbering.label("6", 1) == ("IV.(a)", " ")
    # An instance with a start override counts afresh from its own start.
    assert numbering.label("7", 0) == ("X.", "\t")
    assert numbering.label("9", 0) == ("", "")
    assert [format_number(n, f) for n, f in [(4, "lowerRoman"), (27, "lowerLetter"),
                                              (12, "decimal"), (2, "upperLetter")]] == [
        "iv", "aa", "12", "B"
    ]


# ------------------------------------------------------------------ the command line


def test_the_command_line_imports_outlines_and_exports_word_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = DOCX / "delegation_table.docx"
    draft = tmp_path / "draft.draftdesk"
    assert main(["import", str(source), "-o", str(draft)]) == 0
    stored = json.loads(draft.read_text(encoding="utf-8"))
    assert stored["import_notes"][0]["message"].startswith("Tracked changes read with")
    capsys.readouterr()
    assert main(["outline", str(source), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["symbol"] == "A/C.3/80/L.99"
    assert len(data["import_notes"]) == 8
    output = tmp_path / "out.docx"
    assert main(["export", str(source), "-o", str(output)]) == 0
    assert outline(import_file(output)) == EXPECTED_ACCEPTED


def test_italic_follows_styles_their_bases_and_direct_formatting() -> None:
    from lxml import etree

    from draftdesk.importers.word.styles import RunLook, Styles, resolve, run_look

    xml = b"""<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
      <w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Normal"/>
        <w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="QuoteIndented"><w:basedOn w:val="Quote"/></w:style>
      <w:style w:type="character" w:styleId="Emphasis"><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Title"><w:basedOn w:val="Emphasis"/></w:style>
      <w:style w:type="character" w:styleId="Note"><w:rPr><w:vertAlign w:val="superscript"/>
        </w:rPr></w:style>
    </w:styles>"""
    styles = Styles(etree.fromstring(xml))
    normal, quote = styles.paragraph(""), styles.paragraph("QuoteIndented")
    plain, defaults = RunLook(), styles.defaults
    direct_off = run_look(etree.fromstring(
        b'<w:rPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:i w:val="0"/></w:rPr>'
    ))
    assert resolve(plain, styles.character("Title"), normal.look, defaults)[0] is True
    assert resolve(plain, plain, quote.look, defaults)[0] is True
    # Italic is a toggle: an italic character style inside an italic paragraph prints upright.
    assert resolve(plain, styles.character("Emphasis"), quote.look, defaults)[0] is False
    assert resolve(direct_off, plain, quote.look, defaults)[0] is False
    assert resolve(plain, styles.character("Note"), normal.look, defaults)[1] is True


def _with_document(tmp_path: Path, edit: Any) -> Path:
    """Copy the table-masthead fixture with its document.xml edited."""
    source, target = DOCX / "delegation_table.docx", tmp_path / "edited.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            new.writestr(name, edit(data) if name == "word/document.xml" else data)
    return target


def test_leads_are_guessed_only_in_a_file_without_italic_openings(tmp_path: Path) -> None:
    def roman(data: bytes) -> bytes:
        return data.replace(b"<w:i/>", b"").replace(b'<w:rStyle w:val="LeadPhrase"/>', b"")

    plain = import_file(_with_document(tmp_path, roman))
    assert [row[:2] for row in outline(plain)] == [row[:2] for row in EXPECTED_ACCEPTED]

    def one_roman(data: bytes) -> bytes:
        # "Urges" typed without italics in a file whose other openings are italic.
        return data.replace(b"<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Urges", (
            b"<w:t xml:space=\"preserve\">Urges"
        ))

    mixed = import_file(_with_document(tmp_path, one_roman))
    rows = outline(mixed)
    assert ("1.", "", "Urges all States to ratify the Convention", "") in rows
    assert ("2.", "Calls upon", "States", "") in rows


def test_annexes_come_back_with_their_notes_and_sub_paragraphs(tmp_path: Path) -> None:
    from draftdesk.model.document import Annex, Footnote, Paragraph

    original = import_file(CORPUS / "10_A_RES_73_7.txt")  # with closing lines and notes
    body_note = next(iter(original.footnotes))
    original.footnotes["annex-only"] = Footnote(
        "annex-only", [Text("See "), Text("Official Records", italic=True), Text(".")]
    )
    items = [
        Paragraph(content=[Text("first item;")]),
        Paragraph(content=[Text("second item, with:")], children=[
            Paragraph(content=[Text("a point;")]), Paragraph(content=[Text("another.")]),
        ]),
    ]
    original.annexes = [
        Annex(
            heading="Annex I", title="Terms of reference",
            preamble=[Paragraph(lead="Reaffirming", content=[Text("the Charter,")])],
            paragraphs=[
                Paragraph(content=[Text("The Forum shall meet once a year."),
                                   FootnoteRef("annex-only")]),
                Paragraph(content=[Text("The Forum shall report"), FootnoteRef(body_note),
                                   Text(" on:")], children=items),
            ],
        ),
        Annex(heading="Annex II", title="Members",
              paragraphs=[Paragraph(content=[Text("All States.")])]),
    ]
    export_docx(original, tmp_path / "annexed.docx")
    again = import_file(tmp_path / "annexed.docx")
    assert canonical(again) == canonical(original)
    assert again.metadata.closing_lines == original.metadata.closing_lines
