"""The window keeps the case file safe: the Case file menu (back up, restore, check the
stored evidence, delete this case), the jobs at start, and a case file damaged at start."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QAction

from posassist.ui import dialogs
from posassist.usecases import casefile


def _action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def _wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.case_file_actions.runner.busy, timeout=30_000)


def test_back_up_from_the_menu_writes_a_checked_copy(gui, qtbot, tmp_path, monkeypatch):
    window = gui.start()
    window.open_sample_case()
    out = tmp_path / "usb" / "backup.sqlite3"
    out.parent.mkdir()
    told = []
    monkeypatch.setattr(dialogs, "choose_backup_path", lambda parent, name: out)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    _action(window, "backUpAction").trigger()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(told))
    assert str(out) in told[0] and "1 cases" in told[0]
    assert casefile.inspect(out).cases == 1


def test_check_stored_evidence_names_a_damaged_original(gui, qtbot, monkeypatch):
    from corpus import corpus_file

    from posassist.usecases.evidence import attach

    window = gui.start()
    window.open_sample_case()
    path = gui.data_dir / "posassist.sqlite3"
    slip = corpus_file("receipts", "mindee__receipt.jpg")
    attach(path, 1, [slip], "money", "fee_receipt")
    data = slip.read_bytes()
    import sqlite3

    with sqlite3.connect(path) as conn:  # the stored copy into the file itself
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as raw:  # a failing disk changes one byte of the stored copy
        content = raw.read()
        at = content.index(data[4000:4040]) + 9
        raw.seek(at)
        raw.write(bytes([content[at] ^ 0x01]))
    shown = []
    monkeypatch.setattr(dialogs, "show_store_report", lambda parent, r: shown.append(r))
    _action(window, "checkStoreAction").trigger()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(shown))
    report = shown[0]
    assert not report.ok and [d.original_name for d in report.damaged] == [slip.name]
    from posassist.ui.backup_dialogs import store_report_text

    ok, text = store_report_text(report)
    assert not ok and slip.name in text and "Restore" in text


def test_restore_from_the_menu_brings_the_backup_back(gui, qtbot, monkeypatch):
    window = gui.start()
    window.open_sample_case()
    path = gui.data_dir / "posassist.sqlite3"
    backup = window.case_file_actions  # take a rolling backup the way the app does
    with casefile.open_case_file(path) as case_file:
        case_file.backup()
    window.open_sample_case()  # a second case, not in the backup
    assert len(window.repo.ids()) == 2
    chosen = casefile.list_backups(path)[0].path
    monkeypatch.setattr(dialogs, "choose_backup_to_restore", lambda parent, found: chosen)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: None)
    _action(window, "restoreAction").trigger()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.repo.ids()) == 1, timeout=10_000)
    assert window.case_list.isVisible() or window.stack.currentWidget() is window.case_list
    assert list((gui.data_dir / "set-aside").iterdir()), "the replaced file is kept aside"
    gui.repo = window.repo  # the fixture closes the window's connection at the end
    assert backup.runner is not None


def test_delete_this_case_after_confirming(gui, qtbot):
    window = gui.start()
    window.open_sample_case()
    window.open_sample_case()
    assert window.open_case_id() == 2
    _action(window, "deleteCaseAction").trigger()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.repo.ids() == [1], timeout=10_000)
    assert window.open_case_id() is None


def test_the_start_takes_a_backup_and_runs_the_weekly_check(gui, qtbot, monkeypatch):
    window = gui.start()
    window.open_sample_case()
    shown = []
    monkeypatch.setattr(dialogs, "show_store_report", lambda parent, r: shown.append(r))
    window.case_file_actions.at_start(delay_ms=0)
    path = gui.data_dir / "posassist.sqlite3"
    qtbot.waitUntil(lambda: window.settings.get("store_checked_on") is not None, timeout=30_000)
    assert len(casefile.list_backups(path)) == 1
    assert shown == []  # all well: the background check says nothing


def test_a_case_file_damaged_at_start_can_be_set_aside_for_a_new_one(data_dir, qapp, monkeypatch):
    from posassist.cli.gui import _after_open_error

    path = data_dir / "posassist.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        casefile.open_case_file(path)
    except casefile.DamagedCaseFile as damaged:
        error = damaged
    asked = []
    monkeypatch.setattr(
        dialogs,
        "ask_damaged_case_file",
        lambda p, e, has_backup: asked.append((p, e.code, has_backup)) or "new",
    )
    case_file = _after_open_error(path, error)
    assert asked == [(path, "not_a_database", False)]
    assert case_file is not None and case_file.cases.ids() == []
    case_file.close()
    aside = list((data_dir / "set-aside").iterdir())
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in aside] == [before]


def test_a_case_file_damaged_at_start_can_be_replaced_by_its_newest_backup(
    data_dir, qapp, monkeypatch
):
    from posassist.cli.gui import _after_open_error

    path = data_dir / "posassist.sqlite3"
    with casefile.open_case_file(path) as case_file:
        case_file.add_demo_case()
        case_file.backup()
    path.write_bytes(path.read_bytes()[:8192])  # cut off, as by a copy that stopped
    try:
        casefile.open_case_file(path)
    except casefile.DamagedCaseFile as damaged:
        error = damaged
    monkeypatch.setattr(dialogs, "ask_damaged_case_file", lambda p, e, has_backup: "restore")
    case_file = _after_open_error(path, error)
    assert case_file is not None and case_file.cases.ids() == [1]
    case_file.close()


def test_the_damaged_file_dialog_words_and_buttons(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from posassist.ui import backup_dialogs

    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    error = casefile.DamagedCaseFile(tmp_path / "x.sqlite3", casefile.Damage.TRUNCATED, "")
    assert backup_dialogs.damaged_choice(tmp_path / "x.sqlite3", error, True) == "quit"
    assert "cut off" in seen["text"] and str(tmp_path / "x.sqlite3") in seen["text"]
    assert sorted(seen["buttons"]) == ["Open the newest backup", "Quit", "Start a new case file"]
