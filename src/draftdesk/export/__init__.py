"""Exports of a resolution: the UN-format Word document."""

from __future__ import annotations

from .docx import export_docx

__all__ = ["export_docx"]
