"""A date field that takes typing: "30 November 2007", "30/11/2007", "2007-11-30", "30 Nov",
"30 de noviembre de 2007", "1er juillet 2013"; it shows the date in the interface's language."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ..model.languages import available_languages, date_text, get_language
from .i18n import installed_language

_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2}),?)\s*(\d{4})?$")
# Words between the parts of a Spanish or French date: "30 de noviembre de 2007", "1er juillet".
_JOINING = re.compile(r"\b(?:de|del)\b|(?<=\d)(?:er|º|°)")
EXAMPLE = _dt.date(2007, 11, 30)


def _folded(text: str) -> str:
    """Return ``text`` in lower case without accents: "Février" and "fevrier" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _month_names() -> list[tuple[str, int]]:
    """Return every month name DraftDesk knows, in every language, with its number."""
    return [(_folded(name), number) for code in available_languages()
            for number, name in enumerate(get_language(code).months, start=1)]


def parse_date(text: str, today: _dt.date | None = None) -> _dt.date | None:
    """Read a typed date; None when it is not one.

    Day first as in the UN's usage ("30/11/2007", "30.11.2007"), the ISO order when the year
    comes first ("2007-11-30"), month names whole or shortened in either order ("30 Nov 2007",
    "November 30, 2007"); without a year, this year.
    """
    text = " ".join(_JOINING.sub(" ", _folded(text).replace(",", ", ")).split()).strip()
    year_now = (today or _dt.date.today()).year
    try:
        numeric = _NUMERIC.match(text)
        if numeric:
            first, month, last = (int(g) for g in numeric.groups())
            if len(numeric.group(1)) == 4:
                return _dt.date(first, month, last)
            year = last + 2000 if last < 100 else last
            return _dt.date(year, month, first)
        words = _WORDS.match(text.replace(", ", " ").replace(",", ""))
        if words:
            day = int(words.group(1) or words.group(4))
            name = words.group(2) or words.group(3)
            # A name or its start, in any language: "nov", "noviembre", "juil", "févr".
            months = {number for month, number in _month_names() if month.startswith(name)}
            if len(name) < 3 or len(months) != 1:
                return None
            year = int(words.group(5)) if words.group(5) else year_now
            return _dt.date(year, months.pop(), day)
    except ValueError:
        return None
    return None


class DateField(QLineEdit):
    """Type a date in any usual way; it is read, and written the UN way, when you leave it.

    A date that cannot be read is flagged only once the field is left, never while typing.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit uses
    problem_changed = Signal(str)

    def __init__(self, date: _dt.date | None = None, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._date = date
        self.problem = ""
        # The field is the drafter's, so it speaks the interface's language; the document
        # prints the date in the draft's own language wherever it shows it.
        self.language = language or installed_language()
        example = self.written(EXAMPLE)
        self.setPlaceholderText(self.tr("e.g. {date} or 30/11/2007").format(date=example))
        self.setToolTip(self.tr("Type a date: {date}, 30/11/2007 or 2007-11-30").format(
            date=example))
        if date is not None:
            self.setText(self.written(date))
        self.editingFinished.connect(self._read)
        self.textEdited.connect(self._typing)

    def _typing(self, text: str) -> None:
        parsed = parse_date(text)
        if parsed is not None and parsed != self._date:
            self._date = parsed
            self.dateChanged.emit(self.date())

    def _read(self) -> None:
        parsed = parse_date(self.text())
        if parsed is None:
            self._set_problem(
                self.tr("“{text}” is not a date: type it as {date} or "
                        "30/11/2007.").format(text=self.text().strip(), date=self.written(EXAMPLE))
                if self.text().strip()
                else self.tr("Type the date, e.g. {date}.").format(date=self.written(EXAMPLE)))
            return
        self._set_problem("")
        if self.written(parsed) != self.text():
            self.setText(self.written(parsed))
        if parsed != self._date:
            self._date = parsed
            self.dateChanged.emit(self.date())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Read the date when the focus leaves, however it leaves."""
        super().focusOutEvent(event)
        self._read()

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.setStyleSheet("QLineEdit { border: 2px solid #a33c00; }" if problem else "")
            self.problem_changed.emit(problem)

    def written(self, date: _dt.date) -> str:
        """Return ``date`` as the field shows it: "30 de noviembre de 2007" in Spanish."""
        return date_text(date, self.language)

    def date(self) -> QDate:
        """Return the last date read (today's if none was ever typed)."""
        value = self._date or _dt.date.today()
        return QDate(value.year, value.month, value.day)

    def python_date(self) -> _dt.date | None:
        """Return the last date read, or None."""
        return self._date

    def setDate(self, date: QDate) -> None:  # noqa: N802 - the name QDateEdit uses
        """Show a date."""
        value = _dt.date(date.year(), date.month(), date.day())
        self._set_problem("")
        self.setText(self.written(value))
        if value != self._date:
            self._date = value
            self.dateChanged.emit(self.date())
