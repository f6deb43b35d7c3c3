"""A damaged or foreign case file is refused with a typed error naming it, and left
byte-for-byte as it was (no WAL replay, no migration, no journal or new file beside it)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_files import (
    fingerprints,
    make_case_file,
    overwrite,
    page_size,
    pages,
    sha256,
    with_live_wal,
)

from posassist.store.database import open_database
from posassist.store.inspect import inspect_case_file
from posassist.store.problems import (
    CaseFileUnavailable,
    Damage,
    DamagedCaseFile,
    NewerSchemaError,
    Unavailable,
)


@pytest.fixture
def case_file(data_dir: Path) -> Path:
    return make_case_file(data_dir / "posassist.sqlite3").path


def refused(path: Path, code: Damage) -> DamagedCaseFile:
    """open_database refuses `path` with `code`, and nothing in its folder changed."""
    before = fingerprints(path.parent)
    with pytest.raises(DamagedCaseFile) as error:
        open_database(path)
    assert error.value.code is code, error.value
    assert error.value.path == path
    assert str(path) in str(error.value)
    assert fingerprints(path.parent) == before
    return error.value


def test_not_a_database(data_dir: Path):
    path = data_dir / "posassist.sqlite3"
    path.write_bytes(b"%PDF-1.7 this is someone's PDF, renamed\n" * 200)
    refused(path, Damage.NOT_A_DATABASE)


def test_zero_bytes_is_not_replaced_by_an_empty_case_file(data_dir: Path):
    path = data_dir / "posassist.sqlite3"
    path.touch()
    error = refused(path, Damage.EMPTY)
    assert "0 bytes" in error.detail
    assert path.stat().st_size == 0


@pytest.mark.parametrize("keep", [60, 4096 + 100, "half"])
def test_truncated(case_file: Path, keep):
    size = case_file.stat().st_size
    with open(case_file, "r+b") as f:
        f.truncate(size // 2 // 4096 * 4096 if keep == "half" else keep)
    refused(case_file, Damage.TRUNCATED)


def test_a_table_page_overwritten(case_file: Path):
    (page,) = pages(case_file, "cases", "leaf")
    size = page_size(case_file)
    overwrite(case_file, (page - 1) * size, b"\x0d\x00\x07" + b"\xa5" * (size - 3))
    error = refused(case_file, Damage.MALFORMED)
    assert "malformed" in error.detail


def chained_overflow_page(path: Path) -> int:
    """A blob page that is not the last of its chain (its first 4 bytes link the next:
    the last page's are not read, so damage there only a re-hash finds: test_check_store)."""
    size, raw = page_size(path), path.read_bytes()
    overflow = pages(path, "blobs", "overflow")
    assert len(overflow) > 10
    return next(p for p in overflow[5:] if raw[(p - 1) * size : (p - 1) * size + 4] != bytes(4))


def test_a_blob_page_overwritten_fails_quick_check(case_file: Path):
    """The bytes of a stored original live in overflow pages; a torn one is found at
    opening, though nothing reads that blob."""
    page, size = chained_overflow_page(case_file), page_size(case_file)
    overwrite(case_file, (page - 1) * size, b"\xff" * size)
    error = refused(case_file, Damage.INTEGRITY)
    assert error.detail.startswith("integrity_check:")


def test_an_index_out_of_step_with_its_table_fails_integrity_check(case_file: Path):
    """quick_check does not compare indexes with their tables; integrity_check does, and
    opening runs it: an evidence row's sha256 changed in the table page only."""
    conn = sqlite3.connect(f"file:{case_file}?immutable=1", uri=True)
    sha = conn.execute("SELECT sha256 FROM evidence ORDER BY id LIMIT 1").fetchone()[0].encode()
    conn.close()
    (page,) = pages(case_file, "evidence", "leaf")
    size = page_size(case_file)
    at = case_file.read_bytes().index(sha, (page - 1) * size, page * size)
    overwrite(case_file, at, sha[:-1] + (b"0" if sha[-1:] != b"0" else b"1"))
    conn = sqlite3.connect(f"file:{case_file}?immutable=1", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    conn.close()
    error = refused(case_file, Damage.INTEGRITY)
    assert "evidence_case_file" in error.detail


def test_a_foreign_sqlite_file(data_dir: Path):
    path = data_dir / "posassist.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    error = refused(path, Damage.FOREIGN)
    assert "photos" in error.detail


def newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('posassist', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def test_a_newer_format_with_its_steps_still_in_the_wal(case_file: Path):
    with_live_wal(case_file)
    db = open_database(case_file)  # sound: opens
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('posassist', 'm999_from_the_future', '2030-01-01')"
    )
    wal = Path(str(case_file) + "-wal")
    saved = {p: p.read_bytes() for p in (case_file, wal)}
    db.close()
    for p, data in saved.items():
        p.write_bytes(data)
    Path(str(case_file) + "-shm").unlink(missing_ok=True)
    before = {p: sha256(p) for p in saved}
    with pytest.raises(NewerSchemaError) as error:
        open_database(case_file)
    assert error.value.unknown == ["m999_from_the_future"]
    assert error.value.code is Damage.NEWER_FORMAT
    assert {p: sha256(p) for p in saved} == before, "no WAL replay onto the file"
    assert sorted(p.name for p in case_file.parent.iterdir()) == [
        "posassist.sqlite3",
        "posassist.sqlite3-shm",  # the WAL's index, rebuilt from it (holds no data)
        "posassist.sqlite3-wal",
    ]


def test_damage_found_through_a_live_wal_leaves_both_files_untouched(case_file: Path):
    with_live_wal(case_file)
    page, size = chained_overflow_page(case_file), page_size(case_file)
    overwrite(case_file, (page - 1) * size, b"\xff" * size)
    wal = Path(str(case_file) + "-wal")
    before = {p: sha256(p) for p in (case_file, wal)}
    with pytest.raises(DamagedCaseFile) as error:
        open_database(case_file)
    assert error.value.code is Damage.INTEGRITY
    assert {p: sha256(p) for p in (case_file, wal)} == before


def test_a_sound_file_with_a_live_wal_is_read_through_it_untouched(case_file: Path):
    with_live_wal(case_file, edits=3)
    wal = Path(str(case_file) + "-wal")
    before = {p: sha256(p) for p in (case_file, wal)}
    facts = inspect_case_file(case_file, check="full")
    assert facts is not None and facts.cases == 2 and facts.evidence == 6
    assert {p: sha256(p) for p in (case_file, wal)} == before
    db = open_database(case_file)  # now opened for real: the WAL's edits are there
    assert db.execute("SELECT value FROM case_values WHERE key = 'hotline'").fetchone() == (
        "95002",
    )
    db.close()


def test_a_sound_file_is_inspected_without_a_byte_or_a_file_changing(case_file: Path):
    before = fingerprints(case_file.parent)
    facts = inspect_case_file(case_file, check="full")
    assert facts is not None
    assert (facts.cases, facts.evidence, facts.format_version) == (2, 6, len(facts.steps))
    assert fingerprints(case_file.parent) == before


def test_a_folder_where_the_case_file_should_be(data_dir: Path):
    (data_dir / "posassist.sqlite3").mkdir()
    with pytest.raises(CaseFileUnavailable) as error:
        open_database(data_dir / "posassist.sqlite3")
    assert error.value.reason is Unavailable.CANNOT_OPEN


def test_a_data_folder_that_is_a_file(tmp_path: Path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(CaseFileUnavailable) as error:
        open_database(tmp_path / "data" / "posassist.sqlite3")
    assert error.value.reason is Unavailable.CANNOT_OPEN
    assert error.value.path == tmp_path / "data" / "posassist.sqlite3"


WRITER = r"""
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
end, n = time.time() + float(sys.argv[2]), 0
print("writing", flush=True)
while time.time() < end:
    c.execute("BEGIN IMMEDIATE")
    c.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"k{n}", os.urandom(3000).hex()])
    c.execute("COMMIT")
    if n % 5 == 0:  # the WAL emptied: the next reader finds no WAL and reads immutable
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n += 1
"""


def test_a_file_another_program_is_writing_is_not_called_damaged(data_dir: Path):
    """With its WAL just emptied by a checkpoint the file is read `immutable`; when the
    writer moves pages meanwhile, that view is torn: it is read again, locked, through
    the WAL (before, about 1 in 1,600 such reads said "malformed")."""
    import subprocess
    import sys

    path = make_case_file(data_dir / "posassist.sqlite3", files=20, size=50_000).path
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "2.5"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline() == "writing\n"
    reads = 0
    while writer.poll() is None:
        inspect_case_file(path, check="full")
        reads += 1
    assert writer.returncode == 0 and reads > 100


def test_a_torn_read_is_retried_through_the_wal(case_file: Path, monkeypatch):
    from posassist.store import inspect

    calls = []
    real = inspect._inspect

    def torn_then_real(path, check, wal):
        calls.append(wal)
        if len(calls) == 1:  # another program checkpoints while we read
            Path(str(path) + "-wal").write_bytes(b"")
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(path, check, wal)

    monkeypatch.setattr(inspect, "_inspect", torn_then_real)
    assert inspect_case_file(case_file).cases == 2
    assert calls == [False, True]


def test_damage_is_not_retried_away(case_file: Path, monkeypatch):
    from posassist.store import inspect

    calls = []
    monkeypatch.setattr(
        inspect,
        "_inspect",
        lambda path, check, wal: (
            calls.append(wal)
            or (_ for _ in ()).throw(sqlite3.DatabaseError("database disk image is malformed"))
        ),
    )
    with pytest.raises(DamagedCaseFile):
        inspect_case_file(case_file)
    assert calls == [False], "nothing changed the file: the damage is real"


SPILLER = r"""
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA cache_size = 5")  # changed pages spill into the file before COMMIT
c.execute("BEGIN")
c.execute("DELETE FROM evidence")  # then many more pages, so this one is spilled too
c.execute("UPDATE blobs SET data = zeroblob(size)")
c.execute("UPDATE case_values SET value = 'torn' WHERE key = 'merchant_id'")
print("spilled", flush=True)
time.sleep(60)
"""


def test_a_hot_rollback_journal_is_rolled_back_in_a_copy_only(data_dir: Path, tmp_path: Path):
    """A file in the older journal mode killed mid-transaction: its -journal must be
    rolled back to read it, which writes; inspection rolls back a private copy."""
    import signal
    import subprocess
    import sys

    from posassist.usecases.casefile import open_case_file

    made = make_case_file(tmp_path / "made.sqlite3")
    path = data_dir / "posassist.sqlite3"
    with open_case_file(made.path) as cf:
        cf.backup(path)  # a backup is one file in journal mode DELETE
    child = subprocess.Popen(
        [sys.executable, "-c", SPILLER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline() == "spilled\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    journal = Path(str(path) + "-journal")
    assert journal.stat().st_size > 0
    before = fingerprints(data_dir)
    torn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)  # what a plain read sees
    assert torn.execute("SELECT count(*) FROM evidence").fetchone() == (0,)
    torn.close()
    facts = inspect_case_file(path, check="full")
    assert (facts.cases, facts.evidence) == (2, 6)
    assert fingerprints(data_dir) == before, "the file and its journal untouched"
    with open_case_file(path) as cf:  # opening for real rolls it back
        case = cf.cases.load(made.case_ids[0])
        assert case.get("merchant_id") == "898310058120340"
        assert cf.check_store().ok


def test_leftovers_of_a_killed_creation_or_restore_are_removed(data_dir: Path):
    dead = 999_999_999  # no such process
    leftovers = [
        data_dir / f".posassist.sqlite3.{dead}-1.new",
        data_dir / f".posassist.sqlite3.{dead}-1.new-wal",
        data_dir / f".posassist.sqlite3.{dead}-1.restore",
    ]
    for p in leftovers:
        p.write_bytes(b"half made")
    live = data_dir / f".posassist.sqlite3.{os.getpid()}-1.restore"  # still at work
    live.write_bytes(b"being copied")
    open_database(data_dir / "posassist.sqlite3").close()
    assert [p for p in leftovers if p.exists()] == []
    assert live.exists()
