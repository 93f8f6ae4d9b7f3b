"""Importers: plain text (one paragraph per line, or copied from a PDF) into the model."""

from __future__ import annotations

from pathlib import Path

from draftdesk.errors import InputError
from draftdesk.model.document import Resolution
from draftdesk.untrusted import MAX_TEXT_BYTES, printable, read_capped

from .text import import_text

__all__ = ["import_file", "import_text"]


def import_file(path: str | Path) -> Resolution:
    """Read a UTF-8 text file (byte-order mark tolerated; UTF-16 with one too) and import it.

    At most ``MAX_TEXT_BYTES`` are read: a longer file (or an endless stream) is refused.
    """
    path = Path(path)
    data = read_capped(path, MAX_TEXT_BYTES, "text")
    _refuse_binary_documents(path, data)
    shown = printable(path, 200)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows Notepad's "Unicode": UTF-16 with a byte-order mark.
        try:
            return import_text(data.decode("utf-16"), source=str(path))
        except UnicodeDecodeError as error:
            raise InputError(f"{shown}: damaged UTF-16 text (byte {error.start})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{shown}: not UTF-8 text (byte {error.start}, line {line}); save it as UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{shown}: not a text file (contains NUL bytes)")
    return import_text(text, source=str(path))


# Signatures of documents people often try to open instead of their text.
_BINARY_KINDS = (
    (b"%PDF", "a PDF file: open it in a PDF viewer, copy the text and import that"),
    (b"PK\x03\x04", "a Word document or another zipped file: copy its text and import that"),
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 document: copy its text and import that"),
    (b"{\\rtf", "an RTF document: save it as plain text (UTF-8) and import that"),
)


def _refuse_binary_documents(path: Path, data: bytes) -> None:
    """Say what a file is when it is a document format rather than text."""
    for signature, kind in _BINARY_KINDS:
        if data.startswith(signature):
            raise InputError(f"{printable(path, 200)}: is {kind}")
