"""Preferences kept in the settings; Help ▸ User Guide (F1) with its pictures."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from draftdesk.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def test_preferences_are_kept_and_applied(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, seeded: Any
) -> None:
    from draftdesk.ui.preferences import PreferencesDialog

    def fill(dialog: Any) -> int:
        dialog.author.setFocus()
        qtbot.keyClicks(dialog.author, "Maria Fernandez")
        qtbot.keyClicks(dialog.initials, "MF")
        dialog.autosave.setValue(120)
        dialog.body.setCurrentIndex(dialog.body.findData("security_council"))
        dialog.zoom.setCurrentIndex(dialog.zoom.findData("1.5"))
        # The interface language: follow the system, or one of the translations.
        assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
            "", "en", "es", "fr"]
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fill)
    seeded.ui_actions["preferences"].trigger()
    settings = Settings()
    assert settings.preference("author") == "Maria Fernandez"
    assert settings.preference("initials") == "MF"
    assert settings.autosave_seconds == 120
    assert settings.preference("default_body") == "security_council"
    assert seeded.autosave_timer.interval() == 120_000
    assert seeded.preview._zoom == pytest.approx(1.5)
    assert settings.interface_language == "es"


def test_a_new_draft_starts_with_the_preferred_body(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, window: Any
) -> None:
    from draftdesk.model.document import Body
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    window.settings.set_preference("default_body", "security_council")
    seen: list[Body] = []

    def look(wizard: Any) -> int:
        seen.append(wizard.body_page.body())
        return 0

    monkeypatch.setattr(NewDraftWizard, "exec", look)
    window.ui_actions["new"].trigger()
    assert seen == [Body.SECURITY_COUNCIL]


def test_f1_opens_the_illustrated_user_guide(qtbot: Any, seeded: Any) -> None:
    seeded.activateWindow()
    qtbot.waitUntil(seeded.isActiveWindow)
    qtbot.keyClick(seeded, Qt.Key.Key_F1)
    from draftdesk.ui.user_guide import UserGuide

    guide = UserGuide._open
    assert guide is not None and guide.isVisible()
    document = guide.browser.document()
    assert "Document View" in guide.browser.toPlainText()
    images = [fmt.toImageFormat().name() for block in _blocks(document)
              for fmt in _formats(block) if fmt.isImageFormat()]
    assert "screen-1366x768.png" in images
    for name in images:
        assert not document.resource(2, name).isNull(), name  # 2: QTextDocument.ImageResource
    guide.close()
    assert QApplication.activeModalWidget() is None


def _blocks(document: Any) -> list[Any]:
    out = []
    block = document.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _formats(block: Any) -> list[Any]:
    out = []
    iterator = block.begin()
    while not iterator.atEnd():
        out.append(iterator.fragment().charFormat())
        iterator += 1
    return out


def test_the_preferred_author_signs_the_tracked_changes(
    qtbot: Any, tmp_path: Any, seeded: Any, dialogs: Any
) -> None:
    from gui_helpers import type_at_end
    from PySide6.QtCore import QTimer

    from draftdesk.ui.compare_view import ChangesExportDialog
    from draftdesk.ui.preferences import PreferencesDialog
    from tools.revisions import read_parts

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def set_author(dialog: Any) -> str:
        qtbot.keyClicks(QApplication.focusWidget(), "Delegation of Ecuador")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return "set"

    seen: list[Any] = []
    QTimer.singleShot(0, lambda: when_modal(qtbot, PreferencesDialog, set_author, seen))
    seeded.ui_actions["preferences"].trigger()
    assert seen == ["set"]
    assert seeded.settings.preference("author") == "Delegation of Ecuador"

    # A version to compare with, then an addition.
    seeded._editor_parts().versions_actions.save_version("First reading")
    resolution = seeded.session.resolution
    type_at_end(qtbot, seeded, resolution.operative[0].id, " without delay")
    seeded.editor.commit()

    def export(dialog: ChangesExportDialog) -> str:
        shown = dialog.author_field.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return shown

    out = tmp_path / "changes.docx"
    dialogs.save_name = str(out)
    seen.clear()
    QTimer.singleShot(0, lambda: when_modal(qtbot, ChangesExportDialog, export, seen))
    seeded.ui_actions["export_changes"].trigger()
    assert seen == ["Delegation of Ecuador"]
    insertions = list(read_parts(out)["word/document.xml"].iter(w + "ins"))
    assert insertions
    assert {el.get(w + "author") for el in insertions} == {"Delegation of Ecuador"}


def test_an_author_typed_for_tracked_changes_becomes_the_preferred_one(
    qtbot: Any, tmp_path: Any, seeded: Any, dialogs: Any
) -> None:
    from PySide6.QtCore import QTimer

    from draftdesk.ui.compare_view import ChangesExportDialog
    from draftdesk.ui.preferences import PreferencesDialog

    seeded._editor_parts().versions_actions.save_version("First reading")
    seeded.session.delete_paragraph(seeded.session.resolution.operative[0].id)

    def export(dialog: ChangesExportDialog) -> str:
        dialog.author_field.setFocus()
        qtbot.keyClicks(dialog.author_field, "Delegation of Mexico")
        qtbot.keyClick(dialog.author_field, Qt.Key.Key_Return)
        return "exported"

    dialogs.save_name = str(tmp_path / "changes.docx")
    seen: list[Any] = []
    QTimer.singleShot(0, lambda: when_modal(qtbot, ChangesExportDialog, export, seen))
    seeded.ui_actions["export_changes"].trigger()
    assert seen == ["exported"]
    assert Settings().preference("author") == "Delegation of Mexico"

    def look(dialog: PreferencesDialog) -> str:
        shown = dialog.author.text()
        dialog.reject()
        return shown

    seen.clear()
    QTimer.singleShot(0, lambda: when_modal(qtbot, PreferencesDialog, look, seen))
    seeded.ui_actions["preferences"].trigger()
    assert seen == ["Delegation of Mexico"]


def test_an_earlier_author_of_tracked_changes_moves_to_the_preferences(tmp_path: Any) -> None:
    from PySide6.QtCore import QSettings

    path = tmp_path / "draftdesk.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("export/changes_author", "Delegation of Iceland")
    old.sync()
    del old
    settings = Settings(path)
    assert settings.preference("author") == "Delegation of Iceland"
    assert settings.changes_author() == "Delegation of Iceland"
    settings.sync()
    assert "changes_author" not in path.read_text(encoding="utf-8")
    # A preferred author already there stays the truth.
    again = QSettings(str(path), QSettings.Format.IniFormat)
    again.setValue("export/changes_author", "Someone else")
    again.sync()
    del again
    assert Settings(path).changes_author() == "Delegation of Iceland"
