"""Versions, comparison and the tracked-changes export through the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import DialogScript, type_at_end
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from draftdesk.compare import Kind
from draftdesk.export import export_docx
from draftdesk.importers import import_file
from draftdesk.model.versions import frozen_copy
from draftdesk.storage import load_draft, save_draft
from draftdesk.ui.compare_view import ChangesExportDialog

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def opened(window: Any, tmp_path: Path) -> tuple[Any, Path]:
    """Return the window with L.26 saved as a draft file and opened from it."""
    path = tmp_path / "L26.draftdesk"
    save_draft(import_file(CORPUS / "01_A_80_L.26.txt"), path)
    assert window.open_path(path)
    return window, path


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_a, **_k: (name, True)))


def test_save_version_compare_export_and_reopen(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        opened: tuple[Any, Path], dialogs: DialogScript) -> None:
    window, path = opened
    # Save a version with its shortcut, listed in the panel.
    answer_name(monkeypatch, "First reading")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    resolution = window.session.resolution
    assert [v.name for v in resolution.versions] == ["First reading"]
    panel = window._editor_parts().versions
    assert [panel.list.item(i).text().split(" (")[0] for i in range(panel.list.count())] == [
        "First reading"]
    # A name already taken: a dialog says so, nothing changes.
    window.ui_actions["save_version"].trigger()
    assert any("already exists" in text for text in dialogs.titles("critical"))
    assert len(resolution.versions) == 1
    # Edit: delete a paragraph, type words into another.
    deleted = resolution.preambular[1]
    window.select_paragraph(deleted.id)
    window.session.delete_paragraph(deleted.id)
    typed = resolution.operative[1]
    type_at_end(qtbot, window, typed.id, " forthwith in good faith")
    window.editor.commit()
    # Compare: the changes are listed; derived ones hidden until asked for.
    window.ui_actions["compare_versions"].trigger()
    view = window._editor_parts().versions_actions.compare_window
    qtbot.waitExposed(view)
    kinds = [c.kind for c in view.changes]
    assert kinds.count(Kind.DELETED) == 1 and Kind.CHANGED in kinds
    assert all(not c.derived for c in view.changes)
    listed = view.change_list.count()
    view.derived_box.setChecked(True)
    assert view.change_list.count() >= listed
    view.derived_box.setChecked(False)
    qtbot.keyClick(view.change_list, Qt.Key.Key_F8)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.change_list.currentRow() == 1
    qtbot.keyClick(view.change_list, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.change_list.currentRow() == 0
    html = view.text.toHtml()
    assert view.text.toPlainText().count("forthwith in good faith") == 1
    assert "#1a5fb4" in html and "#b3261e" in html  # insertion and deletion colours
    view.side_box.setChecked(True)
    assert view.text.toPlainText().count("forthwith in good faith") == 1
    # Export with changes against the version, through the dialog.
    out = tmp_path / "L26 (changes).docx"
    dialogs.save_name = str(out)

    def choose(dialog: ChangesExportDialog) -> int:
        assert dialog.old_key() == "version:First reading"
        dialog.author_field.setText("Delegation of Iceland")
        assert not dialog.manuscript()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangesExportDialog, "exec", choose)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file()
    from tools.revisions import accepted, plain, read_parts

    export_docx(window.session.resolution, tmp_path / "plain.docx")
    assert accepted(out) == plain(tmp_path / "plain.docx")
    authors = {el.get(W + "author") for el in read_parts(out)["word/document.xml"].iter(
        W + "del")}
    assert authors == {"Delegation of Iceland"}
    assert window.settings.changes_author() == "Delegation of Iceland"
    # Save, reopen: the version is there, and still compares.
    view.close()
    assert window.save()
    window.close_draft()
    assert window.open_path(path)
    reopened = window.session.resolution
    assert [v.name for v in reopened.versions] == ["First reading"]
    assert window._editor_parts().versions.list.count() == 1
    again = window._editor_parts().versions_actions.open_compare("version:First reading")
    assert [c.kind for c in again.changes].count(Kind.DELETED) == 1


def test_restore_is_one_undo_step(qtbot: Any, opened: tuple[Any, Path]) -> None:
    window, _path = opened
    actions = window._editor_parts().versions_actions
    assert actions.save_version("Zero draft")
    saved = [p.id for _part, p in window.session.resolution.walk()]
    window.session.delete_paragraph(window.session.resolution.operative[0].id)
    # File ▸ Restore Version lists the versions, newest first.
    menu = actions.restore_menu
    assert menu in [a.menu() for a in window.findChild(QMenu, "menu_file").actions()]
    menu.aboutToShow.emit()
    entries = menu.actions()
    assert [a.text().split(" (")[0] for a in entries] == ["Zero draft"]
    entries[0].trigger()
    assert [p.id for _part, p in window.session.resolution.walk()] == saved
    assert window.outline_model.rowCount() > 0
    window.ui_actions["undo"].trigger()
    assert len([p for _part, p in window.session.resolution.walk()]) < len(saved)
    window.ui_actions["undo"].trigger()  # the deletion
    window.ui_actions["undo"].trigger()  # the saved version
    assert window.session.resolution.versions == []


def test_base_text_from_a_file_and_bad_files(qtbot: Any, tmp_path: Path,
                                             opened: tuple[Any, Path],
                                             dialogs: DialogScript) -> None:
    window, _path = opened
    actions = window._editor_parts().versions_actions
    empty = tmp_path / "note.txt"
    empty.write_text("Just a note\n", encoding="utf-8")
    assert not actions.set_base_from_file(empty)
    assert not actions.set_base_from_file(tmp_path / "missing.txt")
    assert len(dialogs.titles("critical")) == 2
    assert window.session.resolution.base_text is None
    base = tmp_path / "base.draftdesk"
    save_draft(frozen_copy(import_file(CORPUS / "01_A_80_L.26.txt")), base)
    assert actions.set_base_from_file(base)
    assert window.session.resolution.base_text is not None
    panel = window._editor_parts().versions
    assert panel.list.item(0).text() == "Base text: A/80/L.26"
    view = actions.open_compare()
    assert view.old_key == "base"
    # Another draft, pairs by similarity: no paragraph added or deleted.
    assert not [c for c in view.changes if c.kind in (Kind.ADDED, Kind.DELETED)]
    reloaded = load_draft(base)
    assert reloaded.metadata.symbol == "A/80/L.26"


def test_export_as_submission_manuscript(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path, opened: tuple[Any, Path],
                                         dialogs: DialogScript) -> None:
    window, _path = opened
    actions = window._editor_parts().versions_actions
    actions.save_version("L.26")
    window.session.delete_paragraph(window.session.resolution.operative[0].id)
    out = tmp_path / "manuscript.docx"
    dialogs.save_name = str(out)

    def choose(dialog: ChangesExportDialog) -> int:
        dialog.manuscript_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangesExportDialog, "exec", choose)
    window.ui_actions["export_changes"].trigger()
    from tools.revisions import read_parts

    parts = read_parts(out)
    assert list(parts["word/document.xml"].iter(W + "del"))
    assert not any(name.startswith("word/header") for name in parts)  # no masthead


def test_preview_marks_changes_with_bars(qtbot: Any, opened: tuple[Any, Path]) -> None:
    from PySide6.QtGui import QImage, QPainter

    from draftdesk.ui.versions_actions import BAR_CHANGED, BAR_DELETED

    window, _path = opened
    toggle = window.ui_actions["preview_changes"]
    toggle.trigger()  # nothing kept yet: refused, stays off
    assert not toggle.isChecked() and window.preview.engine.change_marks == {}
    actions = window._editor_parts().versions_actions
    actions.save_version("First reading")
    resolution = window.session.resolution
    after = resolution.preambular[2]
    window.session.delete_paragraph(resolution.preambular[1].id)
    typed = resolution.operative[0]
    type_at_end(qtbot, window, typed.id, " forthwith")
    window.editor.commit()
    toggle.trigger()
    assert toggle.isChecked()
    marks = window.preview.engine.change_marks
    assert marks == {typed.id: BAR_CHANGED, after.id: BAR_DELETED}
    assert window.statusBar().currentMessage() == (
        "Preview: 2 paragraphs marked against " + window._editor_parts().versions.list.item(
            0).text())
    window.preview.rebuild()
    engine = window.preview.engine
    page = engine.page_of_paragraph(after.id)
    scale = 0.1  # a page of about 600 × 800 pixels
    image = QImage(int(engine.width * scale), int(engine.height * scale),
                   QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    engine.paint_page(painter, page)
    painter.end()
    margin = int(engine.width * scale / 4)
    red = sum(1 for y in range(image.height()) for x in range(margin)
              if image.pixelColor(x, y) == BAR_DELETED)
    assert red > 5  # the bar is painted in the margin
    # Further edits move the bars after a pause; turning it off clears them.
    second = resolution.operative[1]
    type_at_end(qtbot, window, second.id, " promptly")
    window.editor.commit()
    qtbot.waitUntil(lambda: second.id in window.preview.engine.change_marks, timeout=3000)
    toggle.trigger()
    assert window.preview.engine.change_marks == {}


def test_versions_actions_in_the_file_menu_and_the_shortcuts(window: Any) -> None:
    menu = window.menuBar().findChild(type(window.recent_menu), "menu_file")
    texts = [a.text() for a in menu.actions()]
    assert "Save &Version…" in texts and "Export with &Changes Against…" in texts
    table = dict(window.ui_actions.shortcut_table())
    assert table["Save Version"] == "Ctrl+Alt+V"
