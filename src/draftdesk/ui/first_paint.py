"""Run work once a widget has painted: what the first picture does not need waits for it.

A zero-delay timer started before ``show()`` may run before the first paint (the paint is
itself a posted event), so start-up work waits for the widget's next paint event and then
for the event loop's next turn. A window that never paints (hidden, minimized, a platform
that skips it) runs the work after a fallback delay all the same. The window uses it at
start-up (the icon, the crash-recovery offer, the FILE argument, loading the editor's modules)
and after a draft opens (the cycle collector held back until the draft shows).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500


class _PaintWatch(QObject):
    """Watch a widget for its next paint event, then run the work on the loop's next turn."""

    def __init__(self, widget: QWidget, run: Callable[[], None],
                 on_paint: Callable[[], None] | None) -> None:
        super().__init__(widget)
        self._run = run
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._on_paint is not None:
                self._on_paint()
            QTimer.singleShot(0, self, self.finish)  # once this paint is done
        return False

    def finish(self) -> None:
        """Run the work (once) and go."""
        self.deleteLater()
        self._run()


def after_first_paint(widget: QWidget, then: Callable[[], None],
                      on_paint: Callable[[], None] | None = None,
                      fallback_ms: int = FALLBACK_MS, even_if_destroyed: bool = False) -> None:
    """Run ``then`` once ``widget`` has painted next (``on_paint`` at the paint event itself),
    or after ``fallback_ms`` should it not paint.

    Work on the widget is dropped with it; work that must happen all the same (turning the
    cycle collector back on) passes ``even_if_destroyed`` and runs after ``fallback_ms``.
    """
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            then()

    watch = _PaintWatch(widget, run, on_paint)
    if even_if_destroyed:
        QTimer.singleShot(fallback_ms, run)
    else:
        QTimer.singleShot(fallback_ms, watch, watch.finish)
