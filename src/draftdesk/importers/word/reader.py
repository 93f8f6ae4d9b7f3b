"""Walk a Word document's XML into paragraphs of text segments (italic, note markers).

python-docx skips the text inside ``w:ins``, so the XML is walked here, with an explicit
choice for tracked changes: read the text with every change accepted (the default) or as the
original with every change rejected. What was changed, and the comments, are counted per
paragraph so that the import can say so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from draftdesk.messages import QT_TRANSLATE_NOOP, message

from .numbering import Numbering
from .package import Relationship, WordPackage
from .styles import ParagraphStyle, RunLook, Styles, resolve, run_look
from .xml import MC_NS, W_NS, W, attr, number, on_off

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NOTEREF = re.compile(r"^\s*NOTEREF\s+(\S+)")
# Private-use characters (the reader's italic marks, so never taken from a document's text)
# and the zero-width space DraftDesk writes as the unseen mark of the note on the symbol,
# whose "*" stands in the masthead: none of them is text.
_PRIVATE = re.compile("[\ue000\ue001\u200b]")
_DEL = f"{{{W_NS}}}del"  # "del" is a Python keyword: no W.del
_SKIPPED = frozenset(
    {W.pPr, W.rPr, W.proofErr, W.bookmarkEnd, W.commentRangeEnd, W.permStart, W.permEnd,
     W.moveFromRangeStart, W.moveFromRangeEnd, W.moveToRangeStart, W.moveToRangeEnd,
     W.lastRenderedPageBreak}
)


@dataclass
class Segment:
    """A piece of a paragraph: text (italic or not, superscript or not) or a note marker."""

    text: str = ""
    italic: bool = False
    superscript: bool = False
    note: str | None = None  # the footnote id of a reference


@dataclass
class WordParagraph:
    """One paragraph as Word shows it."""

    number: int  # 1-based among the paragraphs read, for messages
    where: str  # "body", "table", "header", "footer", "footnote"
    style: ParagraphStyle
    label: str = ""  # the label automatic numbering prints ("1.", "(a)")
    label_suffix: str = ""
    segments: list[Segment] = field(default_factory=list)
    changes: Counter[str] = field(default_factory=Counter)
    comments: list[str] = field(default_factory=list)  # comment ids

    @property
    def plain_text(self) -> str:
        """Return the paragraph's text with its label, without formatting or markers."""
        text = "".join(s.text for s in self.segments if s.note is None)
        return f"{self.label}{self.label_suffix}{text}"


@dataclass
class Note:
    """A footnote read from footnotes.xml."""

    id: str
    paragraphs: list[WordParagraph]


@dataclass
class WordDocument:
    """What the reader found in a Word file."""

    paragraphs: list[WordParagraph]
    header: list[WordParagraph]  # the first page's header (the masthead when it is there)
    footer: list[WordParagraph]  # the first page's footer
    notes: dict[str, Note]  # footnotes by id
    note_order: list[str]  # numbered footnote ids in the order of their first reference
    star_notes: list[str]  # custom-mark footnote ids in order
    comments: dict[str, str]  # comment id -> "Author: text"
    changes: Counter[str]
    changed_paragraphs: list[int]  # numbers of paragraphs with tracked changes
    accept_changes: bool


class _Walker:
    """Reads paragraphs of one part, keeping the state that spans them (lists, notes)."""

    def __init__(self, styles: Styles, numbering: Numbering, accept: bool) -> None:
        self.styles = styles
        self.numbering = numbering
        self.accept = accept
        self.count = 0
        self.note_order: list[str] = []
        self.star_notes: list[str] = []
        self.bookmark_notes: dict[str, str] = {}

    # -------------------------------------------------------------- blocks

    def blocks(self, container: etree._Element, where: str) -> list[WordParagraph]:
        """Read the paragraphs of a body, a cell, a header or a note, tables included."""
        out: list[WordParagraph] = []
        pending: WordParagraph | None = None
        for node in self._block_nodes(container):
            if node.tag == W.tbl:
                for row in node.iter(W.tr):
                    for cell in row.findall(W.tc):
                        out.extend(self.blocks(cell, "table" if where == "body" else where))
                continue
            paragraph, joins_next = self.paragraph(node, where)
            if pending is not None:
                # The previous paragraph's mark is gone: its text runs into this paragraph,
                # which keeps its own properties (style, list), as in Word.
                paragraph.segments[:0] = pending.segments
                paragraph.changes.update(pending.changes)
                paragraph.comments[:0] = pending.comments
                paragraph.number = pending.number
                pending = None
            if joins_next:
                pending = paragraph
                continue
            out.append(paragraph)
        if pending is not None:
            out.append(pending)
        return out

    def _block_nodes(self, container: etree._Element) -> list[etree._Element]:
        out: list[etree._Element] = []
        for node in container:
            tag = node.tag
            if tag in (W.p, W.tbl):
                out.append(node)
            elif tag == W.sdt:
                content = node.find(W.sdtContent)
                if content is not None:
                    out.extend(self._block_nodes(content))
            elif tag in (W.customXml, W.sdtContent):
                out.extend(self._block_nodes(node))
        return out

    # -------------------------------------------------------------- paragraphs

    def paragraph(self, p: etree._Element, where: str) -> tuple[WordParagraph, bool]:
        """Read one ``w:p``; say whether its mark is gone (it joins the next paragraph)."""
        self.count += 1
        ppr = p.find(W.pPr)
        style = self.styles.paragraph(attr(ppr.find(W.pStyle), "val") if ppr is not None else "")
        out = WordParagraph(self.count, where, style)
        num_id, ilvl = style.num_id, style.ilvl
        joins_next = False
        if ppr is not None:
            num = ppr.find(W.numPr)
            if num is not None:
                if num.find(W.numId) is not None:
                    num_id = attr(num.find(W.numId), "val")
                if num.find(W.ilvl) is not None:
                    ilvl = number(attr(num.find(W.ilvl), "val"), high=8)
            mark = ppr.find(W.rPr)
            if mark is not None:
                if mark.find(_DEL) is not None or mark.find(W.moveFrom) is not None:
                    out.changes["paragraphs joined"] += 1
                    joins_next = self.accept
                if mark.find(W.ins) is not None or mark.find(W.moveTo) is not None:
                    out.changes["paragraph added"] += 1
                    joins_next = joins_next or not self.accept
            if ppr.find(W.pPrChange) is not None:
                out.changes["formatting"] += 1
        self._fields: list[_Field] = []
        self._content(p, out, RunLook())
        if num_id and num_id != "0" and not joins_next:
            out.label, out.label_suffix = self.numbering.label(num_id, ilvl)
        return out, joins_next

    def _content(self, node: etree._Element, out: WordParagraph, inherited: RunLook) -> None:
        for child in node:
            tag = child.tag
            if tag == W.r:
                self._run(child, out)
            elif tag in _SKIPPED or not isinstance(tag, str):
                continue
            elif tag == W.ins:
                out.changes["insertion"] += 1
                if self.accept:
                    self._content(child, out, inherited)
            elif tag == _DEL:
                out.changes["deletion"] += 1
                if not self.accept:
                    self._content(child, out, inherited)
            elif tag == W.moveTo:
                out.changes["move"] += 1
                if self.accept:
                    self._content(child, out, inherited)
            elif tag == W.moveFrom:
                out.changes["moved away"] += 1
                if not self.accept:
                    self._content(child, out, inherited)
            elif tag == W.bookmarkStart:
                continue
            elif tag in (W.commentRangeStart,):
                out.comments.append(attr(child, "id"))
            elif tag == W.fldSimple:
                instruction = attr(child, "instr")
                self._fields.append(_Field(instruction, result=True))
                self._content(child, out, inherited)
                self._fields.pop()
            elif tag == f"{{{MC_NS}}}AlternateContent":
                fallback = child.find(f"{{{MC_NS}}}Fallback")
                if fallback is not None:
                    self._content(fallback, out, inherited)
            else:
                # Hyperlinks, smart tags, content controls, custom XML: read what they hold.
                self._content(child, out, inherited)

    def _run(self, run: etree._Element, out: WordParagraph) -> None:
        rpr = run.find(W.rPr)
        direct = run_look(rpr)
        character = self.styles.character(attr(rpr.find(W.rStyle), "val")) if rpr is not None \
            else self.styles.character("")
        italic, superscript, hidden = resolve(
            direct, character, out.style.look, self.styles.defaults
        )
        if rpr is not None and rpr.find(W.rPrChange) is not None:
            out.changes["formatting"] += 1
        if hidden:
            return
        field = self._fields[-1] if self._fields else None
        for child in run:
            tag = child.tag
            if tag == W.fldChar:
                kind = attr(child, "fldCharType")
                if kind == "begin":
                    self._fields.append(_Field(""))
                elif kind == "separate" and self._fields:
                    self._fields[-1].result = True
                elif kind == "end" and self._fields:
                    self._fields.pop()
                field = self._fields[-1] if self._fields else None
                continue
            if tag == W.instrText:
                if field is not None and not field.result:
                    field.instruction += child.text or ""
                continue
            if field is not None and not field.result:
                continue  # inside a field's code
            if tag == W.t or (tag == W.delText and not self.accept):
                text = _PRIVATE.sub("", child.text or "")
                if field is not None and field.note_bookmark:
                    self._noteref(field, text, out)
                    continue
                _append(out, Segment(text, italic, superscript))
            elif tag == W.tab or tag == W.ptab:
                _append(out, Segment("\t", italic))
            elif tag in (W.br, W.cr):
                if attr(child, "type") in ("", "textWrapping"):
                    _append(out, Segment(" ", italic))
            elif tag == W.noBreakHyphen:
                # A hyphen kept from breaking (DraftDesk writes the hyphens of symbols such
                # as ES-10/15 so): the text has an ordinary hyphen.
                _append(out, Segment("-", italic, superscript))
            elif tag == W.sym:
                continue
            elif tag == W.footnoteReference:
                note_id = attr(child, "id")
                if attr(child, "customMarkFollows") in ("1", "true", "on"):
                    # The mark ("*") is the text of the next run, read as text.
                    self.star_notes.append(note_id)
                    continue
                if note_id not in self.note_order:
                    self.note_order.append(note_id)
                out.segments.append(Segment(note=note_id))
            elif tag == W.commentReference:
                comment = attr(child, "id")
                if comment not in out.comments:
                    out.comments.append(comment)

    def _noteref(self, field: _Field, text: str, out: WordParagraph) -> None:
        """A NOTEREF field: the number of the note whose reference the bookmark holds."""
        note_id = self.bookmark_notes.get(field.note_bookmark)
        if note_id is not None and not field.emitted:
            field.emitted = True
            out.segments.append(Segment(note=note_id))
        elif note_id is None:
            _append(out, Segment(text, superscript=True))




@dataclass
class _Field:
    instruction: str
    result: bool = False
    emitted: bool = False

    @property
    def note_bookmark(self) -> str:
        match = _NOTEREF.match(self.instruction)
        return match.group(1) if match else ""


def _append(out: WordParagraph, segment: Segment) -> None:
    if not segment.text:
        return
    last = out.segments[-1] if out.segments else None
    if (
        last is not None and last.note is None
        and last.italic == segment.italic and last.superscript == segment.superscript
    ):
        last.text += segment.text
    else:
        out.segments.append(segment)


def bookmark_notes(body: etree._Element) -> dict[str, str]:
    """Map bookmark names to the footnote whose reference each bookmark holds (for NOTEREF)."""
    open_marks: dict[str, str] = {}
    out: dict[str, str] = {}
    for node in body.iter(W.bookmarkStart, W.bookmarkEnd, W.footnoteReference):
        if node.tag == W.bookmarkStart:
            open_marks[attr(node, "id")] = attr(node, "name")
        elif node.tag == W.bookmarkEnd:
            open_marks.pop(attr(node, "id"), None)
        else:
            for name in open_marks.values():
                out.setdefault(name, attr(node, "id"))
    return out


def read_document(package: WordPackage, accept_changes: bool = True) -> WordDocument:
    """Read the body, the first-page header and footer, the footnotes and the comments."""
    main = package.main_part
    root = package.xml(main)
    body = root.find(W.body)
    if body is None:
        raise package.error(main, message(
            QT_TRANSLATE_NOOP("ImportErrors", "has no body (not a Word document)")))
    styles_part = package.related(main, "/styles")
    numbering_part = package.related(main, "/numbering")
    styles = Styles(package.xml(styles_part) if styles_part else None)
    numbering = Numbering(package.xml(numbering_part) if numbering_part else None)
    walker = _Walker(styles, numbering, accept_changes)
    walker.bookmark_notes = bookmark_notes(body)
    paragraphs = walker.blocks(body, "body")
    rels = package.relationships(main)
    section = next(body.iter(W.sectPr), None)
    header = _first_page_part(package, walker, rels, section, "header")
    footer = _first_page_part(package, walker, rels, section, "footer")
    notes: dict[str, Note] = {}
    footnotes_part = package.related(main, "/footnotes")
    if footnotes_part:
        for node in package.xml(footnotes_part).findall(W.footnote):
            if attr(node, "type") in ("", "normal"):
                note_id = attr(node, "id")
                notes[note_id] = Note(note_id, walker.blocks(node, "footnote"))
    comments: dict[str, str] = {}
    comments_part = package.related(main, "/comments")
    if comments_part:
        for node in package.xml(comments_part).findall(W.comment):
            text = " ".join(
                "".join(t.text or "" for t in p.iter(W.t)) for p in node.iter(W.p)
            ).strip()
            author = attr(node, "author")
            comments[attr(node, "id")] = f"{author}: {text}" if author else text
    total: Counter[str] = Counter()
    changed: list[int] = []
    for paragraph in paragraphs:
        if paragraph.changes:
            total.update(paragraph.changes)
            changed.append(paragraph.number)
    return WordDocument(
        paragraphs, header, footer, notes, walker.note_order, walker.star_notes, comments,
        total, changed, accept_changes,
    )


def _first_page_part(
    package: WordPackage, walker: _Walker, rels: dict[str, Relationship],
    section: etree._Element | None, kind: str,
) -> list[WordParagraph]:
    """Read the header or footer that the first page prints."""
    if section is None:
        return []
    title_page = section.find(W.titlePg)
    wanted = "first" if title_page is not None and on_off(title_page) else "default"
    for reference in section.findall(W.__getattr__(f"{kind}Reference")):
        if (attr(reference, "type") or "default") != wanted:
            continue
        rel = rels.get(reference.get(f"{{{R_NS}}}id", ""))
        if rel is None or rel.external or not package.has(rel.target):
            return []
        return walker.blocks(package.xml(rel.target), kind)
    return []
