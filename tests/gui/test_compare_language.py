"""The compare window in the interface's language: change lines, summary and page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from gui_helpers import DialogScript
from PySide6.QtWidgets import QInputDialog

from draftdesk.compare import Kind
from draftdesk.messages import Message
from draftdesk.ui import i18n
from draftdesk.ui.compare_view import summary_line
from language_fixtures import FIRST_READING, negotiate_in_window, translated_seed

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

# The words of the English change lines and places: none may be left in a translated line.
TEMPLATE_WORDS = re.compile(
    r"\b(added|deleted|moved|from|changed|removed|footnote|edited|was|ending|derived|operative|"
    r"preambular|paragraph|heading|quoted|block|annex|resolution|sponsors|title|metadata|label|"
    r"hidden|No changes|Cover|Text|Footnotes)\b")
# A few words each language must use, as the UN writes them.
EXPECTED = {
    "es": ("de la parte dispositiva", "del preámbulo", "nota ", "título"),
    "fr": ("du dispositif", "du préambule", "note ", "titre"),
}
ONE_HIDDEN = {"es": "(1 cambio derivado oculto)", "fr": "(1 modification dérivée masquée)"}
# A sub-paragraph's place prints its label as the draft does: "4 b)", never "4 (b)".
SUBPARAGRAPH = re.compile(r" \d+ [a-z]\) ")


@pytest.fixture
def window_in(qtbot: Any, dialogs: DialogScript) -> Iterator[Callable[[str], Any]]:
    """Return a function that builds the main window under an interface language."""
    from draftdesk.ui.main_window import MainWindow

    built: list[Any] = []

    def build(code: str) -> Any:
        assert i18n.install(code) == code
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield build
    for window in built:
        window.session.mark_clean()
        window.close()
    i18n.install(i18n.ENGLISH)


def open_and_negotiate(window: Any, monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """Open the seed in ``code``, save a version through the window, and change the text."""
    window.open_resolution(translated_seed(code), dirty=True)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_a, **_k: (FIRST_READING[code], True)))
    window.ui_actions["save_version"].trigger()
    assert [v.name for v in window.session.resolution.versions] == [FIRST_READING[code]]
    negotiate_in_window(window, code)


def without_data(line: Message, shown: str) -> str:
    """Return a shown line without the draft's own words it quotes (its plain values)."""
    for value in line.values.values():
        if not isinstance(value, Message):
            shown = shown.replace(str(value), " ")
    return shown


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_compare_view_speaks_the_interface_language(
        window_in: Callable[[str], Any], qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        code: str) -> None:
    window = window_in(code)
    open_and_negotiate(window, monkeypatch, code)
    window.ui_actions["compare_versions"].trigger()
    view = window._editor_parts().versions_actions.compare_window
    qtbot.waitExposed(view)
    # Derived changes hidden: the summary says how many, in the language.
    hidden = view.summary.text()
    assert not TEMPLATE_WORDS.search(hidden), hidden
    assert summary_line(view.comparison, 1).endswith(ONE_HIDDEN[code])
    view.derived_box.setChecked(True)
    assert {c.kind for c in view.changes} == set(Kind)
    lines = [view.change_list.item(row).text() for row in range(view.change_list.count())]
    assert len(lines) == len(view.changes)
    for change, shown in zip(view.changes, lines, strict=True):
        english = change.summary()
        assert shown != english
        assert not TEMPLATE_WORDS.search(without_data(english, shown)), shown
    summary = view.summary.text()
    assert summary != view.comparison.summary()
    assert not TEMPLATE_WORDS.search(summary), summary
    assert re.search(r"\d", summary)
    everything = "\n".join([*lines, summary])
    for words in EXPECTED[code]:
        assert words in everything, everything
    assert SUBPARAGRAPH.search(everything) and "(a)" not in everything
    # The page beside the list: its headings and places too.
    view.side_box.setChecked(True)
    page = view.text.toPlainText()
    assert not re.search(r"\b(Cover|Text|Footnotes|moved|footnote|sponsors)\b", page), page[:400]

