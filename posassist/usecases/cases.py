"""The cases in the case file, for the window and the command line: the open case file
(usecases.casefile.CaseFile: one connection of the thread that opened it and the store's
repositories over it), the repositories' names for the window's type hints, and what a
storage error means for the owner. The front ends reach the store only through here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from posassist.store.cases import CaseRepository, SettingsRepository, UnknownCase
from posassist.store.database import database_file
from posassist.store.evidence import EvidenceRepository
from posassist.usecases.casefile import CaseFile, NewerSchemaError, open_case_file

if TYPE_CHECKING:  # sqlite_utils is the store's; imported through it
    from sqlite_utils import Database

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


def file_of(db: Database) -> Path:
    """The case file an open connection works on (a worker opens its own)."""
    return database_file(db)


def storage_problem(error: BaseException) -> str | None:
    """What an error from the case file means for the owner, as a code the front ends
    word (words.messages.storage_problem): the store's typed errors give their own code
    (usecases.casefile: Damage and Unavailable); raw errors read_only, disk_full,
    io_error, cannot_open, malformed, locked; None for an error not about the case file."""
    import sqlite3

    from posassist.usecases.casefile import CaseFileProblem

    if isinstance(error, CaseFileProblem):
        return str(error.code)
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
        (("malformed", "not a database", "corrupt"), "malformed"),
        (("locked", "busy"), "locked"),
    ):
        if any(word in text for word in words):
            return code
    return "io_error" if isinstance(error, sqlite3.OperationalError) else None
