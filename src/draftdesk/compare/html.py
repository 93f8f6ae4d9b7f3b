"""A comparison as simple HTML (the subset Qt's rich text shows): merged or side by side.

Insertions are blue and underlined, deletions red and struck through, moves green; changes
that only follow from the structure (labels, end punctuation) are amber and shown only when
asked. Each paragraph row carries an anchor ``rowN`` so that a list of changes can step
through them; cover fields sit under ``cover``, footnotes under ``notes``.

The words of the page (headings, field names, places, "moved from") are messages: English by
default, in the window's language when the window passes its ``translate``.
"""

from __future__ import annotations

from html import escape

from ..messages import QT_TRANSLATE_NOOP, Message, Translator, message
from .texts import Change, Comparison, Kind, Row
from .words import DELETE, EQUAL, INSERT

INSERTED = "color:#1a5fb4;text-decoration:underline"
DELETED = "color:#b3261e;text-decoration:line-through"
MOVED = "color:#26734d"
DERIVED_INSERTED = "color:#9a6700;text-decoration:underline"
DERIVED_DELETED = "color:#9a6700;text-decoration:line-through"
CURRENT = "#fff3bf"
NOTE = "color:#555555;font-size:small"

# The page's own words, in the context "Compare".
COVER = QT_TRANSLATE_NOOP("Compare", "Cover")
TEXT = QT_TRANSLATE_NOOP("Compare", "Text")
FOOTNOTES = QT_TRANSLATE_NOOP("Compare", "Footnotes")
OLD = QT_TRANSLATE_NOOP("Compare", "Old")
NEW = QT_TRANSLATE_NOOP("Compare", "New")
MOVED_TO = QT_TRANSLATE_NOOP("Compare", "(moved to {label})")
MOVED_DOWN = QT_TRANSLATE_NOOP("Compare", "(moved below)")
MOVED_FROM = QT_TRANSLATE_NOOP("Compare", "(moved from {label})")
MOVED_UP = QT_TRANSLATE_NOOP("Compare", "(moved from above)")


def as_written(_context: str, text: str) -> str:
    """Return ``text`` untranslated: the English page."""
    return text


def anchor_for(change: Change) -> str:
    """Return the anchor a change is shown under."""
    if change.row >= 0:
        return f"row{change.row}"
    if change.kind is Kind.METADATA:
        return "cover"
    return "notes"


def _span(text: str, style: str) -> str:
    return f'<span style="{style}">{escape(text)}</span>' if text else ""


def _words(words: list[tuple[int, str]], keep: tuple[int, ...]) -> str:
    out = []
    for op, text in words:
        if op not in keep:
            continue
        if op == EQUAL:
            out.append(escape(text))
        elif op == INSERT:
            out.append(_span(text, INSERTED))
        else:
            out.append(_span(text, DELETED))
    return "".join(out)


def _pair(old: str, new: str, derived: bool, side: str) -> str:
    """Show a label or an ending that changed only through the structure."""
    if old == new or not derived:
        return escape(new if side != "old" else old)
    parts = []
    if side in ("merged", "old"):
        parts.append(_span(old, DERIVED_DELETED))
    if side in ("merged", "new"):
        parts.append(_span(new, DERIVED_INSERTED))
    return "".join(parts)


def _note(words: Message, translate: Translator) -> str:
    return f' <span style="{NOTE}">{escape(words.render(translate))}</span>'


def _cell(row: Row, side: str, derived: bool, translate: Translator = as_written) -> str:
    """Return one side of a row (or the merged row) as HTML."""
    if side == "old" and row.kind == "added" or side == "new" and row.kind in (
            "deleted", "moved away"):
        return ""
    keep = {"merged": (EQUAL, INSERT, DELETE), "old": (EQUAL, DELETE),
            "new": (EQUAL, INSERT)}[side]
    if row.kind == "moved away":
        text = f'<span style="{MOVED};text-decoration:line-through">' + escape(
            "".join(t for _op, t in row.words)) + "</span>"
        note = _note(message(MOVED_TO, label=row.new_label) if row.new_label
                     else message(MOVED_DOWN), translate)
        return f"{escape(row.old_label)} {text}{note}" if row.old_label else text + note
    labels = _pair(row.old_label, row.new_label, derived, side)
    body = _words(row.words, keep)
    note = ""
    if row.kind == "moved":
        body = f'<span style="{MOVED}">{body}</span>'
        if side != "old":
            note = _note(message(MOVED_FROM, label=row.old_label) if row.old_label
                         else message(MOVED_UP), translate)
    ending = _pair(row.old_end, row.new_end, derived, side)
    if row.kind == "deleted":
        ending = _span(row.old_end, DELETED)
    elif row.kind == "added":
        ending = _span(row.new_end, INSERTED)
    text = f"{body}{ending}{note}"
    if row.heading:
        return f"<b>{text}</b>"
    return f"{labels}&nbsp;&nbsp;{text}" if labels else text


def comparison_html(comparison: Comparison, *, derived: bool = False, side_by_side: bool = False,
                    current: Change | None = None, changed_only: bool = False,
                    titles: tuple[str, str] | None = None,
                    translate: Translator = as_written) -> str:
    """Return the comparison as HTML: one merged column, or old and new side by side.

    ``translate(context, text)`` translates the page's words and the changes' places and
    fields (the window passes Qt's); by default they are English.
    """
    def say(words: str) -> str:
        text = words.render(translate) if isinstance(words, Message) else words
        return escape(text)

    if titles is None:
        titles = (message(OLD).render(translate), message(NEW).render(translate))
    current_anchor = anchor_for(current) if current is not None else ""
    out = ['<html><body style="font-family:serif">']
    cover = [c for c in comparison.changes if c.kind is Kind.METADATA]
    if cover:
        out.append(f'<a name="cover"></a><h4>{say(message(COVER))}</h4>')
        shade = f' style="background:{CURRENT}"' if current_anchor == "cover" else ""
        out.append(f"<table{shade} cellpadding=2>")
        for change in cover:
            out.append(f"<tr><td><i>{say(change.field)}</i></td><td>"
                       f"{_words(change.words, (EQUAL, INSERT, DELETE))}</td></tr>")
        out.append("</table>")
    out.append(f"<h4>{say(message(TEXT))}</h4>")
    out.append('<table width="100%" cellspacing=0 cellpadding=3>')
    if side_by_side:
        out.append(f'<tr><th width="0"></th><th width="50%" align="left">{escape(titles[0])}</th>'
                   f'<th width="50%" align="left">{escape(titles[1])}</th></tr>')
    for number, row in enumerate(comparison.rows):
        shown = row.visible_changes(derived)
        if changed_only and not shown:
            continue
        shade = f' bgcolor="{CURRENT}"' if current_anchor == f"row{number}" else ""
        indent = 12 + 18 * row.depth
        cells = [("old", "new")] if side_by_side else [("merged",)]
        tds = "".join(
            f'<td{shade} valign="top" style="padding-left:{indent}px">'
            f"{_cell(row, side, derived, translate)}</td>"
            for side in cells[0]
        )
        out.append(f'<tr><td width="0"><a name="row{number}"></a></td>{tds}</tr>')
    out.append("</table>")
    notes = [c for c in comparison.changes
             if c.kind in (Kind.FOOTNOTE_ADDED, Kind.FOOTNOTE_REMOVED, Kind.FOOTNOTE_EDITED)]
    if notes:
        shade = f' style="background:{CURRENT}"' if current_anchor == "notes" else ""
        out.append(f'<a name="notes"></a><h4>{say(message(FOOTNOTES))}</h4>'
                   f"<table{shade} cellpadding=2>")
        for change in notes:
            out.append(f"<tr><td><i>{say(change.place)}</i></td><td>"
                       f"{_words(change.words, (EQUAL, INSERT, DELETE))}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
