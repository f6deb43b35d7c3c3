"""Writing a file whole or not at all, and the owner's words when it fails (the viewer's
"Save a copy…")."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def write_copy(data: bytes, target: Path) -> None:
    """Write `data` to `target` whole or not at all: a temporary file beside it, then a
    rename, so a full disk or a pulled USB stick leaves no half-written copy."""
    temp = target.with_name(f".{target.name[:100]}.{secrets.token_hex(4)}.part")
    created = False
    try:
        with open(temp, "xb") as file:
            created = True
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise


def write_error_reason(error: OSError) -> str:
    """The owner's words for the common failures; the system's message otherwise."""
    if isinstance(error, IsADirectoryError):
        return translate("EvidenceViewer", "There is a folder with that name.")
    # On Windows a file kept open by another program gives the same error as a folder
    # one may not write to.
    denied = translate(
        "EvidenceViewer", "You may not write there, or the file is open in another program."
    )
    reasons = {
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.ENOENT: translate("EvidenceViewer", "The folder does not exist."),
        errno.ENOSPC: translate("EvidenceViewer", "The disk is full."),
        errno.EROFS: translate("EvidenceViewer", "The disk is read-only."),
    }
    return reasons.get(error.errno) or error.strerror or str(error) or type(error).__name__
