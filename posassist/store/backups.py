"""Backups of the case file: SQLite's online backup API, checked before they count.

A backup is written under a hidden temporary name in the destination's folder, switched
to the journal mode DELETE (one self-contained file), checked with `integrity_check`,
flushed to disk, and only then given its name, without replacing anything there: a
backup at its destination is always whole. Files are created 0600.

Rolling backups live in `backups/` beside the case file, named by their UTC time
(`posassist-20261207T011149Z.sqlite3`); `prune` keeps the last 10 and the newest of
each of the last 12 months. The copy taken before a migration (database.py) is written
by the same `write_backup`, beside the case file, and is never pruned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from posassist.store.inspect import Facts, inspect_case_file
from posassist.store.problems import CaseFileProblem, DamagedCaseFile, from_os, from_sqlite

BACKUP_DIR = "backups"
KEEP_LAST = 10
KEEP_MONTHS = 12
STALE_PART = dt.timedelta(days=1)
_STEP_PAGES = 16384  # 64 MB of 4 KiB pages between progress reports
_NAME = re.compile(r"^posassist-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite3$")
_BEFORE = re.compile(r"\.before-\d{3}-(\d{8}-\d{6})")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BackupCancelled(Exception):
    """The owner cancelled; nothing was left at the destination."""


class BackupFailed(CaseFileProblem):
    """code "exists": the destination is taken; "copy_damaged": the copy failed its
    integrity check (the case file itself is then suspect: run the store check)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # aware
    kind: str  # "rolling", "before_migration" or "other" (a file the owner chose)
    size: int
    facts: Facts | None = None  # None when `problem` says why it cannot be read
    problem: CaseFileProblem | None = None

    @property
    def cases(self) -> int | None:
        return self.facts.cases if self.facts else None

    @property
    def evidence(self) -> int | None:
        return self.facts.evidence if self.facts else None

    @property
    def format_version(self) -> int | None:
        return self.facts.format_version if self.facts else None


def backups_dir(case_path: Path) -> Path:
    return Path(case_path).parent / BACKUP_DIR


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def rolling_name(at: dt.datetime, n: int = 0) -> str:
    stamp = at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"posassist-{stamp}{f'-{n}' if n else ''}.sqlite3"


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place(temp: Path, target: Path) -> None:
    """Give the finished `temp` its name `target`, never replacing a file there."""
    try:
        os.link(temp, target)  # atomic, and fails when the name is taken
    except FileExistsError:
        raise
    except OSError:  # no hard links on this filesystem (FAT, some network shares)
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(temp, target)
    else:
        os.unlink(temp)
    _fsync_dir(target.parent)


def _part_name(target: Path) -> Path:
    # pid and thread: two backups at once never share a temporary file.
    return target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.part")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def remove_stale_parts(folder: Path, pattern: str = ".*.part*") -> list[Path]:
    """Temporary files of work killed part-way (a backup's `.part`, a new case file's
    `.new`, a restore's `.restore`): those whose process is gone, or a day old."""
    removed = []
    for part in folder.glob(pattern):
        match = re.search(r"\.(\d+)-\d+\.(?:part|new|restore)", part.name)
        with contextlib.suppress(OSError):
            age = dt.datetime.now().timestamp() - part.stat().st_mtime
            if not (match and _alive(int(match.group(1)))) or age > STALE_PART.total_seconds():
                part.unlink()
                removed.append(part)
    return removed


def write_backup(
    source: sqlite3.Connection,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Copy the database of `source` to `target` (which must not exist), checked.

    Raises BackupFailed, BackupCancelled, or CaseFileUnavailable (disk full, read-only).
    """
    target = Path(target)
    temp = _part_name(target)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if target.exists():
            raise BackupFailed(target, "exists", "a file of that name is already there")
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # our own pid's leftover
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        copy = sqlite3.connect(str(temp))
        try:
            _copy_pages(source, copy, progress, cancelled)
            copy.execute("PRAGMA journal_mode = DELETE")  # no -wal to carry along
            rows = [r[0] for r in copy.execute("PRAGMA integrity_check(5)")]
            if rows != ["ok"]:
                raise BackupFailed(target, "copy_damaged", "; ".join(rows))
        finally:
            copy.close()
        _fsync_file(temp)
        place(temp, target)
    except BaseException as error:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, FileExistsError):
            raise BackupFailed(target, "exists", "a file of that name is already there") from None
        if isinstance(error, sqlite3.Error):
            problem = from_sqlite(target, error)
            if isinstance(problem, DamagedCaseFile):  # the copy (or the case file) is torn
                raise BackupFailed(target, "copy_damaged", str(error)) from error
            raise problem from error
        if isinstance(error, OSError):
            raise from_os(target, error) from error
        raise
    return target


class _Stop(Exception):
    pass


def _copy_pages(
    source: sqlite3.Connection,
    copy: sqlite3.Connection,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    if progress is None and cancelled is None:
        # One step holds one read snapshot: never restarted by another connection's write.
        source.backup(copy)
        return

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise _Stop
        if progress is not None:
            progress(total - remaining, total)

    try:
        source.backup(copy, pages=_STEP_PAGES, progress=step)
    except _Stop:
        raise BackupCancelled from None


# -- rolling backups -------------------------------------------------------------
def _rolling_numbered(folder: Path) -> list[tuple[dt.datetime, int, Path]]:
    """Rolling backups with their number within the second, newest first."""
    found = []
    for path in folder.glob("posassist-*.sqlite3"):
        match = _NAME.match(path.name)
        if match:
            at = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            found.append((at, int(match.group(2) or 0), path))
    return sorted(found, reverse=True)


def _rolling(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Rolling backups, newest first (within one second: -2 after -1 after none)."""
    return [(at, path) for at, _n, path in _rolling_numbered(folder)]


def take_backup(
    source: sqlite3.Connection,
    case_path: Path,
    out: Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """A backup to `out`, or a rolling one in backups/ (then pruned)."""
    if out is not None:
        return write_backup(source, Path(out), progress=progress, cancelled=cancelled)
    folder = backups_dir(case_path)
    at = now or _utc_now()
    with contextlib.suppress(OSError):
        remove_stale_parts(folder)
    # Two backups in one second get -1, -2, ... after the highest there: never a number
    # freed by pruning, which would sort the new backup as the oldest of that second.
    taken = [n for t, n, _p in _rolling_numbered(folder) if t == at.replace(microsecond=0)]
    first = max(taken) + 1 if taken else 0
    for n in range(first, first + 100):
        target = folder / rolling_name(at, n)
        if target.exists():
            continue
        try:
            written = write_backup(source, target, progress=progress, cancelled=cancelled)
        except BackupFailed as error:
            if error.code == "exists":
                continue  # another process took that name just now
            raise
        prune(folder, now=at)
        return written
    raise BackupFailed(folder, "exists", "too many backups in one second")


def prune(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete rolling backups beyond the last 10 and the newest of each of 12 months."""
    now = now or _utc_now()
    backups = _rolling(folder)
    keep = {path for _at, path in backups[:KEEP_LAST]}
    months = set()
    for i in range(KEEP_MONTHS):
        y, m = divmod(now.year * 12 + now.month - 1 - i, 12)
        months.add((y, m + 1))
    newest_of_month: dict[tuple[int, int], Path] = {}
    for at, path in backups:  # newest first
        newest_of_month.setdefault((at.year, at.month), path)
    keep |= {p for month, p in newest_of_month.items() if month in months}
    removed = []
    for _at, path in backups:
        if path not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def last_backup_time(case_path: Path) -> dt.datetime | None:
    backups = _rolling(backups_dir(case_path))
    return backups[0][0] if backups else None


def is_stale(case_path: Path, max_age: dt.timedelta, now: dt.datetime | None = None) -> bool:
    last = last_backup_time(case_path)
    return last is None or (now or _utc_now()) - last >= max_age


def _taken_at(path: Path) -> tuple[dt.datetime, str]:
    match = _NAME.match(path.name)
    if match:
        at = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ")
        return at.replace(tzinfo=dt.UTC), "rolling"
    match = _BEFORE.search(path.name)
    if match:  # written in local time by the migration backup
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone(), (
            "before_migration"
        )
    return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone(), "other"


def describe(path: Path, *, check: bool = False) -> BackupInfo:
    """Date, kind, size and (read without changing it) cases, evidence and format.
    `check` also runs integrity_check (reads the whole file)."""
    path = Path(path)
    at, kind = _taken_at(path)
    size = path.stat().st_size
    try:
        facts = inspect_case_file(path, check="full" if check else "none")
    except CaseFileProblem as problem:
        return BackupInfo(path, at, kind, size, problem=problem)
    return BackupInfo(path, at, kind, size, facts=facts)


def list_backups(case_path: Path) -> list[BackupInfo]:
    """Rolling backups and the copies taken before migrations, newest first."""
    case_path = Path(case_path)
    paths = [p for _at, p in _rolling(backups_dir(case_path))]
    paths += sorted(case_path.parent.glob(f"{case_path.stem}.before-*{case_path.suffix}"))
    infos = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):  # pruned meanwhile
            infos.append(describe(path))
    # Stable: backups of one second keep the order _rolling gave them.
    return sorted(infos, key=lambda b: b.taken_at, reverse=True)
