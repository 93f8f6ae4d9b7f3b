"""WordprocessingML names and the small helpers every reader module uses."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


class _Names:
    """``W.p`` -> ``{…main}p``: Clark names of WordprocessingML tags, computed once."""

    def __getattr__(self, tag: str) -> str:
        name = f"{{{W_NS}}}{tag}"
        setattr(self, tag, name)
        return name


W = _Names()


def attr(node: etree._Element | None, name: str) -> str:
    """Return a ``w:``-namespaced attribute of a node, or ""."""
    if node is None:
        return ""
    return node.get(f"{{{W_NS}}}{name}", "")


def on_off(node: etree._Element | None) -> bool:
    """Read an on/off property such as ``<w:i/>`` or ``<w:i w:val="0"/>``."""
    if node is None:
        return False
    return attr(node, "val").lower() not in ("0", "false", "off", "none")


# List counters, levels and start values in real documents are small; a hostile file's
# "start at 10^9" would print a letter label a million characters long.
MAX_NUMBER = 9_999


def number(text: str, default: int = 0, low: int = 0, high: int = MAX_NUMBER) -> int:
    """Read a decimal attribute, clamped to ``low``..``high``; ``default`` if it is not one."""
    try:
        value = int(text)
    except ValueError:
        return default
    return min(max(value, low), high)
