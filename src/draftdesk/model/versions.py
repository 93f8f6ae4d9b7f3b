"""Saved versions and the base text of a draft.

A version is a frozen deep copy of the text (metadata, paragraphs with their ids, footnotes,
annexes) with a name and a date; the base text is the A/RES or issued L-document the draft is
compared with. Like the edits in ``edit.py``, every change returns an ``Undo``.
"""

from __future__ import annotations

import copy
import datetime as _dt

from ..errors import DraftDeskError
from ..messages import QT_TRANSLATE_NOOP, Message, message
from .document import Resolution, Snapshot
from .edit import Undo

MAX_NAME = 120
NO_BASE_TEXT = QT_TRANSLATE_NOOP("VersionErrors", "the draft has no base text")


class VersionError(DraftDeskError):
    """A version name that cannot be used, or a version or base text that is not there."""


def frozen_copy(resolution: Resolution) -> Resolution:
    """Return a deep copy of the text alone: paragraph ids kept, no versions, no base text."""
    base, versions = resolution.base_text, resolution.versions
    resolution.base_text, resolution.versions = None, []
    try:
        return copy.deepcopy(resolution)
    finally:
        resolution.base_text, resolution.versions = base, versions


def now() -> _dt.datetime:
    """Return the time a version is saved at, to the second."""
    return _dt.datetime.now().replace(microsecond=0)


def clean_name(name: str) -> str:
    """Return a version name with its spaces tidied; refuse an empty or overlong one."""
    name = " ".join(name.split())
    if not name:
        raise VersionError(message(QT_TRANSLATE_NOOP("VersionErrors", "a version needs a name")))
    if len(name) > MAX_NAME:
        raise VersionError(message(
            QT_TRANSLATE_NOOP("VersionErrors", "a version name has at most {limit} characters"),
            limit=MAX_NAME))
    return name


def find_version(resolution: Resolution, name: str) -> Snapshot:
    """Return the saved version called ``name`` (spaces and case do not matter)."""
    wanted = " ".join(name.split()).casefold()
    for snapshot in resolution.versions:
        if snapshot.name.casefold() == wanted:
            return snapshot
    known = ", ".join(repr(v.name) for v in resolution.versions) or message(
        QT_TRANSLATE_NOOP("VersionErrors", "none saved"))
    raise VersionError(message(
        QT_TRANSLATE_NOOP("VersionErrors", "no version named {name} (versions: {known})"),
        name=repr(name), known=known))


def check_new_name(resolution: Resolution, name: str) -> str:
    """Return the tidied name for a new version; refuse one already taken."""
    name = clean_name(name)
    for snapshot in resolution.versions:
        if snapshot.name.casefold() == name.casefold():
            raise VersionError(message(
                QT_TRANSLATE_NOOP("VersionErrors", "a version named {name} already exists; choose "
                                                   "another name"),
                name=repr(snapshot.name)))
    return name


def save_version(
    resolution: Resolution, name: str, when: _dt.datetime | None = None
) -> tuple[Snapshot, Undo]:
    """Save the current text as a named version; a name already taken is refused."""
    name = check_new_name(resolution, name)
    snapshot = Snapshot(name, when or now(), frozen_copy(resolution))
    resolution.versions.append(snapshot)

    def undo() -> None:
        resolution.versions.remove(snapshot)

    return snapshot, undo


def delete_version(resolution: Resolution, name: str) -> Undo:
    """Delete a saved version."""
    snapshot = find_version(resolution, name)
    index = resolution.versions.index(snapshot)
    del resolution.versions[index]

    def undo() -> None:
        resolution.versions.insert(index, snapshot)

    return undo


# The fields of a Resolution that make up its text; versions and base text stay as they are.
_TEXT_FIELDS = ("metadata", "preambular", "operative", "footnotes", "kind", "annexes",
                "import_notes")


def replace_text(resolution: Resolution, text: Resolution) -> Undo:
    """Make the draft's text a deep copy of ``text``, keeping its versions and base text."""
    fresh = frozen_copy(text)
    old = {name: getattr(resolution, name) for name in _TEXT_FIELDS}
    for name in _TEXT_FIELDS:
        setattr(resolution, name, getattr(fresh, name))

    def undo() -> None:
        for name, value in old.items():
            setattr(resolution, name, value)

    return undo


def restore_version(resolution: Resolution, name: str) -> Undo:
    """Bring back a saved version's text as the current text (the version itself stays)."""
    return replace_text(resolution, find_version(resolution, name).text)


def check_is_resolution(text: Resolution, source: str | Message) -> None:
    """Refuse a base text that holds no resolution paragraphs."""
    if not isinstance(text, Resolution):
        raise VersionError(message(
            QT_TRANSLATE_NOOP("VersionErrors", "{source}: not a resolution"), source=source))
    if not (text.preambular or text.operative or any(a.paragraphs for a in text.annexes)):
        raise VersionError(message(
            QT_TRANSLATE_NOOP("VersionErrors", "{source}: has no preambular or operative "
                                               "paragraphs; not a resolution text"),
            source=source))


def set_base_text(
    resolution: Resolution, text: Resolution, name: str, when: _dt.datetime | None = None
) -> Undo:
    """Make ``text`` (a frozen copy of it) the base text the draft is compared with."""
    check_is_resolution(text, name or message(QT_TRANSLATE_NOOP("VersionErrors", "the base text")))
    old = resolution.base_text
    label = " ".join(name.split()) or text.metadata.symbol or "Base text"
    resolution.base_text = Snapshot(label[:MAX_NAME], when or now(), frozen_copy(text))

    def undo() -> None:
        resolution.base_text = old

    return undo


def clear_base_text(resolution: Resolution) -> Undo:
    """Forget the base text."""
    old = resolution.base_text
    if old is None:
        raise VersionError(message(NO_BASE_TEXT))
    resolution.base_text = None

    def undo() -> None:
        resolution.base_text = old

    return undo
