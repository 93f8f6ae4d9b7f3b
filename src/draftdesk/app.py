"""The window's entry point: ``draftdesk [FILE]``."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

APP_NAME = "DraftDesk"


def main(argv: list[str] | None = None) -> int:
    """Open the main window (and the draft named in ``argv``); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow, app_icon

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("draftdesk")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.show()
    file = Path(args[0]) if args else None
    QTimer.singleShot(0, lambda: start(window, file))
    return int(app.exec())


def start(window: object, file: Path | None) -> None:
    """Offer crash recovery, open the FILE argument, then run the optional start-up hook."""
    from .ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    recovered = window.offer_recovery()
    if file is not None and not recovered:
        window.open_path(file, ask=False)
    hook = os.environ.get("DRAFTDESK_STARTUP_HOOK")
    if hook:
        # "module:function" called with the window; the crash-recovery test scripts edits so.
        module_name, _, function_name = hook.partition(":")
        getattr(importlib.import_module(module_name), function_name)(window)


if __name__ == "__main__":
    sys.exit(main())
