"""Errors that reach the user as one clear line."""

from __future__ import annotations


class DraftDeskError(Exception):
    """A problem the user can fix: it says what is wrong and where (file, line, paragraph)."""


class InputError(DraftDeskError):
    """An input file or text that DraftDesk cannot read."""


class OutputError(DraftDeskError):
    """An output that cannot be written; nothing was left half-written."""
