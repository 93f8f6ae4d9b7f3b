"""What must hold for any file someone sends: shared by the fuzz tests and the long fuzz run.

Each check returns "accepted" or "refused"; anything else (a traceback, a message over one
line, a draft that does not open again) fails an assertion or escapes as an exception.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from draftdesk.cli.commands import outline, outline_text
from draftdesk.errors import DraftDeskError
from draftdesk.export import export_docx
from draftdesk.importers import import_text
from draftdesk.library import LibraryStore, import_library, read_library_file
from draftdesk.library.exchange import export_library
from draftdesk.model import derive
from draftdesk.storage import dumps_draft, loads_draft, to_dict
from draftdesk.untrusted import MAX_MESSAGE_VALUE, terminal_json


def assert_one_line(error: BaseException) -> None:
    """A message the user can read: one line, without control characters, not endless."""
    message = str(error)
    assert message, "an empty message"
    assert "\n" not in message and "\r" not in message, message
    assert "\x1b" not in message, message
    assert len(message) < 600 + 4 * MAX_MESSAGE_VALUE, message[:300]


def _outline_everything(resolution) -> None:
    data = outline(resolution)
    text = outline_text(data)
    assert "\x1b" not in text
    assert "\x1b" not in terminal_json(data)


def check_text(text: str) -> str:
    """Any text import accepts yields a draft that outline, export and the codec read again."""
    try:
        resolution = import_text(text, "fuzz.txt")
    except DraftDeskError as error:
        assert_one_line(error)
        return "refused"
    _outline_everything(resolution)
    saved = dumps_draft(resolution)
    again = loads_draft(saved, "fuzz.draftdesk")
    assert to_dict(again) == to_dict(resolution)
    _outline_everything(again)
    with tempfile.TemporaryDirectory() as folder:
        export_docx(again, Path(folder) / "fuzz.docx")
    return "accepted"


def check_draft(text: str) -> str:
    """Any draft file is refused in one line, or opens, outlines, exports and saves again."""
    try:
        resolution = loads_draft(text, "fuzz.draftdesk")
    except DraftDeskError as error:
        assert_one_line(error)
        return "refused"
    _outline_everything(resolution)
    derive(resolution)
    again = loads_draft(dumps_draft(resolution), "again.draftdesk")
    assert to_dict(again) == to_dict(resolution)
    with tempfile.TemporaryDirectory() as folder:
        try:
            export_docx(resolution, Path(folder) / "fuzz.docx")
        except DraftDeskError as error:
            assert_one_line(error)
    return "accepted"


def check_library(text: str) -> str:
    """Any library file is refused in one line, or imports, searches, renders and exports."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "shared.json"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            read_library_file(path)
        except DraftDeskError as error:
            assert_one_line(error)
            return "refused"
        with LibraryStore(folder / "clauses.sqlite3") as store:
            try:
                report = import_library(store, path)
            except DraftDeskError as error:
                assert_one_line(error)
                return "refused"
            for clause in store.clauses(report.library):
                try:
                    clause.render({field: "x" for field in clause.fields})
                except DraftDeskError as error:
                    assert_one_line(error)
            store.search("report session")
            store.similar("Requests the Secretary-General to report")
            export_library(store, report.library, folder / "again.json")
        again = read_library_file(folder / "again.json")
        assert len(again.clauses) == report.added
    return "accepted"
