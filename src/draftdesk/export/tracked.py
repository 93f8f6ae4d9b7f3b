"""The tracked-changes Word file: the normal export of the new text, with every change from
the old text as Word revisions (``w:ins``, ``w:del``, ``w:moveFrom``/``w:moveTo``).

This is a layer over the normal writer, not a second layout: both texts are written by
``build_document``, then the two WordprocessingML trees are merged part by part (body, page
headers and footers, footnotes). Body paragraphs pair by the model paragraph they print (the
comparison's pairing); cover lines, headers and notes pair by style and position. Inside a pair
the runs are compared word by word. Accepting every change therefore gives exactly the normal
export of the new text and rejecting every change exactly that of the old one.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ..compare import Comparison, compare
from ..compare.words import DELETE, EQUAL, INSERT, diff_tokens, in_order, tokens
from ..compose import Options
from ..model.document import Resolution
from .docx import NOTE_KEY, PARAGRAPH_KEY, build_document, write_atomically
from .ooxml import ID, PPR, PSTYLE, RPR, VAL, XML_SPACE, P, R, T, w

DEFAULT_AUTHOR = "DraftDesk"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

INS, DEL, MOVE_FROM, MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
DEL_TEXT, FOOTNOTE_REF = w("delText"), w("footnoteReference")
CUSTOM_MARK = w("customMarkFollows")
BOOKMARKS = (w("bookmarkStart"), w("bookmarkEnd"))
INSTR, DEL_INSTR = w("instrText"), w("delInstrText")
TAB, BR = w("tab"), w("br")
AUTHOR, DATE, NAME = w("author"), w("date"), w("name")
PPR_CHANGE = w("pPrChange")

# A token of a paragraph: (run properties as XML, kind, value); kinds: "t" a word or spaces,
# "tab", "br", "fn" a footnote reference (value: the note's key), "raw" anything else.
Token = tuple[bytes, str, str]


@dataclass
class _Revisions:
    """Author, date and the counters every revision draws its unique ids from."""

    author: str
    date: str
    next_id: int = 1
    moves: int = 0

    def mark(self, tag: str) -> etree._Element:
        element = etree.Element(tag)
        element.set(ID, str(self.next_id))
        element.set(AUTHOR, self.author)
        element.set(DATE, self.date)
        self.next_id += 1
        return element

    def plain_id(self) -> str:
        value = str(self.next_id)
        self.next_id += 1
        return value


@dataclass
class _Notes:
    """How footnote references map to note keys on each side, and back to output ids."""

    old_key: dict[str, str]  # old w:id -> key
    new_key: dict[str, str]  # new w:id -> key
    out_id: dict[str, str]  # key -> w:id in the merged document


def export_tracked_docx(
    old: Resolution,
    new: Resolution,
    path: Path,
    *,
    author: str = DEFAULT_AUTHOR,
    when: _dt.datetime | None = None,
    comparison: Comparison | None = None,
    options: Options | None = None,
) -> None:
    """Write ``new`` as a UN-format .docx showing its changes from ``old``, atomically.

    ``options`` picks the profile (the L-document look, or the submission manuscript).
    """
    document = build_tracked_document(old, new, author=author, when=when,
                                      comparison=comparison, options=options)
    write_atomically(document, Path(path))


def build_tracked_document(
    old: Resolution,
    new: Resolution,
    *,
    author: str = DEFAULT_AUTHOR,
    when: _dt.datetime | None = None,
    comparison: Comparison | None = None,
    options: Options | None = None,
    build: Callable[..., DocxDocument] = build_document,
) -> DocxDocument:
    """Return the new text's document with the changes from ``old`` tracked in it."""
    comparison = comparison or compare(old, new)
    moment = (when or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    revisions = _Revisions(author.strip() or DEFAULT_AUTHOR,
                           moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
    new_doc = build(new, keyed=True, options=options)
    old_doc = build(old, keyed=True, options=options)
    revisions.next_id = _highest_id(new_doc) + 1
    notes = _note_keys(old_doc, new_doc, comparison)
    new_notes_root, old_notes_root = _footnotes_root(new_doc), _footnotes_root(old_doc)
    # Old notes that are gone from the new text come along with fresh ids, marked deleted.
    if new_notes_root is not None and old_notes_root is not None:
        _merge_footnotes(old_notes_root, new_notes_root, notes, revisions)
    # The body: paragraphs paired through the comparison.
    pairs = comparison.pairs
    new_body, old_body = new_doc.element.body, old_doc.element.body
    new_ps = [el for el in new_body if el.tag == P]
    old_ps = [el for el in old_body if el.tag == P]

    def old_key(key: str) -> str:
        pid, hash_, rest = key.partition("#")
        paired = pairs.get(pid)
        return f"{paired}{hash_}{rest}" if paired else f"old:{key}"

    merged = _merge_list(old_ps, new_ps, revisions, notes, old_key,
                         moving=comparison.travelling)
    sect_pr = new_body[-1]
    for el in new_ps:
        new_body.remove(el)
    for el in merged:
        sect_pr.addprevious(el)
    if new_notes_root is not None:
        _notes_in_reference_order(new_body, new_notes_root)
    # Page headers and footers: the masthead (symbol, date), running heads, cover notes.
    old_parts = _page_parts(old_doc)
    for where, new_part in _page_parts(new_doc).items():
        old_part = old_parts.get(where)
        if old_part is None:
            continue
        new_list = [el for el in new_part if el.tag == P]
        old_list = [el for el in old_part if el.tag == P]
        result = _merge_list(old_list, new_list, revisions, notes, lambda key: key)
        for el in new_list:
            new_part.remove(el)
        for el in result:
            new_part.append(el)
    for reference in new_body.iter(FOOTNOTE_REF):
        reference.attrib.pop(NOTE_KEY, None)
    etree.cleanup_namespaces(new_doc.element)
    return new_doc


def _page_parts(document: DocxDocument) -> dict[tuple[str, str], etree._Element]:
    """Return the header and footer parts the section names, by kind and page type.

    Read from the section's references rather than through python-docx's section API, which
    would add the parts a document does not have (the manuscript has no masthead).
    """
    out: dict[tuple[str, str], etree._Element] = {}
    sect_pr = document.element.body.find(w("sectPr"))
    if sect_pr is None:
        return out
    for reference in sect_pr:
        kind = etree.QName(reference).localname
        if kind not in ("headerReference", "footerReference"):
            continue
        part = document.part.related_parts.get(reference.get(REL_ID) or "")
        element = getattr(part, "element", None)
        if element is not None:
            out[(kind, reference.get(w("type")) or "default")] = element
    return out


# Elements whose w:id shares the revisions' number space (annotation ids).
_ANNOTATIONS = tuple(w(tag) for tag in (
    "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "commentReference",
    "ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart",
    "permStart", "permEnd",
))


def _highest_id(document: DocxDocument) -> int:
    """Return the highest annotation w:id already in the document's parts (bookmarks...)."""
    highest = 0
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None:
            continue
        for node in element.iter(*_ANNOTATIONS):
            value = node.get(ID) or ""
            if value.isdigit():
                highest = max(highest, int(value))
    return highest


def _footnotes_root(document: DocxDocument) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            return element
    return None


def _note_keys(old_doc: DocxDocument, new_doc: DocxDocument, comparison: Comparison) -> _Notes:
    """Key footnote references by the note they cite: a renumbered note is the same note."""
    new_key = {ref.get(ID) or "": ref.get(NOTE_KEY) or ""
               for ref in new_doc.element.body.iter(FOOTNOTE_REF)}
    out_id = {key: word_id for word_id, key in new_key.items()}
    old_key = {}
    for ref in old_doc.element.body.iter(FOOTNOTE_REF):
        note = ref.get(NOTE_KEY) or ""
        # Asterisk notes are keyed by what they are attached to ("*symbol"), numbered ones
        # by their id in the draft, paired across the texts by the comparison.
        paired = note if note.startswith("*") else comparison.note_pairs.get(note, "")
        old_key[ref.get(ID) or ""] = paired if paired in out_id else f"old:{note}"
    return _Notes(old_key, new_key, out_id)


def _merge_footnotes(old_root: etree._Element, new_root: etree._Element, notes: _Notes,
                     revisions: _Revisions) -> None:
    """Show edited notes word by word, added notes inserted, removed notes deleted."""
    old_by_id = {el.get(ID): el for el in old_root if el.tag == w("footnote")}
    old_by_key = {notes.old_key[i]: el for i, el in old_by_id.items() if i in notes.old_key}
    used = [int(el.get(ID)) for el in new_root if el.tag == w("footnote")]
    next_note = max(used, default=0) + 1
    for note in [el for el in new_root if el.tag == w("footnote")]:
        key = notes.new_key.get(note.get(ID) or "")
        if key is None:
            continue  # the separators
        old_note = old_by_key.get(key)
        new_list = [el for el in note if el.tag == P]
        old_list = [el for el in old_note if el.tag == P] if old_note is not None else []
        merged = _merge_list(old_list, new_list, revisions, notes, lambda k: k)
        for el in new_list:
            note.remove(el)
        note.extend(merged)
    for old_id, old_note in old_by_id.items():
        key = notes.old_key.get(old_id or "")
        if key is None or not key.startswith("old:"):
            continue
        twin = copy.deepcopy(old_note)
        twin.set(ID, str(next_note))
        notes.out_id[key] = str(next_note)
        next_note += 1
        for p in [el for el in twin if el.tag == P]:
            twin.replace(p, _whole(p, DEL, revisions, notes, old=True))
        new_root.append(twin)


def _notes_in_reference_order(body: etree._Element, notes_root: etree._Element) -> None:
    """Number the notes 1, 2, 3 in the order their references appear, kept or deleted.

    LibreOffice pairs references with notes by their order in the footnotes part, not by
    id, so a removed note that is still shown (deleted) must sit where its reference is.
    """
    references = list(body.iter(FOOTNOTE_REF))
    order: dict[str, str] = {}
    for ref in references:
        old = ref.get(ID) or ""
        order.setdefault(old, str(len(order) + 1))
        ref.set(ID, order[old])
    notes = {el.get(ID): el for el in notes_root if el.tag == w("footnote")}
    for old, new in order.items():
        note = notes.pop(old, None)
        if note is not None:
            notes_root.remove(note)
            note.set(ID, new)
            notes_root.append(note)
    # Notes nothing cites (none are written so, but a clash of ids must stay impossible).
    following = len(order)
    for old, note in notes.items():
        if old is not None and old.isdigit() and int(old) >= 1:
            following += 1
            notes_root.remove(note)
            note.set(ID, str(following))
            notes_root.append(note)


# ---------------------------------------------------------------- paragraph lists


def _keys(paragraphs: list[etree._Element], mapping: Callable[[str], str]) -> list[str]:
    """Key each paragraph: its model paragraph, else its style and rank among its style."""
    seen: dict[str, int] = {}
    out = []
    for p in paragraphs:
        key = p.get(PARAGRAPH_KEY)
        if key is not None:
            out.append(mapping(key))
            continue
        style = _style(p)
        rank = seen.get(style, 0)
        seen[style] = rank + 1
        out.append(f"style:{style}#{rank}")
    return out


def _style(p: etree._Element) -> str:
    ppr = p.find(PPR)
    style = ppr.find(PSTYLE) if ppr is not None else None
    return style.get(VAL, "") if style is not None else ""


def _merge_list(old: list[etree._Element], new: list[etree._Element], revisions: _Revisions,
                notes: _Notes, old_mapping: Callable[[str], str],
                moving: set[str] | frozenset[str] = frozenset()) -> list[etree._Element]:
    """Return the merged paragraphs of two lists, in the new order, old leftovers in place.

    ``moving``: the paragraphs the comparison found moved (with their sub-paragraphs); the
    others stay where they are when their order allows.
    """
    old_keys = _keys(old, old_mapping)
    new_keys = _keys(new, lambda key: key)
    new_index = {key: i for i, key in enumerate(new_keys)}
    old_index = {key: i for i, key in enumerate(old_keys)}
    common = [i for i, key in enumerate(old_keys)
              if key in new_index and key.partition("#")[0] not in moving]
    stable_positions = in_order([new_index[old_keys[i]] for i in common])
    stable_old = {common[k] for k in stable_positions}
    stable_new = {new_index[old_keys[i]] for i in stable_old}
    move_names: dict[str, str] = {}
    out: list[etree._Element] = []
    i = 0
    for j, key in enumerate(new_keys):
        if j not in stable_new:
            continue
        partner = old_index[key]
        out.extend(_leftovers(old, old_keys, i, partner, new_index, move_names, revisions, notes))
        out.extend(_arrivals(old, new, new_keys, old_index, stable_new, j, move_names,
                             revisions, notes))
        out.append(_merge_pair(old[partner], new[j], revisions, notes))
        i = partner + 1
    out.extend(_leftovers(old, old_keys, i, len(old), new_index, move_names, revisions, notes))
    out.extend(_arrivals(old, new, new_keys, old_index, stable_new, len(new), move_names,
                         revisions, notes))
    for p in out:
        p.attrib.pop(PARAGRAPH_KEY, None)
    return out


def _leftovers(old: list[etree._Element], old_keys: list[str], start: int, stop: int,
               new_index: dict[str, int], move_names: dict[str, str], revisions: _Revisions,
               notes: _Notes) -> Iterable[etree._Element]:
    """Old paragraphs before a stable pair: deleted, or moved away (shown where they were)."""
    for i in range(start, stop):
        key = old_keys[i]
        if key in new_index:
            name = move_names.setdefault(key, f"move{_next_move(revisions)}")
            yield _moved_from(old[i], name, revisions, notes)
        else:
            yield _whole(old[i], DEL, revisions, notes, old=True)


def _arrivals(old: list[etree._Element], new: list[etree._Element], new_keys: list[str],
              old_index: dict[str, int], stable_new: set[int], stop: int,
              move_names: dict[str, str], revisions: _Revisions,
              notes: _Notes) -> Iterable[etree._Element]:
    """New paragraphs before a stable pair (from the last one): inserted, or moved here."""
    j = stop - 1
    while j >= 0 and j not in stable_new:
        j -= 1
    for k in range(j + 1, stop):
        key = new_keys[k]
        if key in old_index:
            name = move_names.setdefault(key, f"move{_next_move(revisions)}")
            yield _moved_to(old[old_index[key]], new[k], name, revisions, notes)
        else:
            yield _whole(new[k], INS, revisions, notes, old=False)


def _next_move(revisions: _Revisions) -> int:
    revisions.moves += 1
    return revisions.moves


# ---------------------------------------------------------------- one paragraph


def _tokens(p: etree._Element, note_keys: dict[str, str]) -> list[Token]:
    """Split a paragraph's runs into tokens: words with their formatting, tabs, markers."""
    out: list[Token] = []
    for run in p:
        if run.tag in BOOKMARKS:
            out.append((b"", "bm", etree.tostring(run).decode()))
            continue
        if run.tag != R:
            continue
        rpr = run.find(RPR)
        props = _canonical(rpr) if rpr is not None else b""
        for child in run:
            tag = child.tag
            if tag == RPR:
                continue
            if tag == T:
                out.extend((props, "t", word) for word in tokens(child.text or ""))
            elif tag == TAB:
                out.append((props, "tab", ""))
            elif tag == BR:
                out.append((props, "br", ""))
            elif tag == FOOTNOTE_REF:
                ref = child.get(ID) or ""
                custom = child.get(CUSTOM_MARK) or ""
                out.append((props, "fn", f"{note_keys.get(ref, f'?{ref}')}\0{custom}"))
            else:
                out.append((props, "raw", _canonical(child).decode()))
    return out


def _runs(items: list[Token], revisions: _Revisions, notes: _Notes,
          deleted: bool, keep_marks: bool = True) -> list[etree._Element]:
    """Rebuild runs from tokens: one run per stretch of equal formatting.

    Bookmarks (around a note's first reference, for the repeats' cross-references) are kept
    from the new text only: the old text's would clash with them.
    """
    out: list[etree._Element] = []
    run: etree._Element | None = None
    props: bytes | None = None
    text: etree._Element | None = None
    text_tag = DEL_TEXT if deleted else T
    for token_props, kind, value in items:
        if kind == "bm":
            if keep_marks and not deleted:
                out.append(etree.fromstring(value))
                run = None
            continue
        if run is None or token_props != props:
            run = etree.Element(R)
            props = token_props
            if token_props:
                run.append(etree.fromstring(token_props))
            out.append(run)
            text = None
        if kind == "t":
            if text is None:
                text = etree.SubElement(run, text_tag)
                text.text = value
            else:
                text.text = (text.text or "") + value
            continue
        text = None
        if kind == "tab":
            etree.SubElement(run, TAB)
        elif kind == "br":
            etree.SubElement(run, BR)
        elif kind == "fn":
            key, _, custom = value.partition("\0")
            reference = etree.SubElement(run, FOOTNOTE_REF)
            if custom:
                reference.set(CUSTOM_MARK, custom)
            reference.set(ID, notes.out_id.get(key, "0"))
        else:
            element = etree.fromstring(value)
            if deleted and element.tag == INSTR:
                element.tag = DEL_INSTR
            run.append(element)
    for r in out:
        if r.tag != R:
            continue
        for t in r:
            if t.tag in (T, DEL_TEXT) and t.text and (t.text[0] == " " or t.text[-1] == " "):
                t.set(XML_SPACE, "preserve")
    return out


def _shell(p: etree._Element) -> etree._Element:
    """Return a copy of a paragraph with its properties and no runs."""
    shell = etree.Element(P)
    ppr = p.find(PPR)
    if ppr is not None:
        shell.append(copy.deepcopy(ppr))
    return shell


def _mark_paragraph(p: etree._Element, mark: etree._Element) -> None:
    """Mark the paragraph mark itself as inserted, deleted or moved."""
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = etree.SubElement(ppr, RPR)
    rpr.insert(0, mark)


def _wrap(p: etree._Element, tag: str, runs: list[etree._Element],
          revisions: _Revisions) -> None:
    if not runs:
        return
    if not any(r.tag == R for r in runs):
        p.extend(runs)  # bookmarks alone: nothing to mark as changed
        return
    wrapper = revisions.mark(tag)
    wrapper.extend(runs)
    p.append(wrapper)


def _whole(p: etree._Element, tag: str, revisions: _Revisions, notes: _Notes, *,
           old: bool) -> etree._Element:
    """Return a whole paragraph inserted (``w:ins``) or deleted (``w:del``), mark included."""
    out = _shell(p)
    items = _tokens(p, notes.old_key if old else notes.new_key)
    _wrap(out, tag, _runs(items, revisions, notes, deleted=tag == DEL), revisions)
    _mark_paragraph(out, revisions.mark(tag))
    return out


def _range(tag: str, name: str, revisions: _Revisions) -> tuple[etree._Element, etree._Element]:
    start = revisions.mark(w(f"{tag}RangeStart"))
    start.set(NAME, name)
    end = etree.Element(w(f"{tag}RangeEnd"))
    end.set(ID, start.get(ID) or "")
    return start, end


def _moved_from(p: etree._Element, name: str, revisions: _Revisions,
                notes: _Notes) -> etree._Element:
    """Return the old paragraph where it was, its text marked as moved away."""
    out = _shell(p)
    start, end = _range("moveFrom", name, revisions)
    out.append(start)
    _wrap(out, MOVE_FROM, _runs(_tokens(p, notes.old_key), revisions, notes, False,
                                keep_marks=False), revisions)
    out.append(end)
    _mark_paragraph(out, revisions.mark(MOVE_FROM))
    return out


def _moved_to(old_p: etree._Element, new_p: etree._Element, name: str, revisions: _Revisions,
              notes: _Notes) -> etree._Element:
    """Return the new paragraph where it went: moved text, and the words added on the way.

    Words deleted on the way are not repeated here: they show in the moved-away copy.
    """
    out = _shell(new_p)
    start, end = _range("moveTo", name, revisions)
    out.append(start)
    for op, items in diff_tokens(_tokens(old_p, notes.old_key), _tokens(new_p, notes.new_key)):
        if op == EQUAL:
            _wrap(out, MOVE_TO, _runs(items, revisions, notes, False), revisions)
        elif op == INSERT:
            _wrap(out, INS, _runs(items, revisions, notes, False), revisions)
    out.append(end)
    _mark_paragraph(out, revisions.mark(MOVE_TO))
    return out


def _properties(p: etree._Element) -> bytes:
    ppr = p.find(PPR)
    return _canonical(ppr) if ppr is not None else b""


def _canonical(element: etree._Element) -> bytes:
    """Return an element's XML with only the namespaces it uses, whatever tree it sits in.

    Plain serialisation repeats every namespace in scope, so the same run properties would
    differ between the two documents when one declares the key attributes' namespace.
    """
    return etree.tostring(element, method="c14n", exclusive=True)


def _merge_pair(old_p: etree._Element, new_p: etree._Element, revisions: _Revisions,
                notes: _Notes) -> etree._Element:
    """Return the new paragraph with the word changes from the old one tracked."""
    old_xml, new_xml = etree.tostring(old_p), etree.tostring(new_p)
    if old_xml == new_xml and b"footnoteReference" not in new_xml:
        # Most paragraphs of a round are untouched: equal XML, and no note whose number
        # could now stand for another note.
        return new_p
    old_items = _tokens(old_p, notes.old_key)
    new_items = _tokens(new_p, notes.new_key)
    if old_items == new_items:
        out = new_p
    else:
        out = _shell(new_p)
        for op, items in diff_tokens(old_items, new_items):
            runs = _runs(items, revisions, notes, deleted=op == DELETE)
            if op == EQUAL:
                out.extend(runs)
            else:
                _wrap(out, DEL if op == DELETE else INS, runs, revisions)
    if _properties(old_p) != _properties(new_p):
        ppr = out.find(PPR)
        if ppr is None:
            ppr = etree.Element(PPR)
            out.insert(0, ppr)
        change = revisions.mark(PPR_CHANGE)
        before = etree.SubElement(change, PPR)
        old_ppr = old_p.find(PPR)
        if old_ppr is not None:
            before.extend(copy.deepcopy(child) for child in old_ppr if child.tag != RPR)
        ppr.append(change)
    return out

