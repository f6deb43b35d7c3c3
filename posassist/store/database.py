"""Opening the case file: refuse files from a newer app, back up, migrate, set pragmas."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from posassist.store.migrations import MIGRATION_SET, migrations

DB_FILENAME = "posassist.sqlite3"


class NewerSchemaError(RuntimeError):
    """The file was written by a newer POS Assist; this one must not touch it."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(f"{path}: unknown schema steps {', '.join(unknown)}")
        self.path = path
        self.unknown = unknown


class CaseFileDatabase(Database):
    """sqlite-utils' Database whose outermost `atomic()` block begins IMMEDIATE.

    The window, the import worker and the thumbnail maker each hold a connection. A
    deferred transaction that reads and then writes fails at once with "database is
    locked" when another connection committed in between; an immediate one takes the
    write lock first and waits its turn (the busy timeout) instead.
    """

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


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=10)
    # Plugins are never used; loading them costs start-up time.
    return CaseFileDatabase(conn, execute_plugins=False)


def _applied_names(db: Database) -> list[str]:
    if not db["_sqlite_migrations"].exists():
        return []
    return [a.name for a in migrations.applied(db)]


def _backup(db: Database, path: Path, applied: list[str]) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{len(applied) + 1:03d}-{stamp}{path.suffix}")
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)  # consistent even with a WAL in flight
    finally:
        copy.close()
    return target


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the case file at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = _connect(path)
    try:
        applied = _applied_names(db)
        known = {m.name for m in migrations._migrations}
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise NewerSchemaError(path, unknown)
        # Pragmas only after the check: a newer file is left byte-for-byte untouched.
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives a power cut, which is the promise of "no Save button".
        db.execute("PRAGMA synchronous = FULL")
        if migrations.pending(db):
            if existed and applied:
                _backup(db, path, applied)
            migrations.apply(db)
    except BaseException:
        db.close()
        raise
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
    "NewerSchemaError",
    "database_file",
    "open_database",
    "schema_steps",
]
