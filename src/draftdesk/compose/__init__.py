"""The printed document: a resolution composed once into ordered blocks with roles.

Every output reads it: the Word writer, the window's preview, the new-draft wizard's first
page. See ``page.py``.
"""

from .page import (
    BROKEN_REFERENCE,
    COVER_ROLES,
    PARAGRAPH_ROLES,
    SPONSORS_NOTE,
    SYMBOL_NOTE,
    Block,
    Masthead,
    Note,
    Options,
    Paper,
    PrintedDocument,
    Profile,
    Role,
    RunningHead,
    Span,
    annex_blocks,
    compose,
    cover_blocks,
    ending_blocks,
    language_of,
    masthead_of,
    no_break_text,
    paper_for,
    paragraph_block,
    paragraph_spans,
    part_blocks,
)

__all__ = [
    "BROKEN_REFERENCE", "COVER_ROLES", "PARAGRAPH_ROLES", "SPONSORS_NOTE", "SYMBOL_NOTE",
    "Block", "Masthead", "Note", "Options", "Paper", "PrintedDocument", "Profile", "Role",
    "RunningHead", "Span", "annex_blocks", "compose", "cover_blocks", "ending_blocks",
    "language_of", "masthead_of", "no_break_text", "paper_for", "paragraph_block",
    "paragraph_spans", "part_blocks",
]
