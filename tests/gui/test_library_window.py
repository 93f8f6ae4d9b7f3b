"""The clause library in the main window: visible panel, similar wording, Save to Library."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from gui_helpers import SEED
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QWidget

from draftdesk.importers import import_text
from draftdesk.library import NewClause
from draftdesk.model import Part
from draftdesk.ui.library_dialogs import ClauseEditDialog, SaveToLibraryDialog

# The offscreen platform says this whenever a window is shown.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

AGREED = ("Encourages Member States to consider the outcome of the Global Forum on Migration "
          "and Development in their policies on international migration and development")


def _really_visible(widget: QWidget, window: QWidget, least: int = 50) -> bool:
    """Say whether a widget is shown, not behind a tab, and inside the window on screen."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    placed = QRect(top_left, widget.size())
    return window.rect().contains(placed) and min(placed.width(), placed.height()) >= least


@pytest.fixture
def agreed_window(qtbot: Any, window: Any) -> Any:
    """The seed draft open in a desktop-sized window, with a library of agreed language."""
    window.resize(1360, 840)
    qtbot.wait(10)
    window.open_resolution(import_text(SEED.read_text(encoding="utf-8"), str(SEED)), dirty=True)
    store = window.library.store()
    store.create_library("Agreed")
    store.add_clauses("Agreed", [
        NewClause(AGREED, "operative", "ga", "migration", source_symbol="A/RES/63/225",
                  source_paragraph="para. 6"),
    ])
    window.library.refresh_libraries()
    return window


def _paragraph_ids(window: Any, part: Part) -> list[str]:
    return [p.id for p in window.session.resolution.part(part)]


def test_library_dock_is_visible_when_a_draft_opens(qtbot: Any, seeded: Any) -> None:
    qtbot.wait(10)
    dock = seeded.library_dock
    assert seeded.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    # Never behind the preview's tab (on a small window the footnotes are its back tab).
    assert seeded.preview_dock not in seeded.tabifiedDockWidgets(dock)
    assert _really_visible(dock, seeded)
    assert _really_visible(seeded.library.search_box, seeded, least=10)
    assert _really_visible(seeded.preview_dock, seeded)  # both, side by side

    # The View menu toggles it, with Ctrl+5; Clause from Library shows it and its search box.
    toggle = dock.toggleViewAction()
    view_menu = seeded.findChild(QMenu, "menu_view")
    assert toggle in view_menu.actions()
    assert toggle.shortcut() == QKeySequence("Ctrl+5")
    toggle.trigger()
    assert not dock.isVisible()
    seeded.ui_actions["insert_clause"].trigger()
    qtbot.wait(10)
    assert _really_visible(dock, seeded)
    assert seeded.library.search_box.hasFocus() or not seeded.isActiveWindow()

    # Closing the draft and opening another brings it back in sight.
    seeded.session.mark_clean()
    assert seeded.close_draft()
    assert not dock.isVisible()
    seeded.open_resolution(replace(seeded.session.resolution), dirty=False)
    qtbot.wait(10)
    assert _really_visible(dock, seeded)


def test_similar_wording_appears_while_typing(qtbot: Any, agreed_window: Any) -> None:
    window = agreed_window
    panel = window.library
    operative = _paragraph_ids(window, Part.OPERATIVE)
    window.select_paragraph(operative[0])
    actions = window.findChild(object, "libraryActions")
    editor = window.editor.text
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Encourages States to consider the outcome of the Global Forum")
    # Debounced: nothing is looked up while the drafter types.
    assert actions.hint_timer.isActive()
    assert actions.hint_timer.interval() == 300
    qtbot.waitUntil(lambda: panel.similar.isVisible(), timeout=3000)
    hits = panel.similar_model.hits()
    assert hits[0].clause.library == "Agreed"
    shown = panel.similar_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "A/RES/63/225, para. 6" in shown and "% similar" in shown
    assert _really_visible(panel.similar, window)
    assert shown.split("\n")[0].endswith("% similar · A/RES/63/225, para. 6")
    # The panel fits its dock: nothing hides behind a sideways scroll bar.
    assert not window.library_dock.widget().horizontalScrollBar().isVisible()

    # "Replace Paragraph Text" gives the paragraph the agreed text, as one undo step.
    panel.select_clause(0, similar=True)
    assert panel.replace_button.isEnabled()
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    paragraph = window.session.paragraph(operative[0])
    assert paragraph.lead == "Encourages"
    assert paragraph.body_text == AGREED.removeprefix("Encourages ")
    assert paragraph.provenance.source == "A/RES/63/225, para. 6"
    assert paragraph.provenance.version == 1
    assert window.editor.text.toPlainText() == paragraph.body_text
    assert window.session.undo_stack.undoText() == "Use agreed wording"
    window.ui_actions["undo"].trigger()
    paragraph = window.session.paragraph(operative[0])
    assert paragraph.body_text == "Encourages States to consider the outcome of the Global Forum"
    assert paragraph.provenance is None

    # Too few words, or another paragraph far from any clause: the hint goes away.
    editor.selectAll()
    qtbot.keyClicks(editor, "Zebra")
    actions.update_hint()
    assert not panel.similar.isVisible()


def test_save_selected_paragraphs_to_a_new_library(
    qtbot: Any, agreed_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = agreed_window
    metadata = window.session.resolution.metadata
    window.session.set_metadata(replace(metadata, symbol="A/C.2/62/L.5"))
    outline = window.outline
    assert outline.selectionMode() == outline.SelectionMode.ExtendedSelection
    preamble = _paragraph_ids(window, Part.PREAMBULAR)
    # Ctrl+click a second paragraph in the outline.
    window.select_paragraph(preamble[0])
    second = outline.visualRect(window.outline_model.index_of(preamble[2])).center()
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, second)
    actions = window.findChild(object, "libraryActions")
    assert actions.selected_paragraphs() == [preamble[0], preamble[2]]

    seen: dict[str, Any] = {}

    def fill_in(dialog: SaveToLibraryDialog) -> int:
        seen["symbol"] = dialog.symbol.text()
        seen["summary"] = dialog.summary.text()
        seen["paragraph_enabled"] = dialog.paragraph.isEnabled()
        dialog.library.setCurrentText("GFMD agreed")
        seen["hint"] = dialog.new_hint.text()
        qtbot.keyClicks(dialog.tags, "migration, GFMD")
        dialog.note.setPlainText("Preamble of the 2007 draft")
        dialog.agreed.setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(SaveToLibraryDialog, "exec", fill_in)
    action = window.ui_actions["save_to_library"]
    assert action.shortcut() == QKeySequence("Ctrl+Alt+B")
    assert action.isEnabled()
    action.trigger()
    assert seen["symbol"] == "A/C.2/62/L.5"
    assert "preambular para. 1, preambular para. 3" in seen["summary"]
    assert not seen["paragraph_enabled"]  # several paragraphs: each keeps its own number
    assert "will be created" in seen["hint"]
    store = window.library.store()
    saved = store.clauses("GFMD agreed")
    assert [c.source for c in saved] == ["A/C.2/62/L.5, preambular para. 1",
                                         "A/C.2/62/L.5, preambular para. 3"]
    assert saved[0].tags == ("migration", "GFMD") and saved[0].note == "Preamble of the 2007 draft"
    assert saved[0].text.startswith("Recalling that the 2005 World Summit Outcome[[fn: See")
    assert "GFMD agreed" in [window.library.library_filter.itemData(i)
                             for i in range(window.library.library_filter.count())]

    # One paragraph: its number is offered and can be corrected.
    def one(dialog: SaveToLibraryDialog) -> int:
        seen["label"] = dialog.paragraph.text()
        assert dialog.library.currentText() == "GFMD agreed"  # the last library used
        dialog.agreed.setChecked(True)
        dialog.paragraph.setText("para. 1 (revised)")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SaveToLibraryDialog, "exec", one)
    window.select_paragraph(_paragraph_ids(window, Part.OPERATIVE)[0])
    assert actions.save_selection()
    assert seen["label"] == "para. 1"
    assert store.clauses("GFMD agreed")[-1].source == "A/C.2/62/L.5, para. 1 (revised)"


def test_save_refuses_the_builtin_library_inside_the_dialog(
    qtbot: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def builtin(dialog: SaveToLibraryDialog) -> int:
        dialog.library.setCurrentText("Built-in")
        dialog.accept()
        assert dialog.isVisible() or dialog.result() == 0
        assert "cannot be changed" in dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(SaveToLibraryDialog, "exec", builtin)
    assert not seeded.findChild(object, "libraryActions").save_selection()


def test_outline_context_menu_offers_save_to_library(
    qtbot: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []
    actions = seeded.findChild(object, "libraryActions")
    monkeypatch.setattr(actions, "popup", lambda menu, _where: shown.append(
        [a.objectName() for a in menu.actions() if not a.isSeparator()]))
    outline = seeded.outline
    assert outline.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    row = outline.visualRect(seeded.outline_model.index_of(
        _paragraph_ids(seeded, Part.OPERATIVE)[1])).center()
    outline.customContextMenuRequested.emit(row)
    assert shown and shown[0][0] == "action_save_to_library"
    assert "action_delete_paragraph" in shown[0]
    assert seeded.current_paragraph() == _paragraph_ids(seeded, Part.OPERATIVE)[1]


def test_editing_a_clause_leaves_the_draft_as_it_was(
    qtbot: Any, agreed_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = agreed_window
    panel = window.library
    panel.set_library("Agreed")
    panel.run_search()
    panel.select_clause(0)
    before = len(window.session.resolution.operative)
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    assert len(window.session.resolution.operative) == before + 1
    inserted = window.session.paragraph(window.current_paragraph())
    assert inserted.provenance.version == 1
    text_before = (inserted.lead, list(inserted.content))

    def edit(dialog: ClauseEditDialog) -> int:
        assert "version 1" in dialog.version_label.text()
        dialog.text.setPlainText("Urges Member States to consider the outcome of the Forum")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClauseEditDialog, "exec", edit)
    assert panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.current_clause().version == 2
    assert "v2" in panel.preview.text()
    # The draft still has the wording it got, and remembers which version that was.
    paragraph = window.session.paragraph(inserted.id)
    assert (paragraph.lead, paragraph.content) == text_before
    assert paragraph.provenance.version == 1
    # A new insertion takes the new version.
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    newer = window.session.paragraph(window.current_paragraph())
    assert newer.lead == "Urges" and newer.provenance.version == 2


def test_save_to_library_needs_an_open_draft(window: Any) -> None:
    action = window.ui_actions["save_to_library"]
    assert not action.isEnabled()
    insert_menu = window.findChild(QMenu, "menu_insert")
    assert action in insert_menu.actions()


def test_an_old_layout_does_not_hide_the_library_behind_the_preview(
    qtbot: Any, window: Any
) -> None:
    window.resize(1360, 840)
    window.open_resolution(import_text(SEED.read_text(encoding="utf-8"), str(SEED)))
    # The layout earlier versions saved: the library as a tab behind the preview.
    window.tabifyDockWidget(window.preview_dock, window.library_dock)
    window.preview_dock.raise_()
    window.settings.save_window(window.saveGeometry(), window.saveState())
    window.settings.sync()

    from draftdesk.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.open_resolution(import_text(SEED.read_text(encoding="utf-8"), str(SEED)))
    qtbot.wait(10)
    assert again.tabifiedDockWidgets(again.library_dock) == []
    assert _really_visible(again.library_dock, again)
    again.session.mark_clean()
    again.close()
