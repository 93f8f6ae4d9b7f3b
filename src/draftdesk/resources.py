"""Locate the data DraftDesk ships: ``resources/`` and ``templates/``.

In a source checkout they sit at the top of the project; in a wheel they are packaged under
``draftdesk/_data``. Callers never build these paths themselves.
"""

from __future__ import annotations

from pathlib import Path

# The package's own folder: DraftDesk is installed as files (a wheel or a checkout), never
# run from a zip, so importlib.resources (slow to import, on the way to the first paint) would
# only answer this same folder.
_PACKAGE = Path(__file__).resolve().parent


def _data_root(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def resource_path(*parts: str) -> Path:
    """Return the path of a file under ``resources/``."""
    return _data_root("resources").joinpath(*parts)


def template_path(*parts: str) -> Path:
    """Return the path of a file under ``templates/``."""
    return _data_root("templates").joinpath(*parts)
