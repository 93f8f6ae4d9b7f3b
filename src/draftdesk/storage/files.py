"""Reading and writing .draftdesk files, atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ..errors import InputError, OutputError
from ..model.document import Resolution
from .codec import SchemaError, from_dict, to_dict

DRAFT_SUFFIX = ".draftdesk"
MAX_DRAFT_BYTES = 50 * 1024 * 1024  # far above any real draft; refuses runaway files


def write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a file through ``write`` so that ``path`` holds either the old or the new content.

    The data goes to a temporary file in the same folder, is flushed to disk, then replaces
    the target in one step; on any failure the temporary file is removed.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            # Keep the permissions the user gave the existing file.
            os.chmod(temp_name, path.stat().st_mode & 0o777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException as error:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def dumps_draft(resolution: Resolution) -> str:
    """Return the JSON text of a draft: UTF-8, indented, stable key order for clean diffs."""
    return json.dumps(to_dict(resolution), ensure_ascii=False, indent=1) + "\n"


def save_draft(resolution: Resolution, path: Path) -> None:
    """Save a draft to ``path`` atomically."""
    data = dumps_draft(resolution).encode("utf-8")
    write_atomic(Path(path), lambda stream: stream.write(data))


def loads_draft(text: str, source: str = "<draft>") -> Resolution:
    """Read a draft from JSON text; raise InputError naming the source and the problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}: not a valid draft file: {error.msg} at line {error.lineno}, "
            f"column {error.colno}"
        ) from None
    try:
        return from_dict(data)
    except SchemaError as error:
        raise InputError(f"{source}: {error}") from None
    except RecursionError:
        raise InputError(f"{source}: paragraphs are nested too deeply") from None


def load_draft(path: Path) -> Resolution:
    """Read a .draftdesk file; raise InputError naming the file and what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise InputError(f"{path}: too large for a draft ({size:,} bytes)")
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a draft file") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from None
    return loads_draft(text, str(path))
