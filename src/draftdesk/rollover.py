"""Roll an adopted resolution over into next session's draft.

Most General Assembly resolutions are tabled again every year: the drafter starts from last
year's A/RES. ``roll_over`` keeps the body, committee, title, text and footnotes; advances the
session and the references to sessions counted from it; recalls the adopted resolution in the
first preambular paragraph; clears what the new draft gets anew (symbol, date, sponsors,
adoption block, closing lines); keeps the A/RES as the draft's base text; and lists every
change as an import note for the drafter to check.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .importers.header import COMMITTEES
from .importers.notes import and_list, date_words, session_words
from .messages import QT_TRANSLATE_NOOP, Message, message
from .model.document import (
    BODY_PARTS,
    Body,
    DocumentKind,
    ImportNote,
    Inline,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    ResolutionPart,
    Snapshot,
    Sponsor,
    Text,
)
from .model.words import (
    MAX_SESSION,
    MONTHS,
    join_and,
    ordinal_words,
    parse_un_date,
    session_number_from_words,
    un_date,
)

DRAFT_SUFFIX = ".draftdesk"
# Human Rights Council texts come back at the same session of the next year: three later.
HRC_SESSIONS_A_YEAR = 3
GA_BODIES = (Body.GA_PLENARY, Body.GA_COMMITTEE)

_DATE = rf"\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}"
_ADOPTED_ON = re.compile(rf"\bon ({_DATE})\b")
_NUMBER_IN_SYMBOL = re.compile(r"^(?:[AES]|A/HRC)/RES/(?P<number>(?:ES-)?\d+/\d+)$")
_REPORT_OF = re.compile(r"^\[on the report of the (?P<committee>.+?) \(")
_WITHOUT_COMMITTEE = re.compile(r"^\[without reference to a Main Committee\b")
_DRAFT_SYMBOLS = re.compile(r"\b[AE]/(?:[A-Z.0-9]+/)?\d+/L\.\d+(?:/(?:Rev|Add)\.\d+)*")

# A resolution as cited: "72/3", "73/7 B", "36/87 A and B", "2625 (XXV)", "ES-11/1", "2024/5".
_REF = r"(?:ES-\d+/\d+|\d{1,4}/\d{1,4}(?: [A-Z](?: and [A-Z]|–[A-Z])?)?|\d{1,4} \([IVXLC]+\))"
_ITEM = rf"{_REF}(?: of {_DATE})?"
_RECALLED = re.compile(
    rf"^its resolutions? (?P<items>{_ITEM}(?:, {_ITEM})*(?: and {_ITEM})?)(?P<rest>.*)$",
    re.DOTALL,
)
_ITEM_RE = re.compile(_ITEM)
# "… and all its previous relevant resolutions": the latest one stands for the older ones.
_CATCH_ALL = re.compile(
    r"^ and (?:all )?(?:its |the )?(?:other |previous |earlier |subsequent )?(?:relevant )?"
    r"resolutions\b"
)
# What may follow the list for a new resolution to join it: nothing, or a subject without a
# clause that speaks of the last one only ("…, in which it adopted the guidelines").
_LIST_END = re.compile(r"^(?: (?:on|concerning|regarding|relating to) [^,;]*)?$")
RECALLING_LEADS = ("Recalling", "Reaffirming")
# The added paragraph in the draft's language: opening phrase, "its resolution", number and
# date, and the opening the next paragraph takes when it recalls too.
RECALL_FORMS = {
    "en": ("Recalling", "its resolution", "{number} of {date}", "Recalling also"),
    "es": ("Recordando", "su resolución", "{number}, de {date}", "Recordando también"),
    "fr": ("Rappelant", "sa résolution", "{number} du {date}", "Rappelant également"),
}

# Ordinals such as "eighty-first"; longest first, so "twenty-first" is never read as "first".
_ORDINAL = "(?:" + "|".join(
    sorted((ordinal_words(n) for n in range(1, MAX_SESSION + 1)), key=len, reverse=True)
) + ")"
_SESSION_REF = re.compile(
    rf"(?<![\w-])(?P<lead>its |the )?"
    rf"(?P<list>{_ORDINAL}(?:(?:, | and | to | or ){_ORDINAL})*) (?P<noun>sessions?)\b"
    r"(?P<tail> of the (?:General )?Assembly\b)?"
)
_ORDINAL_WORD = re.compile(rf"(?<![\w-]){_ORDINAL}(?![\w-])")
_ECOSOC_SESSION_REF = re.compile(r"\bits (?P<year>\d{4}) session\b")
_FULL_DATE = re.compile(_DATE)
_YEAR = re.compile(r"(?<![\d/])(?P<year>(?:19|20)\d\d)(?![\d/])")


@dataclass
class Rollover:
    """Next session's draft made from an adopted resolution, with what the drafter may reuse."""

    draft: Resolution
    source_name: str  # "A/RES/73/7": the base text's name
    previous_sponsors: list[Sponsor] = field(default_factory=list)
    last_year_drafts: list[str] = field(default_factory=list)  # "A/73/L.8", where sponsors are


def read_resolution(path: str | Path) -> Resolution:
    """Read a resolution from a .draftdesk draft or any file ``import_file`` reads."""
    from .importers import import_file
    from .storage import load_draft

    path = Path(path)
    if path.suffix.lower() == DRAFT_SUFFIX or _starts_like_json(path):
        return load_draft(path)
    return import_file(path)


def _starts_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False  # the reader that follows names the problem
    return head.startswith(b"{")


def roll_over_file(path: str | Path, now: _dt.datetime | None = None) -> Rollover:
    """Read an adopted resolution from a file and roll it over."""
    return roll_over(read_resolution(path), now=now, source=str(path))


def roll_over(
    adopted: Resolution, now: _dt.datetime | None = None, source: str | Message = ""
) -> Rollover:
    """Make next session's draft from an adopted resolution; the input is left unchanged.

    Raise InputError when the text is not an adopted resolution (no adoption block, a decision
    or an amendment), or when its number cannot be told.
    """
    source = source or message(QT_TRANSLATE_NOOP("ImportErrors", "the resolution"))
    adoption = adopted.metadata.adoption
    if adopted.kind is DocumentKind.AMENDMENT:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{source}: is an amendment, not a resolution: only "
                                              "an adopted resolution is rolled over"),
            source=source))
    if adopted.kind is not DocumentKind.RESOLUTION:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{source}: is a decision, not a resolution: only an "
                                              "adopted resolution is rolled over"),
            source=source))
    if adoption is None:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{source}: not an adopted resolution (no 'Resolution "
                                              "adopted by …' line); roll over the A/RES, or open a "
                                              "draft as it is"),
            source=source))
    meta = adopted.metadata
    number = adoption.number or _number_from_symbol(meta.symbol)
    if not number:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{source}: the resolution's number (such as 73/7) is "
                                              "missing"), source=source))
    adopted_on = _adoption_date(adopted)
    name = meta.symbol if _NUMBER_IN_SYMBOL.match(meta.symbol) else _symbol_for(meta.body, number)

    base = copy.deepcopy(adopted)
    base.base_text = None
    base.versions = []
    draft = copy.deepcopy(base)
    draft.import_notes = list(draft.import_notes)
    notes = _Notes(draft)

    old_session = meta.session
    if old_session is None:
        old_session = _session_from_number(meta.body, number, adopted_on)
    new_session, step = _next_session(meta.body, old_session, source)

    new = draft.metadata
    new.session = new_session
    new.symbol = ""
    new.date = None
    new.distribution = "Limited"
    new.sponsors = []
    new.submitted_by = ""
    new.cover_notes = []
    new.session_dates = ""
    new.adoption = None
    new.closing_lines = []

    notes.add(_rolled_over_note(name, adopted_on, session_words(new.body, new_session)))
    _set_body_from_report_line(new, adoption.report_line, notes)
    if new.agenda_items and new.body is not Body.SECURITY_COUNCIL:
        items = and_list([item.label for item in new.agenda_items])
        notes.add(message(_AGENDA_KEPT, items=items, name=name))
    last_year_drafts = _DRAFT_SYMBOLS.findall(adoption.report_line)
    if meta.sponsors:
        names = and_list([sponsor.name for sponsor in meta.sponsors])
        notes.add(message(_SPONSORS_NOT_CARRIED, names=names))
    elif last_year_drafts:
        notes.add(message(_SPONSORS_EMPTY, name=name, drafts=and_list(last_year_drafts)))

    language = meta.language if meta.language in RECALL_FORMS else "en"
    recalling = _recall(draft, number, adopted_on, meta.body, language, notes)
    if step and language == "en":
        _advance_sessions(draft, new.body, old_session, step, notes)
    elif step:
        notes.add(message(_SESSIONS_NOT_MOVED))
    if adopted_on is not None:
        _flag_dates(draft, adopted_on, notes, skip=recalling)

    draft.base_text = Snapshot(name=name, created=now or _dt.datetime.now(_dt.UTC), text=base)
    draft.versions = []
    return Rollover(
        draft=draft,
        source_name=name,
        previous_sponsors=copy.deepcopy(meta.sponsors),
        last_year_drafts=last_year_drafts,
    )


class _Notes:
    """The rolled-over draft's import notes, added as the changes are made."""

    def __init__(self, draft: Resolution) -> None:
        self.draft = draft

    def add(self, note: Message, paragraph_id: str = "") -> None:
        self.draft.import_notes.append(ImportNote(note, paragraph_id))


# The notes, in the window's language (decision 0015). Quoted text and symbols are the
# document's own; dates, sessions and lists are messages of importers.notes.
_ROLLED_OVER = QT_TRANSLATE_NOOP(
    "ImportNotes", "Rolled over from {name}: enter the symbol, date and sponsors. The adopted "
    "text is kept as the base text.")
_ROLLED_OVER_ADOPTED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Rolled over from {name} (adopted {date}): enter the symbol, date and "
    "sponsors. The adopted text is kept as the base text.")
_ROLLED_OVER_FOR = QT_TRANSLATE_NOOP(
    "ImportNotes", "Rolled over from {name} for the {session}: enter the symbol, date and "
    "sponsors. The adopted text is kept as the base text.")
_ROLLED_OVER_ADOPTED_FOR = QT_TRANSLATE_NOOP(
    "ImportNotes", "Rolled over from {name} (adopted {date}) for the {session}: enter the "
    "symbol, date and sponsors. The adopted text is kept as the base text.")
_AGENDA_KEPT = QT_TRANSLATE_NOOP(
    "ImportNotes", "Agenda item {items} kept from {name}: check the new session's agenda.")
_SPONSORS_NOT_CARRIED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Last year's sponsors, not carried over: {names}.")
_SPONSORS_EMPTY = QT_TRANSLATE_NOOP(
    "ImportNotes", "Sponsors left empty: {name} lists none; last year's are on {drafts}.")
_SESSIONS_NOT_MOVED = QT_TRANSLATE_NOOP(
    "ImportNotes", "References to sessions in the text are not moved in this language: check "
    "them.")
_TABLED_IN_COMMITTEE = QT_TRANSLATE_NOOP(
    "ImportNotes", "Tabled in the {committee}, as the report line says: {report_line}")
_TABLED_IN_PLENARY = QT_TRANSLATE_NOOP(
    "ImportNotes", "Tabled in the plenary, as the report line says: {report_line}")
_COMMITTEES = {
    1: QT_TRANSLATE_NOOP("ImportNotes", "First Committee"),
    2: QT_TRANSLATE_NOOP("ImportNotes", "Second Committee"),
    3: QT_TRANSLATE_NOOP("ImportNotes", "Third Committee"),
    4: QT_TRANSLATE_NOOP(
        "ImportNotes", "Special Political and Decolonization Committee (Fourth Committee)"),
    5: QT_TRANSLATE_NOOP("ImportNotes", "Fifth Committee"),
    6: QT_TRANSLATE_NOOP("ImportNotes", "Sixth Committee"),
}
_ADDED = QT_TRANSLATE_NOOP("ImportNotes", "Added: “{text}”.")
_ADDED_NO_DATE = QT_TRANSLATE_NOOP(
    "ImportNotes", "Added: “{text}”. The adoption date was not found: add it.")
_ADDED_NEXT_ALSO = QT_TRANSLATE_NOOP(
    "ImportNotes", "Added: “{text}”. The next paragraph also opens with “{lead}”: consider "
    "“{lead_also}”.")
_ADDED_NO_DATE_NEXT_ALSO = QT_TRANSLATE_NOOP(
    "ImportNotes", "Added: “{text}”. The adoption date was not found: add it. The next "
    "paragraph also opens with “{lead}”: consider “{lead_also}”.")
_ALREADY_RECALLED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Resolution {number} is already recalled here.")
_RECALLS_INSTEAD = QT_TRANSLATE_NOOP(
    "ImportNotes", "Recalls {number} instead of {old}: “{rest}” covers the earlier ones. "
    "Was: “{was}”.")
_ADDED_TO_RECALLED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Added {number} to the resolutions recalled. Was: “{was}”.")
_SESSION_MOVED = QT_TRANSLATE_NOOP("ImportNotes", "Session moved on: {changes}.")
_NOT_MOVED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Not moved: {sessions}, later than the next session, may be a fixed date; "
    "check it.")
_DATES_NAMED = QT_TRANSLATE_NOOP(
    "ImportNotes", "Names {dates}: dates and years are not moved; check them.")


def _rolled_over_note(
    name: str, adopted_on: _dt.date | None, session: Message | None
) -> Message:
    """Say where the draft comes from and what the drafter enters anew."""
    if adopted_on and session:
        return message(_ROLLED_OVER_ADOPTED_FOR, name=name, date=date_words(adopted_on),
                       session=session)
    if adopted_on:
        return message(_ROLLED_OVER_ADOPTED, name=name, date=date_words(adopted_on))
    if session:
        return message(_ROLLED_OVER_FOR, name=name, session=session)
    return message(_ROLLED_OVER, name=name)


# ------------------------------------------------------------------ cover


def _number_from_symbol(symbol: str) -> str:
    match = _NUMBER_IN_SYMBOL.match(symbol)
    return match["number"] if match else ""


def _symbol_for(body: Body, number: str) -> str:
    if body is Body.ECOSOC:
        return f"E/RES/{number}"
    if body is Body.SECURITY_COUNCIL:
        return f"S/RES/{number}"
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        return f"A/HRC/RES/{number}"
    return f"A/RES/{number}"


def _adoption_date(adopted: Resolution) -> _dt.date | None:
    """Read the date from "Resolution adopted by … on 15 December 2025", else the closing lines."""
    adoption = adopted.metadata.adoption
    lines = [adoption.adopted_line] if adoption is not None else []
    for line in (*lines, *reversed(adopted.metadata.closing_lines)):
        date = _find_date(line, adopted.metadata.language)
        if date is not None:
            return date
    return None


def _find_date(text: str, language: str) -> _dt.date | None:
    """Find a date written out in the text's language: "15 December 2025", "1er juillet 2013"."""
    match = _ADOPTED_ON.search(text) or _FULL_DATE.search(text)
    if match:
        return parse_un_date(match.group(match.lastindex or 0))
    if language not in RECALL_FORMS or language == "en":
        return None
    from .model.languages import get_language

    data = get_language(language)
    months = "|".join(re.escape(month) for month in data.months)
    found = re.search(
        rf"\b(\d{{1,2}}|{re.escape(data.first_day)}) (?:de )?({months}) (?:de )?(\d{{4}})\b", text
    )
    if not found:
        return None
    day = 1 if found[1] == data.first_day else int(found[1])
    try:
        return _dt.date(int(found[3]), data.months.index(found[2]) + 1, day)
    except ValueError:
        return None


def _session_from_number(body: Body, number: str, adopted_on: _dt.date | None) -> int | None:
    head = number.split("/", 1)[0]
    if head.isdigit() and body is not Body.SECURITY_COUNCIL:
        return int(head)
    if body is Body.ECOSOC and adopted_on is not None:
        return adopted_on.year
    return None


def _next_session(
    body: Body, session: int | None, source: str | Message
) -> tuple[int | None, int]:
    """Return the new session and how far session references move (0: not at all)."""
    if body is Body.SECURITY_COUNCIL or session is None:
        return None, 0
    if body is Body.GA_EMERGENCY:
        return session, 0  # an emergency special session is resumed, not followed
    step = HRC_SESSIONS_A_YEAR if body is Body.HUMAN_RIGHTS_COUNCIL else 1
    new = session + step
    if body is not Body.ECOSOC and new > MAX_SESSION:
        raise InputError(message(
            QT_TRANSLATE_NOOP("ImportErrors", "{source}: session {session} cannot be followed "
                                              "(1-{limit})"),
            source=source, session=session, limit=MAX_SESSION))
    return new, step


def _set_body_from_report_line(meta: Metadata, report_line: str, notes: _Notes) -> None:
    """Table the draft where last year's was: the Main Committee of the report line, or plenary."""
    if meta.body not in GA_BODIES:
        return
    report = _REPORT_OF.match(report_line)
    if report and report["committee"] in COMMITTEES:
        meta.body = Body.GA_COMMITTEE
        meta.committee = COMMITTEES[report["committee"]]
        notes.add(message(_TABLED_IN_COMMITTEE, committee=message(_COMMITTEES[meta.committee]),
                          report_line=report_line))
    elif _WITHOUT_COMMITTEE.match(report_line):
        meta.body = Body.GA_PLENARY
        meta.committee = None
        notes.add(message(_TABLED_IN_PLENARY, report_line=report_line))


# ------------------------------------------------------------------ the recalling paragraph


def _recall(
    draft: Resolution,
    number: str,
    adopted_on: _dt.date | None,
    body: Body,
    language: str,
    notes: _Notes,
) -> str:
    """Recall the adopted resolution first in the preamble: extend a recall there, or add one.

    Return the id of the paragraph that recalls it.
    """
    lead, words, dated, lead_also = RECALL_FORMS[language]
    if body is Body.SECURITY_COUNCIL or adopted_on is None:
        item = number
    elif language == "en":
        item = dated.format(number=number, date=un_date(adopted_on))
    else:
        from .model.languages import date_text

        item = dated.format(number=number, date=date_text(adopted_on, language))
    first = next((p for p in draft.preambular if p.kind is ParagraphKind.PARAGRAPH), None)
    if (
        language == "en"
        and first is not None
        and first.lead in RECALLING_LEADS
        and _extend(first, number, item, notes)
    ):
        return first.id
    paragraph = Paragraph(lead=lead, content=[Text(f"{words} {item}")])
    draft.preambular.insert(0, paragraph)
    text = f"{lead} {words} {item}"
    if first is not None and first.lead == lead:
        template = _ADDED_NEXT_ALSO if adopted_on else _ADDED_NO_DATE_NEXT_ALSO
        notes.add(message(template, text=text, lead=lead, lead_also=lead_also), paragraph.id)
    else:
        notes.add(message(_ADDED if adopted_on else _ADDED_NO_DATE, text=text), paragraph.id)
    return paragraph.id


def _extend(paragraph: Paragraph, number: str, item: str, notes: _Notes) -> bool:
    """Add the resolution to a first paragraph that recalls resolutions; False if it does not."""
    if not paragraph.content or not isinstance(paragraph.content[0], Text):
        return False
    run = paragraph.content[0]
    match = _RECALLED.match(run.text)
    if match is None:
        return False
    items = [m.group(0) for m in _ITEM_RE.finditer(match["items"])]
    rest = match["rest"]
    if any(existing.split(" of ")[0] == number for existing in items):
        notes.add(message(_ALREADY_RECALLED, number=number), paragraph.id)
        return True
    if len(items) == 1 and _CATCH_ALL.match(rest):
        old = items[0].split(" of ")[0]
        text = f"its resolution {item}{rest}"
        note = message(_RECALLS_INSTEAD, number=number, old=old, rest=rest.strip(),
                       was=f"{paragraph.lead} {run.text}")
    elif _LIST_END.match(rest) or _CATCH_ALL.match(rest):
        text = f"its resolutions {join_and([*items, item])}{rest}"
        note = message(_ADDED_TO_RECALLED, number=number, was=f"{paragraph.lead} {run.text}")
    else:
        return False
    paragraph.content[0] = Text(text, run.italic)
    notes.add(note, paragraph.id)
    return True


# ------------------------------------------------------------------ session references


def _advance_sessions(
    draft: Resolution, body: Body, old_session: int | None, step: int, notes: _Notes
) -> None:
    """Move "at its eightieth session" on where it counts from the session of the resolution.

    A session counts from the resolution's own when the text says "its …" or "… of the
    (General) Assembly" and it is that session or the next one (a report "at its next
    session", an item for "the provisional agenda of its eightieth session"). Earlier sessions
    are history; later ones are usually fixed dates (a review "during the eighty-third session")
    and are only pointed out; capitalized titles ("Official Records … Seventy-ninth Session")
    and footnotes are citations and stay as they are.
    """
    if old_session is None:
        return
    if body is Body.ECOSOC:

        def change(text: str) -> _Changed:
            return _advance_years(text, old_session, step)
    else:

        def change(text: str) -> _Changed:
            return _advance_ordinals(text, old_session, step)

    for paragraph in _body_paragraphs(draft):
        _change_runs(paragraph, change, notes)


def _body_paragraphs(draft: Resolution) -> list[Paragraph]:
    """Return the resolution's own paragraphs: the body and each further part (B, C …)."""
    texts: list[Resolution | ResolutionPart] = [draft, *draft.further_parts]
    return [p for text in texts for part in BODY_PARTS for top in text.part(part)
            for p in top.walk()]


@dataclass
class _Changed:
    """A run's text after moving its sessions on: what moved, and later sessions left alone."""

    text: str
    moved: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def _change_runs(paragraph: Paragraph, change: Callable[[str], _Changed], notes: _Notes) -> None:
    content: list[Inline] = []
    moved: list[str] = []
    left: list[str] = []
    for item in paragraph.content:
        if isinstance(item, Text):
            changed = change(item.text)
            moved.extend(changed.moved)
            left.extend(changed.left)
            item = Text(changed.text, item.italic) if changed.moved else item
        content.append(item)
    if moved:
        paragraph.content = content
        notes.add(message(_SESSION_MOVED, changes="; ".join(moved)), paragraph.id)
    if left:
        notes.add(message(_NOT_MOVED, sessions=and_list(left)), paragraph.id)


def _advance_ordinals(text: str, old_session: int, step: int) -> _Changed:
    changed = _Changed(text)

    def replace(match: re.Match[str]) -> str:
        relative = match["lead"] == "its " or match["tail"] is not None
        if not relative:
            return match.group(0)

        def bump(word: re.Match[str]) -> str:
            number = session_number_from_words(word.group(0))
            if number is None or number < old_session:
                return word.group(0)
            if number > old_session + step or number + step > MAX_SESSION:
                changed.left.append(f"“{word.group(0)} session”")
                return word.group(0)
            return ordinal_words(number + step)

        phrase = match["list"] + " " + match["noun"]
        moved = _ORDINAL_WORD.sub(bump, match["list"]) + " " + match["noun"]
        if moved == phrase:
            return match.group(0)
        changed.moved.append(f"“{phrase}” → “{moved}”")
        return match.group(0).replace(phrase, moved, 1)

    changed.text = _SESSION_REF.sub(replace, text)
    return changed


def _advance_years(text: str, old_year: int, step: int) -> _Changed:
    changed = _Changed(text)

    def replace(match: re.Match[str]) -> str:
        year = int(match["year"])
        if year < old_year:
            return match.group(0)
        if year > old_year + step:
            changed.left.append(f"“{year} session”")
            return match.group(0)
        changed.moved.append(f"“{year} session” → “{year + step} session”")
        return f"its {year + step} session"

    changed.text = _ECOSOC_SESSION_REF.sub(replace, text)
    return changed


def _flag_dates(draft: Resolution, adopted_on: _dt.date, notes: _Notes, skip: str) -> None:
    """Point at paragraphs naming a date after the adoption or the next year.

    Those are likely to move with the session ("the debate … commence on 26 October 2026");
    dates are left to the drafter. Years further off are targets ("by 2030"), not flagged.
    """
    next_year = adopted_on.year + 1
    for paragraph in _body_paragraphs(draft):
        if paragraph.id == skip:
            continue
        text = "".join(item.text for item in paragraph.content if isinstance(item, Text))
        later: dict[int, str] = {}  # by position in the text, so they list in reading order
        for match in _FULL_DATE.finditer(text):
            date = parse_un_date(match.group(0))
            if date is not None and adopted_on < date and date.year <= next_year:
                # Named in the window's language where it is written the standard way.
                named = date_words(date)
                later[match.start()] = named if named == match.group(0) else match.group(0)
        # Years inside the dates just read are blanked, so that a date is not named twice.
        for match in _YEAR.finditer(_FULL_DATE.sub(lambda m: " " * len(m.group(0)), text)):
            if int(match["year"]) == next_year and match["year"] not in later.values():
                later[match.start()] = match["year"]
        if later:
            listed = and_list([later[at] for at in sorted(later)])
            notes.add(message(_DATES_NAMED, dates=listed), paragraph.id)
