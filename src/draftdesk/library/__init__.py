"""Clause libraries: storage and search (SQLite + FTS5), exchange files, building from texts."""

from __future__ import annotations

from .builder import BuildReport, add_resolution_files, add_resolutions, save_paragraphs
from .builtin import builtin_library_path, ensure_builtin, open_store
from .exchange import ImportReport, export_library, import_library, read_library_file
from .store import (
    BODIES,
    BUILTIN_LIBRARY,
    KINDS,
    Clause,
    Library,
    LibraryStore,
    NewClause,
    SearchHit,
    default_database_path,
)

__all__ = [
    "BODIES", "BUILTIN_LIBRARY", "KINDS", "BuildReport", "Clause", "ImportReport", "Library",
    "LibraryStore", "NewClause", "SearchHit", "add_resolution_files", "add_resolutions",
    "builtin_library_path", "default_database_path", "ensure_builtin", "export_library",
    "import_library", "open_store", "read_library_file", "save_paragraphs",
]
