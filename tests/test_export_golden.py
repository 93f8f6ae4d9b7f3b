"""Golden files: every XML part of an export, pretty-printed, against a stored copy.

Volatile values (creation and modification times, revision ids) are blanked first. After an
intended change to the export, regenerate the stored copies and review the diff:

    DRAFTDESK_REGEN_GOLDEN=1 uv run pytest tests/test_export_golden.py
"""

from __future__ import annotations

import difflib
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from draftdesk.export import export_docx
from tools import samples

GOLDEN = Path(__file__).parent / "data" / "golden"
REGENERATE = os.environ.get("DRAFTDESK_REGEN_GOLDEN") == "1"
CASES = {
    "gfmd": samples.gfmd,
    "committee": samples.committee_draft,
    "security_council": samples.security_council,
    "adopted": samples.adopted,
    "in_parts": samples.in_parts,
}
_VOLATILE_ELEMENTS = ("{http://purl.org/dc/terms/}created", "{http://purl.org/dc/terms/}modified")
_RSID = re.compile(r"^\{[^}]*\}rsid")


def normalise(name: str, data: bytes) -> str:
    """Return a part as stable, pretty-printed text."""
    if not name.endswith((".xml", ".rels")):
        return f"<binary {len(data)} bytes>\n"
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(data, parser)
    for element in root.iter():
        if element.tag in _VOLATILE_ELEMENTS:
            element.text = "VOLATILE"
        for attribute in [a for a in element.attrib if _RSID.match(a)]:
            del element.attrib[attribute]
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def exported_parts(case: str, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / f"{case}.docx"
    export_docx(CASES[case](), path)
    with zipfile.ZipFile(path) as archive:
        return {name: normalise(name, archive.read(name)) for name in sorted(archive.namelist())}


@pytest.mark.parametrize("case", sorted(CASES))
def test_export_matches_golden_files(case: str, tmp_path: Path) -> None:
    parts = exported_parts(case, tmp_path)
    folder = GOLDEN / case
    listing = "".join(f"{name}\n" for name in parts)
    if REGENERATE:
        for name, text in parts.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (folder / "PARTS").write_text(listing, encoding="utf-8")
    assert (folder / "PARTS").read_text(encoding="utf-8") == listing
    for name, text in parts.items():
        stored = (folder / name).read_text(encoding="utf-8")
        if stored != text:
            diff = "".join(list(difflib.unified_diff(
                stored.splitlines(keepends=True), text.splitlines(keepends=True),
                f"golden/{case}/{name}", "export",
            ))[:60])
            pytest.fail(f"{name} differs from the golden copy "
                        f"(DRAFTDESK_REGEN_GOLDEN=1 regenerates it):\n{diff}")


def test_volatile_values_are_blanked() -> None:
    core = (
        b'<cp:coreProperties xmlns:cp="urn:cp" xmlns:dcterms="http://purl.org/dc/terms/">'
        b"<dcterms:modified>2026-01-01T10:00:00Z</dcterms:modified></cp:coreProperties>"
    )
    assert "VOLATILE" in normalise("docProps/core.xml", core)
    assert "2026" not in normalise("docProps/core.xml", core)
    p = b'<w:p xmlns:w="urn:w" w:rsidR="00AB12CD"><w:r/></w:p>'
    assert "rsid" not in normalise("word/document.xml", p)
