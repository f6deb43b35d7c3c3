"""Working days of mainland China and the deadlines that follow a complaint, across
National Day 2026 (1–7 October off; Sunday 20 September and Saturday 10 October are
make-up working days), Mid-Autumn (Friday 25 September) and ordinary weekends."""

from __future__ import annotations

import datetime as dt

import pytest

from posassist.domain import working_days
from posassist.domain.case import Case, Complaint, ComplaintPlace, Fee, FeeKind
from posassist.domain.money import Money
from posassist.domain.reminders import (
    DateCode,
    complaint_deadlines,
    data_fee_renewal,
    next_date,
    pending_dates,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 9, 30), True),  # Wednesday before National Day
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 10, 6), False),  # day off moved from 20 September
        (D(2026, 10, 7), False),  # day off moved from 10 October
        (D(2026, 10, 10), True),  # Saturday, a make-up working day (调休)
        (D(2026, 9, 20), True),  # Sunday, a make-up working day (调休)
        (D(2026, 10, 11), False),  # an ordinary Sunday
        (D(2026, 9, 25), False),  # Mid-Autumn Festival, a Friday
        (D(2026, 11, 21), False),  # an ordinary Saturday
        (D(2026, 11, 23), True),  # an ordinary Monday
    ],
)
def test_the_2026_calendar_with_its_make_up_days(day, working):
    assert working_days.is_working_day(day) is working


def test_seven_working_days_from_just_before_national_day():
    # 8, 9, 10 (Saturday, 调休), 12, 13, 14, 15 October.
    assert working_days.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 15)


def test_working_days_over_a_weekend():
    # Filed on a Friday: 23–27 November, 30 November, 1 December.
    assert working_days.add_working_days(D(2026, 11, 20), 7) == D(2026, 12, 1)
    assert working_days.add_working_days(D(2026, 11, 20), 1) == D(2026, 11, 23)


def test_a_make_up_sunday_counts_and_a_festival_does_not():
    # From Friday 18 September: Sunday 20 (调休) is the first; Friday 25 (Mid-Autumn) is not.
    assert working_days.add_working_days(D(2026, 9, 18), 1) == D(2026, 9, 20)
    assert working_days.add_working_days(D(2026, 9, 18), 7) == D(2026, 9, 29)


def test_a_period_of_days_ending_on_a_holiday_ends_on_the_next_working_day():
    assert working_days.add_days(D(2026, 9, 22), 15) == D(2026, 10, 8)  # 7 Oct is off
    assert working_days.add_days(D(2026, 9, 30), 15) == D(2026, 10, 15)  # a Thursday
    assert working_days.add_days(D(2026, 9, 30), 60) == D(2026, 11, 30)  # 29 Nov: Sunday
    assert working_days.add_days(D(2026, 9, 25), 15) == D(2026, 10, 10)  # the 调休 Saturday


def test_counts_must_be_positive():
    with pytest.raises(ValueError):
        working_days.add_working_days(D(2026, 9, 30), 0)
    with pytest.raises(ValueError):
        working_days.add_days(D(2026, 9, 30), -1)


def test_a_year_without_a_state_council_notice_is_estimated():
    assert not working_days.is_estimated(D(2026, 10, 1))
    assert working_days.is_estimated(D(2100, 1, 1))
    assert working_days.holiday_name(D(2026, 10, 1)) == "National Day"


def test_add_years_keeps_the_day_and_handles_29_february():
    assert working_days.add_years(D(2026, 10, 31), 5) == D(2031, 10, 31)
    assert working_days.add_years(D(2028, 2, 29), 1) == D(2029, 2, 28)


def test_a_12363_complaint_filed_before_national_day():
    complaint = Complaint(D(2026, 9, 30), ComplaintPlace.HOTLINE_12363, ticket="T-1", id=4)
    dates = {d.code: d for d in complaint_deadlines(complaint)}
    assert dates[DateCode.COMPLAINT_ACCEPTANCE].on == D(2026, 10, 15)
    assert dates[DateCode.COMPLAINT_ANSWER].on == D(2026, 10, 15)
    assert dates[DateCode.COMPLAINT_ANSWER_LATEST].on == D(2026, 11, 30)
    assert all(d.subject == "4" and not d.estimated for d in dates.values())
    assert DateCode.COMPLAINT_PROMISED not in dates


def test_a_provider_complaint_has_only_its_promised_date():
    complaint = Complaint(D(2026, 11, 2), ComplaintPlace.PROVIDER, promised_on=D(2026, 11, 9), id=1)
    assert [(d.on, d.code) for d in complaint_deadlines(complaint)] == [
        (D(2026, 11, 9), DateCode.COMPLAINT_PROMISED)
    ]


def test_an_answered_complaint_leaves_the_reminders():
    complaint = Complaint(D(2026, 11, 20), ComplaintPlace.PBOC, id=2)
    case = Case(complaints=[complaint])
    assert next_date(case).code is DateCode.COMPLAINT_ACCEPTANCE
    assert next_date(case).on == D(2026, 12, 1)
    complaint.answer = "Refund of the data fee agreed"
    complaint.answered_on = D(2026, 11, 27)
    assert next_date(case) is None


def test_keeping_dates_and_the_data_fee_renewal():
    case = Case(
        values={"last_transaction_on": D(2026, 10, 28), "closed_on": D(2026, 11, 5)},
        fees=[Fee(FeeKind.SIM_DATA, Money(9900), Money(9900), on=D(2026, 3, 15))],
    )
    dates = {d.code: d.on for d in pending_dates(case)}
    assert dates[DateCode.KEEP_SLIPS_UNTIL] == D(2027, 10, 28)
    assert dates[DateCode.KEEP_DOSSIER_UNTIL] == D(2031, 11, 5)
    # Charged on 15 March 2026; closed after that, so the renewal to watch is 2027's.
    assert dates[DateCode.DATA_FEE_RENEWAL] == D(2027, 3, 15)
    del case.values["closed_on"]
    assert data_fee_renewal(case) == D(2027, 3, 15)
    case.values["closed_on"] = D(2027, 4, 1)
    assert data_fee_renewal(case) == D(2028, 3, 15)
    assert data_fee_renewal(Case()) is None


def test_a_deadline_in_a_year_not_announced_yet_is_marked_estimated(monkeypatch):
    # As if the library held 2026's State Council notice and not 2027's.
    monkeypatch.setattr(working_days, "official_years", lambda: frozenset({2026}))
    late = Complaint(D(2026, 12, 18), ComplaintPlace.PBOC, id=3)
    dates = {d.code: d for d in complaint_deadlines(late)}
    assert not dates[DateCode.COMPLAINT_ACCEPTANCE].estimated  # 29 December 2026
    assert dates[DateCode.COMPLAINT_ACCEPTANCE].on == D(2026, 12, 29)
    assert dates[DateCode.COMPLAINT_ANSWER].estimated  # 2 January 2027 → after New Year
    assert dates[DateCode.COMPLAINT_ANSWER_LATEST].estimated


def test_due_dates_are_near_or_past_and_a_passed_keeping_date_is_not_due():
    from posassist.domain.reminders import due_dates

    case = Case(
        values={"last_transaction_on": D(2025, 10, 1), "watch_until": D(2026, 12, 10)},
        complaints=[
            Complaint(D(2026, 11, 20), ComplaintPlace.PROVIDER, promised_on=D(2026, 12, 30))
        ],
    )
    today = D(2026, 12, 7)
    assert [d.code for d in due_dates(case, today)] == [DateCode.WATCH_UNTIL]
    # Slips kept until 1 October 2026: due in the week before, not once it has passed.
    assert [d.code for d in due_dates(case, D(2026, 9, 28))] == [DateCode.KEEP_SLIPS_UNTIL]
    assert DateCode.COMPLAINT_PROMISED in [d.code for d in due_dates(case, D(2026, 12, 25))]
