"""Reading the text on the open case's photos and scans, in the background (issue 15).

One per session (`session.reading`), shared by every stage's evidence panel. A pass runs
usecases.ocr.recognise_case on a ui.runner.Runner, then reads back what each item holds
(usecases.evidence_search.text_states), so the panels show the new text without the case
being opened again. A pass asked for while one runs (a new import) waits its turn: never
two at once. A file that cannot be read is told in that item's details, never in a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from posassist.ui.runner import Runner
from posassist.ui.statement_state import collector_paused, explain_storage

if TYPE_CHECKING:
    from posassist.ui.session import CaseSession

translate = QCoreApplication.translate


class TextReading(QObject):
    progress = Signal(int, int)  # items done, items in this pass (the latest, paced)
    busy_changed = Signal(bool)
    changed = Signal()  # new states are in (`states`, `failures`)
    failed = Signal(str)  # a pass broke off, in words (shown in the panels' line)

    def __init__(self, session: CaseSession) -> None:
        super().__init__(session)
        self.session = session
        self.states: dict[int, Any] = {}  # evidence id -> usecases.evidence_search.TextState
        self.failures: dict[int, Any] = {}  # evidence id -> usecases.ocr.Unreadable (engine)
        # evidence id -> usecases.evidence_reading.ItemReading: the fields read, suggested
        self.readings: dict[int, Any] = {}
        self.left = 0  # items a cancelled pass did not read
        self.loaded = False
        self.runner = Runner(self)
        self.runner.progress.connect(lambda done, total, _name: self.progress.emit(done, total))
        self.runner.every_progress.connect(self._stepped)
        self._read_so_far: list[tuple] = []  # handed over by the worker after each item
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)
        self._again = False
        self._closed = False

    @property
    def db_path(self) -> Path:
        from posassist.usecases.cases import file_of

        return file_of(self.session.repo.db)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self) -> None:
        """Read what is unread (after an import, or when the case opens); while a pass
        runs, another follows it."""
        if self._closed:
            return
        if self.runner.busy:
            self._again = True
            return
        db_path, case_id = self.db_path, self.session.case_id
        read_so_far = self._read_so_far = []

        def work(progress: Any, cancelled: Any) -> tuple:
            from posassist.usecases.evidence_reading import case_readings
            from posassist.usecases.evidence_search import text_states
            from posassist.usecases.ocr import recognise_case

            def read_back() -> tuple:
                readings = {i.evidence_id: i for i in case_readings(db_path, case_id)}
                return text_states(db_path, case_id), readings

            def step(done: int, total: int, name: str) -> None:
                if 0 < done < total:  # an item is stored: its text shows before the end
                    read_so_far.append(read_back())
                progress(done, total, name)

            with collector_paused():
                result = recognise_case(db_path, case_id, step, cancelled)
                return (result, *read_back())

        self.runner.start(
            work,
            explain=explain_storage,
            failure=translate(
                "TextReading",
                "Reading the text on the photos stopped because of an unexpected error. "
                "The photos themselves are safe. If it happens again, send the file %1 to "
                "whoever helps you with the app.",
            ),
        )
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Stop this pass (what is read is kept; the rest waits for the next pass)."""
        self._again = False
        self.runner.cancel()

    def shutdown(self) -> None:
        """The case is closing: stop and wait (at most the page being read)."""
        self._closed = True
        self._again = False
        self.runner.shutdown()

    def state(self, evidence_id: int) -> Any:
        return self.states.get(evidence_id)

    def reading(self, evidence_id: int) -> Any:
        """What was read on an item (usecases.evidence_reading.ItemReading), or None."""
        return self.readings.get(evidence_id)

    def _stepped(self, _done: int, _total: int, _name: str) -> None:
        if self._read_so_far and not self._closed:
            self.states, self.readings = self._read_so_far.pop()
            self._read_so_far.clear()
            self.changed.emit()

    def _returned(self, result: Any, _cancelled: bool) -> None:
        recognition, self.states, self.readings = result
        for item in recognition.unreadable:
            if item.code == "engine_error":
                self.failures[item.evidence_id] = item
        for evidence_id in recognition.read:
            self.failures.pop(evidence_id, None)
        self.left, self.loaded = recognition.left, True
        if not self._closed:
            self.changed.emit()
        self._next()

    def _failed(self, message: str) -> None:
        if not self._closed:
            self.failed.emit(message)
        self._next()

    def _next(self) -> None:
        again, self._again = self._again, False
        if again and not self._closed:
            self.start()
        else:
            self.busy_changed.emit(False)
