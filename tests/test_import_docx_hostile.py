"""Hostile Word files: one clear error, bounded memory, nothing executed, nothing written."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from datafiles import DATA
from draftdesk.cli import main
from draftdesk.errors import InputError
from draftdesk.importers import import_file
from draftdesk.importers.word import package

GOOD = DATA / "docx" / "delegation_table.docx"
DOCUMENT = "word/document.xml"


def rebuild(
    path: Path, replace: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED,
    extra: int = 0,
) -> Path:
    """Copy the good fixture to ``path`` with some parts replaced (and ``extra`` empty parts)."""
    with zipfile.ZipFile(GOOD) as source, zipfile.ZipFile(path, "w", method) as target:
        for name in source.namelist():
            target.writestr(name, replace.get(name, source.read(name)))
        for index in range(extra):
            target.writestr(f"customXml/item{index}.xml", b"")
    return path


def document_with(prolog: str) -> bytes:
    body = GOOD_DOCUMENT.split(b"?>", 1)[1]
    return b'<?xml version="1.0" encoding="UTF-8"?>' + prolog.encode() + body


with zipfile.ZipFile(GOOD) as _archive:
    GOOD_DOCUMENT = _archive.read(DOCUMENT)

BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
EXTERNAL_ENTITY = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def ratio_bomb(path: Path) -> Path:
    # 8 MB of spaces deflate to a few kilobytes: far beyond any real document's ratio.
    return rebuild(path, {DOCUMENT: GOOD_DOCUMENT + b" " * (8 * 1024 * 1024)})


def huge_part(path: Path) -> Path:
    return rebuild(path, {DOCUMENT: GOOD_DOCUMENT + b" " * (package.MAX_PART_BYTES + 1)},
                   method=zipfile.ZIP_STORED)


def lying_size(path: Path) -> Path:
    """A member whose directory entry claims far fewer bytes than it inflates to."""
    rebuild(path, {DOCUMENT: GOOD_DOCUMENT + b" " * 500_000})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(DOCUMENT)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == DOCUMENT.encode():
            struct.pack_into("<I", data, central + 24, 1000)  # uncompressed size
            break
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    path.write_bytes(bytes(data))
    return path


def too_many_parts(path: Path) -> Path:
    return rebuild(path, {}, extra=package.MAX_MEMBERS)


def billion_laughs(path: Path) -> Path:
    return rebuild(path, {DOCUMENT: document_with(BILLION_LAUGHS)})


def external_entity(path: Path) -> Path:
    return rebuild(path, {DOCUMENT: document_with(EXTERNAL_ENTITY).replace(
        b"Eightieth session", b"&xxe;"
    )})


def spreadsheet(path: Path) -> Path:
    with zipfile.ZipFile(GOOD) as archive:
        types = archive.read("[Content_Types].xml")
    return rebuild(path, {"[Content_Types].xml": types.replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml"
    )})


def plain_xml_type(path: Path) -> Path:
    with zipfile.ZipFile(GOOD) as archive:
        types = archive.read("[Content_Types].xml")
    return rebuild(path, {"[Content_Types].xml": types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"text/plain",
    )})


def truncated(path: Path) -> Path:
    data = GOOD.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def not_word(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "a zip with a .docx name")
    return path


def damaged_xml(path: Path) -> Path:
    return rebuild(path, {DOCUMENT: GOOD_DOCUMENT[: len(GOOD_DOCUMENT) // 2]})


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "ratio bomb": (ratio_bomb, "word/document.xml: compressed"),
    "huge part": (huge_part, "word/document.xml: part too large"),
    "lying size": (lying_size, "word/document.xml: "),
    "too many parts": (too_many_parts, "parts in the zip"),
    "billion laughs": (billion_laughs, "word/document.xml: declares a DTD"),
    "external entity": (external_entity, "word/document.xml: declares a DTD"),
    "spreadsheet": (spreadsheet, "is an Excel workbook, not a Word document"),
    "plain xml type": (plain_xml_type, "content type 'text/plain' is not a Word document"),
    "truncated": (truncated, "not a complete Word file (damaged or truncated zip)"),
    "not word": (not_word, "a zip file, not a Word document"),
    "damaged xml": (damaged_xml, "word/document.xml: damaged XML"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_word_file_gives_one_error_naming_file_and_part(
    case: str, tmp_path: Path
) -> None:
    make, expected = CASES[case]
    path = make(tmp_path / "hostile.docx")
    with pytest.raises(InputError) as caught:
        import_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


@pytest.mark.parametrize("case", ["ratio bomb", "billion laughs", "truncated", "spreadsheet"])
def test_the_command_line_exits_2_and_writes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = CASES[case][0](tmp_path / "hostile.docx")
    for command, output in (("import", "out.draftdesk"), ("export", "out.docx")):
        target = tmp_path / output
        assert main([command, str(path), "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("draftdesk: error: ") and err.count("\n") == 1
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.docx"]


@pytest.mark.parametrize("case", ["ratio bomb", "lying size", "billion laughs"])
def test_memory_stays_bounded_on_a_bomb(case: str, tmp_path: Path) -> None:
    path = CASES[case][0](tmp_path / "hostile.docx")
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            import_file(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_the_external_entity_is_never_read(tmp_path: Path) -> None:
    path = external_entity(tmp_path / "hostile.docx")
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert "root:" not in str(caught.value)


def test_other_zips_and_old_word_files_are_still_refused_as_before(tmp_path: Path) -> None:
    other = tmp_path / "archive.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    with pytest.raises(InputError, match="is a Word document or another zipped file"):
        import_file(other)
    old = tmp_path / "draft.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(InputError, match="a Word 97-2003 document"):
        import_file(old)


def test_a_word_file_with_another_name_is_read_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "draft.bin"
    renamed.write_bytes(GOOD.read_bytes())
    assert import_file(renamed).metadata.symbol == "A/C.3/80/L.99"


def test_an_error_in_the_text_names_the_word_paragraph(tmp_path: Path) -> None:
    # A superscript three typed as a character, with no note behind it.
    document = GOOD_DOCUMENT.replace(
        b"to ratify the Convention;", "³ to ratify the Convention;".encode()
    )
    path = rebuild(tmp_path / "typed-marker.docx", {DOCUMENT: document})
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert str(caught.value) == (
        f"{path}, paragraph 19: footnote marker ³ (3) has no footnote text"
    )


def many_empty_members(path: Path, count: int) -> Path:
    """Write a valid zip of ``count`` empty stored members, quickly, with struct."""
    local, central = [], []
    offset = 0
    for index in range(count):
        name = f"p{index}".encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0)
        local.append(header + name)
        central.append(struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0,
            0, 0, offset,
        ) + name)
        offset += len(header) + len(name)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)
    return path


def test_a_zip_of_sixty_thousand_parts_is_refused_before_its_directory_is_read(
    tmp_path: Path,
) -> None:
    path = many_empty_members(tmp_path / "many.docx", 60_000)
    with zipfile.ZipFile(path) as archive:  # the file is a real zip
        assert len(archive.infolist()) == 60_000
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="60000 parts in the zip"):
            import_file(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # zipfile alone would build 60,000 entries (over 30 MB) before any check.
    assert peak < 2 * 1024 * 1024


def test_a_password_protected_word_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "protected.docx"
    # Word stores an encrypted .docx in an OLE compound file (EncryptedPackage).
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert str(caught.value) == (
        f"{path}: is encrypted (protected with a password) or a Word 97-2003 document; "
        "save it as a Word document (.docx) without a password"
    )


def test_a_macro_enabled_document_is_read_and_its_macros_never_opened(tmp_path: Path) -> None:
    with zipfile.ZipFile(GOOD) as archive:
        types = archive.read("[Content_Types].xml")
        rels = archive.read("word/_rels/document.xml.rels")
    docm_types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    ).replace(b"</Types>", b'<Default Extension="bin" '
              b'ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    docm_rels = rels.replace(b"</Relationships>", (
        b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/'
        b'vbaProject" Target="vbaProject.bin"/></Relationships>'
    ))
    path = rebuild(tmp_path / "draft.docm", {
        "[Content_Types].xml": docm_types, "word/_rels/document.xml.rels": docm_rels,
    })
    # A macro project whose bytes fail their checksum: reading it at all would be an error.
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"Sub AutoOpen()\nEnd Sub\n")
    data = bytearray(path.read_bytes())
    start = data.rfind(b"Sub AutoOpen()")
    data[start] = ord("X")
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive, pytest.raises(zipfile.BadZipFile):
        archive.read("word/vbaProject.bin")
    assert import_file(path).metadata.symbol == "A/C.3/80/L.99"
