"""Reading and writing .draftdesk files, atomically."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .. import untrusted
from ..errors import InputError, OutputError
from ..messages import QT_TRANSLATE_NOOP, Message, message
from ..model.document import Resolution
from .codec import SchemaError, from_dict, to_dict

DRAFT_SUFFIX = ".draftdesk"
MAX_DRAFT_BYTES = untrusted.MAX_DRAFT_BYTES

# Temporary files are named ".dd-PID-RANDOM.tmp": short, so that a target name of 255 bytes
# still works, and carrying the writer's process id, so that the next write in the folder can
# tell a temporary left by a killed process from one another process is still writing.
TEMP_PREFIX = ".dd-"
TEMP_SUFFIX = ".tmp"
_OWN_TEMP = re.compile(r"^\.dd-(?P<pid>[0-9a-f]{1,8})-[0-9a-f]{8}\.tmp$")
# Names earlier versions used: ".NAME.XXXXXXXX.tmp".
_OLD_TEMP = re.compile(r"^\..+\.[0-9A-Za-z_]{8}\.tmp$")
STALE_SECONDS = 600  # an old-style temporary this old belongs to no running write


def write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a file through ``write`` so that ``path`` holds either the old or the new content.

    The data goes to a temporary file in the same folder (readable by the owner only while it
    is written), is flushed to disk, takes the target's permissions (or the umask's for a new
    file), replaces the target in one step, and the folder is flushed too. On any failure the
    temporary file is removed; temporaries left by a killed writer are removed on the next write.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    shown = untrusted.printable(path, 200)
    remove_stale_temporaries(folder)
    temp = folder / f"{TEMP_PREFIX}{os.getpid():x}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise OutputError(_cannot_write(shown, error)) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = path.stat().st_mode & 0o7777  # keep the permissions the user gave the file
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise OutputError(_cannot_write(shown, error)) from None
        raise
    _sync_folder(folder)


def _cannot_write(shown: str, error: OSError) -> Message:
    return message(QT_TRANSLATE_NOOP("FileErrors", "{path}: cannot write: {reason}"),
                   path=shown, reason=str(error.strerror or error))


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file to disk (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself stands
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> list[str]:
    """Remove temporaries that a killed write left in ``folder``; return their names."""
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(".") or not name.endswith(TEMP_SUFFIX):
            continue
        own = _OWN_TEMP.match(name)
        try:
            if own:
                stale = not _process_alive(int(own.group("pid"), 16))
            elif _OLD_TEMP.match(name):
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            else:
                continue
            if stale and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(name)
        except OSError:
            continue
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # it exists (another user's) or cannot be asked: leave it alone
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def dumps_draft(resolution: Resolution) -> str:
    """Return the JSON text of a draft: UTF-8, indented, stable key order for clean diffs.

    Characters no document may hold (see ``untrusted``) are left out, so that whatever
    DraftDesk writes it can read again.
    """
    data = untrusted.clean_tree(to_dict(resolution))
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def save_draft(resolution: Resolution, path: Path) -> None:
    """Save a draft to ``path`` atomically."""
    data = dumps_draft(resolution).encode("utf-8")
    write_atomic(Path(path), lambda stream: stream.write(data))


def loads_draft(text: str, source: str = "<draft>") -> Resolution:
    """Read a draft from JSON text; raise InputError naming the source and the problem."""
    source = untrusted.printable(source, 200)
    data = untrusted.loads_json(text, source, "draft file")
    try:
        resolution = from_dict(data)
    except SchemaError as error:
        raise InputError(untrusted.in_file(source, error.args[0])) from None
    except RecursionError:
        raise InputError(message(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{source}: paragraphs are nested too deeply"),
            source=source)) from None
    untrusted.check_size(resolution, source)
    return resolution


def load_draft(path: Path) -> Resolution:
    """Read a .draftdesk file; raise InputError naming the file and what is wrong."""
    path = Path(path)
    raw = untrusted.read_capped(path, untrusted.MAX_DRAFT_BYTES, "draft")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(untrusted.not_utf8(untrusted.printable(path, 200), error.start)) from None
    return loads_draft(text, str(path))
