"""What a run looks like once styles are applied: italic, superscript, hidden.

Formatting comes from four places, in order: document defaults, the paragraph style (and the
styles it is based on), the run's character style (and its bases), and direct formatting.
Italic is a toggle property: a character style's italic flips the paragraph style's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .xml import W, attr, number, on_off


@dataclass(frozen=True)
class RunLook:
    """The properties of a run that the reader keeps."""

    italic: bool | None = None  # None: not set at this level
    superscript: bool | None = None
    hidden: bool | None = None

    def over(self, base: RunLook) -> RunLook:
        """Return these properties with ``base``'s where these are not set."""
        return RunLook(
            self.italic if self.italic is not None else base.italic,
            self.superscript if self.superscript is not None else base.superscript,
            self.hidden if self.hidden is not None else base.hidden,
        )


def run_look(rpr: etree._Element | None) -> RunLook:
    """Read italic, vertical alignment and hidden text from a ``w:rPr``."""
    if rpr is None:
        return RunLook()
    italic = rpr.find(W.i)
    vert = rpr.find(W.vertAlign)
    hidden = rpr.find(W.vanish)
    return RunLook(
        on_off(italic) if italic is not None else None,
        attr(vert, "val") == "superscript" if vert is not None else None,
        on_off(hidden) if hidden is not None else None,
    )


@dataclass(frozen=True)
class ParagraphStyle:
    """A paragraph style with its bases applied."""

    look: RunLook
    num_id: str | None  # a list the style numbers its paragraphs with
    ilvl: int
    name: str
    outline_level: int | None


class Styles:
    """The styles part of a document, resolved on demand."""

    def __init__(self, root: etree._Element | None) -> None:
        self._nodes: dict[tuple[str, str], etree._Element] = {}
        self._default_paragraph = ""
        self._default_character = ""
        self.defaults = RunLook(False, False, False)
        self._runs: dict[str, RunLook] = {}
        self._paragraphs: dict[str, ParagraphStyle] = {}
        if root is None:
            return
        defaults = root.find(f"{W.docDefaults}/{W.rPrDefault}/{W.rPr}")
        self.defaults = run_look(defaults).over(self.defaults)
        for node in root.findall(W.style):
            kind = attr(node, "type") or "paragraph"
            style_id = attr(node, "styleId")
            self._nodes[(kind, style_id)] = node
            if attr(node, "default") in ("1", "true", "on"):
                if kind == "paragraph":
                    self._default_paragraph = style_id
                elif kind == "character":
                    self._default_character = style_id

    def paragraph(self, style_id: str) -> ParagraphStyle:
        """Return a paragraph style (the default style when the id is empty or unknown)."""
        key = style_id if ("paragraph", style_id) in self._nodes else self._default_paragraph
        cached = self._paragraphs.get(key)
        if cached is not None:
            return cached
        look = RunLook()
        num_id: str | None = None
        ilvl: int | None = None
        outline: int | None = None
        name = ""
        for node in self._chain("paragraph", key):
            look = look.over(run_look(node.find(W.rPr)))
            name = name or attr(node.find(W.name), "val")
            ppr = node.find(W.pPr)
            if ppr is None:
                continue
            num = ppr.find(W.numPr)
            if num is not None:
                if num_id is None and num.find(W.numId) is not None:
                    num_id = attr(num.find(W.numId), "val")
                if ilvl is None and num.find(W.ilvl) is not None:
                    ilvl = number(attr(num.find(W.ilvl), "val"), high=8)
            level = ppr.find(W.outlineLvl)
            if outline is None and level is not None:
                outline = number(attr(level, "val"), high=9)
        style = ParagraphStyle(look, num_id, ilvl or 0, name, outline)
        self._paragraphs[key] = style
        return style

    def character(self, style_id: str) -> RunLook:
        """Return a character style's own properties, bases applied (no defaults)."""
        cached = self._runs.get(style_id)
        if cached is not None:
            return cached
        look = RunLook()
        for node in self._chain("character", style_id or self._default_character):
            look = look.over(run_look(node.find(W.rPr)))
        self._runs[style_id] = look
        return look

    def _chain(self, kind: str, style_id: str) -> list[etree._Element]:
        """Return the style and the styles it is based on, nearest first (cycles cut)."""
        out: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(out) < 32:
            seen.add(style_id)
            node = self._nodes.get((kind, style_id))
            if node is None:
                break
            out.append(node)
            style_id = attr(node.find(W.basedOn), "val")
        return out


@lru_cache(maxsize=1024)
def resolve(
    direct: RunLook, character: RunLook, paragraph: RunLook, defaults: RunLook
) -> tuple[bool, bool, bool]:
    """Return (italic, superscript, hidden) for a run."""
    base_italic = bool(paragraph.italic if paragraph.italic is not None else defaults.italic)
    styled_italic = base_italic ^ bool(character.italic) if character.italic else base_italic
    italic = direct.italic if direct.italic is not None else styled_italic
    superscript = direct.over(character).over(paragraph).over(defaults).superscript
    hidden = direct.over(character).over(paragraph).over(defaults).hidden
    return bool(italic), bool(superscript), bool(hidden)
