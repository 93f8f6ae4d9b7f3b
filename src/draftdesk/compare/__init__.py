"""Comparing two texts: paragraphs aligned, then words; moves, footnotes and cover fields.

The names load on first use: the command line reads its input through ``compare.sources``,
and importing a PDF or a draft should not load the word differ (diff-match-patch).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .texts import Change, Comparison, Kind, Row, compare, paragraph_text, place
    from .words import diff_tokens, diff_words, in_order, tokens

_MODULE_OF = {
    "Change": "texts",
    "Comparison": "texts",
    "Kind": "texts",
    "Row": "texts",
    "compare": "texts",
    "paragraph_text": "texts",
    "place": "texts",
    "diff_tokens": "words",
    "diff_words": "words",
    "in_order": "words",
    "tokens": "words",
}

__all__ = [
    "Change",
    "Comparison",
    "Kind",
    "Row",
    "compare",
    "diff_tokens",
    "diff_words",
    "in_order",
    "paragraph_text",
    "place",
    "tokens",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
