"""Start-up: POS Assist to its first painted case list, against a bare 10-page QWizard.

Both are whole processes, started alternately in the same run; the median wall times
and their ratio are printed. Goal (issue #2): ratio at most 2.0.

    .venv/bin/python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WIZARD = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is wizard:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
wizard = QWizard()
for n in range(10):
    page = QWizardPage()
    page.setTitle(f"Page {n}")
    QVBoxLayout(page).addWidget(QLabel("text"))
    wizard.addPage(page)
quit_filter = Quit()
app.installEventFilter(quit_filter)
wizard.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["POSASSIST_QUIT_AFTER_FIRST_PAINT"] = "1"
    # An installed app has its bytecode compiled (pip and the .deb do it); a checkout run
    # with PYTHONDONTWRITEBYTECODE would compile ~50 modules at every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data = tempfile.mkdtemp(prefix="posassist-bench-")
    app = [sys.executable, "-m", "posassist", "--data-dir", data]
    subprocess.run([*app[:3], "demo-case", "--data-dir", data], check=True, capture_output=True)
    bare = [sys.executable, "-c", BARE_WIZARD]
    timed(app, env), timed(bare, env)  # warm the file cache and .pyc files
    app_times, bare_times = [], []
    for _ in range(args.runs):
        app_times.append(timed(app, env))
        bare_times.append(timed(bare, env))
    a, b = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare QWizard (10 pages) to first paint: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"POS Assist to first painted case list:  {a * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio: {a / b:.2f} (goal <= 2.0)")
    return 0 if a / b <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
