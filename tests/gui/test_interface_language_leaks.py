"""English left in a Spanish or French window, found by using it as a drafter would: the date
field, the source paragraph of Save to Library, Qt's own file dialog, the built-in clauses'
notes, the status bar after saving and the texts of the item views (outline, footnotes,
library results, with their tips)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTreeView

from draftdesk.library import open_store
from draftdesk.model import Paragraph, Resolution, Text
from draftdesk.ui import i18n
from draftdesk.ui.date_field import DateField, parse_date
from language_fixtures import translated_seed

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROOT = Path(__file__).parents[2]
ENGLISH_MONTHS = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\b")
# English a Spanish or French window must not show in its own words (the draft's words, the
# names of States and quoted titles are the document's and are left out of what is checked).
ENGLISH_WORDS = re.compile(r"\b(para\.|preambular|operative|paragraph|footnote|form of the "
                           r"clause|Saved|Opened|Exported|Look in|Files of)\b")


@pytest.fixture(params=["es", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the Spanish or French interface for one test."""
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install(i18n.ENGLISH)


@pytest.mark.parametrize(("code", "shown", "example"), [
    ("es", "30 de noviembre de 2007", "30 de noviembre de 2007"),
    ("fr", "30 novembre 2007", "30 novembre 2007"),
    ("en", "30 November 2007", "30 November 2007"),
])
def test_the_date_field_writes_the_interface_language(
        qtbot: Any, code: str, shown: str, example: str) -> None:
    assert i18n.install(code) == code
    try:
        field = DateField(dt.date(2007, 11, 30))
        qtbot.addWidget(field)
        assert field.text() == shown
        assert example in field.placeholderText()
        assert example in field.toolTip()
        if code != "en":
            texts = [field.text(), field.placeholderText(), field.toolTip()]
            assert not any(ENGLISH_MONTHS.search(text) for text in texts), texts
        # Whatever the drafter types, in any of the languages, is read and written back.
        field.setText("1 July 2013")
        field.editingFinished.emit()
        assert field.python_date() == dt.date(2013, 7, 1)
        assert field.text() == {"es": "1 de julio de 2013", "fr": "1er juillet 2013",
                                "en": "1 July 2013"}[code]
        field.setText("nada")
        field.editingFinished.emit()
        assert field.problem and example in field.problem
    finally:
        i18n.install(i18n.ENGLISH)


@pytest.mark.parametrize(("typed", "expected"), [
    ("30 de noviembre de 2007", dt.date(2007, 11, 30)),
    ("30 de Noviembre del 2007", dt.date(2007, 11, 30)),
    ("1er juillet 2013", dt.date(2013, 7, 1)),
    ("1 juil. 2013", dt.date(2013, 7, 1)),
    ("12 décembre 2007", dt.date(2007, 12, 12)),
    ("12 decembre 2007", dt.date(2007, 12, 12)),
    ("3 févr. 2020", dt.date(2020, 2, 3)),
    ("30 November 2007", dt.date(2007, 11, 30)),
])
def test_dates_are_read_in_every_language(typed: str, expected: dt.date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["5 ju 2020", "30 févr. 2020", "30 de nada de 2007"])
def test_what_is_no_date_in_any_language_is_not_read(typed: str) -> None:
    assert parse_date(typed) is None


def test_save_to_library_shows_the_source_paragraph_in_the_interface_language(
        qtbot: Any, tmp_path: Path, language: str) -> None:
    from draftdesk.ui.library_dialogs import SaveToLibraryDialog

    resolution = Resolution(
        preambular=[Paragraph("Recalling", [Text("its resolution 61/208")]),
                    Paragraph("Noting", [Text("the report")])],
        operative=[Paragraph("Decides", [Text("to convene a forum")])])
    store = open_store(tmp_path / "clauses.sqlite3")
    try:
        dialog = SaveToLibraryDialog(store, resolution, [resolution.preambular[1].id])
        qtbot.addWidget(dialog)
        shown = dialog.paragraph.text()
        assert shown == {"es": "párr. 2 del preámbulo", "fr": "alinéa 2 du préambule"}[language]
        dialog.agreed.setChecked(True)
        dialog.symbol.setText("A/RES/62/270")
        dialog.accept()
        assert dialog.saved, dialog.error.text()
        # Stored the way DraftDesk cites, so a window in any language translates it.
        assert dialog.saved[0].source_paragraph == "preambular para. 2"
        # What the drafter typed is kept as typed.
        dialog = SaveToLibraryDialog(store, resolution, [resolution.operative[0].id],
                                     library=dialog.library_name)
        qtbot.addWidget(dialog)
        dialog.agreed.setChecked(True)
        dialog.symbol.setText("A/RES/62/270")
        dialog.paragraph.setText("§ 9")
        dialog.accept()
        assert dialog.saved[0].source_paragraph == "§ 9"
    finally:
        store.close()


def test_qt_file_dialog_is_wholly_translated(qtbot: Any, tmp_path: Path, language: str) -> None:
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels and not any(ENGLISH_WORDS.search(text.replace("&", "")) for text in labels), \
        labels
    for english in ("&Look in:", "Files of &type:"):
        assert english not in labels
    drives = [combo.itemText(row) for combo in dialog.findChildren(QComboBox)
              for row in range(combo.count())]
    assert "Drive" not in drives
    # The folder's kind in the list of files.
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: any(model.index(row, 2, view.rootIndex()).data()
                                for row in range(model.rowCount(view.rootIndex()))),
                    timeout=3000)
    kinds = {model.index(row, 2, view.rootIndex()).data()
             for row in range(model.rowCount(view.rootIndex()))}
    assert kinds == {{"es": "Carpeta", "fr": "Dossier"}[language]}, kinds


def test_built_in_spanish_and_french_clauses_carry_notes_in_their_language() -> None:
    data = json.loads((ROOT / "templates" / "builtin-library.json").read_text(encoding="utf-8"))
    notes = {clause["key"]: clause.get("note", "") for clause in data["clauses"]
             if clause.get("language") in {"es", "fr"}}
    assert notes
    english = {key: note for key, note in notes.items() if ENGLISH_WORDS.search(note)
               or re.search(r"\b(the|of|and)\b", note)}
    assert english == {}


def _item_texts(model: QAbstractItemModel,
                parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    texts = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = index.data(role)
            if value:
                texts.append(str(value))
        if model.rowCount(index):
            texts += _item_texts(model, index)
    return texts


def test_status_bar_item_views_and_message_boxes_speak_the_interface_language(
        qtbot: Any, tmp_path: Path, language: str, dialogs: Any) -> None:
    from draftdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_resolution(translated_seed(language), dirty=False)
    window.select_paragraph(window.session.resolution.preambular[0].id)
    window.show_library()
    window.library.refresh_libraries()
    window.library.search_box.setText({"es": "resolución", "fr": "résolution"}[language])
    qtbot.waitUntil(lambda: window.library.results.model().rowCount() > 0, timeout=5000)
    library = window.library.results.model()
    texts = [*_item_texts(window.outline.model()), *_item_texts(library)]
    texts += [str(window.footnotes.list.item(row).text())
              for row in range(window.footnotes.list.count())]
    assert len(texts) > 20
    # The footnotes quote official records in the document's own words ("Official Records of
    # the General Assembly"): only the interface's part of each text is checked.
    leaks = [text for text in texts if ENGLISH_WORDS.search(text)]
    assert leaks == []
    assert window._save_to(tmp_path / "borrador.draftdesk")
    shown = window.statusBar().currentMessage()
    assert {"es": "Se guardó", "fr": "enregistré"}[language] in shown, shown
    # A file that is no draft: the message box says so in the interface's language.
    broken = tmp_path / "roto.draftdesk"
    broken.write_text("{nope", encoding="utf-8")
    assert not window.open_path(broken, ask=False)
    kind, said = dialogs.calls[-1]
    assert kind == "critical"
    assert {"es": "no es un archivo de borrador", "fr": "n’est pas"}[language] in said, said
    assert "Expecting" not in said  # what the JSON reader found, in the same language
    window.session.mark_clean()
    window.close()
