"""The ``draftdesk rollover`` command: next session's draft from an adopted resolution."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..untrusted import printable


def add_rollover_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``rollover`` to a command line's subparsers."""
    rollover = subparsers.add_parser(
        "rollover",
        help="make next session's draft from an adopted resolution (A/RES)",
        description="Make next session's draft from an adopted resolution: session advanced, "
        "the resolution recalled, symbol, date and sponsors left for you, the A/RES kept as "
        "the base text. What was changed is listed as import notes (see outline --json).",
    )
    rollover.add_argument(
        "input", type=Path, help="the adopted resolution: a PDF, Word file, text or draft"
    )
    rollover.add_argument("-o", "--output", type=Path, required=True, help="the draft to write")
    rollover.add_argument(
        "--force", action="store_true", help="replace the output file if it exists"
    )
    rollover.set_defaults(handler=run_rollover)
    return rollover


def run_rollover(options: argparse.Namespace) -> int:
    """Write the rolled-over draft; refuse to replace the input, or an output without --force."""
    from ..rollover import roll_over_file
    from ..storage import DRAFT_SUFFIX, save_draft

    output: Path = options.output
    if output.suffix.lower() != DRAFT_SUFFIX:
        raise OutputError(f"{output}: the output name must end in {DRAFT_SUFFIX}")
    if output.exists() and output.resolve() == options.input.resolve():
        raise OutputError(f"{output}: is the input file; choose another output name")
    result = roll_over_file(options.input)
    if output.exists() and not options.force:
        raise OutputError(f"{output}: already exists; choose another name or add --force")
    save_draft(result.draft, output)
    print(printable(f"Wrote {output}: next session's draft from {result.source_name}", None))
    notes = len(result.draft.import_notes)
    print(f"{notes} note{'s' if notes != 1 else ''} on what changed: draftdesk outline --json")
    return 0
