"""Refresh the interface's translations: ``uv run python scripts/translations.py``.

1. ``pyside6-lupdate`` collects every string marked for translation in ``src/draftdesk``: the
   window's own (``ui/``, ``app.py``) and the core messages it shows (``draftdesk.messages``) into
   ``resources/i18n/draftdesk_<code>.ts`` (new strings arrive unfinished; strings gone from the
   code are dropped). Translate the unfinished ones (Qt Linguist:
   ``uv run pyside6-linguist resources/i18n/draftdesk_es.ts``, or any text editor).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the window loads.

``--check`` changes nothing and exits with status 1 when a ``.ts`` misses a string of the code,
keeps one the code no longer has, or leaves one untranslated, or a ``.qm`` is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("es", "fr")


def sources() -> list[Path]:
    """Return the files whose strings the interface shows."""
    # The core's messages are marked with QT_TRANSLATE_NOOP where they are made.
    return sorted((ROOT / "src" / "draftdesk").rglob("*.py"))


def tool(name: str) -> str:
    """Return the path of a Qt tool that ships with PySide6."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found; run through `uv run`")
    return found


def update(ts: Path, code: str) -> None:
    """Bring ``ts`` up to date with the strings of the code."""
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-locations", "none",
                    "-no-obsolete", "-target-language", code, "-ts", str(ts)],
                   check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems() -> list[str]:
    """Return what is out of date, without changing the repository."""
    found = []
    with tempfile.TemporaryDirectory() as folder:
        for code in LANGUAGES:
            ts, qm = FOLDER / f"draftdesk_{code}.ts", FOLDER / f"draftdesk_{code}.qm"
            fresh = Path(folder) / ts.name
            shutil.copy(ts, fresh)
            update(fresh, code)
            if fresh.read_bytes() != ts.read_bytes():
                found.append(f"{ts.relative_to(ROOT)}: not up to date with the code's strings")
            if 'type="unfinished"' in ts.read_text(encoding="utf-8"):
                found.append(f"{ts.relative_to(ROOT)}: some strings are not translated")
            built = Path(folder) / qm.name
            release(ts, built)
            if not qm.exists() or built.read_bytes() != qm.read_bytes():
                found.append(f"{qm.relative_to(ROOT)}: not compiled from the .ts")
    return found


def main(argv: list[str]) -> int:
    """Update (or with ``--check``, check) the translations."""
    if "--check" in argv:
        found = problems()
        for problem in found:
            print(f"translations: {problem}")
        return 1 if found else 0
    FOLDER.mkdir(exist_ok=True)
    for code in LANGUAGES:
        ts = FOLDER / f"draftdesk_{code}.ts"
        update(ts, code)
        release(ts, FOLDER / f"draftdesk_{code}.qm")
        print(f"translations: {ts.relative_to(ROOT)} and its .qm updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
