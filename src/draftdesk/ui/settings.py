"""The window's settings, kept in one INI file under the user's config folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "DraftDesk"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30.0
LEGACY_CHANGES_AUTHOR = "export/changes_author"
# The interface language: "" follows the system's locale; the change shows at the next start.
INTERFACE_LANGUAGE_KEY = "interface/language"
INTERFACE_LANGUAGE_CHOICES = ("", "en", "es", "fr")


def _xdg(variable: str, default: str) -> Path:
    # What platformdirs answers on Linux, without importing it on the way to the first paint.
    value = os.environ.get(variable, "").strip()
    return Path(value) if value else Path.home() / default


def config_file() -> Path:
    """Return the settings file (read from the environment each time, so tests can isolate it)."""
    if sys.platform.startswith("linux"):
        return _xdg("XDG_CONFIG_HOME", ".config") / APP_NAME / "draftdesk.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)) / "draftdesk.ini"


def data_dir() -> Path:
    """Return the user data folder (recovery files live below it)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


class Settings:
    """Typed access to the persistent settings."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._move_legacy_changes_author()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qsettings.sync()

    # ------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """Return recently used drafts, newest first, dropping files that are gone."""
        value = self._qsettings.value("files/recent", [])
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        paths = [Path(str(item)) for item in items]
        return [path for path in paths if path.exists()][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put a file at the top of the recent list."""
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._qsettings.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self._qsettings.remove("files/recent")

    # ------------------------------------------------------------ autosave

    @property
    def autosave_seconds(self) -> float:
        """Return how often the open draft is written to the recovery file."""
        value = self._qsettings.value("autosave/seconds", DEFAULT_AUTOSAVE_SECONDS)
        try:
            seconds = float(str(value))
        except ValueError:
            return DEFAULT_AUTOSAVE_SECONDS
        return seconds if seconds > 0 else DEFAULT_AUTOSAVE_SECONDS

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: float) -> None:
        self._qsettings.setValue("autosave/seconds", seconds)

    # ------------------------------------------------------------ interface

    @property
    def interface_language(self) -> str:
        """Return the interface language chosen ("en", "es", "fr"), or "" to follow the system."""
        value = str(self._qsettings.value(INTERFACE_LANGUAGE_KEY, "") or "")
        return value if value in INTERFACE_LANGUAGE_CHOICES else ""

    @interface_language.setter
    def interface_language(self, code: str) -> None:
        if code not in INTERFACE_LANGUAGE_CHOICES:
            raise ValueError(f"unknown interface language {code!r}")
        if code:
            self._qsettings.setValue(INTERFACE_LANGUAGE_KEY, code)
        else:
            self._qsettings.remove(INTERFACE_LANGUAGE_KEY)

    # ------------------------------------------------------------ preferences

    def preference(self, name: str, default: str = "") -> str:
        """Return a preference (author name, initials, default body, preview zoom, language)."""
        value = self._qsettings.value(f"preferences/{name}", default)
        return str(value) if value is not None else default

    def set_preference(self, name: str, value: str) -> None:
        """Remember a preference."""
        self._qsettings.setValue(f"preferences/{name}", value)

    # ------------------------------------------------------------ window

    def window_geometry(self) -> QByteArray | None:
        """Return the saved window geometry."""
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        """Return the saved toolbar and dock layout."""
        value = self._qsettings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray | None) -> None:
        """Remember the window geometry and, when given, the dock layout."""
        self._qsettings.setValue("window/geometry", geometry)
        if state is not None:
            self._qsettings.setValue("window/state", state)

    def splitter_state(self) -> QByteArray | None:
        """Return the saved sizes of the outline and the editor."""
        value = self._qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def save_splitter(self, state: QByteArray) -> None:
        """Remember the sizes of the outline and the editor."""
        self._qsettings.setValue("window/splitter", state)

    def changes_author(self) -> str:
        """Return the author name tracked changes carry: the author of the preferences."""
        return self.preference("author")

    def set_changes_author(self, author: str) -> None:
        """Remember the author name for tracked changes as the author of the preferences."""
        self.set_preference("author", " ".join(author.split()))

    def _move_legacy_changes_author(self) -> None:
        # Earlier versions kept the author of tracked changes apart from the preferences.
        legacy = str(self._qsettings.value(LEGACY_CHANGES_AUTHOR, "") or "").strip()
        if legacy and not self.preference("author"):
            self.set_preference("author", legacy)
        if self._qsettings.contains(LEGACY_CHANGES_AUTHOR):
            self._qsettings.remove(LEGACY_CHANGES_AUTHOR)

    def last_folder(self) -> str:
        """Return the folder of the last file dialog."""
        return str(self._qsettings.value("files/last_folder", str(Path.home())))

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of the last file dialog."""
        self._qsettings.setValue("files/last_folder", str(folder))
