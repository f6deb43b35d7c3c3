"""Cases: rows to domain objects and back. Every public method is one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from posassist.domain import catalogue
from posassist.domain.case import (
    Case,
    CaseStatus,
    Complaint,
    ComplaintPlace,
    Contact,
    Direction,
    Fee,
    FeeKind,
)
from posassist.domain.history import Event, HistoryEntry
from posassist.domain.money import Money
from posassist.store.codec import (
    decode_date,
    decode_time,
    decode_value,
    encode_date,
    encode_time,
    encode_value,
    now,
)
from posassist.store.evidence_rows import evidence_from_row
from posassist.store.history import log_event, touch_case

# Fields kept as columns of the case row (they name and route the case).
COLUMN_KEYS = ("shop_name", "provider", "currency", *catalogue.PROFILE_KEYS)


class UnknownCase(LookupError):
    pass


class CaseRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading --------------------------------------------------------------
    def ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM cases ORDER BY id")]

    def load(self, case_id: int) -> Case:
        rows = list(self.db["cases"].rows_where("id = ?", [case_id]))
        if not rows:
            raise UnknownCase(case_id)
        row = rows[0]
        currency = row["currency"]
        values: dict[str, Any] = {key: row[key] for key in COLUMN_KEYS}
        for key, raw in self.db.execute(
            "SELECT key, value FROM case_values WHERE case_id = ?", [case_id]
        ):
            value = decode_value(key, raw, currency)
            if value is not None:
                values[key] = value
        checks = {
            key: bool(checked)
            for key, checked in self.db.execute(
                "SELECT key, checked FROM checks WHERE case_id = ?", [case_id]
            )
        }
        done = {
            stage: decode_time(at)
            for stage, at in self.db.execute(
                "SELECT stage, done_at FROM stage_marks WHERE case_id = ?", [case_id]
            )
        }
        return Case(
            values=values,
            checks=checks,
            stage_done=done,
            contacts=self._contacts(case_id),
            complaints=self._complaints(case_id),
            fees=self._fees(case_id),
            evidence=[
                evidence_from_row(r)
                for r in self.db["evidence"].rows_where(
                    "case_id = ? AND removed_at IS NULL", [case_id], order_by="id"
                )
            ],
            status=CaseStatus(row["status"]),
            current_stage=row["current_stage"]
            if row["current_stage"] in catalogue.STAGE_KEYS
            else catalogue.STAGE_KEYS[0],
            created_at=decode_time(row["created_at"]),
            id=case_id,
        )

    def load_all(self) -> list[Case]:
        return [self.load(case_id) for case_id in self.ids()]

    def _contacts(self, case_id: int) -> list[Contact]:
        return [
            Contact(
                at=decode_time(r["at"]),
                channel=r["channel"],
                person=r["person"],
                reference=r["reference"],
                summary=r["summary"],
                follow_up=decode_date(r["follow_up"]),
                id=r["id"],
            )
            for r in self.db["contacts"].rows_where("case_id = ?", [case_id], order_by="at, id")
        ]

    def _complaints(self, case_id: int) -> list[Complaint]:
        return [
            Complaint(
                filed_on=decode_date(r["filed_on"]),
                place=ComplaintPlace(r["place"]),
                ticket=r["ticket"],
                request=r["request"],
                promised_on=decode_date(r["promised_on"]),
                answer=r["answer"],
                answered_on=decode_date(r["answered_on"]),
                place_note=r["place_note"],
                id=r["id"],
            )
            for r in self.db["complaints"].rows_where(
                "case_id = ?", [case_id], order_by="filed_on, id"
            )
        ]

    def _fees(self, case_id: int) -> list[Fee]:
        return [
            Fee(
                kind=FeeKind(r["kind"]),
                due=Money(r["due_minor"], r["currency"]),
                paid=Money(r["paid_minor"], r["currency"]),
                direction=Direction(r["direction"]),
                on=decode_date(r["on_date"]),
                note=r["note"],
                id=r["id"],
            )
            for r in self.db["fees"].rows_where("case_id = ?", [case_id], order_by="id")
        ]

    def history(self, case_id: int) -> list[HistoryEntry]:
        return [
            HistoryEntry(
                at=decode_time(r["at"]),
                actor=r["actor"],
                event=Event(r["event"]),
                subject=r["subject"],
                detail=r["detail"],
            )
            for r in self.db["history"].rows_where("case_id = ?", [case_id], order_by="id")
        ]

    # -- writing --------------------------------------------------------------
    def _log(self, case_id: int, event: Event, subject: str = "", detail: str = "") -> None:
        log_event(self.db, case_id, event, subject, detail)

    def _touch(self, case_id: int) -> None:
        touch_case(self.db, case_id)

    def last_change(self) -> dt.datetime | None:
        """When any case last changed (every write touches its case)."""
        times = [decode_time(r[0]) for r in self.db.execute("SELECT updated_at FROM cases")]
        return max(times) if times else None

    def create(self, values: dict[str, Any]) -> int:
        stamp = encode_time(now())
        with self.db.atomic():
            columns = {k: str(v) for k, v in values.items() if k in COLUMN_KEYS and v}
            case_id = (
                self.db["cases"]
                .insert({**columns, "created_at": stamp, "updated_at": stamp})
                .last_pk
            )
            assert isinstance(case_id, int)
            for key, value in values.items():
                if key not in COLUMN_KEYS:
                    self._write_value(case_id, key, value)
            self._log(case_id, Event.CASE_CREATED, detail=values.get("shop_name", ""))
        return case_id

    def _write_value(self, case_id: int, key: str, value: Any) -> None:
        if key in COLUMN_KEYS:
            self.db.execute(f"UPDATE cases SET {key} = ? WHERE id = ?", [str(value), case_id])
        elif value in (None, ""):
            self.db.execute("DELETE FROM case_values WHERE case_id = ? AND key = ?", [case_id, key])
        else:
            self.db.execute(
                "INSERT INTO case_values (case_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (case_id, key) DO UPDATE SET value = excluded.value",
                [case_id, key, encode_value(key, value)],
            )

    def set_value(
        self, case_id: int, key: str, value: Any, implied: dict[str, Any] | None = None
    ) -> None:
        """Set one field; `implied`: other fields the same edit sets (see
        domain.reminders.implied_values), in the same transaction."""
        if key not in catalogue.FIELDS or any(k not in catalogue.FIELDS for k in implied or {}):
            raise KeyError(key)
        with self.db.atomic():
            for other, other_value in (implied or {}).items():
                self._write_value(case_id, other, other_value)
            previous = None
            if key in catalogue.PROFILE_KEYS:
                previous = self.db.execute(
                    f"SELECT {key} FROM cases WHERE id = ?", [case_id]
                ).fetchone()[0]
            self._write_value(case_id, key, value)
            # A change of type, ownership or reason changes the path: the history says so.
            if previous is not None and previous != str(value):
                self._log(case_id, Event.PATH_CHANGED, key, f"{previous} → {value}")
            self._touch(case_id)

    def set_check(self, case_id: int, key: str, checked: bool) -> None:
        if key not in catalogue.ITEMS:
            raise KeyError(key)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO checks (case_id, key, checked, changed_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_id, key) DO UPDATE SET checked = excluded.checked, "
                "changed_at = excluded.changed_at",
                [case_id, key, int(checked), encode_time(now())],
            )
            self._touch(case_id)

    def mark_stage_done(self, case_id: int, stage: str, at: dt.datetime | None = None) -> None:
        catalogue.stage(stage)
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO stage_marks (case_id, stage, done_at) VALUES (?, ?, ?)",
                [case_id, stage, encode_time(at or now())],
            )
            self._log(case_id, Event.STAGE_DONE, stage)
            self._touch(case_id)

    def reopen_stage(self, case_id: int, stage: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM stage_marks WHERE case_id = ? AND stage = ?", [case_id, stage]
            )
            self._log(case_id, Event.STAGE_REOPENED, stage)
            self._touch(case_id)

    def set_current_stage(self, case_id: int, stage: str) -> None:
        catalogue.stage(stage)
        with self.db.atomic():
            self.db.execute("UPDATE cases SET current_stage = ? WHERE id = ?", [stage, case_id])

    def set_status(self, case_id: int, status: CaseStatus) -> None:
        with self.db.atomic():
            previous = self.db.execute(
                "SELECT status FROM cases WHERE id = ?", [case_id]
            ).fetchone()
            if previous is None:
                raise UnknownCase(case_id)
            if previous[0] == status.value:
                return
            self.db.execute("UPDATE cases SET status = ? WHERE id = ?", [status.value, case_id])
            self._log(case_id, Event.STATUS_CHANGED, status.value, previous[0])
            self._touch(case_id)

    # -- contact log ----------------------------------------------------------
    def _contact_row(self, case_id: int, contact: Contact) -> dict[str, Any]:
        return {
            "case_id": case_id,
            "at": encode_time(contact.at),
            "channel": contact.channel,
            "person": contact.person,
            "reference": contact.reference,
            "summary": contact.summary,
            "follow_up": encode_date(contact.follow_up),
        }

    def add_contact(self, case_id: int, contact: Contact) -> int:
        with self.db.atomic():
            contact_id = self.db["contacts"].insert(self._contact_row(case_id, contact)).last_pk
            self._log(case_id, Event.CONTACT_ADDED, str(contact_id), contact.channel)
            self._touch(case_id)
        assert isinstance(contact_id, int)
        return contact_id

    def update_contact(self, case_id: int, contact: Contact) -> None:
        with self.db.atomic():
            self.db["contacts"].update(contact.id, self._contact_row(case_id, contact))
            self._touch(case_id)

    def delete_contact(self, case_id: int, contact_id: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM contacts WHERE id = ? AND case_id = ?", [contact_id, case_id]
            )
            self._log(case_id, Event.CONTACT_REMOVED, str(contact_id))
            self._touch(case_id)

    # -- complaint log --------------------------------------------------------
    def _complaint_row(self, case_id: int, complaint: Complaint) -> dict[str, Any]:
        return {
            "case_id": case_id,
            "filed_on": encode_date(complaint.filed_on),
            "place": ComplaintPlace(complaint.place).value,
            "place_note": complaint.place_note,
            "ticket": complaint.ticket,
            "request": complaint.request,
            "promised_on": encode_date(complaint.promised_on),
            "answer": complaint.answer,
            "answered_on": encode_date(complaint.answered_on),
        }

    def add_complaint(self, case_id: int, complaint: Complaint) -> int:
        with self.db.atomic():
            row = self._complaint_row(case_id, complaint)
            complaint_id = self.db["complaints"].insert(row).last_pk
            self._log(case_id, Event.COMPLAINT_ADDED, str(complaint_id), row["place"])
            self._touch(case_id)
        assert isinstance(complaint_id, int)
        return complaint_id

    def update_complaint(self, case_id: int, complaint: Complaint) -> None:
        """An answer that came, a corrected ticket: the history says the entry changed."""
        with self.db.atomic():
            row = self._complaint_row(case_id, complaint)
            changed = self.db.execute(
                "UPDATE complaints SET filed_on = ?, place = ?, place_note = ?, ticket = ?, "
                "request = ?, promised_on = ?, answer = ?, answered_on = ? "
                "WHERE id = ? AND case_id = ?",
                [
                    row["filed_on"],
                    row["place"],
                    row["place_note"],
                    row["ticket"],
                    row["request"],
                    row["promised_on"],
                    row["answer"],
                    row["answered_on"],
                    complaint.id,
                    case_id,
                ],
            ).rowcount
            if not changed:
                raise LookupError(f"case {case_id} has no complaint {complaint.id}")
            self._log(case_id, Event.COMPLAINT_CHANGED, str(complaint.id), row["place"])
            self._touch(case_id)

    def delete_complaint(self, case_id: int, complaint_id: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM complaints WHERE id = ? AND case_id = ?", [complaint_id, case_id]
            )
            self._log(case_id, Event.COMPLAINT_REMOVED, str(complaint_id))
            self._touch(case_id)

    # -- fees -----------------------------------------------------------------
    def _fee_row(self, case_id: int, fee: Fee) -> dict[str, Any]:
        return {
            "case_id": case_id,
            "kind": fee.kind.value,
            "due_minor": fee.due.minor,
            "paid_minor": fee.paid.minor,
            "currency": fee.due.currency,
            "direction": fee.direction.value,
            "on_date": encode_date(fee.on),
            "note": fee.note,
        }

    def add_fee(self, case_id: int, fee: Fee) -> int:
        with self.db.atomic():
            fee_id = self.db["fees"].insert(self._fee_row(case_id, fee)).last_pk
            self._log(case_id, Event.FEE_ADDED, str(fee_id), fee.kind.value)
            self._touch(case_id)
        assert isinstance(fee_id, int)
        return fee_id

    def update_fee(self, case_id: int, fee: Fee) -> None:
        with self.db.atomic():
            self.db["fees"].update(fee.id, self._fee_row(case_id, fee))
            self._touch(case_id)

    def delete_fee(self, case_id: int, fee_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM fees WHERE id = ? AND case_id = ?", [fee_id, case_id])
            self._log(case_id, Event.FEE_REMOVED, str(fee_id))
            self._touch(case_id)


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
