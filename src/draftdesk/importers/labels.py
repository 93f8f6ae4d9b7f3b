"""Roman numerals of sub-paragraph labels, read fast."""

from __future__ import annotations

from functools import lru_cache

from draftdesk.model.words import roman_label


@lru_cache(maxsize=1)
def _values() -> dict[str, int]:
    return {roman_label(number): number for number in range(1, 400)}


def roman_value(numeral: str) -> int | None:
    """Read a roman numeral (any case) below 400; None if it is not a well-formed one."""
    return _values().get(numeral.lower())
