"""Accept or reject every tracked change in a .docx, and reduce a .docx to what it prints.

The check that cannot lie: accepting all changes of the tracked file must give the normal
export of the new text, rejecting all must give that of the old one. Both sides are reduced to
a canonical form (per part: paragraph properties, runs with their properties and text, adjacent
runs of equal formatting joined, footnote references replaced by their notes' text).
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
PARTS = ("word/document.xml", "word/footnotes.xml")


def read_parts(path: Path) -> dict[str, etree._Element]:
    """Return the document, footnotes, header and footer parts of a .docx."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: etree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name in PARTS or name.startswith(("word/header", "word/footer"))
        }


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for child in reversed(list(element)):
        parent.insert(index, child)
    parent.remove(element)


def _resolve(root: etree._Element, accept: bool) -> etree._Element:
    """Return a copy of ``root`` with every change accepted (or rejected)."""
    root = copy.deepcopy(root)
    keep, drop = ("ins", "moveTo"), ("del", "moveFrom")
    if not accept:
        keep, drop = drop, keep
    for tag in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"):
        for el in root.iter(W + tag):
            el.getparent().remove(el)
    for p in list(root.iter(W + "p")):
        for child in list(p):
            name = etree.QName(child).localname
            if name in drop:
                p.remove(child)
            elif name in keep:
                _unwrap(child)
        ppr = p.find(W + "pPr")
        if ppr is None:
            continue
        change = ppr.find(W + "pPrChange")
        if change is not None:
            ppr.remove(change)
            if not accept:
                rpr = ppr.find(W + "rPr")
                for child in list(ppr):
                    ppr.remove(child)
                ppr.extend(change.find(W + "pPr"))
                if rpr is not None:
                    ppr.append(rpr)
        mark = ppr.find(W + "rPr")
        if mark is None:
            continue
        joins = False
        for child in list(mark):
            name = etree.QName(child).localname
            if name in keep:
                mark.remove(child)
            elif name in drop:
                mark.remove(child)
                joins = True
        if len(mark) == 0:
            ppr.remove(mark)
        if joins:
            # The paragraph mark is gone: what is left of the text joins the next paragraph.
            following = p.getnext()
            runs = [c for c in p if c.tag != W + "pPr"]
            if following is not None and following.tag == W + "p":
                anchor = following.find(W + "pPr")
                at = 1 if anchor is not None else 0
                for offset, run in enumerate(runs):
                    following.insert(at + offset, run)
            p.getparent().remove(p)
    for tag, plain in (("delText", "t"), ("delInstrText", "instrText")):
        for el in root.iter(W + tag):
            el.tag = W + plain
    return root


def _runs(p: etree._Element, notes: dict[str, Any]) -> list[tuple[bytes, str]]:
    out: list[tuple[bytes, str]] = []
    for run in p.iter(W + "r"):
        rpr = run.find(W + "rPr")
        props = etree.tostring(rpr) if rpr is not None else b""
        for child in run:
            name = etree.QName(child).localname
            if name == "rPr":
                continue
            if name == "t":
                piece = child.text or ""
            elif name == "footnoteReference":
                piece = f"[note {notes.get(child.get(W + 'id'))!r}]"
            elif name in ("tab", "br"):
                piece = f"<{name}>"
            else:
                piece = etree.tostring(child).decode()
            if out and out[-1][0] == props:
                out[-1] = (props, out[-1][1] + piece)
            else:
                out.append((props, piece))
    return out


def _paragraphs(root: etree._Element, notes: dict[str, Any]) -> list[tuple[bytes, list]]:
    out = []
    for p in root.iter(W + "p"):
        ppr = p.find(W + "pPr")
        props = etree.tostring(ppr) if ppr is not None else b""
        out.append((props, _runs(p, notes)))
    return out


def canonical(parts: dict[str, etree._Element]) -> dict[str, Any]:
    """Return what a .docx prints: every part's paragraphs, notes in the order cited."""
    notes_root = parts.get("word/footnotes.xml")
    notes: dict[str, Any] = {}
    if notes_root is not None:
        for note in notes_root.findall("w:footnote", NS):
            notes[note.get(W + "id")] = _paragraphs(note, {})
    out: dict[str, Any] = {}
    for name, root in parts.items():
        if name == "word/footnotes.xml":
            continue
        out[name] = _paragraphs(root, notes)
    return out


def accepted(path: Path) -> dict[str, Any]:
    """Return the canonical form of a tracked file with every change accepted."""
    return canonical({name: _resolve(root, True) for name, root in read_parts(path).items()})


def rejected(path: Path) -> dict[str, Any]:
    """Return the canonical form of a tracked file with every change rejected."""
    return canonical({name: _resolve(root, False) for name, root in read_parts(path).items()})


def plain(path: Path) -> dict[str, Any]:
    """Return the canonical form of a file without changes."""
    return canonical(read_parts(path))


def revision_ids(path: Path) -> list[str]:
    """Return the w:id of every revision, move range and bookmark in the document's parts."""
    tags = {W + t for t in ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart",
                           "moveToRangeStart", "pPrChange", "bookmarkStart")}
    ids: list[str] = []
    for root in read_parts(path).values():
        ids += [el.get(W + "id") for el in root.iter() if el.tag in tags]
    return ids
