"""Help ▸ User Guide in the interface's language: the Spanish and French guides, their
pictures, and the labels they quote, which must be the interface's own so that the guide
cannot drift from what the user sees."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from draftdesk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = Path(__file__).parents[2]
GUIDE = ROOT / "resources" / "guide"
TRANSLATIONS = ROOT / "resources" / "i18n"
PAGES = {"en": GUIDE / "index.html", "es": GUIDE / "es" / "index.html",
         "fr": GUIDE / "fr" / "index.html"}
TITLES = {"en": "DraftDesk User Guide", "es": "Guía del usuario de DraftDesk",
          "fr": "Guide de l’utilisateur de DraftDesk"}
HEADINGS = {
    "en": ["Start a draft", "Footnotes and references", "Agreed language from the clause library",
           "Small screens"],
    "es": ["Empezar un proyecto", "Notas de pie de página y remisiones",
           "Lenguaje convenido de la biblioteca de cláusulas", "Pantallas pequeñas"],
    "fr": ["Commencer un projet", "Notes de bas de page et renvois",
           "Libellés convenus de la bibliothèque de clauses", "Petits écrans"],
}
MENU_STEP = "▸"


class GuidePage(HTMLParser):
    """Read what a guide page quotes of the interface (class="ui") and the pictures it shows."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.labels: list[str] = []
        self.images: list[str] = []
        self._quoting = 0
        self._quoted: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "img" and found.get("src"):
            self.images.append(str(found["src"]))
        if self._quoting:
            self._quoting += 1
        elif "ui" in (found.get("class") or "").split():
            self._quoting, self._quoted = 1, []

    def handle_endtag(self, tag: str) -> None:
        if self._quoting:
            self._quoting -= 1
            if not self._quoting:
                self.labels.append("".join(self._quoted))

    def handle_data(self, data: str) -> None:
        if self._quoting:
            self._quoted.append(data)


def plain(label: str) -> str:
    """Return a label as the user reads it: no mnemonic mark, dots or colon after it."""
    label = label.replace("&", "").replace("\xa0", " ")
    label = re.sub(r"\s+", " ", label).strip()
    return label.removesuffix("…").removesuffix("...").removesuffix(":").strip()


def interface_labels(code: str) -> dict[str, set[str]]:
    """Return each label the interface shows in ``code``, with the English labels it stands for.

    English labels are the source strings of the code (the .ts files hold each of them).
    """
    tree = ET.parse(TRANSLATIONS / f"draftdesk_{'es' if code == 'en' else code}.ts")
    labels: dict[str, set[str]] = {}
    for message in tree.iter("message"):
        source = plain(message.findtext("source", ""))
        shown = source if code == "en" else plain(message.findtext("translation", ""))
        labels.setdefault(shown, set()).add(source)
    return labels


def quoted_steps(code: str) -> list[list[str]]:
    """Return each label the guide quotes, a menu path split into its steps."""
    return [[plain(step) for step in label.split(MENU_STEP)]
            for label in GuidePage(PAGES[code]).labels]


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_every_label_the_guide_quotes_is_the_interfaces_own(code: str) -> None:
    labels = interface_labels(code)
    quoted = quoted_steps(code)
    assert len(quoted) >= 15
    missing = [step for steps in quoted for step in steps if step not in labels]
    assert not missing, f"the {code} guide names what the interface does not show: {missing}"


@pytest.mark.parametrize("code", ["es", "fr"])
def test_a_translated_guide_quotes_the_same_labels_as_the_english_one(code: str) -> None:
    english = quoted_steps("en")
    translated = quoted_steps(code)
    labels = interface_labels(code)
    assert [len(steps) for steps in translated] == [len(steps) for steps in english]
    for steps, english_steps in zip(translated, english, strict=True):
        for step, english_step in zip(steps, english_steps, strict=True):
            assert english_step in labels[step], (step, english_step)


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_every_picture_of_the_guide_is_there(code: str) -> None:
    page = GuidePage(PAGES[code])
    assert page.images == GuidePage(PAGES["en"]).images
    for name in page.images:
        picture = PAGES[code].parent / name
        assert picture.is_file(), picture
        assert picture.read_bytes().startswith(b"\x89PNG"), picture


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_f1_opens_the_guide_in_the_interfaces_language(qtbot: Any, window: Any,
                                                       code: str) -> None:
    from draftdesk.ui.user_guide import UserGuide

    assert i18n.install(code) == code
    try:
        UserGuide._open = None
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = UserGuide._open
        assert guide is not None and guide.isVisible()
        assert guide.page == PAGES[code]
        assert guide.windowTitle() == TITLES[code]
        assert guide.browser.documentTitle() == TITLES[code]
        text = guide.browser.toPlainText()
        for heading in HEADINGS[code]:
            assert heading in text
        document = guide.browser.document()
        for name in GuidePage(PAGES[code]).images:
            assert not document.resource(2, name).isNull(), name  # 2: ImageResource
        guide.close()
    finally:
        UserGuide._open = None
        i18n.install(i18n.ENGLISH)


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    from draftdesk.ui.user_guide import guide_page

    assert guide_page("en") == PAGES["en"]
    assert guide_page("es") == PAGES["es"]
    assert guide_page("de") == PAGES["en"]
    assert guide_page("../es") == PAGES["en"]


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_every_menu_path_of_the_guide_leads_to_its_entry(qtbot: Any, dialogs: Any,
                                                         code: str) -> None:
    from gui_helpers import SEED

    from draftdesk.importers import import_text
    from draftdesk.ui.main_window import MainWindow

    assert i18n.install(code) == code
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.open_resolution(import_text(SEED.read_text(encoding="utf-8")), dirty=False)
        menus = {plain(action.text()): action.menu()
                 for action in window.menuBar().actions() if action.menu()}
        paths = [steps for steps in quoted_steps(code) if len(steps) > 1]
        assert len(paths) >= 8
        for menu_title, entry in paths:
            assert menu_title in menus, (menu_title, sorted(menus))
            entries = [plain(action.text()) for action in _all_actions(menus[menu_title])]
            assert entry in entries, (menu_title, entry, entries)
        window.close()
    finally:
        i18n.install(i18n.ENGLISH)


def _all_actions(menu: Any) -> list[Any]:
    """Return a menu's actions, those of its submenus included."""
    menu.aboutToShow.emit()  # menus filled when they open (Open Recent) fill now
    out = []
    for action in menu.actions():
        out.append(action)
        if action.menu() is not None:
            out.extend(_all_actions(action.menu()))
    return out
