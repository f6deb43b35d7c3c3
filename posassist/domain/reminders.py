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
    # Dates kept in the calendar (calendar_dates), not in the case list's next date:
    SIM_FEE_RENEWAL = "sim_fee_renewal"  # check the yearly data fee is not charged again
    KEEP_SLIPS_UNTIL = "keep_slips_until"  # slips kept a year for chargebacks
    KEEP_DOSSIER_UNTIL = "keep_dossier_until"  # the dossier kept five years


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


# How long the shop keeps its papers (procedure.md, "Money that causes disputes").
KEEP_SLIPS_YEARS = 1
KEEP_DOSSIER_YEARS = 5


def years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February -> 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def calendar_dates(case: Case) -> list[PendingDate]:
    """Every date worth a reminder in the owner's calendar: the pending ones, the data
    fee's next renewal (a year after each one charged, to check it is not taken again),
    how long slips (a year after the last card payment) and the dossier (five years after
    closing, else after the last card payment) are kept."""
    found = list(pending_dates(case))
    for fee in case.fees:
        if fee.kind.value == "sim_data" and fee.on is not None:
            found.append(PendingDate(years_after(fee.on, 1), DateCode.SIM_FEE_RENEWAL, "money"))
    last = case.get("last_transaction_on")
    if isinstance(last, dt.date):
        found.append(
            PendingDate(years_after(last, KEEP_SLIPS_YEARS), DateCode.KEEP_SLIPS_UNTIL, "backup")
        )
    closed = case.get("closed_on")
    start = closed if isinstance(closed, dt.date) else last
    if isinstance(start, dt.date):
        found.append(
            PendingDate(
                years_after(start, KEEP_DOSSIER_YEARS), DateCode.KEEP_DOSSIER_UNTIL, "review"
            )
        )
    return sorted(set(found))
