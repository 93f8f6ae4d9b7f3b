"""The texts of a draft one can compare or track changes against, and how to name them.

Shared by the versions controller, its panel and the compare window; it imports none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance

from .. import messages as core
from ..model import versions
from ..model.document import Resolution
from .i18n import QT_TRANSLATE_NOOP, translate

CURRENT, BASE = "current", "base"
VERSION_PREFIX, FILE_PREFIX = "version:", "file:"
# Translated where they are shown, in the context "VersionChoices".
OPEN_FILTER = QT_TRANSLATE_NOOP("VersionChoices",
                                "Drafts and texts (*.draftdesk *.txt);;All files (*)")
WORD_FILTER = QT_TRANSLATE_NOOP("VersionChoices", "Word documents (*.docx)")


# Errors shown through i18n.localized, like the core's (decision 0015).
NO_BASE_TEXT = core.QT_TRANSLATE_NOOP("EditErrors", "the draft has no base text")
UNKNOWN_TEXT = core.QT_TRANSLATE_NOOP("EditErrors", "unknown text {key}")

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget its object name (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget


def text_for(resolution: Resolution, key: str) -> Resolution:
    """Return the text a choice names: the current text, the base text, a version, a file."""
    if key == CURRENT:
        return resolution
    if key == BASE:
        if resolution.base_text is None:
            raise versions.VersionError(core.message(NO_BASE_TEXT))
        return resolution.base_text.text
    if key.startswith(VERSION_PREFIX):
        return versions.find_version(resolution, key.removeprefix(VERSION_PREFIX)).text
    if key.startswith(FILE_PREFIX):
        from ..compare.sources import read_text

        return read_text(Path(key.removeprefix(FILE_PREFIX)))
    raise versions.VersionError(core.message(UNKNOWN_TEXT, key=repr(key)))


def choices(resolution: Resolution, current: bool = True) -> list[tuple[str, str]]:
    """Return the texts of the draft one can compare: (label, key) pairs, newest version last."""
    out = [(translate("VersionChoices", "Current text"), CURRENT)] if current else []
    if resolution.base_text is not None:
        out.append((translate("VersionChoices", "Base text: {name}").format(
            name=resolution.base_text.name), BASE))
    for snapshot in resolution.versions:
        out.append((f"{snapshot.name} ({snapshot.created:%Y-%m-%d %H:%M})",
                    VERSION_PREFIX + snapshot.name))
    return out


class CompareHost(Protocol):
    """What the compare window needs of the versions controller."""

    versions_changed: SignalInstance

    @property
    def resolution(self) -> Resolution:
        """Return the open draft."""
        ...

    def show_problem(self, title: str, error: Exception) -> None:
        """Show why something could not be done."""
        ...

    def export_changes_dialog(self, old_key: str | None = None) -> None:
        """Export the draft with its changes tracked."""
        ...
