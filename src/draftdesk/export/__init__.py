"""Exports of a resolution: the UN-format Word document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .docx import export_docx

__all__ = ["export_docx"]


def __getattr__(name: str) -> Any:
    """Load the Word writer (and python-docx) when it is first used, not with the package:
    the preview needs only the styles' measures."""
    if name == "export_docx":
        from .docx import export_docx

        return export_docx
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
