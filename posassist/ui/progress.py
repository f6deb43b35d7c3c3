"""Progress shown at a pace the window can paint.

A QProgressBar repaints at once on every new value, and work off the window's thread can
send a hundred steps in a few milliseconds (an export's planning does): painting each
stalled the window for 150-200 ms. This passes on only the latest values, at most every
`interval_ms`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class LatestProgress(QObject):
    """Call `report(*values)` as often as progress comes; `show(*values)` is called with
    the latest ones within `interval_ms`, never more often. `drop()` forgets what is due."""

    def __init__(
        self, show: Callable[..., None], interval_ms: int = 40, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._pending: tuple[Any, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._flush)

    def report(self, *values: Any) -> None:
        self._pending = values
        if not self._timer.isActive():
            self._timer.start()

    def drop(self) -> None:
        self._timer.stop()
        self._pending = None

    def _flush(self) -> None:
        if self._pending is not None:
            values, self._pending = self._pending, None
            self._show(*values)
