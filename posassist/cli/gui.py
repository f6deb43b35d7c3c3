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


def run_gui(directory: Path, demo: bool = False, language: str | None = None) -> int:
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
    from posassist.usecases.cases import open_case_file

    case_file = None
    open_error: Exception | None = None
    try:
        case_file = open_case_file(database_path(directory))
    except Exception as error:  # shown to the user below
        log.exception("cannot open the case file")
        open_error = error

    if case_file is None:
        from posassist.ui import dialogs

        dialogs.show_open_error(database_path(directory), open_error)
        return 1
    repo, settings = case_file.cases, case_file.settings
    languages.apply(language or settings.get("language") or languages.system_language())
    open_case = None
    if demo:
        open_case = case_file.add_demo_case()
    from posassist.ui.main_window import MainWindow

    window = MainWindow(repo, settings, languages, data_dir=directory)
    window.show()
    instance.come_forward.connect(lambda: bring_forward(window))
    if open_case is not None:
        window.open_case(open_case)
    status = app.exec()
    window.close()  # stops imports and thumbnail work still running
    case_file.close()
    instance.release()
    log.info("POS Assist closed")
    logging.shutdown()
    flush_standard_streams()
    # Every edit was committed when it was made and the case file is closed: what is left
    # is the interpreter tearing down Qt and some 400 modules, about 0.1 s the user waits
    # for with nothing to gain (measured with benchmarks/startup.py).
    os._exit(status)
