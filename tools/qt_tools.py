"""Find the Qt tools (lupdate, lrelease, rcc …) that come with the PySide6 package.

Never from PATH: the README's commands run `.venv/bin/pytest` without activating the
venv, so PATH may hold no such tool, or another Qt's. The tool is taken from the
running interpreter's own install instead:
1. the `pyside6-NAME` entry point beside `sys.executable` (a venv's `bin/` or `Scripts\\`);
2. else the binary inside the PySide6 package itself, which that entry point runs — the
   only place it is inside pip's isolated build environment, whose scripts folder is
   not beside the interpreter.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class QtToolMissing(SystemExit):
    """No such tool in this interpreter's PySide6 install."""


def qt_tool(name: str) -> str:
    """The path of Qt's `name` tool (e.g. "lupdate") for this interpreter."""
    suffix = ".exe" if os.name == "nt" else ""
    # Not resolved: a venv's python is a symlink to the base interpreter, whose folder
    # has no (or another) PySide6.
    entry = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if entry.is_file():
        return str(entry)
    try:
        import PySide6
    except ImportError:
        raise QtToolMissing(
            f"pyside6-{name} not found: install PySide6-Essentials in {sys.prefix}"
        ) from None
    package = Path(PySide6.__file__).parent
    for candidate in (package / f"{name}{suffix}", package / "Qt" / "libexec" / f"{name}{suffix}"):
        if candidate.is_file():
            return str(candidate)
    raise QtToolMissing(f"pyside6-{name} not found beside {sys.executable} nor in {package}")
