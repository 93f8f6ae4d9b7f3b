"""The ``draftdesk`` command's first step: open the window, or run a command.

Kept apart from the parser and the commands so that ``draftdesk`` with no command (or with a
draft to open) reaches the window without importing argparse, the commands' modules or the
readers of untrusted files.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

PROG = "draftdesk"
COMMANDS = ("export", "import", "outline", "rollover", "compare", "versions", "library")


def opens_window(args: Sequence[str]) -> bool:
    """Return whether these arguments ask for the window: none, or an existing file to open."""
    if not args:
        return True
    first = args[0]
    return first not in COMMANDS and not first.startswith("-") and Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window when no command is given (or only a file), else run the command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args):
        from ..app import main as open_window

        return open_window(args)
    if args[0] not in COMMANDS and not args[0].startswith("-"):
        return _unknown_word(args[0])
    from .commands import main as run_command

    return run_command(args)


def _unknown_word(word: str) -> int:
    """Explain a first argument that is neither a command nor an existing file."""
    import difflib

    from ..untrusted import printable, quoted

    close = difflib.get_close_matches(word, COMMANDS, n=1)
    if close:
        message = f"unknown command {quoted(word)}; did you mean {close[0]!r}?"
    else:
        message = f"{printable(word, 200)}: no such file, and not a command ({', '.join(COMMANDS)})"
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2
