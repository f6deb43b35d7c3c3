"""Evidence import off the GUI thread, with progress and cancel (on a ui.runner.Runner).

The work opens its own connection to the case file (SQLite connections belong to one
thread). Cancel is checked between files, so only whole files are ever stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QRunnable, QThreadPool, Signal

from posassist.domain.evidence import Category
from posassist.ui.runner import Progress, Runner

Source = Path | tuple[str, bytes]  # a file, or (name, bytes) from the clipboard
translate = QCoreApplication.translate


class ImportJob:
    """Bringing files in, as work for a Runner: `job(progress, cancelled)` returns the
    [ImportOutcome] of the files read (all of them unless cancelled)."""

    def __init__(
        self,
        db_path: Path,
        case_id: int,
        stage: str,
        category: Category,
        sources: list[Source],
        max_bytes: int,
    ) -> None:
        self.db_path = db_path
        self.case_id = case_id
        self.stage = stage
        self.category = category
        self.sources = sources
        self.max_bytes = max_bytes

    def __call__(self, progress: Progress, cancelled: Callable[[], bool]) -> list:
        from posassist.usecases.evidence import attach

        return attach(
            self.db_path,
            self.case_id,
            self.sources,
            self.stage,
            self.category,
            self.max_bytes,
            progress=progress,
            cancelled=cancelled,
        )


class Importer(QObject):
    """Runs one ImportJob at a time. Ends with `finished` or, if the import broke off,
    `failed` (the files read before are kept: each is stored whole or not at all)."""

    progress = Signal(int, int, str)  # files done, files in all, name being read: each
    paced_progress = Signal(int, int, str)  # the same, every 40 ms at most: for the eye
    finished = Signal(list, bool)  # [ImportOutcome], cancelled
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: ImportJob | None = None
        self.runner = Runner(self)
        self.runner.every_progress.connect(self.progress)
        self.runner.progress.connect(self.paced_progress)
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, job: ImportJob) -> None:
        from posassist.paths import log_path

        self.job = job
        self.runner.start(
            job,
            failure=translate(
                "EvidencePanel",
                "Attaching the files broke off because of an unexpected error; the list "
                "shows what was attached. Try once more; if it fails again, send the file "
                "%1 to whoever helps you with the app: it says what went wrong.",
            ),
            log_file=log_path(Path(job.db_path).parent),
        )

    def cancel(self) -> None:
        self.runner.cancel()

    def _returned(self, outcomes: list, cancelled: bool) -> None:
        self.job = None
        self.finished.emit(outcomes, cancelled)

    def _failed(self, message: str) -> None:
        self.job = None
        self.failed.emit(message)

    def wait(self) -> None:
        """Cancel and block until the job is over (closing the window mid-import)."""
        self.runner.shutdown()


def sources_from(mime: QMimeData | None) -> list[Source]:
    """What a drop or the clipboard brings: local files, or a picture (as a PNG)."""
    if mime is None:
        return []
    if mime.hasUrls():
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if mime.hasImage():
        from PySide6.QtCore import QBuffer, QIODevice

        image = mime.imageData()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        name = dt.datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        return [(name, bytes(buffer.data()))]
    return []


class _ThumbnailSignals(QObject):
    finished = Signal(list)  # SHA-256s whose thumbnails were made


# Running jobs, kept alive here until they end: the panel that asked may close first.
_RUNNING: set[ThumbnailJob] = set()
# Thumbnails get one thread of their own, apart from Qt's global pool, and stop early
# when the window closes.
_POOL: QThreadPool | None = None
_STOP = threading.Event()


def _pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


def stop_thumbnails() -> None:
    """Stop thumbnail work between two files and wait for it (closing a case or the app)."""
    if _POOL is None:
        return
    _STOP.set()
    _POOL.waitForDone()
    _STOP.clear()


class ThumbnailJob(QRunnable):
    """Makes the thumbnails a case lacks, in the thread pool, with its own connection."""

    def __init__(self, db_path: Path, case_id: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.db_path = db_path
        self.case_id = case_id
        self.signals = _ThumbnailSignals()

    def run(self) -> None:
        from posassist.usecases.evidence import make_thumbnails

        made: list[str] = []
        try:
            made = make_thumbnails(self.db_path, self.case_id, _STOP.is_set)
        finally:
            # At application exit Qt may already have deleted the signal's object:
            # then nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self.signals.finished.emit(made)
            _RUNNING.discard(self)

    def start(self) -> None:
        _RUNNING.add(self)
        _pool().start(self)
