"""Export a case's reminders as an iCalendar file (RFC 5545) that phone and desktop
calendars import: one all-day event per pending date (domain.reminders.pending_dates),
each with an alarm at 09:00 the day before. Called the same way by the case menu's
"Export to calendar…" and `posassist calendar CASE_ID -o FILE.ics`.

An event's UID names the case and the reminder (not its date), so importing a newer
export again updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posassist.domain.case import Case
from posassist.domain.reminders import COMPLAINT_CODES, PendingDate, pending_dates
from posassist.report.files import write_atomically
from posassist.words import texts
from posassist.words.translation import translator_for

# 09:00 on the day before: an all-day event starts at 00:00 of its day.
ALARM_BEFORE = dt.timedelta(hours=-15)
UID_DOMAIN = "posassist.invalid"  # a domain that is never anyone's (RFC 6761)


class NothingToRemind(LookupError):
    """The case has no date to remind of (RFC 5545 wants one event at least)."""


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    dates: list[PendingDate]  # one event each, earliest first

    @property
    def events(self) -> int:
        return len(self.dates)


def export_calendar(
    case_file: Any, case_id: int, out: Path, language: str, now: dt.datetime | None = None
) -> CalendarResult:
    """Write the reminders of case `case_id` to `out` (atomically), worded in `language`.
    Raises usecases.export.NoSuchCase, NothingToRemind and OSError."""
    from posassist.usecases.export import load_case

    case = load_case(case_file, case_id)  # raises NoSuchCase
    dates = pending_dates(case)
    if not dates:
        raise NothingToRemind(case_id)
    with texts.translating_with(translator_for(language)):
        data = calendar_bytes(case, dates, now or dt.datetime.now(dt.UTC))
    out = Path(out)
    write_atomically(out, lambda stream: stream.write(data))
    return CalendarResult(out, dates)


def calendar_bytes(case: Case, dates: list[PendingDate], now: dt.datetime) -> bytes:
    """The iCalendar text of `dates`, in the language texts.translate speaks now."""
    from icalendar import Alarm, Calendar, Event

    from posassist import __version__

    calendar = Calendar()
    calendar.add("prodid", f"-//POS Assist//posassist {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = texts.translate("Calendar", "POS Assist: %1").replace("%1", _case_name(case))
    calendar.add("x-wr-calname", name)
    for pending in dates:
        title = f"{texts.date_code(pending.code)} · {_case_name(case)}"
        event = Event()
        event.add("uid", _uid(case, pending))
        event.add("dtstamp", now)
        event.add("dtstart", pending.on)
        event.add("dtend", pending.on + dt.timedelta(days=1))
        event.add("summary", title)
        event.add("description", _description(case, pending))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def _case_name(case: Case) -> str:
    return " · ".join(p for p in (case.shop_name, case.provider) if p) or str(case.id)


def _uid(case: Case, pending: PendingDate) -> str:
    subject = f"-{pending.subject}" if pending.subject else ""
    return f"case-{case.id}-{pending.code.value}{subject}@{UID_DOMAIN}"


def _description(case: Case, pending: PendingDate) -> str:
    translate = texts.translate
    lines = []
    if pending.code in COMPLAINT_CODES:
        complaint = next((c for c in case.complaints if str(c.id) == pending.subject), None)
        if complaint is not None:
            lines.append(
                translate("Calendar", "Complaint of %1 to %2")
                .replace("%1", complaint.filed_on.isoformat())
                .replace("%2", texts.complaint_place(complaint.place))
            )
            if complaint.ticket:
                lines.append(translate("Calendar", "Ticket no. %1").replace("%1", complaint.ticket))
    if pending.estimated:
        lines.append(
            translate(
                "Calendar",
                "Counted before that year's holidays were announced: it may move by a day or two.",
            )
        )
    terminal = case.get("terminal_id") or case.get("serial_no")
    if terminal:
        lines.append(translate("Calendar", "Terminal %1").replace("%1", str(terminal)))
    lines.append(translate("Calendar", "From POS Assist, case %1").replace("%1", str(case.id)))
    return "\n".join(lines)
