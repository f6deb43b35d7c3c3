"""Opening the case file: inspect it untouched, create a new one whole, back up, migrate,
set pragmas.

Every failure is a typed error naming the file (store/problems.py): DamagedCaseFile
(code: empty, not_a_database, truncated, malformed, integrity, foreign), NewerSchemaError,
CaseFileUnavailable (read_only, disk_full, cannot_open, io_error, locked); never a raw
sqlite3 or OS exception.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from sqlite_utils import Database

from posassist.store.backups import place, remove_stale_parts, write_backup
from posassist.store.inspect import file_key, inspect_case_file
from posassist.store.migrations import MIGRATION_SET, migrations
from posassist.store.problems import (
    CaseFileProblem,
    CaseFileUnavailable,
    DamagedCaseFile,
    NewerSchemaError,
    Unavailable,
    typed,
)

DB_FILENAME = "posassist.sqlite3"


class CaseFileDatabase(Database):
    """sqlite-utils' Database whose outermost `atomic()` block begins IMMEDIATE.

    The window, the import worker and the thumbnail maker each hold a connection. A
    deferred transaction that reads and then writes fails at once with "database is
    locked" when another connection committed in between; an immediate one takes the
    write lock first and waits its turn (the busy timeout) instead.
    """

    file_key: tuple[int, int] | None = None  # the file's identity when opened
    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with Database.atomic(self):
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


_open: weakref.WeakSet[CaseFileDatabase] = weakref.WeakSet()
_lock = threading.Lock()


def _connect(path: Path) -> CaseFileDatabase:
    conn = sqlite3.connect(str(path), timeout=10)
    # Plugins are never used; loading them costs start-up time.
    db = CaseFileDatabase(conn, execute_plugins=False)
    db.file_key = file_key(path)
    with _lock:
        _open.add(db)
    return db


def open_connections(path: Path) -> int:
    """How many connections this process (any thread) still has open on the file at
    `path`. Read from what was noted at opening: a connection may only be used on its
    own thread, so it is never asked."""
    key = file_key(path)
    if key is None:
        return 0
    with _lock:
        return sum(1 for db in _open if not db.closed and db.file_key == key)


def _backup(db: Database, path: Path, applied: list[str]) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{len(applied) + 1:03d}-{stamp}{path.suffix}")
    return write_backup(db.conn, target)  # the same checked copy as every backup


def _set_pragmas(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit survives a power cut, which is the promise of "no Save button".
    db.execute("PRAGMA synchronous = FULL")


def create_case_file(path: Path) -> None:
    """A new case file, built whole under a temporary name and then named `path`.

    So a case file is never seen half made: an empty or schema-less one at `path` is
    damage, not a new file (a kill during creation leaves only the hidden temporary).
    Does nothing when another process created it meanwhile.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.new")
    for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        db = _connect(temp)
        try:
            _set_pragmas(db)
            migrations.apply(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()  # the last connection folds the WAL into the file and deletes it
        with contextlib.suppress(FileExistsError):
            place(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _reraise_typed(path: Path, error: BaseException) -> NoReturn:
    problem = typed(path, error)
    if problem is error:  # already typed, or not the file's fault (a bug: as it is)
        raise error
    raise problem from error


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the case file at `path`.

    Raises DamagedCaseFile, NewerSchemaError or CaseFileUnavailable (see the module
    docstring); the file is left byte-for-byte untouched by the first two.
    """
    path = Path(path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for pattern in (f".{path.name}.*.new*", f".{path.name}.*.restore"):
            with contextlib.suppress(OSError):
                remove_stale_parts(path.parent, pattern)
        if not path.exists():
            create_case_file(path)
        # Checked page by page when this process opens it first. A worker's own
        # connection while the window holds one (import, thumbnails, export) is not
        # inspected at all: the file was checked when the first was opened, and reading
        # it outside SQLite would close a second descriptor of it, which drops every
        # POSIX lock this process holds on it (the window's) — another process closing
        # its connection then deletes the WAL under the window. A restored or replaced
        # file is another inode: checked anew.
        facts = None if open_connections(path) else inspect_case_file(path, check="full")
        # Every edit is saved at once: a file that cannot be written is refused now,
        # not at the first keystroke (the WAL's -wal and -shm need the folder too).
        for needed in (path, path.parent):
            if not os.access(needed, os.W_OK):
                raise CaseFileUnavailable(path, Unavailable.READ_ONLY, f"{needed} is read-only")
    except BaseException as error:
        _reraise_typed(path, error)
    db = _connect(path)
    try:
        # Pragmas only after the inspection: a refused file is left byte-for-byte untouched.
        _set_pragmas(db)
        if migrations.pending(db):
            if facts is not None and facts.steps:
                _backup(db, path, list(facts.steps))
            migrations.apply(db)
    except BaseException as error:
        db.close()
        _reraise_typed(path, error)
    return db


def database_file(db: Database) -> Path:
    """The file behind a connection (a worker thread opens its own connection to it)."""
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file)
    raise LookupError("no main database")


def schema_steps(db: Database) -> list[str]:
    return [a.name for a in migrations.applied(db)] if db["_sqlite_migrations"].exists() else []


__all__ = [
    "DB_FILENAME",
    "MIGRATION_SET",
    "CaseFileProblem",
    "CaseFileUnavailable",
    "DamagedCaseFile",
    "NewerSchemaError",
    "Unavailable",
    "create_case_file",
    "open_connections",
    "database_file",
    "open_database",
    "schema_steps",
]
