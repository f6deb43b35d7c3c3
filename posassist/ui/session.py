"""One open case: writes go through the store, then the case is reloaded and announced.

Pages never hold their own copy of the data: they read `session.case` and listen to
`changed`. This keeps every page, the side list and the review in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from posassist.domain import catalogue
from posassist.domain.case import Case, CaseStatus, Complaint, Contact, Fee
from posassist.domain.reminders import implied_values
from posassist.usecases.cases import CaseRepository, EvidenceRepository

if TYPE_CHECKING:
    from posassist.ui.statement_state import StatementState
    from posassist.ui.text_reading import TextReading


class CaseSession(QObject):
    changed = Signal()  # anything in the case changed
    profile_changed = Signal()  # type, ownership, reason or fault outcome changed
    currency_changed = Signal()

    def __init__(self, repo: CaseRepository, case_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.evidence = EvidenceRepository(repo.db)
        self.case_id = case_id
        self.case: Case = repo.load(case_id)
        self._statements: StatementState | None = None
        self._reading: TextReading | None = None

    @property
    def statements(self) -> StatementState:
        """The case's statements and findings, shared by the pages that show them."""
        if self._statements is None:
            from posassist.ui.statement_state import StatementState

            self._statements = StatementState(self)
        return self._statements

    @property
    def reading(self) -> TextReading:
        """The text read on the case's pictures, read in the background after imports."""
        if self._reading is None:
            from posassist.ui.text_reading import TextReading

            self._reading = TextReading(self)
        return self._reading

    def shutdown(self) -> None:
        """The case is closing: stop the reading of its pictures."""
        if self._reading is not None:
            self._reading.shutdown()

    def reload(self) -> None:
        """After another connection (the import worker) wrote to the case."""
        self._reload()

    def _reload(self) -> None:
        self.case = self.repo.load(self.case_id)
        self.changed.emit()

    def set_value(self, key: str, value: Any) -> None:
        if self.case.values.get(key) == value:
            return
        self.repo.set_value(self.case_id, key, value, implied_values(self.case, key, value))
        self._reload()
        if key in catalogue.PROFILE_KEYS:
            self.profile_changed.emit()
        if key == "currency":
            self.currency_changed.emit()

    def set_check(self, key: str, checked: bool) -> None:
        self.repo.set_check(self.case_id, key, checked)
        self._reload()

    def mark_done(self, stage: str) -> None:
        self.repo.mark_stage_done(self.case_id, stage)
        self._reload()

    def reopen(self, stage: str) -> None:
        self.repo.reopen_stage(self.case_id, stage)
        self._reload()

    def set_current_stage(self, stage: str) -> None:
        self.repo.set_current_stage(self.case_id, stage)
        self.case.current_stage = stage

    def set_status(self, status: CaseStatus) -> None:
        self.repo.set_status(self.case_id, status)
        self._reload()

    def add_contact(self, contact: Contact) -> None:
        self.repo.add_contact(self.case_id, contact)
        self._reload()

    def update_contact(self, contact: Contact) -> None:
        self.repo.update_contact(self.case_id, contact)
        self._reload()

    def delete_contact(self, contact_id: int) -> None:
        self.repo.delete_contact(self.case_id, contact_id)
        self._reload()

    def add_complaint(self, complaint: Complaint) -> None:
        self.repo.add_complaint(self.case_id, complaint)
        self._reload()

    def update_complaint(self, complaint: Complaint) -> None:
        self.repo.update_complaint(self.case_id, complaint)
        self._reload()

    def delete_complaint(self, complaint_id: int) -> None:
        self.repo.delete_complaint(self.case_id, complaint_id)
        self._reload()

    def add_fee(self, fee: Fee) -> int:
        fee_id = self.repo.add_fee(self.case_id, fee)
        self._reload()
        return fee_id

    def update_fee(self, fee: Fee) -> None:
        self.repo.update_fee(self.case_id, fee)
        self._reload()

    def delete_fee(self, fee_id: int) -> None:
        self.repo.delete_fee(self.case_id, fee_id)
        self._reload()

    # -- evidence -------------------------------------------------------------
    def update_evidence(self, evidence_id: int, **changes) -> None:
        self.evidence.update(evidence_id, **changes)
        self._reload()

    def remove_evidence(self, evidence_id: int) -> None:
        self.evidence.remove(self.case_id, evidence_id)
        self._reload()

    def restore_evidence(self, evidence_id: int) -> None:
        self.evidence.restore(self.case_id, evidence_id)
        self._reload()
