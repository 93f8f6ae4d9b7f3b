"""Start-up hook for the cold-start tests: what a real DraftDesk process shows once started.

Named in DRAFTDESK_STARTUP_HOOK as ``start_driver:report``; the window calls it after its first
paint, once it has looked for a recovery copy and opened the FILE argument.
"""

from __future__ import annotations

from typing import Any


def report(window: Any) -> None:
    """Print the title, the icon, the menus and an edit made at once, then quit."""
    print(f"title: {window.windowTitle()}", flush=True)
    print(f"icon: {not window.windowIcon().isNull()}", flush=True)
    print(f"menus: {' | '.join(action.text() for action in window.menuBar().actions())}",
          flush=True)
    operative = len(window.session.resolution.operative)
    window.ui_actions["new_operative"].trigger()  # an editing action, right after start-up
    print(f"operative: {operative} -> {len(window.session.resolution.operative)}", flush=True)
    window.session.mark_clean()
    window.ui_actions["quit"].trigger()
