"""Read a text to compare: a DraftDesk draft, or a resolution text to import."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..importers import import_file
from ..messages import QT_TRANSLATE_NOOP, message
from ..model.document import Resolution
from ..storage import DRAFT_SUFFIX, load_draft
from ..untrusted import cannot_read, no_such_file


def holds_a_draft(path: Path) -> bool:
    """Say whether a file is a DraftDesk draft (by its JSON start), not a resolution text."""
    try:
        with path.open("rb") as stream:
            head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except FileNotFoundError:
        raise InputError(no_such_file(path)) from None
    except IsADirectoryError:
        raise InputError(message(QT_TRANSLATE_NOOP("FileErrors", "{path}: is a folder, not a file"),
                                 path=str(path))) from None
    except OSError as error:
        raise InputError(cannot_read(path, error)) from None
    return head.startswith(b"{")


def read_text(path: Path) -> Resolution:
    """Read a .draftdesk draft or import a resolution text, by what the file holds."""
    path = Path(path)
    if path.suffix == DRAFT_SUFFIX or holds_a_draft(path):
        return load_draft(path)
    return import_file(path)
