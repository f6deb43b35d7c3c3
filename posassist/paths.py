"""Where the case file lives: --data-dir, else POSASSIST_DATA_DIR, else the platform's;
the log is beside it."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "POSAssist"
ENV_DATA_DIR = "POSASSIST_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(directory: Path) -> Path:
    from posassist.store.database import DB_FILENAME

    return directory / DB_FILENAME


_log_elsewhere: dict[Path, Path] = {}  # data folder -> the log used instead (not writable)


def log_path(directory: Path) -> Path:
    """The app's log, in the data folder beside the case file (or where logging had to
    go instead, when that folder cannot be written: see cli.logs)."""
    return _log_elsewhere.get(Path(directory), Path(directory) / "posassist.log")


def log_elsewhere(directory: Path, log_file: Path) -> None:
    _log_elsewhere[Path(directory)] = log_file
