"""Test set-up: Qt without a screen, and a private user profile for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt reads this when it starts, so set it before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every user data and settings location at a fresh folder."""
    home = tmp_path_factory.mktemp("profile")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("HOME", str(home))
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui as a GUI test."""
    for item in items:
        if "gui" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)
