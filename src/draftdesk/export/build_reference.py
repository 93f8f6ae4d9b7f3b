"""Build ``resources/reference.docx``, the document every export starts from.

It carries the UN styles (Times New Roman 10 pt on an exact 12 pt pitch, the body block and its
tab stops, footnote styles, masthead and running-head styles), settings (odd/even headers,
footnote separators) and an empty footnotes part. Nothing else: no legacy
``stylesWithEffects`` part, no theme, no numbering, no thumbnail.

Run ``uv run python -m draftdesk.export.build_reference`` after changing a style, and commit
the result together with the golden files (``DRAFTDESK_REGEN_GOLDEN=1 uv run pytest
tests/test_export_golden.py``).
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import docx

from ..resources import resource_path
from . import styles as S

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FONT = "Times New Roman"

_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG = "http://schemas.openxmlformats.org/package/2006/"


def _override(part: str, content_type: str) -> str:
    return f'<Override PartName="{part}" ContentType="{content_type}"/>'


def _relationships(*rels: tuple[str, str]) -> str:
    items = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(rels, start=1)
    )
    return DECL + f'<Relationships xmlns="{_PKG}relationships">{items}</Relationships>'


CONTENT_TYPES = (
    DECL
    + f'<Types xmlns="{_PKG}content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + _override("/word/document.xml", _CT + "document.main+xml")
    + _override("/word/styles.xml", _CT + "styles+xml")
    + _override("/word/settings.xml", _CT + "settings+xml")
    + _override("/word/fontTable.xml", _CT + "fontTable+xml")
    + _override("/word/footnotes.xml", _CT + "footnotes+xml")
    + _override("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
    + _override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
    + _override(
        "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    )
    + "</Types>"
)

PACKAGE_RELS = _relationships(
    (_OD + "officeDocument", "word/document.xml"),
    (_PKG + "relationships/metadata/core-properties", "docProps/core.xml"),
    (_OD + "extended-properties", "docProps/app.xml"),
)

DOCUMENT_RELS = _relationships(
    (_OD + "styles", "styles.xml"),
    (_OD + "settings", "settings.xml"),
    (_OD + "fontTable", "fontTable.xml"),
    (_OD + "footnotes", "footnotes.xml"),
    (_OD + "theme", "theme/theme1.xml"),
)

CORE = (
    DECL
    + f'<cp:coreProperties xmlns:cp="{_PKG}metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title></dc:title><dc:creator>DraftDesk</dc:creator><cp:revision>1</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)

APP = (
    DECL
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>DraftDesk</Application></Properties>"
)

DOCUMENT = (
    DECL
    + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
    f'<w:sectPr><w:pgSz w:w="{S.LETTER.width}" w:h="{S.LETTER.height}"/>'
    f'<w:pgMar w:top="{S.MARGIN_TOP}" w:right="{S.MARGIN_SIDE}" w:bottom="{S.MARGIN_BOTTOM}" '
    f'w:left="{S.MARGIN_SIDE}" w:header="{S.HEADER_DISTANCE}" w:footer="{S.FOOTER_DISTANCE}" '
    'w:gutter="0"/>'
    "</w:sectPr></w:body></w:document>"
)

FONT_TABLE = (
    DECL
    + f'<w:fonts xmlns:w="{W_NS}">'
    f'<w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)

SETTINGS = (
    DECL
    + f'<w:settings xmlns:w="{W_NS}">'
    '<w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/>'
    "<w:evenAndOddHeaders/>"
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-GB"/>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
    "</w:settings>"
)

FOOTNOTES = (
    DECL
    + f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
    "</w:footnotes>"
)


def _ppr(
    *,
    left: int | None = None,
    right: int | None = None,
    first_line: int | None = None,
    hanging: int | None = None,
    jc: str | None = None,
    before: int | None = None,
    after: int | None = None,
    line: int | None = None,
    rule: str = "exact",
    tabs: tuple[tuple[str, int], ...] = (),
    keep_next: bool = False,
    keep_lines: bool = False,
    widow_control: bool = False,
    border: str = "",
    outline_level: int | None = None,
) -> str:
    """Return a style's w:pPr in schema order."""
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if widow_control:
        parts.append("<w:widowControl/>")
    if border:
        parts.append(f"<w:pBdr>{border}</w:pBdr>")
    if tabs:
        stops = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs)
        parts.append(f"<w:tabs>{stops}</w:tabs>")
    spacing = []
    if before is not None:
        spacing.append(f'w:before="{before}"')
    if after is not None:
        spacing.append(f'w:after="{after}"')
    if line is not None:
        spacing.append(f'w:line="{line}" w:lineRule="{rule}"')
    if spacing:
        parts.append(f"<w:spacing {' '.join(spacing)}/>")
    ind = []
    if left is not None:
        ind.append(f'w:left="{left}"')
    if right is not None:
        ind.append(f'w:right="{right}"')
    if first_line is not None:
        ind.append(f'w:firstLine="{first_line}"')
    if hanging is not None:
        ind.append(f'w:hanging="{hanging}"')
    if ind:
        parts.append(f"<w:ind {' '.join(ind)}/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline_level is not None:
        # Word's Navigation pane and outline view list paragraphs by this (0 = level 1).
        parts.append(f'<w:outlineLvl w:val="{outline_level}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def _rpr(*, bold: bool = False, italic: bool = False, size: int | None = None,
         spacing: int | None = None, superscript: bool = False) -> str:
    """Return a style's w:rPr in schema order; size in half-points."""
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if spacing is not None:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if size is not None:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _style(kind: str, style_id: str, name: str, *, based_on: str | None = S.NORMAL,
           next_id: str | None = None, ppr: str = "", rpr: str = "", default: bool = False,
           ui_priority: int | None = None, semi_hidden: bool = False) -> str:
    """Return one w:style element."""
    attrs = f'w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    inner = f'<w:name w:val="{name}"/>'
    if based_on:
        inner += f'<w:basedOn w:val="{based_on}"/>'
    if next_id:
        inner += f'<w:next w:val="{next_id}"/>'
    if ui_priority is not None:
        inner += f'<w:uiPriority w:val="{ui_priority}"/>'
    if semi_hidden:
        inner += "<w:semiHidden/><w:unhideWhenUsed/>"
    else:
        inner += "<w:qFormat/>"
    return f"<w:style {attrs}>{inner}{ppr}{rpr}</w:style>"


def _bottom_border(size: int, space: int = 1) -> str:
    return f'<w:bottom w:val="single" w:sz="{size}" w:space="{space}" w:color="auto"/>'


def styles_xml() -> str:
    """Return the styles part: docDefaults replacing Calibri 11 / 1.15, and the UN styles."""
    # Character spacing of all text, once in the defaults (styles.LETTER_SPACING, decision 8).
    spacing = f'<w:spacing w:val="{S.LETTER_SPACING}"/>' if S.LETTER_SPACING else ""
    doc_defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
        f'{spacing}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="exact"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
    )
    side = S.BODY_INDENT
    items = [
        _style("paragraph", S.NORMAL, "Normal", based_on=None, default=True, ui_priority=0,
               ppr=_ppr(line=240, widow_control=True)),
        _style("character", S.DEFAULT_PARAGRAPH_FONT, "Default Paragraph Font", based_on=None,
               default=True, ui_priority=1, semi_hidden=True),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        "</w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _style("paragraph", S.BODY, "UN Body", next_id=S.BODY,
               ppr=_ppr(left=side, right=side, first_line=S.FIRST_LINE, jc="both", after=120,
                        line=240, tabs=(("left", S.LABEL_TAB),))),
        _style("paragraph", S.FORMULA, "UN Formula", based_on=S.BODY, next_id=S.PREAMBULAR,
               ppr=_ppr(jc="left")),
        _style("paragraph", S.PREAMBULAR, "UN Preambular", based_on=S.BODY,
               next_id=S.PREAMBULAR),
        _style("paragraph", S.OPERATIVE, "UN Operative", based_on=S.BODY, next_id=S.OPERATIVE),
        _style("paragraph", S.SUBPARAGRAPH, "UN Subparagraph", based_on=S.BODY,
               next_id=S.SUBPARAGRAPH),
        # (i), (ii): the label at the first-line indent and every line of the text after it
        # at that indent too, a hanging block (un-format.md §4).
        _style("paragraph", S.SUBPARAGRAPH_2, "UN Subparagraph 2", based_on=S.BODY,
               next_id=S.SUBPARAGRAPH_2, ppr=_ppr(left=side + S.FIRST_LINE, first_line=0)),
        _style("paragraph", S.QUOTE, "UN Quote", based_on=S.BODY, next_id=S.BODY,
               ppr=_ppr(left=S.BODY_INDENT + S.FIRST_LINE, first_line=0)),
        _style("paragraph", S.HEADING, "UN Heading", next_id=S.OPERATIVE,
               ppr=_ppr(left=side, right=side, keep_next=True, before=120, after=120, line=240,
                        outline_level=1),
               rpr=_rpr(bold=True)),
        _style("paragraph", S.ANNEX_HEADING, "UN Annex Heading", next_id=S.ANNEX_TITLE,
               ppr=_ppr(left=side, right=side, keep_next=True, before=240, after=120, line=240,
                        outline_level=0),
               rpr=_rpr(bold=True)),
        _style("paragraph", S.ANNEX_TITLE, "UN Annex Title", next_id=S.ANNEX_PARAGRAPH,
               ppr=_ppr(left=side, right=side, keep_next=True, after=240, line=240,
                        outline_level=1),
               rpr=_rpr(bold=True)),
        _style("paragraph", S.ANNEX_PARAGRAPH, "UN Annex Paragraph", based_on=S.BODY,
               next_id=S.ANNEX_PARAGRAPH,
               ppr=_ppr(first_line=0, tabs=(("clear", S.LABEL_TAB), ("left", S.ANNEX_TAB)))),
        _style("paragraph", S.SESSION, "UN Session",
               ppr=_ppr(left=0, right=S.SESSION_RIGHT, line=240), rpr=""),
        _style("paragraph", S.SESSION_BOLD, "UN Session Bold", based_on=S.SESSION,
               rpr=_rpr(bold=True)),
        # The full width: "Special Political and Decolonization Committee" keeps one line,
        # "(Fourth Committee)" the next, as UN documents print them.
        _style("paragraph", S.COMMITTEE, "UN Committee", based_on=S.SESSION,
               ppr=_ppr(right=0, line=276), rpr=_rpr(bold=True, size=24)),
        _style("paragraph", S.SPONSORS, "UN Sponsors", next_id=S.TITLE,
               ppr=_ppr(left=side, right=side, before=360, after=0, line=240, keep_next=True),
               rpr=_rpr(bold=True)),
        _style("paragraph", S.TITLE, "UN Title", next_id=S.FORMULA,
               ppr=_ppr(left=side, right=side, before=232, after=240, line=280, keep_next=True,
                        outline_level=0),
               rpr=_rpr(bold=True, size=24)),
        # "A", "B": a part of a text in parts, bold at the body indent, as the title.
        _style("paragraph", S.PART_LETTER, "UN Part Letter", next_id=S.FORMULA,
               ppr=_ppr(left=side, right=side, before=240, after=240, line=280, keep_next=True,
                        outline_level=0),
               rpr=_rpr(bold=True, size=24)),
        _style("paragraph", S.PART_TITLE, "UN Part Title", next_id=S.FORMULA,
               ppr=_ppr(left=side, right=side, after=240, line=280, keep_next=True,
                        outline_level=1),
               rpr=_rpr(bold=True, size=24)),
        _style("paragraph", S.ADOPTED, "UN Adopted", next_id=S.REPORT,
               ppr=_ppr(left=side, right=side, before=360, line=280, keep_next=True),
               rpr=_rpr(bold=True, size=24)),
        _style("paragraph", S.REPORT, "UN Report", next_id=S.TITLE,
               ppr=_ppr(left=side, right=side, before=60, line=240, keep_next=True)),
        _style("paragraph", S.CLOSING, "UN Closing",
               ppr=_ppr(left=S.BODY_INDENT, right=S.BODY_INDENT, jc="right", line=240,
                        keep_next=True)),
        _style("paragraph", S.END_RULE, "UN End Rule",
               ppr=_ppr(border=_bottom_border(6), before=240, line=120)),
        _style("paragraph", S.MASTHEAD, "UN Masthead", based_on=S.HEADER,
               ppr=_ppr(tabs=(("clear", 4680), ("clear", 9360), ("left", S.DISTR_TAB)))),
        _style("paragraph", S.RUNNING_HEAD, "UN Running Head", based_on=S.HEADER,
               ppr=_ppr(border=_bottom_border(4), before=270, line=200),
               rpr=_rpr(bold=True, size=17)),
        _style("paragraph", S.PAGE_FOOTER, "UN Page Footer", based_on=S.FOOTER,
               rpr=_rpr(bold=True, size=17)),
        _style("paragraph", S.HEADER, "header", semi_hidden=True,
               ppr=_ppr(tabs=(("center", 4680), ("right", 9360)))),
        _style("paragraph", S.FOOTER, "footer", semi_hidden=True,
               ppr=_ppr(tabs=(("center", 4680), ("right", 9360)))),
        _style("paragraph", S.FOOTNOTE_TEXT, "footnote text", semi_hidden=True,
               ppr=_ppr(left=S.BODY_INDENT, right=S.BODY_INDENT, hanging=S.NOTE_HANGING,
                        line=210), rpr=_rpr(size=17)),
        _style("character", S.FOOTNOTE_REFERENCE, "footnote reference",
               based_on=S.DEFAULT_PARAGRAPH_FONT, semi_hidden=True, rpr=_rpr(superscript=True)),
    ]
    return DECL + f'<w:styles xmlns:w="{W_NS}">{doc_defaults}{"".join(items)}</w:styles>'


def theme_xml() -> str:
    """Return python-docx's default theme with Times New Roman as its major and minor font.

    Word requires a theme part; the body never uses theme fonts, but the style gallery does.
    """
    template = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(template) as archive:
        theme = archive.read("word/theme/theme1.xml").decode("utf-8")
    return re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{FONT}"', theme)


def build(path: Path) -> None:
    """Write the reference document to ``path``."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(),
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/footnotes.xml": FOOTNOTES,
        "word/theme/theme1.xml": theme_xml(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            # A fixed timestamp keeps the file byte-identical from one build to the next.
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Build the reference document at the given path or at resources/reference.docx."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else resource_path("reference.docx")
    build(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
