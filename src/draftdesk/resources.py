"""Locate the data DraftDesk ships: ``resources/`` and ``templates/``.

In a source checkout they sit at the top of the project; in a wheel they are packaged under
``draftdesk/_data``. Callers never build these paths themselves.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _data_root(name: str) -> Path:
    packaged = Path(str(resources.files("draftdesk"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def resource_path(*parts: str) -> Path:
    """Return the path of a file under ``resources/``."""
    return _data_root("resources").joinpath(*parts)


def template_path(*parts: str) -> Path:
    """Return the path of a file under ``templates/``."""
    return _data_root("templates").joinpath(*parts)
