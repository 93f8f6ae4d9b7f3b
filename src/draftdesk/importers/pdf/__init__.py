"""Read official UN PDFs: characters with their fonts and positions, page layout, structure.

``import_pdf(path, data)`` returns the Resolution; every problem is one InputError naming the
file and, where it helps, the page.
"""

from __future__ import annotations

from pathlib import Path

from draftdesk.model.document import Resolution

from .chars import MAX_BYTES, MAX_PAGES, read_pdf
from .layout import take_apart
from .structure import build

__all__ = ["MAX_BYTES", "MAX_PAGES", "import_pdf"]


def import_pdf(path: Path, data: bytes) -> Resolution:
    """Import a UN PDF given its path (for messages) and its bytes."""
    pages = read_pdf(path, data)
    return build(take_apart(pages), str(path))
