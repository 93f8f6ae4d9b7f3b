"""Crash recovery: the open draft is copied to a recovery file while the window runs.

Every window owns its own copy, named after its process id, the process start time and a
counter, with a lock file that says which process owns it. A clean exit removes the copy;
a copy whose owning process is gone means that DraftDesk did not close cleanly, and the next
start offers to bring the draft back. Copies of other running DraftDesk windows are never
offered, overwritten or removed. Files are written atomically, so a kill at any moment leaves
either the previous copy or the new one.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model.document import Resolution
from ..storage import dumps_draft, load_draft, write_atomic
from .settings import data_dir

DRAFT_SUFFIX = ".draftdesk"
INFO_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"
_counter = itertools.count(1)
_live: set[str] = set()  # owners of this process that have not been released


def recovery_dir() -> Path:
    """Return the folder that holds the recovery copies."""
    return data_dir() / "recovery"


def _process_start(pid: int) -> str:
    # The kernel's start time of a process tells a reused pid from the original owner.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


@dataclass
class Recovered:
    """A draft found in the recovery folder."""

    resolution: Resolution
    original_path: Path | None


class RecoveryCopy:
    """The recovery copy of one window: written by autosave, removed on a clean exit."""

    def __init__(self) -> None:
        self.ident = f"{os.getpid()}-{time.time_ns() // 1_000_000}-{next(_counter)}"
        _live.add(self.ident)

    @property
    def path(self) -> Path:
        """Return the draft file of this copy."""
        return recovery_dir() / f"{self.ident}{DRAFT_SUFFIX}"

    def exists(self) -> bool:
        """Return True when this copy is on disk."""
        return self.path.is_file()

    def write(self, resolution: Resolution, original_path: Path | None) -> Path:
        """Write the copy of the open draft (and its lock); return its path."""
        folder = recovery_dir()
        folder.mkdir(parents=True, exist_ok=True)
        lock = folder / f"{self.ident}{LOCK_SUFFIX}"
        if not lock.exists():
            owner = {"pid": os.getpid(), "start": _process_start(os.getpid())}
            try:
                # O_EXCL: the lock is created once, by its owner only.
                handle = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                pass
            else:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(owner, stream)
        info = json.dumps({"original_path": str(original_path) if original_path else None})
        write_atomic(folder / f"{self.ident}{INFO_SUFFIX}",
                     lambda stream: stream.write(info.encode("utf-8")))
        data = dumps_draft(resolution).encode("utf-8")
        write_atomic(self.path, lambda stream: stream.write(data))
        return self.path

    def remove(self) -> None:
        """Delete this copy (after a save, or when there is nothing left to recover)."""
        discard(self.path)

    def release(self) -> None:
        """Delete this copy and give up ownership (clean exit)."""
        self.remove()
        _live.discard(self.ident)

    def abandon(self) -> None:
        """Give up ownership but leave the files, as a crash would (for tests)."""
        _live.discard(self.ident)


def _ident(path: Path) -> str:
    return path.name[: -len(DRAFT_SUFFIX)] if path.name.endswith(DRAFT_SUFFIX) else path.stem


def owner_alive(path: Path) -> bool:
    """Return True when the window that owns the copy at ``path`` is still running."""
    ident = _ident(path)
    if ident in _live:
        return True
    lock = path.parent / f"{ident}{LOCK_SUFFIX}"
    try:
        owner = json.loads(lock.read_text(encoding="utf-8"))
        pid = int(owner["pid"])
        start = str(owner.get("start", ""))
    except (OSError, ValueError, KeyError, TypeError):
        # No readable lock: fall back on the pid in the name.
        try:
            pid, start = int(ident.split("-", 1)[0]), ""
        except ValueError:
            return False
    if pid == os.getpid():
        return False  # ours, but no live owner in this process holds it
    if not _pid_alive(pid):
        return False
    return not start or _process_start(pid) in ("", start)


def all_copies() -> list[Path]:
    """Return every recovery copy on disk, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    copies = [p for p in folder.glob(f"*{DRAFT_SUFFIX}") if not p.name.startswith(".")]
    return sorted(copies, key=lambda p: p.stat().st_mtime, reverse=True)


def orphaned_copies() -> list[Path]:
    """Return the copies whose owning process is gone, newest first."""
    folder = recovery_dir()
    if folder.is_dir():
        # A kill between writing the lock and the first copy leaves a lock without a draft.
        for lock in folder.glob(f"*{LOCK_SUFFIX}"):
            draft = lock.with_name(lock.name[: -len(LOCK_SUFFIX)] + DRAFT_SUFFIX)
            if not draft.exists() and not owner_alive(draft):
                discard(draft)
    return [path for path in all_copies() if not owner_alive(path)]


def find_recovery() -> Path | None:
    """Return the newest copy left by a DraftDesk that did not close, or None."""
    copies = orphaned_copies()
    return copies[0] if copies else None


def read_recovery(path: Path) -> Recovered:
    """Load a recovery copy; raise InputError when it cannot be read."""
    resolution = load_draft(path)
    original: Path | None = None
    try:
        info = json.loads((path.parent / f"{_ident(path)}{INFO_SUFFIX}").read_text("utf-8"))
        if isinstance(info, dict) and info.get("original_path"):
            original = Path(str(info["original_path"]))
    except (OSError, ValueError):
        original = None  # the draft itself is what matters
    return Recovered(resolution, original)


def discard(path: Path) -> None:
    """Delete a copy with its details, lock and any temporary file of a torn write."""
    ident = _ident(path)
    folder = path.parent
    for suffix in (DRAFT_SUFFIX, INFO_SUFFIX, LOCK_SUFFIX):
        (folder / f"{ident}{suffix}").unlink(missing_ok=True)
    # A kill during an autosave leaves its temporary file behind (never the copy itself).
    if folder.is_dir():
        for stale in folder.glob(f".{ident}.*.tmp"):
            stale.unlink(missing_ok=True)


__all__ = ["InputError", "Recovered", "RecoveryCopy", "all_copies", "discard", "find_recovery",
           "orphaned_copies", "owner_alive", "read_recovery"]
