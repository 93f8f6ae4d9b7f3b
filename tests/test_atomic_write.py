"""The one atomic writer every save and export goes through: durable, permission-keeping, tidy."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from draftdesk.export import export_docx
from draftdesk.storage import save_draft, write_atomic
from draftdesk.storage.files import STALE_SECONDS, remove_stale_temporaries
from tools import samples


def test_an_export_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "private.docx"
    target.write_bytes(b"old")
    target.chmod(0o600)
    export_docx(samples.gfmd(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    draft = tmp_path / "private.draftdesk"
    draft.write_bytes(b"{}")
    draft.chmod(0o640)
    save_draft(samples.gfmd(), draft)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640


def test_a_new_file_takes_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        export_docx(samples.gfmd(), tmp_path / "new.docx")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.docx").stat().st_mode) == 0o640


def test_the_file_and_its_folder_are_flushed_to_disk(tmp_path: Path, monkeypatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    export_docx(samples.gfmd(), tmp_path / "out.docx")
    assert synced == ["file", "folder"]


def test_a_name_of_255_bytes_can_be_written(tmp_path: Path) -> None:
    name = "é" * 125 + ".docx"  # 255 bytes in UTF-8, the most a Linux file name may have
    assert len(name.encode("utf-8")) == 255
    export_docx(samples.gfmd(), tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from draftdesk.storage import write_atomic

def write(stream):
    stream.write(b"half of a file")
    stream.flush()
    print("writing", flush=True)
    time.sleep(600)

write_atomic(Path(sys.argv[1]), write)
"""


def test_a_temporary_left_by_a_killed_export_is_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "writing\n"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".dd-") and left[0].endswith(".tmp")
    export_docx(samples.gfmd(), target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_only_stale_temporaries_of_our_own_are_removed(tmp_path: Path) -> None:
    mine = tmp_path / f".dd-{os.getpid():x}-0123abcd.tmp"  # a write of this process, going on
    old_style = tmp_path / ".out.docx.1a2b3c4d.tmp"  # left by an earlier version
    fresh_old_style = tmp_path / ".other.docx.9f8e7d6c.tmp"
    someone_elses = tmp_path / ".unrelated.tmp"
    for path in (mine, old_style, fresh_old_style, someone_elses):
        path.write_bytes(b"x")
    long_ago = time.time() - STALE_SECONDS - 60
    os.utime(old_style, (long_ago, long_ago))
    os.utime(someone_elses, (long_ago, long_ago))
    assert remove_stale_temporaries(tmp_path) == [old_style.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [mine.name, fresh_old_style.name, someone_elses.name]
    )


def test_a_failed_write_removes_its_temporary(tmp_path: Path) -> None:
    def write(stream) -> None:
        stream.write(b"partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception, match="No space left on device"):
        write_atomic(tmp_path / "out.txt", write)
    assert list(tmp_path.iterdir()) == []
