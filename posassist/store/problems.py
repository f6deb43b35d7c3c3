"""What can be wrong with a case file, as typed errors the front ends word for the owner.

Every front end catches `CaseFileProblem` (or one of its kinds) and shows its `code`
in words (posassist.words); `str(error)` is for the log and names the file. No
sqlite3 exception leaves the store's opening, backup or restore code: `from_sqlite`
turns them into one of these.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path


class Damage(StrEnum):
    """Why a case file cannot be trusted (`DamagedCaseFile.code`)."""

    EMPTY = "empty"  # zero bytes: never replaced by a new, empty case file
    NOT_A_DATABASE = "not_a_database"  # not an SQLite file at all
    TRUNCATED = "truncated"  # shorter than its own header says
    MALFORMED = "malformed"  # SQLite cannot read its pages ("disk image is malformed")
    INTEGRITY = "integrity"  # PRAGMA quick_check / integrity_check found damage
    FOREIGN = "foreign"  # an SQLite file, but not a POS Assist case file
    NEWER_FORMAT = "newer_format"  # written by a newer POS Assist (NewerSchemaError)


class Unavailable(StrEnum):
    """Why a case file cannot be opened or written though it may be fine
    (`CaseFileUnavailable.reason`)."""

    READ_ONLY = "read_only"  # the folder or the file may not be written
    DISK_FULL = "disk_full"  # no space left, or a file-size limit reached
    CANNOT_OPEN = "cannot_open"  # the folder is missing, is a file, or similar
    IO_ERROR = "io_error"  # the disk reported an error
    LOCKED = "locked"  # another program held the file longer than the busy timeout
    IS_OPEN = "is_open"  # restore needs the app's file closed


class CaseFileProblem(RuntimeError):
    """Base of every typed case-file error: `path` is the file, `code` says what."""

    def __init__(self, path: Path, code: str, detail: str = "") -> None:
        self.path = Path(path)
        self.code = code
        self.detail = detail
        super().__init__(f"{self.path}: {code}" + (f" ({detail})" if detail else ""))


class DamagedCaseFile(CaseFileProblem):
    """The file is not a readable, whole POS Assist case file; it was left untouched."""

    def __init__(self, path: Path, code: Damage, detail: str = "") -> None:
        super().__init__(path, code, detail)
        self.code: Damage = code


class NewerSchemaError(CaseFileProblem):
    """The file was written by a newer POS Assist; this one must not touch it.

    Not damage: the file is fine for the newer app, so the window must not offer to put
    it aside; hence not a DamagedCaseFile (its code is still Damage.NEWER_FORMAT).
    """

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(path, Damage.NEWER_FORMAT, f"unknown schema steps {', '.join(unknown)}")
        self.unknown = unknown


class CaseFileUnavailable(CaseFileProblem):
    """The file could not be opened or written (folder, disk, permissions)."""

    def __init__(self, path: Path, reason: Unavailable, detail: str = "") -> None:
        super().__init__(path, reason, detail)
        self.code: Unavailable = reason

    @property
    def reason(self) -> Unavailable:
        return self.code


# SQLite's primary result codes (the low byte of sqlite_errorcode).
_UNAVAILABLE = {
    3: Unavailable.READ_ONLY,  # SQLITE_PERM
    5: Unavailable.LOCKED,  # SQLITE_BUSY
    6: Unavailable.LOCKED,  # SQLITE_LOCKED
    8: Unavailable.READ_ONLY,  # SQLITE_READONLY
    10: Unavailable.IO_ERROR,  # SQLITE_IOERR
    13: Unavailable.DISK_FULL,  # SQLITE_FULL
    14: Unavailable.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: Unavailable.READ_ONLY,  # SQLITE_AUTH
}
_DAMAGE = {11: Damage.MALFORMED, 26: Damage.NOT_A_DATABASE}  # SQLITE_CORRUPT, _NOTADB
_OS_UNAVAILABLE = {
    errno.EACCES: Unavailable.READ_ONLY,
    errno.EPERM: Unavailable.READ_ONLY,
    errno.EROFS: Unavailable.READ_ONLY,
    errno.ENOSPC: Unavailable.DISK_FULL,
    errno.EFBIG: Unavailable.DISK_FULL,
    errno.EDQUOT: Unavailable.DISK_FULL,
    errno.EIO: Unavailable.IO_ERROR,
}


def _no_room(path: Path) -> bool:
    """A write error where a full disk or a file-size limit is the likely cause: SQLite
    reports EFBIG (RLIMIT_FSIZE, FAT's 4 GB) as an I/O error, only ENOSPC as "full"."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
            return True
    with contextlib.suppress(OSError):
        folder = next((p for p in [path, *path.parents] if p.exists()), None)
        if folder is not None:
            import shutil

            return shutil.disk_usage(folder).free < 16 * 1024 * 1024
    return False


def _folder_read_only(path: Path) -> bool:
    folder = path.parent
    return folder.is_dir() and not os.access(folder, os.W_OK)


def from_sqlite(path: Path, error: sqlite3.Error) -> CaseFileProblem:
    """The typed error for an sqlite3 exception met while using the file at `path`."""
    detail = str(error)
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGE:
        return DamagedCaseFile(path, _DAMAGE[primary], detail)
    # An IOERR while writing is often a full disk or a file-size limit: say which.
    if primary == 10 and ("full" in detail or _no_room(path)):
        return CaseFileUnavailable(path, Unavailable.DISK_FULL, detail)
    if primary in (14, 8) and _folder_read_only(path):
        return CaseFileUnavailable(path, Unavailable.READ_ONLY, detail)
    if primary in _UNAVAILABLE:
        return CaseFileUnavailable(path, _UNAVAILABLE[primary], detail)
    if isinstance(error, sqlite3.DatabaseError) and "malformed" in detail:
        return DamagedCaseFile(path, Damage.MALFORMED, detail)
    return CaseFileUnavailable(path, Unavailable.IO_ERROR, detail)


def from_os(path: Path, error: OSError) -> CaseFileUnavailable:
    """The typed error for a failed file operation (mkdir, rename, write) on `path`."""
    reason = _OS_UNAVAILABLE.get(error.errno or 0, Unavailable.CANNOT_OPEN)
    return CaseFileUnavailable(
        path, reason, f"{error.strerror or error} ({error.filename or path})"
    )


def typed(path: Path, error: BaseException) -> BaseException:
    """`error` as a CaseFileProblem when it is an sqlite3 or OS error, else itself."""
    if isinstance(error, CaseFileProblem):
        return error
    if isinstance(error, sqlite3.Error):
        return from_sqlite(path, error)
    if isinstance(error, OSError):
        return from_os(path, error)
    return error


@contextlib.contextmanager
def typed_errors(path: Path) -> Iterator[None]:
    """Inside: sqlite3 and OS errors come out as CaseFileProblem naming `path`."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise typed(path, error) from error
