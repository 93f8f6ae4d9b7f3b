"""The built-in clause library shipped in ``templates/builtin-library.json``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from draftdesk.resources import template_path

from .exchange import parse_library_data, read_library_file
from .store import BUILTIN_LIBRARY, LibraryStore

BUILTIN_FILE = "builtin-library.json"


def builtin_library_path() -> Path:
    """Return the path of the shipped built-in library file."""
    return template_path(BUILTIN_FILE)


def ensure_builtin(store: LibraryStore, path: Path | None = None) -> bool:
    """Load or refresh the read-only built-in library when the shipped file changed."""
    path = path or builtin_library_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if store.meta("builtin_sha256") == digest and store.has_library(BUILTIN_LIBRARY):
        return False
    content = read_library_file(path)
    with store.transaction() as db:
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


def open_store(path: Path | None = None) -> LibraryStore:
    """Open the user's clause libraries with the built-in library loaded and up to date."""
    store = LibraryStore(path)
    try:
        ensure_builtin(store)
    except BaseException:
        store.close()
        raise
    return store


__all__ = ["builtin_library_path", "ensure_builtin", "open_store", "parse_library_data"]
