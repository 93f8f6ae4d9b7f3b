"""The clause library panel, driven through its real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt

from draftdesk.library import LibraryStore, NewClause, open_store
from draftdesk.model import FootnoteRef, Paragraph, Part, Provenance
from draftdesk.ui.library_panel import CLAUSE_MIME, CLAUSE_ROLE, LibraryPanel

# The offscreen platform says this whenever a window is shown.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LibraryStore]:
    opened = open_store(tmp_path / "clauses.sqlite3")
    opened.create_library("Agreed")
    opened.add_clauses("Agreed", [
        NewClause("Requests the Secretary-General to submit to the General Assembly at its "
                  "sixty-third session a report on international migration and development",
                  "operative", "ga", "migration", source_symbol="A/RES/61/208",
                  source_paragraph="para. 9"),
    ])
    yield opened
    opened.close()




def _search(qtbot: Any, panel: LibraryPanel, text: str) -> list[Any]:
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, text)
    # The search runs after a short pause in typing.
    qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=2000)
    return [hit.clause for hit in panel.results_model.hits()]


def _select(qtbot: Any, panel: LibraryPanel, key: str) -> None:
    for row, hit in enumerate(panel.results_model.hits()):
        if hit.clause.key == key:
            panel.select_clause(row)
            return
    raise AssertionError(f"{key} not listed")


def test_model_is_a_well_behaved_qt_model(qtmodeltester: Any, panel: LibraryPanel) -> None:
    assert panel.results_model.rowCount() > 40  # the built-in library, unfiltered
    qtmodeltester.check(panel.results_model)


def test_search_as_you_type_fill_fields_and_insert(qtbot: Any, panel: LibraryPanel) -> None:
    found = _search(qtbot, panel, "report on the implem")
    assert {"report-request", "report-request-under-item", "report-request-and-agenda"} <= {
        clause.key for clause in found
    }
    assert all("report" in clause.text for clause in found)
    _select(qtbot, panel, "report-request")
    assert not panel.insert_button.isEnabled()
    assert "Fill in: session" in panel.status.text()
    assert "‹session›" in panel.preview.text()

    session = panel.field_edit("session")
    qtbot.keyClicks(session, "sixty")
    assert not panel.insert_button.isEnabled()
    assert "not a whole number" in panel.status.text()
    session.clear()
    qtbot.keyClicks(session, "63")
    assert panel.insert_button.isEnabled()
    assert "sixty-third session" in panel.preview.text()
    assert panel.preview.text().startswith("<i>Requests</i>")

    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as signal:
        qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    paragraph, footnotes = signal.args
    assert isinstance(paragraph, Paragraph)
    assert paragraph.lead == "Requests"
    assert "at its sixty-third session a report" in paragraph.body_text
    assert paragraph.provenance == Provenance("Built-in", "report-request", 1,
                                              "A/C.2/80/L.30, para. 5")
    assert footnotes == []


def test_enter_in_a_field_or_the_list_inserts(qtbot: Any, panel: LibraryPanel) -> None:
    _search(qtbot, panel, "remain seized")
    _select(qtbot, panel, "sc-remain-seized")
    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as first:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert first.args[0].lead == "Decides"
    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as second:
        panel.insert_current()
    # Each insertion is a paragraph of its own.
    assert second.args[0] is not first.args[0]
    assert second.args[0].id != first.args[0].id

    _search(qtbot, panel, "take note report secretary")
    _select(qtbot, panel, "take-note-report-sg")
    symbol = panel.field_edit("symbol")
    qtbot.keyClicks(symbol, "A/62/298")
    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as signal:
        qtbot.keyClick(symbol, Qt.Key.Key_Return)
    paragraph, footnotes = signal.args
    assert [note.plain_text for note in footnotes] == ["A/62/298."]
    assert paragraph.content[-1] == FootnoteRef(footnotes[0].id)


def test_field_values_are_remembered_between_clauses(qtbot: Any, panel: LibraryPanel) -> None:
    _search(qtbot, panel, "provisional agenda")
    _select(qtbot, panel, "include-in-agenda")
    qtbot.keyClicks(panel.field_edit("session"), "81")
    _search(qtbot, panel, "report on the implem")
    _select(qtbot, panel, "report-request")
    assert panel.field_edit("session").text() == "81"
    assert panel.insert_button.isEnabled()


def test_filters_by_body_and_part(qtbot: Any, panel: LibraryPanel) -> None:
    panel.set_body("sc")
    bodies = {hit.clause.body for hit in panel.results_model.hits()}
    assert bodies <= {"sc", "any"} and "sc" in bodies
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("preambular"))
    assert {hit.clause.kind for hit in panel.results_model.hits()} == {"preambular"}
    found = _search(qtbot, panel, "Chapter VII")
    assert [clause.key for clause in found] == ["sc-acting-chapter-vii"]
    _search(qtbot, panel, "zzzz")
    assert panel.results_model.rowCount() == 0
    # Said under the empty list, not far below it.
    assert panel.no_match.isVisible() and panel.status.text() == ""
    # The layout settles in the event loop after the list shrinks.
    qtbot.waitUntil(lambda: panel.no_match.mapTo(panel, panel.no_match.rect().topLeft()).y()
                    < panel.results.mapTo(panel, panel.results.rect().topLeft()).y() + 60,
                    timeout=2000)
    _search(qtbot, panel, "Chapter VII")
    assert not panel.no_match.isVisible()


def test_drag_carries_the_clause_id(qtbot: Any, panel: LibraryPanel) -> None:
    _search(qtbot, panel, "remain seized")
    model = panel.results_model
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([index])
    clause = index.data(CLAUSE_ROLE)
    assert CLAUSE_MIME in model.mimeTypes()
    assert bytes(data.data(CLAUSE_MIME).data()).decode() == str(clause.id)
    assert data.text().startswith("Decides to remain")
    assert panel.results.dragEnabled()


def test_similar_agreed_language(qtbot: Any, panel: LibraryPanel) -> None:
    assert not panel.similar.isVisibleTo(panel)
    hits = panel.show_similar(
        "Requests the Secretary-General to submit a report on international migration and "
        "development to the General Assembly at its sixty-fifth session"
    )
    assert hits[0].clause.library == "Agreed"
    assert panel.similar.isVisibleTo(panel)
    shown = panel.similar_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "A/RES/61/208, para. 9" in shown and "% similar" in shown
    panel.select_clause(0, similar=True)
    assert panel.current_clause() == hits[0].clause
    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as signal:
        panel.insert_current()
    assert signal.args[0].provenance.source == "A/RES/61/208, para. 9"
    assert panel.show_similar("Zebra crossings") == []
    assert not panel.similar.isVisibleTo(panel)


def test_panel_opens_the_user_libraries_by_itself(qtbot: Any) -> None:
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    assert widget.results_model.rowCount() > 40
    widget.close()
    assert widget._store is None


def test_part_of_the_inserted_clause_and_dropped_clauses(
    qtbot: Any, panel: LibraryPanel, store: LibraryStore
) -> None:
    _search(qtbot, panel, "Chapter VII")
    panel.select_clause(0)
    with qtbot.waitSignal(panel.insert_requested, timeout=1000):
        panel.insert_current()
    assert panel.insert_part is Part.PREAMBULAR

    # A drop target turns the dragged clause id back into a paragraph.
    model = panel.results_model
    dropped = panel.render_dropped(model.mimeData([model.index(0, 0)]))
    assert dropped is not None
    paragraph, footnotes, part = dropped
    assert paragraph.lead.startswith("Acting") and footnotes == [] and part is Part.PREAMBULAR
    # A clause whose fields are still empty is shown for filling in instead.
    agenda = store.find_clause("Built-in", "include-in-agenda")
    mime = QMimeData()
    mime.setData(CLAUSE_MIME, str(agenda.id).encode())
    assert panel.current_clause().key == "sc-acting-chapter-vii"
    assert panel.render_dropped(mime) is None
    assert panel.current_clause().key == "include-in-agenda"
    qtbot.keyClicks(panel.field_edit("session"), "81")
    qtbot.keyClicks(panel.field_edit("item"), "Migration")
    dropped = panel.render_dropped(mime)
    assert dropped is not None and dropped[2] is Part.OPERATIVE
    assert "eighty-first session" in dropped[0].body_text
    assert panel.render_dropped(QMimeData()) is None


def test_library_filter(qtbot: Any, panel: LibraryPanel, store: LibraryStore) -> None:
    names = [panel.library_filter.itemData(i) for i in range(panel.library_filter.count())]
    assert names == [None, "Built-in", "Agreed"]
    panel.set_library("Agreed")
    assert {hit.clause.library for hit in panel.results_model.hits()} == {"Agreed"}
    found = _search(qtbot, panel, "report")
    assert [clause.library for clause in found] == ["Agreed"]
    store.create_library("New")
    panel.refresh_libraries()
    assert panel.library_filter.currentData() == "Agreed"
    assert panel.library_filter.findData("New") > 0
    panel.set_library(None)
    assert len(_search(qtbot, panel, "report")) > 1


def test_a_spanish_draft_is_offered_spanish_clauses(qtbot: Any, panel: LibraryPanel) -> None:
    panel.set_language("es")
    assert {hit.clause.language for hit in panel.results_model.hits()} == {"es"}
    found = _search(qtbot, panel, "Recordando")
    assert found and all(clause.language == "es" for clause in found)
    _search(qtbot, panel, "")
    panel.set_language("fr")
    assert {hit.clause.language for hit in panel.results_model.hits()} == {"fr"}
    panel.set_language(None)
    assert "en" in {hit.clause.language for hit in panel.results_model.hits()}


def test_the_window_offers_clauses_in_the_draft_s_language(qtbot: Any, small: Any) -> None:
    assert small.library.language == "en"
    resolution = small.session.resolution
    resolution.metadata.language = "fr"
    small.set_session(type(small.session)(resolution))
    assert small.library.language == "fr"
