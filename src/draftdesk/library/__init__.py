"""Clause libraries: storage and search (SQLite + FTS5), exchange files, building from texts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .builder import BuildReport, add_resolution_files, add_resolutions, save_paragraphs

_BUILDER = ("BuildReport", "add_resolution_files", "add_resolutions", "save_paragraphs")

__all__ = [
    "BODIES", "BUILTIN_LIBRARY", "KINDS", "BuildReport", "Clause", "ImportReport", "Library",
    "LibraryStore", "NewClause", "SearchHit", "add_resolution_files", "add_resolutions",
    "builtin_library_path", "default_database_path", "ensure_builtin", "export_library",
    "import_library", "open_store", "read_library_file", "save_paragraphs",
]


def __getattr__(name: str) -> Any:
    """Load the builder (clause templates, jinja2) when it is first used: searching and
    inserting clauses do not need it."""
    if name in _BUILDER:
        from . import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
