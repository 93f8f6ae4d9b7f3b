"""The built-in clause library shipped in ``templates/builtin-library.json``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from draftdesk.resources import template_path

from .exchange import parse_library_data, read_library_file
from .store import BUILTIN_LIBRARY, LibraryStore, default_database_path

BUILTIN_FILE = "builtin-library.json"


def builtin_library_path() -> Path:
    """Return the path of the shipped built-in library file."""
    return template_path(BUILTIN_FILE)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def builtin_is_current(store: LibraryStore, path: Path | None = None) -> bool:
    """Say whether the store holds the shipped built-in library as it is now."""
    digest = _digest(path or builtin_library_path())
    return store.meta("builtin_sha256") == digest and store.has_library(BUILTIN_LIBRARY)


def ensure_builtin(store: LibraryStore, path: Path | None = None) -> bool:
    """Load or refresh the read-only built-in library when the shipped file changed."""
    path = path or builtin_library_path()
    if builtin_is_current(store, path):
        return False
    digest = _digest(path)
    content = read_library_file(path)
    with store.transaction() as db:
        if builtin_is_current(store, path):
            return False  # another process loaded it while this one waited
        db.execute("DELETE FROM libraries WHERE name = ? AND builtin = 1", (BUILTIN_LIBRARY,))
        if store.has_library(BUILTIN_LIBRARY):
            # A user library took the name before: keep theirs, ship ours under a new name.
            db.execute(
                "UPDATE libraries SET name = ? WHERE name = ?",
                (f"{BUILTIN_LIBRARY} (mine)", BUILTIN_LIBRARY),
            )
        store.create_library(BUILTIN_LIBRARY, content.description, builtin=True)
        store.add_clauses(BUILTIN_LIBRARY, content.clauses, _allow_builtin=True)
        store.set_meta("builtin_sha256", digest)
    return True


def open_store(path: Path | None = None, *, read_only: bool = False) -> LibraryStore:
    """Open the user's clause libraries with the built-in library loaded and up to date.

    ``read_only`` opens them for reading only (list, search, show, export), so that these
    never wait for a change in progress; the database is created or brought up to date
    first when it needs to be, which takes the write lock once.
    """
    if read_only:
        store = _open_read_only(path)
        if store is not None:
            return store
    store = LibraryStore(path)
    try:
        ensure_builtin(store)
    except BaseException:
        store.close()
        raise
    if not read_only:
        return store
    store.close()
    return LibraryStore(path, read_only=True)


def _open_read_only(path: Path | None) -> LibraryStore | None:
    """Return the store opened read-only, or None when it is missing or needs an update."""
    if not (path or default_database_path()).exists():
        return None
    store = LibraryStore(path, read_only=True)
    try:
        if store.has_schema() and builtin_is_current(store):
            return store
    except BaseException:
        store.close()
        raise
    store.close()
    return None


__all__ = [
    "builtin_is_current",
    "builtin_library_path",
    "ensure_builtin",
    "open_store",
    "parse_library_data",
]
