"""Opening the case file and the cases in it, for the window and the command line.

A `CaseFile` is one open connection (of the thread that opened it) and the store's
repositories over it; the front ends reach the store only through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from posassist.domain.case import Case
from posassist.store.cases import CaseRepository, SettingsRepository, UnknownCase
from posassist.store.database import NewerSchemaError, database_file, open_database
from posassist.store.evidence import EvidenceRepository

# The repositories are the store's API for one open case file; the window keeps them
# for its session (typed by these names) and never opens a database itself.
__all__ = [
    "CaseFile",
    "CaseRepository",
    "EvidenceRepository",
    "NewerSchemaError",
    "SettingsRepository",
    "UnknownCase",
    "file_of",
    "open_case_file",
]


@dataclass
class CaseFile:
    path: Path
    db: Database
    cases: CaseRepository
    settings: SettingsRepository

    def evidence(self) -> EvidenceRepository:
        return EvidenceRepository(self.db)

    def load(self, case_id: int) -> Case:
        """Raises UnknownCase."""
        return self.cases.load(case_id)

    def create_case(self, basics: dict[str, Any]) -> int:
        """A new case with its basics (shop_name, provider, terminal_type, reason)."""
        return self.cases.create(basics)

    def add_demo_case(self, with_evidence: bool = False) -> int:
        """The sample case; `with_evidence`: with sample records for its letters to cite."""
        from posassist.usecases.demo import add_demo_case, add_demo_evidence

        case_id = add_demo_case(self.cases)
        if with_evidence:
            add_demo_evidence(self.db, case_id)
        return case_id

    def close(self) -> None:
        self.db.close()


def open_case_file(path: Path) -> CaseFile:
    """Open (creating or upgrading it as needed) the case file at `path`.
    Raises NewerSchemaError and OSError/sqlite3 errors."""
    db = open_database(Path(path))
    return CaseFile(Path(path), db, CaseRepository(db), SettingsRepository(db))


def file_of(db: Database) -> Path:
    """The case file an open connection works on (a worker opens its own)."""
    return database_file(db)


def storage_problem(error: BaseException) -> str | None:
    """What an error from the case file means for the owner, as a code the front ends
    word (words.texts.storage_problem): read_only, disk_full, io_error, cannot_open,
    damaged, busy; None for an error that is not about the case file."""
    import sqlite3

    if isinstance(error, OSError):
        import errno

        return {
            errno.EROFS: "read_only",
            errno.EACCES: "read_only",
            errno.EPERM: "read_only",
            errno.ENOSPC: "disk_full",
            errno.EDQUOT: "disk_full",
            errno.EFBIG: "disk_full",
            errno.EIO: "io_error",
        }.get(error.errno or 0)
    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error).lower()
    for words, code in (
        (("readonly", "read-only", "read only"), "read_only"),
        (("disk is full", "database or disk is full"), "disk_full"),
        (("disk i/o error",), "io_error"),
        (("unable to open",), "cannot_open"),
        (("malformed", "not a database", "corrupt"), "damaged"),
        (("locked", "busy"), "busy"),
    ):
        if any(word in text for word in words):
            return code
    return "io_error" if isinstance(error, sqlite3.OperationalError) else None
