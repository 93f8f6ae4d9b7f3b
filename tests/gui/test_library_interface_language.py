"""Library, clause template and edit errors, and clause sources, in the interface's language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import Qt

from draftdesk.errors import InputError
from draftdesk.library import LibraryStore, NewClause, open_store, read_library_file
from draftdesk.model import edit
from draftdesk.ui import i18n
from draftdesk.ui.library_panel import LibraryPanel

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

TEMPLATE = ("Decides to consider the question at its {{ session | ordinal_words }} session")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LibraryStore]:
    opened = open_store(tmp_path / "clauses.sqlite3")
    opened.create_library("Agreed")
    opened.add_clauses("Agreed", [
        NewClause("Requests the Secretary-General to report on international migration",
                  "operative", "ga", source_symbol="A/RES/61/208", source_paragraph="para. 9",
                  key="report"),
        NewClause("Recalling its resolution 58/208 of 23 December 2003", "preambular", "ga",
                  source_symbol="A/RES/61/208", source_paragraph="preambular para. 3",
                  key="recalling"),
        NewClause(TEMPLATE, "operative", "ga", key="consider"),
    ])
    yield opened
    opened.close()


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the interface language the test is parametrized with, English afterwards."""
    code = request.param
    assert i18n.install(code) == code
    yield code
    i18n.install(i18n.ENGLISH)


@pytest.fixture
def shown_panel(qtbot: Any, language: str, store: LibraryStore) -> LibraryPanel:
    """Return the library panel built under the installed language."""
    widget = LibraryPanel(store)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def english_left(shown: str, english: str, data: set[str] = frozenset()) -> set[str]:
    """Return the words of the English message that are still in the text shown."""
    words = {word.casefold() for word in re.findall(r"[^\W\d_]{3,}", english)} - data
    return words & {word.casefold() for word in re.findall(r"[^\W\d_]{3,}", shown)}


def origin(panel: LibraryPanel, key: str) -> str:
    """Return the origin line the list shows under a clause."""
    model = panel.results_model
    for row, hit in enumerate(model.hits()):
        if hit.clause.key == key:
            text = model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
            return str(text).split("\n")[-1]
    raise AssertionError(f"{key} not listed")


def _select(panel: LibraryPanel, key: str) -> None:
    for row, hit in enumerate(panel.results_model.hits()):
        if hit.clause.key == key:
            panel.select_clause(row)
            return
    raise AssertionError(f"{key} not listed")


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_broken_clause_library_is_refused_in_spanish(
    qtbot: Any, shown_panel: LibraryPanel, store: LibraryStore, dialogs: DialogScript,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps({
        "format": "draftdesk-clause-library", "format_version": 1, "name": "Broken",
        "clauses": [{"text": "Decides to act"},
                    {"key": "bad", "text": "Decides {{ x.__class__.__mro__ }}"}],
    }), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_library_file(bad)
    english = str(raised.value).removeprefix(f"{bad}: ")

    dialogs.open_name = str(bad)
    shown_panel.import_library_action.trigger()
    (shown,) = dialogs.titles("critical")
    assert shown == (f"No se puede importar la biblioteca: {bad}: cláusula 2 («bad»): "
                     "no se permite el acceso a atributos ni a elementos (línea 1)")
    problem = shown.removeprefix(f"No se puede importar la biblioteca: {bad}: ")
    assert english_left(problem, english, {"bad"}) == set()
    assert not store.has_library("Broken")


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_clause_origins_in_spanish(shown_panel: LibraryPanel) -> None:
    shown_panel.set_library("Agreed")
    assert origin(shown_panel, "report").endswith(" · A/RES/61/208, párr. 9")
    assert origin(shown_panel, "recalling").endswith(" · A/RES/61/208, párr. 3 del preámbulo")
    for key in ("report", "recalling"):
        # The English citation words are gone ("para" alone is Spanish too).
        assert not re.search(r"\bpara\.|\bpreambular\b", origin(shown_panel, key))
    shown_panel.set_library("Built-in")
    first = shown_panel.results_model.hits()[0].clause.key
    assert origin(shown_panel, first).startswith("Integrada · ")


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_clause_origins_and_a_field_problem_in_french(
    qtbot: Any, shown_panel: LibraryPanel
) -> None:
    shown_panel.set_library("Agreed")
    assert origin(shown_panel, "report").endswith(" · A/RES/61/208, par. 9")
    assert origin(shown_panel, "recalling").endswith(" · A/RES/61/208, alinéa 3 du préambule")

    _select(shown_panel, "consider")
    qtbot.keyClicks(shown_panel.field_edit("session"), "sixty")
    shown = shown_panel.status.text()
    assert shown == "'sixty' n’est pas un nombre entier"
    assert english_left(shown, "'sixty' is not a whole number", {"sixty"}) == set()


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install(i18n.ENGLISH)


def test_a_refused_edit_is_explained_in_spanish(spanish: None, small: Any) -> None:
    first = small.session.resolution.operative[0].id
    with pytest.raises(edit.EditError) as raised:
        edit.indent(small.session.resolution, first)
    assert not small.session.indent(first)
    shown = small.statusBar().currentMessage()
    assert shown == "No hay ningún párrafo anterior bajo el cual aumentar la sangría"
    assert english_left(shown, str(raised.value)) == set()
