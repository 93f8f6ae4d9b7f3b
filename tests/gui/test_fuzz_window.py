"""Whatever text import accepts, the window opens: random texts through import into a session."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from draftdesk.errors import DraftDeskError
from draftdesk.importers import import_text
from draftdesk.storage import dumps_draft, loads_draft
from tools.strategies import resolution_text

pytestmark = [pytest.mark.fuzz, pytest.mark.qt_log_ignore("^This plugin does not support")]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=resolution_text())
def test_a_draft_written_by_import_opens_in_the_window(window: Any, qtbot: Any, text: str) -> None:
    try:
        resolution = import_text(text, "fuzz.txt")
    except DraftDeskError:
        return  # refused texts are the command line's business (tests/test_fuzz.py)
    draft = loads_draft(dumps_draft(resolution), "fuzz.draftdesk")
    window.open_resolution(draft)
    qtbot.wait(1)  # let the outline and preview build from the session
    assert window.session.resolution is draft
    window.session.mark_clean()
