"""Comparing two texts: paragraphs aligned, then words; moves, footnotes and cover fields."""

from __future__ import annotations

from .texts import Change, Comparison, Kind, Row, compare, paragraph_text, place
from .words import diff_tokens, diff_words, in_order, tokens

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
