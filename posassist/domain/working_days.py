"""Deadlines after a complaint to the People's Bank / 12363, in mainland China's calendar.

The branch decides within 7 working days whether it takes the complaint; the institution
then answers within 15 days, 60 at most (procedure.md, "Where to complain"). Periods are
counted as the Civil Code counts them (第201条, 第203条): the day of the event is not
counted, and a period whose last day is a rest day or a public holiday ends on the next
working day. Working days, public holidays and the weekend days worked in their place
(调休) come from the chinese-calendar library, which carries the State Council's yearly
schedule; a year it does not know yet raises CalendarUnknown rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

ACCEPT_WORKING_DAYS = 7
ANSWER_DAYS = 15
ANSWER_DAYS_AT_MOST = 60

IsWorkday = Callable[[dt.date], bool]


class CalendarUnknown(LookupError):
    """The holiday schedule of `year` is not published in the installed calendar yet."""

    def __init__(self, year: int) -> None:
        super().__init__(f"the mainland holiday schedule of {year} is not known yet")
        self.year = year


def mainland_workday(day: dt.date) -> bool:
    """Whether `day` is a working day on the mainland (weekends worked in lieu included)."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError as error:  # the library's word for a year it lacks
        raise CalendarUnknown(day.year) from error


def add_working_days(
    start: dt.date, count: int, is_workday: IsWorkday = mainland_workday
) -> dt.date:
    """The `count`-th working day after `start` (start itself not counted)."""
    day, found = start, 0
    while found < count:
        day += dt.timedelta(days=1)
        if is_workday(day):
            found += 1
    return day


def period_end(start: dt.date, days: int, is_workday: IsWorkday = mainland_workday) -> dt.date:
    """The last day of a period of `days` days from `start`, moved to the next working day
    when it falls on a rest day or a holiday."""
    day = start + dt.timedelta(days=days)
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


@dataclass(frozen=True)
class ComplaintDeadlines:
    """None where the date falls in a year whose schedule is not known yet (`unknown`)."""

    accept_by: dt.date | None  # the branch has decided whether it takes the complaint
    answer_by: dt.date | None  # the institution's answer, 15 days
    answer_at_most: dt.date | None  # the longest extension, 60 days
    unknown: int | None = None  # the first year the calendar lacks, if any


def complaint_deadlines(
    filed_on: dt.date,
    accepted_on: dt.date | None = None,
    is_workday: IsWorkday = mainland_workday,
) -> ComplaintDeadlines:
    """The dates after a 12363 complaint filed on `filed_on`: the answer periods run from
    the day it was taken (when known), else from the last day it may be taken."""
    unknown: list[int] = []

    def known(make: Callable[[], dt.date]) -> dt.date | None:
        try:
            return make()
        except CalendarUnknown as error:
            unknown.append(error.year)
            return None

    accept_by = known(lambda: add_working_days(filed_on, ACCEPT_WORKING_DAYS, is_workday))
    base = accepted_on or accept_by
    if base is None:
        return ComplaintDeadlines(None, None, None, min(unknown))
    answer_by = known(lambda: period_end(base, ANSWER_DAYS, is_workday))
    at_most = known(lambda: period_end(base, ANSWER_DAYS_AT_MOST, is_workday))
    return ComplaintDeadlines(accept_by, answer_by, at_most, min(unknown) if unknown else None)
