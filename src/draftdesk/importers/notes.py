"""The words import notes are made of: lists, counts, dates, sessions and places.

Every import note is a :class:`~draftdesk.messages.Message` in the context "ImportNotes", so
the command line prints it in English and the window shows it in the interface's language
(decision 0015). A value that is words is a message too: a place ("operative paragraph 12",
"page 3") in the context "Places", a date, a session, a count ("2 insertions"), a list joined
with "and". Values quoted from the document (its symbols, report line, dates as printed) stay
as they are.

Counts have one template for 1 and one for more, so each language says its own plural. A GA
session is written out in English ("seventy-fourth session") and in figures in the other
languages ("74.º período de sesiones"): :func:`worded` keeps that English text beside the
template the window translates.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from ..messages import QT_TRANSLATE_NOOP, Message, Template, message
from ..model.derive import Derived, annex_numeral
from ..model.document import Body, Part
from ..model.languages import conjunction_before
from ..model.words import ordinal_words

NOTES = "ImportNotes"
PLACES = "Places"

# "A and B", "A, B and C" … for words (each a message, translated in its place). Longer
# lists of words do not occur in notes; a list of data (numbers, symbols, names as the
# document prints them) of any length takes the last form, the others joined by commas.
_LISTS = (
    QT_TRANSLATE_NOOP("ImportNotes", "{a} and {b}"),
    QT_TRANSLATE_NOOP("ImportNotes", "{a}, {b} and {c}"),
    QT_TRANSLATE_NOOP("ImportNotes", "{a}, {b}, {c} and {d}"),
    QT_TRANSLATE_NOOP("ImportNotes", "{a}, {b}, {c}, {d} and {e}"),
    QT_TRANSLATE_NOOP("ImportNotes", "{a}, {b}, {c}, {d}, {e} and {f}"),
    QT_TRANSLATE_NOOP("ImportNotes", "{a}, {b}, {c}, {d}, {e}, {f} and {g}"),
)
_DATA_LIST = QT_TRANSLATE_NOOP("ImportNotes", "{items} and {last}")
# The same before a name that starts with an i-sound, where Spanish says "e" ("y" → "e India").
_DATA_LIST_I_SOUND = QT_TRANSLATE_NOOP("ImportNotes", "{items} and {last_i_sound}")

_MONTHS = (
    QT_TRANSLATE_NOOP("ImportNotes", "January"),
    QT_TRANSLATE_NOOP("ImportNotes", "February"),
    QT_TRANSLATE_NOOP("ImportNotes", "March"),
    QT_TRANSLATE_NOOP("ImportNotes", "April"),
    QT_TRANSLATE_NOOP("ImportNotes", "May"),
    QT_TRANSLATE_NOOP("ImportNotes", "June"),
    QT_TRANSLATE_NOOP("ImportNotes", "July"),
    QT_TRANSLATE_NOOP("ImportNotes", "August"),
    QT_TRANSLATE_NOOP("ImportNotes", "September"),
    QT_TRANSLATE_NOOP("ImportNotes", "October"),
    QT_TRANSLATE_NOOP("ImportNotes", "November"),
    QT_TRANSLATE_NOOP("ImportNotes", "December"),
)
_DATE = QT_TRANSLATE_NOOP("ImportNotes", "{day} {month} {year}")
# The first day of a month: French writes "1er juillet".
_FIRST_DAY = QT_TRANSLATE_NOOP("ImportNotes", "1")

_GA_SESSION = QT_TRANSLATE_NOOP("ImportNotes", "session {number}")
_YEAR_SESSION = QT_TRANSLATE_NOOP("ImportNotes", "{year} session")

_OPERATIVE = QT_TRANSLATE_NOOP("Places", "operative paragraph {label}")
_PREAMBULAR = QT_TRANSLATE_NOOP("Places", "preambular paragraph {number}")
_PREAMBULAR_SUB = QT_TRANSLATE_NOOP(
    "Places", "subparagraph {label} of preambular paragraph {number}")
_ANNEX = QT_TRANSLATE_NOOP("Places", "paragraph {label} of the annex")
# Where there are several annexes: "paragraph 2 of annex II" (the numeral is data).
_ANNEX_NUMBERED = QT_TRANSLATE_NOOP("Places", "paragraph {label} of annex {numeral}")
# An annex headed otherwise ("Appendix"): its heading as the document has it.
_ANNEX_HEADED = QT_TRANSLATE_NOOP("Places", "paragraph {label} of {heading}")
# The same for a paragraph the annex prints without a number (a declaration's opening ones),
# counted among those.
_ANNEX_UNNUMBERED = QT_TRANSLATE_NOOP("Places", "unnumbered paragraph {label} of the annex")
_ANNEX_NUMBERED_UNNUMBERED = QT_TRANSLATE_NOOP(
    "Places", "unnumbered paragraph {label} of annex {numeral}")
_ANNEX_HEADED_UNNUMBERED = QT_TRANSLATE_NOOP(
    "Places", "unnumbered paragraph {label} of {heading}")
_OF_PART = QT_TRANSLATE_NOOP("Places", "{place} of resolution {letter}")
_PAGE = QT_TRANSLATE_NOOP("Places", "page {number}")
_LINE = QT_TRANSLATE_NOOP("Places", "line {line}, column {column}")
_WORD_PARAGRAPH = QT_TRANSLATE_NOOP("Places", "paragraph {number} of the Word file")
_WORD_PARAGRAPHS = QT_TRANSLATE_NOOP("Places", "paragraphs {numbers} of the Word file")
_WORD_PARAGRAPHS_MORE = QT_TRANSLATE_NOOP("Places", "paragraphs {numbers} … of the Word file")


def worded(english: str, template: str, context: str, **values: str | int | Message) -> Message:
    """Return a message whose English is ``english`` and whose translations fill ``template``.

    For words English writes out where the translations use figures ("seventy-fourth
    session" against "74.º período de sesiones"); the English text is what the command line
    prints and what the window shows when the template has no translation.
    """
    return Message(english, context, template, values)


def and_list(items: Sequence[str]) -> str:
    """Join items the UN way, "A, B and C", with "and" in the window's language.

    Items that are messages are each translated; other items are data and are kept.
    """
    if len(items) <= 1:
        return items[0] if items else ""
    if any(isinstance(item, Message) for item in items) and len(items) <= len(_LISTS) + 1:
        names = "abcdefg"
        return message(_LISTS[len(items) - 2], **dict(zip(names, items, strict=False)))
    items_before = ", ".join(items[:-1])
    if conjunction_before(items[-1], "es") != conjunction_before("a", "es"):
        return message(_DATA_LIST_I_SOUND, items=items_before, last_i_sound=items[-1])
    return message(_DATA_LIST, items=items_before, last=items[-1])


def counted(count: int, one: Template, more: Template) -> Message:
    """Return ``one`` (a template for exactly 1) or ``more`` filled with ``count``."""
    return message(one) if count == 1 else message(more, count=count)


def date_words(date: _dt.date) -> Message:
    """Return "15 December 2024" as a message; "15 de diciembre de 2024" in Spanish."""
    day: str | int | Message = message(_FIRST_DAY) if date.day == 1 else date.day
    return message(_DATE, day=day, month=message(_MONTHS[date.month - 1]), year=date.year)


def session_words(body: Body, session: int | None) -> Message | None:
    """Return "seventy-fourth session" ("2025 session" for ECOSOC); None without a session."""
    if session is None:
        return None
    if body is Body.ECOSOC:
        return message(_YEAR_SESSION, year=session)
    return worded(f"{ordinal_words(session)} session", _GA_SESSION, NOTES, number=session)


def page(number: int) -> Message:
    """Return "page 3"."""
    return message(_PAGE, number=number)


def text_position(text: str, index: int) -> Message:
    """Return where ``index`` is in ``text``: "line 3, column 7" (both counted from 1)."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return message(_LINE, line=line, column=column)


def word_paragraphs(numbers: Sequence[int], shown: int = 12) -> Message:
    """Return "paragraph 3 of the Word file", "paragraphs 3, 5 and 8 of the Word file"."""
    if len(numbers) == 1:
        return message(_WORD_PARAGRAPH, number=numbers[0])
    listed = and_list([str(n) for n in numbers[:shown]])
    more = _WORD_PARAGRAPHS_MORE if len(numbers) > shown else _WORD_PARAGRAPHS
    return message(more, numbers=listed)


def paragraph_place(derived: Derived, paragraph_id: str) -> Message | None:
    """Name a paragraph as a reader finds it: "operative paragraph 3 (b)"; None if it is gone.

    English names a preambular paragraph by its ordinal ("first preambular paragraph"), the
    translations by its number ("párrafo 1 del preámbulo").
    """
    info = derived.info.get(paragraph_id)
    if info is None:
        return None
    english = derived.cross_ref_text(paragraph_id).removeprefix("the ")
    section = info.section
    if section:
        english = english.removesuffix(f" of resolution {section}")
    chain = [info]
    while chain[-1].parent_id is not None:
        chain.append(derived.info[chain[-1].parent_id])
    top = chain[-1]
    subs = " ".join(item.label for item in reversed(chain[:-1]))
    place: Message
    if top.part is Part.OPERATIVE:
        english = f"operative {english}"
        place = message(_OPERATIVE, label=english.removeprefix("operative paragraph "))
    elif top.part is Part.ANNEX:
        label = english.removeprefix("paragraph ").removesuffix(" of the annex")
        templates = (_ANNEX, _ANNEX_NUMBERED, _ANNEX_HEADED)
        if not top.label:
            label = f"{top.ordinal} {subs}" if subs else str(top.ordinal)
            templates = (_ANNEX_UNNUMBERED, _ANNEX_NUMBERED_UNNUMBERED, _ANNEX_HEADED_UNNUMBERED)
        numeral = annex_numeral(info.annex)
        if numeral is None:
            place = message(templates[2], label=label, heading=info.annex)
        elif numeral:
            place = message(templates[1], label=label, numeral=numeral)
        else:
            place = message(templates[0], label=label)
    elif subs:
        place = worded(english, _PREAMBULAR_SUB, PLACES, label=subs, number=top.ordinal)
    else:
        place = worded(english, _PREAMBULAR, PLACES, number=top.ordinal)
    if section:
        return message(_OF_PART, place=place, letter=section)
    return place
