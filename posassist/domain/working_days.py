"""Working days of mainland China: weekends, statutory holidays and the make-up working
days (调休) the State Council announces each year, from the `holidays` library (pure
Python data, updated monthly, sourced from each year's State Council notice).

Periods are counted as the Civil Code counts them (民法典 第201、203条): the day something
happens is not counted, and a period whose last day is a rest day ends on the next
working day.

A year the State Council has not announced yet (the library then knows the statutory
holidays but not the make-up days) is "estimated": `is_estimated` says so, and a
deadline in such a year may still move by a day or two.
"""

from __future__ import annotations

import datetime as dt
import threading
from functools import cache
from typing import Any

_lock = threading.Lock()
_calendar: Any = None  # holidays.HolidayBase, loaded on first use


def _china() -> Any:
    # Imported here: the library takes ~0.1 s to load, which the case list and the
    # command line only pay once a deadline is counted.
    global _calendar
    if _calendar is None:
        import holidays

        _calendar = holidays.country_holidays("CN", language="en_US")
    return _calendar


def preload() -> None:
    """Load the library and its China data now (~0.15 s, once per process), e.g. on a
    thread of the window's while the owner reads the complaint log."""
    with _lock:
        _china()
    official_years()


@cache
def official_years() -> frozenset[int]:
    """The years whose State Council notice the library holds (its make-up days)."""
    from holidays.countries.china import ChinaStaticHolidays

    return frozenset(ChinaStaticHolidays.special_public_holidays)


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday that is no holiday, or a weekend day made a working day (调休)."""
    with _lock:  # the library fills in a year's days on first use: one thread at a time
        return _china().is_working_day(day)


def holiday_name(day: dt.date) -> str | None:
    """The holiday's English name (e.g. "National Day"), None on other days."""
    with _lock:
        return _china().get(day)


def is_estimated(day: dt.date) -> bool:
    """True when the day's year has no State Council holiday notice in the library yet."""
    return day.year not in official_years()


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `start` (start itself not counted): "within 7
    working days" of a complaint filed on `start` ends on this day. count >= 1."""
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    day = start
    left = count
    while left:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_days(start: dt.date, count: int) -> dt.date:
    """The last day of a period of `count` days from `start` (start not counted), moved to
    the next working day when it falls on a weekend or holiday (民法典 第203条)."""
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    return next_working_day(start + dt.timedelta(days=count))


def add_years(start: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)
