"""Bring text copied from a PDF viewer back to one paragraph per line.

Such text is hard-wrapped inside paragraphs, splits words with a hyphen at line ends, and
carries page furniture: the symbol as running head, page numbers ("2/4"), job numbers
("25-16862 (E) 291025"), bar codes ("*2516862*") and, at the foot of each page, the footnotes
referenced on that page under a short rule. None of this is part of the resolution.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from draftdesk.model.phrases import is_operative_lead, split_lead
from draftdesk.model.words import alpha_label, roman_label
from draftdesk.untrusted import small_int

from .header import COMMITTEES, Line, is_symbol, member_states
from .labels import roman_value

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_JOB_NUMBER = re.compile(
    r"^(?:\d{2}-\d{5}\*{0,3}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d{7}\*)?|\d{6})$"
)
_BARCODE = re.compile(r"^\*\d{7}\*$")
_SEPARATOR = re.compile(r"^_{5,}$")
_TRAILING_MARKERS = re.compile(f"(?:[{SUPERSCRIPTS}]+,)*[{SUPERSCRIPTS}]+$")
_ENDS_PARAGRAPH = re.compile(
    rf"(?:[,;:.?!](?:[”’\"')])?|[,;:.?!]?[”’\"')][,;:.?!]|;\s+(?:and|or))"
    rf"(?:[{SUPERSCRIPTS}]+(?:,[{SUPERSCRIPTS}]+)*)?$"
)
_LABEL = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,6}\)|[a-z]{1,4}\.)\s+\S")
_LABEL_ALONE = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,6}\))$")
_ARABIC = re.compile(r"^\d{1,3}\.\s+\S")
_ARABIC_NUMBER = re.compile(r"^(\d+)\. ")
_NUMERAL = re.compile(r"^[IVXLC]{1,7}$")
_CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) plenary meeting$")
_NOTE_START = re.compile(
    rf"^(?:(?P<sup>[{SUPERSCRIPTS}]+)|(?P<plain>\d{{1,3}})|(?P<stars>\*{{1,3}}))(?:\s+(?P<text>\S.*))?$"
)
_NOTE_LINE = re.compile(f"^[{SUPERSCRIPTS}]+ ")
_WORD = re.compile(r"[A-Za-z][A-Za-z’']*(?:-[A-Za-z][A-Za-z’']*)*")
_SPONSORS_END = re.compile(r"(?:^|:\*{0,3}\s*)(?:revised\s+)?draft\s+resolution$|^resolution$")
_FUNCTION_WORDS = ("and", "of", "the", "in", "on", "for", "to", "by", "with", "a", "an", "its")
# Prefixes that keep their hyphen when a compound is split at a line end ("post-\nconflict").
_KEEP_HYPHEN_PREFIXES = frozenset(
    [
        "post", "pre", "non", "anti", "self", "multi", "cross", "well", "long", "short", "high",
        "low", "large", "full", "part", "ex", "mid", "semi", "quasi", "ultra", "extra",
        "decision", "policy"
    ]
)
_FURNITURE_WORDS = ("Please recycle",)
_FURNITURE_STARTS = frozenset("0123456789*P")


def strip_trailing_markers(text: str) -> str:
    """Remove the footnote markers that end a text ("…2005,¹²,¹³" -> "…2005,"), in linear time."""
    end = len(text)
    while end and text[end - 1] in SUPERSCRIPTS:
        end -= 1
    if end == len(text):
        return text
    # Earlier markers of a list, each followed by a comma: "¹²,¹³".
    while end > 1 and text[end - 1] == "," and text[end - 2] in SUPERSCRIPTS:
        end -= 1
        while end and text[end - 1] in SUPERSCRIPTS:
            end -= 1
    return text[:end]


def is_furniture(text: str) -> bool:
    """Say whether a line is page furniture: a page number, a job number or a bar code."""
    if len(text) > 40 or text[:1] not in _FURNITURE_STARTS:
        return False  # checked for every line: most lines end here
    return bool(
        _PAGE_NUMBER.match(text) or _JOB_NUMBER.match(text) or _BARCODE.match(text)
        or text in _FURNITURE_WORDS
    )


def looks_wrapped(lines: list[Line]) -> bool:
    """Say whether the body's lines are hard-wrapped inside paragraphs."""
    texts: list[str | None] = []
    for line in lines:
        text = line.text.strip()
        if _SEPARATOR.match(text):
            break
        texts.append(text or None)
    wrapped = furniture = nonblank = 0
    for current, following in zip(texts, texts[1:], strict=False):
        if current is None:
            continue
        nonblank += 1
        if is_furniture(current):
            furniture += 1
        elif following is not None and not _ENDS_PARAGRAPH.search(current[-40:]):
            wrapped += 1
    return nonblank > 0 and (wrapped >= max(2, nonblank // 4) or furniture >= 2)


_WORD_WINDOW = 120  # characters either side of a line break that decide how it is joined


class Dehyphenator:
    """Decide whether "develop-" + "ment" is one word or a compound, from the document's words."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = list(lines)
        self._words: set[str] | None = None
        self._compounds: set[str] = set()

    def _vocabulary(self) -> tuple[set[str], set[str]]:
        """Collect the document's words, once, when the first split word is met."""
        if self._words is None:
            words: set[str] = set()
            previous_hyphen = False
            for text in self._lines:
                tokens = _WORD.findall(text)
                stripped = text.rstrip()
                if previous_hyphen and tokens and stripped.startswith(tokens[0]):
                    tokens = tokens[1:]
                ends_hyphen = stripped.endswith("-")
                if ends_hyphen and tokens:
                    tokens = tokens[:-1]
                for token in tokens:
                    lower = token.lower()
                    if "-" in lower:
                        self._compounds.add(lower)
                        words.update(lower.split("-"))
                    else:
                        words.add(lower)
                previous_hyphen = ends_hyphen
            self._words = words
        return self._words, self._compounds

    def join(self, left: str, right: str) -> str:
        """Join a line ending in a hyphen to the next line."""
        # Words are short: a window keeps joining a long paragraph linear.
        left_word = _WORD.findall(left[-_WORD_WINDOW:-1])
        right_word = _WORD.findall(right[:_WORD_WINDOW])
        if not left_word or not right_word or not left[:-1] or not left[-2].isalpha():
            return left + right  # "A/79/552-" + "S/2024/767": a hyphen between symbols
        head = left_word[-1].split("-")[-1]
        tail = right_word[0].split("-")[0]
        if not right.startswith(right_word[0]) or not left[:-1].endswith(left_word[-1]):
            return left + right
        if right_word[0] in ("and", "or", "to") and not right.startswith(right_word[0] + "-"):
            return f"{left} {right}"  # a suspended hyphen: "troop- and police-contributing"
        if "-" in right_word[0] or "-" in left_word[-1]:
            return left + right  # "people-" + "to-people": part of a longer compound
        if self.keep_hyphen(head, tail):
            return left + right
        return left[:-1] + right

    def keep_hyphen(self, head: str, tail: str) -> bool:
        """Say whether "head-" at a line end and "tail" form a hyphenated compound.

        UN documents are set without automatic hyphenation, so a hyphen at a line end is
        mostly part of a compound ("field-level", "forty-ninth"); other sources split words.
        The document's own words decide where they can, then the shape of the pieces.
        """
        lower_head, lower_tail = head.lower(), tail.lower()
        words, compounds = self._vocabulary()
        if f"{lower_head}-{lower_tail}" in compounds:
            return True
        if lower_head + lower_tail in words:
            return False
        if tail[:1].isupper() or head.isupper():
            return True
        if lower_head in _KEEP_HYPHEN_PREFIXES:
            return True
        if lower_tail in _SUFFIXES:
            return False
        # A tail no English word starts like ("enha-" + "ncing") comes from hyphenation.
        return not _impossible_onset(lower_tail)


_SUFFIXES = frozenset(
    [
        "ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ing", "ings",
        "ance", "ence", "ship", "ships", "able", "ible", "ally", "ated", "ation", "ations", "ative",
        "ize", "izes", "ized", "ise", "ised", "ises", "ence", "ences", "ency", "ism", "ist", "ists",
        "ous", "ive", "ives", "ful", "less", "ary", "ory", "ure", "ures", "age", "ages", "al",
        "als", "ial", "ed", "er", "ers", "es", "est", "ly", "ward"
    ]
)


_ONSETS = frozenset(
    [
        "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kn", "ph", "pl",
        "pr", "ps", "qu", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr",
        "tw", "wh", "wr"
    ]
)


def _impossible_onset(word: str) -> bool:
    """Say whether a word starts with two consonants no English word starts with ("nc")."""
    head = word[:2]
    vowels = "aeiouy"
    return (
        len(head) == 2 and head[0] not in vowels and head[1] not in vowels
        and head not in _ONSETS
    )


def _join(dehyphen: Dehyphenator, left: str, right: str) -> str:
    if left.endswith("\u00ad"):
        return left[:-1] + right  # a soft hyphen: the viewer split one word
    if left.endswith(("\u2010", "\u2011")):
        return left + right  # a (non-breaking) hyphen character is always part of a compound
    if left.endswith("-") and len(left) > 1 and not left.endswith(" -"):
        return dehyphen.join(left, right)
    if right.startswith((",", ";", ".", ":")):
        return left + right  # a viewer broke the line between a marker and its comma
    return f"{left} {right}"


_VIEW = 200  # characters of a joined paragraph's start and end that decisions look at


class Joined:
    """A paragraph or footnote joined from its lines in linear time.

    The pieces are kept in a list and joined once; every decision about the next line looks
    at ``view``, the paragraph's first and last few hundred characters, so a paragraph of a
    hundred thousand lines is not re-scanned a hundred thousand times.
    """

    def __init__(self, number: int, text: str) -> None:
        self.number = number
        self._parts = [text]
        self._length = len(text)
        self._head = text[:_VIEW]
        self._tail = text[-_VIEW:]

    @property
    def view(self) -> str:
        """Return the whole text when short, else its start and its end."""
        if self._length <= 2 * _VIEW:
            return "".join(self._parts)
        return self._head + self._tail

    def add(self, dehyphen: Dehyphenator, text: str) -> None:
        """Join the next line, by the same rules as ``_join``."""
        left = self._tail
        joined = _join(dehyphen, left, text)
        if joined.startswith(left):
            suffix = joined[len(left) :]
        else:  # the line-end hyphen was dropped
            self._drop_last_character()
            left = left[:-1]
            suffix = joined[len(left) :]
        self._append(suffix)
        self._tail = (left + suffix)[-_VIEW:]

    def append(self, text: str) -> None:
        """Add text as it is."""
        self._append(text)
        self._tail = (self._tail + text)[-_VIEW:]

    def _append(self, suffix: str) -> None:
        self._parts.append(suffix)
        self._length += len(suffix)
        if len(self._head) < _VIEW:
            self._head = "".join(self._parts)[:_VIEW]

    def _drop_last_character(self) -> None:
        for index in range(len(self._parts) - 1, -1, -1):
            if self._parts[index]:
                self._parts[index] = self._parts[index][:-1]
                self._length -= 1
                break
        if self._length < _VIEW:
            self._head = "".join(self._parts)

    def line(self) -> Line:
        """Return the joined text as one line."""
        return Line(self.number, "".join(self._parts))


def _starts_preambular(text: str) -> bool:
    return bool(split_lead(text, operative=False)[0])


def join_header(lines: list[Line], dehyphen: Dehyphenator) -> list[Line]:
    """Join cover lines that wrapped, and drop the page furniture among them."""
    known = member_states()
    out: list[Line] = []
    kept: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if not text or is_furniture(text):
            continue
        # Viewers put masthead items side by side on one line: "United Nations A/80/L.26".
        for head in ("United Nations", "General Assembly", "Security Council",
                     "Economic and Social Council"):
            rest = text[len(head) :].strip()
            if text.startswith(head + " ") and (is_symbol(rest) or rest.startswith("Distr.")):
                kept.extend([Line(line.number, head), Line(line.number, rest)])
                break
        else:
            kept.append(Line(line.number, text))
    index = 0
    while index < len(kept):
        line = kept[index]
        text = line.text
        if _is_fixed_header_line(text):
            out.append(line)
            index += 1
            continue
        # A run of free lines: agenda title, sponsors, title, adoption lines.
        run: list[Line] = []
        while index < len(kept) and not _is_fixed_header_line(kept[index].text):
            run.append(kept[index])
            index += 1
        out.extend(_join_run(run, dehyphen, known))
    return out


def _is_fixed_header_line(text: str) -> bool:
    return bool(
        text == "United Nations"
        or is_symbol(text)
        or text in ("General Assembly", "Security Council", "Economic and Social Council",
                    "Human Rights Council")
        or text.startswith(("Distr.", "Original:", "Agenda item"))
        or text == "Provisional"
        or re.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$", text)
        or re.match(r"^[A-Z][a-z-]+(?: [a-z-]+)* session$", text)
        or text in COMMITTEES
        or text == "(Fourth Committee)"
    )


def _join_run(run: list[Line], dehyphen: Dehyphenator, known: dict[str, bool]) -> list[Line]:
    """Join the lines of a run of free cover lines into items."""
    items: list[Line] = []
    index = 0
    growing: list[Joined] = []
    for line in run:
        if growing and re.search(r"[a-z]-$", growing[-1].view) and line.text[:1].islower():
            growing[-1].add(dehyphen, line.text)
        else:
            growing.append(Joined(line.number, line.text))
    run = [item.line() for item in growing]
    # The sponsors line ends with "draft resolution"; find where it starts by walking back.
    end = next(
        (i for i, line in enumerate(run) if _SPONSORS_END.search(line.text)), None
    )
    start = end
    if end is not None:
        while start is not None and start > 0 and _continues_list(
            run[start - 1].text, run[start].text, known
        ):
            start -= 1
    while index < len(run):
        line = run[index]
        joined = Joined(line.number, line.text)
        if start is not None and end is not None and index == start:
            for following in run[start + 1 : end + 1]:
                joined.add(dehyphen, following.text)
            items.append(joined.line())
            index = end + 1
            continue
        index += 1
        while (
            index < len(run) and index != start and _continues_item(joined.view, run[index].text)
        ):
            joined.add(dehyphen, run[index].text)
            index += 1
        items.append(joined.line())
    return items


def _continues_list(previous: str, current: str, known: dict[str, bool]) -> bool:
    """Say whether ``previous`` is an earlier line of the sponsors list ending in ``current``."""
    if previous.endswith(",") or previous.endswith(" and") or current.startswith("and "):
        return True
    if current.startswith("resolution") and previous.endswith(" draft"):
        return True
    if current.startswith(("draft resolution", "revised draft resolution")) and re.search(
        r":\*{0,3}$", previous
    ):
        return True
    if previous.startswith("Draft resolution submitted") or previous.startswith("["):
        return False
    joined = f"{previous} {current}"
    cut = len(previous)
    for name in known:
        position = joined.find(name)
        if 0 <= position < cut < position + len(name):
            return True  # the line break falls inside a State's name
    return False


_OFFICER_WORDS = frozenset(
    ("Assembly", "Council", "Committee", "Commission", "Chair", "Vice-Chair", "President",
     "Rapporteur", "Bureau", "Secretary-General", "Co-Chairs", "Co-Facilitators")
)


def _continues_item(text: str, following: str) -> bool:
    """Say whether a free cover line continues on the next line."""
    if text.startswith("[") and not text.endswith("]"):
        return True
    if text.startswith("Resolution adopted by") and not re.search(r"\d{4}$", text):
        return True
    if text.endswith("-") or text.endswith(","):
        return True
    if text.startswith(("Draft resolution submitted by", "Revised draft resolution submitted by")):
        first = following.split(" ", 1)[0]
        if first in _OFFICER_WORDS or following[:1].islower():
            return True
    last = text.rsplit(" ", 1)[-1].lower()
    if last in _FUNCTION_WORDS:
        return True
    return bool(following[:1].islower() or following.startswith("("))


class _Labels:
    """The labels that may open the next paragraph: "7." after "6.", "(c)" after "(b)"."""

    def __init__(self) -> None:
        self.next_arabic: int | None = None
        self.stack: list[str] = []  # the last label of each open list, outermost first

    def accepts(self, text: str) -> bool:
        match = _LABEL_PARTS.match(text)
        if not match:
            return False
        if match.group("arabic"):
            number = int(match.group("arabic"))
            return self.next_arabic is None or number == self.next_arabic
        label = match.group("label")
        return label in _FIRST_SUBS or any(label in _successors(last) for last in self.stack)

    def take(self, text: str) -> None:
        match = _LABEL_PARTS.match(text)
        if not match:
            return
        if match.group("arabic"):
            self.next_arabic = int(match.group("arabic")) + 1
            self.stack = []
            return
        label = match.group("label")
        for depth in range(len(self.stack) - 1, -1, -1):
            if label in _successors(self.stack[depth]):
                del self.stack[depth:]
                break
        self.stack.append(label)
        del self.stack[:-_MAX_OPEN_LISTS]  # deeper lists than a draft can hold are never closed


_FIRST_SUBS = ("(a)", "(i)", "a.", "i.")
_MAX_OPEN_LISTS = 8
_LABEL_PARTS = re.compile(r"^(?:(?P<arabic>\d{1,3})\.|(?P<label>\([a-z]{1,6}\)|[a-z]{1,4}\.))\s")


def _successors(label: str) -> list[str]:
    paren = label.startswith("(")
    token = label.strip("()").rstrip(".")
    out = []
    if len(set(token)) == 1 and token.isalpha():
        index = (len(token) - 1) * 26 + ord(token[0]) - ord("a")
        out.append(alpha_label(index + 1))
    value = roman_value(token)
    if value is not None:
        out.append(roman_label(value + 1))
    return [f"({item})" if paren else f"{item}." for item in out]


def split_notes(
    lines: list[Line], dehyphen: Dehyphenator, title: str = ""
) -> tuple[list[Line], list[Line]]:
    """Take page furniture and footnotes out of the body; give markers back their superscript."""
    body, notes = _split_furniture_and_notes(lines, dehyphen, title)
    numbers = [
        _marker_number(match.group())
        for note in notes
        if (match := re.match(f"[{SUPERSCRIPTS}]+", note.text))
    ]
    if numbers and not any(re.search(f"[{SUPERSCRIPTS}]", line.text) for line in body):
        body = recover_plain_markers(body, numbers)
    return body, notes


def unwrap(
    lines: list[Line], dehyphen: Dehyphenator, title: str = ""
) -> tuple[list[Line], list[Line]]:
    """Return the body's paragraphs, one a line, and the footnote lines.

    ``title`` is the resolution's title: adopted resolutions print it as a running head.
    """
    body, notes = split_notes(lines, dehyphen, title)
    has_numbers = any(_ARABIC.match(line.text) for line in body)
    blocks: list[Joined] = []
    labels = _Labels()
    lists = _ListStarts(body)
    in_operative = False
    closed = False  # the last block is complete (a heading)
    index = 0
    while index < len(body):
        line = body[index]
        text = line.text
        if not blocks:
            blocks.append(Joined(line.number, text))
            labels.take(text)
            index += 1
            continue
        if _starts_part(body, index):
            # "B" on its own line, then the formula again: a further part of a text in parts,
            # whose letter and formula stand on lines of their own.
            blocks += [Joined(line.number, text),
                       Joined(body[index + 1].number, body[index + 1].text)]
            index += 2
            closed, in_operative = True, False
            labels = _Labels()  # the part numbers its paragraphs from 1 again
            continue
        previous = blocks[-1].view
        ended = (
            closed or bool(_ENDS_PARAGRAPH.search(previous[-40:])) or _is_numeral(previous)
            or bool(_CLOSING.match(previous))
        )
        closed = False
        heading_end = _heading_lines(body, index) if ended else None
        if heading_end is not None:
            heading = Joined(line.number, text)
            for following in body[index + 1 : heading_end + 1]:
                heading.add(dehyphen, following.text)
            blocks.append(heading)
            index = heading_end + 1
            closed = True
            continue
        labelled = _LABEL.match(text) is not None
        if labelled and labels.accepts(text) and (
            ended or lists.introduces_list(index, labels.next_arabic)
        ):
            starts = True
        elif labelled:
            starts = False  # "(b)" inside a sentence, or a number out of sequence
        else:
            starts = ended and _starts_block(text, previous, in_operative, has_numbers)
        if starts:
            if _ARABIC.match(text):
                in_operative = True
            labels.take(text)
            blocks.append(Joined(line.number, text))
        else:
            blocks[-1].add(dehyphen, text)
        index += 1
    return [block.line() for block in blocks], notes


# The opening formula in English, as a part of a text in parts repeats it after its letter.
_PART_FORMULA = re.compile(
    r"^\*?The (?:General Assembly|Security Council|Economic and Social Council|"
    r"Human Rights Council)\*?,?$"
)


def _starts_part(body: list[Line], index: int) -> bool:
    """Say whether a lone capital letter followed by the formula opens a part ("B")."""
    text = body[index].text.strip()
    if len(text) != 1 or not "A" <= text <= "Z" or index + 1 >= len(body):
        return False
    return bool(_PART_FORMULA.match(body[index + 1].text.strip()))


class _ListStarts:
    """Where the "(a)", "(b)" and numbered lines are, found once for the whole body."""

    def __init__(self, body: list[Line]) -> None:
        self.a_lines: set[int] = set()
        self.b_lines: list[int] = []
        self.numbered: dict[str, list[int]] = {}
        for index, line in enumerate(body):
            if line.text.startswith("(a) "):
                self.a_lines.add(index)
            elif line.text.startswith("(b) "):
                self.b_lines.append(index)
            number = _ARABIC_NUMBER.match(line.text)
            if number:
                self.numbered.setdefault(number.group(1), []).append(index)

    def introduces_list(self, index: int, next_arabic: int | None) -> bool:
        """Say whether "(a)" opens a list after a line without a colon ("…, shall" / "(a) …").

        It does when a "(b)" line follows before the next numbered paragraph.
        """
        if index not in self.a_lines:
            return False
        b_line = _first_after(self.b_lines, index)
        if b_line is None:
            return False
        if next_arabic is None:
            return True
        numbered = _first_after(self.numbered.get(str(next_arabic), []), index)
        return numbered is None or b_line < numbered


def _first_after(indices: list[int], index: int) -> int | None:
    position = bisect.bisect_right(indices, index)
    return indices[position] if position < len(indices) else None


def _is_numeral(text: str) -> bool:
    return bool(_NUMERAL.match(text))


def _starts_block(text: str, previous: str, in_operative: bool, has_numbers: bool) -> bool:
    """Say whether a line after a paragraph's end opens a new paragraph."""
    if _LABEL.match(text) or _is_numeral(text) or _is_numeral(previous):
        return True
    if _NOTE_LINE.match(text) or _NOTE_LINE.match(previous):
        return True  # a footnote given among the paragraphs ("¹ A/60/871.")
    if not _ENDS_PARAGRAPH.search(previous[-40:]):
        return True  # after a heading
    if _CLOSING.match(text) or _CLOSING.match(previous):
        return True
    bare_previous = _TRAILING_MARKERS.sub("", previous[-40:])
    if not in_operative:
        if _starts_preambular(text):
            return True
        if bare_previous.endswith(":") and text[:1].isupper():
            return True  # a quoted block after "the following question:"
    if not has_numbers and is_operative_lead(text) and bare_previous.endswith((",", ";", ":")):
        return True
    return bare_previous.endswith(("?", "”")) and _starts_preambular(text)


def _heading_lines(body: list[Line], index: int) -> int | None:
    """Return the last line of a section heading starting at ``index``, or None."""
    first = body[index].text
    if not first[:1].isupper() or _LABEL.match(first) or _is_numeral(first):
        return None
    if _starts_preambular(first) and len(first) > 40:
        return None
    total = 0
    for end in range(index, min(index + 3, len(body))):
        text = body[end].text
        total += len(text) + 1
        if _ENDS_PARAGRAPH.search(text[-40:]) or total > 250:
            return None
        following = body[end + 1].text if end + 1 < len(body) else None
        if following is None:
            return None
        if _LABEL.match(following) or _starts_preambular(following) or _is_numeral(following):
            return end
    return None


def _is_running_head(text: str, title: str) -> bool:
    """Say whether a line is a running head: the symbol, alone or beside the title."""
    if is_symbol(text):
        return True
    if not title:
        return False
    symbol, _space, rest = text.partition(" ")
    if rest and is_symbol(symbol) and (title.startswith(rest) or rest.startswith(title)):
        return True
    return text == title


def _split_furniture_and_notes(
    lines: list[Line], dehyphen: Dehyphenator, title: str = ""
) -> tuple[list[Line], list[Line]]:
    """Drop page furniture and take the footnotes from the foot of each page."""
    body: list[Line] = []
    notes: list[Joined] = []
    in_notes = False
    next_number = 1
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if is_furniture(text) or _is_running_head(text, title):
            in_notes = False
            continue
        if _SEPARATOR.match(text):
            in_notes = True
            continue
        if not in_notes:
            if body and _LABEL_ALONE.match(body[-1].text):
                # The viewer put the number and its text on separate lines ("1." / "Decides").
                body[-1] = Line(body[-1].number, f"{body[-1].text} {text}")
            else:
                body.append(Line(line.number, text))
            continue
        match = _NOTE_START.match(text)
        starts = False
        if match:
            if match.group("sup") or match.group("stars"):
                starts = True
                if match.group("sup"):
                    next_number = _marker_number(match.group("sup")) + 1
            elif match.group("plain") and int(match.group("plain")) == next_number:
                starts = True
                next_number += 1
        if starts and match is not None:
            marker = match.group("sup") or match.group("stars")
            if match.group("plain"):
                marker = match.group("plain").translate(
                    str.maketrans("0123456789", SUPERSCRIPTS)
                )
            body_text = match.group("text") or ""
            notes.append(Joined(line.number, f"{marker} {body_text}".rstrip()))
        elif notes:
            previous = notes[-1]
            alone = _NOTE_START.fullmatch(previous.view)
            if alone is not None and not alone.group("text"):
                # Only a marker so far ("²²" on its own line): the note's text starts here.
                previous.append(f" {text}")
            else:
                previous.add(dehyphen, text)
        else:
            body.append(Line(line.number, text))
    return body, [note.line() for note in notes]


def _marker_number(superscripts: str) -> int:
    """Return a footnote marker's number; a run too long for one counts as no number (-1)."""
    number = small_int(superscripts.translate(_SUP_TO_DIGIT))
    return -1 if number is None else number


# Words after which a number is a reference, not a footnote marker ("paragraph 3").
_NUMBER_WORDS = frozenset(
    [
        "paragraph", "paragraphs", "para", "paras", "article", "articles", "resolution",
        "resolutions", "item", "items", "no", "nos", "chapter", "chap", "section", "sect",
        "annex", "rule", "rules", "principle", "principles", "goal", "goals", "target",
        "targets", "protocol", "vol", "page", "pages", "pp", "p", "step", "phase", "group",
        "decision", "decisions", "from", "to", "and", "or", "between", "of", "on", "by", "at",
        "in", "the", "with", "for", "than", "every", "over", "under", "about", "within", "each",
        "level", "part", "article", "session", "sessions", "class", "category", "option",
    ]
)
_MONTHS = frozenset(
    (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "per", "million", "billion", "thousand",
    )
)


def recover_plain_markers(blocks: list[Line], numbers: list[int]) -> list[Line]:
    """Turn footnote markers that a viewer copied as plain digits back into superscripts.

    PDF viewers copy a superscript "3" as "3", either glued to the word ("Action3") or set
    off by a space ("Action 3 and"). Markers are first cited in order 1, 2, 3, so each
    note's marker is searched after the previous one, and numbers that refer to something
    ("paragraph 3", "3 June") are passed over.
    """
    wanted = iter(sorted(numbers))
    current = next(wanted, None)
    out: list[Line] = []
    for line in blocks:
        text = line.text
        position = 0
        while current is not None:
            found = _find_marker(text, str(current), position)
            if found is None:
                break
            start, end = found
            superscript = str(current).translate(_DIGIT_TO_SUP)
            text = text[:start] + superscript + text[end:]
            position = start + len(superscript)
            current = next(wanted, None)
        out.append(Line(line.number, text))
    return out


_DIGIT_TO_SUP = str.maketrans("0123456789", SUPERSCRIPTS)


def _find_marker(text: str, number: str, start: int) -> tuple[int, int] | None:
    """Find where the marker ``number`` was copied as plain digits, as (start, end) to replace."""
    pattern = re.compile(
        rf"(?P<glued>(?<=[A-Za-z,;:)”’])|(?<=[a-z]\.)|(?<=\b(?:19|20)\d\d))"
        rf"(?P<n1>{number})(?=[\s,.;:]|$)"
        rf"|(?<=[A-Za-z,;:)”’.]) (?P<n2>{number})(?=[\s,;:]|\.(?:\s|$)|$)"
    )
    for match in pattern.finditer(text, start):
        group = "n1" if match.group("n1") else "n2"
        begin, end = match.span(group)
        before = text[max(0, begin - _WORD_WINDOW) : begin].rstrip()
        previous_word = re.search(r"([A-Za-z]+)\.?$", before)
        after = text[end:].lstrip(" ,;:")
        next_word = after.split(" ", 1)[0] if after else ""
        reference = previous_word is not None and previous_word.group(1).lower() in _NUMBER_WORDS
        if group == "n2" and reference and not before.endswith((",", ";", ":", "”", "’", ")")):
            continue
        if next_word in _MONTHS or next_word.startswith(("%", "per")):
            continue
        if group == "n1" and re.search(r"[A-Z][A-Z.]*[-/]?$", text[max(0, begin - 3) : begin]):
            # "G20", "S/2024/767", "COVID-19": a code, not a word with a marker
            if not re.search(r"[a-z]{2}$", text[max(0, begin - 3) : begin]):
                continue
        # A marker given with a space sits where the superscript was: drop the space.
        return (begin - 1, end) if group == "n2" else (begin, end)
    return None
