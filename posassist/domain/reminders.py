"""Dates that need the shop owner's attention, earliest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from posassist.domain import catalogue, working_days
from posassist.domain.case import Case, Complaint, ComplaintPlace, FeeKind
from posassist.domain.profile import Ownership

# After a complaint to a People's Bank branch or 12363 (procedure.md, "Where to
# complain"): accepted or not within 7 working days; the institution answers within 15
# days, 60 at most.
ACCEPTANCE_WORKING_DAYS = 7
ANSWER_DAYS = 15
ANSWER_DAYS_AT_MOST = 60
# How long to keep things (procedure.md, "Records"): slips a year after the last
# transaction (chargebacks, 调单), the dossier five years after closing.
KEEP_SLIPS_YEARS = 1
KEEP_DOSSIER_YEARS = 5


class DateCode(StrEnum):
    LAST_CARD_DAY = "last_card_day"
    ANSWER_DUE = "answer_due"
    FOLLOW_UP = "follow_up"
    DEPOSIT_REFUND_DUE = "deposit_refund_due"
    WATCH_UNTIL = "watch_until"
    COMPLAINT_PROMISED = "complaint_promised"  # the answer date the desk promised
    COMPLAINT_ACCEPTANCE = "complaint_acceptance"  # 7 working days after a PBoC/12363 one
    COMPLAINT_ANSWER = "complaint_answer"  # 15 days after
    COMPLAINT_ANSWER_LATEST = "complaint_answer_latest"  # 60 days after
    DATA_FEE_RENEWAL = "data_fee_renewal"  # check the yearly data fee is not taken again
    KEEP_SLIPS_UNTIL = "keep_slips_until"
    KEEP_DOSSIER_UNTIL = "keep_dossier_until"


COMPLAINT_CODES = (
    DateCode.COMPLAINT_PROMISED,
    DateCode.COMPLAINT_ACCEPTANCE,
    DateCode.COMPLAINT_ANSWER,
    DateCode.COMPLAINT_ANSWER_LATEST,
)


@dataclass(frozen=True, order=True)
class PendingDate:
    on: dt.date
    code: DateCode
    stage: str
    # Which record the date belongs to, when there can be several (a complaint's id).
    subject: str = ""
    # Counted in a year whose holiday arrangement is not announced yet: it may move.
    estimated: bool = False


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
    for complaint in case.complaints:
        if not complaint.answered:
            found += complaint_deadlines(complaint)
    renewal = data_fee_renewal(case)
    if renewal is not None:
        found.append(PendingDate(renewal, DateCode.DATA_FEE_RENEWAL, "money"))
    last_transaction = case.get("last_transaction_on")
    if isinstance(last_transaction, dt.date):
        keep = working_days.add_years(last_transaction, KEEP_SLIPS_YEARS)
        found.append(PendingDate(keep, DateCode.KEEP_SLIPS_UNTIL, "after"))
    closed_on = case.get("closed_on")
    if isinstance(closed_on, dt.date):
        keep = working_days.add_years(closed_on, KEEP_DOSSIER_YEARS)
        found.append(PendingDate(keep, DateCode.KEEP_DOSSIER_UNTIL, "after"))
    return sorted(found)


def complaint_deadlines(complaint: Complaint) -> list[PendingDate]:
    """The dates that follow a complaint, whether it is answered or not: the promised
    answer; after a People's Bank branch or 12363, acceptance within 7 working days and
    the answer within 15 days (60 at most), each period ending on a working day."""
    subject = str(complaint.id or "")
    dates = []
    if complaint.promised_on is not None:
        dates.append(
            PendingDate(complaint.promised_on, DateCode.COMPLAINT_PROMISED, "after", subject)
        )
    if complaint.place in (ComplaintPlace.PBOC, ComplaintPlace.HOTLINE_12363):
        filed = complaint.filed_on
        for on, code in (
            (
                working_days.add_working_days(filed, ACCEPTANCE_WORKING_DAYS),
                DateCode.COMPLAINT_ACCEPTANCE,
            ),
            (working_days.add_days(filed, ANSWER_DAYS), DateCode.COMPLAINT_ANSWER),
            (
                working_days.add_days(filed, ANSWER_DAYS_AT_MOST),
                DateCode.COMPLAINT_ANSWER_LATEST,
            ),
        ):
            # The days counted run from the day after filing up to the deadline.
            estimated = any(working_days.is_estimated(d) for d in (filed, on))
            dates.append(PendingDate(on, code, "after", subject, estimated))
    return sorted(dates)


def data_fee_renewal(case: Case) -> dt.date | None:
    """The next yearly renewal of the SIM/data fee (流量费) to check is not taken again:
    a year after the latest data fee in the fee list, past the closing date if there is one."""
    charged = [f.on for f in case.fees if f.kind is FeeKind.SIM_DATA and f.on is not None]
    if not charged:
        return None
    latest = max(charged)
    closed_on = case.get("closed_on")
    after = max(latest, closed_on) if isinstance(closed_on, dt.date) else latest
    years = 1
    while (renewal := working_days.add_years(latest, years)) <= after:
        years += 1
    return renewal


# Dates this close are shown as due when the window opens.
DUE_SOON_DAYS = 7


KEEPING_CODES = (DateCode.KEEP_SLIPS_UNTIL, DateCode.KEEP_DOSSIER_UNTIL)


def due_dates(case: Case, today: dt.date, within: int = DUE_SOON_DAYS) -> list[PendingDate]:
    """Pending dates that have passed or come within `within` days of `today`; a keeping
    date that has passed asks nothing more (the papers may go), so it is not among them."""
    return [
        d
        for d in pending_dates(case)
        if d.on <= today + dt.timedelta(days=within)
        and not (d.code in KEEPING_CODES and d.on < today)
    ]


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
