"""The ``draftdesk library`` command: list, search, import, export and build clause libraries."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..untrusted import printable, quoted, terminal_json


def add_library_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``library`` and its subcommands to a command line's subparsers."""
    library = subparsers.add_parser(
        "library",
        help="clause libraries: list, search, import, export, build from resolutions",
        description="Manage clause libraries (stored in the user data folder).",
    )
    library.set_defaults(handler=_no_subcommand, library_parser=library)
    commands = library.add_subparsers(dest="library_command", metavar="SUBCOMMAND")

    listing = commands.add_parser("list", help="list the libraries and their sizes")
    listing.add_argument("name", nargs="?", help="list the clauses of this library instead")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_guarded(_list))

    search = commands.add_parser("search", help="search clauses (words match as prefixes)")
    search.add_argument("query", help="words to look for, e.g. 'report sess'")
    search.add_argument("--body", choices=("ga", "sc", "ecosoc", "hrc"), help="only this body")
    search.add_argument("--kind", choices=("preambular", "operative"), help="only this kind")
    search.add_argument("--library", help="only this library")
    search.add_argument(
        "--limit", type=_limit, default=20, help=f"at most this many, 1-{MAX_LIMIT} (default 20)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=_guarded(_search))

    similar = commands.add_parser("similar", help="find agreed language close to a text")
    similar.add_argument("text", help="the paragraph's text")
    similar.add_argument(
        "--limit", type=_limit, default=5, help=f"at most this many, 1-{MAX_LIMIT} (default 5)"
    )
    similar.add_argument("--json", action="store_true", help="print JSON")
    similar.set_defaults(handler=_guarded(_similar))

    import_ = commands.add_parser("import", help="import a library file (duplicates skipped)")
    import_.add_argument("file", type=Path, help="a .json clause library file")
    import_.add_argument("--as", dest="name", help="import into this library instead")
    import_.set_defaults(handler=_guarded(_import))

    export = commands.add_parser("export", help="export a library to a file")
    export.add_argument("name", help="the library")
    export.add_argument("-o", "--output", type=Path, required=True, help="the .json to write")
    export.set_defaults(handler=_guarded(_export))

    add = commands.add_parser("add", help="add every paragraph of resolutions to a library")
    add.add_argument("files", type=Path, nargs="+", metavar="RESOLUTION",
                     help="resolution texts (.txt) or drafts (.draftdesk)")
    add.add_argument("--to", dest="name", required=True, help="the library (created if needed)")
    add.set_defaults(handler=_guarded(_add))

    save = commands.add_parser(
        "save", help="save paragraphs of a draft to a library, with tags, a note and a source"
    )
    save.add_argument("draft", type=Path, help="a draft (.draftdesk) or a resolution text")
    save.add_argument("paragraphs", nargs="+", metavar="PARAGRAPH",
                      help="how each paragraph is cited: 'para. 4 (a)', '4', 'pp2'")
    save.add_argument("--to", dest="name", required=True, help="the library (created if needed)")
    save.add_argument("--tags", default="", help="tags separated by commas")
    save.add_argument("--note", default="", help="a note kept with the clauses")
    save.add_argument("--agreed", action="store_true",
                      help="agreed language: record the draft's symbol and paragraph numbers")
    save.add_argument("--symbol", help="the source symbol to record instead of the draft's")
    save.set_defaults(handler=_guarded(_save))

    create = commands.add_parser("create", help="create an empty library")
    create.add_argument("name")
    create.add_argument("--description", default="")
    create.set_defaults(handler=_guarded(_create))

    rename = commands.add_parser("rename", help="rename a library")
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=_guarded(_rename))

    delete = commands.add_parser("delete", help="delete a library and its clauses")
    delete.add_argument("name")
    delete.set_defaults(handler=_guarded(_delete))
    return library


MAX_LIMIT = 10_000


def _limit(text: str) -> int:
    """Read --limit: a whole number from 1 to MAX_LIMIT (SQLite cannot take a bigger one)."""
    if not text.strip().isdigit() or not 1 <= int(text[:12]) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 1 to {MAX_LIMIT}, not {quoted(text, 20)}"
        )
    return int(text)


# ------------------------------------------------------------------ commands

Handler = Callable[[argparse.Namespace], int]


def _guarded(handler: Handler) -> Handler:
    """Turn database failures (locked, corrupt, disk full) into one-line errors.

    A reader that stops early (``draftdesk library search … | head -1``) is normal use: the
    command ends quietly with status 0 instead of a BrokenPipeError traceback.
    """

    def run(options: argparse.Namespace) -> int:
        import sqlite3  # here, not at the top: every other command starts without it

        try:
            status = handler(options)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return status
        except BrokenPipeError:
            _silence_stdout()
            return 0
        except sqlite3.Error as error:
            from ..library import default_database_path

            raise OutputError(
                f"{printable(default_database_path(), 200)}: clause libraries: "
                f"{printable(error, 200)}"
            ) from None

    return run


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's final flush cannot fail again.

    The recipe of the Python documentation (signal module, "Note on SIGPIPE").
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (captured in tests)
        pass


def _no_subcommand(options: argparse.Namespace) -> int:
    options.library_parser.print_help(sys.stderr)
    return 2


def _open(read_only: bool = False) -> Any:
    """Open the clause libraries; commands that only read never wait for one that writes."""
    from ..library import open_store

    return open_store(read_only=read_only)


def _one_line(text: str, width: int = 110) -> str:
    return printable(text, width)


def _shown(value: object) -> str:
    """A value from the libraries, safe for the terminal: no escapes, no line breaks."""
    return printable(value, None)


def _list(options: argparse.Namespace) -> int:
    with _open(read_only=True) as store:
        if options.name:
            clauses = store.clauses(store.library(options.name).name)
            if options.json:
                print(terminal_json([_clause_json(c) for c in clauses]))
            for clause in clauses if not options.json else ():
                print(
                    f"{_shown(clause.key)}\t{clause.kind}\t{clause.body}\t"
                    f"{_one_line(clause.text)}"
                )
            return 0
        libraries = store.libraries()
        if options.json:
            print(terminal_json([
                {"name": lib.name, "clauses": lib.clause_count, "builtin": lib.builtin,
                 "description": lib.description} for lib in libraries
            ]))
            return 0
        for lib in libraries:
            mark = "  (built-in, read-only)" if lib.builtin else ""
            print(f"{_shown(lib.name)}\t{lib.clause_count} clauses{mark}")
    return 0


def _clause_json(clause: Any, score: float | None = None) -> dict[str, Any]:
    data = {
        "library": clause.library, "key": clause.key, "version": clause.version,
        "kind": clause.kind, "body": clause.body, "topic": clause.topic,
        "tags": list(clause.tags), "fields": list(clause.fields), "source": clause.source,
        "text": clause.text,
    }
    if score is not None:
        data["score"] = round(score, 4)
    return data


def _print_hits(hits: list[Any], as_json: bool) -> None:
    if as_json:
        print(terminal_json([_clause_json(h.clause, h.score) for h in hits]))
        return
    if not hits:
        print("No clauses found.")
    for hit in hits:
        clause = hit.clause
        source = f"  [{_shown(clause.source)}]" if clause.source else ""
        print(
            f"{_shown(clause.library)} / {_shown(clause.key)} ({clause.kind}, {clause.body})"
            f"{source}"
        )
        print(f"    {_one_line(clause.text)}")


def _search(options: argparse.Namespace) -> int:
    with _open(read_only=True) as store:
        hits = store.search(
            options.query, body=options.body, kind=options.kind, library=options.library,
            limit=max(1, options.limit),
        )
        _print_hits(hits, options.json)
    return 0


def _similar(options: argparse.Namespace) -> int:
    with _open(read_only=True) as store:
        _print_hits(store.similar(options.text, limit=max(1, options.limit)), options.json)
    return 0


def _import(options: argparse.Namespace) -> int:
    from ..library import import_library

    with _open() as store:
        report = import_library(store, options.file, options.name)
    verb = "Created" if report.created else "Updated"
    print(f"{verb} library '{_shown(report.library)}': {report.added} clauses added, "
          f"{report.duplicates} duplicates skipped")
    return 0


def _export(options: argparse.Namespace) -> int:
    from ..library import export_library

    with _open(read_only=True) as store:
        count = export_library(store, options.name, options.output)
    print(f"Exported {count} clauses to {_shown(options.output)}")
    return 0


def _read_resolution(path: Path) -> Any:
    from ..importers import import_file
    from ..storage import DRAFT_SUFFIX, load_draft

    return load_draft(path) if path.suffix == DRAFT_SUFFIX else import_file(path)


def _add(options: argparse.Namespace) -> int:
    from ..library import add_resolutions

    # Read every file first, so that one unreadable file adds nothing at all.
    resolutions = [_read_resolution(path) for path in options.files]
    with _open() as store:
        report = add_resolutions(store, options.name, resolutions)
    texts = f"{report.texts} text" + ("s" if report.texts != 1 else "")
    print(f"Library '{_shown(report.library)}': {report.added} clauses added from {texts}, "
          f"{report.duplicates} duplicates skipped")
    return 0


def _save(options: argparse.Namespace) -> int:
    from ..library import save_paragraphs
    from ..library.builder import find_paragraph, paragraph_reference, source_symbol
    from ..model import derive

    resolution = _read_resolution(options.draft)
    paragraphs = [find_paragraph(resolution, reference) for reference in options.paragraphs]
    tags = tuple(tag.strip() for tag in options.tags.split(",") if tag.strip())
    agreed = options.agreed or options.symbol is not None
    symbol = options.symbol if options.symbol is not None else source_symbol(resolution)
    derived = derive(resolution)
    with _open() as store, store.transaction():
        if not store.has_library(options.name):
            store.create_library(options.name)
        saved = []
        for paragraph in paragraphs:
            source = (symbol, paragraph_reference(derived, paragraph)) if agreed else None
            saved += save_paragraphs(store, options.name, resolution, [paragraph.id],
                                     tags=tags, note=options.note, source=source)
        name = store.library(options.name).name
    for clause in saved:
        cited = f"  [{_shown(clause.source)}]" if clause.source else ""
        print(f"Saved {_shown(name)} / {_shown(clause.key)} (v{clause.version}){cited}")
    return 0


def _create(options: argparse.Namespace) -> int:
    with _open() as store:
        library = store.create_library(options.name, options.description)
    print(f"Created library '{_shown(library.name)}'")
    return 0


def _rename(options: argparse.Namespace) -> int:
    with _open() as store:
        store.rename_library(options.old, options.new)
    print(f"Renamed library '{_shown(options.old)}' to '{_shown(options.new)}'")
    return 0


def _delete(options: argparse.Namespace) -> int:
    with _open() as store:
        store.delete_library(options.name)
    print(f"Deleted library '{_shown(options.name)}'")
    return 0
