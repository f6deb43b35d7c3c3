"""Evidence import off the GUI thread, with progress and cancel.

The worker opens its own connection to the case file (SQLite connections belong to
one thread). Cancel is checked between files, so only whole files are ever stored.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from posassist.domain.evidence import Category

Source = Path | tuple[str, bytes]  # a file, or (name, bytes) from the clipboard


class ImportJob(QObject):
    progress = Signal(int, int, str)  # files done, files in all, name being read
    finished = Signal(list, bool)  # [ImportOutcome], cancelled

    def __init__(
        self,
        db_path: Path,
        case_id: int,
        stage: str,
        category: Category,
        sources: list[Source],
        max_bytes: int,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.case_id = case_id
        self.stage = stage
        self.category = category
        self.sources = sources
        self.max_bytes = max_bytes
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from posassist.evidence.pipeline import import_files
        from posassist.store.database import open_database
        from posassist.store.evidence import EvidenceRepository

        db = open_database(self.db_path)
        try:
            outcomes = import_files(
                EvidenceRepository(db),
                self.case_id,
                self.stage,
                self.sources,
                self.category,
                self.max_bytes,
                progress=self.progress.emit,
                should_stop=self._cancel.is_set,
            )
        finally:
            db.close()
        self.finished.emit(outcomes, self._cancel.is_set())


class Importer(QObject):
    """Runs one ImportJob at a time in its own thread."""

    progress = Signal(int, int, str)
    finished = Signal(list, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.job: ImportJob | None = None

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self, job: ImportJob) -> None:
        assert not self.busy
        self.job = job
        self.thread = QThread(self)
        job.moveToThread(self.thread)
        self.thread.started.connect(job.run)
        job.progress.connect(self.progress)
        job.finished.connect(self._finished)
        self.thread.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finished(self, outcomes: list, cancelled: bool) -> None:
        assert self.thread is not None
        self.thread.quit()
        self.thread.wait()
        self.thread.deleteLater()
        self.thread = None
        self.job = None
        self.finished.emit(outcomes, cancelled)

    def wait(self) -> None:
        """Block until the job is over (closing the window mid-import)."""
        if self.thread is not None:
            self.cancel()
            self.thread.wait()


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
        from posassist.evidence.pipeline import make_missing_thumbnails
        from posassist.store.database import open_database
        from posassist.store.evidence import EvidenceRepository

        made: list[str] = []
        try:
            db = open_database(self.db_path)
            try:
                made = make_missing_thumbnails(EvidenceRepository(db), self.case_id, _STOP.is_set)
            finally:
                db.close()
        finally:
            # At application exit Qt may already have deleted the signal's object:
            # then nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self.signals.finished.emit(made)
            _RUNNING.discard(self)

    def start(self) -> None:
        _RUNNING.add(self)
        _pool().start(self)
