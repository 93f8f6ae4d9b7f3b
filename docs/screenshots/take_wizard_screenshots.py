"""Take the start page with recent drafts and the steps of the new-draft wizard (under Xvfb).

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python docs/screenshots/take_wizard_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import shots
from PySide6.QtWidgets import QWidget

from draftdesk.model import Body
from draftdesk.ui.new_draft_wizard import PAGE_SPONSORS, PAGE_SYMBOL, NewDraftWizard
from draftdesk.ui.start_page import StartPage

DRAFTS = ("migration-and-development", "oceans-and-law-of-the-sea", "s-2022-sudan")


def grab(widget: QWidget, name: str) -> None:
    """Bring the widget to the front and save it."""
    widget.show()
    widget.raise_()
    widget.activateWindow()
    shots.grab(widget, name)


def main() -> int:
    """Write start-page-recent.png and wizard-*.png."""
    # A throwaway home folder with real drafts, so the recent list looks as it does in use.
    home = Path(tempfile.mkdtemp(prefix="draftdesk-shots-home-"))
    os.environ["HOME"] = str(home)
    (home / "Drafts").mkdir()
    for name in DRAFTS:
        (home / "Drafts" / f"{name}.draftdesk").write_text("{}", encoding="utf-8")
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    page = StartPage([home / "Drafts" / f"{name}.draftdesk" for name in DRAFTS])
    page.setWindowTitle("DraftDesk")
    page.resize(1000, 620)
    grab(page, "start-page-recent.png")

    wizard = NewDraftWizard(today=dt.date(2007, 11, 30))
    wizard.body_page.set_body(Body.GA_PLENARY)
    wizard.show()
    shots.settle(100)
    grab(wizard, "wizard-body.png")
    wizard.next()
    wizard.session_page.number.set_value(62)
    grab(wizard, "wizard-session.png")
    wizard.next()
    row = wizard.agenda_page.rows[0]
    row.number.setText("116")
    row.title.setText("Follow-up to the outcome of the Millennium Summit")
    grab(wizard, "wizard-agenda.png")
    wizard.next()
    assert wizard.currentId() == PAGE_SPONSORS
    wizard.sponsors_page.add_names(["Ecuador", "Mexico"])
    wizard.sponsors_page.filter_edit.setText("gu")
    grab(wizard, "wizard-sponsors.png")
    wizard.next()
    wizard.title_page.edit.setText("Global Forum on Migration and Development")
    wizard.next()
    assert wizard.currentId() == PAGE_SYMBOL
    wizard.symbol_page.symbol_edit.setText("A/62/L.25")
    grab(wizard, "wizard-symbol.png")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
