"""The case menu's "Export to calendar…": the reminders of the open case as an .ics file
(usecases.calendar), then what was written, or why not, in a message box.

It runs on the window's thread: reading one case and writing a few kilobytes takes a
few tens of milliseconds (tests/test_calendar.py measures it).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from posassist.ui import dialogs
from posassist.ui.session import CaseSession
from posassist.usecases.calendar import NothingToRemind
from posassist.usecases.calendar import export_calendar as write_calendar
from posassist.usecases.cases import file_of, storage_problem
from posassist.words import messages
from posassist.words.messages import fill

translate = QCoreApplication.translate


def suggested_name(session: CaseSession) -> str:
    shop = re.sub(r'[\\/:*?"<>|\s]+', "-", session.case.shop_name).strip("-")
    reminders = translate("Calendar", "reminders")
    return f"{shop or 'case-' + str(session.case_id)}-{reminders}.ics"


def export_calendar(parent: QWidget, session: CaseSession, language: str) -> None:
    title = translate("MainWindow", "Export to calendar")
    if not session.case.id or not _has_dates(session):
        dialogs.inform(parent, title, _nothing_text())
        return
    suggested = dialogs.documents_folder() / suggested_name(session)
    path = dialogs.choose_calendar_path(parent, suggested)
    if path is None:
        return
    try:
        result = write_calendar(session.repo, session.case_id, path, language)
    except NothingToRemind:
        dialogs.inform(parent, title, _nothing_text())
        return
    except OSError as error:  # the .ics file: its folder, its disk
        text = translate("Calendar", "%1 could not be written: %2")
        dialogs.show_error(parent, title, fill(text, path, error.strerror or str(error)))
        return
    except Exception as error:  # reading the case
        code = storage_problem(error)
        if code is None:
            raise
        text = fill(messages.storage_problem(code), file_of(session.repo.db))
        dialogs.show_error(parent, title, text)
        return
    text = translate(
        "Calendar",
        "%1 reminders were written to %2, each with an alarm the day before. Open the file "
        "with your phone's or computer's calendar to add them.",
    )
    dialogs.inform(parent, title, text.replace("%1", str(result.events)).replace("%2", str(path)))


def _has_dates(session: CaseSession) -> bool:
    from posassist.domain.reminders import pending_dates

    return bool(pending_dates(session.case))


def _nothing_text() -> str:
    return translate(
        "Calendar",
        "This case has no date to remind you of yet: fill in the dates of its steps, "
        "or log a complaint, first.",
    )
