"""Copy resources/ and compile i18n/*.ts into a package data folder.

Run by setup.py at build time, and by hand (`python -m tools.build_data`) after
editing a translation in a source checkout.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tools.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent


def build(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", target / "resources")
    qm_dir = target / "i18n"
    qm_dir.mkdir(parents=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = qm_dir / (ts.stem + ".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    (target / "__init__.py").write_text("")


if __name__ == "__main__":
    build(ROOT / "posassist" / "_data")
