"""The window's entry point: ``draftdesk [FILE]``."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .ui.main_window import MainWindow
    from .ui.settings import Settings

APP_NAME = "DraftDesk"


def main(argv: list[str] | None = None) -> int:
    """Open the main window (and the draft named in ``argv``); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("draftdesk")
    settings = Settings()  # read once, for the translations and the window
    install_translations(settings)
    window = MainWindow(settings)
    install_error_dialog(window)
    file = Path(args[0]) if args else None
    report = bool(os.environ.get("DRAFTDESK_REPORT_FIRST_PAINT"))
    # Paint first, then look for a recovery copy and open the file: the window appears at
    # once and the draft's modules load while the user already sees it.
    after_first_paint(window, lambda: start(window, file), report=report)
    window.show()
    return int(app.exec())


def install_translations(settings: Settings | None = None) -> str:
    """Translate the interface into the preferred language, or the system's; return it."""
    from .ui import i18n
    from .ui.settings import Settings

    preference = (settings or Settings()).interface_language
    return i18n.install(i18n.chosen_language(preference))


def after_first_paint(widget: QWidget, then: Callable[[], None], report: bool = False) -> None:
    """Run ``then`` once ``widget`` has painted; with ``report``, print the time and quit."""
    from .ui.first_paint import after_first_paint as when_painted

    if not report:
        when_painted(widget, then)
        return
    import time

    from PySide6.QtWidgets import QApplication

    def print_time() -> None:
        # The clock (against the benchmark's start) and the CPU time used so far.
        print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)

    when_painted(widget, QApplication.quit, on_paint=print_time)


def install_error_dialog(window: MainWindow) -> None:
    """Show an unexpected error in a dialog (and keep the work) instead of a bare traceback."""
    import traceback

    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        traceback.print_exception(kind, error, trace)  # on stderr, for bug reports
        window.report_unexpected_error(error)

    sys.excepthook = hook


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
