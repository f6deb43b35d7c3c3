"""The log beside the case file, for the commands and the window alike."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from posassist.paths import log_path

LOG_LIMIT = 1_000_000


def setup_logging(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    log_file = log_path(directory)
    # One old log is kept. (logging.handlers costs 13 ms of start-up for the same.)
    if log_file.exists() and log_file.stat().st_size > LOG_LIMIT:
        log_file.replace(log_file.with_suffix(".log.1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Pillow's warnings about odd metadata in a file being imported go to the log too,
    # not to the terminal (the import's own report says what matters).
    logging.captureWarnings(True)


def flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed app on Windows
            stream.flush()
