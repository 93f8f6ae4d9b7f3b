"""Preferences kept in the settings; Help ▸ User Guide (F1) with its pictures."""

from __future__ import annotations

from typing import Any

import pytest
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
