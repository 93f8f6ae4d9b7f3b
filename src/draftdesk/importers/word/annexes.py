"""Annexes of a Word file: "Annex" or "Annex I", a title, then the annex's own paragraphs.

The text importer knows no annexes, so the paragraphs from the first annex heading on are
read here: unnumbered opening paragraphs, numbered paragraphs with their (a)/(i) children,
headings between them. Annex paragraphs keep the punctuation their text has.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from draftdesk.model.derive import DEFAULT_CHILD_SCHEMES
from draftdesk.model.document import (
    SCHEME_ALPHA,
    SCHEME_ROMAN,
    Annex,
    Inline,
    Paragraph,
    ParagraphKind,
    Text,
)
from draftdesk.model.words import alpha_label, parse_un_date

from ..labels import roman_value
from .reader import Segment, WordParagraph

ANNEX_HEADING = re.compile(r"^Annex(?: [IVXLC]{1,6}| [A-Z])?$")
_LABEL = re.compile(r"^\s*(?P<label>\d{1,3}\.|\([a-z]{1,6}\))\s+")
_NUMERAL = re.compile(r"^[IVXLC]{1,7}$")
_CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) plenary meeting$")

def split_annexes(
    body: list[WordParagraph],
) -> tuple[list[WordParagraph], list[list[WordParagraph]]]:
    """Return the paragraphs before the first annex and each annex's paragraphs."""
    starts = [
        index for index, paragraph in enumerate(body)
        if index > 0 and ANNEX_HEADING.match(paragraph.plain_text.strip())
    ]
    if not starts:
        return body, []
    main = list(body[: starts[0]])
    sections = [body[start:end] for start, end in zip(starts, [*starts[1:], len(body)],
                                                      strict=True)]
    # The closing lines of an adopted resolution print after the annexes; they belong to it.
    last = list(sections[-1])
    tail: list[WordParagraph] = []
    while len(last) > 1 and _is_closing_line(last[-1]) and len(tail) < 2:
        tail.insert(0, last.pop())
    sections[-1] = last
    return main + tail, sections


def _is_closing_line(paragraph: WordParagraph) -> bool:
    text = paragraph.plain_text.strip()
    return bool(_CLOSING.match(text)) or parse_un_date(text) is not None


def build_annex(
    paragraphs: list[WordParagraph], inlines: Callable[[list[Segment]], list[Inline]],
    ids: dict[int, str],
) -> Annex:
    """Build one annex from its paragraphs (the first is its heading).

    ``inlines`` turns a paragraph's segments into model inlines; ``ids`` receives the model id
    of each Word paragraph read, by its number.
    """
    annex = Annex(heading=paragraphs[0].plain_text.strip())
    rest = paragraphs[1:]
    if rest and not rest[0].label and not _LABEL.match(rest[0].plain_text) and not (
        rest[0].plain_text.rstrip().endswith((".", ",", ";", ":"))
    ) and not _NUMERAL.match(rest[0].plain_text.strip()):
        annex.title = rest[0].plain_text.strip()
        rest = rest[1:]
    numbered = False
    top: Paragraph | None = None
    levels: list[list[Paragraph]] = []  # the items of each open sub-list under ``top``
    numeral = ""
    for word in rest:
        text = word.plain_text.strip()
        if not text:
            continue
        if _NUMERAL.match(text) and roman_value(text) is not None:
            numeral = text
            continue
        content = inlines(word.segments)
        label = word.label
        if not label:
            typed = _LABEL.match(text)
            if typed:
                label = typed.group("label")
                content = _drop_prefix(content, len(_typed_prefix(word)))
        paragraph = _paragraph(content)
        ids[word.number] = paragraph.id
        if label[:1].isdigit():
            numbered = True
            annex.paragraphs.append(paragraph)
            top, levels = paragraph, []
        elif label.startswith("(") and top is not None:
            _place_sub(top, levels, label[1:-1], paragraph)
        elif not numbered and not numeral and text[-1] in ".,;:":
            annex.preamble.append(paragraph)
        else:
            heading = not text.endswith((".", ",", ";", ":"))
            if heading:
                paragraph = Paragraph(kind=ParagraphKind.HEADING, content=content,
                                      numeral=numeral)
                ids[word.number] = paragraph.id
                numeral = ""
            annex.paragraphs.append(paragraph)
            top, levels = (None, []) if heading else (paragraph, [])
    annex.numbered = numbered or not annex.paragraphs
    return annex


def _typed_prefix(word: WordParagraph) -> str:
    match = _LABEL.match(word.plain_text)
    return match.group() if match else ""


def _drop_prefix(content: list[Inline], count: int) -> list[Inline]:
    """Remove the first ``count`` characters of text (a typed label) from the inlines."""
    out: list[Inline] = []
    for item in content:
        if count and isinstance(item, Text):
            if len(item.text) <= count:
                count -= len(item.text)
                continue
            item = Text(item.text[count:], item.italic)
            count = 0
        out.append(item)
    return out


def _paragraph(content: list[Inline]) -> Paragraph:
    """An annex paragraph: its italic opening is its lead; its text keeps its punctuation."""
    lead = ""
    if content and isinstance(content[0], Text) and content[0].italic and len(content) > 1:
        lead = content[0].text.strip()
        content = content[1:]
        if content and isinstance(content[0], Text):
            content = [Text(content[0].text.lstrip(" "), content[0].italic), *content[1:]]
            if not content[0].text:  # type: ignore[union-attr]
                content = content[1:]
    return Paragraph(lead=lead, content=content)


def _place_sub(top: Paragraph, levels: list[list[Paragraph]], token: str,
               paragraph: Paragraph) -> None:
    """Nest "(a)" under the numbered paragraph and "(i)" under the lettered one."""
    depth = 0
    if levels and levels[0]:
        expected_alpha = alpha_label(len(levels[0]))
        if token != expected_alpha and roman_value(token) is not None:
            depth = 1
    if depth == 1 and not (levels and levels[0]):
        depth = 0
    del levels[depth + 1 :]
    while len(levels) <= depth:
        levels.append([])
    parent = top if depth == 0 else levels[0][-1]
    scheme = SCHEME_ALPHA if depth == 0 and roman_value(token) is None or depth == 0 and (
        token == alpha_label(len(levels[0]))
    ) else SCHEME_ROMAN
    default = DEFAULT_CHILD_SCHEMES[depth]
    if scheme != default and parent.child_scheme is None and not parent.children:
        parent.child_scheme = scheme
    levels[depth].append(paragraph)
    parent.children.append(paragraph)

