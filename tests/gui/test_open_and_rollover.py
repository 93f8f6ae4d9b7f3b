"""Opening every kind of file, dropping files, rolling a resolution over, the import notes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import SEED, DialogScript
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from datafiles import CORPUS
from draftdesk.importers import import_file
from draftdesk.model import Sponsor
from draftdesk.storage import save_draft

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

RES_73_7 = CORPUS / "10_A_RES_73_7.txt"
RES_80_164 = CORPUS / "09_A_RES_80_164.txt"


def drop_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drop(window: Any, *paths: Path) -> QDropEvent:
    """Drop files on the window as a file manager does: enter, then drop."""
    mime = drop_mime(*paths)
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def test_open_offers_every_kind_of_file(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def open_name(_parent: Any, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    window.ui_actions["open"].trigger()
    [filters] = asked
    assert filters.split(";;")[0] == "Drafts and resolutions (*.draftdesk *.pdf *.docx *.txt)"
    for kind in ("(*.draftdesk)", "(*.pdf)", "(*.docx)", "(*.txt)", "(*)"):
        assert kind in filters
    assert not window.editing


def test_open_reads_a_text_into_a_new_draft(window: Any, dialogs: DialogScript) -> None:
    dialogs.open_name = str(SEED)
    window.ui_actions["open"].trigger()
    assert window.editing and window.session.dirty
    assert window.session.path is None
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"
    assert not dialogs.titles("critical")


def test_open_loads_a_draft_file(window: Any, dialogs: DialogScript, tmp_path: Path) -> None:
    path = tmp_path / "ices.draftdesk"
    save_draft(import_file(RES_73_7), path)
    dialogs.open_name = str(path)
    window.start_page.open_button.click()
    assert window.editing and window.session.path == path and not window.session.dirty
    assert window.session.resolution.metadata.symbol == "A/RES/73/7"


def test_dropping_a_text_file_opens_it(qtbot: Any, window: Any, dialogs: DialogScript) -> None:
    event = drop(window, SEED)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.editing, timeout=3000)
    assert window.session.resolution.metadata.sponsors[0].name == "Ecuador"


def test_dropping_a_draft_while_editing_asks_about_changes(
    qtbot: Any, small: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    path = tmp_path / "ilc.draftdesk"
    save_draft(import_file(RES_80_164), path)
    small.session.mark_dirty()
    dialogs.question = QMessageBox.StandardButton.Discard
    drop(small, path)
    qtbot.waitUntil(lambda: small.session.path == path, timeout=3000)
    assert dialogs.titles("question")[0].startswith("Unsaved changes")


def test_other_files_are_not_taken(window: Any, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    mime = drop_mime(picture)
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    text_only = QMimeData()
    text_only.setText("Recalling its resolution")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_bad_file_is_a_dialog_and_the_draft_stays(
    small: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00")  # damaged UTF-16
    before = small.session.resolution
    dialogs.open_name = str(bad)
    small.ui_actions["open"].trigger()
    [message] = dialogs.titles("critical")
    assert message.startswith(f"Cannot read the file: {bad}")
    assert small.editing and small.session.resolution is before


def test_reading_a_pdf_shows_a_progress_dialog_and_the_window_keeps_running(
    window: Any, dialogs: DialogScript, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import draftdesk.importers

    started, release = threading.Event(), threading.Event()
    seen: list[object] = []
    readers: list[str] = []

    def slow_import(path: Path) -> Any:
        readers.append(threading.current_thread().name)
        started.set()
        release.wait(10)  # until the window's thread has seen the dialog
        return import_file(SEED)

    def look() -> None:
        # Runs in the window's thread while the file is being read.
        if started.is_set() and not seen:
            seen.append(QApplication.activeModalWidget())
            release.set()

    monkeypatch.setattr(draftdesk.importers, "import_file", slow_import)
    watcher = QTimer()
    watcher.setInterval(10)
    watcher.timeout.connect(look)
    watcher.start()
    pdf = tmp_path / "A_RES_80_164.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    dialogs.open_name = str(pdf)
    window.ui_actions["open"].trigger()
    watcher.stop()
    [dialog] = seen
    assert isinstance(dialog, QProgressDialog)
    assert dialog.labelText() == "Reading A_RES_80_164.pdf…"
    assert readers == ["draftdesk-read"]
    assert window.editing
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"
    assert QApplication.activeModalWidget() is None  # closed again


def test_an_error_while_reading_in_the_background_is_a_dialog(
    window: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7 truncated")
    dialogs.open_name = str(pdf)
    window.ui_actions["open"].trigger()
    [message] = dialogs.titles("critical")
    assert message.startswith(f"Cannot read the file: {pdf}")
    assert not window.editing and QApplication.activeModalWidget() is None


# ---------------------------------------------------------------- rollover


def test_rollover_from_the_start_page(window: Any, dialogs: DialogScript) -> None:
    dialogs.open_name = str(RES_80_164)
    window.start_page.rollover_button.click()
    assert window.editing and window.session.dirty and window.session.path is None
    draft = window.session.resolution
    assert draft.metadata.session == 81 and draft.metadata.committee == 6
    assert draft.base_text is not None and draft.base_text.name == "A/RES/80/164"
    assert draft.preambular[0].body_text == "its resolution 80/164 of 15 December 2025"
    assert window.session.suggested_path == RES_80_164.with_name(
        "09_A_RES_80_164 next session.draftdesk"
    )
    assert not dialogs.titles("question")  # an A/RES names no sponsors: nothing to offer
    notes = window._editor_parts().import_notes
    assert window._editor_parts().import_notes_dock.isVisible()
    assert notes.list.count() == len(draft.import_notes)
    assert notes.list.item(0).text().startswith("Whole draft: Rolled over from A/RES/80/164")


def test_rollover_from_the_file_menu_offers_last_year_s_sponsors(
    window: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    adopted = import_file(RES_73_7)
    adopted.metadata.sponsors = [Sponsor("Mexico"), Sponsor("Chile")]
    path = tmp_path / "ices-73.draftdesk"
    save_draft(adopted, path)
    dialogs.open_name = str(path)
    dialogs.question = QMessageBox.StandardButton.Yes
    window.ui_actions["rollover"].trigger()
    [question] = dialogs.titles("question")
    assert question.startswith("Last year's sponsors: Last year's sponsors were Mexico and Chile.")
    assert [s.name for s in window.session.resolution.metadata.sponsors] == ["Mexico", "Chile"]
    assert window.session.resolution.metadata.session == 74


def test_declined_sponsors_stay_empty(window: Any, dialogs: DialogScript, tmp_path: Path) -> None:
    adopted = import_file(RES_73_7)
    adopted.metadata.sponsors = [Sponsor("Mexico")]
    path = tmp_path / "ices-73.draftdesk"
    save_draft(adopted, path)
    dialogs.question = QMessageBox.StandardButton.No
    assert window.rollover_path(path)
    assert window.session.resolution.metadata.sponsors == []


def test_rolling_over_a_draft_is_refused_in_a_dialog(
    small: Any, dialogs: DialogScript
) -> None:
    before = small.session.resolution
    dialogs.open_name = str(CORPUS / "04_A_C.2_80_L.30.txt")
    small.ui_actions["rollover"].trigger()
    [message] = dialogs.titles("critical")
    assert message.startswith("Cannot roll the resolution over: ")
    assert "not an adopted resolution" in message
    assert small.session.resolution is before


# ---------------------------------------------------------------- import notes


def test_clicking_a_note_selects_its_paragraph(qtbot: Any, window: Any) -> None:
    assert window.rollover_path(RES_73_7, ask=False)
    draft = window.session.resolution
    panel = window._editor_parts().import_notes
    twelve = draft.operative[11]
    row = next(
        index for index in range(panel.list.count())
        if panel.list.item(index).text().startswith("Operative paragraph 12: Session moved on")
    )
    item = panel.list.item(row)
    assert item.text() == (
        "Operative paragraph 12: Session moved on: “seventy-fourth session” → "
        "“seventy-fifth session”."
    )
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(item).center())
    assert window.current_paragraph() == twelve.id
    assert window.outline.current_paragraph() == twelve.id
    assert "seventy-fifth session" in window.editor.text.toPlainText()
    # Enter on the first preambular note goes there too.
    first = next(index for index in range(panel.list.count())
                 if panel.list.item(index).text().startswith("First preambular paragraph"))
    panel.list.setCurrentRow(first)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.current_paragraph() == draft.preambular[0].id


def test_notes_follow_edits_and_hide_when_there_are_none(window: Any) -> None:
    assert window.rollover_path(RES_73_7, ask=False)
    parts = window._editor_parts()
    draft = window.session.resolution
    # Deleting operative paragraph 1 renumbers 12 as 11 in the list.
    window.session.delete_paragraph(draft.operative[0].id)
    texts = [parts.import_notes.list.item(i).text() for i in range(parts.import_notes.list.count())]
    assert any(text.startswith("Operative paragraph 11: Session moved on") for text in texts)
    window.import_text(SEED.read_text(encoding="utf-8"), str(SEED))
    assert not parts.import_notes_dock.isVisible()
    assert parts.import_notes.empty.isVisibleTo(parts.import_notes)


def test_open_and_drop_read_a_word_file(
    qtbot: Any, window: Any, dialogs: DialogScript, tmp_path: Path
) -> None:
    from draftdesk.export import export_docx

    word = tmp_path / "gfmd.docx"
    export_docx(import_file(SEED), word)
    dialogs.open_name = str(word)
    window.ui_actions["open"].trigger()
    assert window.editing and window.session.dirty and window.session.path is None
    assert window.session.suggested_path == tmp_path / "gfmd.draftdesk"
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"
    dialogs.question = QMessageBox.StandardButton.Discard
    assert window.close_draft()
    assert not window.editing
    drop(window, word)
    qtbot.waitUntil(lambda: window.editing, timeout=5000)
    assert [s.name for s in window.session.resolution.metadata.sponsors] == ["Ecuador", "Mexico"]
    assert not dialogs.titles("critical")


def test_rollover_and_open_of_the_official_pdfs(window: Any, dialogs: DialogScript) -> None:
    pdfs = CORPUS.parent / "pdfs"
    dialogs.open_name = str(pdfs / "10_A_RES_73_7.pdf")
    window.ui_actions["rollover"].trigger()
    assert window.editing and window.session.dirty
    draft = window.session.resolution
    assert draft.metadata.session == 74
    assert draft.base_text is not None and draft.base_text.name == "A/RES/73/7"
    assert draft.preambular[0].body_text == (
        "its resolution 73/7 of 29 October 2018 and all its previous relevant resolutions"
    )
    dialogs.question = QMessageBox.StandardButton.Discard
    dialogs.open_name = str(pdfs / "04_A_C.2_80_L.30.pdf")
    window.ui_actions["open"].trigger()
    assert window.session.resolution.metadata.symbol == "A/C.2/80/L.30"
    assert window.session.suggested_path == pdfs / "04_A_C.2_80_L.30.draftdesk"
    assert not dialogs.titles("critical")
