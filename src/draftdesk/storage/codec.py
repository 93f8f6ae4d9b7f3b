"""The draft file's schema: the only module that knows how a Resolution maps to JSON.

Format history (``format_version``):
- 1: first version.
- 2: document kind, annexes, import notes, the base text and saved versions, a paragraph's
  explicit ending, the language of the text. Files of version 1 read unchanged. Optional
  keys added later within version 2 (absent means what older files meant): ``part_letter``
  and ``parts`` for a text in parts (A, B).

A newer version is refused; older versions are brought forward by ``MIGRATIONS`` in order.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message, Template, message
from ..model.document import (
    MAX_DEPTH,
    SCHEMES,
    Adoption,
    AgendaItem,
    Annex,
    Body,
    CoverNote,
    CrossRef,
    DocumentKind,
    Footnote,
    FootnoteRef,
    ImportNote,
    Inline,
    Metadata,
    Paragraph,
    ParagraphKind,
    Provenance,
    Resolution,
    ResolutionPart,
    Snapshot,
    Sponsor,
    Text,
)
from ..model.words import MAX_SESSION
from ..untrusted import quoted

FORMAT_NAME = "draftdesk"
FORMAT_VERSION = 2
ENDINGS = ("", ",", ";", ":", ".")
MAX_SNAPSHOTS = 200  # saved versions in one draft


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    # Everything version 2 adds is optional with a default that means "as version 1 was".
    return {**data, "format_version": 2}


# Each entry turns a dict of version N into version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_1}


_MESSAGE_DEPTH = 3  # a message's values may be messages, this many levels down


class SchemaError(ValueError):
    """The data does not follow the schema; the message says where (a JSON path)."""


def _wrong(template: Template, **values: str | int | Message) -> SchemaError:
    """Return the error ``template`` describes, translatable in the window."""
    return SchemaError(message(template, **values))


# ------------------------------------------------------------------ writing


def to_dict(resolution: Resolution) -> dict[str, Any]:
    """Return the plain-dict form of a resolution, as written to a .draftdesk file."""
    out = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **_text_to_dict(resolution)}
    if resolution.import_notes:
        out["import_notes"] = [_note_to_dict(n) for n in resolution.import_notes]
    if resolution.base_text is not None:
        out["base_text"] = _snapshot_to_dict(resolution.base_text)
    if resolution.versions:
        out["versions"] = [_snapshot_to_dict(v) for v in resolution.versions]
    return out


def _message_to_dict(text: str) -> dict[str, Any]:
    """Return a message as written: its English text, and what translates it when it has that."""
    out: dict[str, Any] = {"message": str(text)}
    if isinstance(text, Message) and text.template:
        out["context"] = text.context
        out["template"] = text.template
        out["values"] = {name: _message_to_dict(value) if isinstance(value, Message) else value
                         for name, value in text.values.items()}
    return out


def _note_to_dict(note: ImportNote) -> dict[str, Any]:
    return {**_message_to_dict(note.message), "paragraph": note.paragraph_id}


def _snapshot_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "name": snapshot.name,
        "created": snapshot.created.isoformat(timespec="seconds"),
        "text": _text_to_dict(snapshot.text),
    }


def _text_to_dict(resolution: Resolution) -> dict[str, Any]:
    """The text itself: metadata, paragraphs, annexes and notes (no versions, no notes)."""
    used = _referenced_notes(resolution)
    out: dict[str, Any] = {}
    if resolution.kind is not DocumentKind.RESOLUTION:
        out["kind"] = resolution.kind.value
    out["metadata"] = _metadata_to_dict(resolution.metadata)
    out["preambular"] = [_paragraph_to_dict(p) for p in resolution.preambular]
    out["operative"] = [_paragraph_to_dict(p) for p in resolution.operative]
    if resolution.part_letter:
        out["part_letter"] = resolution.part_letter
    if resolution.further_parts:
        out["parts"] = [
            {
                "id": part.id,
                "letter": part.letter,
                "title": part.title,
                "preambular": [_paragraph_to_dict(p) for p in part.preambular],
                "operative": [_paragraph_to_dict(p) for p in part.operative],
            }
            for part in resolution.further_parts
        ]
    if resolution.annexes:
        out["annexes"] = [
            {
                "id": annex.id,
                "heading": annex.heading,
                "title": annex.title,
                "numbered": annex.numbered,
                "preamble": [_paragraph_to_dict(p) for p in annex.preamble],
                "paragraphs": [_paragraph_to_dict(p) for p in annex.paragraphs],
            }
            for annex in resolution.annexes
        ]
    # Notes no paragraph refers to any more are not written.
    out["footnotes"] = [
        {"id": note.id, "content": [_inline_to_json(run) for run in note.content]}
        for note in resolution.footnotes.values()
        if note.id in used
    ]
    return out


def _referenced_notes(resolution: Resolution) -> set[str]:
    return {
        item.note_id
        for _part, paragraph in resolution.walk()
        for item in paragraph.content
        if isinstance(item, FootnoteRef)
    }


def _metadata_to_dict(meta: Metadata) -> dict[str, Any]:
    return {
        "body": meta.body.value,
        "committee": meta.committee,
        "symbol": meta.symbol,
        "distribution": meta.distribution,
        "date": meta.date.isoformat() if meta.date else None,
        "original_language": meta.original_language,
        "session": meta.session,
        "session_dates": meta.session_dates,
        "agenda_items": [
            {"number": a.number, "sub_item": a.sub_item, "title": a.title}
            for a in meta.agenda_items
        ],
        "sponsors": [{"name": s.name, "observer": s.observer} for s in meta.sponsors],
        "submitted_by": meta.submitted_by,
        "title": meta.title,
        "cover_notes": [{"anchor": n.anchor, "text": n.text} for n in meta.cover_notes],
        "adoption": (
            {
                "adopted_line": meta.adoption.adopted_line,
                "report_line": meta.adoption.report_line,
                "number": meta.adoption.number,
            }
            if meta.adoption
            else None
        ),
        "closing_lines": list(meta.closing_lines),
        "language": meta.language,
    }


def _paragraph_to_dict(paragraph: Paragraph) -> dict[str, Any]:
    out: dict[str, Any] = {"id": paragraph.id}
    if paragraph.kind is not ParagraphKind.PARAGRAPH:
        out["kind"] = paragraph.kind.value
    if paragraph.numeral:
        out["numeral"] = paragraph.numeral
    out["lead"] = paragraph.lead
    out["content"] = [_inline_to_json(item) for item in paragraph.content]
    if paragraph.connector:
        out["connector"] = paragraph.connector
    if paragraph.ending is not None:
        out["ending"] = paragraph.ending
    if paragraph.child_scheme is not None:
        out["child_scheme"] = paragraph.child_scheme
    if paragraph.provenance is not None:
        p = paragraph.provenance
        out["provenance"] = {
            "library": p.library,
            "clause": p.clause,
            "version": p.version,
            "source": p.source,
        }
    if paragraph.children:
        out["children"] = [_paragraph_to_dict(child) for child in paragraph.children]
    return out


def _inline_to_json(item: Inline) -> Any:
    # Plain roman text is a bare string, which keeps files short and diffs readable.
    if isinstance(item, Text):
        return item.text if not item.italic else {"text": item.text, "italic": True}
    if isinstance(item, FootnoteRef):
        return {"footnote": item.note_id}
    return {"xref": item.target_id}


# ------------------------------------------------------------------ reading


def from_dict(data: Any) -> Resolution:
    """Build a resolution from the plain-dict form; raise SchemaError saying where it is wrong."""
    if not isinstance(data, dict):
        raise _wrong(QT_TRANSLATE_NOOP("DraftFileErrors", "the file is not a JSON object"))
    if data.get("format") != FORMAT_NAME:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", 'this is not a DraftDesk draft (no "format": '
                                                 '"draftdesk")'))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "format_version must be a whole number from 1"))
    if version > FORMAT_VERSION:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "the draft was written by a newer DraftDesk "
                                                 "(format {version}; this version reads up to "
                                                 "{newest}): update DraftDesk to open it"),
            version=version, newest=FORMAT_VERSION)
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    resolution = _text_from_dict(data, "")
    notes = _get(data, "import_notes", list, "", [])
    for i, note in enumerate(notes):
        where = f"import_notes[{i}]"
        if not isinstance(note, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"), where=where)
        resolution.import_notes.append(ImportNote(
            _message_from_dict(note, where), _get(note, "paragraph", str, where, "")))
    if data.get("base_text") is not None:
        resolution.base_text = _snapshot_from_dict(_get(data, "base_text", dict, ""), "base_text")
    versions = _get(data, "versions", list, "", [])
    if len(versions) > MAX_SNAPSHOTS:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "versions: {count} saved versions; at most "
                                                 "{limit}"),
            count=len(versions), limit=MAX_SNAPSHOTS)
    names: set[str] = set()
    for i, item in enumerate(versions):
        where = f"versions[{i}]"
        if not isinstance(item, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"), where=where)
        snapshot = _snapshot_from_dict(item, where)
        if snapshot.name in names:
            raise _wrong(QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is used twice"),
                         where=f"{where}.name", value=quoted(snapshot.name))
        names.add(snapshot.name)
        resolution.versions.append(snapshot)
    return resolution


def _message_from_dict(data: dict[str, Any], where: str, depth: int = 0) -> str:
    """Read a message: its English text, with what translates it when the file has that."""
    english = _get(data, "message", str, where)
    if "template" not in data:
        return english
    if depth > _MESSAGE_DEPTH:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: messages nested more than {limit} deep"),
            where=where, limit=_MESSAGE_DEPTH)
    context = _get(data, "context", str, where)
    template = _get(data, "template", str, where)
    values: dict[str, str | int | Message] = {}
    for name, value in _get(data, "values", dict, where, {}).items():
        inner = f"{where}.values.{name}"
        if isinstance(value, dict):
            read = _message_from_dict(value, inner, depth + 1)
            values[name] = read if isinstance(read, Message) else Message(read)
        elif isinstance(value, str | int) and not isinstance(value, bool):
            values[name] = value
        else:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected text, a whole number or a "
                                                     "message"),
                where=inner)
    return Message(english, context, template, values)


def _snapshot_from_dict(data: dict[str, Any], where: str) -> Snapshot:
    name = _get(data, "name", str, where)
    created_text = _get(data, "created", str, where)
    try:
        created = _dt.datetime.fromisoformat(created_text)
    except ValueError:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not a date and time such as "
                                                 '"2026-12-02T10:30:00"'),
            where=f"{where}.created", value=quoted(created_text)) from None
    text = _text_from_dict(_get(data, "text", dict, where), f"{where}.text")
    return Snapshot(name, created, text)


def _text_from_dict(data: dict[str, Any], where: str) -> Resolution:
    """Read one text (metadata, parts, annexes, notes); ``where`` prefixes the JSON paths."""
    reader = _Reader(where)
    at = f"{where}." if where else ""
    kind_value = _get(data, "kind", str, where, DocumentKind.RESOLUTION.value)
    try:
        kind = DocumentKind(kind_value)
    except ValueError:
        choices = ", ".join(k.value for k in DocumentKind)
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not one of {choices}"),
            where=f"{at}kind", value=quoted(kind_value), choices=choices) from None
    resolution = Resolution(
        metadata=reader.metadata(_get(data, "metadata", dict, where)),
        preambular=[
            reader.paragraph(p, f"{at}preambular[{i}]")
            for i, p in enumerate(_get(data, "preambular", list, where))
        ],
        operative=[
            reader.paragraph(p, f"{at}operative[{i}]")
            for i, p in enumerate(_get(data, "operative", list, where))
        ],
        kind=kind,
        part_letter=_part_letter(_get(data, "part_letter", str, where, ""), f"{at}part_letter",
                                 allow_empty=True),
    )
    for i, part in enumerate(_get(data, "parts", list, where, [])):
        pw = f"{at}parts[{i}]"
        if not isinstance(part, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"), where=pw)
        resolution.further_parts.append(
            ResolutionPart(
                id=_get(part, "id", str, pw),
                letter=_part_letter(_get(part, "letter", str, pw), f"{pw}.letter"),
                title=_get(part, "title", str, pw, ""),
                preambular=[
                    reader.paragraph(p, f"{pw}.preambular[{j}]")
                    for j, p in enumerate(_get(part, "preambular", list, pw, []))
                ],
                operative=[
                    reader.paragraph(p, f"{pw}.operative[{j}]")
                    for j, p in enumerate(_get(part, "operative", list, pw, []))
                ],
            )
        )
    for i, annex in enumerate(_get(data, "annexes", list, where, [])):
        aw = f"{at}annexes[{i}]"
        if not isinstance(annex, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"), where=aw)
        resolution.annexes.append(
            Annex(
                id=_get(annex, "id", str, aw),
                heading=_get(annex, "heading", str, aw, "Annex"),
                title=_get(annex, "title", str, aw, ""),
                numbered=_get(annex, "numbered", bool, aw, True),
                preamble=[
                    reader.paragraph(p, f"{aw}.preamble[{j}]")
                    for j, p in enumerate(_get(annex, "preamble", list, aw, []))
                ],
                paragraphs=[
                    reader.paragraph(p, f"{aw}.paragraphs[{j}]")
                    for j, p in enumerate(_get(annex, "paragraphs", list, aw, []))
                ],
            )
        )
    for i, note in enumerate(_get(data, "footnotes", list, where)):
        where_note = f"{at}footnotes[{i}]"
        if not isinstance(note, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"),
                where=where_note)
        note_id = _get(note, "id", str, where_note)
        runs = []
        for j, run in enumerate(_get(note, "content", list, where_note)):
            item = reader.inline(run, f"{where_note}.content[{j}]")
            if not isinstance(item, Text):
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: a footnote holds text only"),
                    where=f"{where_note}.content[{j}]")
            runs.append(item)
        resolution.footnotes[note_id] = Footnote(note_id, runs)
    for _part, paragraph in resolution.walk():
        for item in paragraph.content:
            if isinstance(item, FootnoteRef) and item.note_id not in resolution.footnotes:
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{at}paragraph {id}: refers to footnote "
                                                         "{note}, which the file does not contain"),
                    at=at, id=paragraph.id, note=item.note_id)
    return resolution


def _part_letter(value: str, where: str, allow_empty: bool = False) -> str:
    """Return a part's letter ("A", "B" …), refusing anything else."""
    if (allow_empty and value == "") or (len(value) == 1 and "A" <= value <= "Z"):
        return value
    raise _wrong(
        QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not a part letter A to Z"),
        where=where, value=repr(value[:20]))


def _get(data: dict[str, Any], key: str, kind: type, where: str, default: Any = ...) -> Any:
    path = f"{where}.{key}" if where else key
    if key not in data:
        if default is not ...:
            return default
        raise _wrong(QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: missing"), where=path)
    value = data[key]
    if kind is int and isinstance(value, bool):
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected a whole number, found {value}"),
            where=path, value=quoted(value))
    if not isinstance(value, kind):
        names = {
            str: QT_TRANSLATE_NOOP("DraftFileErrors", "text"),
            int: QT_TRANSLATE_NOOP("DraftFileErrors", "a whole number"),
            list: QT_TRANSLATE_NOOP("DraftFileErrors", "a list"),
            dict: QT_TRANSLATE_NOOP("DraftFileErrors", "an object"),
            bool: QT_TRANSLATE_NOOP("DraftFileErrors", "true or false"),
        }
        expected = names.get(kind)
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected {expected}, found {found}"),
            where=path, expected=message(expected) if expected else kind.__name__,
            found=type(value).__name__)
    return value


class _Reader:
    """Reads the parts of a draft dict, checking types and uniqueness of ids."""

    def __init__(self, where: str = "") -> None:
        self.ids: set[str] = set()
        self.at = f"{where}." if where else ""

    def metadata(self, data: dict[str, Any]) -> Metadata:
        where = f"{self.at}metadata"
        body_value = _get(data, "body", str, where)
        try:
            body = Body(body_value)
        except ValueError:
            choices = ", ".join(b.value for b in Body)
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not one of {choices}"),
                where=f"{where}.body", value=quoted(body_value),
                choices=choices) from None
        committee = data.get("committee")
        if committee is not None and (
            not isinstance(committee, int) or isinstance(committee, bool) or not 1 <= committee <= 6
        ):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected 1-6 or null, found "
                                                     "{value}"),
                where=f"{where}.committee", value=quoted(committee))
        date_text = data.get("date")
        date = None
        if date_text is not None:
            if not isinstance(date_text, str):
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected a date such as "
                                                         '"2007-11-30"'),
                    where=f"{where}.date")
            try:
                date = _dt.date.fromisoformat(date_text)
            except ValueError:
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not a date such as "
                                                         '"2007-11-30"'),
                    where=f"{where}.date", value=quoted(date_text)) from None
        session = data.get("session")
        if session is not None and (not isinstance(session, int) or isinstance(session, bool)):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected a whole number, found "
                                                     "{value}"),
                where=f"{where}.session", value=quoted(session))
        low, high = (1946, 2100) if body is Body.ECOSOC else (1, MAX_SESSION)
        if session is not None and not low <= session <= high:
            if body is Body.ECOSOC:
                kind = message(QT_TRANSLATE_NOOP("DraftFileErrors", "a year"))
            else:
                kind = message(QT_TRANSLATE_NOOP("DraftFileErrors", "a session number"))
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected {kind} from {low} to "
                                                     "{high}, found {value}"),
                where=f"{where}.session", kind=kind, low=low, high=high, value=session)
        adoption_data = data.get("adoption")
        adoption = None
        if adoption_data is not None:
            if not isinstance(adoption_data, dict):
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object or null"),
                    where=f"{where}.adoption")
            adoption = Adoption(
                _get(adoption_data, "adopted_line", str, f"{where}.adoption"),
                _get(adoption_data, "report_line", str, f"{where}.adoption", ""),
                _get(adoption_data, "number", str, f"{where}.adoption", ""),
            )
        return Metadata(
            body=body,
            committee=committee,
            symbol=_get(data, "symbol", str, where, ""),
            distribution=_get(data, "distribution", str, where, ""),
            date=date,
            original_language=_get(data, "original_language", str, where, ""),
            session=session,
            session_dates=_get(data, "session_dates", str, where, ""),
            agenda_items=[
                AgendaItem(
                    number=_get(a, "number", str, f"{where}.agenda_items[{i}]"),
                    title=_get(a, "title", str, f"{where}.agenda_items[{i}]", ""),
                    sub_item=_get(a, "sub_item", str, f"{where}.agenda_items[{i}]", ""),
                )
                for i, a in enumerate(self._objects(data, "agenda_items", where))
            ],
            sponsors=[
                Sponsor(
                    _get(s, "name", str, f"{where}.sponsors[{i}]"),
                    _get(s, "observer", bool, f"{where}.sponsors[{i}]", False),
                )
                for i, s in enumerate(self._objects(data, "sponsors", where))
            ],
            submitted_by=_get(data, "submitted_by", str, where, ""),
            title=_get(data, "title", str, where, ""),
            cover_notes=[
                CoverNote(
                    _get(n, "anchor", str, f"{where}.cover_notes[{i}]"),
                    _get(n, "text", str, f"{where}.cover_notes[{i}]"),
                )
                for i, n in enumerate(self._objects(data, "cover_notes", where))
            ],
            adoption=adoption,
            closing_lines=[
                self._text(line, f"{where}.closing_lines[{i}]")
                for i, line in enumerate(_get(data, "closing_lines", list, where, []))
            ],
            language=_language(_get(data, "language", str, where, "en"), where),
        )

    def _objects(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        items = _get(data, key, list, where, [])
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"),
                    where=f"{where}.{key}[{i}]")
        return items

    @staticmethod
    def _text(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected text"), where=where)
        return value

    def paragraph(self, data: Any, where: str, depth: int = 0) -> Paragraph:
        if depth > MAX_DEPTH:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: sub-paragraphs go {limit} levels "
                                                     "deep at most"),
                where=where, limit=MAX_DEPTH)
        if not isinstance(data, dict):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected an object"), where=where)
        paragraph_id = _get(data, "id", str, where)
        if paragraph_id in self.ids:
            raise _wrong(QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is used twice"),
                         where=f"{where}.id", value=quoted(paragraph_id))
        self.ids.add(paragraph_id)
        kind_value = _get(data, "kind", str, where, ParagraphKind.PARAGRAPH.value)
        try:
            kind = ParagraphKind(kind_value)
        except ValueError:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not a paragraph kind"),
                where=f"{where}.kind", value=quoted(kind_value)) from None
        scheme = data.get("child_scheme")
        if scheme is not None and scheme not in SCHEMES:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not a numbering scheme"),
                where=f"{where}.child_scheme", value=quoted(scheme))
        provenance = None
        if "provenance" in data:
            p = _get(data, "provenance", dict, where)
            pw = f"{where}.provenance"
            provenance = Provenance(
                _get(p, "library", str, pw),
                _get(p, "clause", str, pw),
                _get(p, "version", int, pw),
                _get(p, "source", str, pw, ""),
            )
        if kind is not ParagraphKind.PARAGRAPH and data.get("children"):
            if kind is ParagraphKind.HEADING:
                raise _wrong(
                    QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: a heading cannot have "
                                                         "sub-paragraphs"),
                    where=where)
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: a quote cannot have sub-paragraphs"),
                where=where)
        if depth > 0 and kind is ParagraphKind.HEADING:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: a heading cannot be a "
                                                     "sub-paragraph"),
                where=where)
        connector = _get(data, "connector", str, where, "")
        if connector not in ("", "and", "or"):
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", '{where}: expected "and", "or" or nothing'),
                where=f"{where}.connector")
        ending = data.get("ending")
        if ending is not None and ending not in ENDINGS:
            raise _wrong(
                QT_TRANSLATE_NOOP("DraftFileErrors", '{where}: expected one of "," ";" ":" "." "" '
                                                     "or null"),
                where=f"{where}.ending")
        return Paragraph(
            id=paragraph_id,
            kind=kind,
            numeral=_get(data, "numeral", str, where, ""),
            lead=_get(data, "lead", str, where, ""),
            content=[
                self.inline(item, f"{where}.content[{i}]")
                for i, item in enumerate(_get(data, "content", list, where, []))
            ],
            connector=connector,
            ending=ending,
            child_scheme=scheme,
            provenance=provenance,
            children=[
                self.paragraph(child, f"{where}.children[{i}]", depth + 1)
                for i, child in enumerate(_get(data, "children", list, where, []))
            ],
        )

    @staticmethod
    def inline(item: Any, where: str) -> Inline:
        if isinstance(item, str):
            return Text(item)
        if isinstance(item, dict):
            if "text" in item:
                return Text(
                    _get(item, "text", str, where), _get(item, "italic", bool, where, False)
                )
            if "footnote" in item:
                return FootnoteRef(_get(item, "footnote", str, where))
            if "xref" in item:
                return CrossRef(_get(item, "xref", str, where))
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: expected text, a footnote or a "
                                                 "cross-reference"),
            where=where)


LANGUAGES = ("en", "es", "fr")


def _language(value: str, where: str) -> str:
    if value not in LANGUAGES:
        raise _wrong(
            QT_TRANSLATE_NOOP("DraftFileErrors", "{where}: {value} is not one of {choices}"),
            where=f"{where}.language", value=quoted(value), choices=", ".join(LANGUAGES))
    return value
