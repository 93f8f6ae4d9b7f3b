"""The print-layout preview: pages, masthead, running heads, page/total, footnotes, paper."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QTextCursor, QWheelEvent

from draftdesk.model.document import (
    Body,
    CoverNote,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Resolution,
    Sponsor,
    Text,
)
from draftdesk.ui import preview as P
from draftdesk.ui.preview import PreviewPane
from draftdesk.ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

WORDS = ("the implementation of the outcome of the international conferences and summits in "
         "the economic, social and related fields, including the follow-up to the Millennium")


def draft(operative: int = 3, body: Body = Body.GA_PLENARY, symbol: str = "A/62/L.25",
          notes_at: tuple[int, ...] = ()) -> Resolution:
    """Return a draft with ``operative`` paragraphs, a footnote in each of ``notes_at``."""
    resolution = Resolution(metadata=Metadata(body=body, symbol=symbol, session=62,
                                              title="Global Forum on Migration"))
    resolution.preambular.append(Paragraph("Recalling", [Text("its resolution 61/208")]))
    for index in range(operative):
        paragraph = Paragraph("Requests", [Text(f"the Secretary-General to report on {WORDS}")])
        if index in notes_at:
            note = Footnote(f"note{index}", [Text(f"A/62/{index}.")])
            resolution.footnotes[note.id] = note
            paragraph.content.append(FootnoteRef(note.id))
        resolution.operative.append(paragraph)
    return resolution


@pytest.fixture
def pane(qtbot: Any) -> PreviewPane:
    """Return a shown preview pane, wide enough to read the furniture in its pixels."""
    widget = PreviewPane(Session(draft()))
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def page_image(pane: PreviewPane, index: int) -> QImage:
    """Return page ``index`` as painted on screen."""
    return pane.pages.grab(pane.page_rect(index)).toImage()


def dark_pixels(image: QImage, pane: PreviewPane, x0: float, y0: float, x1: float,
                y1: float) -> int:
    """Count dark pixels in a rectangle of the page given in points."""
    scale = pane.scale() * P.PT * image.devicePixelRatio()
    count = 0
    for y in range(int(y0 * scale), int(y1 * scale)):
        for x in range(int(x0 * scale), int(x1 * scale)):
            if image.pixelColor(x, y).lightness() < 180:
                count += 1
    return count


def test_page_count_grows_with_content(pane: PreviewPane) -> None:
    assert pane.page_count() == 1
    pane.set_session(Session(draft(operative=25)))
    some = pane.page_count()
    assert some >= 2
    pane.set_session(Session(draft(operative=60)))
    assert pane.page_count() > some
    assert pane.pages.height() > pane.page_rect(pane.page_count() - 1).bottom()


def test_masthead_on_page_one_running_heads_alternate_from_page_two(pane: PreviewPane) -> None:
    pane.set_session(Session(draft(operative=40)))
    total = pane.page_count()
    assert total >= 3
    first = pane.page_furniture(0)
    assert first["masthead"] and first["header"] == "" and first["footer"] == ""
    assert first["masthead_lines"][:4] == ["United Nations", "A/62/L.25", "General Assembly",
                                           "Distr.: Limited"]
    second, third = pane.page_furniture(1), pane.page_furniture(2)
    assert not second["masthead"]
    assert (second["header"], second["header_side"]) == ("A/62/L.25", "left")
    assert (second["footer"], second["footer_side"]) == (f"2/{total}", "left")
    assert (third["header_side"], third["footer"], third["footer_side"]) == (
        "right", f"3/{total}", "right")
    assert pane.page_text(1).startswith("A/62/L.25\n")
    assert pane.page_text(1).endswith(f"\n2/{total}")
    assert "United Nations" in pane.page_text(0) and "United Nations" not in pane.page_text(1)

    # What is painted: the symbol in the running head on the outer side only, the footer too.
    width = pane.paper_size_pt()[0]
    head = (51.0, 61.0)  # the header text band, above the rule
    page2, page3 = page_image(pane, 1), page_image(pane, 2)
    outer_left = (60.0, 140.0)
    outer_right = (width - 140.0, width - 60.0)
    assert dark_pixels(page2, pane, outer_left[0], head[0], outer_left[1], head[1]) > 20
    assert dark_pixels(page2, pane, outer_right[0], head[0], outer_right[1], head[1]) == 0
    assert dark_pixels(page3, pane, outer_right[0], head[0], outer_right[1], head[1]) > 20
    assert dark_pixels(page3, pane, outer_left[0], head[0], outer_left[1], head[1]) == 0
    # The rule under the running head crosses the page.
    assert dark_pixels(page2, pane, width / 2 - 5, 61.5, width / 2 + 5, 65.5) > 0
    foot = (745.0, 758.0)
    assert dark_pixels(page2, pane, 60, foot[0], 100, foot[1]) > 5
    assert dark_pixels(page2, pane, width - 100, foot[0], width - 60, foot[1]) == 0
    assert dark_pixels(page3, pane, width - 100, foot[0], width - 60, foot[1]) > 5
    # Page 1 prints the organ in large bold type where page 2 prints nothing.
    page1 = page_image(pane, 0)
    assert dark_pixels(page1, pane, 123, 66, 260, 86) > 200
    assert dark_pixels(page2, pane, 60, 0, width - 60, 50) == 0


def test_footnote_prints_at_the_foot_of_the_page_of_its_first_reference(
    pane: PreviewPane,
) -> None:
    resolution = draft(operative=40, notes_at=(3, 17, 18, 30))
    cited_again = resolution.operative[35]
    cited_again.content.append(FootnoteRef("note3"))
    pane.set_session(Session(resolution))
    engine = pane.engine
    for index in (3, 17, 18, 30):
        paragraph = resolution.operative[index]
        note_id = f"note{index}"
        page = pane.page_of_note(note_id)
        assert page is not None
        # The marker is on the paragraph's last line: the page that prints that line.
        bands = engine.block_bands(paragraph.id)
        assert page == bands[-1][0]
        number = engine.note_numbers[note_id]
        assert f"{number} A/62/{index}." in pane.page_text(page)
        assert number in pane.page_furniture(page)["footnotes"]
    assert pane.page_of_note("note3") != engine.block_bands(cited_again.id)[0][0]
    # Text and notes never overlap: the body stops above the notes of its page.
    for sheet in engine.pages:
        body_bottom = max(s.top + s.count * engine.blocks[s.block].pitch for s in sheet.slices)
        assert body_bottom <= engine.bottom - sheet.notes_height + 0.01
    # The notes are painted at the bottom of the page, under a short rule.
    page = pane.page_of_note("note17")
    assert page is not None
    image = page_image(pane, page)
    notes_top = (engine.bottom - engine.pages[page].notes_height) / P.PT
    assert dark_pixels(image, pane, 60, notes_top, 120, notes_top + 8) > 0  # the rule
    assert dark_pixels(image, pane, 200, notes_top, 540, notes_top + 8) == 0  # a short one


def test_human_rights_council_prints_on_a4_others_on_letter(pane: PreviewPane) -> None:
    assert pane.paper_size_pt() == (612.0, 792.0)
    letter = pane.page_size()
    council = draft(body=Body.HUMAN_RIGHTS_COUNCIL, symbol="A/HRC/34/L.6")
    council.metadata.sponsors = [Sponsor("Chile"), Sponsor("Ecuador")]
    council.metadata.cover_notes = [CoverNote("sponsors", "Not a member of the Council.")]
    pane.set_session(Session(council))
    width, height = pane.paper_size_pt()
    assert (round(width, 1), round(height, 1)) == (595.3, 841.9)
    a4 = pane.page_size()
    assert a4.height() / a4.width() > letter.height() / letter.width()
    first = pane.page_text(0)
    assert "Human Rights Council\nThirty-second session" not in first  # session 62 here
    assert "Human Rights Council\nSixty-second session" in first
    assert "Chile, Ecuador:* draft resolution" in first
    # The asterisk note is a note at the foot of page 1, the first under the one rule.
    assert first.endswith("* Not a member of the Council.")
    assert pane.page_furniture(0)["cover_notes"] == ["*Not a member of the Council."]
    engine = pane.engine
    assert engine.pages[0].notes == ["*sponsors"]
    notes_top = (engine.bottom - engine.pages[0].notes_height) / P.PT
    image = page_image(pane, 0)
    assert dark_pixels(image, pane, 110, notes_top, 300, height - 30) > 20


def test_zoom_with_ctrl_wheel_and_actions(pane: PreviewPane) -> None:
    fitted = pane.page_size().width()
    assert fitted <= pane.viewport().width()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    pane.wheelEvent(wheel)
    assert pane.page_size().width() > fitted
    pane.zoom_actions[2].trigger()
    assert pane.page_size().width() == fitted
    pane.zoom_actions[1].trigger()
    assert pane.page_size().width() < fitted
    pane.set_session(Session(draft(operative=30)))
    pane.zoom_actions[3].trigger()  # two pages side by side
    assert pane.columns() == 2
    assert pane.page_rect(1).top() == pane.page_rect(0).top()
    assert pane.page_rect(2).top() > pane.page_rect(0).bottom()
    assert dark_pixels(page_image(pane, 1), pane, 60, 50, 140, 61) > 5  # still painted


def test_typing_updates_the_preview_without_a_rebuild(qtbot: Any, window: Any) -> None:
    window.set_session(Session(draft(operative=30)))
    preview = window.preview
    qtbot.waitUntil(lambda: not preview.pending())
    target = window.session.resolution.operative[2]
    pages = preview.page_count()
    window.select_paragraph(target.id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " and on migration")
    assert not preview.pending()  # the typing path laid out one paragraph again
    assert f"3.\tRequests the Secretary-General to report on {WORDS} and on migration;" in (
        preview.plain_text())
    # Enough words to need more lines push paragraphs, and pages, further down.
    before = preview.engine.block_bands(window.session.resolution.operative[-1].id)
    qtbot.keyClicks(window.editor.text, " and development" * 60)
    assert not preview.pending()
    after = preview.engine.block_bands(window.session.resolution.operative[-1].id)
    assert (after[0][0], after[0][1]) != (before[0][0], before[0][1])
    assert preview.page_count() >= pages


def test_moving_a_paragraph_renumbers_the_preview(qtbot: Any, window: Any) -> None:
    resolution = Resolution(operative=[
        Paragraph("Decides", [Text("to convene a forum")]),
        Paragraph("Requests", [Text("the Secretary-General to report")]),
    ])
    window.set_session(Session(resolution))
    preview = window.preview
    assert "1.\tDecides to convene a forum;\n2.\tRequests the Secretary-General to report." in (
        preview.plain_text())
    window.select_paragraph(resolution.operative[1].id)
    window.ui_actions["move_up"].trigger()
    qtbot.waitUntil(lambda: not preview.pending())
    assert "1.\tRequests the Secretary-General to report;\n2.\tDecides to convene a forum." in (
        preview.plain_text())


def test_seed_draft_lays_out_like_the_export(seeded: Any) -> None:
    """The seed prints on two pages: notes 1 to 3 on page 1, the operative part on page 2."""
    preview = seeded.preview
    preview.rebuild()
    assert preview.page_count() == 2
    assert preview.page_furniture(0)["footnotes"] == [1, 2, 3]
    assert preview.page_furniture(1)["footer"] == "2/2"
    second = preview.page_text(1)
    # As the LibreOffice render of the export: page 2 opens with the sixth preambular
    # paragraph, whole (no orphan on page 1).
    assert second.startswith("Welcoming the outcomes of the First Meeting"), second[:80]
    assert "Welcoming the outcomes" not in preview.page_text(0)
    assert "1.\tRecognizes the need" in second


def test_show_paragraph_scrolls_to_its_page(pane: PreviewPane) -> None:
    resolution = draft(operative=40)
    pane.set_session(Session(resolution))
    last = resolution.operative[-1].id
    page = pane.page_of_paragraph(last)
    assert page is not None and page >= 2
    pane.show_paragraph(last)
    bar = pane.verticalScrollBar()
    assert pane.page_rect(page - 1).bottom() < bar.value() + pane.viewport().height()
    assert bar.value() >= pane.page_rect(page).top() - pane.viewport().height()
    assert bar.value() > 0
    pane.show_paragraph(resolution.preambular[0].id)
    assert bar.value() == 0  # the first paragraphs show with the masthead



def test_zoom_actions_are_in_the_view_menu(seeded) -> None:
    """The preview's zoom is reachable from the menu bar, not only by keys and context menu."""
    from PySide6.QtWidgets import QMenu

    menu = seeded.findChild(QMenu, "previewZoomMenu")
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Zoom &In", "Zoom &Out", "&Fit Page Width", "&Two Pages Side by Side"]
    before = seeded.preview.zoom()
    menu.actions()[0].trigger()
    assert seeded.preview.zoom() > before


@pytest.mark.parametrize("make", ["gfmd", "committee_draft", "adopted", "with_annex",
                                  "decision", "amendment", "security_council", "in_parts"])
def test_the_preview_prints_the_composition_block_by_block(qtbot: Any, make: str) -> None:
    from draftdesk.compose import compose
    from tools import samples

    session = Session(getattr(samples, make)())
    widget = PreviewPane(session)
    qtbot.addWidget(widget)
    engine = widget.engine
    printed = compose(session.resolution)
    assert [block.source for block in engine.blocks] == printed.blocks
    assert list(engine.notes) == [note.note_id for note in printed.all_notes()]
    first = [t for row in engine.masthead for t in row if t]
    assert printed.masthead is not None
    assert printed.masthead.organ in first and printed.masthead.symbol in first


@pytest.mark.parametrize("code", ["es", "fr"])
def test_a_draft_in_spanish_or_french_previews_in_its_language(qtbot: Any, code: str) -> None:
    """The preview's blocks, masthead and one-paragraph refresh print the draft's language."""
    from draftdesk.compose import compose
    from language_fixtures import translated_seed

    session = Session(translated_seed(code))
    widget = PreviewPane(session)
    qtbot.addWidget(widget)
    engine = widget.engine
    printed = compose(session.resolution)
    assert printed.masthead is not None
    assert [block.source for block in engine.blocks] == printed.blocks
    assert engine.masthead[0][0] == printed.masthead.organization
    assert engine.masthead[0][0] == {"es": "Naciones Unidas", "fr": "Nations Unies"}[code]
    # A sub-paragraph laid out again alone keeps the language's label "a)".
    paragraph = next(p for _, p in session.resolution.walk() if p.children)
    child = paragraph.children[0]
    before = engine.blocks[engine._by_paragraph[child.id]].source
    assert before is not None and before.label == "a)"
    assert engine.update_paragraph(child, force=True)
    after = engine.blocks[engine._by_paragraph[child.id]].source
    assert after == before


def test_the_letters_of_a_text_in_parts_print_bold_at_the_body_indent(qtbot: Any) -> None:
    from draftdesk.compose import Role
    from tools import samples

    session = Session(samples.in_parts())
    widget = PreviewPane(session)
    qtbot.addWidget(widget)
    letters = [b for b in widget.engine.blocks
               if b.source is not None and b.source.role is Role.PART_LETTER]
    assert [b.source.text for b in letters if b.source is not None] == ["A", "B"]
    formulas = [b for b in widget.engine.blocks
                if b.source is not None and b.source.role is Role.FORMULA]
    for letter in letters:
        # Bold 12 pt text where the formula's block starts, never the closing rule.
        assert letter.bold and letter.size == 12 * P.PT and not letter.rule
        assert letter.left == formulas[0].left


def test_a_text_in_parts_survives_the_window_and_moves_inside_part_b(
    window: Any, tmp_path: Any
) -> None:
    from draftdesk.storage import load_draft, save_draft, to_dict
    from tools import samples

    path = tmp_path / "parts.draftdesk"
    save_draft(samples.in_parts(), path)
    assert window.open_path(path, ask=False)
    before = to_dict(window.session.resolution)
    window.select_paragraph("b-last")
    assert window.session.move_up("b-last")
    assert window.session.resolution.further_parts[0].operative[0].id == "b-last"
    assert window.preview.page_text(window.preview.page_of_paragraph("b-last")).count("Endorses")
    window.session.undo_stack.undo()
    assert window.session.move_up(window.session.resolution.operative[-1].id)
    window.session.undo_stack.undo()
    assert to_dict(window.session.resolution) == before
    assert window.save()
    assert to_dict(load_draft(path)) == before


def test_a_paragraph_moved_to_the_next_page_is_found_there(qtbot: Any) -> None:
    # Widow and orphan control move whole paragraphs on; scrolling to a paragraph and the
    # printout's page breaks must both see the page where its first line prints.
    widget = PreviewPane(Session(draft(operative=60)))
    qtbot.addWidget(widget)
    engine = widget.engine
    moved = 0
    for index, block in enumerate(engine.blocks):
        if block.paragraph_id is None:
            continue
        page = widget.page_of_paragraph(block.paragraph_id)
        assert page is not None
        first = [s for s in engine.pages[page].slices if s.block == index]
        assert first and first[0].first == 0, (index, page)
        assert widget.engine.paragraph_top(block.paragraph_id) == (page, first[0].top)
        if page and engine.pages[page].slices[0].block == index:
            moved += 1
    assert moved  # some paragraph opens a page


def test_symbols_are_not_split_at_a_slash_or_a_no_break_hyphen(qtbot: Any) -> None:
    resolution = draft(operative=0)
    for extra in range(60):
        words = "of the " * (extra % 12) + "x" * (extra // 12)
        note = Footnote(f"n{extra}", [Text(f"See {words} Official Records, Supplement No. 53 "
                                           "(A/71/53/Add.1), and resolution ES-10/15.")])
        resolution.footnotes[note.id] = note
        resolution.operative.append(Paragraph("Takes note", [Text(
            f"of the report {words} of the Secretary-General on the situation (A/71/53/Add.1 "
            "and A/HRC/25/63) and resolution ES-10/15"), FootnoteRef(note.id)]))
    widget = PreviewPane(Session(resolution))
    qtbot.addWidget(widget)
    ends = []
    for block in [*widget.engine.blocks, *widget.engine.notes.values()]:
        if block.layout is None:
            continue
        for index in range(block.layout.lineCount() - 1):
            line = block.layout.lineAt(index)
            ends.append(block.text[line.textStart(): line.textStart() + line.textLength()])
    assert len(ends) > 50
    assert [end for end in ends if end.rstrip().endswith(("/", "(", "ES\u2011"))] == []


@pytest.mark.parametrize(("language", "organization"),
                         [("en", "United Nations"), ("es", "Naciones Unidas"),
                          ("fr", "Nations Unies")])
def test_masthead_names_the_organization_in_the_draft_language(
        qtbot: Any, language: str, organization: str) -> None:
    resolution = draft()
    resolution.metadata.language = language
    widget = PreviewPane(Session(resolution))
    qtbot.addWidget(widget)
    assert widget.page_furniture(0)["masthead_lines"][0] == organization
    assert widget.page_text(0).startswith(organization)
