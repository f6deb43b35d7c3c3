"""Every schema step, applied to the state before it, with data in the file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from posassist.store.cases import CaseRepository
from posassist.store.database import NewerSchemaError, open_database, schema_steps
from posassist.store.migrations import KNOWN, migrations


def schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                "AND name != '_sqlite_migrations' AND sql IS NOT NULL"
            ).fetchall()
        )
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_steps_are_in_order():
    assert KNOWN == (
        "m001_cases",
        "m002_history_append_only",
        "m003_evidence",
        "m004_pdf_fonts",
        "m005_statements",
        "m006_case_deletions",
        "m007_findings_go_with_their_case",
        "m008_recognised_text",
        "m009_complaints",
        "m010_evidence_amount",
    )


@pytest.mark.parametrize("step", KNOWN)
def test_each_step_from_the_state_before_it(tmp_path: Path, step: str):
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()

    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path), execute_plugins=False)
    migrations.apply(old, stop_before=step)
    if old["cases"].exists():  # data written by the older version must survive
        old.execute(
            "INSERT INTO cases (shop_name, provider, created_at, updated_at) "
            "VALUES ('老店', 'P', '2026-01-01T09:00:00+08:00', '2026-01-01T09:00:00+08:00')"
        )
        old.execute(
            "INSERT INTO case_values (case_id, key, value) "
            "VALUES (1, 'merchant_id', '898310058120345')"
        )
    old.close()

    db = open_database(path)
    assert schema_steps(db) == list(KNOWN)
    if step != KNOWN[0]:
        case = CaseRepository(db).load(1)
        assert case.shop_name == "老店"
        assert case.get("merchant_id") == "898310058120345"
        backups = list(tmp_path.glob("old.before-*.sqlite3"))
        assert len(backups) == 1, "the file is copied aside before migrating"
        assert [
            r[0] for r in sqlite3.connect(backups[0]).execute("SELECT shop_name FROM cases")
        ] == ["老店"]
    db.close()
    assert schema(path) == schema(fresh)


def test_a_new_file_is_not_backed_up(tmp_path: Path):
    open_database(tmp_path / "posassist.sqlite3").close()
    assert list(tmp_path.glob("*.before-*")) == []


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "posassist", "name": "m999_from_the_future", "applied_at": "2030-01-01"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    before = sha256(path)
    with pytest.raises(NewerSchemaError) as error:
        open_database(path)
    assert error.value.unknown == ["m999_from_the_future"]
    assert sha256(path) == before
    assert not (tmp_path / "posassist.sqlite3-wal").exists()
    assert list(tmp_path.glob("*.before-*")) == []


def test_connection_has_foreign_keys_and_wal(tmp_path: Path):
    db = open_database(tmp_path / "posassist.sqlite3")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO contacts (case_id, at, channel) VALUES (42, 'x', 'phone')")
    db.close()
