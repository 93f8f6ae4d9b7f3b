"""The resolution model: plain Python, no Qt and no I/O."""

from .derive import Derived, ParagraphInfo, Run, derive, paragraph_runs, plain_text
from .document import (
    Adoption,
    AgendaItem,
    Body,
    CoverNote,
    CrossRef,
    Footnote,
    FootnoteRef,
    Inline,
    Metadata,
    Paragraph,
    ParagraphKind,
    Part,
    Provenance,
    Resolution,
    Sponsor,
    Text,
    new_id,
)

__all__ = [
    "Adoption", "AgendaItem", "Body", "CoverNote", "CrossRef", "Derived", "Footnote",
    "FootnoteRef", "Inline", "Metadata", "Paragraph", "ParagraphInfo", "ParagraphKind", "Part",
    "Provenance", "Resolution", "Run", "Sponsor", "Text", "derive", "new_id", "paragraph_runs",
    "plain_text",
]
