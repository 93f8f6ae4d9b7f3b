"""The window's files: open, save, save as, title, unsaved-changes prompt, recent files,
import, export, errors as dialogs, layout remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import SEED, DialogScript
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from draftdesk.storage import load_draft, save_draft
from draftdesk.ui.main_window import EDITOR, START, MainWindow
from draftdesk.ui.settings import Settings

# The offscreen platform cannot raise windows, grab the keyboard or propagate size hints,
# and says so whenever a window or a completion popup shows.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def _saved_seed(tmp_path: Path, window: Any) -> Path:
    path = tmp_path / "gfmd.draftdesk"
    window.import_path(SEED)
    save_draft(window.session.resolution, path)
    return path


def test_starts_on_the_start_page_with_editing_actions_off(window: Any) -> None:
    assert window.stack.currentIndex() == START
    assert window.windowTitle() == "DraftDesk"
    assert not window.ui_actions["save"].isEnabled()
    assert not window.ui_actions["insert_footnote"].isEnabled()
    assert window.preview_dock.isHidden()


def test_example_button_opens_the_seed(qtbot, window: Any) -> None:
    qtbot.mouseClick(window.start_page.example_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == EDITOR
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Untitled")
    assert window.preview_dock.isVisible()


def test_open_save_and_title(qtbot, tmp_path: Path, window: Any, dialogs: DialogScript) -> None:
    path = _saved_seed(tmp_path, window)
    window.session.mark_clean()
    dialogs.open_name = str(path)
    window.ui_actions["open"].trigger()
    assert window.session.path == path
    assert window.windowTitle() == "gfmd.draftdesk[*] — DraftDesk"
    assert not window.isWindowModified()
    op = window.session.resolution.operative[0]
    window.select_paragraph(op.id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " now")
    assert window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert load_draft(path).operative[0].body_text.endswith(" now")
    assert not [c for c in dialogs.calls if c[0] == "save"]  # saved in place, no dialog
    assert path.resolve() in Settings().recent_files()


def test_save_as_asks_for_a_name_and_adds_the_suffix(
    tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "copy")
    seeded.ui_actions["save_as"].trigger()
    assert seeded.session.path == tmp_path / "copy.draftdesk"
    assert load_draft(tmp_path / "copy.draftdesk").metadata.title.startswith("Global Forum")
    assert not seeded.isWindowModified()


def test_cancelled_save_dialog_keeps_the_draft_dirty(seeded: Any, dialogs: DialogScript) -> None:
    dialogs.save_name = ""
    seeded.ui_actions["save"].trigger()
    assert seeded.isWindowModified()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks(
    tmp_path: Path, seeded: Any, dialogs: DialogScript, answer: Any, closes: bool, saved: bool
) -> None:
    dialogs.question = answer
    dialogs.save_name = str(tmp_path / "kept.draftdesk")
    assert seeded.close() is closes
    assert any("Unsaved changes" in text for text in dialogs.titles("question"))
    assert (tmp_path / "kept.draftdesk").exists() is saved
    if not closes:
        assert seeded.isVisible() and seeded.isWindowModified()


def test_a_clean_draft_closes_without_asking(seeded: Any, dialogs: DialogScript) -> None:
    seeded.session.mark_clean()
    assert seeded.close()
    assert dialogs.titles("question") == []


def test_a_bad_file_is_a_dialog_not_a_traceback(
    tmp_path: Path, window: Any, dialogs: DialogScript
) -> None:
    bad = tmp_path / "broken.draftdesk"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.open_path(bad)
    [message] = dialogs.titles("critical")
    assert "broken.draftdesk" in message
    assert window.stack.currentIndex() == START


def test_save_failure_is_a_dialog_and_keeps_the_work(
    tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "no-such-folder" / "draft.draftdesk")
    assert not seeded.save()
    assert "Cannot save" in dialogs.titles("critical")[0]
    assert seeded.isWindowModified()
    assert seeded.session.resolution.operative


def test_recent_files_menu_opens_a_draft(
    tmp_path: Path, window: Any, dialogs: DialogScript
) -> None:
    path = _saved_seed(tmp_path, window)
    dialogs.question = QMessageBox.StandardButton.Discard
    assert window.close_draft()
    assert window.stack.currentIndex() == START
    Settings().add_recent_file(path)
    window._fill_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text().endswith("gfmd.draftdesk")
    first.trigger()
    assert window.session.path == path


def test_import_pasted_text(monkeypatch: pytest.MonkeyPatch, window: Any) -> None:
    from draftdesk.ui import dialogs as dialog_module

    def accept(self: Any) -> int:
        self.text.setPlainText(SEED.read_text(encoding="utf-8"))
        return 1

    monkeypatch.setattr(dialog_module.PasteTextDialog, "exec", accept)
    window.ui_actions["import_paste"].trigger()
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"
    assert window.session.path is None and window.isWindowModified()


def test_import_of_nonsense_is_a_dialog(window: Any, dialogs: DialogScript) -> None:
    assert not window.import_text("")
    assert dialogs.titles("critical")
    assert window.stack.currentIndex() == START


def test_export_writes_the_docx_with_progress(
    tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    dialogs.save_name = str(tmp_path / "gfmd")
    seeded.ui_actions["export_docx"].trigger()
    target = tmp_path / "gfmd.docx"
    assert seeded.last_export == target
    document = docx.Document(str(target))
    assert any("Global Forum on Migration" in p.text for p in document.paragraphs)
    assert seeded.export_progress_values
    done, total = seeded.export_progress_values[-1]
    assert done == total
    box = seeded.export_message
    assert box is not None and str(target) in box.text()
    assert {"&Open Document", "Show in &Folder"} <= {b.text() for b in box.buttons()}
    box.close()


def test_export_failure_is_a_dialog_and_the_draft_is_untouched(
    tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    before = seeded.session.revision
    assert not seeded.export_to(tmp_path / "missing" / "out.docx")
    assert "Export failed" in dialogs.titles("critical")[0]
    assert seeded.session.revision == before
    assert seeded.isVisible()
    assert not (tmp_path / "missing").exists()


def test_export_bug_is_caught(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    import draftdesk.export as export

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(export, "export_docx", broken)
    assert not seeded.export_to(tmp_path / "out.docx")
    assert "boom" in dialogs.titles("critical")[0]


def test_geometry_and_docks_are_remembered(qtbot, seeded: Any, dialogs: DialogScript) -> None:
    seeded.resize(1040, 600)  # the smallest screen the panels fit, from 1024×600 up
    seeded.footnote_dock.hide()
    seeded.session.mark_clean()
    seeded.close()
    assert Settings().path.exists()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.open_example()
    # The test screen is 800 wide: the width comes back within it, no wider than the panels need.
    assert again.size().height() == 600
    assert again.size().width() == max(again.minimumWidth(), min(1040, 800))
    assert again.footnote_dock.isHidden()
    assert again.preview_dock.isVisible()
    again.session.mark_clean()
    again.close()


def test_every_action_has_a_shortcut_or_a_menu(window: Any) -> None:
    menus = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    for action in window.ui_actions:
        assert action in menus, action.text()
    assert window.ui_actions["undo"].shortcuts()
    assert window.ui_actions["insert_footnote"].shortcut().toString() == "Ctrl+Alt+F"
    assert [s.toString() for s in window.ui_actions["redo"].shortcuts()] == [
        "Ctrl+Shift+Z", "Ctrl+Y"]


def test_about_box(window: Any, dialogs: DialogScript) -> None:
    window.ui_actions["about"].trigger()
    assert "DraftDesk" in dialogs.titles("about")[0]
    assert not window.windowIcon().isNull()


def test_settings_path_matches_platformdirs() -> None:
    import platformdirs

    assert Settings().path.parent == Path(platformdirs.user_config_dir("DraftDesk"))


def test_paste_dialog_reads_a_text_file(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: Any, dialogs: DialogScript
) -> None:
    from draftdesk.ui import dialogs as dialog_module

    def read_then_accept(self: Any) -> int:
        qtbot.mouseClick(self.read_button, Qt.MouseButton.LeftButton)
        return 1

    dialogs.open_name = str(SEED)
    monkeypatch.setattr(dialog_module.PasteTextDialog, "exec", read_then_accept)
    window.ui_actions["import_paste"].trigger()
    assert window.session.resolution.metadata.title == "Global Forum on Migration and Development"


def test_undo_shows_the_paragraph_it_changed(qtbot, seeded: Any) -> None:
    first, last = seeded.session.resolution.operative[0], seeded.session.resolution.operative[-1]
    seeded.select_paragraph(first.id)
    seeded.editor.text.setFocus()
    qtbot.keyClicks(seeded.editor.text, "X")
    seeded.select_paragraph(last.id)
    seeded.ui_actions["undo"].trigger()
    assert seeded.current_paragraph() == first.id
    assert not first.body_text.startswith("X")


def test_start_page_needs_neither_the_model_nor_the_editor(tmp_path: Path) -> None:
    """The first window paints before the draft machinery loads (start-up speed)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from draftdesk.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(("
        "'draftdesk.model', 'draftdesk.storage', 'draftdesk.ui.preview', "
        "'draftdesk.ui.outline', 'docx', 'platformdirs')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_unexpected_error_becomes_a_dialog_and_secures_the_draft(
    monkeypatch: pytest.MonkeyPatch, seeded: Any, dialogs: DialogScript
) -> None:
    import sys

    from draftdesk import app
    from draftdesk.ui import recovery

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr("traceback.print_exception", lambda *_args: None)
    app.install_error_dialog(seeded)
    try:
        raise ValueError("boom")
    except ValueError as error:
        sys.excepthook(ValueError, error, error.__traceback__)
    [message] = dialogs.titles("critical")
    assert "ValueError: boom" in message and "recovery file" in message
    assert recovery.all_copies()


def test_export_message_opens_the_document_or_its_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeded: Any
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    target = tmp_path / "out.docx"
    assert seeded.export_to(target)
    box = seeded.export_message
    [folder] = [b for b in box.buttons() if b.text() == "Show in &Folder"]
    folder.click()
    assert opened == [str(tmp_path)]
    seeded.export_to(target)
    box = seeded.export_message
    [document] = [b for b in box.buttons() if b.text() == "&Open Document"]
    document.click()
    assert opened[-1] == str(target)


def test_draft_details_change_the_cover_undoably(
    qtbot, monkeypatch: pytest.MonkeyPatch, seeded: Any
) -> None:
    from draftdesk.model.document import Body
    from draftdesk.ui.details_dialog import DetailsDialog

    seen: dict[str, Any] = {}

    def edit(dialog: Any) -> int:
        # The form's fields on tabs, filled in from the draft, with their checks.
        assert dialog.windowTitle() == "Draft details"
        self = dialog.wizard
        assert self.sponsors_page.chosen_names == ["Ecuador", "Mexico"]
        assert self.title_page.edit.text() == "Global Forum on Migration and Development"
        assert [row.number.text() for row in self.agenda_page.rows] == ["116"]
        self.sponsors_page.add_names(["Chile", "Narnia"])
        self.refresh()
        seen["flag"] = self.sponsors_page.problem.text()
        self.sponsors_page.chosen_names.remove("Narnia")
        self.sponsors_page.add_names([])
        self.refresh()
        seen["printed"] = self.sponsors_page.printed.text()
        seen["no flag"] = self.sponsors_page.problem.text()
        row = self.agenda_page.add_row()
        row.number.setText("117")
        row.title.setText("Globalization and interdependence")
        seen["session"] = self.session_page.session()
        self.body_page.set_body(Body.SECURITY_COUNCIL)
        seen["sc"] = (self.metadata().title, self.metadata().agenda_items, self.path())
        self.body_page.set_body(Body.HUMAN_RIGHTS_COUNCIL)
        seen["hrc dates shown"] = not self.session_page.dates_edit.isHidden()
        self.body_page.set_body(Body.GA_PLENARY)
        self.session_page.number.set_value(62)  # a change of body proposed the current session
        self.symbol_page.symbol_edit.setText("A/62/L.25")
        dialog.accept()
        return 1

    monkeypatch.setattr(DetailsDialog, "exec", edit)
    before = seeded.session.resolution.metadata
    qtbot.keyClick(seeded, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    meta = seeded.session.resolution.metadata
    assert "“Narnia”" in seen["flag"] and seen["no flag"] == ""
    assert seen["printed"] == "Chile, Ecuador and Mexico: draft resolution"
    assert seen["sc"][0] == "" and seen["sc"][1] == []
    assert seen["hrc dates shown"]
    assert [s.name for s in meta.sponsors] == ["Chile", "Ecuador", "Mexico"]
    assert [item.number for item in meta.agenda_items] == ["116", "117"]
    assert meta.symbol == "A/62/L.25"
    assert meta.title == before.title and meta.date == before.date
    assert seen["session"] == before.session == meta.session
    qtbot.waitUntil(lambda: not seeded.preview.pending())
    assert "Chile, Ecuador and Mexico: draft resolution" in seeded.preview.plain_text()
    assert "A/62/L.25" in seeded.preview.plain_text()
    seeded.ui_actions["undo"].trigger()
    assert seeded.session.resolution.metadata is before
