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
from .leads import phrase_lists, split_lead
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
    "phrase_lists", "render_clause", "render_text", "split_lead", "strip_end_punctuation",
    "template_fields",
]
