"""Opening a long draft: the preview lays out its first pages, the rest while the window idles.

Whatever is left for later must be right when the drafter reaches it: the pages counted, a
paragraph jumped to, typing before the layout has finished, the clause library.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextCursor

from draftdesk.model import Footnote, FootnoteRef, Paragraph, Part, Resolution, Text
from draftdesk.model.document import Body
from draftdesk.storage import save_draft
from draftdesk.ui import main_window
from draftdesk.ui.preview import FIRST_PAGES, PageLayout
from draftdesk.ui.printing import PrintedDraft, lay_out

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

WORDS = ("the implementation of the outcome of the international conferences and summits "
         "in the economic, social and related fields, including the follow-up")


def long_draft(preambular: int = 300, operative: int = 700) -> Resolution:
    """Return a draft of 1,000 top-level paragraphs, with footnotes and sub-paragraphs."""
    resolution = Resolution()
    resolution.metadata.title = "A long draft"
    resolution.metadata.symbol = "A/80/L.1"
    for index in range(preambular):
        text = Text(f"its resolution {index}/1 on {WORDS}")
        resolution.preambular.append(Paragraph("Recalling", [text]))
    for index in range(operative):
        paragraph = Paragraph("Requests", [Text(f"the Secretary-General to report {index} on "
                                                f"{WORDS}")])
        if index % 10 == 0:
            note = Footnote(f"n{index}", [Text(f"A/80/{index}.")])
            resolution.footnotes[note.id] = note
            paragraph.content.append(FootnoteRef(note.id))
        if index % 7 == 0:
            paragraph.children = [Paragraph("", [Text(f"sub-paragraph {k} on {WORDS}")])
                                  for k in range(3)]
        resolution.operative.append(paragraph)
    return resolution


def _pages(layout: PageLayout) -> list[tuple[Any, ...]]:
    """Return what every page holds: its slices (block, lines) and its notes."""
    return [(page.top, [(s.block, s.first, s.count, s.top) for s in page.slices], page.notes)
            for page in layout.pages]


@pytest.fixture
def opened(qtbot: Any, window: Any, tmp_path: Path) -> Any:
    """Return the window right after File > Open read the long draft, before it idles."""
    path = tmp_path / "long.draftdesk"
    save_draft(long_draft(), path)
    window.resize(1360, 840)
    assert window.open_path(path, ask=False)
    return window


def test_pages_laid_out_a_piece_at_a_time_are_those_of_one_pass(qapp: Any) -> None:
    draft = PrintedDraft(long_draft())
    whole = PageLayout(draft)
    whole.build(reuse=False)
    lazy = PageLayout(draft)
    lazy.start_build(pages=FIRST_PAGES)
    assert not lazy.complete
    assert FIRST_PAGES < len(lazy.pages) < len(whole.pages)
    assert _pages(lazy)[:FIRST_PAGES] == _pages(whole)[:FIRST_PAGES]
    assert any(block.layout is None for block in lazy.blocks)  # the rest waits
    steps = 0
    while not lazy.complete:
        lazy.lay_out_for(0.002)
        steps += 1
    assert steps > 1
    assert _pages(lazy) == _pages(whole)
    assert lazy.plain_text() == whole.plain_text()


def test_a_query_lays_out_what_it_needs(qapp: Any) -> None:
    resolution = long_draft()
    whole = lay_out(resolution)
    lazy = PageLayout(PrintedDraft(resolution))
    lazy.start_build(pages=FIRST_PAGES)
    target = resolution.operative[390].id
    # Where a paragraph far down starts: laid out up to it, not further.
    assert lazy.paragraph_top(target) == whole.paragraph_top(target)
    assert not lazy.complete
    # A footer says "n/total": the whole draft.
    assert lazy.furniture(5)["footer"] == f"6/{whole.page_count()}"
    assert lazy.complete and _pages(lazy) == _pages(whole)


def test_opened_draft_finishes_its_pages_in_idle_time(qtbot: Any, opened: Any) -> None:
    preview = opened.preview
    assert preview.pending()  # the first pages only, so far
    assert not preview.engine.complete
    qtbot.waitUntil(lambda: not preview.pending(), timeout=10000)
    expected = lay_out(opened.session.resolution)
    assert preview.page_count() == expected.page_count() > 50
    assert preview.plain_text() == expected.plain_text()
    # The desk scrolls to the last page, and no further.
    last = preview.page_rect(preview.page_count() - 1)
    assert last.bottom() < preview.pages.height() <= last.bottom() + 40
    assert preview.page_furniture(3)["footer"] == f"4/{expected.page_count()}"
    # The outline lists every paragraph; the library opened once the window had painted.
    model = opened.outline_model
    assert model.rowCount(model.section_index(Part.OPERATIVE)) == 700
    library = opened.library
    qtbot.waitUntil(lambda: library.results_model.rowCount() > 0, timeout=5000)
    names = [library.library_filter.itemText(i) for i in range(library.library_filter.count())]
    assert any(name.startswith("Built-in") for name in names)


def test_jumping_to_a_paragraph_lays_out_its_page_first(qtbot: Any, opened: Any) -> None:
    preview = opened.preview
    resolution = opened.session.resolution
    target = resolution.operative[690]
    assert not preview.engine.complete
    # Chosen in the outline, as the drafter does, before idle time laid the pages out.
    index = opened.outline_model.index_of(target.id)
    assert index != QModelIndex() and index.isValid()
    opened.outline.setCurrentIndex(index)
    assert opened.editor.paragraph_id == target.id
    page, y = preview.engine.paragraph_top(target.id)
    expected = lay_out(resolution)
    assert (page, y) == expected.paragraph_top(target.id)
    top = preview.page_rect(page).top() + int(y * preview.scale())
    bar = preview.verticalScrollBar()
    assert bar.value() <= top < bar.value() + preview.viewport().height()
    assert "to report 690 on" in preview.engine.page_text(page)
    # What shows there is painted: text, not a blank sheet.
    qtbot.wait(20)
    image = preview.viewport().grab().toImage()
    dark = sum(1 for x in range(0, image.width(), 3) for yy in range(0, image.height(), 3)
               if image.pixelColor(x, yy).lightness() < 100)
    assert dark > 200
    qtbot.waitUntil(lambda: not preview.pending(), timeout=10000)
    assert preview.page_of_paragraph(target.id) == page


def test_typing_before_the_pages_are_laid_out_is_kept(qtbot: Any, opened: Any) -> None:
    preview = opened.preview
    resolution = opened.session.resolution
    assert not preview.engine.complete
    target = resolution.operative[2]
    opened.select_paragraph(target.id)
    opened.editor.text.setFocus()
    opened.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(opened.editor.text, " and on migration" * 12)
    new = resolution.operative[-1]
    opened.select_paragraph(new.id)
    opened.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(opened.editor.text, " at its next session")
    qtbot.waitUntil(lambda: not preview.pending(), timeout=10000)
    assert target.body_text.endswith(" and on migration" * 12)
    assert new.body_text.endswith("at its next session")
    expected = lay_out(resolution)
    assert preview.plain_text() == expected.plain_text()
    assert "at its next session." in preview.plain_text()
    assert preview.page_count() == expected.page_count()


def test_a_new_paragraph_before_the_pages_are_laid_out_shows(qtbot: Any, opened: Any) -> None:
    preview = opened.preview
    resolution = opened.session.resolution
    opened.select_paragraph(resolution.operative[0].id)
    opened.ui_actions["new_operative"].trigger()
    assert len(resolution.operative) == 701
    qtbot.waitUntil(lambda: not preview.pending(), timeout=10000)
    expected = lay_out(resolution)
    assert preview.plain_text() == expected.plain_text()
    assert "701.\tRequests the Secretary-General to report 699 on" in preview.plain_text()


def test_library_filters_follow_the_draft_opened_before_it_loads(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    draft = long_draft(preambular=2, operative=3)
    draft.metadata.body = Body.SECURITY_COUNCIL
    path = tmp_path / "council.draftdesk"
    save_draft(draft, path)
    assert window.open_path(path, ask=False)
    library = window.library
    # Searched at once (a key typed before the first paint): the libraries open for it.
    library.search_box.setText("Secretary-General")
    library.run_search()
    assert library.body_filter.currentData() == "sc"
    names = [library.library_filter.itemData(i) for i in range(library.library_filter.count())]
    assert len(names) >= 2  # all libraries, then the built-in one
    assert all(hit.clause.body in ("sc", "any") for hit in library.results_model.hits())


def test_cycle_collector_is_back_once_the_draft_has_painted(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "short.draftdesk"
    save_draft(long_draft(preambular=2, operative=3), path)
    assert gc.isenabled()
    assert window.open_path(path, ask=False)
    assert not gc.isenabled()  # held back while the draft is read and shown
    qtbot.waitUntil(gc.isenabled, timeout=1000)
    # The list of recent drafts is written to disk once the draft shows, too.
    settings_file = window.settings.path
    qtbot.waitUntil(lambda: settings_file.exists() and "short.draftdesk" in
                    settings_file.read_text(encoding="utf-8"), timeout=1000)
    # A window that never paints (minimized) turns it back on all the same.
    monkeypatch.setattr(main_window, "AFTER_PAINT_AT_LATEST_MS", 100)
    window.hide()
    window.open_resolution(long_draft(preambular=2, operative=3))
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=1000)


def test_start_page_loads_what_opening_needs_once_painted() -> None:
    """The modules File > Open needs load while the start page waits, not before it paints."""
    import subprocess
    import sys

    script = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from draftdesk.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "before = 'draftdesk.ui.editor_parts' in sys.modules\n"
        "window.show()\n"
        "end = time.monotonic() + 10\n"
        "while 'draftdesk.ui.editor_parts' not in sys.modules and time.monotonic() < end:\n"
        "    app.processEvents()\n"
        "print(before, 'draftdesk.storage' in sys.modules,\n"
        "      'draftdesk.ui.editor_parts' in sys.modules, window.editor_built)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=60, env={**os.environ,
                                                         "QT_QPA_PLATFORM": "offscreen"})
    # Loaded, but nothing built: the window still shows its start page.
    assert result.stdout.split() == ["False", "True", "True", "False"]
