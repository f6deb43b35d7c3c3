"""Backups: checked copies in backups/, rolling retention, listing, restore round trips."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from store_files import make_case_file, overwrite, page_size, sha256, with_live_wal

from posassist.store import backups
from posassist.store.backups import BackupCancelled, BackupFailed, prune, rolling_name
from posassist.store.problems import CaseFileUnavailable, Damage, DamagedCaseFile, Unavailable
from posassist.usecases.casefile import (
    NewerSchemaError,
    list_backups,
    newest_good_backup,
    open_case_file,
    restore,
    start_new_case_file,
)

UTC = dt.UTC


@pytest.fixture
def case_path(data_dir: Path) -> Path:
    return make_case_file(data_dir / "posassist.sqlite3").path


def test_a_backup_is_a_whole_private_checked_copy(case_path: Path):
    with open_case_file(case_path) as cf:
        cf.cases.set_value(1, "hotline", "95001")  # in the WAL only, still open
        info = cf.backup()
    assert info.path.parent == case_path.parent / "backups"
    assert info.kind == "rolling" and (info.cases, info.evidence) == (2, 6)
    assert info.format_version == info.facts.format_version > 0
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert list(info.path.parent.iterdir()) == [info.path], "no temporary, no -wal"
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("SELECT value FROM case_values WHERE key = 'hotline'").fetchone() == (
        "95001",
    )
    conn.close()


def test_backup_to_a_chosen_file_refuses_to_overwrite(case_path: Path, tmp_path: Path):
    out = tmp_path / "usb" / "my backup.sqlite3"
    with open_case_file(case_path) as cf:
        assert cf.backup(out).path == out
        before = sha256(out)
        with pytest.raises(BackupFailed) as error:
            cf.backup(out)
    assert error.value.code == "exists" and error.value.path == out
    assert sha256(out) == before


def test_backup_progress_and_cancel(case_path: Path):
    seen: list[tuple[int, int]] = []
    with open_case_file(case_path) as cf:
        cf.backup(progress=lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1] > 0
        with pytest.raises(BackupCancelled):
            cf.backup(cancelled=lambda: True)
    assert len(list((case_path.parent / "backups").iterdir())) == 1


def test_a_damaged_copy_never_reaches_its_destination(case_path: Path, monkeypatch):
    def torn_copy(source, copy, progress, cancelled):  # the copy is torn as it is written
        source.backup(copy)
        version = copy.execute("PRAGMA schema_version").fetchone()[0]
        copy.execute("PRAGMA writable_schema = ON")
        copy.execute(
            "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master "
            "WHERE name = 'cases') WHERE name = 'evidence_case_file'"
        )
        copy.execute(f"PRAGMA schema_version = {version + 1}")
        copy.commit()

    monkeypatch.setattr(backups, "_copy_pages", torn_copy)
    with open_case_file(case_path) as cf, pytest.raises(BackupFailed) as error:
        cf.backup()
    assert error.value.code == "copy_damaged"
    assert list((case_path.parent / "backups").iterdir()) == []


def test_a_killed_backup_leaves_a_temporary_that_the_next_one_removes(case_path: Path):
    folder = case_path.parent / "backups"
    folder.mkdir()
    stale = folder / ".posassist-20261201T000000Z.sqlite3.999999999-1.part"  # no such pid
    stale.write_bytes(b"half a backup")
    with open_case_file(case_path) as cf:
        cf.backup()
    assert not stale.exists()


def test_backup_if_stale(case_path: Path):
    with open_case_file(case_path) as cf:
        first = cf.backup_if_stale()
        assert first is not None
        assert cf.backup_if_stale() is None  # taken less than a day ago
        assert cf.backup_if_stale(max_age=dt.timedelta(0)) is not None


def test_retention_keeps_the_last_ten_and_one_a_month_for_a_year(tmp_path: Path):
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    made = []
    for days in [*range(0, 20), *range(20, 800, 9)]:  # daily lately, then every 9 days
        at = now - dt.timedelta(days=days)
        path = tmp_path / rolling_name(at)
        path.write_bytes(b"x")
        made.append((at, path))
    other = tmp_path / "posassist.before-004-20260101-000000.sqlite3"
    other.write_bytes(b"x")
    removed = prune(tmp_path, now=now)
    kept = sorted((at for at, p in made if p.exists()), reverse=True)
    assert kept[:10] == [now - dt.timedelta(days=d) for d in range(10)]
    newest_of_month: dict[tuple[int, int], dt.datetime] = {}
    for at, _p in sorted(made, reverse=True):
        newest_of_month.setdefault((at.year, at.month), at)
    year = {(2026, m) for m in range(1, 13)}  # the 12 months up to December 2026
    assert set(kept[10:]) == {at for m, at in newest_of_month.items() if m in year} - set(kept[:10])
    assert {(at.year, at.month) for at in kept} == year
    assert len(removed) == len(made) - len(kept) > 50
    assert other.exists(), "pruning touches rolling backups only"


def test_list_backups_shows_date_cases_evidence_and_format(case_path: Path):
    with open_case_file(case_path) as cf:
        cf.backup()
        new_case = cf.cases.create({"shop_name": "第三家"})
        cf.backup()
        cf.delete_case(new_case)
    listed = list_backups(case_path)
    assert [b.kind for b in listed][:3] == ["rolling"] * 3
    assert [b.cases for b in listed[:3]] == [3, 3, 2]  # the newest: before the deletion
    assert all(b.evidence == 6 and b.problem is None for b in listed)
    assert listed == sorted(listed, key=lambda b: b.taken_at, reverse=True)


def test_restore_round_trip_keeps_the_current_file_aside(case_path: Path):
    with open_case_file(case_path) as cf:
        backup = cf.backup()
        cf.cases.set_value(1, "hotline", "after the backup")
    with_live_wal(case_path, edits=2)  # the current file even has edits in its WAL
    restored = restore(case_path, backup.path)
    assert restored.facts.cases == 2
    aside = restored.set_aside
    assert aside is not None and aside.parent.name == "set-aside"
    assert Path(str(aside) + "-wal").exists(), "its WAL went with it"
    assert not Path(str(case_path) + "-wal").exists()
    assert stat.S_IMODE(case_path.stat().st_mode) == 0o600
    with open_case_file(case_path) as cf:
        assert cf.cases.load(1).get("hotline") is None
    with open_case_file(aside) as old:  # nothing of the replaced file is lost
        assert old.cases.load(1).get("hotline") == "95001"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(case_path: Path):
    with open_case_file(case_path) as cf:
        backup = cf.backup().path
    size = page_size(backup)
    overwrite(backup, size, b"\xa5" * size)
    before = (sha256(case_path), sha256(backup))
    with pytest.raises(DamagedCaseFile) as error:
        restore(case_path, backup)
    assert error.value.path == backup
    assert (sha256(case_path), sha256(backup)) == before
    assert not (case_path.parent / "set-aside").exists()


def test_restore_refuses_a_newer_format(case_path: Path, tmp_path: Path):
    newer = tmp_path / "from-a-newer-app.sqlite3"
    with open_case_file(case_path) as cf:
        cf.backup(newer)
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('posassist', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        restore(case_path, newer)


def test_restore_needs_the_apps_file_closed(case_path: Path):
    cf = open_case_file(case_path)
    backup = cf.backup().path
    with pytest.raises(CaseFileUnavailable) as error:
        restore(case_path, backup)
    assert error.value.reason is Unavailable.IS_OPEN
    cf.close()
    assert restore(case_path, backup).set_aside is not None


def test_a_damaged_case_file_offers_the_newest_good_backup_or_a_new_file(case_path: Path):
    with open_case_file(case_path) as cf:
        good = cf.backup().path
        bad = cf.backup().path
    overwrite(bad, page_size(bad), b"\xa5" * page_size(bad))
    case_path.write_bytes(b"")  # the case file is lost
    with pytest.raises(DamagedCaseFile) as error:
        open_case_file(case_path)
    assert error.value.code is Damage.EMPTY
    assert newest_good_backup(case_path).path == good
    aside, fresh = start_new_case_file(case_path)
    assert aside is not None and aside.exists() and aside.stat().st_size == 0
    assert fresh.cases.ids() == []
    fresh.close()


def test_the_backup_before_migrating_is_a_checked_private_copy(tmp_path: Path):
    from sqlite_utils import Database

    from posassist.store.migrations import KNOWN, migrations

    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path), execute_plugins=False)
    migrations.apply(old, stop_before=KNOWN[-1])
    old.close()
    open_case_file(path).close()
    (copy,) = tmp_path.glob("old.before-*.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*part*"))
    (listed,) = [b for b in list_backups(path) if b.kind == "before_migration"]
    assert listed.format_version == len(KNOWN) - 1
    assert os.path.samefile(listed.path, copy)


def test_restore_sees_a_connection_open_on_another_thread(case_path: Path):
    import threading

    cf = open_case_file(case_path)  # the window's, on this thread
    backup = cf.backup().path
    errors = []

    def worker() -> None:
        try:
            restore(case_path, backup)
        except CaseFileUnavailable as error:
            errors.append(error.reason)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert errors == [Unavailable.IS_OPEN]
    cf.close()


def test_a_workers_connection_does_not_check_the_file_again(case_path: Path, monkeypatch):
    import threading

    from posassist.store import database

    checks = []
    real = database.inspect_case_file

    def spy(path, *, check):
        checks.append(check)
        return real(path, check=check)

    monkeypatch.setattr(database, "inspect_case_file", spy)
    window = open_case_file(case_path)
    thread = threading.Thread(target=lambda: open_case_file(case_path).close())
    thread.start()
    thread.join()
    window.close()
    open_case_file(case_path).close()  # all closed: the next opening checks again
    # The worker's is not inspected at all: reading the file outside SQLite would drop
    # this process's locks on it (tests/test_store_two_processes.py).
    assert checks == ["full", "full"]


def test_many_backups_in_one_second_keep_the_newest(case_path: Path):
    """Found by the crash harness: a number freed by pruning was taken again, so the new
    backup sorted as the oldest of its second and was pruned at once."""
    at = dt.datetime(2026, 12, 7, 1, 42, 53, tzinfo=UTC)
    with open_case_file(case_path) as cf:
        from posassist.store.backups import take_backup

        written = [take_backup(cf.db.conn, case_path, now=at) for _ in range(14)]
    assert all(p.exists() for p in written[-10:])
    assert [p.name for p in written[-2:]] == [rolling_name(at, 12), rolling_name(at, 13)]
    assert len(list((case_path.parent / "backups").iterdir())) == 10
