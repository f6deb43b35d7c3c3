"""Writing a report to its file: beside its target under a temporary name, renamed at the
very end, so that a failure or a cancel leaves no partial file behind and an existing
file of that name stays as it was until the new one is complete.

Importing this module is cheap: ReportLab and pypdf are loaded by `preload` or by the
builders themselves.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


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


def write_atomically(out: Path, write: Callable[[Any], None]) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
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
