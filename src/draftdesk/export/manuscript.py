"""The submission manuscript's dress (un-format.md §4): plain Word, 12 pt, double spacing.

The composition leaves out the masthead and running heads for this profile; here the
reference document's styles are reset: every text at 12 pt without the L-document's expanded
letter spacing, every line double-spaced (footnotes single-spaced, 10 pt).
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from lxml import etree

from . import styles as S
from .ooxml import RPR, SZ, SZCS, VAL, w

SIZE, NOTE_SIZE = 24, 20  # half-points
DOUBLE, SINGLE = 480, 240  # line spacing in 240ths of a line ("auto")


def dress_as_manuscript(document: DocxDocument) -> None:
    """Reset the document's styles to the manuscript's size and spacing."""
    root = document.styles.element
    for rpr in root.iter(RPR):
        note = _style_id(rpr) == S.FOOTNOTE_TEXT
        for tag in (SZ, SZCS):
            size = rpr.find(tag)
            if size is not None:
                size.set(VAL, str(NOTE_SIZE if note else SIZE))
        spacing = rpr.find(w("spacing"))
        if spacing is not None:
            rpr.remove(spacing)  # the L-document's expanded letters
    for spacing in root.iter(w("spacing")):
        if spacing.getparent() is None or spacing.getparent().tag != w("pPr"):
            continue
        if spacing.get(w("line")) is not None:
            note = _style_id(spacing) == S.FOOTNOTE_TEXT
            spacing.set(w("line"), str(SINGLE if note else DOUBLE))
            spacing.set(w("lineRule"), "auto")
    defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}")
    if defaults is not None and defaults.find(SZ) is None:
        etree.SubElement(defaults, SZ).set(VAL, str(SIZE))


def _style_id(element: etree._Element) -> str:
    """Return the id of the style an element of styles.xml belongs to ("" in the defaults)."""
    node: etree._Element | None = element
    while node is not None and node.tag != w("style"):
        node = node.getparent()
    return node.get(w("styleId"), "") if node is not None else ""
