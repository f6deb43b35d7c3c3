"""Run one short piece of work off the GUI thread and get its result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Call(QObject):
    done = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the caller, who words it for the user
            self.done.emit(None, error)
        else:
            self.done.emit(result, None)


class Background(QObject):
    """One call at a time; `finished(result, error)` arrives on the GUI thread."""

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.call: _Call | None = None

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self, work: Callable[[], Any]) -> None:
        assert not self.busy
        self.call = _Call(work)
        self.thread = QThread(self)
        self.call.moveToThread(self.thread)
        self.thread.started.connect(self.call.run)
        self.call.done.connect(self._done)
        self.thread.start()

    def _done(self, result: Any, error: Any) -> None:
        assert self.thread is not None
        self.thread.quit()
        self.thread.wait()
        self.thread.deleteLater()
        self.thread = None
        self.call = None
        self.finished.emit(result, error)

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.wait()
