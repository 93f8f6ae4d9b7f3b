"""Clause libraries stored in SQLite with an FTS5 index, in the user's data folder.

One database holds every library. Each clause keeps its versions: editing a clause's text
creates a new version, and a draft that inserted an older version keeps the text it got (its
paragraph records the version in its provenance), so nothing in a draft changes silently.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sqlite3
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from draftdesk.errors import InputError, OutputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.model import Body, Part, Provenance
from draftdesk.templates import RenderedClause, check_template, render_clause
from draftdesk.untrusted import check_characters, printable, quoted, xml_text

from .text import fts_any_query, fts_prefix_query, normalise, search_text, significant_words

BODIES = ("ga", "sc", "ecosoc", "hrc", "any")
KINDS = ("preambular", "operative")
BUILTIN_LIBRARY = "Built-in"
MAX_NAME_CHARS = 100
SCHEMA_VERSION = 1
BUSY_TIMEOUT = 10.0  # seconds a change waits for another process's change to finish

# Messages the window shows in its own language (decision 0015).
NAME_EMPTY = QT_TRANSLATE_NOOP("LibraryErrors", "the library name is empty")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "LibraryErrors", "the library name is longer than {limit} characters")
NAME_PLACE = QT_TRANSLATE_NOOP("LibraryErrors", "the library name {name}")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{path}: cannot open the clause libraries ({reason})")
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{path}: cannot create the clause libraries ({reason})")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "LibraryErrors",
    "{path}: the clause libraries were written by a newer DraftDesk (schema {schema}); "
    "update DraftDesk")
READ_ONLY = QT_TRANSLATE_NOOP("LibraryErrors", "{path}: the clause libraries are open read-only")
BUSY = QT_TRANSLATE_NOOP(
    "LibraryErrors",
    "{path}: the clause libraries are busy: another DraftDesk is changing them; "
    "try again when it has finished")
NO_LIBRARY = QT_TRANSLATE_NOOP("LibraryErrors", "no clause library named '{name}'")
BUILTIN_UNCHANGEABLE = QT_TRANSLATE_NOOP(
    "LibraryErrors",
    "the library '{name}' comes with DraftDesk and cannot be changed; "
    "copy its clauses into a library of your own")
LIBRARY_EXISTS = QT_TRANSLATE_NOOP(
    "LibraryErrors", "a clause library named '{name}' already exists")
CLAUSE_PLACE = QT_TRANSLATE_NOOP("LibraryErrors", "clause '{key}' in library '{library}'")
NO_CLAUSE_ID = QT_TRANSLATE_NOOP("LibraryErrors", "no clause with id {id}")
NO_VERSION = QT_TRANSLATE_NOOP("LibraryErrors", "{where} has no version {version}")
NO_CLAUSE = QT_TRANSLATE_NOOP("LibraryErrors", "no clause '{key}' in library '{library}'")
CANNOT_CHANGE = QT_TRANSLATE_NOOP("LibraryErrors", "cannot change {names} of a clause")
WRONG_KIND = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: kind must be preambular or operative, not {value}")
WRONG_BODY = QT_TRANSLATE_NOOP(
    "LibraryErrors", "{where}: body must be one of {bodies}, not {value}")
TEXT_EMPTY = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: the text is empty")
IN_FIELD = QT_TRANSLATE_NOOP("LibraryErrors", "{where}: {what}")
# The parts of a clause, named in messages about them.
TEXT = QT_TRANSLATE_NOOP("LibraryErrors", "text")
KEY = QT_TRANSLATE_NOOP("LibraryErrors", "key")
TOPIC = QT_TRANSLATE_NOOP("LibraryErrors", "topic")
NOTE = QT_TRANSLATE_NOOP("LibraryErrors", "note")
SOURCE = QT_TRANSLATE_NOOP("LibraryErrors", "source")
SOURCE_PARAGRAPH = QT_TRANSLATE_NOOP("LibraryErrors", "source paragraph")
TAG = QT_TRANSLATE_NOOP("LibraryErrors", "tag")

# Where agreed language comes from, as the library panel shows it.
CITED = QT_TRANSLATE_NOOP("LibraryOrigins", "{symbol}, {paragraph}")
OPERATIVE_CITED = QT_TRANSLATE_NOOP("LibraryOrigins", "para. {number}")
PREAMBULAR_CITED = QT_TRANSLATE_NOOP("LibraryOrigins", "preambular para. {number}")
# How DraftDesk cites a paragraph it saved (library.builder.paragraph_reference).
_CITATION = re.compile(r"(preambular )?para\. (\d+(?: \(?[a-z]{1,6}[.)])*)")

BODY_OF_MODEL = {
    Body.GA_PLENARY: "ga",
    Body.GA_COMMITTEE: "ga",
    Body.GA_EMERGENCY: "ga",
    Body.SECURITY_COUNCIL: "sc",
    Body.ECOSOC: "ecosoc",
    Body.HUMAN_RIGHTS_COUNCIL: "hrc",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS libraries (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clauses (
    id INTEGER PRIMARY KEY,
    library_id INTEGER NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    source_symbol TEXT NOT NULL DEFAULT '',
    source_paragraph TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    text TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]',
    norm TEXT NOT NULL,
    search_text TEXT NOT NULL,
    tag_text TEXT NOT NULL,
    lib_tag TEXT NOT NULL,  -- 'lib<id>': lets the full-text index filter by library
    modified TEXT NOT NULL,
    UNIQUE (library_id, key)
);
CREATE INDEX IF NOT EXISTS clauses_norm ON clauses (library_id, norm);
CREATE TABLE IF NOT EXISTS clause_versions (
    clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (clause_id, version)
);
CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts USING fts5 (
    search_text, tag_text, body, kind, lib_tag,
    content='clauses', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER IF NOT EXISTS clauses_ai AFTER INSERT ON clauses BEGIN
    INSERT INTO clause_fts (rowid, search_text, tag_text, body, kind, lib_tag)
    VALUES (new.id, new.search_text, new.tag_text, new.body, new.kind, new.lib_tag);
END;
CREATE TRIGGER IF NOT EXISTS clauses_ad AFTER DELETE ON clauses BEGIN
    INSERT INTO clause_fts (clause_fts, rowid, search_text, tag_text, body, kind, lib_tag)
    VALUES ('delete', old.id, old.search_text, old.tag_text, old.body, old.kind, old.lib_tag);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS clause_vocab USING fts5vocab (clause_fts, 'row');
CREATE TRIGGER IF NOT EXISTS clauses_au AFTER UPDATE ON clauses BEGIN
    INSERT INTO clause_fts (clause_fts, rowid, search_text, tag_text, body, kind, lib_tag)
    VALUES ('delete', old.id, old.search_text, old.tag_text, old.body, old.kind, old.lib_tag);
    INSERT INTO clause_fts (rowid, search_text, tag_text, body, kind, lib_tag)
    VALUES (new.id, new.search_text, new.tag_text, new.body, new.kind, new.lib_tag);
END;
"""

# Text weighs most, then tags/topic/source; body and kind only break ties.
_RANK = "bm25(clause_fts, 10.0, 2.0, 0.5, 0.5, 0.0)"
# Ranking every match of an unspecific query ("inter", "re") costs tens of milliseconds on a
# large library; as-you-type ranks the first matches only, until the words narrow the set.
RANKED_CANDIDATES = 500


def default_database_path() -> Path:
    """Return where the clause libraries live: the user data folder."""
    return Path(platformdirs.user_data_dir("DraftDesk", appauthor=False)) / "clauses.sqlite3"


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Library:
    """A named clause library."""

    name: str
    description: str = ""
    builtin: bool = False
    clause_count: int = 0


# A clause tagged with one of these is written in that language (untagged clauses are English).
CLAUSE_LANGUAGE_TAGS = ("es", "fr")


@dataclass(frozen=True)
class NewClause:
    """A clause to add: its template text and what describes it."""

    text: str
    kind: str = "operative"
    body: str = "any"
    topic: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""
    source_symbol: str = ""
    source_paragraph: str = ""
    key: str = ""
    version: int = 1


@dataclass(frozen=True)
class Clause:
    """A stored clause at its current (or a requested) version."""

    id: int
    library: str
    key: str
    text: str
    kind: str
    body: str
    topic: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""
    source_symbol: str = ""
    source_paragraph: str = ""
    version: int = 1
    fields: tuple[str, ...] = ()
    modified: str = ""

    @property
    def part(self) -> Part:
        """Return the part of a resolution the clause belongs in."""
        return Part(self.kind)

    @property
    def source(self) -> str:
        """Return where agreed language comes from: "A/RES/73/7, para. 4"."""
        return cited_source(self.source_symbol, self.source_paragraph)

    @property
    def where(self) -> Message:
        """Name the clause in messages."""
        return message(CLAUSE_PLACE, key=self.key, library=self.library)

    @property
    def language(self) -> str:
        """Return the language the clause is written in: its "es" or "fr" tag, else English."""
        return next((tag for tag in self.tags if tag in CLAUSE_LANGUAGE_TAGS), "en")

    def provenance(self) -> Provenance:
        """Return the provenance a paragraph inserted from this clause records."""
        return Provenance(self.library, self.key, self.version, self.source)

    def render(self, values: Mapping[str, Any] | None = None) -> RenderedClause:
        """Render the clause with field values into a paragraph and its footnotes."""
        return render_clause(
            self.text, values or {}, self.part, self.provenance(), self.where, self.language
        )


@dataclass(frozen=True)
class SearchHit:
    """A clause found by a search, with its score (higher is better)."""

    clause: Clause
    score: float
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def cited_source(symbol: str, paragraph: str) -> str:
    """Return how a clause's source is cited: "A/RES/73/7, para. 4", translatable.

    A paragraph cited the way DraftDesk cites one ("para. 4 (a)", "preambular para. 3") is
    a message the window translates; anything else the user typed stays as it is.
    """
    found = _CITATION.fullmatch(paragraph)
    if found:
        cited: str = message(PREAMBULAR_CITED if found.group(1) else OPERATIVE_CITED,
                             number=found.group(2))
    else:
        cited = paragraph
    if symbol and paragraph:
        return message(CITED, symbol=symbol, paragraph=cited)
    return symbol or cited


def check_name(name: object) -> str:
    """Return a cleaned library name, or refuse an unusable one."""
    if not isinstance(name, str) or not name.strip():
        raise InputError(message(NAME_EMPTY))
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME_CHARS:
        raise InputError(message(NAME_TOO_LONG, limit=MAX_NAME_CHARS))
    check_characters(cleaned, message(NAME_PLACE, name=quoted(cleaned)))
    return cleaned


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", search_text(text).casefold())
    return "-".join(words[:6]) or "clause"


_CLAUSE_COLUMNS = (
    "c.id, l.name, c.key, c.text, c.kind, c.body, c.topic, c.tags, c.note, c.source_symbol, "
    "c.source_paragraph, c.version, c.fields, c.modified"
)


def _clause_from_row(row: Sequence[Any]) -> Clause:
    return Clause(
        id=row[0], library=row[1], key=row[2], text=row[3], kind=row[4], body=row[5],
        topic=row[6], tags=tuple(json.loads(row[7])), note=row[8], source_symbol=row[9],
        source_paragraph=row[10], version=row[11], fields=tuple(json.loads(row[12])),
        modified=row[13],
    )


class LibraryStore:
    """The user's clause libraries: create, edit, search, with every change in one transaction."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        read_only: bool = False,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        """Open (or create) the database; ``read_only`` opens an existing one for reading only.

        The schema is created once, by the first writer: opening an existing database only
        reads, so a search never waits for an import. In WAL mode readers never wait for the
        writer; a second writer waits ``busy_timeout`` seconds, then gets a clear message.
        """
        self.path = path or default_database_path()
        self.read_only = read_only
        shown = printable(self.path, 200)
        try:
            if read_only:
                uri = f"file:{urllib.parse.quote(str(self.path.absolute()))}?mode=ro"
                self._db = sqlite3.connect(
                    uri, uri=True, timeout=busy_timeout, isolation_level=None,
                    check_same_thread=False,
                )
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(
                    self.path, timeout=busy_timeout, isolation_level=None,
                    check_same_thread=False,
                )
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA cache_size = -16000")  # 16 MB: big imports stay in memory
            if not read_only:
                self._db.execute("PRAGMA synchronous = NORMAL")
                if not self.has_schema():
                    self._create_schema()
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise _busy(self.path) from None
            raise OutputError(message(CANNOT_OPEN, path=shown, reason=str(error))) from None
        except sqlite3.Error as error:
            raise OutputError(message(CANNOT_OPEN, path=shown, reason=str(error))) from None
        except OSError as error:
            raise OutputError(
                message(CANNOT_CREATE, path=shown, reason=str(error.strerror))
            ) from None
        version = self.meta("schema_version") if self.has_schema() else None
        if version is not None and (not version.isdigit() or int(version) > SCHEMA_VERSION):
            raise InputError(message(NEWER_SCHEMA, path=shown, schema=printable(version, 20)))

    def has_schema(self) -> bool:
        """Say whether the database has its tables."""
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        return row is not None

    def _create_schema(self) -> None:
        """Create the tables in WAL mode, once; a second opener finds them made."""
        mode = self._db.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            self._db.execute("PRAGMA journal_mode = WAL")  # kept in the file from now on
        with self.transaction():
            if self.has_schema():
                return  # another process made it while this one waited
            for statement in _split_script(_SCHEMA):
                self._db.execute(statement)
            self._db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )

    # ------------------------------------------------------------------ plumbing

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one transaction: all of it happens, or nothing."""
        if self._db.in_transaction:
            yield self._db
            return
        if self.read_only:
            raise OutputError(message(READ_ONLY, path=printable(self.path, 200)))
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise _busy(self.path) from None
            raise
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        """Return a stored setting of the database."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting of the database."""
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ libraries

    def libraries(self) -> list[Library]:
        """Return every library with its number of clauses, the built-in one first."""
        rows = self._db.execute(
            "SELECT l.name, l.description, l.builtin, COUNT(c.id) FROM libraries l "
            "LEFT JOIN clauses c ON c.library_id = l.id GROUP BY l.id "
            "ORDER BY l.builtin DESC, l.name COLLATE NOCASE"
        ).fetchall()
        return [Library(name, description, bool(builtin), count)
                for name, description, builtin, count in rows]

    def library(self, name: str) -> Library:
        """Return one library, or refuse an unknown name."""
        for library in self.libraries():
            if library.name.casefold() == name.strip().casefold():
                return library
        raise InputError(message(NO_LIBRARY, name=name))

    def has_library(self, name: str) -> bool:
        """Say whether a library of this name exists."""
        return self._library_row(name) is not None

    def _library_row(self, name: str) -> tuple[int, str, bool] | None:
        row = self._db.execute(
            "SELECT id, name, builtin FROM libraries WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return None if row is None else (row[0], row[1], bool(row[2]))

    def _library_id(self, name: str, *, writable: bool = False) -> int:
        row = self._library_row(name)
        if row is None:
            raise InputError(message(NO_LIBRARY, name=name))
        if writable and row[2]:
            raise InputError(message(BUILTIN_UNCHANGEABLE, name=row[1]))
        return row[0]

    def create_library(self, name: str, description: str = "", *, builtin: bool = False) -> Library:
        """Create an empty library."""
        name = check_name(name)
        with self.transaction():
            if self._library_row(name) is not None:
                raise InputError(message(LIBRARY_EXISTS, name=name))
            self._db.execute(
                "INSERT INTO libraries (name, description, builtin, created) VALUES (?, ?, ?, ?)",
                (name, description, int(builtin), _now()),
            )
        return Library(name, description, builtin, 0)

    def rename_library(self, old: str, new: str) -> None:
        """Rename a library; clauses keep their versions."""
        new = check_name(new)
        with self.transaction():
            library_id = self._library_id(old, writable=True)
            other = self._library_row(new)
            if other is not None and other[0] != library_id:
                raise InputError(message(LIBRARY_EXISTS, name=new))
            self._db.execute("UPDATE libraries SET name = ? WHERE id = ?", (new, library_id))

    def delete_library(self, name: str) -> None:
        """Delete a library and its clauses (drafts keep the text they inserted)."""
        with self.transaction():
            library_id = self._library_id(name, writable=True)
            self._db.execute("DELETE FROM clauses WHERE library_id = ?", (library_id,))
            self._db.execute("DELETE FROM libraries WHERE id = ?", (library_id,))

    # ------------------------------------------------------------------ clauses

    def add_clauses(
        self, library: str, clauses: Iterable[NewClause], *, _allow_builtin: bool = False
    ) -> tuple[list[int], int]:
        """Add clauses in one transaction; return the new clause ids and the duplicates skipped.

        A clause whose normalised text is already in the library is not added twice. One
        clause that fails a check adds none of them.
        """
        duplicates = 0
        with self.transaction():
            library_id = self._library_id(library, writable=not _allow_builtin)
            norms: set[str] = set()
            keys: set[str] = set()
            for norm, key in self._db.execute(
                "SELECT norm, key FROM clauses WHERE library_id = ?", (library_id,)
            ):
                norms.add(norm)
                keys.add(key)
            now = _now()
            lib_tag = f"lib{library_id}"
            rows: list[tuple[Any, ...]] = []
            for new in clauses:
                where = message(CLAUSE_PLACE, key=new.key or _slug(new.text), library=library)
                fields = _validate(new, where)
                norm = normalise(new.text)
                if norm in norms:
                    duplicates += 1
                    continue
                norms.add(norm)
                key = _unique_key(new.key or _slug(new.text), keys)
                keys.add(key)
                rows.append((
                    library_id, key, new.kind, new.body, new.topic, json.dumps(list(new.tags)),
                    new.note, new.source_symbol, new.source_paragraph, new.version, new.text,
                    json.dumps(list(fields)), norm, search_text(new.text), _tag_text(new),
                    lib_tag, now,
                ))
            (first,) = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM clauses").fetchone()
            self._db.executemany(
                "INSERT INTO clauses (library_id, key, kind, body, topic, tags, note, "
                "source_symbol, source_paragraph, version, text, fields, norm, search_text, "
                "tag_text, lib_tag, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            # Ids are assigned in insertion order above the previous maximum.
            self._db.execute(
                "INSERT INTO clause_versions (clause_id, version, text, modified) "
                "SELECT id, version, text, modified FROM clauses WHERE id > ?",
                (first,),
            )
            added = [
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM clauses WHERE id > ? ORDER BY id", (first,)
                )
            ]
        return added, duplicates

    def add_clause(self, library: str, clause: NewClause) -> Clause:
        """Add one clause, or return the existing one with the same text."""
        added, _duplicates = self.add_clauses(library, [clause])
        if added:
            return self.clause(added[0])
        norm = normalise(clause.text)
        row = self._db.execute(
            f"SELECT {_CLAUSE_COLUMNS} FROM clauses c JOIN libraries l ON l.id = c.library_id "
            "WHERE l.name = ? AND c.norm = ?",
            (" ".join(library.split()), norm),
        ).fetchone()
        return _clause_from_row(row)

    def _clauses_by_id(self, ids: Sequence[int]) -> list[Clause]:
        found: dict[int, Clause] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {_CLAUSE_COLUMNS} FROM clauses c "
                f"JOIN libraries l ON l.id = c.library_id WHERE c.id IN ({marks})",
                chunk,
            ):
                found[row[0]] = _clause_from_row(row)
        return [found[i] for i in ids if i in found]

    def clause(self, clause_id: int, version: int | None = None) -> Clause:
        """Return a clause at its current version, or at an older one."""
        found = self._clauses_by_id([clause_id])
        if not found:
            raise InputError(message(NO_CLAUSE_ID, id=clause_id))
        current = found[0]
        if version is None or version == current.version:
            return current
        row = self._db.execute(
            "SELECT text, modified FROM clause_versions WHERE clause_id = ? AND version = ?",
            (clause_id, version),
        ).fetchone()
        if row is None:
            raise InputError(message(NO_VERSION, where=current.where, version=version))
        return replace(
            current, text=row[0], version=version, modified=row[1],
            fields=check_template(row[0], current.where),
        )

    def find_clause(self, library: str, key: str) -> Clause:
        """Return a clause by its library and key."""
        row = self._db.execute(
            f"SELECT {_CLAUSE_COLUMNS} FROM clauses c JOIN libraries l ON l.id = c.library_id "
            "WHERE l.name = ? AND c.key = ?",
            (" ".join(library.split()), key),
        ).fetchone()
        if row is None:
            raise InputError(message(NO_CLAUSE, key=key, library=library))
        return _clause_from_row(row)

    def clauses(self, library: str) -> list[Clause]:
        """Return every clause of a library in the order they were added."""
        library_id = self._library_id(library)
        rows = self._db.execute(
            f"SELECT {_CLAUSE_COLUMNS} FROM clauses c JOIN libraries l ON l.id = c.library_id "
            "WHERE c.library_id = ? ORDER BY c.id",
            (library_id,),
        ).fetchall()
        return [_clause_from_row(row) for row in rows]

    def versions(self, clause_id: int) -> list[tuple[int, str, str]]:
        """Return (version, text, modified) for every version of a clause, oldest first."""
        return [
            (row[0], row[1], row[2])
            for row in self._db.execute(
                "SELECT version, text, modified FROM clause_versions WHERE clause_id = ? "
                "ORDER BY version",
                (clause_id,),
            )
        ]

    def edit_clause(self, clause_id: int, **changes: Any) -> Clause:
        """Change a clause; a new text makes a new version (drafts keep the old one)."""
        allowed = {"text", "kind", "body", "topic", "tags", "note", "source_symbol",
                   "source_paragraph"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(message(CANNOT_CHANGE, names=", ".join(sorted(unknown))))
        with self.transaction():
            current = self.clause(clause_id)
            self._library_id(current.library, writable=True)
            new = NewClause(
                text=changes.get("text", current.text),
                kind=changes.get("kind", current.kind),
                body=changes.get("body", current.body),
                topic=changes.get("topic", current.topic),
                tags=tuple(changes.get("tags", current.tags)),
                note=changes.get("note", current.note),
                source_symbol=changes.get("source_symbol", current.source_symbol),
                source_paragraph=changes.get("source_paragraph", current.source_paragraph),
                key=current.key,
            )
            fields = _validate(new, current.where)
            version = current.version
            now = _now()
            if new.text != current.text:
                version += 1
                self._db.execute(
                    "INSERT INTO clause_versions (clause_id, version, text, modified) "
                    "VALUES (?, ?, ?, ?)",
                    (clause_id, version, new.text, now),
                )
            self._db.execute(
                "UPDATE clauses SET kind = ?, body = ?, topic = ?, tags = ?, note = ?, "
                "source_symbol = ?, source_paragraph = ?, version = ?, text = ?, fields = ?, "
                "norm = ?, search_text = ?, tag_text = ?, modified = ? WHERE id = ?",
                (
                    new.kind, new.body, new.topic, json.dumps(list(new.tags)), new.note,
                    new.source_symbol, new.source_paragraph, version, new.text,
                    json.dumps(list(fields)), normalise(new.text), search_text(new.text),
                    _tag_text(new), now, clause_id,
                ),
            )
        return self.clause(clause_id)

    def delete_clause(self, clause_id: int) -> None:
        """Delete a clause and its versions."""
        with self.transaction():
            current = self.clause(clause_id)
            self._library_id(current.library, writable=True)
            self._db.execute("DELETE FROM clauses WHERE id = ?", (clause_id,))

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        *,
        body: str | None = None,
        kind: str | None = None,
        library: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Find clauses as the user types: every word matches as a prefix, best (bm25) first.

        ``body`` keeps clauses for that body and for any body; ``kind`` is preambular or
        operative; ``library`` keeps one library.
        """
        limit = _bounded_limit(limit)
        query = xml_text(query)  # a lone surrogate (from a command line) cannot reach SQLite
        if library is not None:
            row = self._library_row(library)
            if row is None:
                return []
            library_id: int | None = row[0]
        else:
            library_id = None
        match = fts_prefix_query(query)
        if not match:
            return self._browse(body, kind, library_id, limit)
        hits, complete = self._ranked(match, limit, body, kind, library_id)
        if complete or len(hits) >= limit:
            return hits
        # A narrow filter over an unspecific query: let the full-text index apply the filters,
        # so that matches beyond the first candidates are found too.
        filters = [f"({match})"]
        if body and body != "any":
            filters.append(f'body : ("{body}" OR "any")')
        if kind:
            filters.append(f'kind : "{kind}"')
        if library_id is not None:
            filters.append(f'lib_tag : "lib{library_id}"')
        return self._ranked(" AND ".join(filters), limit)[0]

    def _ranked(
        self,
        match: str,
        limit: int,
        body: str | None = None,
        kind: str | None = None,
        library_id: int | None = None,
    ) -> tuple[list[SearchHit], bool]:
        """Rank the first RANKED_CANDIDATES matches of a full-text query, then filter them.

        Returns the hits and whether every match was a candidate.
        """
        bound = self._db.execute(
            "SELECT rowid FROM clause_fts WHERE clause_fts MATCH ? LIMIT 1 OFFSET ?",
            (match, RANKED_CANDIDATES - 1),
        ).fetchone()
        rowid_limit = " AND rowid <= ?" if bound else ""
        params: list[Any] = [match, bound[0]] if bound else [match]
        conditions = ""
        if body and body != "any":
            conditions += " AND c.body IN (?, 'any')"
            params.append(body)
        if kind:
            conditions += " AND c.kind = ?"
            params.append(kind)
        if library_id is not None:
            conditions += " AND c.library_id = ?"
            params.append(library_id)
        rows = self._db.execute(
            f"SELECT {_CLAUSE_COLUMNS}, r.score FROM ("
            f"SELECT rowid AS id, {_RANK} AS score FROM clause_fts "
            f"WHERE clause_fts MATCH ?{rowid_limit}) AS r "
            "JOIN clauses c ON c.id = r.id JOIN libraries l ON l.id = c.library_id "
            f"WHERE 1{conditions} ORDER BY r.score, c.id LIMIT ?",
            (*params, limit),
        ).fetchall()
        hits = [SearchHit(_clause_from_row(row), -float(row[-1])) for row in rows]
        return hits, bound is None

    def _browse(
        self, body: str | None, kind: str | None, library_id: int | None, limit: int
    ) -> list[SearchHit]:
        """List clauses in the order they were added, filtered."""
        conditions: list[str] = []
        params: list[Any] = []
        if body and body != "any":
            conditions.append("c.body IN (?, 'any')")
            params.append(body)
        if kind:
            conditions.append("c.kind = ?")
            params.append(kind)
        if library_id is not None:
            conditions.append("c.library_id = ?")
            params.append(library_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._db.execute(
            f"SELECT {_CLAUSE_COLUMNS} FROM clauses c JOIN libraries l ON l.id = c.library_id "
            f"{where} ORDER BY c.id LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [SearchHit(_clause_from_row(row), 0.0) for row in rows]

    def similar(
        self,
        text: str,
        *,
        limit: int = 5,
        body: str | None = None,
        kind: str | None = None,
        minimum: float = 0.25,
        probe_words: int = 8,
        candidates: int = 40,
    ) -> list[SearchHit]:
        """Return agreed language closest to a paragraph's text, with a similarity in 0..1.

        The rarest meaningful words of the text find candidates (an FTS5 OR-query ranked by
        bm25); a Dice coefficient over meaningful words then orders them. The text is
        cleaned of characters SQLite cannot take and ``limit`` is kept in range.
        """
        limit = _bounded_limit(limit)
        mine = set(significant_words(xml_text(text), limit=200))
        if not mine:
            return []
        marks = ",".join("?" * len(mine))
        frequency = dict(
            self._db.execute(
                f"SELECT term, doc FROM clause_vocab WHERE term IN ({marks})", tuple(mine)
            ).fetchall()
        )
        known = [word for word in mine if word in frequency]
        if not known:
            return []
        probes = sorted(known, key=lambda word: (frequency[word], word))[:probe_words]
        found, _complete = self._ranked(fts_any_query(probes), candidates, body, kind)
        hits: list[SearchHit] = []
        for hit in found:
            theirs = set(significant_words(hit.clause.text, limit=200))
            if not theirs:
                continue
            # Dice coefficient over meaningful words: robust to small edits and reordering.
            score = 2 * len(mine & theirs) / (len(mine) + len(theirs))
            if score >= minimum:
                hits.append(SearchHit(hit.clause, round(score, 3)))
        hits.sort(key=lambda hit: (-hit.score, hit.clause.id))
        return hits[:limit]


MAX_LIMIT = 10_000


def _bounded_limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _busy(path: Path) -> OutputError:
    return OutputError(message(BUSY, path=printable(path, 200)))


def _split_script(script: str) -> list[str]:
    """Split the schema into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements


def _tag_text(clause: NewClause) -> str:
    return " ".join([clause.topic, *clause.tags, clause.source_symbol])


def _unique_key(key: str, taken: set[str]) -> str:
    if key not in taken:
        return key
    number = 2
    while f"{key}-{number}" in taken:
        number += 1
    return f"{key}-{number}"


def _validate(clause: NewClause, where: Message) -> tuple[str, ...]:
    """Refuse a clause with wrong values or an unsafe template; return its fields."""
    if clause.kind not in KINDS:
        raise InputError(message(WRONG_KIND, where=where, value=quoted(clause.kind)))
    if clause.body not in BODIES:
        raise InputError(
            message(WRONG_BODY, where=where, bodies=", ".join(BODIES), value=quoted(clause.body))
        )
    if not clause.text.strip():
        raise InputError(message(TEXT_EMPTY, where=where))
    for what, value in (
        (TEXT, clause.text), (KEY, clause.key), (TOPIC, clause.topic),
        (NOTE, clause.note), (SOURCE, clause.source_symbol),
        (SOURCE_PARAGRAPH, clause.source_paragraph), *((TAG, tag) for tag in clause.tags),
    ):
        check_characters(value, message(IN_FIELD, where=where, what=message(what)))
    return check_template(clause.text, where)
