"""Clause libraries shared by several DraftDesk processes: readers never wait for a writer."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from draftdesk.errors import OutputError
from draftdesk.library import LibraryStore, default_database_path, open_store


def _write_lock_held(path: Path) -> bool:
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()
    return False


def _big_library_file(path: Path, clauses: int) -> None:
    data = {
        "format": "draftdesk-clause-library",
        "format_version": 1,
        "name": "Big",
        "clauses": [
            {
                "key": f"clause-{n}",
                "text": f"Requests the Secretary-General to report on the matter number {n} "
                "at its {{ session | ordinal_words }} session",
            }
            for n in range(clauses)
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")


def test_twenty_searches_never_wait_for_an_import(tmp_path: Path) -> None:
    open_store().close()  # the database and the built-in library exist, as after first use
    database = default_database_path()
    big = tmp_path / "big.json"
    _big_library_file(big, 3_000)
    importer = subprocess.Popen(
        [sys.executable, "-m", "draftdesk", "library", "import", str(big)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while not _write_lock_held(database):
        assert importer.poll() is None, importer.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)

    waits: list[float] = []
    failures: list[BaseException] = []

    def search() -> None:
        start = time.perf_counter()
        try:
            with open_store(read_only=True) as store:
                assert store.search("report session", limit=5)
        except BaseException as error:  # collected and reported below
            failures.append(error)
        waits.append(time.perf_counter() - start)

    threads = [threading.Thread(target=search) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    still_importing = _write_lock_held(database)
    out, err = importer.communicate(timeout=300)
    assert failures == []
    assert len(waits) == 20 and max(waits) < 0.5, waits
    assert still_importing  # the searches ran while the import held the write lock
    assert importer.returncode == 0, err
    assert "3000 clauses added" in out


def test_a_second_writer_waits_then_says_the_libraries_are_busy(tmp_path: Path) -> None:
    path = tmp_path / "clauses.sqlite3"
    LibraryStore(path).close()
    holder = LibraryStore(path)
    with holder.transaction():
        holder.create_library("Long import")
        start = time.perf_counter()
        other = LibraryStore(path, busy_timeout=0.2)  # opening does not need the write lock
        with pytest.raises(OutputError) as error:
            other.create_library("Second")
        waited = time.perf_counter() - start
        other.close()
    holder.close()
    assert 0.15 < waited < 5
    assert str(error.value) == (
        f"{path}: the clause libraries are busy: another DraftDesk is changing them; "
        "try again when it has finished"
    )


def test_reading_commands_open_the_database_read_only(tmp_path: Path) -> None:
    open_store().close()
    with open_store(read_only=True) as store:
        assert store.read_only
        with pytest.raises(OutputError, match="open read-only"):
            store.create_library("Nope")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._db.execute("DELETE FROM libraries")


def test_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "clauses.sqlite3"
    LibraryStore(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
