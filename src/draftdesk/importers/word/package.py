"""Open a .docx file safely: a zip checked before anything is inflated, XML without DTDs.

A Word file from someone else is untrusted. The zip's directory is checked before a single
member is inflated (member count, each member's declared size, the total, the compression
ratio); members are inflated in chunks that stop at the cap whatever the directory claims;
every XML part is parsed with entities, DTDs and the network off, and a part that declares a
DTD at all is refused (external entities, "billion laughs"). Nothing in the file is executed:
macros (.docm) and embedded objects are never read.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.untrusted import cannot_read

# Limits: a 1,000-paragraph draft's document.xml is about 1 MB; real UN files are far smaller.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_PART_BYTES = 16 * 1024 * 1024  # one XML part, inflated
MAX_TOTAL_BYTES = 48 * 1024 * 1024  # every member together, as declared
# Inflated / compressed, for members over RATIO_FLOOR: a bomb of zeros reaches 1000 to 1,
# a draft's XML 10 to 80 to 1 (the benchmark's repeated sentence: 72).
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
# The main part of a WordprocessingML document: .docx, .docm (its macros are never run),
# and the templates .dotx/.dotm.
WORD_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
_EXCEL = QT_TRANSLATE_NOOP("ImportErrors", "{path}: is an Excel workbook, not a Word document")
_POWERPOINT = QT_TRANSLATE_NOOP("ImportErrors",
                                "{path}: is a PowerPoint presentation, not a Word document")
_OTHER_OFFICE = {
    "spreadsheetml": _EXCEL,
    "presentationml": _POWERPOINT,
    "ms-excel": _EXCEL,
    "ms-powerpoint": _POWERPOINT,
}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


@dataclass(frozen=True)
class Relationship:
    """A relationship of a part: its type and the part it points to (a zip member name)."""

    type: str
    target: str
    external: bool


class WordPackage:
    """A checked .docx: its main document part and the parts related to it, parsed on demand."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, main_part: str) -> None:
        self.path = path
        self._zip = archive
        self.main_part = main_part
        self._inflated = 0

    def error(self, part: str, problem: Message) -> InputError:
        """Return the one-line error for a part of this file."""
        return InputError(message(QT_TRANSLATE_NOOP("ImportErrors", "{path}: {part}: {problem}"),
                                  path=str(self.path), part=part, problem=problem))

    def has(self, name: str) -> bool:
        """Say whether the zip holds a member of this name."""
        try:
            self._zip.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """Inflate one member, refusing it as soon as it grows past the caps."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise self.error(name, message(
                QT_TRANSLATE_NOOP("ImportErrors", "missing from the Word file"))) from None
        if info.file_size > MAX_PART_BYTES:
            raise self.error(name, message(
                QT_TRANSLATE_NOOP("ImportErrors", "part too large ({size}; at most {limit})"),
                size=_mb(info.file_size), limit=_mb(MAX_PART_BYTES)))
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > info.file_size or size > MAX_PART_BYTES:
                        raise self.error(name, message(
                            QT_TRANSLATE_NOOP("ImportErrors", "inflates past its declared size "
                                                              "(refused as a possible zip bomb)")))
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise self.error(name, message(QT_TRANSLATE_NOOP("ImportErrors", "damaged: {problem}"),
                                           problem=str(error))) from None
        except NotImplementedError:
            raise self.error(name, message(QT_TRANSLATE_NOOP(
                "ImportErrors", "compressed with a method Word does not use"))) from None
        self._inflated += size
        if self._inflated > MAX_TOTAL_BYTES:
            raise self.error(name, message(
                QT_TRANSLATE_NOOP("ImportErrors", "the parts read exceed {limit} in all"),
                limit=_mb(MAX_TOTAL_BYTES)))
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        """Inflate and parse one XML part; DTDs and entity declarations are refused."""
        return parse_xml(self.read(name), self, name)

    def relationships(self, part: str) -> dict[str, Relationship]:
        """Return the relationships of a part by id (empty when it has none)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        if not self.has(rels_name):
            return {}
        out: dict[str, Relationship] = {}
        for rel in self.xml(rels_name).iter(f"{{{REL_NS}}}Relationship"):
            external = rel.get("TargetMode") == "External"
            target = rel.get("Target", "")
            if not external:
                target = _resolve(folder, target)
            out[rel.get("Id", "")] = Relationship(rel.get("Type", ""), target, external)
        return out

    def related(self, part: str, rel_type_suffix: str) -> str | None:
        """Return the first internal part that ``part`` relates to with a type ending so."""
        for rel in self.relationships(part).values():
            if not rel.external and rel.type.endswith(rel_type_suffix) and self.has(rel.target):
                return rel.target
        return None

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()


def _incomplete(path: Path) -> Message:
    return message(
        QT_TRANSLATE_NOOP("ImportErrors", "{path}: not a complete Word file (damaged or truncated "
                                          "zip)"),
        path=str(path))


def _too_many_parts(path: Path, count: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("ImportErrors", "{path}: {count} parts in the zip (at most {limit}); "
                                          "refused as a possible zip bomb"),
        path=str(path), count=count, limit=MAX_MEMBERS)


def open_word_package(path: Path) -> WordPackage:
    """Open ``path`` as a Word document after checking the zip; raise InputError if it is not."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(cannot_read(path, error)) from None
    if size > MAX_FILE_BYTES:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: too large for a Word document ({size}; at "
                                              "most {limit})"),
            path=str(path), size=_mb(size), limit=_mb(MAX_FILE_BYTES)))
    if _starts_with(path, b"\xd0\xcf\x11\xe0"):
        # Word keeps a password-protected .docx inside an OLE container (EncryptedPackage).
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: is encrypted (protected with a password) or "
                                              "a Word 97-2003 document; save it as a Word document "
                                              "(.docx) without a password"),
            path=str(path)))
    entries = directory_entries(path)
    if entries is None:
        raise InputError(_incomplete(path))
    if entries > MAX_MEMBERS:
        raise InputError(_too_many_parts(path, entries))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError(_incomplete(path)) from None
    except OSError as error:
        raise InputError(cannot_read(path, error)) from None
    try:
        _check_directory(path, archive)
        package = WordPackage(path, archive, "")
        package.main_part = _main_part(package)
    except BaseException:
        archive.close()
        raise
    return package


_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


def directory_entries(path: Path) -> int | None:
    """Count the zip's members from its end record, before ``zipfile`` reads every entry.

    ``zipfile.ZipFile`` builds an object per member as it opens a file, so a zip with a
    million empty members would take hundreds of megabytes before any check could run.
    Return None when there is no end record (not a zip, or a truncated one).
    """
    try:
        with path.open("rb") as stream:
            size = stream.seek(0, 2)
            tail_size = min(size, 22 + 65_535 + 20)
            stream.seek(size - tail_size)
            tail = stream.read(tail_size)
            end = tail.rfind(_EOCD)
            if end < 0 or end + 22 > len(tail):
                return None
            entries = int.from_bytes(tail[end + 10 : end + 12], "little")
            if entries != 0xFFFF:
                return entries
            # Zip64: the locator just before the end record points to the real count.
            locator = end - 20
            if locator < 0 or tail[locator : locator + 4] != _ZIP64_LOCATOR:
                return None
            offset = int.from_bytes(tail[locator + 8 : locator + 16], "little")
            stream.seek(offset)
            record = stream.read(56)
            if record[:4] != _ZIP64_EOCD or len(record) < 56:
                return None
            return int.from_bytes(record[32:40], "little")
    except OSError:
        return None


def _check_directory(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a zip bomb from its directory alone, before anything is inflated."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(_too_many_parts(path, len(members)))
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: {part}: compressed {ratio} to 1 "
                                                  "(refused as a possible zip bomb)"),
                path=str(path), part=info.filename, ratio=ratio))
        if info.flag_bits & 0x1:
            raise InputError(message(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: {part}: encrypted; save the document "
                                                  "without a password"),
                path=str(path), part=info.filename))
    if total > 4 * MAX_TOTAL_BYTES:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: inflates to {size} (refused as a possible "
                                              "zip bomb)"),
            path=str(path), size=_mb(total)))


def _main_part(package: WordPackage) -> str:
    """Find the main document part and check that it is WordprocessingML."""
    path = package.path
    if not package.has("[Content_Types].xml"):
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: a zip file, not a Word document (no "
                                              "[Content_Types].xml)"),
            path=str(path)))
    types = package.xml("[Content_Types].xml")
    overrides = {
        node.get("PartName", "").lstrip("/"): node.get("ContentType", "")
        for node in types.iter(f"{{{CT_NS}}}Override")
    }
    main = ""
    for rel in package.relationships("").values():
        if rel.type == OFFICE_DOCUMENT and not rel.external:
            main = rel.target
            break
    if not main:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: a zip file, not a Word document (no main "
                                              "document part)"),
            path=str(path)))
    content_type = overrides.get(main, "")
    if content_type not in WORD_MAIN_TYPES:
        for key, kind in _OTHER_OFFICE.items():
            if key in content_type:
                raise InputError(message(kind, path=str(path)))
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{path}: {part}: content type {type} is not a Word "
                                              "document"),
            path=str(path), part=main, type=repr(content_type or "missing")))
    if not package.has(main):
        raise package.error(main, message(
            QT_TRANSLATE_NOOP("ImportErrors", "missing from the Word file")))
    return main


def parse_xml(data: bytes, package: WordPackage, name: str) -> etree._Element:
    """Parse a part; refuse any DTD, so that no entity can be declared or fetched."""
    # In a well-formed part "<!DOCTYPE" or "<!ENTITY" can only be markup: text escapes "<".
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise package.error(name, message(
            QT_TRANSLATE_NOOP("ImportErrors", "declares a DTD or entities (refused: Word files "
                                              "have none)")))
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise package.error(name, message(
            QT_TRANSLATE_NOOP("ImportErrors", "damaged XML: {problem}"),
            problem=str(error.msg))) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise package.error(name, message(
            QT_TRANSLATE_NOOP("ImportErrors", "declares a DTD (refused: Word files have none)")))
    return root


def _starts_with(path: Path, signature: bytes) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(signature)) == signature
    except OSError:
        return False


def _resolve(folder: str, target: str) -> str:
    """Turn a relationship target into a zip member name."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
