"""Bring text copied from a PDF viewer back to one paragraph per line."""

from __future__ import annotations

from .header import Line


def looks_wrapped(lines: list[Line]) -> bool:
    """Say whether the body's lines are hard-wrapped inside paragraphs."""
    return False


def join_header(lines: list[Line]) -> list[Line]:
    """Join cover lines that wrapped."""
    return lines


def unwrap(lines: list[Line], source: str) -> tuple[list[Line], list[Line]]:
    """Return the body's paragraphs, one a line, and the footnote lines."""
    raise NotImplementedError
