"""No network, ever: the whole journey — the window and every command — runs with Python's
sockets blocked (a sitecustomize that refuses and records any attempt), and the test
fails on any attempt to open one. Local (AF_UNIX) sockets stay allowed: the window's
single-instance signal uses one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

GUARD = """
import os, socket, traceback

_RECORD = os.environ["POSASSIST_NETWORK_ATTEMPTS"]
_Socket = socket.socket


def _refuse(what):
    with open(_RECORD, "a", encoding="utf-8") as out:
        out.write(what + "\\n" + "".join(traceback.format_stack(limit=8)) + "\\n")
    raise OSError("network blocked by the test: " + what)


class GuardedSocket(_Socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family in (socket.AF_INET, socket.AF_INET6):
            _refuse(f"socket({family!r})")
        super().__init__(family, type, proto, fileno)


socket.socket = GuardedSocket
socket.create_connection = lambda *a, **k: _refuse(f"create_connection{a!r}")
socket.getaddrinfo = lambda *a, **k: _refuse(f"getaddrinfo{a!r}")
socket.gethostbyname = lambda *a, **k: _refuse(f"gethostbyname{a!r}")
"""


def test_the_whole_journey_opens_no_network_socket(tmp_path: Path):
    from corpus import corpus_file

    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    attempts = tmp_path / "attempts.txt"
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "POSASSIST_DATA_DIR"}
    env.update(
        PYTHONPATH=str(guard),
        POSASSIST_NETWORK_ATTEMPTS=str(attempts),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
    )

    def posassist(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "posassist", *args, "--data-dir", str(data)],
            capture_output=True, text=True, timeout=180, env=env, cwd=HERE,
        )  # fmt: skip

    # The guard is in force in the children (it would record this).
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET)"],
        capture_output=True, text=True, env=env, cwd=HERE,
    )  # fmt: skip
    assert probe.returncode != 0 and "network blocked" in probe.stderr
    attempts.unlink()

    slip = corpus_file("receipts", "mindee__receipt.jpg")
    statement = corpus_file("pdfs", "ocrmypdf__kcs.pdf")
    steps = [
        ("demo-case",),
        ("new-case", "--shop", "店", "--provider", "某支付", "--terminal-type", "mobile",
         "--reason", "closing"),
        ("attach", "1", str(slip), str(statement)),
        ("set", "1", "closed_on=2026-10-31"),
        ("cases",),
        ("export", "1", "-o", str(tmp_path / "dossier.pdf")),
        ("export", "1", "-o", str(tmp_path / "packet.pdf"), "--packet", "--lang", "en"),
    ]  # fmt: skip
    for step in steps:
        result = posassist(*step)
        assert result.returncode == 0, (step, result.stderr)
    verify = subprocess.run(
        [sys.executable, "-m", "posassist", "verify", str(tmp_path / "dossier.pdf")],
        capture_output=True, text=True, timeout=180, env=env, cwd=HERE,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout
    # The window: start on the sample case, paint, quit.
    window = subprocess.run(
        [sys.executable, "-m", "posassist", "--demo"],
        capture_output=True, text=True, timeout=180, cwd=HERE,
        env={**env, "POSASSIST_QUIT_AFTER_FIRST_PAINT": "1"},
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    assert not attempts.exists(), attempts.read_text()
