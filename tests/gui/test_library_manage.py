"""Managing libraries from the panel: edit clauses with versions, create, rename, delete,
import and export, through the real dialogs."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import DialogScript
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from draftdesk.library import LibraryStore, NewClause, open_store
from draftdesk.ui.library_dialogs import ClauseEditDialog, LibraryNameDialog, split_tags
from draftdesk.ui.library_panel import LibraryPanel

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

TEXT = ("Requests the Secretary-General to submit to the General Assembly at its "
        "{{ session | ordinal_words }} session a report on international migration")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LibraryStore]:
    opened = open_store(tmp_path / "clauses.sqlite3")
    opened.create_library("Agreed")
    opened.add_clauses("Agreed", [
        NewClause(TEXT, "operative", "ga", "migration", tags=("report",),
                  source_symbol="A/RES/61/208", source_paragraph="para. 9", key="report"),
    ])
    yield opened
    opened.close()




def _show(panel: LibraryPanel, library: str, key: str) -> None:
    panel.set_library(library)
    for row, hit in enumerate(panel.results_model.hits()):
        if hit.clause.key == key:
            panel.select_clause(row)
            return
    raise AssertionError(f"{key} not listed")


def _save(dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = (box.button(QDialogButtonBox.StandardButton.Save)
              or box.button(QDialogButtonBox.StandardButton.Ok))
    button.click()


def test_split_tags() -> None:
    assert split_tags(" migration,  GFMD ; report, gfmd,, ") == ("migration", "GFMD", "report")


def test_edit_clause_makes_a_version_and_shows_older_ones(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(panel, "Agreed", "report")
    qtbot.keyClicks(panel.field_edit("session"), "63")
    rendered_before = panel.preview.text()

    def edit(dialog: ClauseEditDialog) -> int:
        assert dialog.text.toPlainText() == TEXT
        assert dialog.tags.text() == "report"
        assert "version 1" in dialog.version_label.text()
        dialog.text.setPlainText(TEXT.replace("a report on", "a comprehensive report on"))
        dialog.tags.setText("report, migration")
        dialog.note.setPlainText("Stronger wording from 2008")
        _save(dialog)
        return dialog.result()

    monkeypatch.setattr(ClauseEditDialog, "exec", edit)
    assert panel.edit_current()
    clause = panel.current_clause()
    assert clause is not None and clause.version == 2
    assert clause.tags == ("report", "migration") and clause.note == "Stronger wording from 2008"
    assert "comprehensive" in panel.preview.text() and "v2" in panel.preview.text()
    assert panel.preview.text() != rendered_before
    assert "version 2" in panel.status.text()
    assert store.clause(clause.id, 1).text == TEXT

    # The next edit shows the history: version 1 can be viewed and its text taken back.
    def look_back(dialog: ClauseEditDialog) -> int:
        assert [dialog.versions.itemData(i) for i in range(dialog.versions.count())] == [2, 1]
        dialog.select_version(1)
        assert dialog.old_text.toPlainText() == TEXT
        dialog.restore.click()
        assert dialog.text.toPlainText() == TEXT
        _save(dialog)
        return dialog.result()

    monkeypatch.setattr(ClauseEditDialog, "exec", look_back)
    assert panel.edit_current()
    assert panel.current_clause().version == 3
    assert panel.current_clause().text == TEXT


def test_an_unsafe_edit_is_refused_inside_the_dialog(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(panel, "Agreed", "report")

    def unsafe(dialog: ClauseEditDialog) -> int:
        dialog.text.setPlainText("{{ cycler.__init__.__globals__.os.popen('id').read() }}")
        _save(dialog)
        assert not dialog.error.isHidden()
        assert "not allowed" in dialog.error.text()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ClauseEditDialog, "exec", unsafe)
    assert not panel.edit_current()
    assert store.find_clause("Agreed", "report").version == 1


def test_builtin_clauses_cannot_be_edited(qtbot: Any, panel: LibraryPanel) -> None:
    _show(panel, "Built-in", "include-in-agenda")
    assert not panel.edit_button.isEnabled()
    assert "built-in" in panel.edit_button.toolTip()
    assert not panel.edit_current()
    _show(panel, "Agreed", "report")
    assert panel.edit_button.isEnabled()


def test_create_rename_and_delete_libraries(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore, dialogs: DialogScript,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = iter(["Agreed", "Migration"])  # the first name is taken: refused in the dialog

    def name_it(dialog: LibraryNameDialog) -> int:
        for name in names:
            dialog.name.setText(name)
            _save(dialog)
            if dialog.result():
                break
            assert "already exists" in dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(LibraryNameDialog, "exec", name_it)
    assert panel.new_library_action.text() == "&New Library…"
    panel.new_library_action.trigger()
    assert store.has_library("Migration")
    assert panel.library_filter.currentData() == "Migration"

    monkeypatch.setattr(LibraryNameDialog, "exec", lambda d: (d.name.setText("Mobility"),
                                                               _save(d), d.result())[-1])
    panel.rename_library_action.trigger()
    assert not store.has_library("Migration") and store.has_library("Mobility")
    assert panel.library_filter.currentData() == "Mobility"

    # Deleting asks first; Cancel keeps the library.
    dialogs.question = QMessageBox.StandardButton.Cancel
    panel.set_library("Agreed")
    panel.delete_library_action.trigger()
    assert store.has_library("Agreed")
    assert "Delete the library “Agreed” and its 1 clause?" in dialogs.titles("question")[0]
    dialogs.question = QMessageBox.StandardButton.Yes
    panel.delete_library_action.trigger()
    assert not store.has_library("Agreed")
    assert panel.library_filter.currentData() is None
    assert "Deleted library 'Agreed'" in panel.status.text()

    # The built-in library is refused without a question.
    panel.set_library("Built-in")
    asked = len(dialogs.titles("question"))
    assert not panel.delete_library()
    assert len(dialogs.titles("question")) == asked
    assert "cannot be changed" in panel.status.text()


def test_export_and_import_through_file_dialogs(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore, dialogs: DialogScript, tmp_path: Path
) -> None:
    target = tmp_path / "agreed-export"
    dialogs.save_name = str(target)
    panel.set_library("Agreed")
    previous = os.umask(0o022)
    try:
        written = panel.export_library_file()
    finally:
        os.umask(previous)
    assert written == tmp_path / "agreed-export.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    assert json.loads(written.read_text(encoding="utf-8"))["clauses"][0]["key"] == "report"

    store.delete_library("Agreed")
    panel.refresh_libraries()
    dialogs.open_name = str(written)
    panel.import_library_action.trigger()
    assert store.has_library("Agreed")
    assert panel.library_filter.currentData() == "Agreed"
    assert "1 clauses added" in panel.status.text()

    # A bad file: one clear message in a dialog, nothing changes.
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "draftdesk-clause-library", "format_version": 1, "name": "X", '
                   '"clauses": [{"text": "{{ 7 * 7 }}"}]}', encoding="utf-8")
    dialogs.open_name = str(bad)
    panel.import_library_action.trigger()
    errors = dialogs.titles("critical")
    assert len(errors) == 1 and errors[0].startswith(f"Cannot import the library: {bad}")
    assert not store.has_library("X")

    # Export to a folder that does not exist: a dialog, not a traceback.
    dialogs.save_name = str(tmp_path / "no" / "such" / "x.json")
    assert panel.export_library_file() is None
    assert dialogs.titles("critical")[-1].startswith("Cannot export the library:")
    # Cancelled file dialogs do nothing.
    dialogs.save_name = dialogs.open_name = ""
    assert panel.export_library_file() is None and panel.import_library_file() is None


def test_add_resolution_texts_to_a_library(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore, dialogs: DialogScript,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    corpus = Path(__file__).parents[1] / "data" / "corpus"
    chosen = [str(corpus / "10_A_RES_73_7.txt"), str(corpus / "09_A_RES_80_164.txt")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_a, **_k: (chosen, "")))
    # No library chosen: the drafter names a new one first.
    monkeypatch.setattr(LibraryNameDialog, "exec", lambda d: (d.name.setText("Agreed ICC"),
                                                               _save(d), d.result())[-1])
    panel.set_library(None)
    panel.add_texts_action.trigger()
    clauses = store.clauses("Agreed ICC")
    assert len(clauses) > 40
    assert "A/RES/73/7, para. 6" in {c.source for c in clauses}
    assert panel.library_filter.currentData() == "Agreed ICC"
    assert "from 2 texts" in panel.status.text()

    # A file that is not a resolution: one message in a dialog, nothing added.
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    chosen[:] = [str(empty)]
    before = store.library("Agreed ICC").clause_count
    panel.add_texts_action.trigger()
    assert dialogs.titles("critical")[0].startswith("Cannot add the texts:")
    assert store.library("Agreed ICC").clause_count == before
