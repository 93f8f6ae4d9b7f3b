"""Numbers and dates in words, as UN documents print them."""

from __future__ import annotations

import datetime as _dt

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "four": "fourth",
    "five": "fifth",
    "six": "sixth",
    "seven": "seventh",
    "eight": "eighth",
    "nine": "ninth",
    "ten": "tenth",
    "eleven": "eleventh",
    "twelve": "twelfth",
    "thirteen": "thirteenth",
    "fourteen": "fourteenth",
    "fifteen": "fifteenth",
    "sixteen": "sixteenth",
    "seventeen": "seventeenth",
    "eighteen": "eighteenth",
    "nineteen": "nineteenth",
    "twenty": "twentieth",
    "thirty": "thirtieth",
    "forty": "fortieth",
    "fifty": "fiftieth",
    "sixty": "sixtieth",
    "seventy": "seventieth",
    "eighty": "eightieth",
    "ninety": "ninetieth",
    "hundred": "hundredth",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MAX_SESSION = 200


def cardinal_words(number: int) -> str:
    """Spell out 0-999 in British English: 162 -> "one hundred and sixty-two"."""
    if not 0 <= number <= 999:
        raise ValueError(f"{number} is outside 0-999")
    if number < 20:
        return _UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
    hundreds, rest = divmod(number, 100)
    head = f"{_UNITS[hundreds]} hundred"
    return f"{head} and {cardinal_words(rest)}" if rest else head


def ordinal_words(number: int) -> str:
    """Spell out an ordinal: 62 -> "sixty-second", 100 -> "one hundredth"."""
    cardinal = cardinal_words(number)
    # Only the last word (after a space or hyphen) takes the ordinal form.
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1
    return cardinal[:cut] + _ORDINAL_UNITS[cardinal[cut:]]


def session_number_from_words(words: str) -> int | None:
    """Read "Sixty-second" or "sixty-second session" back into 62; None if not an ordinal."""
    wanted = words.lower().removesuffix(" session").strip()
    return _ORDINALS.get(wanted)


_ORDINALS = {ordinal_words(n): n for n in range(1, MAX_SESSION + 1)}


def un_date(date: _dt.date) -> str:
    """Format a date as UN documents do: "30 November 2007"."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def parse_un_date(text: str) -> _dt.date | None:
    """Read "30 November 2007" back into a date; None if it is not such a date."""
    parts = text.strip().split()
    if len(parts) != 3 or parts[1] not in MONTHS or not (parts[0].isdigit() and parts[2].isdigit()):
        return None
    try:
        return _dt.date(int(parts[2]), MONTHS.index(parts[1]) + 1, int(parts[0]))
    except ValueError:
        return None


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only: "sixty-second session" -> "Sixty-second session"."""
    return text[:1].upper() + text[1:]


def alpha_label(index: int) -> str:
    """Return the letter for a 0-based position: a..z, then aa, bb, ... as the UN does."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


def roman_label(number: int) -> str:
    """Return a lower-case roman numeral for 1-3999."""
    values = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for value, letters in values:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def roman_value(numeral: str) -> int | None:
    """Read a roman numeral (any case); None if it is not a well-formed one."""
    lowered = numeral.lower()
    if not lowered or any(ch not in "ivxlcdm" for ch in lowered):
        return None
    for number in range(1, 400):
        if roman_label(number) == lowered:
            return number
    return None


def join_and(names: list[str], conjunction: str = "and") -> str:
    """Join names the UN way: "A, B and C" (no serial comma)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
