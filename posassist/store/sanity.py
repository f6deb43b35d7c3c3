"""Re-checking the stored originals, like Paperless-ngx's sanity checker.

`PRAGMA integrity_check` proves the pages hang together, not that a photo's bytes are
still the bytes that came in: a flipped bit inside a blob passes it. So every stored
original is read again (incremental blob I/O, in 1 MiB pieces) and hashed against the
SHA-256 it is stored under. A mismatch is named by case, evidence number and file
name, and written to that case's history (once per finding: a weekly check repeats no
line already there).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from posassist.domain.history import Event
from posassist.store.history import log_event

CHUNK = 1 << 20

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class DamagedOriginal:
    case_id: int
    evidence_id: int  # the evidence number shown to the owner
    original_name: str
    sha256: str  # what it was stored under
    found: str  # the SHA-256 of what is there now, or "missing"

    def __str__(self) -> str:
        return (
            f"case {self.case_id}, evidence {self.evidence_id} ({self.original_name}): "
            f"stored as sha256:{self.sha256}, now {self.found}"
        )


@dataclass
class StoreReport:
    integrity: list[str] = field(default_factory=list)  # ["ok"] when the pages are sound
    checked: int = 0  # stored originals re-hashed
    damaged: list[DamagedOriginal] = field(default_factory=list)
    unused: int = 0  # stored originals no evidence row refers to (harmless)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.damaged and not self.cancelled


class _Interrupted(Exception):
    pass


def _integrity(db: Database, cancelled: Cancelled | None) -> list[str]:
    if cancelled is not None:  # integrity_check of a large file takes seconds
        db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
    try:
        return [r[0] for r in db.execute("PRAGMA integrity_check(20)")]
    except sqlite3.OperationalError as error:
        if cancelled is not None and cancelled():
            raise _Interrupted from error
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def _hash(db: Database, rowid: int, cancelled: Cancelled | None) -> str:
    digest = hashlib.sha256()
    with db.conn.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while piece := blob.read(CHUNK):
            digest.update(piece)
            if cancelled is not None and cancelled():
                raise _Interrupted
    return digest.hexdigest()


def _record(db: Database, damaged: list[DamagedOriginal]) -> None:
    with db.atomic():
        for d in damaged:
            detail = f"{d.original_name} sha256:{d.sha256} found:{d.found}"
            seen = db.execute(
                "SELECT 1 FROM history WHERE case_id = ? AND event = ? AND subject = ? "
                "AND detail = ?",
                [d.case_id, Event.EVIDENCE_DAMAGED.value, str(d.evidence_id), detail],
            ).fetchone()
            if seen is None:
                log_event(db, d.case_id, Event.EVIDENCE_DAMAGED, str(d.evidence_id), detail)


def check_store(
    db: Database,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    record: bool = True,
) -> StoreReport:
    """integrity_check, then every stored original re-hashed; progress(done, total)
    counts the integrity check as one step and each original as one."""
    report = StoreReport()
    blobs = db.execute("SELECT rowid, sha256 FROM blobs ORDER BY rowid").fetchall()
    total = len(blobs) + 1
    users: dict[str, list[tuple[int, int, str]]] = {}
    for sha256, case_id, evidence_id, name in db.execute(
        "SELECT sha256, case_id, id, original_name FROM evidence ORDER BY case_id, id"
    ):
        users.setdefault(sha256, []).append((case_id, evidence_id, name))
    try:
        report.integrity = _integrity(db, cancelled)
        if progress is not None:
            progress(1, total)
        for done, (rowid, sha256) in enumerate(blobs, start=2):
            found = _hash(db, rowid, cancelled)
            report.checked += 1
            if found != sha256:
                for case_id, evidence_id, name in users.get(sha256, []):
                    report.damaged.append(
                        DamagedOriginal(case_id, evidence_id, name, sha256, found)
                    )
            if sha256 not in users:
                report.unused += 1
            if progress is not None:
                progress(done, total)
    except _Interrupted:
        report.cancelled = True
    stored = {sha256 for _r, sha256 in blobs}
    for sha256, uses in users.items():  # a row whose bytes are gone (foreign keys forbid it)
        if sha256 not in stored:
            report.damaged += [DamagedOriginal(c, e, n, sha256, "missing") for c, e, n in uses]
    if record and report.damaged:
        _record(db, report.damaged)
    return report
