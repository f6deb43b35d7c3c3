"""The open case's statements and findings, as the money and after-care pages show them.

One per session (`session.statements`). Reading them and running the check happen on
a ui.runner.Runner (a case may hold 100,000 rows and as many findings); `changed` tells
the pages when a new overview is in. When a field the check reads changes (the agreed
rate, the closing date …) the check runs again by itself.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from posassist.ui.runner import Runner
from posassist.usecases.statement_lists import StatementOverview

if TYPE_CHECKING:
    from posassist.ui.session import CaseSession

translate = QCoreApplication.translate


_paused = 0
_pause_lock = threading.Lock()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a worker builds and drops 100,000 rows.

    A full collection walks every object of the process holding the interpreter lock:
    25-90 ms of a still window, several times an import (measured). The rows are freed
    by reference counting all the same, and the collector runs again afterwards."""
    global _paused
    with _pause_lock:
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()


def explain_storage(error: Exception) -> str | None:
    """An error of the case file in the owner's words (None: not one of those)."""
    from posassist.usecases.cases import storage_problem
    from posassist.words.messages import storage_problem as words

    code = storage_problem(error)
    path = getattr(error, "path", "")
    return words(code).replace("%1", str(path)) if code else None


class StatementState(QObject):
    changed = Signal()  # a new overview (statements, findings) is in
    busy_changed = Signal(bool)  # reading or checking
    failed = Signal(str)  # in words

    def __init__(self, session: CaseSession) -> None:
        super().__init__(session)
        self.session = session
        self.overview = StatementOverview()
        self.loaded = False
        self.runner = Runner(self)
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)
        self._wanted: bool | None = None  # a run asked for while one was going (check?)
        self._notes: list[tuple[int, str]] = []  # explanations waiting for the runner
        self._terms = self._terms_now()
        session.changed.connect(self._case_changed)

    @property
    def db_path(self) -> Path:
        from posassist.usecases.cases import file_of

        return file_of(self.session.repo.db)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def load(self) -> None:
        """Read the statements and the stored findings (the page opens)."""
        self._run(check=False)

    def check_again(self) -> None:
        """Run the settlement check over every statement, then read the result."""
        self._run(check=True)

    def explain(self, finding_id: int, note: str) -> None:
        """Mark a finding explained with the owner's note (usecases.explain_finding)."""
        self._notes.append((finding_id, note))
        self._run(check=False)

    def set_overview(self, overview: StatementOverview) -> None:
        """An import brought a new overview (read on its own worker)."""
        self.overview, self.loaded = overview, True
        self._terms = self._terms_now()
        self.changed.emit()

    def shutdown(self) -> None:
        self._wanted = None
        self.runner.shutdown()

    def _run(self, check: bool) -> None:
        if self.runner.busy:
            self._wanted = bool(self._wanted) or check
            return
        db_path, case_id = self.db_path, self.session.case_id
        self._terms = self._terms_now()
        notes, self._notes = self._notes, []

        def work(progress: Any, cancelled: Any) -> StatementOverview:
            from posassist.usecases.statement_lists import refresh_for_window

            with collector_paused():
                return refresh_for_window(db_path, case_id, notes, check, progress, cancelled)

        self.runner.start(
            work,
            explain=explain_storage,
            failure=translate(
                "Statements",
                "The statements could not be checked because of an unexpected error. Try "
                "once more; if it fails again, send the file %1 to whoever helps you with "
                "the app: it says what went wrong.",
            ),
        )
        self.busy_changed.emit(True)

    def _returned(self, overview: Any, _cancelled: bool) -> None:
        if isinstance(overview, StatementOverview):
            self.overview, self.loaded = overview, True
            self.changed.emit()
        self._next()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        self._next()

    def _next(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None and self._notes:
            wanted = False
        if wanted is not None:
            self._run(wanted)
        else:
            self.busy_changed.emit(False)

    def _terms_now(self) -> tuple:
        from posassist.usecases.statements import CASE_KEYS

        case = self.session.case
        # The date, amount and kind the owner set on items count too: the cross-check with
        # the statements claims a slip's only once both are set (domain.slip_check).
        slips = tuple(
            (e.id, e.doc_date, e.amount, e.category)
            for e in case.evidence
            if e.doc_date is not None and e.amount is not None
        )
        return (*(case.values.get(key) for key in CASE_KEYS), slips)

    def _case_changed(self) -> None:
        if self._terms_now() != self._terms and self.overview.statements:
            self.check_again()
