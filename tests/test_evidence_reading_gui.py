"""The text on photos, read in the window's background after an import (issue 15): the
evidence panel's progress line, the search box, cancel and close mid-run, a file the
engine fails on. Generated Chinese slips (tests/slips.py), the real engine: each slip takes
1-4 s to read, so each test reads as few as it can."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from drag import drop
from event_loop import event_loop_gaps
from PySide6.QtCore import Qt
from slips import make_slip
from test_evidence_gui import open_new_case


@pytest.fixture(autouse=True)
def no_report_dialogs(monkeypatch):
    from posassist.ui import dialogs

    shown: list = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda *a: shown.append(a))
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    return shown


def slip_files(folder: Path, seeds: tuple[int, ...]) -> tuple[list[Path], list]:
    paths, slips = [], []
    for seed in seeds:
        slip = make_slip(seed)
        path = folder / f"slip-{seed}.jpg"
        path.write_bytes(slip.jpeg)
        paths.append(path)
        slips.append(slip)
    return paths, slips


def visible_names(panel) -> list[str]:
    rows = [panel.list.item(r) for r in range(panel.list.count())]
    return [row.toolTip() for row in rows if not row.isHidden()]


def open_on_step(window, qtbot, case_id: int, stage: str, timeout: int = 30_000):
    """The case opened on `stage` once its reading pass (if any) has ended: the panel."""
    window.open_case(case_id)
    window.wizard.go_to(stage)
    reading = window.wizard.session.reading
    qtbot.waitUntil(lambda: reading.loaded and not reading.busy, timeout=timeout)
    return window.wizard.pages[stage].evidence_panel


def wait_for_search(qtbot, panel, text: str) -> None:
    panel.search.setFocus()
    panel.search.clear()
    with qtbot.waitSignal(panel.search.matches_changed, timeout=10_000):
        if text.isascii():
            qtbot.keyClicks(panel.search, text)
        else:  # as a Chinese input method hands the box its words: committed at once
            from PySide6.QtGui import QInputMethodEvent
            from PySide6.QtWidgets import QApplication

            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(panel.search, event)


def test_imported_slips_are_read_in_the_background_and_found_by_their_text(
    gui, qtbot, tmp_path, no_report_dialogs
):
    paths, slips = slip_files(tmp_path, (21, 22))
    window, panel = open_new_case(gui, qtbot, "money")
    reading = window.wizard.session.reading
    seen: list[str] = []
    reading.progress.connect(lambda done, total: seen.append(panel.reading_row.label.text()))
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        drop(panel, paths)  # (the import's own stall test: test_evidence_gui)
    # The reading starts as the import ends: the engine loads, then reads each slip.
    with event_loop_gaps() as gaps:
        qtbot.waitUntil(panel.reading_row.isVisible, timeout=10_000)
        assert reading.busy
        qtbot.waitUntil(lambda: not reading.busy, timeout=120_000)
    stall = max(gaps)
    print(f"longest stall while reading 2 slips: {stall * 1000:.0f} ms")
    assert stall < 0.100, f"the event loop stalled for {stall * 1000:.0f} ms"
    assert any("of 2" in text for text in seen), seen
    assert not panel.reading_row.isVisible()
    assert not no_report_dialogs, "nothing read or not is told in a dialog"
    # The details say what was read, without the case being opened again.
    panel.list.setCurrentRow(0)
    assert "lines read" in panel.details.text_state.text()

    # The terminal ID of the first slip: only that item shows, its line in the details.
    terminal = slips[0].fields["terminal_id"]
    wait_for_search(qtbot, panel, terminal)
    assert visible_names(panel) == ["slip-21.jpg"]
    assert terminal in panel.details.found.text()
    assert panel.details.found.isVisible()
    # Chinese, and any letter case: both slips.
    wait_for_search(qtbot, panel, "签购单")
    assert visible_names(panel) == ["slip-21.jpg", "slip-22.jpg"]
    wait_for_search(qtbot, panel, "merchant copy")
    assert len(visible_names(panel)) == 2
    wait_for_search(qtbot, panel, "没有这个词")
    assert visible_names(panel) == [] and panel.no_match.isVisible()
    # Clearing the box shows every item again.
    with qtbot.waitSignal(panel.search.matches_changed, timeout=5_000):
        panel.search.clear()
    assert len(visible_names(panel)) == 2 and not panel.no_match.isVisible()


def test_stop_mid_run_keeps_what_was_read_and_the_rest_can_be_read(gui, qtbot, tmp_path):
    paths, slips = slip_files(tmp_path, (23, 24, 25))
    window, panel = open_new_case(gui, qtbot, "money")
    reading = window.wizard.session.reading
    reading.runner.every_progress.connect(
        lambda done, total, name: done == 1 and panel.reading_row.stop_button.click()
    )
    drop(panel, paths)
    qtbot.waitUntil(lambda: not reading.busy and len(reading.states) == 3, timeout=120_000)
    states = reading.states
    # The stop is seen between items: under load the worker may have begun the second
    # before the click reached it (the progress signal is queued to this thread).
    read = sum(s.read for s in states.values())
    assert 1 <= read < 3 and reading.left == 3 - read
    assert panel.reading_row.isVisible()
    left = "2 photos" if read == 1 else "1 photo"
    assert left in panel.reading_row.label.text()
    panel.list.setCurrentRow(2)
    assert "not read yet" in panel.details.text_state.text()
    # The first slip is found already; the others once read.
    wait_for_search(qtbot, panel, slips[0].fields["terminal_id"])
    assert visible_names(panel) == ["slip-23.jpg"]
    reading.runner.every_progress.disconnect()
    with qtbot.waitSignal(reading.changed, timeout=120_000):
        qtbot.mouseClick(panel.reading_row.again_button, Qt.MouseButton.LeftButton)
    assert all(s.read for s in reading.states.values()) and reading.left == 0
    assert not panel.reading_row.isVisible()
    # The search box asks again by itself once new text is in.
    wait_for_search(qtbot, panel, slips[2].fields["terminal_id"])
    assert visible_names(panel) == ["slip-25.jpg"]


def test_closing_the_window_mid_run_stops_the_reading_cleanly(gui, qtbot, tmp_path):
    from posassist.ui import runner

    paths, _slips = slip_files(tmp_path, (26, 27, 28))
    window, panel = open_new_case(gui, qtbot, "money")
    reading = window.wizard.session.reading
    drop(panel, paths)
    # Close while the second slip is being read (the engine loaded, mid-page).
    qtbot.waitUntil(lambda: len(reading.states) >= 1, timeout=60_000)
    qtbot.wait(300)
    assert reading.busy
    started = time.perf_counter()
    gui.stop()
    closing = time.perf_counter() - started
    print(f"closing mid-read took {closing * 1000:.0f} ms")
    assert runner.running() == 0 or all(not t.isRunning() for t in runner._keeper.threads)
    # Opened again: what was read is kept, the rest is read in the background.
    window = gui.start()
    case_id = gui.repo.db.execute("SELECT max(id) FROM cases").fetchone()[0]
    window.open_case(case_id)
    again = window.wizard.session.reading
    qtbot.waitUntil(lambda: again.loaded and not again.busy, timeout=120_000)
    assert all(s.read for s in again.states.values()) and len(again.states) == 3


def test_a_file_the_engine_fails_on_is_told_calmly_in_its_details(
    gui, qtbot, tmp_path, monkeypatch, no_report_dialogs
):
    from posassist.evidence import ocr

    def broken(*args, **kwargs):
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(ocr, "recognise_file", broken)
    paths, _slips = slip_files(tmp_path, (29,))
    window, panel = open_new_case(gui, qtbot, "money")
    reading = window.wizard.session.reading
    drop(panel, paths)
    qtbot.waitUntil(lambda: not reading.busy and bool(reading.failures), timeout=30_000)
    panel.list.setCurrentRow(0)
    assert "could not be read" in panel.details.text_state.text()
    assert "the engine broke" not in panel.details.text_state.text()
    assert not no_report_dialogs


def test_a_damaged_original_says_why_in_its_details(gui, qtbot, tmp_path):
    import sqlite3

    from posassist.usecases.evidence import attach

    window, panel = open_new_case(gui, qtbot, "money")
    case_id = window.wizard.session.case_id
    case_file = gui.data_dir / "posassist.sqlite3"
    gui.stop()
    (outcome,) = attach(case_file, case_id, [("slip.jpg", make_slip(30).jpeg)], "money")
    with sqlite3.connect(case_file) as connection:
        connection.execute("UPDATE blobs SET data = ?", [b"\xff\xd8" + b"\0" * 200])
    window = gui.start()
    window.open_case(case_id)
    reading = window.wizard.session.reading
    qtbot.waitUntil(lambda: reading.loaded and not reading.busy, timeout=30_000)
    window.wizard.go_to("money")
    panel = window.wizard.pages["money"].evidence_panel
    panel.list.setCurrentRow(0)
    assert panel.details.text_state.text() == (
        "Text could not be read: the file is damaged and cannot be read"
    )


def case_with_read_items(case_file: Path, count: int) -> int:
    """A case of `count` small pictures whose text is stored as the engine would store it
    (no engine run: the search is what is measured)."""
    import hashlib

    from PIL import Image

    from posassist.evidence.ocr import ENGINE, engine_version
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.recognised_text import RecognisedTextRepository
    from posassist.usecases.evidence import attach

    db = open_database(case_file)
    try:
        case_id = CaseRepository(db).create({"shop_name": "小张便利店"})
    finally:
        db.close()
    sources = []
    for n in range(count):
        import io

        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), (n % 256, n // 256, 90)).save(buffer, "PNG")
        sources.append((f"photo-{n:03d}.png", buffer.getvalue()))
    attach(case_file, case_id, sources, "money", "settlement_slip")
    db = open_database(case_file)
    try:
        texts = RecognisedTextRepository(db)
        for n, (_name, data) in enumerate(sources):
            lines = [
                "银联POS签购单",
                "商户存根MERCHANTCOPY",
                f"终端编号：{10_000_000 + n}",
                f"金额：RMB {n},234.50",
            ] + [f"参考号：{n:04d}{k:08d}" for k in range(40)]
            texts.put(
                hashlib.sha256(data).hexdigest(), ENGINE, engine_version(), "[]", "\n".join(lines)
            )
    finally:
        db.close()
    return case_id


def test_search_finds_by_name_description_and_text_whatever_the_case_and_width(tmp_path):
    from posassist.usecases.evidence_search import search_evidence, text_states

    case_file = tmp_path / "case.sqlite3"
    case_id = case_with_read_items(case_file, 3)
    found = search_evidence(case_file, case_id, "10000001")
    assert [(m.evidence_id, m.line) for m in found] == [(2, "终端编号：10000001")]
    assert [m.evidence_id for m in search_evidence(case_file, case_id, "签购单")] == [1, 2, 3]
    # Letter case, full-width characters and spaces do not matter.
    assert len(search_evidence(case_file, case_id, "Merchant Copy")) == 3
    assert [m.evidence_id for m in search_evidence(case_file, case_id, "ＲＭＢ　２,234")] == [3]
    assert [m.evidence_id for m in search_evidence(case_file, case_id, "PHOTO-001")] == [2]
    assert search_evidence(case_file, case_id, "PHOTO-001")[0].in_name
    assert search_evidence(case_file, case_id, "没有") == []
    assert len(search_evidence(case_file, case_id, "  ")) == 3
    states = text_states(case_file, case_id)
    assert {s.read for s in states.values()} == {True} and states[1].lines == 44


def test_typing_in_the_search_of_a_200_item_case_never_stalls_the_window(gui, qtbot):
    case_file = gui.data_dir / "posassist.sqlite3"
    case_id = case_with_read_items(case_file, 200)
    panel = open_on_step(gui.start(), qtbot, case_id, "money")
    assert panel.list.count() == 200
    panel.search.setFocus()
    with event_loop_gaps() as gaps:
        with qtbot.waitSignal(panel.search.matches_changed, timeout=10_000):
            for ch in "10000123":
                qtbot.keyClick(panel.search, ch)
                qtbot.wait(60)  # faster than the pause: one search at the end
        assert visible_names(panel) == ["photo-123.png"]
        assert "10000123" in panel.details.found.text()
        with qtbot.waitSignal(panel.search.matches_changed, timeout=10_000):
            panel.search.clear()
        assert len(visible_names(panel)) == 200
    stall = max(gaps)
    print(f"longest stall while searching 200 items: {stall * 1000:.0f} ms")
    assert stall < 0.100, f"the event loop stalled for {stall * 1000:.0f} ms"


def test_the_viewer_marks_the_line_the_search_found_at_any_zoom(gui, qtbot, tmp_path):
    paths, slips = slip_files(tmp_path, (31,))
    window, panel = open_new_case(gui, qtbot, "money")
    reading = window.wizard.session.reading
    drop(panel, paths)
    qtbot.waitUntil(lambda: not reading.busy and len(reading.states) == 1, timeout=60_000)
    terminal = slips[0].fields["terminal_id"]
    wait_for_search(qtbot, panel, terminal)
    match = panel.search.matches[window.wizard.session.case.evidence[0].id]
    assert match.page == 1 and len(match.box) == 4
    panel.open_selected()
    viewer = panel.viewer
    qtbot.waitUntil(lambda: viewer.mark_item is not None, timeout=10_000)
    picture = viewer.item.pixmap()
    # The slip is decoded at the size it was read: the mark is the box itself.
    assert (picture.width(), picture.height()) == match.page_size
    corners = viewer.mark_item.polygon()
    assert [(round(p.x()), round(p.y())) for p in corners] == list(match.box)

    def on_screen() -> tuple[int, int, int, int]:
        rect = viewer.view.mapFromScene(viewer.mark_item.mapToScene(corners)).boundingRect()
        return rect.x(), rect.y(), rect.width(), rect.height()

    fitted = on_screen()
    viewer.zoom_in()
    viewer.zoom_in()
    zoomed = on_screen()
    # Twice as large on screen, more or less, and still over the same characters.
    assert zoomed[2] > fitted[2] * 1.3 and zoomed[3] > fitted[3] * 1.3
    scene = viewer.mark_item.mapToScene(corners).boundingRect()
    xs = [x for x, _ in match.box]
    assert abs(scene.x() - min(xs)) <= 1
    viewer.reject()


def test_a_search_that_finds_nothing_on_this_step_says_what_other_steps_hold(gui, qtbot):
    case_file = gui.data_dir / "posassist.sqlite3"
    case_id = case_with_read_items(case_file, 3)  # all on the money step
    window = gui.start()
    window.open_case(case_id)
    window.wizard.go_to("backup")
    panel = window.wizard.pages["backup"].evidence_panel
    from posassist.usecases.evidence import attach

    attach(case_file, case_id, [("note.txt", "终端已经退还".encode())], "backup")
    window.wizard.session.reload()
    assert panel.list.count() == 1
    wait_for_search(qtbot, panel, "签购单")
    assert visible_names(panel) == []
    assert panel.no_match.text() == (
        "Nothing on this step matches “签购单”; 3 items on other steps do."
    )
    wait_for_search(qtbot, panel, "NOTE")
    assert visible_names(panel) == ["note.txt"] and not panel.no_match.isVisible()


def test_the_amount_an_item_shows_is_typed_in_its_details_and_kept(gui, qtbot):
    case_file = gui.data_dir / "posassist.sqlite3"
    case_id = case_with_read_items(case_file, 1)
    window = gui.start()
    window.open_case(case_id)
    window.wizard.go_to("money")
    panel = window.wizard.pages["money"].evidence_panel
    details = panel.details
    assert details.amount_symbol.text() == "¥" and details.amount.text() == ""
    details.amount.setFocus()
    qtbot.keyClicks(details.amount, "1234.5")
    qtbot.keyClick(details.amount, Qt.Key.Key_Tab)
    (item,) = gui.repo.load(case_id).evidence
    assert item.amount is not None and item.amount.format() == "¥1,234.50"
    assert details.amount.text() == "1,234.50"
    details.amount.setFocus()
    details.amount.selectAll()
    qtbot.keyClicks(details.amount, "12.345")
    qtbot.keyClick(details.amount, Qt.Key.Key_Tab)
    assert "2 decimal places" in details.amount_message.text()
    assert gui.repo.load(case_id).evidence[0].amount.format() == "¥1,234.50"
    details.amount.setFocus()
    details.amount.selectAll()
    qtbot.keyClick(details.amount, Qt.Key.Key_Backspace)
    qtbot.keyClick(details.amount, Qt.Key.Key_Tab)
    assert gui.repo.load(case_id).evidence[0].amount is None
