"""The reminders as an iCalendar file: read back by the library that wrote it (icalendar)
and by an independent parser (vobject), one event per pending date with its date and an
alarm; from the command line and from the case menu."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import icalendar
import pytest
import vobject

from posassist.domain.case import Complaint, ComplaintPlace, Direction, Fee, FeeKind
from posassist.domain.money import Money
from posassist.domain.reminders import DateCode, pending_dates
from posassist.usecases.calendar import NothingToRemind, export_calendar
from posassist.usecases.casefile import open_case_file
from posassist.usecases.export import NoSuchCase

D = dt.date
# What the case below must remind of, by code (and complaint) and date.
EXPECTED = {
    (DateCode.ANSWER_DUE, ""): D(2026, 9, 28),
    (DateCode.DEPOSIT_REFUND_DUE, ""): D(2026, 10, 20),
    (DateCode.COMPLAINT_PROMISED, "1"): D(2026, 10, 9),
    (DateCode.COMPLAINT_ACCEPTANCE, "2"): D(2026, 10, 15),
    (DateCode.COMPLAINT_ANSWER, "2"): D(2026, 10, 15),
    (DateCode.COMPLAINT_ANSWER_LATEST, "2"): D(2026, 11, 30),
    (DateCode.WATCH_UNTIL, ""): D(2027, 1, 30),
    (DateCode.DATA_FEE_RENEWAL, ""): D(2027, 3, 15),
    (DateCode.KEEP_SLIPS_UNTIL, ""): D(2027, 10, 28),
    (DateCode.KEEP_DOSSIER_UNTIL, ""): D(2031, 11, 1),
}


def make_case(data_dir: Path) -> tuple[Path, int]:
    path = data_dir / "posassist.sqlite3"
    case_file = open_case_file(path)
    repo = case_file.cases
    case_id = repo.create({"shop_name": "小卖部", "provider": "某支付", "terminal_type": "mobile"})
    for key, value in {
        "ownership": "deposit",
        "answer_due": D(2026, 9, 28),
        "deposit_refund_due": D(2026, 10, 20),
        "last_transaction_on": D(2026, 10, 28),
        "closed_on": D(2026, 11, 1),
        "watch_until": D(2027, 1, 30),
        "terminal_id": "20581034",
    }.items():
        repo.set_value(case_id, key, value)
    repo.add_fee(
        case_id,
        Fee(FeeKind.SIM_DATA, Money(9900), Money(9900), Direction.SHOP_PAYS, D(2026, 3, 15)),
    )
    repo.add_complaint(
        case_id,
        Complaint(
            D(2026, 9, 28), ComplaintPlace.PROVIDER, "GD-77", "退押金", promised_on=D(2026, 10, 9)
        ),
    )
    # Filed the day before National Day: acceptance counts 8, 9, 10 (调休), 12–15 October.
    repo.add_complaint(
        case_id, Complaint(D(2026, 9, 30), ComplaintPlace.HOTLINE_12363, "12363-017", "退押金")
    )
    # Answered: no reminder is left of it.
    repo.add_complaint(
        case_id,
        Complaint(D(2026, 8, 3), ComplaintPlace.PBOC, answer="已退", answered_on=D(2026, 8, 20)),
    )
    case_file.db.close()
    return path, case_id


def events_of(calendar) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_one_event_per_reminder_read_back_by_two_parsers(data_dir, tmp_path):
    path, case_id = make_case(data_dir)
    out = tmp_path / "reminders.ics"
    started = time.perf_counter()
    result = export_calendar(path, case_id, out, "en")
    took = time.perf_counter() - started
    assert result.path == out and result.events == len(EXPECTED)
    assert took < 1.0  # measured ~0.05 s once the libraries are loaded
    data = out.read_bytes()

    # 1. icalendar, the library that wrote it.
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and "POS Assist" in str(calendar["prodid"])
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(EXPECTED)
    by_uid = events_of(calendar)
    for (code, subject), on in EXPECTED.items():
        uid = f"case-{case_id}-{code.value}" + (f"-{subject}" if subject else "")
        event = by_uid[uid + "@posassist.invalid"]
        assert event.decoded("dtstart") == on
        assert event.decoded("dtend") == on + dt.timedelta(days=1)
        assert "小卖部" in str(event["summary"])
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0].decoded("trigger") == dt.timedelta(hours=-15)
    acceptance = by_uid[f"case-{case_id}-complaint_acceptance-2@posassist.invalid"]
    assert str(acceptance["summary"]).startswith("Complaint accepted or not by now")
    assert "Ticket no. 12363-017" in str(acceptance["description"])
    assert "12363 hotline" in str(acceptance["description"])

    # 2. vobject, written by other people from the same RFC.
    parsed = vobject.readOne(data.decode("utf-8"))
    vevents = parsed.contents["vevent"]
    assert len(vevents) == len(EXPECTED)
    dates = sorted(v.dtstart.value for v in vevents)
    assert dates == sorted(EXPECTED.values())
    for vevent in vevents:
        assert isinstance(vevent.dtstart.value, dt.date)
        assert not isinstance(vevent.dtstart.value, dt.datetime), "an all-day event"
        (alarm,) = vevent.contents["valarm"]
        assert alarm.trigger.value == dt.timedelta(hours=-15)
        assert alarm.action.value == "DISPLAY"
    assert len({v.uid.value for v in vevents}) == len(EXPECTED)


def test_the_file_speaks_chinese_when_asked(data_dir, tmp_path):
    path, case_id = make_case(data_dir)
    out = tmp_path / "提醒.ics"
    export_calendar(path, case_id, out, "zh_CN")
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = {str(e["summary"]).split(" · ")[0] for e in calendar.walk("VEVENT")}
    assert "投诉应已决定是否受理（7个工作日）" in summaries
    assert "签购单保留至" in summaries


def test_no_case_and_no_dates_are_refused_and_write_nothing(data_dir, tmp_path):
    path = data_dir / "posassist.sqlite3"
    case_file = open_case_file(path)
    empty = case_file.cases.create({"shop_name": "A"})
    out = tmp_path / "r.ics"
    with pytest.raises(NothingToRemind):
        export_calendar(case_file, empty, out, "en")
    with pytest.raises(NoSuchCase):
        export_calendar(case_file, 99, out, "en")
    assert not out.exists()
    assert pending_dates(case_file.cases.load(empty)) == []


def run(*args: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent,
    )


def test_the_calendar_command(data_dir, tmp_path):
    path, case_id = make_case(data_dir)
    out = tmp_path / "r.ics"
    done = run(
        "calendar", str(case_id), "-o", str(out), "--lang", "en", "--data-dir", str(data_dir)
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "2026-09-28  Provider's answer due"
    assert "2026-10-15  Complaint accepted or not by now (7 working days)" in lines
    assert lines[-1] == f"{out}: {len(EXPECTED)} reminders, each with an alarm the day before"
    assert len(list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == len(EXPECTED)

    missing = run("calendar", "42", "-o", str(out), "--lang", "en", "--data-dir", str(data_dir))
    assert missing.returncode == 2
    assert "there is no case 42" in missing.stderr
    empty_id = run("new-case", "--data-dir", str(data_dir), "--shop", "B", "--provider", "P",
                   "--terminal-type", "mobile", "--reason", "closing").stdout.strip()  # fmt: skip
    nothing = run("calendar", empty_id, "-o", str(tmp_path / "n.ics"), "--lang", "en",
                  "--data-dir", str(data_dir))  # fmt: skip
    assert nothing.returncode == 1
    assert "has no date to remind of yet" in nothing.stderr
    assert not (tmp_path / "n.ics").exists()
    folder = run("calendar", str(case_id), "-o", str(tmp_path), "--data-dir", str(data_dir),
                 "--lang", "en")  # fmt: skip
    assert folder.returncode == 2 and "is not a regular file" in folder.stderr


def test_export_to_calendar_from_the_case_menu(gui, monkeypatch, tmp_path):
    from posassist.ui import dialogs

    path, case_id = make_case(gui.data_dir)
    out = tmp_path / "from-window"
    told = []
    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda parent, suggested: out)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    window = gui.start()
    window.open_case(case_id)
    window.calendar_action.trigger()
    assert told == [
        f"{len(EXPECTED)} reminders were written to {out}, each with an alarm the day before. "
        "Open the file with your phone's or computer's calendar to add them."
    ]
    assert len(list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == len(EXPECTED)
