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


class _FirstPaint(QObject):
    """Watch a widget for its first paint event, then run the work once."""

    def __init__(self, widget: QWidget, then: Callable[[], None],
                 on_paint: Callable[[], None] | None, fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._on_paint = on_paint
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            if self._on_paint is not None:
                self._on_paint()
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            self.deleteLater()  # and its fallback timer with it
            self._then()


def after_first_paint(widget: QWidget, then: Callable[[], None],
                      on_paint: Callable[[], None] | None = None,
                      fallback_ms: int = FALLBACK_MS) -> None:
    """Run ``then`` once ``widget`` has painted next (``on_paint`` at the paint event itself),
    or after ``fallback_ms`` should it not paint."""
    _FirstPaint(widget, then, on_paint, fallback_ms)
