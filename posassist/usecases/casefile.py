"""The case file as a whole: open it, back it up, restore it, check it, delete a case.

Called the same way by the window and the command line. Every function raises only the
typed errors of posassist.store.problems, each naming the file (`error.path`) and
saying what is wrong (`error.code`, worded by the front end; `error.detail` for the log):

- `DamagedCaseFile(path, code, detail)`, code a `Damage`: "empty", "not_a_database",
  "truncated", "malformed", "integrity", "foreign". The file was not changed; the
  window offers `newest_good_backup` + `restore`, `start_new_case_file`, or quit.
- `NewerSchemaError(path, unknown)` (code "newer_format"): a newer app wrote it;
  left untouched; not damage.
- `CaseFileUnavailable(path, reason, detail)`, reason an `Unavailable`: "read_only",
  "disk_full", "cannot_open", "io_error", "locked", "is_open". The file stays intact.
- `BackupFailed(path, "exists" | "copy_damaged")`, `BackupCancelled`.
All but BackupCancelled are `CaseFileProblem`s; catch that in a front end. Errors of
the repositories (an edit on a full disk) are raw sqlite3 errors still: wrap those use
cases in `posassist.store.problems.typed_errors(path)`.

API
    open_case_file(path) -> CaseFile           inspects (integrity_check, untouched; about
                                               0.4-1 s per GB: call it off the GUI thread),
                                               then opens, backs up before migrating,
                                               migrates; creates a missing file whole
    CaseFile.db / .cases / .evidence           the connection and repositories (one
                                               thread: a worker opens its own CaseFile)
    CaseFile.backup(out=None, progress=, cancelled=) -> BackupInfo
                                               to `out`, or a rolling one in backups/
    CaseFile.backup_if_stale(max_age=1 day) -> BackupInfo | None   at start-up
    CaseFile.list_backups() / list_backups(path) -> [BackupInfo]   newest first: date,
                                               cases, evidence, format_version, problem
    CaseFile.check_store(progress, cancelled) -> StoreReport       integrity_check and
                                               every original re-hashed; damage is
                                               written to the case's history
    CaseFile.delete_case(case_id) -> Deletion  a backup first, then the deletion
    CaseFile.deletions() -> [Deletion]         the record of deleted cases
    CaseFile.close()
    restore(path, backup_file) -> Restored     the app's CaseFile closed first; the
                                               backup checked (integrity, format); the
                                               current file moved to set-aside/
    newest_good_backup(path) -> BackupInfo | None
    start_new_case_file(path) -> (set-aside path, CaseFile)   the damaged one moved aside
    inspect(path, check="quick") -> Facts | None              read-only look at a file
    make_private(data_dir)                     at start-up: umask 077, modes fixed
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from posassist.domain.case import Case
from posassist.store.backups import (
    BackupCancelled,
    BackupFailed,
    BackupInfo,
    Cancelled,
    Progress,
    describe,
    is_stale,
    last_backup_time,
    take_backup,
)
from posassist.store.backups import list_backups as _list_backups
from posassist.store.cases import CaseRepository, SettingsRepository, UnknownCase
from posassist.store.database import open_database
from posassist.store.deletion import Deletion
from posassist.store.deletion import delete_case as _delete_case
from posassist.store.deletion import deletions as _deletions
from posassist.store.evidence import EvidenceRepository
from posassist.store.inspect import Check, Facts, inspect_case_file
from posassist.store.private import make_private
from posassist.store.problems import (
    CaseFileProblem,
    CaseFileUnavailable,
    Damage,
    DamagedCaseFile,
    NewerSchemaError,
    Unavailable,
    typed_errors,
)
from posassist.store.restore import Restored, newest_good_backup, set_aside
from posassist.store.restore import restore as _restore
from posassist.store.sanity import StoreReport
from posassist.store.sanity import check_store as _check_store

DAY = dt.timedelta(days=1)


class CaseFile:
    """An open case file; use it on the thread that opened it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.db = open_database(self.path)
        self.cases = CaseRepository(self.db)
        self.evidence = EvidenceRepository(self.db)
        self.settings = SettingsRepository(self.db)

    def load(self, case_id: int) -> Case:
        """Raises UnknownCase."""
        return self.cases.load(case_id)

    def create_case(self, basics: dict[str, Any]) -> int:
        """A new case with its basics (shop_name, provider, terminal_type, reason)."""
        with typed_errors(self.path):
            return self.cases.create(basics)

    def add_demo_case(self, with_evidence: bool = False) -> int:
        """The sample case; `with_evidence`: with sample records for its letters to cite."""
        from posassist.usecases.demo import add_demo_case, add_demo_evidence

        with typed_errors(self.path):
            case_id = add_demo_case(self.cases)
            if with_evidence:
                add_demo_evidence(self.db, case_id)
            return case_id

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(
        self,
        out: Path | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BackupInfo:
        with typed_errors(self.path):
            written = take_backup(
                self.db.conn, self.path, out, progress=progress, cancelled=cancelled
            )
            return describe(written)

    def backup_if_stale(self, max_age: dt.timedelta = DAY) -> BackupInfo | None:
        """A rolling backup when the newest is older than `max_age` (or there is none)."""
        if not is_stale(self.path, max_age):
            return None
        return self.backup()

    def backup_if_changed(self) -> BackupInfo | None:
        return backup_if_changed(self.db, self.path)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.path)

    def check_store(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StoreReport:
        with typed_errors(self.path):
            return _check_store(self.db, progress, cancelled)

    def delete_case(self, case_id: int, *, backup_first: bool = True) -> Deletion:
        """Delete a case created by mistake; a rolling backup is taken first, so even a
        mistaken deletion can be undone by a restore."""
        with typed_errors(self.path):
            if case_id not in self.cases.ids():
                raise UnknownCase(case_id)
            if backup_first:
                self.backup()
            return _delete_case(self.db, case_id)

    def deletions(self) -> list[Deletion]:
        with typed_errors(self.path):
            return _deletions(self.db)


def backup_if_changed(db: Any, path: Path) -> BackupInfo | None:
    """A rolling backup unless the newest one is younger than the last change to any
    case (so exporting twice in a row backs up once); the export's use case calls it."""
    last = last_backup_time(Path(path))
    changed = CaseRepository(db).last_change()
    if last is not None and (changed is None or changed < last):
        return None
    with typed_errors(Path(path)):
        return describe(take_backup(db.conn, Path(path)))


def open_case_file(path: Path) -> CaseFile:
    return CaseFile(path)


def list_backups(path: Path) -> list[BackupInfo]:
    with typed_errors(Path(path)):
        return _list_backups(Path(path))


def restore(path: Path, backup_file: Path) -> Restored:
    with typed_errors(Path(path)):
        return _restore(Path(path), Path(backup_file))


def start_new_case_file(path: Path) -> tuple[Path | None, CaseFile]:
    """Move the (damaged) case file aside, never deleting it, and start a new one."""
    aside = set_aside(Path(path), "damaged")
    return aside, CaseFile(path)


def inspect(path: Path, check: Check = "quick") -> Facts | None:
    return inspect_case_file(Path(path), check=check)


__all__ = [
    "DAY",
    "BackupCancelled",
    "BackupFailed",
    "BackupInfo",
    "CaseFile",
    "CaseFileProblem",
    "CaseFileUnavailable",
    "Damage",
    "DamagedCaseFile",
    "Deletion",
    "Facts",
    "NewerSchemaError",
    "Restored",
    "StoreReport",
    "Unavailable",
    "inspect",
    "list_backups",
    "make_private",
    "newest_good_backup",
    "open_case_file",
    "restore",
    "start_new_case_file",
]
