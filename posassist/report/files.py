"""Writing a report to its file: beside its target under a temporary name, renamed at the
very end, so that a failure or a cancel leaves no partial file behind and an existing
file of that name stays as it was until the new one is complete.

Importing this module is cheap: ReportLab and pypdf are loaded by `preload` or by the
builders themselves.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def preload() -> None:
    """Load what an export needs (ReportLab, pypdf, the font) ahead of it — about 0.4 s
    the first export of a session would otherwise spend before its first page. Safe on
    any thread; the export dialog calls it on one of its own when it opens."""
    import pypdf  # noqa: F401

    from posassist.report import dossier, fonts, foreign, layout, packet  # noqa: F401

    fonts.register()


def _match_mode(temp: Path, out: Path) -> None:
    """mkstemp makes a private file; the dossier gets the permissions a new file would."""
    try:
        mode = out.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


# mkstemp's names: "." + the target's name + "." + 8 random characters + ".part".
_PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")


def _hold(handle: int) -> bool:
    """Lock a .part file while it is written, so that another export into the same folder
    can tell a live one from one left by an export that was killed. True if held."""
    if fcntl is None:  # Windows: an open file cannot be deleted at all
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the temporary files of exports into `folder` that were interrupted (killed,
    power cut): those no running export holds. Returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        candidates = [p for p in folder.iterdir() if _PART.match(p.name)]
        for path in candidates:
            try:
                handle = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                if _hold(handle) and path.is_file():
                    path.unlink()
                    removed.append(path)
            except OSError:
                pass
            finally:
                os.close(handle)
    return removed


def write_atomically(out: Path, write: Callable[[Any], None]) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
    _hold(handle)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _match_mode(temp, out)
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
