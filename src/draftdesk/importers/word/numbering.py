"""Word's automatic numbering: the labels a list paragraph prints, computed from numbering.xml.

A paragraph names a list (``w:numId``) and a level (``w:ilvl``); the list instance points to
an abstract definition whose levels give the format (``decimal``, ``lowerLetter``…), the start
value and the label text (``%1.``, ``(%2)``). Lists that share a definition share their
counters unless the instance restarts them (``w:lvlOverride``/``w:startOverride``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from draftdesk.model.words import alpha_label, roman_label

from .xml import MAX_NUMBER, W, attr, number, on_off

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"  # what follows the label: "tab", "space" or "nothing"
    restart_after: int | None = None  # w:lvlRestart: restart when this level (1-based) is used
    legal: bool = False  # w:isLgl: the numbers of upper levels print as decimals


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride by level
    levels: dict[int, Level] = field(default_factory=dict)  # whole-level overrides


class Numbering:
    """The lists of one document and their running counters."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for node in root.findall(W.abstractNum):
            self._abstract[attr(node, "abstractNumId")] = {
                number(attr(lvl, "ilvl"), high=8): _level(lvl) for lvl in node.findall(W.lvl)
            }
        for node in root.findall(W.num):
            abstract = node.find(W.abstractNumId)
            instance = _Instance(attr(abstract, "val") if abstract is not None else "")
            for override in node.findall(W.lvlOverride):
                ilvl = number(attr(override, "ilvl"), high=8)
                start = override.find(W.startOverride)
                if start is not None:
                    instance.starts[ilvl] = number(attr(start, "val"))
                lvl = override.find(W.lvl)
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self._instances[attr(node, "numId")] = instance

    def label(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """Advance the list and return the printed label and what follows it ("\\t", " ", "")."""
        instance = self._instances.get(num_id)
        if instance is None or num_id == "0":
            return "", ""
        levels = self._levels(instance)
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        # Instances that restart a level count on their own; the others share the definition's.
        key = f"num:{num_id}" if instance.starts or instance.levels else f"abs:{instance.abstract}"
        counters = self._counters.setdefault(key, {})
        if ilvl in counters:
            counters[ilvl] = min(counters[ilvl] + 1, MAX_NUMBER)
        else:
            counters[ilvl] = level.start
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = levels.get(deeper)
            restart = deeper_level.restart_after if deeper_level else None
            # By default a level restarts whenever an upper one is used; w:lvlRestart names
            # the (1-based) level that restarts it, 0 for never.
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                del counters[deeper]
        text = _PLACEHOLDER.sub(
            lambda m: self._format(levels, counters, int(m.group(1)) - 1, level.legal, ilvl),
            level.text,
        )
        suffix = {"tab": "\t", "space": " "}.get(level.suffix, "")
        if level.fmt == "bullet":
            return "", ""  # a bullet is not a label the model knows
        return text, suffix if text else ""

    def _levels(self, instance: _Instance) -> dict[int, Level]:
        cached = getattr(instance, "_resolved", None)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        levels = dict(self._abstract.get(instance.abstract, {}))
        for ilvl, level in instance.levels.items():
            levels[ilvl] = level
        for ilvl, start in instance.starts.items():
            if ilvl in levels:
                levels[ilvl] = Level(**{**levels[ilvl].__dict__, "start": start})
        instance._resolved = levels  # type: ignore[attr-defined]
        return levels

    def _format(
        self, levels: dict[int, Level], counters: dict[int, int], ilvl: int, legal: bool,
        current: int,
    ) -> str:
        level = levels.get(ilvl)
        if level is None:
            return ""
        value = counters.get(ilvl, level.start)
        fmt = "decimal" if legal and ilvl < current else level.fmt
        return format_number(value, fmt)


def format_number(value: int, fmt: str) -> str:
    """Print a list counter in a Word number format."""
    if fmt == "lowerLetter":
        return alpha_label(value - 1)
    if fmt == "upperLetter":
        return alpha_label(value - 1).upper()
    if fmt == "lowerRoman":
        return roman_label(value)
    if fmt == "upperRoman":
        return roman_label(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(value)


def _level(node: etree._Element) -> Level:
    level = Level()
    start = node.find(W.start)
    if start is not None:
        level.start = number(attr(start, "val"), 1)
    fmt = node.find(W.numFmt)
    if fmt is not None:
        level.fmt = attr(fmt, "val") or "decimal"
    text = node.find(W.lvlText)
    if text is not None:
        level.text = attr(text, "val")
    suffix = node.find(W.suff)
    if suffix is not None:
        level.suffix = attr(suffix, "val") or "tab"
    restart = node.find(W.lvlRestart)
    if restart is not None:
        level.restart_after = number(attr(restart, "val"), high=9)
    legal = node.find(W.isLgl)
    level.legal = legal is not None and on_off(legal)
    return level
