"""The statements panel's work: one try at importing one file (`Attempt`), as work for
a ui.runner.Runner, and what it needs of the open case (the size limit, the name the
owner's column choice is remembered under)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posassist.domain.statement import Mapping
from posassist.ui.session import CaseSession
from posassist.ui.statement_state import collector_paused
from posassist.usecases.cases import SettingsRepository


@dataclass
class Attempt:
    """One try at importing one file (a file may take several: mapping, bad rows)."""

    path: Path
    source: str
    mapping: Mapping | None = None
    accept_bad_rows: bool = False
    tried_remembered: bool = False
    chosen_now: bool = False  # the mapping comes from the dialog just now


def import_work(db_path: Path, case_id: int, attempt: Attempt, max_bytes: int):
    """The import as work for a Runner: (ImportReport, StatementOverview | None), or None
    when the owner cancelled before the rows were stored."""

    def work(progress: Any, cancelled: Any):
        from posassist.usecases.statement_lists import import_for_window
        from posassist.usecases.statements import Cancelled

        try:
            with collector_paused():
                return import_for_window(
                    db_path,
                    case_id,
                    attempt.path,
                    attempt.source,
                    attempt.mapping,
                    attempt.accept_bad_rows,
                    max_bytes,
                    progress=progress,
                    cancelled=cancelled,
                )
        except Cancelled:
            return None

    return work


def provider_name(session: CaseSession, source: str) -> str:
    """Whose layout a mapping is remembered for: the provider, or the shop's bank."""
    key = "provider" if source == "provider" else "bank_name"
    return str(session.case.values.get(key) or "")


def settings_of(session: CaseSession) -> SettingsRepository:
    return SettingsRepository(session.repo.db)


def max_bytes(session: CaseSession) -> int:
    """The size limit for attached files (Settings), which statements share."""
    from posassist.domain.evidence import DEFAULT_MAX_BYTES
    from posassist.ui.settings_dialog import MAX_EVIDENCE_KEY

    megabytes = settings_of(session).get(MAX_EVIDENCE_KEY)
    return int(float(megabytes) * 1024 * 1024) if megabytes else DEFAULT_MAX_BYTES
