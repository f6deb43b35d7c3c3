"""The evidence panel's search box: finds the case's items by file name, description and
the text read on their pictures (usecases.evidence_search).

Typing waits 250 ms for a pause, then the search runs on a ui.runner.Runner (it opens the
case file and reads the text of every item: a case of 200 photos must not still the
window); a query typed meanwhile runs once that one is done, the latest only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from posassist.ui.runner import Runner
from posassist.ui.statement_state import explain_storage

translate = QCoreApplication.translate
PAUSE_MS = 250


class SearchBox(QLineEdit):
    # {evidence id: usecases.evidence_search.Match}, or None when the box is empty
    matches_changed = Signal(object)

    def __init__(self, db_path: Path, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            translate("EvidencePanel", "Search names, descriptions and text on the photos")
        )
        self.db_path, self.case_id = db_path, case_id
        self.matches: dict[int, Any] | None = None
        self.searched = ""  # the query `matches` answer
        self.runner = Runner(self)
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self._waiting = False
        self.textChanged.connect(lambda _text: self._pause.start())

    @property
    def active(self) -> bool:
        return bool(self.text().strip())

    def search_now(self) -> None:
        """Search for what the box holds now (again, when the text on the photos grew)."""
        self._pause.stop()
        query = self.text().strip()
        if not query:
            self._waiting = False
            self.matches, self.searched = None, ""
            self.matches_changed.emit(None)
            return
        if self.runner.busy:
            self._waiting = True
            return
        db_path, case_id = self.db_path, self.case_id

        def work(_progress: Any, _cancelled: Any) -> tuple[str, list]:
            from posassist.usecases.evidence_search import search_evidence

            return query, search_evidence(db_path, case_id, query)

        self.runner.start(work, explain=explain_storage)

    def shutdown(self) -> None:
        self._pause.stop()
        self._waiting = False
        self.runner.shutdown()

    def _returned(self, result: Any, _cancelled: bool) -> None:
        if self._waiting:
            self._waiting = False
            self.search_now()
            return
        query, found = result
        if query != self.text().strip():
            return  # the box was cleared or changed meanwhile: its own search follows
        self.matches, self.searched = {m.evidence_id: m for m in found}, query
        self.matches_changed.emit(self.matches)

    def _failed(self, message: str) -> None:
        self._waiting = False
        self.setToolTip(message)
