"""The core and the command line must not load Qt: they run headless and start fast."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "draftdesk.model",
    "draftdesk.model.edit",
    "draftdesk.compose",
    "draftdesk.storage.states",
    "draftdesk.storage",
    "draftdesk.importers",
    "draftdesk.export",
    "draftdesk.export.text",
    "draftdesk.templates",
    "draftdesk.library",
    "draftdesk.rollover",
    "draftdesk.cli.rollover",
    "draftdesk.cli",
]


def test_core_modules_do_not_import_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
