"""The guided new-draft wizard, driven through its real widgets."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from draftdesk.compose import Role, compose
from draftdesk.model import AgendaItem, Body, Metadata, Paragraph, Sponsor
from draftdesk.storage.states import load_states
from draftdesk.ui.new_draft_wizard import (
    PAGE_AGENDA,
    PAGE_BODY,
    PAGE_SESSION,
    PAGE_SPONSORS,
    PAGE_SYMBOL,
    PAGE_TITLE,
    NewDraftWizard,
    default_session,
)

# The offscreen platform says so whenever a top-level widget is shown; it is not our fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date(2026, 11, 28)
SEED_AGENDA_TITLE = "Follow-up to the outcome of the Millennium Summit"
SEED_TITLE = "Global Forum on Migration and Development"


@pytest.fixture(scope="module")
def states():
    return load_states()


@pytest.fixture
def wizard(qtbot, states) -> NewDraftWizard:
    wizard = NewDraftWizard(states=states, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: NewDraftWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_option(qtbot, button) -> None:
    """Click a radio button on its label: it only reacts there, not across its whole width."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def preview(wizard: NewDraftWizard) -> str:
    return wizard.preview.toPlainText()


def test_walk_through_creates_the_seed_metadata(qtbot, wizard: NewDraftWizard) -> None:
    assert wizard.currentId() == PAGE_BODY
    click_option(qtbot, wizard.body_page.radios[Body.GA_PLENARY])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_SESSION
    type_into(qtbot, wizard.session_page.number, "62")
    assert wizard.session_page.words.text() == "Sixty-second session"
    assert "Sixty-second session" in preview(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_AGENDA
    row = wizard.agenda_page.rows[0]
    type_into(qtbot, row.number, "116")
    type_into(qtbot, row.title, SEED_AGENDA_TITLE)
    assert wizard.agenda_page.printed.text() == "Prints as: Agenda item 116"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_SPONSORS
    sponsors = wizard.sponsors_page
    type_into(qtbot, sponsors.filter_edit, "Ecu")
    assert sponsors.available.currentItem().text() == "Ecuador"
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_SPONSORS  # Enter picked a State, it did not move on
    assert sponsors.filter_edit.text() == ""
    qtbot.keyClicks(sponsors.filter_edit, "mex")
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Enter)
    assert sponsors.printed.text() == "Ecuador and Mexico: draft resolution"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_TITLE
    type_into(qtbot, wizard.title_page.edit, SEED_TITLE)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_SYMBOL
    assert wizard.symbol_page.language_combo.currentText() == "English"
    wizard.symbol_page.date_edit.setDate(QDate(2007, 11, 30))
    assert wizard.symbol_page.date_edit.text() == "30 November 2007"
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    resolution = wizard.resolution()
    assert resolution.metadata == Metadata(
        body=Body.GA_PLENARY,
        committee=None,
        symbol="",
        distribution="Limited",
        date=dt.date(2007, 11, 30),
        original_language="English",
        session=62,
        agenda_items=[AgendaItem(number="116", title=SEED_AGENDA_TITLE)],
        sponsors=[Sponsor("Ecuador"), Sponsor("Mexico")],
        title=SEED_TITLE,
    )
    # One empty paragraph in each part, ready for typing.
    assert [(p.lead, p.content, p.children) for p in resolution.preambular] == [("", [], [])]
    assert [(p.lead, p.content, p.children) for p in resolution.operative] == [("", [], [])]
    assert isinstance(resolution.operative[0], Paragraph)

    lines = [line.strip() for line in preview(wizard).splitlines() if line.strip()]
    for expected in (
        "General Assembly",
        "Distr.: Limited",
        "30 November 2007",
        "Original: English",
        "Sixty-second session",
        "Agenda item 116",
        SEED_AGENDA_TITLE,
        "Ecuador and Mexico: draft resolution",
        SEED_TITLE,
        "The General Assembly,",
    ):
        assert expected in lines
    order = [
        lines.index(x)
        for x in (
            "Sixty-second session",
            "Ecuador and Mexico: draft resolution",
            SEED_TITLE,
            "The General Assembly,",
        )
    ]
    assert order == sorted(order)
    # The preview shows the composed cover, block by block, in the composition's order.
    masthead, cover = compose(resolution).masthead, compose(resolution).cover()
    assert (wizard.preview_masthead, wizard.preview_blocks) == (masthead, cover)
    assert [b.role for b in cover][-4:] == [Role.AGENDA_TITLE, Role.SPONSORS, Role.TITLE,
                                            Role.FORMULA]
    shown = [lines.index(b.text.splitlines()[0]) for b in cover]
    assert shown == sorted(shown)


def test_security_council_skips_session_agenda_and_title(qtbot, wizard: NewDraftWizard) -> None:
    # Typed on a General Assembly path first, then the body changes: none of it may leak.
    wizard.title_page.edit.setText("Stray title")
    wizard.agenda_page.rows[0].number.setText("5")
    click_option(qtbot, wizard.body_page.radios[Body.SECURITY_COUNCIL])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_SPONSORS
    wizard.sponsors_page.add_names(["United Kingdom of Great Britain and Northern Ireland"])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_SYMBOL
    assert wizard.visitedIds() == [PAGE_BODY, PAGE_SPONSORS, PAGE_SYMBOL]
    type_into(qtbot, wizard.symbol_page.symbol_edit, "S/2022/443")
    assert "fits" in wizard.symbol_page.problem.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    meta = wizard.resolution().metadata
    assert meta.body is Body.SECURITY_COUNCIL
    assert meta.session is None and meta.title == "" and meta.agenda_items == []
    assert meta.distribution == "General"
    text = preview(wizard)
    assert "Security Council" in text and "Distr.: General" in text
    assert "The Security Council," in text
    assert "session" not in text and "Stray title" not in text and "Agenda" not in text
    # As on the printed page: the names fill a line, "draft resolution" goes to the next.
    assert "United Kingdom of Great Britain and Northern Ireland:\ndraft resolution" in text


def test_back_from_symbol_on_security_council_returns_to_sponsors(
    qtbot, wizard: NewDraftWizard
) -> None:
    wizard.body_page.set_body(Body.SECURITY_COUNCIL)
    wizard.next()
    wizard.next()
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == PAGE_SPONSORS


@pytest.mark.parametrize(
    ("symbol", "flag"),
    [
        ("A/C.2/62/L.5", "names a subsidiary body"),
        ("S/2022/443", "is not a draft symbol"),
        ("A/61/L.25", "names session 61, not 62"),
        ("A/62/25", "is not a draft symbol"),
    ],
)
def test_wrong_symbol_is_flagged_not_refused(
    qtbot, wizard: NewDraftWizard, symbol: str, flag: str
) -> None:
    wizard.next()
    wizard.session_page.number.set_value(62)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.title_page.edit.setText(SEED_TITLE)
    wizard.next()
    assert wizard.currentId() == PAGE_SYMBOL
    type_into(qtbot, wizard.symbol_page.symbol_edit, symbol)
    assert flag in wizard.symbol_page.problem.text()
    assert wizard.symbol_page.problem.text().startswith("Check the symbol")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_into(qtbot, wizard.symbol_page.symbol_edit, "A/62/L.25")
    assert wizard.symbol_page.problem.text() == "The symbol fits this body."
    assert wizard.resolution().metadata.symbol == "A/62/L.25"


def test_sponsors_print_in_un_order_with_observers_last(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SPONSORS
    for typed in ("Mexico", "cote d'", "State of Pal"):
        type_into(qtbot, sponsors.filter_edit, typed)
        qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    expected = "Côte d’Ivoire, Mexico and State of Palestine: draft resolution"
    assert sponsors.printed.text() == expected
    assert expected in preview(wizard)
    chosen = [sponsors.chosen.item(row).text() for row in range(sponsors.chosen.count())]
    assert chosen == ["Côte d’Ivoire", "Mexico", "State of Palestine"]
    assert [(s.name, s.observer) for s in wizard.resolution().metadata.sponsors] == [
        ("Côte d’Ivoire", False),
        ("Mexico", False),
        ("State of Palestine", True),
    ]
    # A chosen State leaves the list of States on offer.
    type_into(qtbot, sponsors.filter_edit, "Mexico")
    assert sponsors.available.count() == 0


def test_arrow_keys_in_filter_move_through_matches(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    wizard.next()
    wizard.next()
    wizard.next()
    type_into(qtbot, sponsors.filter_edit, "gui")
    assert sponsors.available.currentItem().text() == "Guinea"
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Down)
    assert sponsors.available.currentItem().text() == "Guinea-Bissau"
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    assert [s.name for s in wizard.resolution().metadata.sponsors] == ["Guinea-Bissau"]


def test_remove_sponsor_with_delete_key_and_button(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    sponsors.add_names(["Mexico", "Ecuador", "Chile"])
    assert sponsors.printed.text() == "Chile, Ecuador and Mexico: draft resolution"
    sponsors.chosen.setCurrentRow(1)
    qtbot.keyClick(sponsors.chosen, Qt.Key.Key_Delete)
    assert sponsors.printed.text() == "Chile and Mexico: draft resolution"
    sponsors.chosen.setCurrentRow(0)
    qtbot.mouseClick(sponsors.remove_button, Qt.MouseButton.LeftButton)
    assert sponsors.printed.text() == "Mexico: draft resolution"
    assert wizard.resolution().metadata.sponsors == [Sponsor("Mexico")]


def test_submitted_by_an_officer_replaces_the_sponsors(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    wizard.body_page.set_body(Body.GA_COMMITTEE, 3)
    sponsors.add_names(["Mexico"])
    click_option(qtbot, sponsors.by_officer)
    assert not sponsors.filter_edit.isEnabled()
    meta = wizard.resolution().metadata
    assert meta.sponsors == []
    assert meta.submitted_by == "Draft resolution submitted by the Chair"
    assert sponsors.printed.text() == "Draft resolution submitted by the Chair"
    wizard.body_page.set_body(Body.GA_PLENARY)
    assert sponsors.printed.text() == (
        "Draft resolution submitted by the President of the General Assembly"
    )
    sponsors.officer_combo.setEditText(
        "Draft resolution submitted by the Vice-Chair, Ms. Ana Pérez"
    )
    wizard.body_page.set_body(Body.ECOSOC)  # what the drafter typed stays
    assert wizard.resolution().metadata.submitted_by.endswith("Ms. Ana Pérez")
    sponsors.officer_combo.setEditText("  ")
    assert not sponsors.isComplete()


def test_session_number_is_checked_and_shown_in_words(qtbot, wizard: NewDraftWizard) -> None:
    wizard.next()
    page = wizard.session_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_into(qtbot, page.number, "0")
    assert not next_button.isEnabled()
    assert page.problem.text() == "The session number must be between 1 and 200."
    type_into(qtbot, page.number, "250")
    assert not next_button.isEnabled()
    assert page.problem.text() == "The session number must be between 1 and 200."
    assert page.words.text() == "—"
    type_into(qtbot, page.number, "x25")  # only digits get through
    assert page.number.text() == "25" and page.words.text() == "Twenty-fifth session"
    assert next_button.isEnabled() and page.problem.text() == ""
    type_into(qtbot, page.number, "100")
    assert page.words.text() == "One hundredth session"
    qtbot.keyClick(page.number, Qt.Key.Key_Up)
    assert page.words.text() == "One hundred and first session"
    type_into(qtbot, page.number, "200")
    qtbot.keyClick(page.number, Qt.Key.Key_Up)
    assert page.number.text() == "200"


@pytest.mark.parametrize(
    ("body", "value", "words", "extra"),
    [
        (Body.ECOSOC, "2019", "2019 session", "Economic and Social Council"),
        (Body.GA_EMERGENCY, "10", "Tenth emergency special session", "General Assembly"),
        (Body.HUMAN_RIGHTS_COUNCIL, "34", "Thirty-fourth session", "Human Rights Council"),
    ],
)
def test_session_step_adapts_to_the_body(
    qtbot, wizard: NewDraftWizard, body: Body, value: str, words: str, extra: str
) -> None:
    wizard.body_page.set_body(body)
    wizard.next()
    page = wizard.session_page
    assert page.number.value() == default_session(body, TODAY)
    assert page.words.text() != "—"
    type_into(qtbot, page.number, value)
    assert page.words.text() == words
    assert page.dates_edit.isVisible() is (body is Body.HUMAN_RIGHTS_COUNCIL)
    assert words in preview(wizard) and extra in preview(wizard)


def test_human_rights_council_block_prints_council_session_and_dates(
    qtbot, wizard: NewDraftWizard
) -> None:
    wizard.body_page.set_body(Body.HUMAN_RIGHTS_COUNCIL)
    wizard.next()
    wizard.session_page.number.set_value(34)
    type_into(qtbot, wizard.session_page.dates_edit, "27 February-24 March 2017")
    assert "en dash" in wizard.session_page.problem.text()
    # QTest types ASCII only: the en dash goes in as the user's input method would put it.
    wizard.session_page.dates_edit.setText("27 February–24 March 2017")
    assert wizard.session_page.problem.text() == ""
    lines = [line.strip() for line in preview(wizard).splitlines() if line.strip()]
    start = lines.index("Human Rights Council")
    assert lines[start : start + 3] == [
        "Human Rights Council",
        "Thirty-fourth session",
        "27 February–24 March 2017",
    ]
    assert "The Human Rights Council," in lines
    assert wizard.resolution().metadata.session_dates == "27 February–24 March 2017"


def test_main_committee_prints_its_line(qtbot, wizard: NewDraftWizard) -> None:
    click_option(qtbot, wizard.body_page.radios[Body.GA_COMMITTEE])
    assert wizard.body_page.committee_combo.isEnabled()
    wizard.body_page.committee_combo.setCurrentIndex(3)
    meta = wizard.resolution().metadata
    assert (meta.body, meta.committee) == (Body.GA_COMMITTEE, 4)
    # Broken before the short name, as UN documents print it.
    assert "Decolonization Committee\n(Fourth Committee)" in preview(wizard)
    click_option(qtbot, wizard.body_page.radios[Body.GA_PLENARY])
    assert not wizard.body_page.committee_combo.isEnabled()
    assert wizard.resolution().metadata.committee is None


def test_several_agenda_items_and_sub_items(qtbot, wizard: NewDraftWizard) -> None:
    wizard.next()
    wizard.next()
    page = wizard.agenda_page
    type_into(qtbot, page.rows[0].number, "13")
    page.rows[0].title.setText("Integrated and coordinated implementation")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 2
    type_into(qtbot, page.rows[1].number, "70")
    type_into(qtbot, page.rows[1].sub_item, "B2b")  # only lower-case letters get through
    assert page.rows[1].sub_item.text() == "b"
    assert page.printed.text() == "Prints as: Agenda items 13 and 70 (b)"
    assert [item.label for item in wizard.resolution().metadata.agenda_items] == ["13", "70 (b)"]

    type_into(qtbot, page.rows[1].number, "13")
    page.rows[1].sub_item.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.problem.text() == "Agenda item 13 is listed twice."
    qtbot.mouseClick(page.rows[1].remove, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 1 and page.problem.text() == ""

    page.rows[0].number.clear()
    assert page.problem.text() == "Agenda item 1 needs its number."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.rows[0].title.clear()
    assert page.printed.text() == "No agenda item yet: none will print."
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_title_is_required_and_a_final_full_stop_flagged(qtbot, wizard: NewDraftWizard) -> None:
    for _ in range(4):
        wizard.next()
    assert wizard.currentId() == PAGE_TITLE
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    type_into(qtbot, wizard.title_page.edit, "Oceans and the law of the sea.")
    assert wizard.title_page.problem.text() == "A title takes no final full stop."
    assert next_button.isEnabled()


def test_no_date_yet(qtbot, wizard: NewDraftWizard) -> None:
    assert wizard.resolution().metadata.date == TODAY
    wizard.symbol_page.date_check.setChecked(False)
    assert not wizard.symbol_page.date_edit.isEnabled()
    assert wizard.resolution().metadata.date is None
    assert "no date yet" in preview(wizard)


def test_labels_have_buddies_for_mnemonics(wizard: NewDraftWizard) -> None:
    assert wizard.session_page.number_label.buddy() is wizard.session_page.number
    assert wizard.session_page.dates_label.buddy() is wizard.session_page.dates_edit
    header = wizard.agenda_page._header
    first = wizard.agenda_page.rows[0]
    assert [label.buddy() for label in header] == [first.number, first.sub_item, first.title]
    texts = [radio.text() for radio in wizard.body_page.radios.values()]
    assert all("&" in text for text in texts)
    assert len({text[text.index("&") + 1].lower() for text in texts}) == len(texts)


@pytest.mark.parametrize(
    ("body", "date", "session"),
    [
        (Body.GA_PLENARY, dt.date(2025, 9, 9), 80),
        (Body.GA_PLENARY, dt.date(2025, 8, 31), 79),
        (Body.GA_PLENARY, dt.date(2007, 11, 30), 62),
        (Body.ECOSOC, dt.date(2019, 7, 1), 2019),
        (Body.HUMAN_RIGHTS_COUNCIL, dt.date(2017, 3, 1), 34),
    ],
)
def test_default_session(body: Body, date: dt.date, session: int) -> None:
    assert default_session(body, date) == session


def test_typing_keeps_reference_counts_of_true_and_none(qtbot, wizard: NewDraftWizard) -> None:
    # PySide6 6.12.0 lost a reference to True on every signal and to None on every virtual call;
    # on Python 3.11 the interpreter then aborts mid-session. Typing must leave them balanced.
    for _ in range(4):
        wizard.next()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(5):
        type_into(qtbot, wizard.title_page.edit, "Global Forum on Migration and Development")
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] - before[0] > -50
    assert after[1] - before[1] > -50


def test_enter_in_the_lists_picks_without_leaving_the_step(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    wizard.next()
    wizard.next()
    wizard.next()
    type_into(qtbot, sponsors.filter_edit, "chil")
    sponsors.available.setFocus()
    qtbot.keyClick(sponsors.available, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_SPONSORS
    assert sponsors.printed.text() == "Chile: draft resolution"
    sponsors.chosen.setCurrentRow(0)
    qtbot.keyClick(sponsors.chosen, Qt.Key.Key_Enter)
    assert wizard.currentId() == PAGE_SPONSORS
    assert sponsors.chosen.count() == 0


@pytest.mark.parametrize(
    "page_id", [PAGE_BODY, PAGE_SESSION, PAGE_AGENDA, PAGE_SPONSORS, PAGE_TITLE, PAGE_SYMBOL]
)
def test_mnemonics_on_each_step_do_not_clash(wizard: NewDraftWizard, page_id: int) -> None:
    page = wizard.page(page_id)
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    last = QWizard.WizardButton.FinishButton if page_id == PAGE_SYMBOL else None
    for which in (QWizard.WizardButton.BackButton, last or QWizard.WizardButton.NextButton):
        texts.append(wizard.buttonText(which))
    letters = [
        text[text.index("&") + 1].lower()
        for text in texts
        if "&" in text and not text.endswith("&")
    ]
    assert letters, "no mnemonics on this step"
    assert len(letters) == len(set(letters)), texts


def focus_chain(start, count: int) -> list:
    chain = [start]
    widget = start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(start.window()):
            chain.append(widget)
    return chain


def test_tab_order_follows_the_agenda_rows(qtbot, wizard: NewDraftWizard) -> None:
    wizard.next()
    wizard.next()
    page = wizard.agenda_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)  # Qt shows widgets added to a visible page on the next turn of the loop
    first, second = page.rows
    assert focus_chain(first.number, 9) == [
        *first.widgets(),
        *second.widgets(),
        page.add_button,
    ]


def test_tab_order_of_the_sponsors_step(wizard: NewDraftWizard) -> None:
    for _ in range(3):
        wizard.next()
    page = wizard.sponsors_page
    assert focus_chain(page.filter_edit, 5) == [
        page.filter_edit,
        page.available,
        page.add_button,
        page.remove_button,
        page.chosen,
    ]


def test_a_draft_in_spanish_is_chosen_on_the_first_step_and_previews_in_spanish(
        qtbot, wizard: NewDraftWizard) -> None:
    body = wizard.body_page
    body.language_combo.setFocus()
    body.set_language("es")
    assert body.language_combo.currentText() == "Español"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_into(qtbot, wizard.session_page.number, "62")
    assert wizard.session_page.words.text() == "Sexagésimo segundo período de sesiones"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    row = wizard.agenda_page.rows[0]
    type_into(qtbot, row.number, "116")
    assert wizard.agenda_page.printed.text().endswith("Tema 116 del programa")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    sponsors = wizard.sponsors_page
    # The States show, and are found, under their Spanish names.
    type_into(qtbot, sponsors.filter_edit, "Al")
    listed = [sponsors.available.item(i).text() for i in range(sponsors.available.count())]
    # Spanish names that start with it first, in Spanish order; then Algeria (Argelia).
    assert listed[:3] == ["Albania", "Alemania", "Argelia"]
    type_into(qtbot, sponsors.filter_edit, "Alema")  # found by its Spanish name only
    assert sponsors.available.currentItem().text() == "Alemania"
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    type_into(qtbot, sponsors.filter_edit, "Mexi")  # accents ignored
    assert sponsors.available.currentItem().text() == "México"
    sponsors.filter_edit.clear()
    qtbot.keyClicks(sponsors.filter_edit, "Ecu")
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(sponsors.filter_edit, "Indo")
    qtbot.keyClick(sponsors.filter_edit, Qt.Key.Key_Return)
    # Spanish order (Germany is Alemania), and "e" before the i-sound of Indonesia.
    assert [sponsors.chosen.item(i).text() for i in range(sponsors.chosen.count())] == [
        "Alemania", "Ecuador", "Indonesia"]
    assert sponsors.printed.text() == "Alemania, Ecuador e Indonesia: proyecto de resolución"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.title_page.edit.setText("Foro Mundial sobre la Migración y el Desarrollo")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.symbol_page.language() == "Spanish"
    wizard.symbol_page.date_edit.setDate(QDate(2007, 11, 30))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    resolution = wizard.resolution()
    metadata = resolution.metadata
    assert metadata.language == "es" and metadata.original_language == "Spanish"
    # Stored under their English names, as every draft keeps its sponsors.
    assert sorted(s.name for s in metadata.sponsors) == ["Ecuador", "Germany", "Indonesia"]
    printed = compose(resolution)
    assert wizard.preview_blocks == printed.cover()
    assert printed.masthead is not None and wizard.preview_masthead == printed.masthead
    text = preview(wizard)
    for expected in ("Naciones Unidas", "Original: español", "30 de noviembre de 2007",
                     "Sexagésimo segundo período de sesiones", "Tema 116 del programa",
                     "Alemania, Ecuador e Indonesia: proyecto de resolución",
                     "La Asamblea General,"):
        assert expected in text, expected
    assert "United Nations" not in text


def test_prefilling_a_french_draft_keeps_its_language(qtbot, wizard: NewDraftWizard) -> None:
    wizard.prefill(Metadata(body=Body.GA_PLENARY, session=68, language="fr",
                            original_language="French", sponsors=[Sponsor("Mexico")],
                            title="Migrations"))
    assert wizard.body_page.language() == "fr"
    assert wizard.sponsors_page.chosen.item(0).text() == "Mexique"
    assert wizard.edited_metadata().language == "fr"
    assert "Nations Unies" in preview(wizard)


def test_the_officer_line_prints_in_the_draft_s_language(qtbot, wizard: NewDraftWizard) -> None:
    sponsors = wizard.sponsors_page
    sponsors.by_officer.setChecked(True)
    assert wizard.metadata().submitted_by == (
        "Draft resolution submitted by the President of the General Assembly")
    wizard.body_page.set_language("es")
    assert wizard.metadata().submitted_by == (
        "Proyecto de resolución presentado por la Presidencia de la Asamblea General")
    assert sponsors.printed.text() == wizard.metadata().submitted_by
    wizard.body_page.set_language("fr")
    assert wizard.metadata().submitted_by == (
        "Projet de résolution présenté par la présidence de l’Assemblée générale")
    # A line the drafter typed is theirs: it stays as typed.
    sponsors.officer_combo.setCurrentText("Projet présenté par le Rapporteur")
    wizard.body_page.set_language("es")
    assert wizard.metadata().submitted_by == "Projet présenté par le Rapporteur"
