"""A case's reminder dates as an iCalendar file (RFC 5545, written with icalendar) that
phone and desktop calendars import: one all-day event per date, each with an alarm at
09:00 the day before. Event UIDs are stable (case, kind of date, date), so importing a
newer file updates the events instead of doubling them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import BinaryIO

# The alarm: 09:00 on the day before an all-day event (which starts at 00:00).
ALARM_BEFORE = dt.timedelta(hours=15)


@dataclass(frozen=True)
class CalendarEntry:
    on: dt.date
    code: str  # domain.reminders.DateCode value
    summary: str  # already translated
    description: str


def build_ics(
    entries: list[CalendarEntry],
    target: BinaryIO,
    case_id: int,
    calendar_name: str,
    version: str,
    language: str,
    stamp: dt.datetime,
) -> int:
    """Write the calendar; returns the number of events."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//POS Assist//posassist {version}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    for entry in entries:
        event = Event()
        event.add("uid", f"posassist-case{case_id}-{entry.code}-{entry.on.isoformat()}@posassist")
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + dt.timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    target.write(calendar.to_ical())
    return len(entries)
