"""Looking at a case file before trusting it, without changing a byte of it.

How the file stays untouched:
- The header is read with plain `open(..., "rb")`.
- With no WAL beside the file (or an empty one) SQLite is told the file is `immutable=1`:
  it then takes no locks, creates no -wal, -shm or -journal, and never writes. (A plain
  `mode=ro` connection creates an empty -wal and fails with "disk I/O error" when a stale
  -shm is left from a crash: measured.)
- With a non-empty WAL, committed edits may live only there, so the file is read through
  it with `mode=ro`: a read-only connection never checkpoints (no WAL replay onto the
  file) and never deletes or truncates the WAL. SQLite may create the -shm index beside
  them, which holds no data and is rebuilt from the WAL by whoever opens it next.
- `immutable=1` is a promise that nobody writes meanwhile; when another program does
  (the window, while a command starts) a checkpoint can tear that view. So when a read
  fails and the file or its WAL changed during it, it is read again with `mode=ro`,
  locked and through the WAL, before anything is called damage.
- A hot rollback journal (-journal, a file in the older journal mode killed mid-write)
  must be rolled back before the file can be read, and rolling back writes: so a
  private copy of the two is inspected instead, in a temporary folder.
- Nothing here runs a migration, sets a pragma that writes (journal_mode), or creates
  the file when it is missing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from posassist.store.migrations import KNOWN, MIGRATION_SET
from posassist.store.problems import (
    CaseFileProblem,
    CaseFileUnavailable,
    Damage,
    DamagedCaseFile,
    NewerSchemaError,
    Unavailable,
    from_os,
    from_sqlite,
)

MAGIC = b"SQLite format 3\x00"
HEADER = 100
_SHOWN = 5  # integrity messages kept in the detail
Check = Literal["none", "quick", "full"]


@dataclass(frozen=True)
class Facts:
    """What a sound case file holds (shown for backups before a restore)."""

    steps: tuple[str, ...]  # schema steps applied: the file's format
    cases: int
    evidence: int  # evidence items in the cases (not those removed)

    @property
    def format_version(self) -> int:
        return len(self.steps)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check_header(path: Path, size: int, wal: bool) -> None:
    with open(path, "rb") as f:
        head = f.read(HEADER)
    if head[: len(MAGIC)] != MAGIC[: len(head)]:
        raise DamagedCaseFile(path, Damage.NOT_A_DATABASE, "no SQLite header")
    if len(head) < HEADER:
        raise DamagedCaseFile(path, Damage.TRUNCATED, f"{size} bytes, shorter than its header")
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedCaseFile(path, Damage.NOT_A_DATABASE, f"page size {page_size}")
    if wal:  # the WAL may hold pages beyond the file's end: SQLite checks below
        return
    changes, pages = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if size % page_size:
        raise DamagedCaseFile(
            path, Damage.TRUNCATED, f"{size} bytes is not a whole number of {page_size}-byte pages"
        )
    if valid_for == changes and pages and size < pages * page_size:
        raise DamagedCaseFile(
            path, Damage.TRUNCATED, f"{size} bytes; its header says {pages * page_size}"
        )


def _connect_read_only(path: Path, wal: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if wal else "?immutable=1")
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    # Defensive for a foreign file: its views and triggers run no functions here.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def _integrity(conn: sqlite3.Connection, path: Path, check: Check) -> None:
    if check == "none":
        return
    pragma = "integrity_check" if check == "full" else "quick_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({_SHOWN})")]
    if rows != ["ok"]:
        raise DamagedCaseFile(path, Damage.INTEGRITY, f"{pragma}: " + "; ".join(rows))


def _facts(conn: sqlite3.Connection, path: Path) -> Facts:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    steps: tuple[str, ...] = ()
    if "_sqlite_migrations" in tables:
        steps = tuple(
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                [MIGRATION_SET],
            )
        )
    unknown = [s for s in steps if s not in KNOWN]
    if unknown:
        raise NewerSchemaError(path, unknown)
    ours = tables - {"_sqlite_migrations", "sqlite_sequence", "sqlite_stat1"}
    if ours and not steps:
        raise DamagedCaseFile(path, Damage.FOREIGN, "tables " + ", ".join(sorted(ours)[:5]))
    cases = evidence = 0
    if "cases" in tables:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    if "evidence" in tables:
        evidence = conn.execute(
            "SELECT count(*) FROM evidence WHERE removed_at IS NULL"
        ).fetchone()[0]
    return Facts(steps, cases, evidence)


def _state(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and time of the file and its WAL: whether a writer changed them meanwhile."""
    found = []
    for p in (path, wal_path(path)):
        try:
            st = p.stat()
            found.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            found.append(None)
    return tuple(found)


def _inspect(path: Path, check: Check, wal: bool) -> Facts:
    conn = _connect_read_only(path, wal)
    try:
        _integrity(conn, path, check)
        return _facts(conn, path)
    finally:
        conn.close()


def _inspect_rolled_back_copy(path: Path, check: Check) -> Facts:
    """Inspect a copy of the file and its hot journal, rolled back there (see above)."""
    with tempfile.TemporaryDirectory(prefix="posassist-inspect-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal_path(path), journal_path(copy))
        conn = sqlite3.connect(copy)  # reading rolls the journal back, in the copy
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        try:
            return _inspect(copy, check, wal=False)
        except NewerSchemaError as problem:  # named after the real file, not the copy
            raise NewerSchemaError(path, problem.unknown) from None
        except DamagedCaseFile as problem:
            raise DamagedCaseFile(path, problem.code, problem.detail) from None


def inspect_case_file(path: Path, *, check: Check = "quick") -> Facts | None:
    """The facts of the case file at `path`, or None when there is no file there.

    Raises DamagedCaseFile (see Damage), NewerSchemaError or CaseFileUnavailable, each
    naming the file. `check`: "quick" runs `PRAGMA quick_check`, "full" runs
    `integrity_check` (index contents too), both reading every page, blob pages
    included; "none" reads only the header, the schema and two counts.
    """
    path = Path(path)
    try:
        if not path.exists():
            return None
        if path.is_dir():
            raise CaseFileUnavailable(path, Unavailable.CANNOT_OPEN, "a folder, not a file")
        before = _state(path)
        size = path.stat().st_size
        wal = _size(wal_path(path)) > 0
        if size == 0 and not wal:
            # A new case file is created whole (database.create_case_file), so an
            # empty one is something gone wrong: never silently replaced.
            raise DamagedCaseFile(path, Damage.EMPTY, "0 bytes")
        try:
            if size:
                _check_header(path, size, wal)
            if not wal and _size(journal_path(path)) > 0:
                return _inspect_rolled_back_copy(path, check)
            return _inspect(path, check, wal)
        except (DamagedCaseFile, sqlite3.DatabaseError):
            if _state(path) == before:
                raise
            # Another program wrote to it while an immutable read was under way (its
            # WAL was empty, then a checkpoint moved pages): a torn view, not damage.
            # It has the file open, so a locked read through its WAL is the right one.
            return _inspect(path, check, wal=True)
    except CaseFileProblem:
        raise
    except sqlite3.Error as error:
        raise from_sqlite(path, error) from error
    except OSError as error:
        raise from_os(path, error) from error


def check_case_file(path: Path, *, check: Check = "quick") -> CaseFileProblem | None:
    """The problem of the file at `path` (None when sound or absent)."""
    try:
        inspect_case_file(path, check=check)
    except CaseFileProblem as problem:
        return problem
    return None


def file_key(path: Path) -> tuple[int, int] | None:
    """Identity of the file now at `path` (a restore or a move puts another one there)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)
