"""The log beside the case file, for the commands and the window alike."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from posassist.paths import log_elsewhere, log_path

LOG_LIMIT = 1_000_000


def _handler(log_file: Path) -> logging.FileHandler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # One old log is kept. (logging.handlers costs 13 ms of start-up for the same.)
    if log_file.exists() and log_file.stat().st_size > LOG_LIMIT:
        log_file.replace(log_file.with_suffix(".log.1"))
    return logging.FileHandler(log_file, encoding="utf-8")


def setup_logging(directory: Path) -> Path:
    """Log to the data folder; when it cannot be written (read-only, full, missing
    rights), to a folder of this user's in the temporary folder instead, so that the
    app can still start and say what is wrong. Returns the log file used."""
    log_file = log_path(directory)
    problem = ""
    try:
        handler = _handler(log_file)
    except OSError as error:
        problem = error.strerror or str(error)
        log_file = Path(tempfile.gettempdir()) / f"posassist-{_user()}" / "posassist.log"
        log_file.parent.mkdir(mode=0o700, exist_ok=True)  # this user's only
        handler = _handler(log_file)  # if this fails too, the caller says so
        log_elsewhere(directory, log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Pillow's warnings about odd metadata in a file being imported go to the log too,
    # not to the terminal (the import's own report says what matters).
    logging.captureWarnings(True)
    if problem:
        logging.getLogger("posassist").warning(
            "cannot write the log in %s (%s): logging to %s", directory, problem, log_file
        )
    return log_file


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows
        return os.environ.get("USERNAME", "user")


def flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed app on Windows
            stream.flush()
