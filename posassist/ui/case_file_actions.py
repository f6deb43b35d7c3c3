"""The case file menu — back up, restore, check stored evidence, delete this case — and
the work the window does for the case file on its own: a backup when the newest is a day
old and a check of every stored original once a week, both in the background.

Every job runs on a Runner with its own connection (usecases.casefile), so the window
never waits for a large case file; a restore closes the window's connection first (a
restore needs the file closed) and opens the restored file afterwards.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from posassist.ui import dialogs
from posassist.ui.runner import Runner
from posassist.usecases import casefile
from posassist.usecases.cases import file_of, storage_problem
from posassist.words import messages
from posassist.words.messages import fill

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
STORE_CHECKED_KEY = "store_checked_on"
STORE_CHECK_EVERY = dt.timedelta(days=7)
START_DELAY_MS = 3000


def _explain(error: Exception) -> str | None:
    code = storage_problem(error)
    if code is None:
        return None
    path = getattr(error, "path", "")
    return fill(messages.storage_problem(code), path)


class CaseFileActions(QObject):
    """Owned by the main window; `window.case_file` is the window's open CaseFile."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = Runner(window)
        self.progress = None
        self._then: Callable[[Any], None] | None = None
        self.runner.progress.connect(self._stepped)
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)
        self.runner.finished.connect(self._ended)

    @property
    def path(self) -> Path:
        return file_of(self.window.repo.db)

    # -- the menu (made again with the window's menus, e.g. after a change of language) --
    def add_menu(self) -> None:
        menu = self.window.menuBar().addMenu(translate("CaseFile", "Case &file"))
        for name, text, slot in (
            ("backUpAction", translate("CaseFile", "&Back up…"), self.back_up),
            ("restoreAction", translate("CaseFile", "&Restore from a backup…"), self.restore),
            ("checkStoreAction", translate("CaseFile", "&Check stored evidence"), self.check),
            ("deleteCaseAction", translate("CaseFile", "&Delete this case…"), self.delete_case),
            ("verifyAction", translate("CaseFile", "Check a &dossier…"), self.check_dossier),
        ):
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.addAction(action)

    # -- the jobs --------------------------------------------------------------------
    def check_dossier(self) -> None:
        pdf = dialogs.choose_dossier_to_check(self.window)
        if pdf is not None:
            self.verify_dialog = dialogs.check_dossier(self.window, pdf)

    def back_up(self) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d")
        out = dialogs.choose_backup_path(self.window, f"POS Assist {stamp}.sqlite3")
        if out is None:
            return
        path = self.path

        def work(progress, cancelled):
            with casefile.open_case_file(path) as case_file:
                return case_file.backup(out, progress=_pages(progress), cancelled=cancelled)

        self._run(translate("CaseFile", "Backing up the case file…"), work, self._backed_up)

    def _backed_up(self, info) -> None:
        text = translate(
            "CaseFile", "The backup was written and checked: %1 (%2 cases, %3 evidence items)."
        )
        dialogs.inform(
            self.window,
            translate("CaseFile", "Backed up"),
            fill(text, info.path, info.cases, info.evidence),
        )

    def restore(self) -> None:
        found = casefile.list_backups(self.path)
        chosen = dialogs.choose_backup_to_restore(self.window, found)
        if chosen is None:
            return
        text = translate(
            "CaseFile",
            "Put the backup %1 in place of the case file? The case file as it is now is kept "
            "in the set-aside folder beside it, never deleted.",
        )
        if not dialogs.confirm(self.window, translate("CaseFile", "Restore"), fill(text, chosen)):
            return
        path = self.path
        self.window.release_case_file()  # a restore needs the file closed

        def work(_progress, _cancelled):
            return casefile.restore(path, chosen)

        self._run(
            translate("CaseFile", "Restoring…"), work, self._restored, lambda: self._reopen(path)
        )

    def _restored(self, done) -> None:
        self._reopen(done.case_file)
        text = translate(
            "CaseFile", "Restored from %1 (%2 cases, %3 evidence items). The file it replaced: %4"
        )
        aside = done.set_aside or "-"
        dialogs.inform(
            self.window,
            translate("CaseFile", "Restored"),
            fill(text, done.restored_from, done.facts.cases, done.facts.evidence, aside),
        )

    def _reopen(self, path: Path) -> None:
        try:
            self.window.reopen_case_file(casefile.open_case_file(path))
        except Exception as error:  # the file just restored cannot be opened: say so
            log.exception("reopening after a restore")
            dialogs.show_open_error(Path(path), error)

    def check(self, quiet: bool = False) -> None:
        """Re-hash every stored original and check the pages; `quiet`: the weekly check in
        the background, which says something only when it finds damage."""
        path, settings = self.path, self.window.settings

        def work(progress, cancelled):
            with casefile.open_case_file(path) as case_file:
                return case_file.check_store(progress, cancelled)

        def done(report) -> None:
            if not report.cancelled:
                settings.set(STORE_CHECKED_KEY, dt.date.today().isoformat())
            if report.ok and quiet:
                return
            dialogs.show_store_report(self.window, report)

        title = None if quiet else translate("CaseFile", "Checking the stored evidence…")
        self._run(title, work, done)

    def delete_case(self) -> None:
        case_id = self.window.open_case_id()
        if case_id is None:
            dialogs.inform(
                self.window,
                translate("CaseFile", "Delete a case"),
                translate("CaseFile", "Open the case to delete first."),
            )
            return
        case = self.window.repo.load(case_id)
        text = translate(
            "CaseFile",
            "Delete the case “%1” with all its evidence? Do this only for a case created by "
            "mistake. A backup is taken first, and the deletion is recorded.",
        )
        if not dialogs.confirm(
            self.window, translate("CaseFile", "Delete a case"), fill(text, case.shop_name)
        ):
            return
        path = self.path
        self.window.show_case_list()

        def work(_progress, _cancelled):
            with casefile.open_case_file(path) as case_file:
                return case_file.delete_case(case_id)

        self._run(
            translate("CaseFile", "Deleting the case…"),
            work,
            lambda _d: self.window.show_case_list(),
        )

    def at_start(self, delay_ms: int = START_DELAY_MS) -> None:
        """A backup if the newest is a day old; the store check if it is a week old —
        a little after the window has opened, so as not to slow its start."""
        QTimer.singleShot(delay_ms, self._start_jobs)

    def _start_jobs(self) -> None:
        path, settings = self.path, self.window.settings
        last = settings.get(STORE_CHECKED_KEY)
        due = not last or dt.date.fromisoformat(last) + STORE_CHECK_EVERY <= dt.date.today()

        def work(progress, cancelled):
            with casefile.open_case_file(path) as case_file:
                case_file.backup_if_stale()
            return due

        def then(check_due: bool) -> None:
            if check_due:
                self.check(quiet=True)

        self._run(None, work, then)

    # -- the runner's end -------------------------------------------------------------
    def _run(self, title, work, then, on_failure: Callable[[], None] | None = None) -> None:
        if self.runner.busy:
            return
        self._then, self._on_failure = then, on_failure
        if title is not None:
            self.progress = dialogs.progress(self.window, title, self.runner.cancel)
        self.runner.start(work, explain=_explain)

    def _stepped(self, done: int, total: int, _note: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _returned(self, result: Any, _cancelled: bool) -> None:
        if result is not None and self._then is not None:
            self._then(result)

    def _failed(self, message: str) -> None:
        if self._on_failure is not None:
            self._on_failure()
        dialogs.show_error(self.window, translate("CaseFile", "Case file"), message)

    def _ended(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None


def _pages(progress):
    """SQLite's backup counts pages; the runner's progress takes (done, total)."""
    return lambda done, total: progress(done, total)
