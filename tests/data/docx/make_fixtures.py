# ruff: noqa: E501  (the XML of a Word file reads best one element a line)
"""Write the Word files a delegation might send, as Word itself stores them.

Run ``python tests/data/docx/make_fixtures.py`` to rebuild ``delegation_table.docx`` (masthead
in a table), ``delegation_header.docx`` (masthead in the first-page header) and
``delegation_text.docx`` (masthead typed as paragraphs with tabs). All hold the same body: automatic numbering with a restarted list, typed labels, headings numbered by
Word, real footnotes (one cited again through a NOTEREF field), italics by direct formatting,
by a paragraph style and by a character style based on another, tracked changes (insertions,
a deletion, a move, a whole inserted paragraph) and two comments.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
STAMP = 'w:author="Norway" w:date="2025-10-10T10:00:00Z"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Formula"><w:name w:val="Formula"/><w:basedOn w:val="Normal"/>
  <w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBase"><w:name w:val="List Base"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Operative"><w:name w:val="Operative"/><w:basedOn w:val="ListBase"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="Slanted"><w:name w:val="Slanted"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="LeadPhrase"><w:name w:val="Lead Phrase"/><w:basedOn w:val="Slanted"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
  <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>"""


def level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="tab"/></w:lvl>')


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="10">{level(0, "decimal", "%1.")}{level(1, "lowerLetter", "(%2)")}</w:abstractNum>
<w:abstractNum w:abstractNumId="20">{level(0, "upperRoman", "%1.")}</w:abstractNum>
<w:abstractNum w:abstractNumId="30">{level(0, "lowerLetter", "(%1)")}{level(1, "lowerRoman", "(%2)")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, props: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{t(text)}</w:r>"


def para(content: str, style: str = "", numbering: str = "", mark: str = "") -> str:
    ppr = ""
    if style or numbering or mark:
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        mark_xml = f"<w:rPr>{mark}</w:rPr>" if mark else ""
        ppr = f"<w:pPr>{style_xml}{numbering}{mark_xml}</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def note_ref(note_id: int, bookmark: str = "") -> str:
    ref = (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
           f'<w:footnoteReference w:id="{note_id}"/></w:r>')
    if bookmark:
        return (f'<w:bookmarkStart w:id="90" w:name="{bookmark}"/>{ref}'
                '<w:bookmarkEnd w:id="90"/>')
    return ref


def noteref_field(bookmark: str, shown: str) -> str:
    sup = '<w:rStyle w:val="FootnoteReference"/>'
    return (f'<w:r><w:rPr>{sup}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:rPr>{sup}</w:rPr><w:instrText xml:space="preserve"> NOTEREF {bookmark} \\f \\h </w:instrText></w:r>'
            f'<w:r><w:rPr>{sup}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr>{sup}</w:rPr>{t(shown)}</w:r>'
            f'<w:r><w:rPr>{sup}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>')


ITALIC = "<w:i/>"
LEAD = '<w:rStyle w:val="LeadPhrase"/>'


def cover() -> list[str]:
    return [
        para(run("Eightieth session")),
        para(run("Third Committee")),
        para(run("Agenda item 68")),
        para(run("Promotion and protection of the rights of children")),
        # The asterisk note on the sponsors line: a footnote with a custom mark.
        para(run("Mexico and Norway:")
             + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
               '<w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>'
             + run(" draft resolution")),
        para(run("Rights of the child")),
        para(run("The General Assembly") + run(",", '<w:i w:val="0"/>'), "Formula"),
    ]


def body() -> list[str]:
    return [
        # Preamble: leads by a character style based on another, by direct formatting.
        para(run("Recalling", LEAD) + run(" the Convention on the Rights of the Child,")
             + note_ref(1, "_Ref1")),
        para(run("Recalling also", ITALIC) + f'<w:ins w:id="1" {STAMP}>'
             + run(" its resolution 79/150 of 17 December 2024 and") + "</w:ins>"
             + run(" all previous resolutions on the rights of the child,")),
        para(run("Taking note", LEAD) + run(" of the report of the Secretary-General,")
             + note_ref(2) + run(" and of the ") + run("Official Records", ITALIC)
             + run(" cited therein,")),
        # Operative part: headings numbered I., II. by Word; paragraphs by the style's list.
        para(run("General provisions"), "Heading1"),
        para('<w:commentRangeStart w:id="7"/>' + run("Urges", ITALIC) + run(" all States ")
             + f'<w:del w:id="2" {STAMP}><w:r><w:delText xml:space="preserve">strongly </w:delText></w:r></w:del>'
             + run("to ratify the Convention;")
             + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>',
             "Operative"),
        para(run("Calls upon", ITALIC) + run(" States:"), "Operative"),
        para(run("To protect children") + f'<w:moveFrom w:id="3" {STAMP}>'
             + run(" in armed conflict") + "</w:moveFrom>" + run(";"), "Normal", num(3)),
        para(run("To end child labour") + f'<w:moveTo w:id="4" {STAMP}>'
             + run(" in armed conflict") + "</w:moveTo>" + run(";"), "Normal", num(3)),
        # A whole paragraph inserted, its mark included.
        para(f'<w:ins w:id="5" {STAMP}>' + run("Encourages", ITALIC)
             + run(" the exchange of good practices;") + "</w:ins>", "Operative",
             mark=f'<w:ins w:id="6" {STAMP}/>'),
        para(run("Follow-up"), "Heading1"),
        para(run("Requests", ITALIC) + run(" the Secretary-General to report, in line with the study")
             + noteref_field("_Ref1", "1") + run(", on:"), "Operative"),
        para(run("Progress made;"), "Normal", num(4)),
        para(run("Remaining gaps, in particular:"), "Normal", num(4)),
        para(run("(i)\tbirth registration;")),
        para(run("(ii)\tjuvenile justice;")),
        para('<w:commentRangeStart w:id="8"/>' + run("Decides", ITALIC)
             + run(" to remain seized of the matter.")
             + '<w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r>',
             "Operative"),
    ]


def footnotes() -> str:
    def note(note_id: int, content: str) -> str:
        mark = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:tab/></w:r>')
        return f'<w:footnote w:id="{note_id}"><w:p>{mark}{content}</w:p></w:footnote>'

    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            + note(1, run("United Nations, ") + run("Treaty Series", ITALIC) + run(", vol. 1577, No. 27531."))
            + note(2, run("A/80/275."))
            + '<w:footnote w:id="3"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:tab/></w:r>'
            + run("Any changes to the list of sponsors will be reflected in the official record.")
            + "</w:p></w:footnote>"
            + "</w:footnotes>")


COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {NS}>
<w:comment w:id="7" w:author="Mexico" w:date="2025-10-11T09:00:00Z"><w:p>{run("Could we say calls upon?")}</w:p></w:comment>
<w:comment w:id="8" w:author="Norway" w:date="2025-10-11T09:30:00Z"><w:p>{run("Standard ending.")}</w:p></w:comment>
</w:comments>"""

SYMBOL = "A/C.3/80/L.99"


def masthead_table() -> str:
    def cell(*lines: str) -> str:
        return f"<w:tc>{''.join(para(run(line)) for line in lines)}</w:tc>"

    return ("<w:tbl><w:tblPr/><w:tblGrid/>"
            f"<w:tr>{cell('United Nations')}{cell(SYMBOL)}</w:tr>"
            f"<w:tr>{cell('General Assembly')}"
            f"{cell('Distr.: Limited', '14 October 2025', '', 'Original: English')}</w:tr>"
            "</w:tbl>")


def header(lines: list[str]) -> str:
    paragraphs = "".join(
        para("".join(run(piece) if piece else "<w:r><w:tab/></w:r>" for piece in line.split("|")))
        for line in lines
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{paragraphs}</w:hdr>'


def masthead_text() -> list[str]:
    """The masthead typed as paragraphs, the right-hand column after tabs."""
    tab = "<w:r><w:tab/></w:r>"
    return [
        para(run("United Nations") + tab + tab + run(SYMBOL)),
        para(run("General Assembly") + tab + tab + run("Distr.: Limited")),
        para(tab + tab + run("14 October 2025")),
        para(tab + tab + run("Original: English")),
    ]


def document(masthead: str) -> str:
    section = ('<w:sectPr><w:headerReference w:type="default" r:id="rId6"/>'
               + ('<w:headerReference w:type="first" r:id="rId5"/><w:titlePg/>'
                  if masthead == "header" else "")
               + "</w:sectPr>")
    top = {"table": [masthead_table()], "text": masthead_text(), "header": []}[masthead]
    blocks = top + cover() + body()
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}>'
            f"<w:body>{''.join(blocks)}{section}</w:body></w:document>")


def write(path: Path, masthead: str) -> None:
    first_header = header([
        f"United Nations||{SYMBOL}", "General Assembly||Distr.: Limited",
        "||14 October 2025", "", "||Original: English",
    ])
    running_head = header([f"{SYMBOL}", "Draft of 10 October, Norway's comments included"])
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document(masthead),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": footnotes(),
        "word/comments.xml": COMMENTS,
        "word/header1.xml": first_header,
        "word/header2.xml": running_head,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            # A fixed timestamp keeps the fixture byte-identical from one build to the next.
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 10, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    for masthead in ("table", "header", "text"):
        write(HERE / f"delegation_{masthead}.docx", masthead)
