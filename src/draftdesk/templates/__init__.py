"""Clause templates: strict, sandboxed rendering of untrusted clause texts into model paragraphs."""

from __future__ import annotations

from .clause import (
    RenderedClause,
    clause_paragraph,
    insert_clause,
    paragraph_template,
    render_clause,
    strip_end_punctuation,
)
from .sandbox import (
    FILTERS,
    MAX_RENDERED_CHARS,
    MAX_TEMPLATE_CHARS,
    check_template,
    escape_text,
    has_fields,
    render_text,
    template_fields,
)

__all__ = [
    "FILTERS", "MAX_RENDERED_CHARS", "MAX_TEMPLATE_CHARS", "RenderedClause", "check_template",
    "clause_paragraph", "escape_text", "has_fields", "insert_clause", "paragraph_template",
    "render_clause", "render_text", "strip_end_punctuation",
    "template_fields",
]
