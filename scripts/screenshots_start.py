"""Take screenshots of the start page and the new-draft wizard (run under Xvfb)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from draftdesk.model import Body
from draftdesk.ui.new_draft_wizard import PAGE_SPONSORS, PAGE_SYMBOL, NewDraftWizard
from draftdesk.ui.start_page import StartPage

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the window paint (a local loop: QApplication.quit() would close the windows)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    """Show the widget, let it paint, save it."""
    widget.show()
    widget.raise_()
    widget.activateWindow()
    settle(app)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    """Write start-page.png and wizard-*.png."""
    # A throwaway home folder with real drafts, so the recent list looks as it does in use.
    home = Path(tempfile.mkdtemp(prefix="draftdesk-shots-"))
    os.environ["HOME"] = str(home)
    (home / "Drafts").mkdir()
    for name in ("migration-and-development", "oceans-and-law-of-the-sea", "s-2022-sudan"):
        (home / "Drafts" / f"{name}.draftdesk").write_text("{}", encoding="utf-8")
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    page = StartPage(
        [
            home / "Drafts" / "migration-and-development.draftdesk",
            home / "Drafts" / "oceans-and-law-of-the-sea.draftdesk",
            home / "Drafts" / "s-2022-sudan.draftdesk",
        ]
    )
    page.setWindowTitle("DraftDesk")
    page.resize(1000, 620)
    grab(app, page, "start-page.png")

    wizard = NewDraftWizard(today=dt.date(2007, 11, 30))
    wizard.body_page.set_body(Body.GA_PLENARY)
    wizard.show()
    settle(app, 100)
    grab(app, wizard, "wizard-body.png")
    wizard.next()
    wizard.session_page.number.set_value(62)
    grab(app, wizard, "wizard-session.png")
    wizard.next()
    row = wizard.agenda_page.rows[0]
    row.number.setText("116")
    row.title.setText("Follow-up to the outcome of the Millennium Summit")
    grab(app, wizard, "wizard-agenda.png")
    wizard.next()
    assert wizard.currentId() == PAGE_SPONSORS
    wizard.sponsors_page.add_names(["Ecuador", "Mexico"])
    wizard.sponsors_page.filter_edit.setText("gu")
    grab(app, wizard, "wizard-sponsors.png")
    wizard.next()
    wizard.title_page.edit.setText("Global Forum on Migration and Development")
    wizard.next()
    assert wizard.currentId() == PAGE_SYMBOL
    wizard.symbol_page.symbol_edit.setText("A/62/L.25")
    grab(app, wizard, "wizard-symbol.png")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
