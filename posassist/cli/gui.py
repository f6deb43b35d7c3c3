"""Starting the window: logging, the case file, QApplication and translators, the window.

Qt is imported here only, so that `posassist cases` never loads it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from posassist import __version__
from posassist.cli.logs import flush_standard_streams, setup_logging
from posassist.paths import database_path

log = logging.getLogger("posassist")


def _open(path: Path):
    from posassist.usecases.casefile import open_case_file

    try:
        return open_case_file(path), None
    except Exception as error:  # shown to the user by the caller
        log.exception("cannot open the case file")
        return None, error


def _after_open_error(path: Path, error: BaseException | None):
    """A damaged case file: the owner chooses the newest good backup, a new case file
    (the damaged one moved aside) or quitting; anything else is said and ends the app.
    Returns the CaseFile to work on, or None."""
    from posassist.ui import dialogs
    from posassist.usecases import casefile

    if not isinstance(error, casefile.DamagedCaseFile):
        dialogs.show_open_error(path, error)
        return None
    newest = casefile.newest_good_backup(path)
    choice = dialogs.ask_damaged_case_file(path, error, newest is not None)
    try:
        if choice == "restore" and newest is not None:
            casefile.restore(path, newest.path)
            return casefile.open_case_file(path)
        if choice == "new":
            aside, case_file = casefile.start_new_case_file(path)
            log.warning("damaged case file moved to %s; a new one started", aside)
            return case_file
    except Exception as again:
        log.exception("after a damaged case file")
        dialogs.show_open_error(path, again)
    return None


def run_gui(directory: Path, demo: bool = False, language: str | None = None) -> int:
    from posassist.usecases.casefile import make_private

    with contextlib.suppress(OSError):  # the case file will say what is wrong
        make_private(directory)  # before anything is written: the log too is private
    with contextlib.suppress(OSError):  # not even the temporary folder: still start
        setup_logging(directory)
    log.info("POS Assist %s starting, data in %s", __version__, directory)
    from posassist.ui.app import create_application

    app, languages = create_application(sys.argv[:1])
    from posassist.ui.single_instance import SingleInstance, bring_forward

    # Before the case file is opened (and maybe upgraded): one window per data folder.
    instance = SingleInstance(directory)
    if not instance.first():
        return 0
    path = database_path(directory)
    case_file, open_error = _open(path)
    if case_file is None:
        # The file's own language setting cannot be read: the system's (or --lang).
        languages.apply(language or languages.system_language())
        case_file = _after_open_error(path, open_error)
        if case_file is None:
            return 1
    repo, settings = case_file.cases, case_file.settings
    languages.apply(language or settings.get("language") or languages.system_language())
    open_case = None
    if demo:
        open_case = case_file.add_demo_case(with_evidence=True)
    from posassist.ui.main_window import MainWindow

    window = MainWindow(repo, settings, languages, data_dir=directory)
    window.case_file = case_file
    window.show()
    window.case_file_actions.at_start()  # a backup if due, the weekly store check
    instance.come_forward.connect(lambda: bring_forward(window))
    if open_case is not None:
        window.open_case(open_case)
    status = app.exec()
    window.close()  # stops imports and thumbnail work still running
    window.case_file.close()  # the one open then (a restore replaces it)
    instance.release()
    log.info("POS Assist closed")
    logging.shutdown()
    flush_standard_streams()
    # Every edit was committed when it was made and the case file is closed: what is left
    # is the interpreter tearing down Qt and some 400 modules, about 0.1 s the user waits
    # for with nothing to gain (measured with benchmarks/startup.py).
    os._exit(status)
