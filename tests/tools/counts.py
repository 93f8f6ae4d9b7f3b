"""The structure counts the corpus's expected_counts.json and tests/data/pdfs/expected.json use."""

from __future__ import annotations

from draftdesk.model import ParagraphKind, Resolution, derive


def structure_counts(resolution: Resolution) -> dict[str, object]:
    """Count paragraphs, sub-paragraphs, notes and headings of the whole document."""
    derived = derive(resolution)
    alpha = roman = 0
    for _part, paragraph in resolution.walk():
        info = derived.info[paragraph.id]
        if info.depth > 0 and info.scheme == "(a)":
            alpha += 1
        elif info.depth > 0 and info.scheme == "(i)":
            roman += 1
    operative = [p for p in resolution.operative if p.kind is ParagraphKind.PARAGRAPH]
    symbol = resolution.metadata.symbol
    if any(note.anchor == "symbol" for note in resolution.metadata.cover_notes):
        symbol += "*"
    return {
        "symbol": symbol,
        "preambular": sum(1 for p in resolution.preambular if p.kind is not ParagraphKind.HEADING),
        "operative": len(operative),
        "sub_alpha": alpha,
        "sub_roman": roman,
        "footnotes": len(resolution.footnotes),
        "asterisk_notes": len(resolution.metadata.cover_notes),
        "headings": sum(1 for _, p in resolution.walk() if p.kind is ParagraphKind.HEADING),
        "first_op_word": (operative[0].lead.split() or [""])[0] if operative else "",
        "last_op_word": (operative[-1].lead.split() or [""])[0] if operative else "",
    }
