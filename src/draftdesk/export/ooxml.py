"""The raw WordprocessingML the exporter writes, under a small typed API.

Everything that spells out an OOXML element lives here (and in ``footnotes.py``), so the
writer above reads as "a paragraph in style X with these runs". Elements are built with lxml
directly: python-docx's proxy objects cost far more per paragraph, and a long draft has a
thousand of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from ..untrusted import xml_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag: ``w("p")`` -> ``{…main}p``."""
    return f"{{{W_NS}}}{tag}"


# Pre-computed names: these are looked up for every run of every paragraph.
P, PPR, PSTYLE, R, RPR, RSTYLE, T, TAB, BR = (
    w("p"), w("pPr"), w("pStyle"), w("r"), w("rPr"), w("rStyle"), w("t"), w("tab"), w("br"),
)
B, BCS, ITAL, ICS, SZ, SZCS, VERT = (
    w("b"), w("bCs"), w("i"), w("iCs"), w("sz"), w("szCs"), w("vertAlign"),
)
VAL, ID, TYPE = w("val"), w("id"), w("type")
NO_BREAK = w("noBreakHyphen")

# Characters XML 1.0 forbids; pasted text sometimes carries them.
_SPECIAL = re.compile("([\t\n])")


@dataclass(frozen=True)
class Font:
    """Direct character formatting of a run."""

    bold: bool = False
    italic: bool = False
    size: int | None = None  # half-points
    spacing: int | None = None  # letter spacing in twips; overrides the document's expansion
    superscript: bool = False
    style: str | None = None  # a character style id


PLAIN = Font()
ITALIC = Font(italic=True)


@dataclass(frozen=True)
class Indent:
    """Paragraph indents in twips (None leaves the style's value)."""

    left: int | None = None
    right: int | None = None
    first_line: int | None = None
    hanging: int | None = None


def paragraph(
    style: str | None = None,
    *,
    keep_next: bool = False,
    border_bottom: int | None = None,
    tabs: Iterable[tuple[str, int]] = (),
    before: int | None = None,
    after: int | None = None,
    line: int | None = None,
    line_rule: str = "exact",
    indent: Indent | None = None,
    jc: str | None = None,
    outline_level: int | None = None,
) -> etree._Element:
    """Return a new ``w:p`` with its properties (schema order is kept)."""
    p = etree.Element(P)
    ppr = etree.SubElement(p, PPR)
    if style:
        etree.SubElement(ppr, PSTYLE).set(VAL, style)
    if keep_next:
        etree.SubElement(ppr, w("keepNext"))
    if border_bottom is not None:
        bdr = etree.SubElement(ppr, w("pBdr"))
        bottom = etree.SubElement(bdr, w("bottom"))
        bottom.set(VAL, "single")
        bottom.set(w("sz"), str(border_bottom))
        bottom.set(w("space"), "1")
        bottom.set(w("color"), "auto")
    tabs = list(tabs)
    if tabs:
        tabs_el = etree.SubElement(ppr, w("tabs"))
        for kind, pos in tabs:
            tab = etree.SubElement(tabs_el, TAB)
            tab.set(VAL, kind)
            tab.set(w("pos"), str(pos))
    if before is not None or after is not None or line is not None:
        spacing = etree.SubElement(ppr, w("spacing"))
        if before is not None:
            spacing.set(w("before"), str(before))
        if after is not None:
            spacing.set(w("after"), str(after))
        if line is not None:
            spacing.set(w("line"), str(line))
            spacing.set(w("lineRule"), line_rule)
    if indent is not None:
        ind = etree.SubElement(ppr, w("ind"))
        for attr, value in (
            ("left", indent.left), ("right", indent.right),
            ("firstLine", indent.first_line), ("hanging", indent.hanging),
        ):
            if value is not None:
                ind.set(w(attr), str(value))
    if jc:
        etree.SubElement(ppr, w("jc")).set(VAL, jc)
    if outline_level is not None:
        etree.SubElement(ppr, w("outlineLvl")).set(VAL, str(outline_level))
    if len(ppr) == 0:
        p.remove(ppr)
    return p


def _run_properties(run: etree._Element, font: Font) -> None:
    if font == PLAIN:
        return
    rpr = etree.SubElement(run, RPR)
    if font.style:
        etree.SubElement(rpr, RSTYLE).set(VAL, font.style)
    if font.bold:
        etree.SubElement(rpr, B)
        etree.SubElement(rpr, BCS)
    if font.italic:
        etree.SubElement(rpr, ITAL)
        etree.SubElement(rpr, ICS)
    if font.spacing is not None:
        etree.SubElement(rpr, w("spacing")).set(VAL, str(font.spacing))
    if font.size is not None:
        etree.SubElement(rpr, SZ).set(VAL, str(font.size))
        etree.SubElement(rpr, SZCS).set(VAL, str(font.size))
    if font.superscript:
        etree.SubElement(rpr, VERT).set(VAL, "superscript")


def add_text(p: etree._Element, text: str, font: Font = PLAIN) -> etree._Element | None:
    """Append a run of text and return it; tabs and newlines become ``w:tab`` and ``w:br``."""
    if not text:
        return None
    run = etree.SubElement(p, R)
    _run_properties(run, font)
    text = xml_text(text)
    for piece in _SPECIAL.split(text) if ("\t" in text or "\n" in text) else (text,):
        if piece == "\t":
            etree.SubElement(run, TAB)
        elif piece == "\n":
            etree.SubElement(run, BR)
        elif piece:
            t = etree.SubElement(run, T)
            t.text = piece
            if piece[0] == " " or piece[-1] == " ":
                t.set(XML_SPACE, "preserve")
    return run


def add_no_break_text(p: etree._Element, text: str, font: Font = PLAIN) -> None:
    """Append text whose hyphens must not break (a document symbol): ``w:noBreakHyphen``."""
    run = etree.SubElement(p, R)
    _run_properties(run, font)
    for index, piece in enumerate(xml_text(text).split("-")):
        if index:
            etree.SubElement(run, NO_BREAK)
        if piece:
            etree.SubElement(run, T).text = piece


def add_tab(p: etree._Element, font: Font = PLAIN) -> None:
    """Append a tab character."""
    run = etree.SubElement(p, R)
    _run_properties(run, font)
    etree.SubElement(run, TAB)


def add_break(p: etree._Element, font: Font = PLAIN) -> None:
    """Append a line break."""
    run = etree.SubElement(p, R)
    _run_properties(run, font)
    etree.SubElement(run, BR)


def add_field(p: etree._Element, instruction: str, shown: str, font: Font = PLAIN) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``) with the result shown until updated."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = etree.SubElement(p, R)
        _run_properties(run, font)
        if kind == "instr":
            instr = etree.SubElement(run, w("instrText"))
            instr.text = f" {instruction} "
            instr.set(XML_SPACE, "preserve")
        elif kind == "result":
            etree.SubElement(run, T).text = shown
        else:
            etree.SubElement(run, w("fldChar")).set(w("fldCharType"), kind)


def add_footnote_reference(p: etree._Element, note_id: int, style: str,
                           mark: str = "") -> None:
    """Append a footnote marker: a run of its own with the reference style and no text.

    With ``mark`` the note has a custom mark ("*") instead of a number: Word numbers only the
    other notes.
    """
    run = etree.SubElement(p, R)
    rpr = etree.SubElement(run, RPR)
    etree.SubElement(rpr, RSTYLE).set(VAL, style)
    reference = etree.SubElement(run, w("footnoteReference"))
    if mark:
        reference.set(w("customMarkFollows"), "1")
    reference.set(ID, str(note_id))
    if mark:
        mark_run = etree.SubElement(p, R)
        mark_rpr = etree.SubElement(mark_run, RPR)
        etree.SubElement(mark_rpr, RSTYLE).set(VAL, style)
        etree.SubElement(mark_run, T).text = mark


def add_bookmark(p: etree._Element, bookmark_id: int, name: str,
                 content: etree._Element) -> None:
    """Wrap ``content`` (the last element of ``p``) in a bookmark named ``name``."""
    start = etree.Element(w("bookmarkStart"))
    start.set(ID, str(bookmark_id))
    start.set(w("name"), name)
    content.addprevious(start)
    end = etree.SubElement(p, w("bookmarkEnd"))
    end.set(ID, str(bookmark_id))


def add_note_cross_reference(p: etree._Element, bookmark: str, shown: str, style: str) -> None:
    """Append a NOTEREF field to a note's bookmarked reference, formatted as a note mark.

    Word keeps the number right when notes are added before it (after a field update).
    """
    add_field(p, f"NOTEREF {bookmark} \\f \\h", shown, Font(style=style))


def add_footnote_mark(p: etree._Element, style: str) -> None:
    """Append the note's own number inside a footnote (``w:footnoteRef``)."""
    run = etree.SubElement(p, R)
    rpr = etree.SubElement(run, RPR)
    etree.SubElement(rpr, RSTYLE).set(VAL, style)
    etree.SubElement(run, w("footnoteRef"))


def add_custom_mark(p: etree._Element, mark: str, style: str) -> None:
    """Append a note's own custom mark ("*") inside the note, where others have w:footnoteRef."""
    run = etree.SubElement(p, R)
    rpr = etree.SubElement(run, RPR)
    etree.SubElement(rpr, RSTYLE).set(VAL, style)
    etree.SubElement(run, T).text = mark


def footnote(note_id: int) -> etree._Element:
    """Return an empty ``w:footnote`` with this id."""
    note = etree.Element(w("footnote"))
    note.set(ID, str(note_id))
    return note


def paragraph_text(p: etree._Element) -> str:
    """Return the text of a paragraph element, tabs as ``\\t`` (for tests and checks)."""
    out = []
    for node in p.iter(T, TAB, NO_BREAK):
        if node.tag == T:
            out.append(node.text or "")
        elif node.tag == NO_BREAK:
            out.append("\u2011")
        elif node.getparent() is not None and node.getparent().tag == R:
            out.append("\t")
    return "".join(out)
