"""Exchange files: a clause library as one human-readable JSON file.

Format ``draftdesk-clause-library``, version 1::

    {
      "format": "draftdesk-clause-library",
      "format_version": 1,
      "name": "Migration",
      "description": "",
      "clauses": [
        {"key": "report-request", "kind": "operative", "body": "ga", "topic": "reporting",
         "tags": ["report"], "note": "",
         "source": {"symbol": "A/RES/62/270", "paragraph": "para. 9"},
         "version": 1, "text": "Requests the Secretary-General … {{ session | ordinal_words }} …"}
      ]
    }

Such files arrive by e-mail, so reading one is defensive: size and count limits, strict types,
every template through the whitelist, and the whole import in one transaction — a bad file
changes nothing.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, Template, message
from draftdesk.storage.files import write_atomic
from draftdesk.templates import MAX_TEMPLATE_CHARS, check_template
from draftdesk.untrusted import MAX_LIBRARY_FILE_BYTES, loads_json, printable, read_capped

from .store import (
    BODIES,
    KEY,
    KINDS,
    NOTE,
    SOURCE_PARAGRAPH,
    TEXT,
    TOPIC,
    WRONG_BODY,
    WRONG_KIND,
    LibraryStore,
    NewClause,
    check_name,
)

FORMAT_NAME = "draftdesk-clause-library"
FORMAT_VERSION = 1
MAX_FILE_BYTES = MAX_LIBRARY_FILE_BYTES
MAX_CLAUSES = 50_000
MAX_TAGS = 50
MAX_SHORT = 200  # key, topic, tag, source symbol and paragraph
MAX_NOTE = 5_000


@dataclass(frozen=True)
class LibraryFile:
    """The checked content of an exchange file."""

    name: str
    description: str
    clauses: list[NewClause]


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    library: str
    added: int
    duplicates: int
    created: bool


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# Messages the window shows in its own language (decision 0015).
NOT_TEXT = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: {what} must be text, not {type}")
EMPTY = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: {what} is empty")
TOO_LONG = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: {what} is longer than {limit} characters")
CONTROL = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: {what} contains control characters or line breaks")
A_TAG = QT_TRANSLATE_NOOP("LibraryErrors", "a tag")
SOURCE_SYMBOL = QT_TRANSLATE_NOOP("LibraryErrors", "source symbol")
DESCRIPTION = QT_TRANSLATE_NOOP("LibraryErrors", "description")
NUMBERED_CLAUSE = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: clause {number}")
KEYED_CLAUSE = QT_TRANSLATE_NOOP("LibraryErrors", "{where} ('{key}')")
NOT_OBJECT = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: a clause must be an object, not {type}")
TOO_MANY_TAGS = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: tags must be a list of at most {limit} words")
BAD_SOURCE = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: source must be an object with symbol and paragraph")
BAD_VERSION = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: version must be a positive whole number")
NOT_OBJECT_FILE = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: not a DraftDesk clause library (expected a JSON object)")
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: not a DraftDesk clause library (format is not '{format}')")
BAD_FORMAT_VERSION = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: format_version must be a positive whole number")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "LibraryErrors",
    "{where}: written by a newer DraftDesk (format version {version}); update DraftDesk")
PROBLEM_IN = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: {problem}")
CLAUSES_NOT_LIST = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: 'clauses' must be a list")
TOO_MANY_CLAUSES = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: {count} clauses is more than the {limit} allowed")
NOT_UTF8 = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: not a text file in UTF-8")


def _shown(value: Any) -> str:
    """Quote a bad value briefly: messages stay one short line whatever the file holds."""
    return printable(repr(value), 40)


def _string(
    value: Any, where: str, what: Template, limit: int, *, required: bool = False,
    line: bool = True,
) -> str:
    if value is None and not required:
        return ""
    named = message(what)
    if not isinstance(value, str):
        raise InputError(message(NOT_TEXT, where=where, what=named, type=type(value).__name__))
    if required and not value.strip():
        raise InputError(message(EMPTY, where=where, what=named))
    if len(value) > limit:
        raise InputError(message(TOO_LONG, where=where, what=named, limit=f"{limit:,}"))
    if line and _CONTROL.search(value):
        raise InputError(message(CONTROL, where=where, what=named))
    return value


def _clause(item: Any, where: str) -> NewClause:
    if not isinstance(item, dict):
        raise InputError(message(NOT_OBJECT, where=where, type=type(item).__name__))
    key = _string(item.get("key"), where, KEY, MAX_SHORT)
    if key:
        where = message(KEYED_CLAUSE, where=where, key=key)
    text = _string(item.get("text"), where, TEXT, MAX_TEMPLATE_CHARS, required=True, line=False)
    check_template(text, where)
    kind = item.get("kind", "operative")
    if kind not in KINDS:
        raise InputError(message(WRONG_KIND, where=where, value=_shown(kind)))
    body = item.get("body", "any")
    if body not in BODIES:
        raise InputError(
            message(WRONG_BODY, where=where, bodies=", ".join(BODIES), value=_shown(body)))
    tags = item.get("tags", [])
    if not isinstance(tags, list) or len(tags) > MAX_TAGS:
        raise InputError(message(TOO_MANY_TAGS, where=where, limit=MAX_TAGS))
    tags = [_string(tag, where, A_TAG, MAX_SHORT, required=True) for tag in tags]
    source = item.get("source", {})
    if source is None:
        source = {}
    if not isinstance(source, dict):
        raise InputError(message(BAD_SOURCE, where=where))
    version = item.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 1_000_000:
        raise InputError(message(BAD_VERSION, where=where))
    return NewClause(
        text=text,
        kind=kind,
        body=body,
        topic=_string(item.get("topic"), where, TOPIC, MAX_SHORT),
        tags=tuple(tags),
        note=_string(item.get("note"), where, NOTE, MAX_NOTE, line=False),
        source_symbol=_string(source.get("symbol"), where, SOURCE_SYMBOL, MAX_SHORT),
        source_paragraph=_string(source.get("paragraph"), where, SOURCE_PARAGRAPH, MAX_SHORT),
        key=key,
        version=version,
    )


def parse_library_data(data: Any, where: str) -> LibraryFile:
    """Check the decoded content of an exchange file."""
    if not isinstance(data, dict):
        raise InputError(message(NOT_OBJECT_FILE, where=where))
    if data.get("format") != FORMAT_NAME:
        raise InputError(message(WRONG_FORMAT, where=where, format=FORMAT_NAME))
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InputError(message(BAD_FORMAT_VERSION, where=where))
    if version > FORMAT_VERSION:
        raise InputError(message(NEWER_FORMAT, where=where, version=version))
    try:
        name = check_name(data.get("name"))
    except InputError as error:
        raise InputError(message(PROBLEM_IN, where=where, problem=_inner(error))) from None
    description = _string(data.get("description"), where, DESCRIPTION, MAX_NOTE, line=False)
    items = data.get("clauses")
    if not isinstance(items, list):
        raise InputError(message(CLAUSES_NOT_LIST, where=where))
    if len(items) > MAX_CLAUSES:
        raise InputError(message(TOO_MANY_CLAUSES, where=where, count=f"{len(items):,}",
                                 limit=f"{MAX_CLAUSES:,}"))
    clauses = [_clause(item, message(NUMBERED_CLAUSE, where=where, number=n))
               for n, item in enumerate(items, start=1)]
    return LibraryFile(name, description, clauses)


def _inner(error: Exception) -> str:
    """Return an error's message, keeping what translates it when it has that."""
    inner = error.args[0] if len(error.args) == 1 else None
    return inner if isinstance(inner, Message) else str(error)


def read_library_file(path: Path) -> LibraryFile:
    """Read and check an exchange file without touching any library."""
    where = printable(path, 200)
    raw = read_capped(Path(path), MAX_FILE_BYTES, "library file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(message(NOT_UTF8, where=where)) from None
    data = loads_json(text, where, "library file")
    return parse_library_data(data, where)


def import_library(store: LibraryStore, path: Path, name: str | None = None) -> ImportReport:
    """Import an exchange file into the library of its name (or ``name``), skipping duplicates.

    The library is created if needed. Everything happens in one transaction: a clause that
    fails a check leaves every library as it was.
    """
    content = read_library_file(path)
    target = check_name(name) if name else content.name
    try:
        with store.transaction():
            created = not store.has_library(target)
            if created:
                store.create_library(target, content.description)
            added, duplicates = store.add_clauses(target, content.clauses)
    except InputError as error:
        shown = printable(path, 200)
        problem = _inner(error)
        if not problem.startswith(shown):
            problem = message(PROBLEM_IN, where=shown, problem=problem)
        raise InputError(problem) from None
    return ImportReport(target, len(added), duplicates, created)


def library_data(store: LibraryStore, name: str) -> dict[str, Any]:
    """Return the exchange form of a library."""
    library = store.library(name)
    clauses = []
    for clause in store.clauses(library.name):
        item: dict[str, Any] = {
            "key": clause.key,
            "kind": clause.kind,
            "body": clause.body,
            "topic": clause.topic,
            "tags": list(clause.tags),
            "note": clause.note,
            "source": {"symbol": clause.source_symbol, "paragraph": clause.source_paragraph},
            "version": clause.version,
            "text": clause.text,
        }
        clauses.append(item)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "name": library.name,
        "description": library.description,
        "exported": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "clauses": clauses,
    }


def export_library(store: LibraryStore, name: str, path: Path) -> int:
    """Write a library to an exchange file atomically; return the number of clauses."""
    data = library_data(store, name)
    write_text_atomically(path, format_library(data))
    return len(data["clauses"])


def format_library(data: dict[str, Any]) -> str:
    """Lay out an exchange file for people: one field a line, lists and sources inline."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{"]
    for key, value in data.items():
        if key != "clauses":
            lines.append(f"  {dump(key)}: {dump(value)},")
    clauses = data.get("clauses", [])
    lines.append('  "clauses": [')
    for index, clause in enumerate(clauses):
        inner = ",\n".join(f"      {dump(key)}: {dump(value)}" for key, value in clause.items())
        comma = "," if index < len(clauses) - 1 else ""
        lines.append("    {\n" + inner + "\n    }" + comma)
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_text_atomically(path: Path, text: str) -> None:
    """Write a text file atomically with the usual permissions, as drafts are written."""
    encoded = text.encode("utf-8")
    write_atomic(path, lambda stream: stream.write(encoded))
