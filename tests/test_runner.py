"""The one runner of background work (ui/runner.py): pacing, cancel, errors in words,
teardown while the work is still running."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from posassist.ui import runner as runner_module
from posassist.ui.runner import Runner


def until_cancelled(ended: threading.Event, seen: list[bool]):
    """Work that runs until it is cancelled (10 s at most), and says it saw the cancel."""

    def work(progress, cancelled) -> int:
        steps = 0
        try:
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                steps += 1
                progress(steps, 0)
                time.sleep(0.005)
            seen.append(cancelled())
            return steps
        finally:
            ended.set()

    return work


def test_progress_is_paced_and_every_step_is_still_told(qtbot):
    runner = Runner()
    every: list[tuple[int, int, str]] = []
    paced: list[tuple[float, int]] = []
    runner.every_progress.connect(lambda done, total, note: every.append((done, total, note)))
    runner.progress.connect(lambda done, total, note: paced.append((time.monotonic(), done)))

    def work(progress, cancelled) -> str:
        for n in range(1, 301):
            progress(n, 300, f"file {n}")
            time.sleep(0.001)
        return "all read"

    started = time.monotonic()
    with qtbot.waitSignal(runner.returned, timeout=20_000) as result:
        runner.start(work)
    elapsed = time.monotonic() - started
    assert result.args == ["all read", False]
    assert every == [(n, 300, f"file {n}") for n in range(1, 301)]
    assert 2 <= len(paced) <= elapsed / 0.040 + 1, (len(paced), elapsed)
    gaps = [later - earlier for (earlier, _), (later, _) in zip(paced, paced[1:], strict=False)]
    assert min(gaps) >= 0.035, f"shown {min(gaps) * 1000:.0f} ms apart"
    assert [done for _t, done in paced] == sorted(done for _t, done in paced)
    assert not runner.busy


def test_cancel_stops_the_work_which_returns_what_it_has(qtbot):
    runner = Runner()
    ended, seen = threading.Event(), []
    runner.every_progress.connect(lambda done, total, note: done == 3 and runner.cancel())
    with qtbot.waitSignal(runner.returned, timeout=20_000) as result:
        runner.start(until_cancelled(ended, seen))
    steps, cancelled = result.args
    assert cancelled is True and seen == [True]
    assert 3 <= steps < 100, "stopped soon after the cancel, not at the deadline"


def test_an_expected_error_is_told_in_the_words_explain_gives(qtbot, caplog):
    runner = Runner()

    def work(progress, cancelled):
        raise OSError(28, "No space left on device")

    def explain(error: Exception) -> str | None:
        return "The disk is full." if isinstance(error, OSError) else None

    with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
        runner.start(work, explain=explain)
    assert failed.args == ["The disk is full."]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not runner.busy


def test_an_unexpected_error_is_logged_and_told_with_the_log_file(qtbot, caplog, tmp_path):
    runner = Runner()
    log_file = tmp_path / "posassist.log"
    ends: list[str] = []
    runner.finished.connect(lambda: ends.append("finished"))
    runner.returned.connect(lambda *args: ends.append("returned"))

    def work(progress, cancelled):
        raise RuntimeError("a detail only the log should hold")

    with (
        qtbot.waitSignal(runner.finished, timeout=20_000),
        qtbot.waitSignal(runner.failed) as failed,
    ):
        runner.start(work, explain=lambda error: None, log_file=log_file)
    (message,) = failed.args
    assert str(log_file) in message and "Try once more" in message
    assert "Traceback" not in message and "a detail" not in message
    assert ends == ["finished"], "a failed run does not also say it returned"
    (record,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.exc_info[0] is RuntimeError, "the log has the whole error"


def test_the_failure_text_of_the_caller_names_the_log_file(qtbot, tmp_path):
    runner = Runner()

    def work(progress, cancelled):
        raise KeyError("bug")

    with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
        runner.start(work, failure="Nothing was saved; see %1.", log_file=tmp_path / "a.log")
    assert failed.args == [f"Nothing was saved; see {tmp_path / 'a.log'}."]


def test_one_run_at_a_time(qtbot):
    runner = Runner()
    ended, seen = threading.Event(), []
    runner.start(until_cancelled(ended, seen))
    with pytest.raises(RuntimeError):
        runner.start(lambda progress, cancelled: None)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.cancel()
    with qtbot.waitSignal(runner.returned, timeout=20_000) as again:
        runner.start(lambda progress, cancelled: "again")
    assert again.args == ["again", False]


def test_closing_the_owning_window_cancels_the_work_and_waits_for_it(qtbot):
    window = QDialog()
    qtbot.addWidget(window)
    window.show()
    runner = Runner(window)
    ended, seen = threading.Event(), []
    with qtbot.waitSignal(runner.every_progress, timeout=20_000):
        runner.start(until_cancelled(ended, seen))
    window.close()
    assert ended.is_set(), "close() returned only once the work had ended"
    assert seen == [True]
    with qtbot.waitSignal(runner.returned, timeout=20_000) as result:
        pass
    assert result.args[1] is True


def test_deleting_the_owner_mid_work_cancels_it_and_lets_its_thread_end(qtbot, qtlog):
    owner = QWidget()
    runner = Runner(owner)
    ended, seen = threading.Event(), []
    with qtbot.waitSignal(runner.every_progress, timeout=20_000):
        runner.start(until_cancelled(ended, seen))
    shiboken6.delete(owner)  # the runner goes with it, its thread must not
    assert not shiboken6.isValid(runner)
    assert ended.wait(5), "the work was told to stop"
    assert seen == [True]
    qtbot.waitUntil(lambda: runner_module.running() == 0, timeout=5_000)
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_quitting_cancels_and_waits_for_every_run(qtbot):
    first, second = Runner(), Runner()
    works = [(threading.Event(), []), (threading.Event(), [])]
    for runner, (ended, seen) in zip((first, second), works, strict=True):
        with qtbot.waitSignal(runner.every_progress, timeout=20_000):
            runner.start(until_cancelled(ended, seen))
    runner_module.stop_all()
    assert all(ended.is_set() and seen == [True] for ended, seen in works)
    assert runner_module.running() == 0


def test_the_log_file_defaults_to_the_one_the_app_writes(qtbot, tmp_path):
    handler = logging.FileHandler(tmp_path / "app.log", encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        runner = Runner()
        with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
            runner.start(lambda progress, cancelled: 1 / 0)
    finally:
        root.removeHandler(handler)
        handler.close()
    assert str(Path(tmp_path / "app.log")) in failed.args[0]
