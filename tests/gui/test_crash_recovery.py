"""Autosave and crash recovery, including a real DraftDesk process killed with SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from crash_driver import MARKER
from gui_helpers import SEED, DialogScript
from PySide6.QtWidgets import QMessageBox

from draftdesk import app
from draftdesk.importers import import_text
from draftdesk.model.document import FootnoteRef
from draftdesk.storage import load_draft, save_draft
from draftdesk.ui import recovery
from draftdesk.ui.main_window import EDITOR, START, MainWindow
from draftdesk.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

GUI_TESTS = Path(__file__).parent
SRC = GUI_TESTS.parents[1] / "src"


def _seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "gfmd.draftdesk"
    save_draft(import_text(SEED.read_text(encoding="utf-8"), str(SEED)), path)
    return path


def _wait_for(condition: Any, timeout: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}; the process said:\n{log.read_text()}")


def _recovery_has_marker() -> bool:
    # The process is alive, so its copy is not offered yet: look at every copy on disk.
    return any(MARKER in path.read_text(encoding="utf-8") for path in recovery.all_copies())


def test_killed_process_is_recovered_at_next_start(
    qtbot, tmp_path: Path, dialogs: DialogScript
) -> None:
    draft = _seed_file(tmp_path)
    original = draft.read_bytes()
    settings = Settings()
    settings.autosave_seconds = 0.2
    settings.sync()
    env = dict(os.environ)  # the isolated XDG folders of this test
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DRAFTDESK_STARTUP_HOOK="crash_driver:edit",
        PYTHONPATH=os.pathsep.join([str(GUI_TESTS), str(SRC), env.get("PYTHONPATH", "")]),
    )
    log = tmp_path / "draftdesk.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "draftdesk", str(draft)],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            _wait_for(lambda: b"edited" in log.read_bytes(), 30, "the scripted edits", log)
            _wait_for(_recovery_has_marker, 10, "the autosave", log)
            # Typing goes on in the process and autosaves keep coming; kill at a random moment.
            time.sleep(random.uniform(0.3, 0.9))
            process.send_signal(signal.SIGKILL)
            process.wait(10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == -signal.SIGKILL
    assert draft.read_bytes() == original  # the draft file was never touched

    # What the crash left behind is a whole draft, not a torn write.
    leftover = recovery.find_recovery()
    assert leftover is not None
    json.loads(leftover.read_text(encoding="utf-8"))

    # Next start: the window offers the copy; accepting brings the edits back.
    dialogs.question = QMessageBox.StandardButton.Yes
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app.start(window, None)
    assert any("Recover" in text for text in dialogs.titles("question"))
    assert window.stack.currentIndex() == EDITOR
    resolution = window.session.resolution
    first = resolution.operative[0]
    assert MARKER in first.body_text
    assert isinstance(first.content[-1], FootnoteRef)
    assert resolution.footnotes[first.content[-1].note_id].plain_text == "Recovered note."
    assert resolution.operative[1].lead == "Decides"
    assert window.session.path == draft
    assert window.isWindowModified()  # recovered work still has to be saved
    # Saving it writes the draft file and clears the recovery copy.
    assert window.save()
    assert MARKER in load_draft(draft).operative[0].body_text
    assert recovery.find_recovery() is None
    assert not list(recovery.recovery_dir().iterdir())  # temporary files of a torn write too
    window.close()


def _orphan() -> recovery.RecoveryCopy:
    # A copy whose window is gone, as a crash leaves it.
    copy = recovery.RecoveryCopy()
    copy.write(import_text(SEED.read_text(encoding="utf-8")), None)
    copy.abandon()
    return copy


def test_declining_recovery_discards_the_copy(qtbot, dialogs: DialogScript) -> None:
    _orphan()
    dialogs.question = QMessageBox.StandardButton.No
    window = MainWindow()
    qtbot.addWidget(window)
    app.start(window, None)
    assert window.stack.currentIndex() == START
    assert recovery.find_recovery() is None


def test_unreadable_recovery_copy_is_reported(qtbot, dialogs: DialogScript) -> None:
    _orphan().path.write_text("{broken", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.offer_recovery()
    assert "Cannot recover" in dialogs.titles("critical")[0]


def test_autosave_timer_writes_and_clean_exit_removes(
    qtbot, seeded: Any, dialogs: DialogScript
) -> None:
    seeded.autosave_timer.setInterval(50)
    qtbot.waitUntil(lambda: bool(recovery.all_copies()), timeout=3000)
    assert recovery.find_recovery() is None  # the window is alive: nothing to offer
    copy = load_draft(recovery.all_copies()[0])
    assert copy.metadata.title == seeded.session.resolution.metadata.title
    dialogs.question = QMessageBox.StandardButton.Discard
    assert seeded.close()
    assert not recovery.all_copies()


def test_autosave_skips_a_clean_draft(tmp_path: Path, window: Any) -> None:
    window.open_path(_seed_file(tmp_path))
    assert window.autosave() is None
    assert not recovery.all_copies()


def test_file_argument_opens_the_draft(qtbot, tmp_path: Path, window: Any) -> None:
    draft = _seed_file(tmp_path)
    app.start(window, draft)
    assert window.session.path == draft
    assert window.windowTitle() == "gfmd.draftdesk[*] — DraftDesk"


def test_a_torn_autosave_leaves_nothing_after_recovery_is_settled() -> None:
    copy = _orphan()
    torn = recovery.recovery_dir() / f".{copy.path.name}.k1ll3d.tmp"
    torn.write_text('{"format_version": 1, "metad', encoding="utf-8")  # cut mid-write
    found = recovery.find_recovery()
    assert found is not None and load_draft(found).metadata.title  # the copy itself is whole
    recovery.discard(found)
    assert not list(recovery.recovery_dir().iterdir())


def test_real_process_opens_the_file_argument_and_exits_cleanly(tmp_path: Path) -> None:
    draft = _seed_file(tmp_path)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DRAFTDESK_STARTUP_HOOK="crash_driver:close_cleanly",
        PYTHONPATH=os.pathsep.join([str(GUI_TESTS), str(SRC), env.get("PYTHONPATH", "")]),
    )
    result = subprocess.run([sys.executable, "-m", "draftdesk", str(draft)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "title: gfmd.draftdesk[*] — DraftDesk" in result.stdout
    assert "Traceback" not in result.stderr
    assert not recovery.all_copies()
    assert Settings().path.exists()  # the window saved its geometry on the way out


def test_two_running_copies_keep_their_own_recovery_files(
    qtbot, tmp_path: Path, seeded: Any, dialogs: DialogScript
) -> None:
    draft = _seed_file(tmp_path)
    settings = Settings()
    settings.autosave_seconds = 0.2
    settings.sync()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DRAFTDESK_STARTUP_HOOK="crash_driver:edit",
        PYTHONPATH=os.pathsep.join([str(GUI_TESTS), str(SRC), env.get("PYTHONPATH", "")]),
    )
    log = tmp_path / "first.log"
    with log.open("wb") as output:
        first = subprocess.Popen([sys.executable, "-m", "draftdesk", str(draft)],
                                 env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_for(_recovery_has_marker, 30, "the first copy's autosave", log)
            # This process is a second copy: the first one's file is not a crash to recover.
            dialogs.question = QMessageBox.StandardButton.Yes
            assert not seeded.offer_recovery()
            assert not dialogs.titles("question")
            ours = seeded.autosave()
            assert ours is not None
            theirs = [p for p in recovery.all_copies() if p != ours]
            assert len(theirs) == 1 and MARKER in theirs[0].read_text(encoding="utf-8")
            assert MARKER not in ours.read_text(encoding="utf-8")  # not overwritten either way
            # Closing the second copy removes its own file only.
            seeded.session.mark_clean()
            assert seeded.close()
            assert recovery.all_copies() == theirs
            first.send_signal(signal.SIGKILL)
            first.wait(10)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
    # Once the first copy is gone, its file is offered at the next start.
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_recovery()
    assert MARKER in window.session.resolution.operative[0].body_text
    assert theirs[0] not in recovery.all_copies()  # taken over by the new window's own copy
    window.session.mark_clean()
    window.close()
    assert not recovery.all_copies()


def test_a_lock_left_without_a_copy_is_cleared() -> None:
    copy = recovery.RecoveryCopy()
    copy.write(import_text(SEED.read_text(encoding="utf-8")), None)
    copy.path.unlink()  # killed after the lock, before the first copy landed
    copy.abandon()
    assert recovery.find_recovery() is None
    assert not list(recovery.recovery_dir().iterdir())


def test_a_live_copy_in_this_process_is_never_offered(qtbot, dialogs: DialogScript) -> None:
    copy = recovery.RecoveryCopy()
    copy.write(import_text(SEED.read_text(encoding="utf-8")), None)
    assert recovery.find_recovery() is None and recovery.all_copies() == [copy.path]
    copy.release()
    assert not recovery.all_copies()
