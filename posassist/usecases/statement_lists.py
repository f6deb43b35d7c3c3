"""What the window shows of a case's statements: the files imported, the current findings,
and the column mappings the owner chose, remembered per provider.

    overview = statement_overview(db_path, case_id)   # on a worker: its own connection
    mapping = remembered_mapping(settings, "provider", "某支付")
    remember_mapping(settings, "provider", "某支付", mapping)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from posassist.domain.settlement import Finding
from posassist.domain.statement import Mapping

MAPPING_KEY = "statement_mapping"  # settings key prefix: + ":" + source + ":" + provider


@dataclass(frozen=True)
class StatementInfo:
    id: int
    evidence_id: int
    name: str
    source: str  # 'provider' or 'bank'
    first_date: dt.date | None
    last_date: dt.date | None
    rows_read: int
    rows_added: int
    rows_bad: int
    masked_count: int


@dataclass
class StatementOverview:
    statements: list[StatementInfo] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # current ones (not gone)

    def names(self) -> dict[int, str]:
        """Statement id -> its file name (a finding's rows name statements by id)."""
        return {s.id: s.name for s in self.statements}


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def statement_overview(db_path: Path, case_id: int) -> StatementOverview:
    """The case's statements and its current findings, read on a connection of its own
    (call it off the window's thread: a case may have many findings)."""
    from posassist.store.database import open_database
    from posassist.store.statements import StatementRepository

    db = open_database(Path(db_path))
    try:
        repo = StatementRepository(db)
        statements = [
            StatementInfo(
                int(r["id"]),
                int(r["evidence_id"]),
                str(r["original_name"]),
                str(r["source"]),
                _day(r["first_date"]),
                _day(r["last_date"]),
                int(r["rows_read"]),
                int(r["rows_added"]),
                int(r["rows_bad"]),
                int(r["masked_count"]),
            )
            for r in repo.list(case_id)
        ]
        return StatementOverview(statements, repo.findings(case_id, include_gone=False))
    finally:
        db.close()


class Settings(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


def mapping_key(source: str, provider: str) -> str:
    return f"{MAPPING_KEY}:{source}:{provider.strip()}"


def remembered_mapping(settings: Settings, source: str, provider: str) -> Mapping | None:
    """The columns the owner chose last time for this provider's (or bank's) files."""
    raw = settings.get(mapping_key(source, provider))
    if not raw:
        return None
    with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
        data: Any = json.loads(raw)
        return Mapping.from_dict(data)
    return None  # a damaged entry: the owner chooses again


def remember_mapping(settings: Settings, source: str, provider: str, mapping: Mapping) -> None:
    settings.set(mapping_key(source, provider), json.dumps(mapping.as_dict(), ensure_ascii=False))


FEE_KEY = "finding_fee"  # settings key prefix: + ":" + case id + ":" + finding id


def fee_of_finding(settings: Settings, case_id: int, finding_id: int) -> int | None:
    """The fee-list entry a finding was taken into (None: not taken, or never was)."""
    raw = settings.get(f"{FEE_KEY}:{case_id}:{finding_id}")
    return int(raw) if raw and raw.isdigit() else None


def link_fee(settings: Settings, case_id: int, finding_id: int, fee_id: int) -> None:
    settings.set(f"{FEE_KEY}:{case_id}:{finding_id}", str(fee_id))


def import_for_window(
    db_path: Path,
    case_id: int,
    file: Path,
    source: str,
    mapping: Mapping | None,
    accept_bad_rows: bool,
    max_bytes: int,
    progress: Any = None,
    cancelled: Any = None,
) -> tuple[Any, StatementOverview | None]:
    """usecases.statements.import_statement, then what the window shows: the report
    without its rows (only the preview goes on to the window) and, when the file was
    stored, the case's new overview. Raises Cancelled as import_statement does."""
    from posassist.usecases.statements import import_statement

    report = import_statement(
        db_path,
        case_id,
        file,
        source,
        mapping=mapping,
        accept_bad_rows=accept_bad_rows,
        progress=progress,
        cancelled=cancelled,
        max_bytes=max_bytes,
    )
    if report.parsed is not None:
        report.parsed.rows = []
        report.parsed.masked_bytes = b""
    stored = report.outcome != "refused"
    return report, (statement_overview(db_path, case_id) if stored else None)


def refresh_for_window(
    db_path: Path,
    case_id: int,
    notes: list[tuple[int, str]],
    check: bool,
    progress: Any = None,
    cancelled: Any = None,
) -> StatementOverview:
    """The owner's explanations stored (explain_finding), the check run again if asked
    (check_case), then the overview read."""
    from posassist.usecases.statements import check_case, explain_finding

    for finding_id, note in notes:
        explain_finding(db_path, case_id, finding_id, note)
    if check:
        check_case(db_path, case_id)
    return statement_overview(db_path, case_id)
