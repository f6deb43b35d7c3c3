"""Private files: what the app writes is readable by the owner's account only.

Call `make_private(data_dir)` once at start-up, before anything is opened or logged: it
sets the process umask to 077 (so the case file, its WAL and SHM, the log, backups and
exported dossiers are created 0600, folders 0700; SQLite gives -wal and -shm the mode
of the case file) and fixes the modes of what an earlier version left 0644/0755.
On Windows the user's profile folder is private already; nothing is done there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def _fix(path: Path, mode: int, fixed: list[Path]) -> None:
    st = path.lstat()
    if stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077 | (mode & 0o700))
        fixed.append(path)


def make_private(data_dir: Path) -> list[Path]:
    """umask 077, then the data folder 0700 and everything in it private; the paths fixed.

    Symbolic links are not followed (what they point to is not the app's).
    """
    if os.name == "nt":
        return []
    os.umask(0o077)
    data_dir = Path(data_dir)
    data_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    fixed: list[Path] = []
    _fix(data_dir, DIR_MODE, fixed)
    for folder, dirs, files in os.walk(data_dir):
        for name in dirs:
            path = Path(folder) / name
            if not path.is_symlink():
                _fix(path, DIR_MODE, fixed)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                _fix(path, FILE_MODE, fixed)
    return fixed
