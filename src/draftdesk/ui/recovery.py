"""Crash recovery: the open draft is copied to a recovery file while the window runs.

A clean exit removes the file; finding it at start-up means DraftDesk did not close cleanly,
and the window offers to bring the draft back. Both files are written atomically, so a kill
at any moment leaves either the previous copy or the new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model.document import Resolution
from ..storage import dumps_draft, load_draft, write_atomic
from .settings import data_dir

DRAFT_NAME = "recovered.draftdesk"
INFO_NAME = "recovery.json"


def recovery_dir() -> Path:
    """Return the folder that holds the recovery copy."""
    return data_dir() / "recovery"


@dataclass
class Recovered:
    """A draft found in the recovery folder."""

    resolution: Resolution
    original_path: Path | None


def write_recovery(resolution: Resolution, original_path: Path | None) -> Path:
    """Write the recovery copy of the open draft; return its path."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    info = json.dumps({"original_path": str(original_path) if original_path else None})
    write_atomic(folder / INFO_NAME, lambda stream: stream.write(info.encode("utf-8")))
    data = dumps_draft(resolution).encode("utf-8")
    target = folder / DRAFT_NAME
    write_atomic(target, lambda stream: stream.write(data))
    return target


def find_recovery() -> Path | None:
    """Return the leftover recovery copy, or None."""
    path = recovery_dir() / DRAFT_NAME
    return path if path.is_file() else None


def read_recovery(path: Path) -> Recovered:
    """Load a recovery copy; raise InputError when it cannot be read."""
    resolution = load_draft(path)
    original: Path | None = None
    try:
        info = json.loads((path.parent / INFO_NAME).read_text(encoding="utf-8"))
        if isinstance(info, dict) and info.get("original_path"):
            original = Path(str(info["original_path"]))
    except (OSError, ValueError):
        original = None  # the draft itself is what matters
    return Recovered(resolution, original)


def remove_recovery() -> None:
    """Delete the recovery copy (after a clean exit or a save)."""
    folder = recovery_dir()
    for name in (DRAFT_NAME, INFO_NAME):
        (folder / name).unlink(missing_ok=True)
    # A kill during an autosave leaves its temporary file behind (never the copy itself).
    if folder.is_dir():
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


__all__ = ["InputError", "Recovered", "find_recovery", "read_recovery", "remove_recovery",
           "write_recovery"]
