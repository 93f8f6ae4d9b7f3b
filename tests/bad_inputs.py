"""Broken and hostile files the error-message tests open: each made from a good one."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pypdfium2 as pdfium

from datafiles import DATA
from draftdesk.model import Resolution
from draftdesk.storage import to_dict

PDFS = DATA / "pdfs"
ENCRYPTED_PDF = DATA / "pdfs_bad" / "encrypted.pdf"
GOOD_DOCX = DATA / "docx" / "delegation_table.docx"


def truncated_pdf(path: Path) -> Path:
    """Write the first half of an official PDF, as an interrupted download leaves it."""
    data = (PDFS / "11_S_2022_443.pdf").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def image_only_pdf(path: Path) -> Path:
    """Write a one-page PDF holding only a picture of a page, as a scanner makes."""
    source = pdfium.PdfDocument(PDFS / "11_S_2022_443.pdf")
    bitmap = source[0].render(scale=0.3)
    document = pdfium.PdfDocument.new()
    page = document.new_page(612, 792)
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(612, 792))
    page.insert_obj(image)
    page.gen_content()
    document.save(path)
    return path


def zip_bomb_docx(path: Path) -> Path:
    """Write a Word file whose document part deflates 8 MB of spaces to a few kilobytes."""
    with zipfile.ZipFile(GOOD_DOCX) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data += b" " * (8 * 1024 * 1024)
            target.writestr(name, data)
    return path


def draft_with_a_bad_kind(path: Path) -> Path:
    """Write a draft whose first operative paragraph has a kind no draft has."""
    data = to_dict(Resolution())
    data["operative"] = [{"id": "p1", "kind": "bogus", "content": ["Decides"]}]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
