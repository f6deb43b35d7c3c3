"""Deadlines after a 12363 complaint, counted in the mainland calendar (chinese-calendar):
across 国庆 2026 (1-7 October off, Saturday 10 October worked) and a plain weekend."""

from __future__ import annotations

import datetime as dt

from posassist.domain.working_days import (
    CalendarUnknown,
    add_working_days,
    complaint_deadlines,
    mainland_workday,
    period_end,
)

D = dt.date


def test_the_calendar_knows_the_2026_national_day_schedule():
    assert not mainland_workday(D(2026, 10, 1)) and not mainland_workday(D(2026, 10, 7))
    assert mainland_workday(D(2026, 10, 10))  # a Saturday worked in lieu
    assert mainland_workday(D(2026, 9, 20))  # a Sunday worked in lieu
    assert not mainland_workday(D(2026, 9, 26))  # a plain Saturday (中秋 weekend)


def test_a_complaint_filed_just_before_national_day():
    # Wed 30 Sep: 8, 9, 10 (Sat, worked), 12, 13, 14, 15 October are the 7 working days.
    deadlines = complaint_deadlines(D(2026, 9, 30))
    assert deadlines.accept_by == D(2026, 10, 15)
    assert deadlines.answer_by == D(2026, 10, 30)  # 15 days on, a Friday
    assert deadlines.answer_at_most == D(2026, 12, 14)  # 60 days on, a Monday
    assert deadlines.unknown is None


def test_a_complaint_filed_on_a_friday_skips_the_weekend():
    assert add_working_days(D(2026, 11, 13), 1) == D(2026, 11, 16)
    assert add_working_days(D(2026, 11, 13), 7) == D(2026, 11, 24)
    assert complaint_deadlines(D(2026, 11, 13)).answer_by == D(2026, 12, 9)


def test_a_period_ending_in_the_holiday_ends_on_the_next_working_day():
    assert period_end(D(2026, 9, 20), 15) == D(2026, 10, 8)  # 5 October is a holiday
    assert period_end(D(2026, 9, 13), 14) == D(2026, 9, 28)  # Sun 27 Sep, then Monday
    taken = complaint_deadlines(D(2026, 9, 16), accepted_on=D(2026, 9, 20))
    assert taken.answer_by == D(2026, 10, 8)


def test_a_year_the_calendar_lacks_is_said_not_guessed():
    try:
        mainland_workday(D(2099, 1, 5))
    except CalendarUnknown as error:
        assert error.year == 2099
    else:
        raise AssertionError("2099 is not published: no working day can be known")
    late = complaint_deadlines(D(2026, 12, 20))
    assert late.accept_by == D(2026, 12, 29)
    # 60 days on is in 2027: unknown until the calendar carries that year's schedule
    assert (late.answer_at_most is None) == (late.unknown == 2027)
