"""The interface in Spanish and French: every visible text of the window, its menus, the
new-draft wizard and the dialogs is translated, Qt's own buttons too; the language follows the
system's locale unless the interface/language setting names one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from draftdesk.library import NewClause, open_store
from draftdesk.model import Paragraph, Resolution, Text
from draftdesk.ui import i18n
from draftdesk.ui.settings import INTERFACE_LANGUAGE_KEY, Settings

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "resources" / "i18n"
# Texts the same in every language: names and symbols. Each language's own name stays in that
# language in the language choices.
SAME_EVERYWHERE = {"DraftDesk", "ECOSOC", "English", "Español", "Français", "Ctrl+Shift+V", "OK",
                   "Agreed (1)"}  # a library the user named
# A version the user named, with the time it was saved (digits, the same in every language).
USER_NAMED = re.compile(r"First reading \(\d{4}-\d\d-\d\d \d\d:\d\d\)")
# Widgets that show the draft's own words (in the draft's language, not the interface's).
DRAFT_TEXT = {"sessionWords", "agendaPrinted", "sponsorsPrinted", "firstPagePreview"}
LETTERS = re.compile(r"[^\W\d_]{2}")


def same_by_translation(code: str) -> re.Pattern[str]:
    """Match the texts the .ts translates by the same words ("Date" in French), filled in."""
    tree = ET.parse(TRANSLATIONS / f"draftdesk_{code}.ts")
    sources = [message.findtext("source", "") for message in tree.iter("message")
               if message.findtext("translation") == message.findtext("source")]
    patterns = [re.sub(r"\\\{[a-z_]+\\\}", ".+", re.escape(_plain(source).replace("&", "")))
                for source in sources]
    return re.compile("|".join(patterns))


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").strip()


def _key(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = [w for w in (parent.findChildren(type(widget), options=Qt.FindChildOption
                                                    .FindDirectChildrenOnly) if parent else [])]
        index = siblings.index(widget) if widget in siblings else 0
        parts.append(f"{type(widget).__name__}#{widget.objectName()}[{index}]")
        widget = parent
    return "/".join(reversed(parts))


def _in_dock_tabs(widget: QWidget) -> bool:
    """Say whether a widget is (in) the tab bar of docks stacked in the main window: Qt makes
    those as it pleases, and they show the docks' titles, which are checked on the docks."""
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(widget, QTabBar) and isinstance(parent, QMainWindow):
            return True
        widget = parent
    return False


def widget_texts(root: QWidget) -> dict[str, str]:
    """Return every text a user can see or hear in ``root``: labels, buttons, tips, titles."""
    texts: dict[str, str] = {}

    def add(key: str, text: str) -> None:
        text = _plain(text)
        if LETTERS.search(text):
            texts[key] = text

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in DRAFT_TEXT or _in_dock_tabs(widget):
            continue
        key = _key(widget, root)
        add(f"{key}.toolTip", widget.toolTip())
        add(f"{key}.accessibleName", widget.accessibleName())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(f"{key}.windowTitle", widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{key}.text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(f"{key}.title", widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{key}.placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for row in range(widget.count()):
                add(f"{key}.item{row}", widget.itemText(row))
        elif isinstance(widget, QComboBox):  # typed values are the draft's; the list is ours
            for row in range(widget.count()):
                if widget.itemData(row) is not None:
                    add(f"{key}.item{row}", widget.itemText(row))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(f"{key}.tab{tab}", widget.tabText(tab))
        elif isinstance(widget, QWizardPage):
            add(f"{key}.title", widget.title())
            add(f"{key}.subTitle", widget.subTitle())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            add(f"{key}.header", str(model.headerData(0, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QMenu):
            add(f"{key}.title", widget.title())
            for index, action in enumerate(widget.actions()):
                add(f"{key}.action{index}.text", action.text())
                add(f"{key}.action{index}.tip", action.statusTip())
    return texts


def window_texts(qtbot: Any) -> dict[str, str]:
    """Return the texts of the main window: start page, then a draft open, and its menus."""
    from draftdesk.ui.main_window import MainWindow
    from draftdesk.ui.session import Session

    window = MainWindow()
    qtbot.addWidget(window)
    texts = {f"start/{k}": v for k, v in widget_texts(window).items()}
    window.set_session(Session(Resolution(
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")])],
        operative=[Paragraph("Decides", [Text("to convene a forum")]),
                   Paragraph("Requests", [Text("the Secretary-General to report")])])))
    window.select_paragraph(window.session.resolution.operative[0].id)
    window._fill_recent_menu()
    texts.update({f"draft/{k}": v for k, v in widget_texts(window).items()})
    for index, action in enumerate(window.menuBar().actions()):
        texts[f"menubar/{index}"] = _plain(action.text())
    outline = window.outline.model()
    for row in range(outline.rowCount()):
        texts[f"outline/section{row}"] = str(outline.index(row, 0).data())
    # A version saved, compared with the text, and the export with changes asked for.
    from draftdesk.model import versions
    from draftdesk.ui.compare_view import ChangesExportDialog

    versions.save_version(window.session.resolution, "First reading")
    compare_window = window._editor_parts().versions_actions.open_compare()
    texts.update({f"compare/{k}": v for k, v in widget_texts(compare_window).items()})
    changes = ChangesExportDialog(window.session.resolution, "", window)
    texts.update({f"changes/{k}": v for k, v in widget_texts(changes).items()})
    changes.deleteLater()
    compare_window.close()
    window.session.mark_clean()
    window.close()
    return texts


def wizard_texts(qtbot: Any) -> dict[str, str]:
    """Return the texts of every step of the new-draft wizard, Qt's buttons included."""
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    wizard = NewDraftWizard()
    qtbot.addWidget(wizard)
    texts = {}
    for page_id in wizard.pageIds():
        texts.update({f"wizard/{k}": v for k, v in widget_texts(wizard).items()})
        texts.update({f"page{page_id}/{k}": v
                      for k, v in widget_texts(wizard.page(page_id)).items()})
        wizard.next()
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
        texts[f"wizard/button{int(which.value)}"] = _plain(wizard.buttonText(which))
    return texts


def dialog_texts(qtbot: Any, tmp_path: Path) -> dict[str, str]:
    """Return the texts of the dialogs: paste, footnote, cross-reference, library dialogs."""
    from draftdesk.ui.details_dialog import DetailsDialog
    from draftdesk.ui.dialogs import (
        CiteFootnoteDialog,
        CrossReferenceDialog,
        FootnoteTextDialog,
        PasteTextDialog,
    )
    from draftdesk.ui.library_dialogs import (
        ClauseEditDialog,
        LibraryNameDialog,
        SaveToLibraryDialog,
    )
    from draftdesk.ui.library_panel import LibraryPanel
    from draftdesk.ui.preferences import PreferencesDialog
    from draftdesk.ui.session import Session

    resolution = Resolution(operative=[Paragraph("Decides", [Text("to convene a forum")])])
    session = Session(resolution)
    store = open_store(tmp_path / "clauses.sqlite3")
    store.create_library("Agreed")
    ids, _ = store.add_clauses("Agreed", [NewClause("Decides to convene a forum", "operative",
                                                    "ga", "migration", key="forum")])
    clause = store.clause(ids[0])
    makers: dict[str, Callable[[], QWidget]] = {
        "paste": PasteTextDialog,
        "footnote": FootnoteTextDialog,
        "reference": lambda: CrossReferenceDialog(session, None),
        "cite": lambda: CiteFootnoteDialog(session),
        "save": lambda: SaveToLibraryDialog(store, resolution, [resolution.operative[0].id]),
        "clause": lambda: ClauseEditDialog(store, clause),
        "library": lambda: LibraryNameDialog(store),
        "rename": lambda: LibraryNameDialog(store, "Agreed"),
        "panel": lambda: LibraryPanel(store),
        "details": lambda: DetailsDialog(session),
        "preferences": lambda: PreferencesDialog(Settings(tmp_path / "preferences.ini")),
    }
    texts = {}
    try:
        for name, make in makers.items():
            dialog = make()
            qtbot.addWidget(dialog)
            texts.update({f"{name}/{k}": v for k, v in widget_texts(dialog).items()})
    finally:
        store.close()
    return texts


@pytest.fixture
def interface(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[str], dict[str, str]]]:
    """Return a function that builds the interface in a language and collects its texts."""

    def build(code: str) -> dict[str, str]:
        assert i18n.install(code) == code
        folder = tmp_path / code
        folder.mkdir()
        return {**window_texts(qtbot), **wizard_texts(qtbot), **dialog_texts(qtbot, folder)}

    yield build
    i18n.install(i18n.ENGLISH)


@pytest.mark.parametrize("code", ["es", "fr"])
def test_every_visible_text_is_translated(interface: Any, code: str) -> None:
    english = interface("en")
    translated = interface(code)
    # The same widgets, only their words differ (a menu Qt fills lazily may differ by one).
    assert len(set(english) ^ set(translated)) <= 2
    assert len(english) > 400
    same = same_by_translation(code)
    untranslated = sorted(f"{key}: {text!r}" for key, text in english.items()
                          if translated.get(key) == text and text not in SAME_EVERYWHERE
                          and not same.fullmatch(text.replace("&", ""))
                          and not USER_NAMED.fullmatch(text))
    assert not untranslated, "\n".join(untranslated)


def test_spanish_interface_speaks_un_spanish(interface: Any) -> None:
    texts = set(interface("es").values())
    for expected in ("&Archivo", "Párrafo del &preámbulo", "Párrafo &dispositivo",
                     "&Nota de pie de página", "Nuevo proyecto de resolución", "Cancelar"):
        assert expected in texts, expected


def test_french_interface_speaks_un_french(interface: Any) -> None:
    texts = set(interface("fr").values())
    for expected in ("&Fichier", "Alinéa du &préambule", "Paragraphe du &dispositif",
                     "&Note de bas de page", "Nouveau projet de résolution", "Annuler"):
        assert expected in texts, expected


def test_qt_own_buttons_follow_the_language(qtbot: Any) -> None:
    try:
        i18n.install("es")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        texts = {button.text() for button in box.buttons()}
        assert texts == {"Cancelar", "Guardar"}
        assert i18n.installed_language() == "es"
    finally:
        i18n.install(i18n.ENGLISH)
    assert i18n.installed_language() == "en"


@pytest.mark.parametrize(("locale", "expected"), [
    ("es_ES", "es"), ("es_MX", "es"), ("fr_FR", "fr"), ("fr_CA", "fr"), ("en_GB", "en"),
    ("de_DE", "en"), ("ar_EG", "en"),
])
def test_the_system_locale_picks_the_language(locale: str, expected: str) -> None:
    assert i18n.system_language(QLocale(locale)) == expected
    assert i18n.chosen_language("", QLocale(locale)) == expected
    # The preference wins over the system.
    assert i18n.chosen_language("fr", QLocale(locale)) == "fr"
    assert i18n.chosen_language("en", QLocale(locale)) == "en"


def test_the_interface_language_setting(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "draftdesk.ini")
    assert settings.interface_language == ""  # follow the system
    settings.interface_language = "es"
    settings.sync()
    assert Settings(tmp_path / "draftdesk.ini").interface_language == "es"
    assert Settings(tmp_path / "draftdesk.ini")._qsettings.value(INTERFACE_LANGUAGE_KEY) == "es"
    settings.interface_language = ""
    assert settings.interface_language == ""
    with pytest.raises(ValueError, match="unknown interface language"):
        settings.interface_language = "klingon"
    # A hand-edited file with a language DraftDesk does not have follows the system.
    settings._qsettings.setValue(INTERFACE_LANGUAGE_KEY, "de")
    assert settings.interface_language == ""


STARTUP = """
import sys
from PySide6.QtWidgets import QApplication
from draftdesk import app
from draftdesk.ui.actions import Actions
from PySide6.QtWidgets import QWidget
application = QApplication([])
print(app.install_translations())
parent = QWidget()
print(Actions(parent)["new"].text())
"""


@pytest.mark.parametrize(("lang", "preference", "expected", "menu"), [
    ("es_ES.UTF-8", "", "es", "&Nuevo proyecto…"),
    ("fr_FR.UTF-8", "", "fr", "&Nouveau projet…"),
    ("en_US.UTF-8", "", "en", "&New Draft…"),
    ("de_DE.UTF-8", "", "en", "&New Draft…"),
    ("en_US.UTF-8", "es", "es", "&Nuevo proyecto…"),
    ("es_ES.UTF-8", "en", "en", "&New Draft…"),
])
def test_start_up_follows_lang_and_the_preference(
        tmp_path: Path, lang: str, preference: str, expected: str, menu: str) -> None:
    config = tmp_path / "config"
    if preference:
        settings = Settings(config / "DraftDesk" / "draftdesk.ini")
        settings.interface_language = preference
        settings.sync()
    environment = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "",
                   "LC_MESSAGES": "", "XDG_CONFIG_HOME": str(config),
                   "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STARTUP], env=environment,
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split("\n")[:2] == [expected, menu]



@pytest.mark.parametrize("code", ["es", "fr"])
def test_no_two_entries_of_a_translated_menu_share_a_shortcut_letter(
        qtbot: Any, code: str) -> None:
    from draftdesk.ui.main_window import MainWindow
    from draftdesk.ui.session import Session

    try:
        i18n.install(code)
        window = MainWindow()
        qtbot.addWidget(window)
        window.set_session(Session(Resolution(operative=[Paragraph("Decides", [Text("x")])])))
        clashes = {}
        for top in window.menuBar().actions():
            letters: dict[str, list[str]] = {}
            for action in top.menu().actions():
                found = re.search(r"&(\w)", action.text().replace("&&", ""))
                if found:
                    letters.setdefault(found.group(1).casefold(), []).append(action.text())
            clashes.update({f"{top.text()} {letter}": texts for letter, texts in letters.items()
                            if len(texts) > 1})
        assert clashes == {}
        window.session.mark_clean()
        window.close()
    finally:
        i18n.install(i18n.ENGLISH)


def test_the_choices_a_preferences_dialog_offers() -> None:
    choices = i18n.preference_choices(QLocale("fr_FR"))
    assert choices == [("", "System language (Français)"), ("en", "English"),
                       ("es", "Español"), ("fr", "Français")]
    settings_values = [value for value, _label in choices]
    from draftdesk.ui.settings import INTERFACE_LANGUAGE_CHOICES

    assert tuple(settings_values) == INTERFACE_LANGUAGE_CHOICES
    try:
        i18n.install("es")
        assert i18n.preference_choices(QLocale("de_DE"))[0] == (
            "", "Idioma del sistema (English)")
    finally:
        i18n.install(i18n.ENGLISH)
