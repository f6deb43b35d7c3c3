"""One window per data folder: a second launch brings the first window forward and ends;
a lock left by a window that was killed does not keep the app from starting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _launch(data: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "POSASSIST_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "posassist", "--data-dir", str(data)],
        env=env, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _wait_for(predicate, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _log(data: Path) -> str:
    path = data / "posassist.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_second_launch_brings_the_first_window_forward(tmp_path: Path):
    first = _launch(tmp_path)
    try:
        assert _wait_for(lambda: (tmp_path / "posassist.sqlite3").exists() and first.poll() is None)
        assert _wait_for(lambda: (tmp_path / "posassist.lock").exists())
        second = _launch(tmp_path)
        assert second.wait(timeout=30) == 0
        assert _wait_for(lambda: "coming forward" in _log(tmp_path))
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.wait()
    # Killed: its lock is stale, and the next launch is the window (it keeps running).
    third = _launch(tmp_path)
    try:
        time.sleep(3)
        assert third.poll() is None, "a stale lock kept the app from starting"
    finally:
        third.send_signal(signal.SIGKILL)
        third.wait()
    assert _log(tmp_path).count("another window has this data folder") == 1
