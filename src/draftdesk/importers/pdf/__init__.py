"""Read official UN PDFs: characters with their fonts and positions, page layout, structure.

``import_pdf(path, data)`` returns the Resolution; every problem is one InputError naming the
file and, where it helps, the page.
"""

from __future__ import annotations

import gc
from pathlib import Path

from draftdesk.model.document import Resolution

from .chars import MAX_BYTES, MAX_PAGES, read_pdf
from .layout import take_apart
from .structure import build

__all__ = ["MAX_BYTES", "MAX_PAGES", "import_pdf"]


def import_pdf(path: Path, data: bytes) -> Resolution:
    """Import a UN PDF given its path (for messages) and its bytes."""
    # Reading makes hundreds of thousands of small objects (one per character) and no
    # reference cycles: the cycle collector's passes over them would be wasted work.
    collecting = gc.isenabled()
    gc.disable()
    try:
        pages = read_pdf(path, data)
        return build(take_apart(pages), str(path))
    finally:
        if collecting:
            gc.enable()
