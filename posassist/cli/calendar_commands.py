"""`posassist calendar CASE_ID -o FILE.ics`: a case's reminders as an iCalendar file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from posassist.cli.output import not_a_file_to_write, say
from posassist.words.messages import fill
from posassist.words.texts import translate


def calendar_command(
    db_path: Path, case_id: int, out: Path, language: str = "zh_CN", err: TextIO | None = None
) -> int:
    """0 when written (one line per event, then the file), 1 when the case has no date to
    remind of or the file cannot be written, 2 for no such case or an output that is no
    regular file."""
    from posassist.usecases.calendar import NothingToRemind, export_calendar
    from posassist.usecases.export import NoSuchCase
    from posassist.words import texts
    from posassist.words.translation import translator_for

    err = err or sys.stderr
    out = Path(out)
    refused = not_a_file_to_write(out)
    if refused:
        say("posassist: " + refused, err)
        return 2
    try:
        result = export_calendar(db_path, case_id, out, language)
    except NoSuchCase:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        say("posassist: " + fill(message, case_id), err)
        return 2
    except NothingToRemind:
        message = translate(
            "CommandLine",
            "case %1 has no date to remind of yet (fill in its steps' dates or log a "
            "complaint); no file was written",
        )
        say("posassist: " + fill(message, case_id), err)
        return 1
    except OSError as error:
        message = translate("CommandLine", "%1 could not be written: %2")
        say("posassist: " + fill(message, out, error.strerror or str(error)), err)
        return 1
    # What went in, as the file words it (its language), one line per event.
    estimated = translate("CommandLine", " (estimated: that year's holidays are not out yet)")
    with texts.translating_with(translator_for(language)):
        lines = [
            f"{d.on.isoformat()}  {texts.date_code(d.code)}" + (estimated if d.estimated else "")
            for d in result.dates
        ]
    for line in lines:
        say(line)
    message = translate("CommandLine", "%1: %2 reminders, each with an alarm the day before")
    say(fill(message, result.path, result.events))
    return 0
