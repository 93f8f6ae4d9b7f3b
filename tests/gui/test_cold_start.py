"""Start-up: the window paints before anything the start page does not need loads, and what
waits for the first paint (the icon, the FILE argument, crash recovery) still happens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import SEED
from PySide6.QtWidgets import QLabel

from draftdesk.importers import import_text
from draftdesk.storage import save_draft
from draftdesk.ui.first_paint import FALLBACK_MS, after_first_paint
from draftdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

GUI_TESTS = Path(__file__).parent
SRC = GUI_TESTS.parents[1] / "src"

# Runs ``python -m draftdesk ARGS`` in a process that reports its first paint and quits
# (DRAFTDESK_REPORT_FIRST_PAINT), and lists what it had loaded when it reported the paint.
LOADED_AT_FIRST_PAINT = """
import builtins, runpy, sys
import PySide6.QtCore as core
eager_namespace = "Qt" in vars(core)  # PySide6 loads its types lazily; note if it stops
original_print = builtins.print

def print_at_paint(*args, **kwargs):
    if args and str(args[0]).startswith("first-paint"):
        original_print("loaded:", " ".join(sorted(sys.modules)))
        original_print("qt-namespace:", "Qt" in vars(core) and not eager_namespace)
    original_print(*args, **kwargs)

builtins.print = print_at_paint
sys.argv = ["draftdesk", *sys.argv[1:]]
runpy.run_module("draftdesk", run_name="__main__", alter_sys=True)
"""

# What the start page does not need: the draft's model and storage, the readers and writers
# (python-docx, lxml, jinja2, pypdfium2, SQLite), the command line's parser and commands, the
# editor and its panels, the output dialogs.
NOT_BEFORE_FIRST_PAINT = (
    "docx", "lxml", "jinja2", "pypdfium2", "sqlite3", "diff_match_patch", "platformdirs",
    "json", "dataclasses", "importlib.resources",
    "draftdesk.model", "draftdesk.storage", "draftdesk.compose", "draftdesk.importers",
    "draftdesk.export", "draftdesk.templates", "draftdesk.library", "draftdesk.compare",
    "draftdesk.untrusted", "draftdesk.cli.commands", "draftdesk.ui.session",
    "draftdesk.ui.editor_parts", "draftdesk.ui.preview", "draftdesk.ui.outline",
    "draftdesk.ui.output_actions", "draftdesk.ui.recovery", "draftdesk.messages",
)


def _environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ)  # the isolated XDG folders of this test
    env.update(QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(GUI_TESTS), str(SRC), env.get("PYTHONPATH", "")]),
               **extra)
    return env


def _seed_file(folder: Path) -> Path:
    path = folder / "gfmd.draftdesk"
    save_draft(import_text(SEED.read_text(encoding="utf-8"), str(SEED)), path)
    return path


@pytest.mark.parametrize("with_file", [False, True], ids=["no-file", "file-argument"])
def test_python_m_draftdesk_paints_before_loading_what_the_start_page_does_not_need(
    tmp_path: Path, with_file: bool
) -> None:
    args = [str(_seed_file(tmp_path))] if with_file else []
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AT_FIRST_PAINT, *args],
        env=_environment(DRAFTDESK_REPORT_FIRST_PAINT="1"),
        capture_output=True, text=True, timeout=60, check=True,
    )
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    loaded = set(lines["loaded"].split())
    assert "draftdesk.ui.start_page" in loaded  # the window did paint its start page
    early = sorted(name for name in loaded
                   if name.startswith(tuple(f"{heavy}." for heavy in NOT_BEFORE_FIRST_PAINT))
                   or name in NOT_BEFORE_FIRST_PAINT)
    assert early == []
    # The Qt namespace (Qt.AlignmentFlag and the like) alone takes tens of milliseconds to load.
    assert lines["qt-namespace"] == "False"


def test_real_process_finishes_its_start_after_the_first_paint(tmp_path: Path) -> None:
    draft = _seed_file(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "draftdesk", str(draft)],
        env=_environment(DRAFTDESK_STARTUP_HOOK="start_driver:report"),
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "title: gfmd.draftdesk[*] — DraftDesk" in result.stdout  # the FILE argument opened
    assert "icon: True" in result.stdout
    assert "menus: &File | &Edit | &Insert | &View | &Help" in result.stdout
    assert "operative: 3 -> 4" in result.stdout
    assert "Traceback" not in result.stderr


def test_real_process_in_spanish_shows_its_menus_translated(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "draftdesk", str(_seed_file(tmp_path))],
        env=_environment(DRAFTDESK_STARTUP_HOOK="start_driver:report", LANG="es_ES.UTF-8",
                         LC_ALL="", LANGUAGE="", LC_MESSAGES=""),
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "menus: &Archivo | " in result.stdout


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot) -> None:
    label = QLabel("DraftDesk")
    qtbot.addWidget(label)
    children = len(label.children())
    events: list[str] = []
    after_first_paint(label, lambda: events.append("then"),
                      on_paint=lambda: events.append("paint"))
    label.show()
    assert events == []  # show() alone paints nothing yet
    qtbot.waitUntil(lambda: "then" in events, timeout=2000)
    assert events == ["paint", "then"]
    qtbot.wait(FALLBACK_MS + 100)  # the fallback finds the work done
    label.update()
    qtbot.wait(50)  # and later paints do not run it again
    assert events == ["paint", "then"]
    assert len(label.children()) == children  # the watcher is gone with its work done


def test_work_runs_even_when_the_widget_never_paints(qtbot) -> None:
    label = QLabel("DraftDesk")
    qtbot.addWidget(label)
    done: list[bool] = []
    after_first_paint(label, lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=FALLBACK_MS + 1000)


def test_work_is_dropped_with_a_widget_closed_before_it_ran(qtbot) -> None:
    label = QLabel("DraftDesk")
    done: list[bool] = []
    after_first_paint(label, lambda: done.append(True))
    label.deleteLater()
    qtbot.wait(FALLBACK_MS + 200)
    assert done == []


def test_work_that_must_happen_runs_after_the_widget_is_gone(qtbot) -> None:
    label = QLabel("DraftDesk")
    done: list[bool] = []
    after_first_paint(label, lambda: done.append(True), fallback_ms=100, even_if_destroyed=True)
    label.deleteLater()
    qtbot.waitUntil(lambda: done == [True], timeout=2000)
    qtbot.wait(150)
    assert done == [True]


def test_window_icon_arrives_after_the_first_paint(qtbot) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(QIcon())  # as in a new process, before any window set it
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowIcon().isNull()  # not on the way to the first paint
    window.show()
    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=2000)


def test_menus_and_shortcuts_are_there_as_soon_as_the_window_shows(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()  # no event processed yet: nothing deferred has run
    menus = window.menuBar().actions()
    assert [menu.text() for menu in menus] == ["&File", "&Edit", "&Insert", "&View", "&Help"]
    file_menu = menus[0].menu()
    assert window.ui_actions["open"] in file_menu.actions()
    assert window.ui_actions["open"].shortcuts()  # Ctrl+O, on the window itself
    assert window.ui_actions["open"] in window.actions()
    assert window.ui_actions["new"].isEnabled() and not window.ui_actions["save"].isEnabled()


def test_cycle_collector_comes_back_when_the_window_goes_before_painting_a_draft(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from draftdesk.ui import main_window

    monkeypatch.setattr(main_window, "AFTER_PAINT_AT_LATEST_MS", 100)
    window = MainWindow()
    try:
        window.open_resolution(import_text(SEED.read_text(encoding="utf-8"), str(SEED)))
        assert not gc.isenabled()  # held back until the draft has painted
        window.session.mark_clean()
        window.close()
        window.deleteLater()  # gone before it ever painted
        qtbot.waitUntil(gc.isenabled, timeout=2000)
    finally:
        gc.enable()
