"""Importers: plain text (one paragraph per line, or copied from a PDF), Word files, UN PDFs."""

from __future__ import annotations

from pathlib import Path

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.model.document import Resolution
from draftdesk.untrusted import MAX_PDF_BYTES, MAX_TEXT_BYTES, printable, read_capped

from .text import import_text

__all__ = ["import_docx", "import_file", "import_text"]


def import_docx(path: str | Path, accept_changes: bool = True) -> Resolution:
    """Read a Word file (see ``importers.word``); tracked changes accepted unless told not to."""
    from .word import import_docx as read_word

    return read_word(path, accept_changes)


MAX_INPUT_BYTES = MAX_PDF_BYTES  # the most read of a PDF (the PDF reader checks pages and text)


def _head(path: Path) -> bytes:
    """Return the first bytes of a file; empty when it cannot be read (reported later)."""
    try:
        with path.open("rb") as stream:
            return stream.read(8)
    except OSError:
        return b""


def import_file(path: str | Path) -> Resolution:
    """Import a Word file, a UN PDF, or a UTF-8 text file (byte-order mark or UTF-16 too).

    Reading is bounded before the file's kind decides the rest: at most ``MAX_INPUT_BYTES`` of
    a PDF and ``MAX_TEXT_BYTES`` of a text are read, so a longer file (or an endless stream
    such as /dev/zero) is refused without filling memory.
    """
    path = Path(path)
    if _is_word_file(path):
        return import_docx(path)
    if _head(path).startswith(b"%PDF"):
        data = read_capped(path, MAX_INPUT_BYTES, "PDF")
        from .pdf import import_pdf  # loads PDFium only when a PDF is opened

        return import_pdf(path, data)
    data = read_capped(path, MAX_TEXT_BYTES, "text")
    _refuse_binary_documents(path, data)
    shown = printable(path, 200)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows Notepad's "Unicode": UTF-16 with a byte-order mark.
        try:
            return import_text(data.decode("utf-16"), source=str(path))
        except UnicodeDecodeError as error:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: damaged UTF-16 text (byte {byte})"),
                path=shown, byte=error.start)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: not UTF-8 text (byte {byte}, line {line}); "
                                              "save it as UTF-8"),
            path=shown, byte=error.start, line=line)) from None
    if "\x00" in text:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: not a text file (contains NUL bytes)"),
            path=shown))
    return import_text(text, source=str(path))


# Signatures of documents people often try to open instead of their text.
_BINARY_KINDS = (
    (b"PK\x03\x04",
        QT_TRANSLATE_NOOP("ImportErrors", "{path}: is a Word document or another zipped file: copy "
                                          "its text and import that")),
    (b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("ImportErrors", "{path}: is a Word 97-2003 document: copy its text and "
                                          "import that")),
    (b"{\\rtf",
        QT_TRANSLATE_NOOP("ImportErrors", "{path}: is an RTF document: save it as plain text "
                                          "(UTF-8) and import that")),
)


def _refuse_binary_documents(path: Path, data: bytes) -> None:
    """Say what a file is when it is a document format rather than text."""
    for signature, refusal in _BINARY_KINDS:
        if data.startswith(signature):
            raise InputError(message(refusal, path=printable(path, 200)))


def _is_word_file(path: Path) -> bool:
    """Say whether a file is a zip that holds (or by its name should hold) a Word document."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4)
    except OSError:
        return False  # reported by the text reader with its usual messages
    if head not in (b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"PK\x05\x06"):
        return False  # neither zip nor OLE: the Word reader (python-docx, lxml) stays unloaded
    from .word import WORD_SUFFIXES, looks_like_word

    if head == b"\xd0\xcf\x11\xe0":
        return path.suffix.lower() in WORD_SUFFIXES  # a password-protected .docx: Word says so
    return looks_like_word(path)
