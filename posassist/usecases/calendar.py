"""Export a case's reminder dates to a calendar file: `posassist calendar CASE_ID -o F.ics`
(and, later, the window's *Export to calendar…*) call `export_calendar`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posassist.report.files import write_atomically
from posassist.usecases.export import NoSuchCase, _open
from posassist.words import texts
from posassist.words.messages import fill
from posassist.words.translation import translator_for

__all__ = ["CalendarResult", "NoSuchCase", "export_calendar"]


@dataclass
class CalendarResult:
    path: Path
    events: list[tuple[dt.date, str]] = field(default_factory=list)  # (date, DateCode value)


def export_calendar(
    case_file: Any,
    case_id: int,
    out: Path,
    language: str,
    translate: Callable[[str, str], str] | None = None,
    now: dt.datetime | None = None,
) -> CalendarResult:
    """Write every reminder date of the case (domain.reminders.calendar_dates) to `out` as
    iCalendar. Raises NoSuchCase and OSError."""
    from posassist import __version__
    from posassist.domain.reminders import calendar_dates
    from posassist.report.ics import CalendarEntry, build_ics
    from posassist.store.cases import CaseRepository, UnknownCase

    translate = translate or translator_for(language)
    db, owned = _open(case_file)
    try:
        try:
            case = CaseRepository(db).load(case_id)
        except UnknownCase as error:
            raise NoSuchCase(case_id) from error
    finally:
        if owned:
            db.close()
    dates = calendar_dates(case)
    with texts.translating_with(translate):
        terminal = case.get("terminal_id") or case.get("serial_no") or ""
        about = fill(
            translate("Calendar", "POS Assist, case %1: %2, %3, terminal %4"),
            case_id, case.shop_name, case.provider, terminal or "-",
        )  # fmt: skip
        entries = [
            CalendarEntry(
                d.on,
                d.code.value,
                fill(translate("Calendar", "%1: %2"), case.shop_name, texts.date_code(d.code)),
                f"{about}\n{texts.stage_title(d.stage)}",
            )
            for d in dates
        ]
        name = fill(translate("Calendar", "POS Assist: %1"), case.shop_name)
    out = Path(out)
    write_atomically(
        out,
        lambda stream: build_ics(
            entries, stream, case_id, name, __version__, language,
            now or dt.datetime.now().astimezone(),
        ),
    )  # fmt: skip
    return CalendarResult(out, [(d.on, d.code.value) for d in dates])
