"""Evidence rows and their bytes. Adding a file is one transaction: all of it or nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from posassist.domain.evidence import Category, Evidence
from posassist.domain.history import Event
from posassist.domain.money import Money
from posassist.store.codec import encode_date, encode_time, now
from posassist.store.evidence_rows import evidence_from_row
from posassist.store.history import log_event, touch_case


class Added(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # these bytes are already in this case
    RESTORED = "restored"  # they were removed before and are back now


@dataclass(frozen=True)
class AddResult:
    outcome: Added
    evidence_id: int


class EvidenceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _row(self, r: dict[str, Any]) -> Evidence:
        return evidence_from_row(r)

    def list(self, case_id: int, include_removed: bool = False) -> list[Evidence]:
        where = "case_id = ?" + ("" if include_removed else " AND removed_at IS NULL")
        return [
            self._row(r) for r in self.db["evidence"].rows_where(where, [case_id], order_by="id")
        ]

    def get(self, evidence_id: int) -> Evidence:
        return self._row(self.db["evidence"].get(evidence_id))

    def data(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise LookupError(sha256)
        return bytes(row[0])

    def add(self, item: Evidence, data: bytes) -> AddResult:
        """Store the bytes (once) and the row, or recognise them as already there."""
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id, removed_at FROM evidence WHERE case_id = ? AND sha256 = ?",
                [item.case_id, item.sha256],
            ).fetchone()
            if existing is not None:
                evidence_id, removed_at = existing
                if removed_at is None:
                    return AddResult(Added.DUPLICATE, evidence_id)
                self._restore(item.case_id, evidence_id)
                return AddResult(Added.RESTORED, evidence_id)
            self.db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                [item.sha256, len(data), data],
            )
            evidence_id = (
                self.db["evidence"]
                .insert(
                    {
                        "case_id": item.case_id,
                        "stage": item.stage,
                        "category": item.category.value,
                        "description": item.description,
                        "doc_date": encode_date(item.doc_date),
                        "original_name": item.original_name,
                        "kind": item.kind.value,
                        "size": item.size,
                        "pages": item.pages,
                        "sha256": item.sha256,
                        "imported_at": encode_time(item.imported_at or now()),
                        "note": item.note,
                        "amount_minor": item.amount.minor if item.amount else None,
                        "amount_currency": item.amount.currency if item.amount else None,
                    }
                )
                .last_pk
            )
            assert isinstance(evidence_id, int)
            log_event(
                self.db,
                item.case_id,
                Event.EVIDENCE_ADDED,
                str(evidence_id),
                f"{item.original_name} sha256:{item.sha256}",
            )
            touch_case(self.db, item.case_id)
        return AddResult(Added.STORED, evidence_id)

    def update(
        self,
        evidence_id: int,
        *,
        category: Category | None = None,
        description: str | None = None,
        doc_date: dt.date | None | bool = False,
        stage: str | None = None,
        amount: Money | None | bool = False,
        reason: str = "",
    ) -> None:
        """Change what the owner may edit; `doc_date=None` clears the date, `amount=None`
        the amount. A change of the kind of proof, the date or the amount leaves a line in
        the case history ("amount: — → 1234.50 CNY", then `reason`, e.g. that it was read
        on the slip); the description, saved as it is typed, does not."""
        changes: dict[str, Any] = {}
        if category is not None:
            changes["category"] = category.value
        if description is not None:
            changes["description"] = description
        if doc_date is not False:
            changes["doc_date"] = encode_date(doc_date)  # type: ignore[arg-type]
        if stage is not None:
            changes["stage"] = stage
        if amount is not False:
            changes["amount_minor"] = amount.minor if isinstance(amount, Money) else None
            changes["amount_currency"] = amount.currency if isinstance(amount, Money) else None
        if not changes:
            return
        with self.db.atomic():
            before = self.db["evidence"].get(evidence_id)
            self.db["evidence"].update(evidence_id, changes)
            told = _told_changes(before, changes)
            if told:
                detail = "; ".join(told) + (f" ({reason})" if reason else "")
                case_id = before["case_id"]
                log_event(self.db, case_id, Event.EVIDENCE_CHANGED, str(evidence_id), detail)
                touch_case(self.db, case_id)

    def remove(self, case_id: int, evidence_id: int) -> None:
        """Take an item out of the case; its bytes and a history line stay."""
        with self.db.atomic():
            row = self.db["evidence"].get(evidence_id)
            if row["case_id"] != case_id or row["removed_at"]:
                return
            self.db["evidence"].update(evidence_id, {"removed_at": encode_time(now())})
            log_event(
                self.db,
                case_id,
                Event.EVIDENCE_REMOVED,
                str(evidence_id),
                f"{row['original_name']} sha256:{row['sha256']}",
            )
            touch_case(self.db, case_id)

    def restore(self, case_id: int, evidence_id: int) -> None:
        with self.db.atomic():
            self._restore(case_id, evidence_id)

    def _restore(self, case_id: int, evidence_id: int) -> None:
        row = self.db["evidence"].get(evidence_id)
        if row["case_id"] != case_id or not row["removed_at"]:
            return
        self.db["evidence"].update(evidence_id, {"removed_at": None})
        log_event(
            self.db,
            case_id,
            Event.EVIDENCE_RESTORED,
            str(evidence_id),
            f"{row['original_name']} sha256:{row['sha256']}",
        )
        touch_case(self.db, case_id)

    def thumbnail(self, sha256: str) -> bytes | None:
        row = self.db.execute("SELECT png FROM thumbnails WHERE sha256 = ?", [sha256]).fetchone()
        return bytes(row[0]) if row else None

    def pdf_fonts(self, sha256s: list[str], version: int) -> dict[str, str]:
        """The stored font facts (JSON) of these PDFs, found by analysis `version`."""
        found: dict[str, str] = {}
        for start in range(0, len(sha256s), 500):  # SQLite's limit on parameters
            chunk = sha256s[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for sha256, facts in self.db.execute(
                f"SELECT sha256, facts FROM pdf_fonts WHERE version = ? AND sha256 IN ({marks})",
                [version, *chunk],
            ).fetchall():
                found[sha256] = facts
        return found

    def put_pdf_fonts(self, sha256: str, version: int, facts: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO pdf_fonts (sha256, version, facts) VALUES (?, ?, ?)",
                [sha256, version, facts],
            )

    def put_thumbnail(self, sha256: str, png: bytes) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO thumbnails (sha256, png) VALUES (?, ?)", [sha256, png]
            )


def _told_changes(before: dict[str, Any], changes: dict[str, Any]) -> list[str]:
    """ "field: old → new" for each changed field the history tells (not the description)."""
    told = []
    for key in ("category", "doc_date"):
        if key in changes and changes[key] != before[key]:
            told.append(f"{key}: {before[key] or '—'} → {changes[key] or '—'}")
    old = (before["amount_minor"], before["amount_currency"])
    new = (changes.get("amount_minor"), changes.get("amount_currency"))
    if "amount_minor" in changes and new != old:
        told.append(f"amount: {_amount_text(*old)} → {_amount_text(*new)}")
    return told


def _amount_text(minor: int | None, currency: str | None) -> str:
    if minor is None or currency is None:
        return "—"
    return f"{Money(minor, currency).plain().replace(',', '')} {currency}"
