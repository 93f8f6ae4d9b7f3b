"""Draft details: title, sponsors, symbol, session, agenda item, date and language.

The guided form sets these when a draft starts; this dialog changes them later. It returns
a new Metadata; the window applies it through the session as one undoable step.
"""

from __future__ import annotations

import copy
import datetime as _dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..importers.header import parse_sponsors
from ..model.derive import agenda_line, session_line, sponsors_line, symbol_problem
from ..model.document import AgendaItem, Metadata
from ..model.words import join_and

LANGUAGES = ("English", "French", "Spanish", "Arabic", "Chinese", "Russian")
MAX_SESSION = 200


class DraftDetailsDialog(QDialog):
    """Edit the cover details of a draft; ``metadata()`` returns the result."""

    def __init__(self, metadata: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDetailsDialog")
        self.setWindowTitle("Draft details")
        self._original = metadata

        self.title = QLineEdit(metadata.title)
        self.title.setAccessibleName("Title")
        self.sponsors = QLineEdit(join_and([s.name for s in metadata.sponsors]))
        self.sponsors.setAccessibleName("Sponsors")
        self.sponsors.setPlaceholderText("e.g. Ecuador and Mexico")
        self.sponsors.setEnabled(not metadata.submitted_by)
        self.sponsors_printed = QLabel()
        self.sponsors_printed.setWordWrap(True)
        self.symbol = QLineEdit(metadata.symbol)
        self.symbol.setAccessibleName("Symbol")
        self.symbol.setPlaceholderText("leave empty until the Secretariat assigns it")
        self.symbol_flag = QLabel()
        self.symbol_flag.setObjectName("symbolFlag")
        self.symbol_flag.setWordWrap(True)
        self.session = QSpinBox()
        self.session.setRange(0, 9999)
        self.session.setSpecialValueText("none")
        self.session.setValue(metadata.session or 0)
        self.session.setAccessibleName("Session")
        self.session_printed = QLabel()
        first = metadata.agenda_items[0] if metadata.agenda_items else AgendaItem("")
        self.agenda_number = QLineEdit(first.label if metadata.agenda_items else "")
        self.agenda_number.setAccessibleName("Agenda item")
        self.agenda_number.setPlaceholderText("e.g. 116 or 70 (b)")
        self.agenda_title = QLineEdit(first.title)
        self.agenda_title.setAccessibleName("Title of the agenda item")
        self.has_date = QCheckBox("&Date:")
        self.has_date.setChecked(metadata.date is not None)
        day = metadata.date or _dt.date.today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setCalendarPopup(True)
        self.date.setEnabled(self.has_date.isChecked())
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setCurrentText(metadata.original_language)

        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("S&ponsors:", self.sponsors)
        form.addRow("", self.sponsors_printed)
        form.addRow("S&ymbol:", self.symbol)
        form.addRow("", self.symbol_flag)
        form.addRow("&Session:", self.session)
        form.addRow("", self.session_printed)
        form.addRow("&Agenda item:", self.agenda_number)
        form.addRow("Agenda item t&itle:", self.agenda_title)
        form.addRow(self.has_date, self.date)
        form.addRow("Original &language:", self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 420)

        for edit in (self.sponsors, self.symbol, self.agenda_number, self.title):
            edit.textChanged.connect(self.refresh)
        self.session.valueChanged.connect(self.refresh)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.refresh()

    def metadata(self) -> Metadata:
        """Return the metadata as edited (a new object; the original is untouched)."""
        meta = copy.deepcopy(self._original)
        meta.title = " ".join(self.title.text().split())
        if not meta.submitted_by:
            names = self.sponsors.text().strip()
            meta.sponsors = parse_sponsors(names) if names else []
        meta.symbol = "".join(self.symbol.text().split())
        meta.session = self.session.value() or None
        number = self.agenda_number.text().strip()
        items = meta.agenda_items[1:]
        if number:
            main, _, sub = number.partition("(")
            items.insert(0, AgendaItem(main.strip(), " ".join(self.agenda_title.text().split()),
                                       sub.strip(" )")))
        meta.agenda_items = items
        qdate = self.date.date()
        meta.date = _dt.date(qdate.year(), qdate.month(), qdate.day()) if (
            self.has_date.isChecked()) else None
        meta.original_language = self.language.currentText().strip() or "English"
        return meta

    def refresh(self, *_args: object) -> None:
        """Show how the sponsors and session lines print, and flag a symbol that does not fit."""
        meta = self.metadata()
        self.sponsors_printed.setText(sponsors_line(meta) or "(no sponsors)")
        self.session_printed.setText(" · ".join(
            line for line in (session_line(meta), agenda_line(meta)) if line
        ))
        problem = symbol_problem(meta)
        self.symbol_flag.setText(problem or "")
        self.symbol_flag.setStyleSheet("color: #9a6700;" if problem else "")
