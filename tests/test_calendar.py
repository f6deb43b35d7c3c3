"""The reminder dates of a case as an .ics file, read back by icalendar (which wrote it) and
by vobject (an independent parser): one event per date, the right day, an alarm each."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from posassist.domain.case import Case, Direction, Fee, FeeKind
from posassist.domain.money import Money
from posassist.domain.reminders import DateCode, calendar_dates, years_after

TODAY = dt.date(2026, 11, 25)


def test_the_dates_worth_a_reminder():
    case = Case(
        values={
            "ownership": "deposit",
            "deposit_refund_due": dt.date(2026, 12, 20),
            "last_transaction_on": dt.date(2026, 11, 13),
            "closed_on": dt.date(2026, 11, 30),
            "watch_until": dt.date(2027, 2, 28),
        },
        fees=[Fee(FeeKind.SIM_DATA, Money(9900), Money(9900), Direction.SHOP_PAYS, TODAY)],
    )
    found = {(d.code, d.on) for d in calendar_dates(case)}
    assert found == {
        (DateCode.DEPOSIT_REFUND_DUE, dt.date(2026, 12, 20)),
        (DateCode.WATCH_UNTIL, dt.date(2027, 2, 28)),
        (DateCode.SIM_FEE_RENEWAL, dt.date(2027, 11, 25)),
        (DateCode.KEEP_SLIPS_UNTIL, dt.date(2027, 11, 13)),
        (DateCode.KEEP_DOSSIER_UNTIL, dt.date(2031, 11, 30)),  # five years from closing
    }
    case.values["deposit_refunded"] = True
    assert DateCode.DEPOSIT_REFUND_DUE not in {d.code for d in calendar_dates(case)}
    assert years_after(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)


def _case_file(tmp_path: Path) -> tuple[Path, int]:
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.demo import add_demo_case

    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    repo = CaseRepository(db)
    case_id = add_demo_case(repo, TODAY)
    repo.set_value(case_id, "closed_on", dt.date(2026, 11, 28))
    repo.set_value(case_id, "watch_until", dt.date(2027, 2, 26))
    db.close()
    return path, case_id


def test_the_ics_reads_back_in_two_parsers(tmp_path):
    import icalendar
    import vobject

    from posassist.usecases.calendar import export_calendar

    path, case_id = _case_file(tmp_path)
    out = tmp_path / "case.ics"
    result = export_calendar(path, case_id, out, "zh_CN")
    expected = sorted(result.events)
    assert (dt.date(2031, 11, 28), "keep_dossier_until") in expected
    assert (dt.date(2027, 11, 20), "sim_fee_renewal") in expected  # the fee of 20 November
    assert (dt.date(2026, 11, 29), "follow_up") in expected
    assert (dt.date(2027, 2, 26), "watch_until") in expected
    assert (dt.date(2027, 11, 13), "keep_slips_until") in expected
    assert len(expected) == len(set(expected)) == 5

    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    days = sorted(e.decoded("dtstart") for e in events)
    assert days == [on for on, _ in expected]
    for event in events:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)  # all day
        (alarm,) = event.walk("VALARM")
        assert alarm["action"] == "DISPLAY"
        assert alarm.decoded("trigger") == -dt.timedelta(hours=15)
        assert "老王家常菜馆" in str(event["summary"])
    assert len({str(e["uid"]) for e in events}) == len(events)

    parsed = vobject.readOne(out.read_text(encoding="utf-8"))
    vevents = parsed.vevent_list
    assert sorted(v.dtstart.value for v in vevents) == days
    for v in vevents:
        assert v.valarm.trigger.value == -dt.timedelta(hours=15)
        assert v.valarm.action.value == "DISPLAY"
    summaries = {v.summary.value for v in vevents}
    assert "老王家常菜馆：证据材料汇编保存期满" in summaries  # in the file's language


def test_the_calendar_command(tmp_path):
    assert (
        subprocess.run(
            [sys.executable, "-m", "posassist", "demo-case", "--data-dir", str(tmp_path)],
            capture_output=True, cwd=Path(__file__).parent,
        ).returncode == 0
    )  # fmt: skip
    made = subprocess.run(
        [sys.executable, "-m", "posassist", "calendar", "1", "-o", str(tmp_path / "c.ics"),
         "--lang", "en", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, cwd=Path(__file__).parent,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "dates, each with a reminder" in made.stdout
    assert (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
