"""A short run of the crash harness (benchmarks/crash_harness.py runs >= 200 kills)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import crash_harness  # noqa: E402


def test_kill_9_loses_nothing_reported_and_leaves_no_partial_backup(tmp_path: Path):
    summary = crash_harness.run(tmp_path, kills=12, seed=7, max_delay=0.4)
    assert summary.problems == []
    assert summary.kills == 12
    assert summary.commits > 50, "the children got work done between kills"
    assert summary.backups_reported > 0


def test_the_harness_sees_a_lost_commit(tmp_path: Path):
    """The check can fail: a file reported but not in the case file is found missing."""
    summary = crash_harness.run(tmp_path, kills=1, seed=7)
    assert summary.problems == []
    ledger = crash_harness.Ledger()
    ledger.take("FILE 999999 " + "ab" * 32 + " 10\n")
    ledger.take("CONTACT 999.1\n")
    ledger.take("EDIT 999 1\n")
    assert crash_harness.verify(tmp_path, ledger) == [
        "edit (999, 1) reported, file has " + str(_edit(tmp_path)),
        "contact 999.1 lost",
        "file 999999 lost",
    ]


def _edit(folder: Path) -> tuple[int, ...]:
    import sqlite3

    conn = sqlite3.connect(folder / "posassist.sqlite3")
    row = conn.execute("SELECT value FROM case_values WHERE key = 'hotline'").fetchone()
    conn.close()
    return tuple(int(x) for x in row[0].split(".")) if row else (0, 0)
