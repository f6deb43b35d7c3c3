"""The one way the window runs long work off its own thread: `Runner`.

The work is a plain callable, `work(progress, cancelled)`, with nothing of Qt in it, so
the command line can call the same use case with its own two callables:

- `progress(done, total, note="")` may be called as often as the work likes; a progress
  bar gets the latest values at most every 40 ms (`progress`), code that must see every
  step gets each (`every_progress`).
- `cancelled()` turns true once the owner asks to stop; the work stops at the next point
  where stopping leaves nothing half-done, and returns what it has (or None).

What the work raises is told in words (`failed`), never as a traceback: `explain` words
the errors the work expects; anything else is a bug, logged in full and worded with the
log file's path so the owner can send it to whoever helps them.

Teardown: the thread is nobody's child, so deleting the widget that owns the runner can
never destroy a running QThread (Qt aborts the process then). Closing the owning window
cancels the work and waits for it (an owner inside a window, such as a page, gets no
close of its own: whoever closes the window calls `shutdown()`); deleting the owner
cancels it; the application's quit cancels and waits for every run still going.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from posassist.ui.progress import LatestProgress

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PROGRESS_INTERVAL_MS = 40  # a progress bar repaints at once: more often stalls the window


class Progress(Protocol):
    def __call__(self, done: int, total: int, note: str = "") -> None: ...


Work = Callable[[Progress, Callable[[], bool]], Any]
Explain = Callable[[Exception], "str | None"]


class _WorkThread(QThread):
    """Runs one work; its signals reach the window's thread queued, in the order sent."""

    stepped = Signal(int, int, str)
    returned = Signal(object)
    raised = Signal(object)  # the exception

    def __init__(self, work: Work) -> None:
        super().__init__()  # no parent: see the module's docstring
        self.work = work
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.stop.is_set)
        except BaseException as error:  # whatever it is, the runner must hear the end
            self.raised.emit(error)
        else:
            self.returned.emit(result)

    def _progress(self, done: int, total: int, note: str = "") -> None:
        self.stepped.emit(int(done), int(total), str(note))


class _Keeper(QObject):
    """Holds every thread until it has ended, whoever owned the runner that started it."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[_WorkThread] = set()

    def keep(self, thread: _WorkThread) -> None:
        self.threads.add(thread)
        thread.finished.connect(self._ended)

    @Slot()
    def _ended(self) -> None:
        thread = self.sender()
        if isinstance(thread, _WorkThread):
            thread.wait()  # it is leaving run(): a moment at most
            # Let go of it once this slot, which its own signal called, has returned.
            QTimer.singleShot(0, self, partial(self.threads.discard, thread))

    def stop_all(self) -> None:
        for thread in list(self.threads):
            thread.stop.set()
        for thread in list(self.threads):
            thread.wait()
        self.threads.clear()


_keeper: _Keeper | None = None


def _the_keeper() -> _Keeper:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_keeper.stop_all)
        atexit.register(_keeper.stop_all)  # a script that never ran app.exec()
    return _keeper


def stop_all() -> None:
    """Cancel every run still going and wait for each (the application is quitting)."""
    if _keeper is not None:
        _keeper.stop_all()


def running() -> int:
    """How many work threads have not ended yet (whoever started them)."""
    return len(_keeper.threads) if _keeper is not None else 0


class _Cancel:
    """Cancels the current run when the runner itself is deleted (with its owner)."""

    def __init__(self) -> None:
        self.stop: threading.Event | None = None

    def __call__(self, *_args: Any) -> None:
        if self.stop is not None:
            self.stop.set()


def log_file_in_use() -> Path | None:
    """The file the app's log is written to, if it is written to one (the app sets up
    one; should there be more, the newest)."""
    for handler in reversed(logging.getLogger().handlers):
        # (pytest's logging plugin adds one writing to os.devnull.)
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            return Path(handler.baseFilename)
    return None


class Runner(QObject):
    """Runs one work at a time on a thread of its own; tells the owner on its thread.

    Every run ends with `returned(result, cancelled)` or `failed(message)`, then
    `finished()`; by then `busy` is False and another run may start.
    """

    progress = Signal(int, int, str)  # done, total, note: the latest, every 40 ms at most
    every_progress = Signal(int, int, str)  # each step the work reports
    returned = Signal(object, bool)  # what the work returned, whether cancel was asked
    failed = Signal(str)  # what went wrong, in words for the owner
    finished = Signal()

    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__(owner)
        self._thread: _WorkThread | None = None
        self._explain: Explain | None = None
        self._failure = ""
        self._log_file: Path | None = None
        self._stop_was_asked = False
        self._pace = LatestProgress(self.progress.emit, PROGRESS_INTERVAL_MS, self)
        self._cancel_on_delete = _Cancel()
        self.destroyed.connect(self._cancel_on_delete)
        if isinstance(owner, QWidget) and owner.isWindow():
            owner.installEventFilter(self)  # (a widget inside a window never gets Close)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(
        self,
        work: Work,
        *,
        explain: Explain | None = None,
        failure: str | None = None,
        log_file: Path | None = None,
    ) -> None:
        """Run `work(progress, cancelled)`. `explain(error)` words an error the work
        expects (None: not one of those); `failure` words the others, "%1" standing for
        the log file (`log_file`, else the one the app logs to)."""
        if self._thread is not None:
            raise RuntimeError("this runner is still running its previous work")
        self._explain = explain
        self._failure = failure or translate(
            "Runner",
            "This could not be finished because of an unexpected error. Try once more; if "
            "it fails again, send the file %1 to whoever helps you with the app: it says "
            "what went wrong.",
        )
        self._log_file = log_file
        thread = self._thread = _WorkThread(work)
        self._cancel_on_delete.stop = thread.stop
        thread.stepped.connect(self._stepped)
        thread.returned.connect(self._returned)
        thread.raised.connect(self._raised)
        _the_keeper().keep(thread)
        thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; it ends with `returned(what it has, True)`."""
        if self._thread is not None:
            self._thread.stop.set()

    def wait(self) -> None:
        """Block until the work has ended (its signals still come, queued)."""
        if self._thread is not None:
            self._thread.wait()

    def shutdown(self) -> None:
        """Cancel and wait: the owner is closing."""
        self.cancel()
        self.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        closing = event.type() == QEvent.Type.Close
        if closing and isinstance(watched, QWidget) and watched.isWindow():
            self.shutdown()
        return False

    # -- on the window's thread, in the order the work sent them ----------------------
    def _stepped(self, done: int, total: int, note: str) -> None:
        if self.sender() is not self._thread:
            return  # a run this runner has already finished with
        self.every_progress.emit(done, total, note)
        self._pace.report(done, total, note)

    def _returned(self, result: Any) -> None:
        if self._end():
            self.returned.emit(result, self._stop_was_asked)
            self.finished.emit()

    def _raised(self, error: BaseException) -> None:
        if self._end():
            self.failed.emit(self._words(error))
            self.finished.emit()

    def _end(self) -> bool:
        thread = self.sender()
        if thread is not self._thread or self._thread is None:
            return False
        self._stop_was_asked = self._thread.stop.is_set()
        self._thread = None
        self._cancel_on_delete.stop = None
        self._pace.drop()  # a late value must not show after the end
        return True

    def _words(self, error: BaseException) -> str:
        if isinstance(error, Exception) and self._explain is not None:
            try:
                words = self._explain(error)
            except Exception:  # wording the error must not hide it
                log.exception("wording an error failed")
                words = None
            if words:
                return words
        log.error("background work failed", exc_info=error)
        log_file = self._log_file or log_file_in_use()
        return self._failure.replace("%1", str(log_file) if log_file else "posassist.log")
