"""The limits every reader of other people's files goes through.

Drafts, texts, clause libraries, PDFs and Word files arrive by e-mail: any of them may be
broken or hostile. Every reader checks them here before doing any work, so that a bad file
costs bounded time and memory and ends in one clear line naming the file and the place:

- size caps, checked while reading (never more than the cap plus one byte is read);
- depth caps for nested data (JSON arrays and objects, labelled sub-paragraphs);
- integers of at most ``MAX_INT_DIGITS`` digits (Python refuses to convert 4,301 or more);
- the character policy: control characters other than tab, newline and carriage return,
  the non-characters U+FFFE, U+FFFF and U+FDD0-U+FDEF, and lone surrogates are never let into
  a document (Word files, the clause library and the terminal cannot carry them).
  Readers of structured files (drafts, library files) refuse them with their position;
  readers of plain text replace them (see ``clean_text``) and leave an import note.

``printable`` and ``one_line`` make values and messages safe to print: shortened, with
control characters, escape sequences and line breaks shown as escapes.
"""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError
from .messages import QT_TRANSLATE_NOOP, Message, Template, message

# ---------------------------------------------------------------- limits

MAX_TEXT_BYTES = 1024 * 1024  # a resolution's text: the longest real one is about 60 KB
MAX_DRAFT_BYTES = 8 * 1024 * 1024  # a .draftdesk file: real drafts are well under 1 MB
MAX_LIBRARY_FILE_BYTES = 20 * 1024 * 1024  # a clause library exchange file
MAX_PDF_BYTES = 50 * 1024 * 1024  # an official PDF
MAX_DOCX_BYTES = 64 * 1024 * 1024  # a Word file, zipped (importers/word/package.py)
MAX_UNZIPPED_BYTES = 48 * 1024 * 1024  # all members of a zipped file together, unpacked
MAX_ZIP_MEMBERS = 2000
MAX_JSON_DEPTH = 64  # a draft nests about 20 levels: paragraphs, sub-paragraphs, runs
MAX_INT_DIGITS = 15  # no number in a draft or a text needs more
MAX_RUNS = 100_000  # text runs, footnote references and cross-references in one draft
MAX_PARAGRAPHS = 20_000  # paragraphs (with sub-paragraphs and footnotes) in one draft
MAX_MESSAGE_VALUE = 60  # characters of a file's value quoted in an error

LIMITS = {
    "text": MAX_TEXT_BYTES,
    "draft": MAX_DRAFT_BYTES,
    "library file": MAX_LIBRARY_FILE_BYTES,
    "PDF": MAX_PDF_BYTES,
    "Word file": MAX_DOCX_BYTES,
}

# What a file is, in messages: the singular and the plural the size message uses.
_KINDS: dict[str, tuple[Template, Template]] = {
    "text": (QT_TRANSLATE_NOOP("FileErrors", "text"), QT_TRANSLATE_NOOP("FileErrors", "texts")),
    "draft": (QT_TRANSLATE_NOOP("FileErrors", "draft"),
              QT_TRANSLATE_NOOP("FileErrors", "drafts")),
    "draft file": (QT_TRANSLATE_NOOP("FileErrors", "draft file"),
                   QT_TRANSLATE_NOOP("FileErrors", "draft files")),
    "library file": (QT_TRANSLATE_NOOP("FileErrors", "library file"),
                     QT_TRANSLATE_NOOP("FileErrors", "library files")),
    "PDF": (QT_TRANSLATE_NOOP("FileErrors", "PDF"), QT_TRANSLATE_NOOP("FileErrors", "PDFs")),
    "Word file": (QT_TRANSLATE_NOOP("FileErrors", "Word file"),
                  QT_TRANSLATE_NOOP("FileErrors", "Word files")),
    "the list of States": (QT_TRANSLATE_NOOP("FileErrors", "the list of States"),
                           QT_TRANSLATE_NOOP("FileErrors", "the lists of States")),
    "the language file": (QT_TRANSLATE_NOOP("FileErrors", "the language file"),
                          QT_TRANSLATE_NOOP("FileErrors", "the language files")),
}



# What Python's JSON reader says is wrong, in its words (so the command line reads as before),
# marked so the window translates them; anything else it says is shown as it says it.
JSON_PROBLEMS: dict[str, Template] = {template: template for template in (
    QT_TRANSLATE_NOOP("FileErrors", "Expecting value"),
    QT_TRANSLATE_NOOP("FileErrors", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("FileErrors", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("FileErrors", "Invalid control character at"),
    QT_TRANSLATE_NOOP("FileErrors", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("FileErrors", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("FileErrors", "Extra data"),
)}


def json_problem(problem: str) -> str:
    """Return what Python's JSON reader found wrong as a message the window translates."""
    template = JSON_PROBLEMS.get(problem)
    return message(template) if template is not None else problem


def kind_of_file(what: str, plural: bool = False) -> str | Message:
    """Return what a file is ("draft", "PDF") as words the window translates."""
    forms = _KINDS.get(what)
    if forms is None:
        return what + "s" if plural else what
    return message(forms[plural])


def in_file(source: object, problem: str) -> Message:
    """Return "source: problem", the inner message kept so the window translates it."""
    return message(QT_TRANSLATE_NOOP("FileErrors", "{source}: {problem}"),
                   source=str(source), problem=problem)


# ---------------------------------------------------------------- characters

# Refused in documents: C0 controls but tab, newline and carriage return; DEL and the C1
# controls (terminals read U+009B as an escape); lone surrogates; non-characters.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# Shown as escapes when printed: the above, plus line breaks, tab and the bidirectional
# controls that can make a terminal line read differently from what it holds.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)
# In JSON output: what json.dumps leaves raw (its line breaks between items are fine).
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}


def forbidden_character(text: str) -> int | None:
    """Return the index of the first character the policy refuses, or None."""
    match = _FORBIDDEN.search(text)
    return match.start() if match else None


def describe_character(char: str) -> str:
    """Name a character for a message: "U+000B"."""
    return f"U+{ord(char):04X}"


def position(text: str, index: int) -> Message:
    """Say where ``index`` is in ``text``: "line 3, column 7" (both counted from 1)."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return message(QT_TRANSLATE_NOOP("FileErrors", "line {line}, column {column}"),
                   line=line, column=column)


def check_characters(text: str, where: str) -> None:
    """Raise InputError when ``text`` holds a character the policy refuses."""
    index = forbidden_character(text)
    if index is not None:
        char = describe_character(text[index])
        if "\n" in text:
            place = position(text, index)
        else:
            place = message(QT_TRANSLATE_NOOP("FileErrors", "character {number}"),
                            number=index + 1)
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors",
                              "{where}: {place}: character {char} is not allowed in a document"),
            where=where, place=place, char=char))


def clean_text(text: str) -> tuple[str, int, int | None]:
    """Replace the characters the policy refuses in plain text.

    A form feed (a page break between copied pages) becomes a line break, a vertical tab
    (Word's manual line break) a space, anything else is dropped. Return the cleaned text,
    how many characters were changed and where the first was in the original (or None).
    """
    first = _FORBIDDEN.search(text)
    if first is None:
        return text, 0, None
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        char = match.group()
        return "\n" if char == "\f" else " " if char == "\x0b" else ""

    return _FORBIDDEN.sub(replace, text), count, first.start()


def xml_text(text: str) -> str:
    """Return ``text`` without the characters XML cannot carry (a last guard for writers)."""
    return _FORBIDDEN.sub("", text) if _FORBIDDEN.search(text) else text


def clean_tree(value: Any) -> Any:
    """Return nested lists and dicts with every string passed through ``xml_text``."""
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, dict):
        return {clean_tree(key): clean_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clean_tree(item) for item in value]
    return value


# ---------------------------------------------------------------- printing


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object, limit: int | None = MAX_MESSAGE_VALUE) -> str:
    """Return ``value`` safe to print on one terminal line: escaped and shortened.

    Control characters (ESC, so no terminal escape sequence survives), line breaks, lone
    surrogates and bidirectional controls become backslash escapes; longer values are cut to
    ``limit`` characters with an ellipsis.
    """
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _UNPRINTABLE.sub(_escape, text)


def quoted(value: object, limit: int = MAX_MESSAGE_VALUE) -> str:
    """Return ``value`` shortened, escaped and in quotes, for an error message."""
    return f"'{printable(value, limit)}'"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_json(data: Any) -> str:
    """Return ``data`` as indented JSON safe to print: controls inside strings as \\u escapes.

    ``json.dumps`` escapes the C0 controls but prints DEL, the C1 controls and the
    bidirectional controls as they are; the escapes read back as the same strings.
    """
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return _UNSAFE_IN_JSON.sub(_json_escape, text)


def one_line(message: str, limit: int = 1000) -> str:
    """Return a message as one printable line, at most ``limit`` characters."""
    return printable(message, limit)


# ---------------------------------------------------------------- sizes


def too_large(path: object, what: str, cap: int) -> InputError:
    """Return the error for a file over its size cap."""
    return InputError(message(
        QT_TRANSLATE_NOOP("FileErrors", "{path}: too large for a {what} (over {bytes} bytes; "
                                        "DraftDesk reads {whats} of up to {megabytes} MB)"),
        path=printable(path, 200), what=kind_of_file(what),
        whats=kind_of_file(what, plural=True), bytes=f"{cap:,}", megabytes=cap // (1024 * 1024)))


def no_such_file(path: object) -> Message:
    """Return "path: no such file"."""
    return message(QT_TRANSLATE_NOOP("FileErrors", "{path}: no such file"), path=str(path))


def cannot_read(path: object, error: OSError) -> Message:
    """Return "path: cannot read: reason" for a file the system refuses to read."""
    return message(QT_TRANSLATE_NOOP("FileErrors", "{path}: cannot read: {reason}"),
                   path=str(path), reason=str(error.strerror or error))


def not_utf8(path: object, byte: int) -> Message:
    """Return "path: not UTF-8 text (byte N)" for a text that does not decode."""
    return message(QT_TRANSLATE_NOOP("FileErrors", "{path}: not UTF-8 text (byte {byte})"),
                   path=str(path), byte=byte)


def read_capped(path: Path, cap: int, what: str) -> bytes:
    """Read at most ``cap`` bytes of a file; refuse a larger file (or endless stream)."""
    shown = printable(path, 200)
    try:
        with open(path, "rb") as stream:
            data = stream.read(cap + 1)
    except FileNotFoundError:
        raise InputError(no_such_file(shown)) from None
    except IsADirectoryError:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{path}: is a folder, not a {what}"),
            path=shown, what=kind_of_file(what))) from None
    except OSError as error:
        raise InputError(cannot_read(shown, error)) from None
    if len(data) > cap:
        raise too_large(path, what, cap)
    return data


def check_zip(archive: zipfile.ZipFile, where: str) -> None:
    """Refuse a zipped file whose members would unpack to more than the caps allow."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{where}: holds {count} parts; the limit is {limit}"),
            where=where, count=f"{len(members):,}", limit=MAX_ZIP_MEMBERS))
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors",
                              "{where}: unpacks to {total} bytes; the limit is {limit}"),
            where=where, total=f"{total:,}", limit=f"{MAX_UNZIPPED_BYTES:,}"))


def check_size(resolution: Any, source: str) -> None:
    """Refuse a resolution with more paragraphs or runs than the limits allow.

    Importers check what they built, and the draft reader what it read, against the same
    limits: whatever an import writes, the draft reader opens again.
    """
    paragraphs = runs = 0
    for _part, paragraph in resolution.walk():
        paragraphs += 1
        runs += len(paragraph.content)
    for note in resolution.footnotes.values():
        paragraphs += 1
        runs += len(note.content)
    if paragraphs > MAX_PARAGRAPHS:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{source}: holds {count} paragraphs and footnotes; the "
                                            "limit is {limit}"),
            source=source, count=f"{paragraphs:,}", limit=f"{MAX_PARAGRAPHS:,}"))
    if runs > MAX_RUNS:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors",
                              "{source}: holds {count} pieces of text; the limit is {limit}"),
            source=source, count=f"{runs:,}", limit=f"{MAX_RUNS:,}"))


# ---------------------------------------------------------------- numbers


def parse_int(digits: str, where: str, limit: int = MAX_INT_DIGITS) -> int:
    """Convert a string of digits, refusing one longer than ``limit`` digits."""
    if len(digits.lstrip("+-")) > limit:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{where}: number {number} has {count} digits; at most "
                                            "{limit} are allowed"),
            where=where, number=printable(digits, 20), count=f"{len(digits):,}", limit=limit))
    return int(digits)


def small_int(digits: str, limit: int = 9) -> int | None:
    """Convert a short string of digits; return None for a longer one (not a real number)."""
    return int(digits) if len(digits) <= limit else None


# ---------------------------------------------------------------- JSON

# A JSON string (escapes included) or one bracket; strings are skipped as a whole.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(text: str) -> int:
    """Return how deeply the arrays and objects of a JSON text nest, in linear time."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if not brackets:
        return 0
    steps = map(_DEPTH_STEP.__getitem__, brackets.encode("ascii"))
    return max(itertools.accumulate(steps))


class _BigNumber(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _parse_json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _BigNumber(digits)
    return int(digits)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a draft can hold")


def loads_json(text: str, source: str, what: str = "draft file") -> Any:
    """Parse untrusted JSON: depth, number size and the character policy checked first."""
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{source}: not a valid {what}: arrays and objects nest "
                                            "{depth} levels deep; the limit is {limit}"),
            source=source, what=kind_of_file(what), depth=f"{depth:,}", limit=MAX_JSON_DEPTH))
    try:
        data = json.loads(text, parse_int=_parse_json_int, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{source}: not a valid {what}: {problem} at line "
                                            "{line}, column {column}"),
            source=source, what=kind_of_file(what), problem=json_problem(error.msg),
            line=error.lineno, column=error.colno)) from None
    except _BigNumber as error:
        found = re.search(rf"-?\d{{{MAX_INT_DIGITS + 1},}}", text)
        digits: dict[str, str | int] = dict(number=printable(error.digits, 20),
                      count=f"{len(error.digits.lstrip('-')):,}", limit=MAX_INT_DIGITS)
        if found:
            raise InputError(message(
                QT_TRANSLATE_NOOP("FileErrors", "{source}: {place}: number {number} has {count} "
                                                "digits; at most {limit} are allowed"),
                source=source, place=position(text, found.start()), **digits)) from None
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{source}: number {number} has {count} digits; at most "
                                            "{limit} are allowed"),
            source=source, **digits)) from None
    except (ValueError, RecursionError) as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{source}: not a valid {what}: {problem}"),
            source=source, what=kind_of_file(what), problem=printable(error, 120))) from None
    check_json_strings(data, source, text)
    return data


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Yield (JSON path, string) for every key and string value, without recursion."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, child in item.items():
                yield where, key
                stack.append((f"{where}.{key}" if where else str(key), child))
        elif isinstance(item, list):
            stack.extend((f"{where}[{index}]", child) for index, child in enumerate(item))


# How a refused character can be written in JSON text: raw, or as an escape (\f, \u000b).
_ESCAPED_FORBIDDEN = re.compile(
    r"\\(?:[bf]|u(?:00[01]|007f|008|009|d[89a-f]|fdd|fde|fff[ef]))", re.I
)


def check_json_strings(data: Any, source: str, text: str | None = None) -> None:
    """Refuse a parsed JSON value holding a character the policy refuses, naming where.

    With the JSON ``text`` given, the value is walked only when the text could hold one.
    """
    if text is not None and not (_FORBIDDEN.search(text) or _ESCAPED_FORBIDDEN.search(text)):
        return
    for where, text in _strings(data, ""):
        index = forbidden_character(text)
        if index is not None:
            place = printable(where, 80) or message(
                QT_TRANSLATE_NOOP("FileErrors", "top level"))
            raise InputError(message(
                QT_TRANSLATE_NOOP("FileErrors", "{source}: {place}: character {char} at character "
                                                "{number} is not allowed in a document"),
                source=source, place=place, char=describe_character(text[index]),
                number=index + 1))


def read_json_file(file: Path, what: str) -> Any:
    """Read a bundled or user-edited JSON data file; a problem is one line naming it.

    ``what`` names the file in messages: "the list of States", "the language file".
    """
    try:
        raw = file.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{path}: cannot read {what} ({reason})"),
            path=str(file), what=kind_of_file(what), reason=str(error.strerror))) from None
    except UnicodeDecodeError:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors", "{path}: {what} is not UTF-8 text"),
            path=str(file), what=kind_of_file(what))) from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("FileErrors",
                              "{path}, line {line}, column {column}: not valid JSON ({problem})"),
            path=str(file), line=error.lineno, column=error.colno,
            problem=json_problem(error.msg))) from None
