"""The command line: ``draftdesk export/import/outline/rollover/library``; never loads Qt."""

from .commands import build_parser, main, read_input

__all__ = ["build_parser", "main", "read_input"]
