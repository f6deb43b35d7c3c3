"""How long the window's event loop goes without answering, while something runs."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from PySide6.QtCore import QTimer


@contextlib.contextmanager
def event_loop_gaps(interval_ms: int = 10) -> Iterator[list[float]]:
    """The seconds between the ticks of a timer due every `interval_ms`, one per tick,
    filled in while the block runs (its longest is the longest stall)."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    try:
        yield gaps
    finally:
        timer.stop()
