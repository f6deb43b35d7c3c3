"""Putting a backup in place of the case file, and moving a case file aside.

Nothing here deletes a case file: the one replaced (or found damaged) is moved into
`set-aside/` beside it, with its -wal (committed edits may live only there) and -shm,
under names that keep the three together so it can still be opened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from posassist.store.backups import BackupInfo, _fsync_dir, _fsync_file, describe, list_backups
from posassist.store.inspect import Facts, inspect_case_file
from posassist.store.problems import CaseFileProblem, CaseFileUnavailable, Unavailable, typed

SET_ASIDE_DIR = "set-aside"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Restored:
    case_file: Path
    restored_from: Path
    set_aside: Path | None  # where the file it replaced went (None: there was none)
    facts: Facts


def set_aside_dir(case_path: Path) -> Path:
    return Path(case_path).parent / SET_ASIDE_DIR


def _aside_name(case_path: Path, why: str) -> Path:
    folder = set_aside_dir(case_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        name = f"{case_path.stem}-{why}-{stamp}{f'-{n}' if n else ''}{case_path.suffix}"
        if not (folder / name).exists():
            return folder / name
    raise FileExistsError(folder)


def set_aside(case_path: Path, why: str = "damaged") -> Path | None:
    """Move the case file (with its -wal/-shm) into set-aside/; where it went, or None.

    The caller has closed every connection to it.
    """
    case_path = Path(case_path)
    try:
        if not case_path.exists():
            return None
        target = _aside_name(case_path, why)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The -wal first: a main file never meets a WAL that is not its own.
        for suffix in _COMPANIONS:
            companion = case_path.with_name(case_path.name + suffix)
            if companion.exists():
                os.rename(companion, target.with_name(target.name + suffix))
        os.rename(case_path, target)
        _fsync_dir(target.parent)
        _fsync_dir(case_path.parent)
        return target
    except OSError as error:
        raise typed(case_path, error) from error


def _replace(case_path: Path, temp: Path) -> Path | None:
    """`temp` becomes the case file; the old one (and its -wal) goes to set-aside/.

    Order, so that a kill at any point leaves a case file at its place and the old one
    whole somewhere: hard-link the old file aside, move its -wal and -shm after it, then
    rename the new file over the name in one step.
    """
    if not case_path.exists():
        os.rename(temp, case_path)
        _fsync_dir(case_path.parent)
        return None
    aside = _aside_name(case_path, "replaced")
    aside.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.link(case_path, aside)
        linked = True
    except OSError:  # no hard links here: moved instead, a moment without a case file
        linked = False
    for suffix in _COMPANIONS:
        companion = case_path.with_name(case_path.name + suffix)
        if companion.exists():
            os.rename(companion, aside.with_name(aside.name + suffix))
    if not linked:
        os.rename(case_path, aside)
    os.replace(temp, case_path)
    _fsync_dir(aside.parent)
    _fsync_dir(case_path.parent)
    return aside


def restore(case_path: Path, backup: Path) -> Restored:
    """Put `backup` in place of the case file at `case_path`, the current one set aside.

    The backup is checked first (integrity_check, and a format this app knows): a
    DamagedCaseFile or NewerSchemaError naming the backup leaves everything as it was.
    Every connection of this process to the case file must be closed
    (CaseFileUnavailable "is_open" otherwise).
    """
    from posassist.store.database import open_connections

    case_path, backup = Path(case_path), Path(backup)
    facts = inspect_case_file(backup, check="full")
    if facts is None:
        raise CaseFileUnavailable(backup, Unavailable.CANNOT_OPEN, "no such file")
    if open_connections(case_path):
        raise CaseFileUnavailable(case_path, Unavailable.IS_OPEN, "close the case file first")
    temp = case_path.with_name(f".{case_path.name}.{os.getpid()}-{threading.get_ident()}.restore")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as out, open(backup, "rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
        _fsync_file(temp)
        aside = _replace(case_path, temp)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise typed(case_path, error) from error
    return Restored(case_path, backup, aside, facts)


def newest_good_backup(case_path: Path) -> BackupInfo | None:
    """The newest backup that passes integrity_check and has a known format."""
    for info in list_backups(case_path):
        if info.problem is None:
            checked = describe(info.path, check=True)
            if checked.problem is None:
                return checked
    return None


__all__ = [
    "CaseFileProblem",
    "Restored",
    "newest_good_backup",
    "restore",
    "set_aside",
    "set_aside_dir",
]
