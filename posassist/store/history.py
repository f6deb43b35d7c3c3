"""The case history table: append-only lines, written inside the caller's transaction."""

from __future__ import annotations

import getpass

from sqlite_utils import Database

from posassist.domain.history import Event
from posassist.store.codec import encode_time, now


def _actor() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no login name (some containers and services)
        return ""


def log_event(
    db: Database, case_id: int, event: Event, subject: str = "", detail: str = ""
) -> None:
    db["history"].insert(
        {
            "case_id": case_id,
            "at": encode_time(now()),
            "actor": _actor(),
            "event": event.value,
            "subject": subject,
            "detail": detail,
        }
    )


def touch_case(db: Database, case_id: int) -> None:
    db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [encode_time(now()), case_id])
