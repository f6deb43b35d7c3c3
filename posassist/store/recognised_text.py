"""Text recognised on evidence originals (m008), keyed by the original's SHA-256 and the
engine and version that read it. The original's bytes are never touched; each result is
written in a transaction of its own, whole or not at all.

`pages` is JSON made and read by posassist.evidence.ocr (the store does not interpret it);
`text` is every line of every page, pages separated by a form feed, for search.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from posassist.domain.evidence import FileKind
from posassist.store.codec import encode_time, now

# The kinds that have pictures of text to read (CSV and text files are text already).
READABLE_KINDS = tuple(kind.value for kind in FileKind if kind not in (FileKind.CSV, FileKind.TEXT))


@dataclass(frozen=True)
class StoredText:
    sha256: str
    engine: str
    engine_version: str
    recognised_at: str
    pages: str
    text: str
    problem: str | None


@dataclass(frozen=True)
class Unread:
    """An original of a case not yet read by an engine version: which item shows it first."""

    evidence_id: int
    sha256: str
    kind: FileKind
    original_name: str


@dataclass(frozen=True)
class ItemText:
    """An item of a case with the latest text read on its original (any engine version):
    `text` and `problem` are None when it was never read."""

    evidence_id: int
    sha256: str
    kind: FileKind
    original_name: str
    description: str
    text: str | None
    problem: str | None


class RecognisedTextRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(
        self,
        sha256: str,
        engine: str,
        engine_version: str,
        pages: str,
        text: str,
        problem: str | None = None,
    ) -> bool:
        """Store one result; False (and nothing changed) when this engine version already
        read these bytes: a result, once stored, is never replaced."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO recognised_text (sha256, engine, engine_version,"
                " recognised_at, pages, text, problem) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [sha256, engine, engine_version, encode_time(now()), pages, text, problem],
            )
            return cursor.rowcount == 1

    def get(self, sha256: str, engine: str, engine_version: str) -> StoredText | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM recognised_text"
            " WHERE sha256 = ? AND engine = ? AND engine_version = ?",
            [sha256, engine, engine_version],
        ).fetchone()
        return StoredText(*row) if row else None

    def latest(self, sha256s: list[str]) -> dict[str, StoredText]:
        """For each SHA-256 that was read, its most recent result (any engine version)."""
        if not sha256s:
            return {}
        marks = ",".join("?" * len(sha256s))
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM recognised_text WHERE sha256 IN ({marks})"
            " ORDER BY recognised_at, rowid",
            sha256s,
        ).fetchall()
        return {row[0]: StoredText(*row) for row in rows}

    def unread(self, case_id: int, engine: str, engine_version: str) -> list[Unread]:
        """The case's images and PDFs (not removed) that this engine version has not read,
        each original once, in the order they were added."""
        marks = ",".join("?" * len(READABLE_KINDS))
        rows = self.db.execute(
            "SELECT MIN(e.id), e.sha256, e.kind, e.original_name FROM evidence e"
            f" WHERE e.case_id = ? AND e.removed_at IS NULL AND e.kind IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM recognised_text r WHERE r.sha256 = e.sha256"
            " AND r.engine = ? AND r.engine_version = ?)"
            " GROUP BY e.sha256 ORDER BY MIN(e.id)",
            [case_id, *READABLE_KINDS, engine, engine_version],
        ).fetchall()
        return [Unread(row[0], row[1], FileKind(row[2]), row[3]) for row in rows]

    def case_items(self, case_id: int) -> list[ItemText]:
        """Every item of the case (not removed), in the order added, with the latest text
        read on its original: what the search and the evidence details read."""
        rows = self.db.execute(
            "SELECT e.id, e.sha256, e.kind, e.original_name, e.description, r.text, r.problem"
            " FROM evidence e"
            " LEFT JOIN recognised_text r ON r.rowid = (SELECT r2.rowid FROM recognised_text r2"
            " WHERE r2.sha256 = e.sha256 ORDER BY r2.recognised_at DESC, r2.rowid DESC LIMIT 1)"
            " WHERE e.case_id = ? AND e.removed_at IS NULL ORDER BY e.id",
            [case_id],
        ).fetchall()
        return [ItemText(r[0], r[1], FileKind(r[2]), *r[3:]) for r in rows]


_COLUMNS = "sha256, engine, engine_version, recognised_at, pages, text, problem"
