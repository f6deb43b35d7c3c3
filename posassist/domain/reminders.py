"""Dates that need the shop owner's attention, earliest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from posassist.domain import catalogue
from posassist.domain.case import Case
from posassist.domain.profile import Ownership


class DateCode(StrEnum):
    LAST_CARD_DAY = "last_card_day"
    ANSWER_DUE = "answer_due"
    FOLLOW_UP = "follow_up"
    DEPOSIT_REFUND_DUE = "deposit_refund_due"
    WATCH_UNTIL = "watch_until"


@dataclass(frozen=True, order=True)
class PendingDate:
    on: dt.date
    code: DateCode
    stage: str


def pending_dates(case: Case) -> list[PendingDate]:
    """Dates whose matter is not settled yet, overdue ones included."""
    applicable = {s.key for s in case.applicable_stages()}
    found: list[PendingDate] = []

    def add(key: str, code: DateCode, stage: str, settled: bool) -> None:
        value = case.get(key)
        if isinstance(value, dt.date) and stage in applicable and not settled:
            found.append(PendingDate(value, code, stage))

    add("last_card_day", DateCode.LAST_CARD_DAY, "customers", "customers" in case.stage_done)
    add("answer_due", DateCode.ANSWER_DUE, "apply", "apply" in case.stage_done)
    if case.profile.ownership is Ownership.DEPOSIT:
        add(
            "deposit_refund_due",
            DateCode.DEPOSIT_REFUND_DUE,
            "money",
            bool(case.get("deposit_refunded")),
        )
    add("watch_until", DateCode.WATCH_UNTIL, "after", "after" in case.stage_done)
    # A follow-up is pending until a later contact with the provider is logged.
    if case.contacts:
        latest = max(c.at for c in case.contacts)
        for contact in case.contacts:
            if contact.follow_up and contact.at == latest:
                found.append(PendingDate(contact.follow_up, DateCode.FOLLOW_UP, "contact"))
    return sorted(found)


def next_date(case: Case) -> PendingDate | None:
    dates = pending_dates(case)
    return dates[0] if dates else None


def default_watch_until(closed_on: dt.date) -> dt.date:
    return closed_on + dt.timedelta(days=catalogue.WATCH_DAYS_AFTER_CLOSING)


def implied_values(case: Case, key: str, value: object) -> dict[str, object]:
    """Other values that setting `key` to `value` sets too: the bank statements are
    watched from the closing date on, unless the owner has chosen a date already."""
    if key == "closed_on" and isinstance(value, dt.date) and not case.get("watch_until"):
        return {"watch_until": default_watch_until(value)}
    return {}
