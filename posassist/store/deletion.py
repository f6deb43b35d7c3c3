"""Deleting a case created by mistake, and the record that it was deleted.

One transaction opens a `deletions` row (which alone lets that case's history rows go:
see m006 in migrations.py), deletes the case and everything of it, frees the stored
originals no other case uses, and closes the row. Then VACUUM and a WAL checkpoint, so
the freed bytes leave the file and its WAL too (backups taken earlier still hold them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from posassist.store.cases import UnknownCase
from posassist.store.codec import decode_time, encode_time, now
from posassist.store.history import _actor

# The tables holding a case's rows, those that point at others first (a statement points
# at its evidence row); any later table cascades from `cases` (foreign keys).
_CHILDREN = (
    "case_values",
    "checks",
    "stage_marks",
    "contacts",
    "fees",
    "findings",
    "statement_rows",
    "statements",
    "history",
    "evidence",
)


@dataclass(frozen=True)
class Deletion:
    id: int
    case_id: int
    shop_name: str
    provider: str
    created_at: str
    deleted_at: dt.datetime
    actor: str
    evidence_items: int
    history_lines: int
    blobs_freed: int
    bytes_freed: int


def _freed(db: Database, sha256s: list[str]) -> list[tuple[str, int]]:
    freed = []
    for sha256 in sha256s:
        used = db.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        if used is None:
            size = db.execute("SELECT size FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
            if size is not None:
                freed.append((sha256, size[0]))
    return freed


def delete_case(db: Database, case_id: int, *, vacuum: bool = True) -> Deletion:
    """Delete case `case_id` and the originals only it used; record the deletion."""
    if db.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise RuntimeError("foreign keys are off: rows of the case would be left behind")
    with db.atomic():
        row = db.execute(
            "SELECT shop_name, provider, created_at FROM cases WHERE id = ?", [case_id]
        ).fetchone()
        if row is None:
            raise UnknownCase(case_id)
        shop_name, provider, created_at = row
        sha256s = [
            r[0]
            for r in db.execute("SELECT DISTINCT sha256 FROM evidence WHERE case_id = ?", [case_id])
        ]
        items = db.execute(
            "SELECT count(*) FROM evidence WHERE case_id = ? AND removed_at IS NULL", [case_id]
        ).fetchone()[0]
        lines = db.execute("SELECT count(*) FROM history WHERE case_id = ?", [case_id]).fetchone()[
            0
        ]
        deleted_at = encode_time(now())
        deletion_id = db.execute(
            "INSERT INTO deletions (case_id, shop_name, provider, created_at, deleted_at, actor,"
            " evidence_items, history_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, shop_name, provider, created_at, deleted_at, _actor(), items, lines],
        ).lastrowid
        for table in _CHILDREN:
            db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
        db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        freed = _freed(db, sha256s)
        for sha256, _size in freed:
            for table in ("thumbnails", "pdf_fonts", "recognised_text", "blobs"):
                db.execute(f"DELETE FROM {table} WHERE sha256 = ?", [sha256])
        db.execute(
            "UPDATE deletions SET blobs_freed = ?, bytes_freed = ?, finished_at = ? WHERE id = ?",
            [len(freed), sum(s for _h, s in freed), encode_time(now()), deletion_id],
        )
    if vacuum:
        db.execute("VACUUM")
        # Readers of other connections may hold the WAL: then it is reused, not truncated.
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert isinstance(deletion_id, int)
    return deletions(db, deletion_id)[0]


def deletions(db: Database, deletion_id: int | None = None) -> list[Deletion]:
    """The record of deleted cases, oldest first (or the one asked for)."""
    where, args = ("WHERE id = ?", [deletion_id]) if deletion_id is not None else ("", [])
    rows = db.execute(
        "SELECT id, case_id, shop_name, provider, created_at, deleted_at, actor, "
        f"evidence_items, history_lines, blobs_freed, bytes_freed FROM deletions {where} "
        "ORDER BY id",
        args,
    ).fetchall()
    return [Deletion(*r[:5], decode_time(r[5]), *r[6:]) for r in rows]
