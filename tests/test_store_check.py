"""Stored originals re-checked; deleting a case; private files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from store_files import add_file, make_case_file, overwrite

from posassist.domain.history import Event
from posassist.store.cases import UnknownCase
from posassist.store.private import make_private
from posassist.usecases.casefile import open_case_file


@pytest.fixture
def case_path(data_dir: Path) -> Path:
    return make_case_file(data_dir / "posassist.sqlite3").path


def flip_a_byte_of(path: Path, data: bytes) -> None:
    """Change one byte inside the stored bytes of `data`, as a failing disk would."""
    raw = path.read_bytes()
    at = raw.index(data[5000:5040]) + 17
    overwrite(path, at, bytes([raw[at] ^ 0x01]))


def test_a_flipped_byte_in_a_stored_original(case_path: Path):
    with open_case_file(case_path) as cf:
        item = cf.evidence.list(2)[1]
        data = cf.evidence.data(item.sha256)
    flip_a_byte_of(case_path, data)
    with open_case_file(case_path) as cf:  # integrity_check cannot see it: it opens
        seen = []
        report = cf.check_store(progress=lambda done, total: seen.append((done, total)))
        assert report.integrity == ["ok"]
        assert report.checked == 6 and not report.ok
        (damaged,) = report.damaged
        assert (damaged.case_id, damaged.evidence_id, damaged.original_name) == (
            2,
            item.id,
            "slip-1-1.jpg",
        )
        assert damaged.sha256 == item.sha256 and damaged.found != item.sha256
        assert seen[-1] == (7, 7) and len(seen) == 7
        lines = [h for h in cf.cases.history(2) if h.event is Event.EVIDENCE_DAMAGED]
        assert [(h.subject, h.detail.split()[0]) for h in lines] == [(str(item.id), "slip-1-1.jpg")]
        cf.check_store()  # a second check repeats no history line
        assert len([h for h in cf.cases.history(2) if h.event is Event.EVIDENCE_DAMAGED]) == 1
        assert not [h for h in cf.cases.history(1) if h.event is Event.EVIDENCE_DAMAGED]


def test_a_sound_store_and_a_cancelled_check(case_path: Path):
    with open_case_file(case_path) as cf:
        report = cf.check_store()
        assert report.ok and report.checked == 6 and report.unused == 0
        calls = []

        def cancelled() -> bool:
            calls.append(1)
            return len(calls) > 2

        stopped = cf.check_store(cancelled=cancelled)
        assert stopped.cancelled and not stopped.ok and stopped.checked < 6


def test_deleting_a_case_frees_only_its_own_originals_and_is_recorded(case_path: Path):
    with open_case_file(case_path) as cf:
        shared = cf.evidence.data(cf.evidence.list(1)[0].sha256)
        mistake = cf.cases.create({"shop_name": "建错了", "provider": "X"})
        add_file(cf.evidence, mistake, shared, "same-as-case-1.jpg")
        own = b"only in the mistaken case|" * 4000
        add_file(cf.evidence, mistake, own, "own.jpg")
        cf.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_before = case_path.stat().st_size
        assert own[:40] in case_path.read_bytes()
        deletion = cf.delete_case(mistake)
        assert (deletion.case_id, deletion.shop_name, deletion.evidence_items) == (
            mistake,
            "建错了",
            2,
        )
        assert (deletion.blobs_freed, deletion.bytes_freed) == (1, len(own))
        assert deletion.history_lines == 3
        assert cf.deletions() == [deletion]
        assert mistake not in cf.cases.ids()
        assert cf.evidence.data(cf.evidence.list(1)[0].sha256) == shared  # still there
        assert (
            cf.db.execute("SELECT count(*) FROM history WHERE case_id = ?", [mistake]).fetchone()[0]
            == 0
        )
        with pytest.raises(UnknownCase):
            cf.delete_case(mistake)
        assert len(cf.list_backups()) == 1, "a backup was taken before deleting"
    assert own[:40] not in case_path.read_bytes(), "VACUUM: the bytes left the file"
    assert case_path.stat().st_size < size_before
    assert (
        not Path(str(case_path) + "-wal").exists()
        or own[:40] not in Path(str(case_path) + "-wal").read_bytes()
    )


def test_other_cases_history_stays_append_only(case_path: Path):
    with open_case_file(case_path) as cf:
        mistake = cf.cases.create({"shop_name": "建错了"})
        cf.delete_case(mistake, backup_first=False)
        db = cf.db
        for sql in (
            "DELETE FROM history WHERE case_id = 1",
            "UPDATE history SET detail = 'changed' WHERE case_id = 1",
            "DELETE FROM cases WHERE id = 1",  # its history would go with it
            "DELETE FROM deletions",
            "UPDATE deletions SET shop_name = 'someone else'",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(sql)
        # A new case that gets the deleted case's number is protected too.
        reused = cf.cases.create({"shop_name": "新的"})
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM history WHERE case_id = ?", [reused])


def test_private_files(tmp_path: Path):
    data = tmp_path / "data"
    old_umask = os.umask(0o022)
    try:
        make_case_file(data / "posassist.sqlite3")
        (data / "posassist.log").write_text("log")
        (data / "backups").mkdir()
        (data / "backups" / "posassist-20261201T000000Z.sqlite3").write_bytes(b"x")
        os.chmod(data, 0o755)
        outside = tmp_path / "not-the-apps.txt"
        outside.write_text("x")
        os.chmod(outside, 0o644)
        os.symlink(outside, data / "link")
        fixed = make_private(data)
        assert stat.S_IMODE(os.stat(data).st_mode) == 0o700
        for p in data.rglob("*"):
            if p.is_symlink():
                continue
            assert stat.S_IMODE(p.stat().st_mode) == (0o700 if p.is_dir() else 0o600), p
        assert data / "posassist.log" in fixed
        assert stat.S_IMODE(outside.stat().st_mode) == 0o644, "links not followed"
        # New files after start-up: the umask makes them private, WAL and SHM included.
        with open_case_file(data / "posassist.sqlite3") as cf:
            cf.cases.set_value(1, "hotline", "95001")
            for suffix in ("-wal", "-shm"):
                mode = os.stat(str(data / "posassist.sqlite3") + suffix).st_mode
                assert stat.S_IMODE(mode) == 0o600
            backup = cf.backup().path
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        (tmp_path / "dossier.pdf").write_bytes(b"%PDF")
        assert stat.S_IMODE((tmp_path / "dossier.pdf").stat().st_mode) == 0o600
        assert os.umask(0o077) == 0o077
    finally:
        os.umask(old_umask)
