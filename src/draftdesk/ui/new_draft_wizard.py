"""Guided creation of a new draft: body, session, agenda items, sponsors, title and symbol.

Every step shows, beside it, the first page of the draft as it will print, built from the model's
own cover-page lines (``draftdesk.model.derive``), so the wizard never formats anything itself.

On Finish, :meth:`NewDraftWizard.resolution` returns a Resolution with the chosen metadata and
**one empty preambular and one empty operative paragraph**: a drafter expects to start typing the
first "Recalling …" straight away, and an empty preamble would also drop the comma after the
opening formula ("The General Assembly" instead of "The General Assembly,").
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from draftdesk.compose import Block, Masthead, Role, compose
from draftdesk.model import AgendaItem, Body, Metadata, Paragraph, Resolution, Sponsor, languages
from draftdesk.model.derive import agenda_line, session_line, sponsors_line, symbol_problem
from draftdesk.model.words import MAX_SESSION
from draftdesk.storage.states import State, StateList, load_states, search_key
from draftdesk.ui.date_field import DateField

from .i18n import QT_TRANSLATE_NOOP, localized, translate

PAGE_BODY, PAGE_SESSION, PAGE_AGENDA, PAGE_SPONSORS, PAGE_TITLE, PAGE_SYMBOL = range(6)
FULL_PATH = (PAGE_BODY, PAGE_SESSION, PAGE_AGENDA, PAGE_SPONSORS, PAGE_TITLE, PAGE_SYMBOL)
# A Security Council draft has no session line, no agenda item and no title.
SECURITY_COUNCIL_PATH = (PAGE_BODY, PAGE_SPONSORS, PAGE_SYMBOL)

BODY_CHOICES = (
    (Body.GA_PLENARY, QT_TRANSLATE_NOOP("NewDraftWizard", "General Assembly, &plenary")),
    (Body.GA_COMMITTEE, QT_TRANSLATE_NOOP("NewDraftWizard", "General Assembly, Main &Committee")),
    (Body.GA_EMERGENCY,
     QT_TRANSLATE_NOOP("NewDraftWizard", "General Assembly, &emergency special session")),
    (Body.SECURITY_COUNCIL, QT_TRANSLATE_NOOP("NewDraftWizard", "&Security Council")),
    (Body.ECOSOC, QT_TRANSLATE_NOOP("NewDraftWizard", "Economic and Social C&ouncil (ECOSOC)")),
    (Body.HUMAN_RIGHTS_COUNCIL, QT_TRANSLATE_NOOP("NewDraftWizard", "&Human Rights Council")),
)
BODY_CHOICES_AFTER_COMMITTEE = (
    Body.GA_EMERGENCY,
    Body.SECURITY_COUNCIL,
    Body.ECOSOC,
    Body.HUMAN_RIGHTS_COUNCIL,
)
COMMITTEE_CHOICES = (
    QT_TRANSLATE_NOOP("NewDraftWizard", "First Committee (Disarmament and International Security)"),
    QT_TRANSLATE_NOOP("NewDraftWizard", "Second Committee (Economic and Financial)"),
    QT_TRANSLATE_NOOP("NewDraftWizard", "Third Committee (Social, Humanitarian and Cultural)"),
    QT_TRANSLATE_NOOP("NewDraftWizard", "Fourth Committee (Special Political and Decolonization)"),
    QT_TRANSLATE_NOOP("NewDraftWizard", "Fifth Committee (Administrative and Budgetary)"),
    QT_TRANSLATE_NOOP("NewDraftWizard", "Sixth Committee (Legal)"),
)
# The officer lines print in the draft's language (resources/languages: sponsors.officers).
OFFICER_KEYS = ("chair", "president_ga", "president_council", "vice_chair")
# Which officer usually submits a draft in each body (the drafter can type any other line).
OFFICER_FOR_BODY = {
    Body.GA_PLENARY: "president_ga",
    Body.GA_EMERGENCY: "president_ga",
    Body.GA_COMMITTEE: "chair",
    Body.SECURITY_COUNCIL: "president_council",
    Body.ECOSOC: "president_council",
    Body.HUMAN_RIGHTS_COUNCIL: "president_council",
}


def officer_lines(code: str) -> dict[str, str]:
    """Return the officer lines in the draft's language, by officer."""
    officers = languages.get_language(code).officers
    return {key: officers[key] for key in OFFICER_KEYS}
# The original languages, by their English names (as the draft stores them).
LANGUAGES = (QT_TRANSLATE_NOOP("NewDraftWizard", "English"),
             QT_TRANSLATE_NOOP("NewDraftWizard", "French"),
             QT_TRANSLATE_NOOP("NewDraftWizard", "Spanish"),
             QT_TRANSLATE_NOOP("NewDraftWizard", "Arabic"),
             QT_TRANSLATE_NOOP("NewDraftWizard", "Chinese"),
             QT_TRANSLATE_NOOP("NewDraftWizard", "Russian"))
# The languages a draft can be written in, each under its own name, and the English name the
# "Original:" line takes for it.
DRAFT_LANGUAGES = (("en", "English"), ("es", "Español"), ("fr", "Français"))
ORIGINAL_FOR_LANGUAGE = {"en": "English", "es": "Spanish", "fr": "French"}
FIRST_ECOSOC_YEAR, LAST_ECOSOC_YEAR = 1946, 2100
NAME_ROLE = Qt.ItemDataRole.UserRole
_DASHED_DATES = re.compile(r"[A-Za-z0-9]\s*-\s*[0-9]")


def default_session(body: Body, today: _dt.date) -> int:
    """Return the session a new draft for this body most likely belongs to on this day."""
    if body is Body.ECOSOC:
        return today.year
    if body is Body.GA_EMERGENCY:
        return 10  # the tenth has been resumed again and again since 1997
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        # Three regular sessions a year since 2006: February–April, June–July, September–October.
        return 3 * (today.year - 2006) + (1 if today.month <= 4 else 2 if today.month <= 7 else 3)
    # A General Assembly session opens in September: the eightieth in September 2025.
    return today.year - 1945 if today.month >= 9 else today.year - 1946


def symbol_example(metadata: Metadata) -> str:
    """Return a symbol of the right shape for this body and session, to show as an example."""
    session = metadata.session or 80
    year = metadata.date.year if metadata.date else _dt.date.today().year
    body = metadata.body
    if body is Body.SECURITY_COUNCIL:
        return f"S/{year}/1"
    if body is Body.ECOSOC:
        return f"E/{session}/L.1"
    if body is Body.GA_COMMITTEE:
        return f"A/C.{metadata.committee or 1}/{session}/L.1"
    if body is Body.GA_EMERGENCY:
        return f"A/ES-{session}/L.1"
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        return f"A/HRC/{session}/L.1"
    return f"A/{session}/L.1"


# How the wizard's HTML shows each role of the cover.
_SESSION_ROLES = (Role.SESSION, Role.COMMITTEE, Role.SESSION_DATES, Role.AGENDA,
                  Role.AGENDA_TITLE)
_BOLD_ROLES = (Role.COMMITTEE, Role.AGENDA_TITLE, Role.SPONSORS, Role.TITLE, Role.ADOPTED,
               Role.RESOLUTION_TITLE)


def first_page_blocks(resolution: Resolution) -> tuple[Masthead | None, list[Block]]:
    """Return the masthead and the cover blocks the first-page preview shows, as composed."""
    printed = compose(resolution)
    return printed.masthead, printed.cover()


def _spans_html(block: Block) -> str:
    esc = html.escape
    out = []
    if block.label:
        out.append(esc(block.label) + "&nbsp;&nbsp;")
    for span in block.spans:
        text = esc(span.text).replace("\n", "<br>")
        out.append(f"<i>{text}</i>" if span.italic else text)
    return "".join(out)


def first_page_html(resolution: Resolution) -> str:
    """Return the top of the draft's first page as HTML, from the composed cover."""
    return cover_html(resolution, *first_page_blocks(resolution))


def cover_html(resolution: Resolution, masthead: Masthead | None, blocks: list[Block]) -> str:
    """Return composed masthead fields and cover blocks as HTML, with hints for what is missing."""
    meta = resolution.metadata
    esc = html.escape

    def missing(text: str) -> str:
        return f'<span style="color:#888; font-style:italic;">{esc(text)}</span>'

    parts = []
    if masthead is not None:
        if masthead.symbol:
            # The symbol's first letter prints large, the rest small, as in UN mastheads.
            symbol = (
                f'<span style="font-size:15pt;">{esc(masthead.symbol[:1])}</span>'
                f"{esc(masthead.symbol[1:])}"
            )
        else:
            symbol = missing(translate("NewDraftWizard", "symbol not yet assigned"))
        date = esc(masthead.date) or missing(translate("NewDraftWizard", "no date yet"))
        right = "<br>".join(x for x in (esc(masthead.distribution), date,
                                        esc(masthead.original)) if x)
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="bottom">{esc(masthead.organization)}</td>'
            f'<td align="right" valign="bottom">{symbol}</td></tr>'
            f'<tr><td valign="top"><b style="font-size:15pt;">{esc(masthead.organ)}</b></td>'
            f'<td align="right" valign="top">{right}</td></tr></table>'
            '<hr style="height:3px; background-color:#000;">'
        )
    session_block = "<br>".join(
        f"<b>{_spans_html(b)}</b>" if b.role in _BOLD_ROLES else _spans_html(b)
        for b in blocks if b.role in _SESSION_ROLES
    )
    if session_block:
        parts.append(f"<p>{session_block}</p>")
    indent = 'style="margin-left:28px;"'
    roles = {b.role for b in blocks}
    drafted = meta.adoption is None
    no_sponsors = drafted and Role.SPONSORS not in roles
    no_title = drafted and Role.TITLE not in roles and meta.body is not Body.SECURITY_COUNCIL
    for block in blocks:
        if block.role in _SESSION_ROLES:
            continue
        if block.role in (Role.TITLE, Role.FORMULA) and no_sponsors:
            no_sponsors_yet = missing(translate("NewDraftWizard", "no sponsors yet"))
            parts.append(f"<p {indent}>{no_sponsors_yet}</p>")
            no_sponsors = False
        if block.role is Role.FORMULA and no_title:
            no_title_yet = missing(translate("NewDraftWizard", "title not yet given"))
            parts.append(f"<p {indent}>{no_title_yet}</p>")
        if block.role is Role.FORMULA:
            parts.append(f'<p style="margin-left:56px;">{_spans_html(block)}</p>')
        elif block.role is Role.SPONSORS:
            parts.append(f"<p {indent}><b>{_spans_html(block)}</b></p>")
        elif block.role in (Role.TITLE, Role.RESOLUTION_TITLE):
            parts.append(f'<p {indent}><b style="font-size:12pt;">{_spans_html(block)}</b></p>')
        else:
            parts.append(f"<p {indent}>{_spans_html(block)}</p>")
    return (
        "<div style=\"font-family:'Times New Roman', 'Liberation Serif', serif; "
        f'font-size:10pt;">{"".join(parts)}</div>'
    )


def _set_tab_order(widgets: list[QWidget]) -> None:
    """Make Tab visit the widgets in this order."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _set_flag(label: QLabel, problem: str | None, ok_text: str = "") -> None:
    """Show a problem in the warning colour, or a neutral note when there is none."""
    if problem:
        label.setStyleSheet("color: #a33c00;")
        label.setText(problem)
    else:
        label.setStyleSheet("")
        label.setText(ok_text)


class _Page(QWizardPage):
    """A step that tells the wizard whenever something on it changes."""

    changed = Signal()

    def notify(self) -> None:
        """Re-check this step and refresh the preview."""
        self.completeChanged.emit()
        self.changed.emit()

    def complete(self) -> bool:
        """Return whether the step is filled in well enough to go on."""
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Tell the wizard whether Next (or Finish) may be pressed."""
        return self.complete()


class BodyPage(_Page):
    """Step 1: the organ the draft is tabled in."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where will the draft be tabled?"))
        self.setSubTitle(self.tr("The body decides the symbol, the session line and the opening "
                                 "formula."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("draftLanguage")
        for code, name in DRAFT_LANGUAGES:
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("&Language of the draft:"))
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addSpacing(6)
        self.radios: dict[Body, QRadioButton] = {}
        for index, (body, text) in enumerate(BODY_CHOICES):
            radio = QRadioButton(translate("NewDraftWizard", text))
            self.group.addButton(radio, index)
            self.radios[body] = radio
            if body is Body.GA_COMMITTEE:
                row = QHBoxLayout()
                row.addWidget(radio)
                self.committee_combo = QComboBox()
                self.committee_combo.addItems(
                    [translate("NewDraftWizard", name) for name in COMMITTEE_CHOICES])
                self.committee_combo.setCurrentIndex(1)
                self.committee_combo.setAccessibleName(self.tr("Main Committee"))
                row.addWidget(self.committee_combo, 1)
                layout.addLayout(row)
            else:
                layout.addWidget(radio)
        layout.addStretch(1)
        self.radios[Body.GA_PLENARY].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self.committee_combo.currentIndexChanged.connect(self.notify)
        self.language_combo.currentIndexChanged.connect(self.notify)
        self._toggled()
        previous: QWidget = self.language_combo
        QWidget.setTabOrder(previous, self.radios[Body.GA_PLENARY])
        previous = self.radios[Body.GA_PLENARY]
        for widget in [self.radios[Body.GA_COMMITTEE], self.committee_combo] + [
            self.radios[b] for b in BODY_CHOICES_AFTER_COMMITTEE
        ]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _toggled(self, *_args: object) -> None:
        self.committee_combo.setEnabled(self.radios[Body.GA_COMMITTEE].isChecked())
        self.notify()

    def body(self) -> Body:
        """Return the chosen body."""
        return BODY_CHOICES[max(self.group.checkedId(), 0)][0]

    def set_body(self, body: Body, committee: int | None = None) -> None:
        """Choose a body (and a Main Committee, 1–6)."""
        self.radios[body].setChecked(True)
        if committee:
            self.committee_combo.setCurrentIndex(committee - 1)

    def language(self) -> str:
        """Return the code of the language the draft is written in: "en", "es" or "fr"."""
        return str(self.language_combo.currentData() or "en")

    def set_language(self, code: str) -> None:
        """Choose the language the draft is written in."""
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def committee(self) -> int | None:
        """Return the Main Committee number when a Main Committee is chosen."""
        if self.body() is Body.GA_COMMITTEE:
            return self.committee_combo.currentIndex() + 1
        return None


class NumberEdit(QLineEdit):
    """A field for a whole number in a range; Up and Down step it, anything out of range is
    kept as typed so that the step can say what is wrong instead of silently refusing keys."""

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.setValidator(QRegularExpressionValidator(r"[0-9]{0,4}", self))
        self.minimum, self.maximum = minimum, maximum

    def set_range(self, minimum: int, maximum: int) -> None:
        """Change the range the number must fall in."""
        self.minimum, self.maximum = minimum, maximum

    def value(self) -> int | None:
        """Return the number, or None when it is empty or out of range."""
        text = self.text()
        if not text:
            return None
        number = int(text)
        return number if self.minimum <= number <= self.maximum else None

    def set_value(self, value: int) -> None:
        """Show this number."""
        self.setText(str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Step the number with Up and Down, as a spin box does."""
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        current = int(self.text()) if self.text() else self.minimum - step
        self.set_value(min(max(current + step, self.minimum), self.maximum))
        self.textEdited.emit(self.text())


class SessionPage(_Page):
    """Step 2: the session (a number, or a year for ECOSOC; dates for the HRC)."""

    def __init__(self, today: _dt.date) -> None:
        super().__init__()
        self.today = today
        self.setTitle(self.tr("Which session?"))
        self.setSubTitle(
            self.tr("The session line prints in words, as the UN prints it. Up and Down change "
                    "the number.")
        )
        self.number = NumberEdit(1, MAX_SESSION)
        self.number.setAccessibleName(self.tr("Session"))
        self.number_label = QLabel(self.tr("&Session number:"))
        self.number_label.setBuddy(self.number)
        self.words = QLabel()
        self.words.setObjectName("sessionWords")
        words_font = self.words.font()
        words_font.setPointSizeF(words_font.pointSizeF() * 1.3)
        words_font.setBold(True)
        self.words.setFont(words_font)
        self.dates_edit = QLineEdit()
        self.dates_edit.setPlaceholderText(self.tr("e.g. 27 February–24 March 2017"))
        self.dates_label = QLabel(self.tr("Session &dates:"))
        self.dates_label.setBuddy(self.dates_edit)
        self.problem = _hint()
        self.number.setMinimumWidth(110)
        self.dates_edit.setMinimumWidth(260)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.number_label, self.number)
        form.addRow(self.tr("Prints as:"), self.words)
        form.addRow(self.dates_label, self.dates_edit)
        form.addRow(self.problem)
        self.number.textChanged.connect(self.notify)
        self.dates_edit.textChanged.connect(self.notify)
        self._kind: Body | None = None

    def prepare(self, body: Body) -> None:
        """Adapt the step to the body: a year for ECOSOC, dates for the HRC, a number otherwise."""
        kind = Body.GA_PLENARY if body is Body.GA_COMMITTEE else body
        if kind is self._kind:
            return
        self._kind = kind
        if body is Body.ECOSOC:
            self.number.set_range(FIRST_ECOSOC_YEAR, LAST_ECOSOC_YEAR)
            self.number_label.setText(self.tr("&Year of the session:"))
        else:
            self.number.set_range(1, MAX_SESSION)
            self.number_label.setText(
                self.tr("Emergency special &session:") if body is Body.GA_EMERGENCY
                else self.tr("&Session number:")
            )
        self.number.set_value(default_session(body, self.today))
        hrc = body is Body.HUMAN_RIGHTS_COUNCIL
        self.dates_edit.setVisible(hrc)
        self.dates_label.setVisible(hrc)
        self.notify()

    def session(self) -> int | None:
        """Return the session number (ECOSOC: the year), or None while it is not valid."""
        return self.number.value()

    def problem_text(self) -> str | None:
        """Say what is wrong with the session as typed, or None."""
        if self.number.value() is None:
            low, high = self.number.minimum, self.number.maximum
            if self._kind is Body.ECOSOC:
                return self.tr("The year must be between {low} and {high}.").format(
                    low=low, high=high)
            return self.tr("The session number must be between {low} and {high}.").format(
                low=low, high=high)
        if self.dates_edit.isVisibleTo(self) and _DASHED_DATES.search(self.dates_edit.text()):
            return self.tr("Dates print with an en dash: 27 February–24 March 2017.")
        return None

    def complete(self) -> bool:
        """Allow Next only with a session number in range."""
        return self.number.value() is not None


class _AgendaRow:
    """The widgets of one agenda item."""

    def __init__(self, page: AgendaPage) -> None:
        self.number = QLineEdit()
        self.number.setValidator(QRegularExpressionValidator(r"[0-9]{0,4}", self.number))
        self.number.setPlaceholderText("e.g. 70")
        self.number.setMaximumWidth(70)
        self.number.setAccessibleName(translate("_AgendaRow", "Agenda item number"))
        self.sub_item = QLineEdit()
        self.sub_item.setValidator(QRegularExpressionValidator(r"[a-z]{0,2}", self.sub_item))
        self.sub_item.setToolTip(translate("_AgendaRow", "Optional: b for Agenda item 70 (b)"))
        self.sub_item.setMaximumWidth(50)
        self.sub_item.setAccessibleName(translate("_AgendaRow", "Sub-item letter (optional)"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("_AgendaRow", "e.g. Follow-up to the outcome of "
                                                              "the Millennium Summit"))
        self.title.setAccessibleName(translate("_AgendaRow", "Title of the agenda item"))
        self.remove = QToolButton()
        self.remove.setText(translate("_AgendaRow", "Remove"))
        self.remove.setToolTip(translate("_AgendaRow", "Remove this agenda item"))
        self.remove.setAccessibleName(translate("_AgendaRow", "Remove this agenda item"))
        for edit in (self.number, self.sub_item, self.title):
            edit.textChanged.connect(page.notify)
        self.remove.clicked.connect(lambda: page.remove_row(self))

    def widgets(self) -> list[QWidget]:
        """Return the row's widgets in tab order."""
        return [self.number, self.sub_item, self.title, self.remove]

    def is_empty(self) -> bool:
        """Return whether nothing has been typed in this row."""
        return not (self.number.text() or self.sub_item.text() or self.title.text().strip())

    def item(self) -> AgendaItem:
        """Return the agenda item the row describes."""
        return AgendaItem(
            number=self.number.text().lstrip("0") or self.number.text(),
            title=" ".join(self.title.text().split()),
            sub_item=self.sub_item.text(),
        )


class AgendaPage(_Page):
    """Step 3: the agenda item or items, each with its number, sub-item letter and title."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Agenda item"))
        self.setSubTitle(
            self.tr("The number, a sub-item letter if any, and the item's title as the agenda "
                    "words it. A draft may fall under several items.")
        )
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        number_label = QLabel(self.tr("It&em"))
        letter_label = QLabel(self.tr("Sub-item &letter"))
        title_label = QLabel(self.tr("&Title of the item"))
        self.grid.addWidget(number_label, 0, 0)
        self.grid.addWidget(letter_label, 0, 1)
        self.grid.addWidget(title_label, 0, 2)
        self._header = (number_label, letter_label, title_label)
        self.rows: list[_AgendaRow] = []
        self.add_button = QPushButton(self.tr("&Add another agenda item"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        self.printed = QLabel()
        self.printed.setObjectName("agendaPrinted")
        self.problem = _hint()
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addSpacing(8)
        layout.addWidget(self.printed)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.add_row()

    def add_row(self) -> _AgendaRow:
        """Add an empty agenda item row at the end."""
        row = _AgendaRow(self)
        self.rows.append(row)
        self._relayout()
        self.notify()
        return row

    def _add_and_focus(self) -> None:
        self.add_row().number.setFocus()

    def remove_row(self, row: _AgendaRow) -> None:
        """Remove a row; the last remaining row is only cleared."""
        if len(self.rows) == 1:
            for edit in (row.number, row.sub_item, row.title):
                edit.clear()
            return
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.notify()

    def _relayout(self) -> None:
        for index, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column)
            row.remove.setEnabled(len(self.rows) > 1)
        first = self.rows[0]
        for label, buddy in zip(
            self._header, (first.number, first.sub_item, first.title), strict=True
        ):
            label.setBuddy(buddy)
        chain = [w for row in self.rows for w in row.widgets()] + [self.add_button]
        _set_tab_order(chain)

    def items(self) -> list[AgendaItem]:
        """Return the agenda items typed so far, skipping empty rows."""
        return [row.item() for row in self.rows if not row.is_empty() and row.number.text()]

    def problem_text(self) -> str | None:
        """Say what stops this step, or None."""
        for index, row in enumerate(self.rows, start=1):
            if not row.is_empty() and not row.number.text():
                return self.tr("Agenda item {index} needs its number.").format(index=index)
        labels = [item.label for item in self.items()]
        for label in labels:
            if labels.count(label) > 1:
                return self.tr("Agenda item {label} is listed twice.").format(label=label)
        return None

    def complete(self) -> bool:
        """Allow Next when every row that has text has a number and no item repeats."""
        return self.problem_text() is None


class _FilterKeys(QObject):
    """Let the filter box drive the list of States: arrows move, Enter adds."""

    def __init__(self, page: SponsorsPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Handle Up, Down, Enter and Return typed in the filter box."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        available = self.page.available
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            available.keyPressEvent(event)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter adds the highlighted State instead of moving to the next step.
            self.page.add_current()
            return True
        return False


class SponsorsPage(_Page):
    """Step 4: the sponsoring States, or the officer who submits the draft."""

    def __init__(self, states: StateList) -> None:
        super().__init__()
        self.states = states
        self.language = "en"
        self.chosen_names: list[str] = []
        self.setTitle(self.tr("Sponsors"))
        self.setSubTitle(
            self.tr("Pick the sponsoring States; the line prints them in UN order, observer "
                    "States last.")
        )
        self.by_states = QRadioButton(self.tr("Sponsored by &States"))
        self.by_officer = QRadioButton(self.tr("Submitted by an &officer:"))
        self.by_states.setChecked(True)
        self.officer_combo = QComboBox()
        self.officer_combo.setEditable(True)
        self.officer_combo.addItems(list(officer_lines("en").values()))
        self.officer_combo.setAccessibleName(self.tr("Submitted by"))
        # The officer lines are long: do not let them widen the whole wizard.
        self.officer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.officer_combo.setMinimumContentsLength(30)
        self.officer_combo.setEnabled(False)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type part of a name, e.g. Ecu, then Enter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(_FilterKeys(self))
        filter_label = QLabel(self.tr("&Find a State:"))
        filter_label.setBuddy(self.filter_edit)
        self.available = QListWidget()
        self.available.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.available.setAccessibleName(self.tr("States"))
        self.available.itemActivated.connect(lambda _item: self.add_selected())
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setAccessibleName(self.tr("Sponsors"))
        self.chosen.itemActivated.connect(lambda _item: self.remove_selected())
        self.chosen.installEventFilter(self)
        self.available.installEventFilter(self)
        chosen_label = QLabel(self.tr("Sponsors, in &UN order:"))
        chosen_label.setBuddy(self.chosen)
        self.add_button = QPushButton(self.tr("&Add ›"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(self.tr("‹ &Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.printed = QLabel()
        self.printed.setObjectName("sponsorsPrinted")
        self.printed.setWordWrap(True)
        printed_font = self.printed.font()
        printed_font.setBold(True)
        self.printed.setFont(printed_font)

        mode = QGridLayout()
        mode.addWidget(self.by_states, 0, 0)
        mode.addWidget(self.by_officer, 1, 0)
        mode.addWidget(self.officer_combo, 1, 1)
        mode.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addWidget(filter_label)
        left.addWidget(self.filter_edit)
        left.addWidget(self.available, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(chosen_label)
        right.addWidget(self.chosen, 1)
        lists = QHBoxLayout()
        lists.addLayout(left, 3)
        lists.addLayout(middle)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(mode)
        layout.addLayout(lists, 1)
        layout.addWidget(QLabel(self.tr("Prints as:")))
        layout.addWidget(self.printed)
        self.problem = _hint()
        self.problem.setObjectName("sponsorsProblem")
        layout.addWidget(self.problem)

        self.by_states.toggled.connect(self._mode_changed)
        self.officer_combo.currentTextChanged.connect(self.notify)
        self.filter_edit.textChanged.connect(self._refilter)
        chain: list[QWidget] = [
            self.by_states,
            self.by_officer,
            self.officer_combo,
            self.filter_edit,
            self.available,
            self.add_button,
            self.remove_button,
            self.chosen,
        ]
        _set_tab_order(chain)
        self._refilter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter adds (or removes) the selected States; Delete removes sponsors."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        # A list lets Enter through to the dialog, which would press Next as well.
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.available and enter:
            self.add_selected()
            return True
        if watched is self.chosen and (enter or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _mode_changed(self) -> None:
        by_states = self.by_states.isChecked()
        for widget in (self.filter_edit, self.available, self.chosen):
            widget.setEnabled(by_states)
        self.add_button.setEnabled(by_states)
        self.remove_button.setEnabled(by_states)
        self.officer_combo.setEnabled(not by_states)
        self.notify()

    def set_language(self, code: str) -> None:
        """Show the States under their names in the draft's language, in its order."""
        if code == self.language:
            return
        before, after = officer_lines(self.language), officer_lines(code)
        self.language = code
        # The officer lines are printed: offer them in the draft's language, and translate the
        # one chosen unless the drafter typed their own.
        typed = self.officer_combo.currentText()
        chosen = next((key for key, line in before.items() if line == typed), None)
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        self.officer_combo.addItems(list(after.values()))
        self.officer_combo.setCurrentText(after[chosen] if chosen else typed)
        self.officer_combo.blockSignals(False)
        self._rebuild_chosen()

    def shown_name(self, name: str) -> str:
        """Return a State's name as the draft's language prints it."""
        if self.language == "en":
            return name
        return languages.state_name(name, self.language, self.states)

    def _matching(self, text: str) -> list[State]:
        """Return the States whose English or printed name matches, in the list's order."""
        if self.language == "en":
            return self.states.matching(text)
        def in_order(states: list[State]) -> list[State]:
            return sorted(states, key=lambda state: (
                state.observer, languages.sponsor_sort_key(self.shown_name(state.name),
                                                           self.language)))

        wanted = search_key(text)
        if not wanted:
            return in_order(list(self.states))
        # Names in the draft's language that start with the text first, then English names
        # that do, then names that contain it.
        shown, english, contains = [], [], []
        for state in self.states:
            printed = search_key(self.shown_name(state.name))
            others = [search_key(n) for n in (state.name, state.sort_key) if n]
            if printed.startswith(wanted):
                shown.append(state)
            elif any(n.startswith(wanted) for n in others) or state.iso3.casefold() == wanted:
                english.append(state)
            elif wanted in printed or any(wanted in n for n in others):
                contains.append(state)
        return in_order(shown) + in_order(english) + in_order(contains)

    def _refilter(self) -> None:
        self.available.clear()
        chosen = set(self.chosen_names)
        for state in self._matching(self.filter_edit.text()):
            if state.name in chosen:
                continue
            name = self.shown_name(state.name)
            label = self.tr("{name}  (observer State)").format(name=name) if state.observer \
                else name
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, state.name)
            self.available.addItem(item)
        if self.available.count():
            self.available.setCurrentRow(0)

    def _sorted(self, names: list[str]) -> list[str]:
        if self.language == "en":
            return self.states.sort(names)

        def key(name: str) -> tuple[int, str]:
            state = self.states.find(name)
            rank = 1 if state is None else 2 if state.observer else 0
            return (rank, languages.sponsor_sort_key(self.shown_name(name), self.language))

        return sorted(names, key=key)

    def _rebuild_chosen(self) -> None:
        self.chosen_names = self._sorted(self.chosen_names)
        self.chosen.clear()
        for name in self.chosen_names:
            item = QListWidgetItem(self.shown_name(name))
            item.setData(NAME_ROLE, name)
            self.chosen.addItem(item)
        self._refilter()
        self.notify()

    def suggest_officer(self, body: Body) -> None:
        """Offer the officer who usually submits drafts in this body, unless one was typed."""
        lines = officer_lines(self.language)
        if self.officer_combo.currentText() in lines.values():
            self.officer_combo.setCurrentText(lines[OFFICER_FOR_BODY[body]])

    def add_names(self, names: list[str]) -> None:
        """Add States to the sponsors by name (apostrophe-insensitive); unknown names are kept."""
        for name in names:
            state = self.states.find(name)
            canonical = state.name if state else " ".join(name.split())
            if canonical and canonical not in self.chosen_names:
                self.chosen_names.append(canonical)
        self._rebuild_chosen()

    def add_current(self) -> None:
        """Add the highlighted State and clear the filter for the next name."""
        item = self.available.currentItem()
        if item is None and self.available.count():
            item = self.available.item(0)
        if item is None:
            return
        self.add_names([item.data(NAME_ROLE)])
        self.filter_edit.clear()

    def add_selected(self) -> None:
        """Add the selected States (or the highlighted one)."""
        items = self.available.selectedItems() or (
            [self.available.currentItem()] if self.available.currentItem() else []
        )
        self.add_names([item.data(NAME_ROLE) for item in items])

    def remove_selected(self) -> None:
        """Remove the selected sponsors."""
        gone = {item.data(NAME_ROLE) for item in self.chosen.selectedItems()}
        if not gone and self.chosen.currentItem():
            gone = {self.chosen.currentItem().data(NAME_ROLE)}
        row = self.chosen.currentRow()
        self.chosen_names = [name for name in self.chosen_names if name not in gone]
        self._rebuild_chosen()
        if self.chosen.count():
            self.chosen.setCurrentRow(min(max(row, 0), self.chosen.count() - 1))

    def sponsors(self) -> list[Sponsor]:
        """Return the sponsors in UN order, observer States flagged."""
        if not self.by_states.isChecked():
            return []
        sponsors = []
        for name in self.chosen_names:
            state = self.states.find(name)
            sponsors.append(state.sponsor() if state else Sponsor(name=name))
        return sponsors

    def unknown_names(self) -> list[str]:
        """Return the sponsors that are not on the list of States (e.g. from an old draft)."""
        if not self.by_states.isChecked():
            return []
        return [name for name in self.chosen_names if self.states.find(name) is None]

    def problem_text(self) -> str | None:
        """Say which sponsors are not UN Member or observer States, or None."""
        unknown = self.unknown_names()
        if not unknown:
            return None
        names = ", ".join(f"“{name}”" for name in unknown)
        if len(unknown) == 1:
            return self.tr("Not on the list of Member and observer States: {names}. Remove it "
                           "or pick the UN short name.").format(names=names)
        return self.tr("Not on the list of Member and observer States: {names}. Remove them "
                       "or pick the UN short names.").format(names=names)

    def submitted_by(self) -> str:
        """Return the officer line when the draft is submitted by an officer, else ""."""
        if self.by_officer.isChecked():
            return " ".join(self.officer_combo.currentText().split())
        return ""

    def complete(self) -> bool:
        """Allow Next unless "submitted by" is chosen with nothing typed."""
        return not self.by_officer.isChecked() or bool(self.submitted_by())


class TitlePage(_Page):
    """Step 5: the title of the draft resolution."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Title"))
        self.setSubTitle(self.tr("The title prints in bold above the opening formula, without a "
                                 "full stop."))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. Global Forum on Migration and Development"))
        self.edit.setAccessibleName(self.tr("Title of the draft resolution"))
        label = QLabel(self.tr("&Title of the draft resolution:"))
        label.setBuddy(self.edit)
        self.problem = _hint()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.left = False  # a missing title is flagged once the field has been left
        self.edit.textChanged.connect(self.notify)
        self.edit.editingFinished.connect(self._left_field)

    def _left_field(self) -> None:
        self.left = True
        self.notify()

    def title_text(self) -> str:
        """Return the title with its spacing tidied."""
        return " ".join(self.edit.text().split())

    def problem_text(self) -> str | None:
        """Say what is wrong with the title, or None."""
        title = self.title_text()
        if not title:
            return self.tr("A draft resolution of this body needs a title.") if self.left else None
        if title.endswith("."):
            return self.tr("A title takes no final full stop.")
        return None

    def complete(self) -> bool:
        """Allow Next once there is a title (a final full stop is only flagged)."""
        return bool(self.title_text())


class SymbolPage(_Page):
    """Step 6: the symbol (optional), the original language and the date."""

    def __init__(self, today: _dt.date) -> None:
        super().__init__()
        self.setTitle(self.tr("Symbol, language and date"))
        self.setSubTitle(
            self.tr("The Secretariat assigns the symbol; leave it empty until you know it. "
                    "A symbol that does not fit the body is flagged, not refused.")
        )
        self.symbol_edit = QLineEdit()
        self.symbol_edit.setAccessibleName(self.tr("Symbol"))
        self.problem = _hint()
        self.problem.setObjectName("symbolProblem")
        self.language_combo = QComboBox()
        self.language_combo.setEditable(True)
        for name in LANGUAGES:
            self.language_combo.addItem(translate("NewDraftWizard", name), name)
        self.language_combo.setAccessibleName(self.tr("Original language"))
        self.date_check = QCheckBox(self.tr("&Date:"))
        self.date_check.setChecked(True)
        # Typed as the drafter likes ("30/11/2007", "30 Nov 2007"), read when left.
        self.date_edit = DateField(today)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_problem = _hint()
        self.date_problem.setObjectName("dateProblem")
        self.date_edit.problem_changed.connect(lambda text: _set_flag(self.date_problem, text))
        self.symbol_edit.setMinimumWidth(260)
        self.date_edit.setMinimumWidth(200)
        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        symbol_label = QLabel(self.tr("S&ymbol:"))
        symbol_label.setBuddy(self.symbol_edit)
        form.addRow(symbol_label, self.symbol_edit)
        form.addRow("", self.problem)
        language_label = QLabel(self.tr("Original &language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow(self.date_check, self.date_edit)
        form.addRow("", self.date_problem)
        self.symbol_edit.textChanged.connect(self.notify)
        self.language_combo.currentTextChanged.connect(self.notify)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.date_check.toggled.connect(self.notify)
        self.date_edit.dateChanged.connect(self.notify)
        chain: list[QWidget] = [
            self.symbol_edit,
            self.language_combo,
            self.date_check,
            self.date_edit,
        ]
        _set_tab_order(chain)

    def symbol(self) -> str:
        """Return the symbol without spaces."""
        return "".join(self.symbol_edit.text().split())

    def date(self) -> _dt.date | None:
        """Return the chosen date, or None when the date is not fixed yet."""
        if not self.date_check.isChecked():
            return None
        return self.date_edit.python_date()

    def set_date(self, date: _dt.date | None) -> None:
        """Show this date, or no date."""
        self.date_check.setChecked(date is not None)
        if date is not None:
            self.date_edit.setDate(QDate(date.year, date.month, date.day))

    def language(self) -> str:
        """Return the original language by its English name (or as typed, when not listed)."""
        text = self.language_combo.currentText().strip()
        index = self.language_combo.findText(text)
        if index >= 0:
            return str(self.language_combo.itemData(index))
        return text or "English"

    def set_language(self, name: str) -> None:
        """Show the original language with this English name (or as typed)."""
        index = self.language_combo.findData(name)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        else:
            self.language_combo.setCurrentText(name)


class NewDraftWizard(QWizard):
    """Create a new draft step by step, with a live preview of its first page."""

    def __init__(
        self,
        states: StateList | None = None,
        parent: QWidget | None = None,
        today: _dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newDraftWizard")
        self.setWindowTitle(self.tr("New draft resolution"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.today = today or _dt.date.today()
        self.states = states if states is not None else load_states()

        self.body_page = BodyPage()
        self.session_page = SessionPage(self.today)
        self.agenda_page = AgendaPage()
        self.sponsors_page = SponsorsPage(self.states)
        self.title_page = TitlePage()
        self.symbol_page = SymbolPage(self.today)
        pages: tuple[tuple[int, _Page], ...] = (
            (PAGE_BODY, self.body_page),
            (PAGE_SESSION, self.session_page),
            (PAGE_AGENDA, self.agenda_page),
            (PAGE_SPONSORS, self.sponsors_page),
            (PAGE_TITLE, self.title_page),
            (PAGE_SYMBOL, self.symbol_page),
        )
        for page_id, page in pages:
            self.setPage(page_id, page)
            page.changed.connect(self.refresh)

        self.preview = QTextBrowser()
        # What the preview shows, as composed: the masthead fields and the cover blocks.
        self.preview_masthead: Masthead | None = None
        self.preview_blocks: list[Block] = []
        self.preview.setObjectName("firstPagePreview")
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview.setMinimumWidth(280)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setStyleSheet("QTextBrowser { background: white; color: black; }")
        side = self.side_panel = QWidget()  # QWizard does not take ownership
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_label = QLabel(self.tr("First page as it will print"))
        side_label.setEnabled(False)
        side_layout.addWidget(side_label)
        side_layout.addWidget(self.preview, 1)
        self.setSideWidget(side)
        self.resize(980, 580)  # fits a 1024×600 screen; shrunk further by showEvent

        self.body_page.changed.connect(self._body_changed)
        self.currentIdChanged.connect(self._entered)
        self._body_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Keep the whole form on the screen, however small."""
        super().showEvent(event)
        from .layout import fit_to_screen

        fit_to_screen(self)

    # ------------------------------------------------------------------ navigation

    def path(self) -> tuple[int, ...]:
        """Return the steps this body goes through, in order."""
        if self.body_page.body() is Body.SECURITY_COUNCIL:
            return SECURITY_COUNCIL_PATH
        return FULL_PATH

    def nextId(self) -> int:  # noqa: N802 - Qt override
        """Return the next step for the chosen body, skipping steps it has no use for."""
        path = self.path()
        current = self.currentId()
        if current not in path:
            return -1
        index = path.index(current)
        return path[index + 1] if index + 1 < len(path) else -1

    def _body_changed(self) -> None:
        body = self.body_page.body()
        self.session_page.prepare(body)
        self.sponsors_page.suggest_officer(body)
        self._language_changed()
        self.refresh()

    def _language_changed(self) -> None:
        code = self.body_page.language()
        previous = self.sponsors_page.language
        if code == previous:
            return
        self.sponsors_page.set_language(code)
        # The original language follows the draft's, unless the drafter typed another one.
        if self.symbol_page.language() == ORIGINAL_FOR_LANGUAGE.get(previous, ""):
            self.symbol_page.set_language(ORIGINAL_FOR_LANGUAGE[code])

    def _entered(self, page_id: int) -> None:
        if page_id == PAGE_SPONSORS and self.sponsors_page.by_states.isChecked():
            self.sponsors_page.filter_edit.setFocus()
        self.refresh()

    # ------------------------------------------------------------------ the result

    def metadata(self) -> Metadata:
        """Return the metadata as chosen so far."""
        body = self.body_page.body()
        security_council = body is Body.SECURITY_COUNCIL
        date = self.symbol_page.date()
        return Metadata(
            body=body,
            language=self.body_page.language(),
            committee=self.body_page.committee(),
            symbol=self.symbol_page.symbol(),
            distribution="General" if security_council else "Limited",
            date=date,
            original_language=self.symbol_page.language(),
            session=None if security_council else self.session_page.session(),
            session_dates=(
                " ".join(self.session_page.dates_edit.text().split())
                if body is Body.HUMAN_RIGHTS_COUNCIL
                else ""
            ),
            agenda_items=[] if security_council else self.agenda_page.items(),
            sponsors=self.sponsors_page.sponsors(),
            submitted_by=self.sponsors_page.submitted_by(),
            title="" if security_council else self.title_page.title_text(),
        )

    def prefill(self, metadata: Metadata) -> None:
        """Start from an existing draft's details, to change them through the same checks."""
        self._kept = metadata
        self.setWindowTitle(self.tr("Draft details"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Apply"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.body_page.set_body(metadata.body, metadata.committee)
        self.body_page.set_language(metadata.language)
        if metadata.session is not None:
            self.session_page.number.set_value(metadata.session)
        self.session_page.dates_edit.setText(metadata.session_dates)
        page = self.agenda_page
        for index, item in enumerate(metadata.agenda_items):
            row = page.rows[0] if index == 0 else page.add_row()
            row.number.setText(item.number)
            row.sub_item.setText(item.sub_item)
            row.title.setText(item.title)
        sponsors = self.sponsors_page
        if metadata.submitted_by:
            sponsors.by_officer.setChecked(True)
            sponsors.officer_combo.setCurrentText(metadata.submitted_by)
        sponsors.add_names([sponsor.name for sponsor in metadata.sponsors])
        self.title_page.edit.setText(metadata.title)
        self.symbol_page.symbol_edit.setText(metadata.symbol)
        self.symbol_page.set_date(metadata.date)
        self.symbol_page.set_language(metadata.original_language)
        self.refresh()

    def edited_metadata(self) -> Metadata:
        """Return the details chosen, keeping what the steps do not edit (cover notes, ...)."""
        import dataclasses

        chosen = self.metadata()
        kept: Metadata | None = getattr(self, "_kept", None)
        if kept is None:
            return chosen
        return dataclasses.replace(chosen, cover_notes=kept.cover_notes, adoption=kept.adoption,
                                   closing_lines=kept.closing_lines)

    def resolution(self) -> Resolution:
        """Return the new draft: the metadata, one empty preambular and one empty operative."""
        return Resolution(
            metadata=self.metadata(), preambular=[Paragraph()], operative=[Paragraph()]
        )

    # ------------------------------------------------------------------ live feedback

    def refresh(self) -> None:
        """Update the preview and every step's remarks from the current choices."""
        resolution = self.resolution()
        meta = resolution.metadata
        scroll = self.preview.verticalScrollBar().value()
        self.preview_masthead, self.preview_blocks = first_page_blocks(resolution)
        self.preview.setHtml(cover_html(resolution, self.preview_masthead, self.preview_blocks))
        self.preview.verticalScrollBar().setValue(scroll)

        code = meta.language
        if code == "en":
            words, agenda = session_line(meta), agenda_line(meta)
            sponsors = sponsors_line(meta)
        else:
            words = languages.session_line(meta.session, code, meta.body)
            agenda = languages.agenda_line(meta.agenda_items, code, meta.body)
            sponsors = next((block.text for block in self.preview_blocks
                             if block.role is Role.SPONSORS), "")
        self.session_page.words.setText(words or "—")
        _set_flag(self.session_page.problem, self.session_page.problem_text())

        self.agenda_page.printed.setText(
            self.tr("Prints as: {line}").format(line=agenda) if agenda
            else self.tr("No agenda item yet: none will print.")
        )
        _set_flag(self.agenda_page.problem, self.agenda_page.problem_text())

        self.sponsors_page.printed.setText(sponsors or self.tr("(no sponsors yet)"))
        _set_flag(self.sponsors_page.problem, self.sponsors_page.problem_text())
        _set_flag(self.title_page.problem, self.title_page.problem_text())

        self.symbol_page.symbol_edit.setPlaceholderText(
            self.tr("e.g. {symbol} (optional)").format(symbol=symbol_example(meta)))
        found = symbol_problem(meta)
        problem = localized(found) if found else None
        _set_flag(
            self.symbol_page.problem,
            self.tr("Check the symbol: {problem}.").format(problem=problem) if problem else None,
            self.tr("The symbol fits this body.") if meta.symbol else "",
        )
