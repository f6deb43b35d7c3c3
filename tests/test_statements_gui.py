"""Statements on the money page: drop real and generated statement files, decide about
bad rows, read the findings, explain one, take one into the fee list; the window stays
responsive through a 100,000-row import. (The column mapping: test_mapping_gui.py.)"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from corpus import corpus_file
from event_loop import event_loop_gaps
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from statement_files import PANS, bank_csv, provider_csv
from statement_gui import START, cards, drop, drop_and_wait, money_page, sales, write

from posassist.domain.case import Direction
from posassist.domain.settlement import Code


def test_drop_a_statement_see_what_was_imported_and_found(gui, qtbot, tmp_path):
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    statement = write(tmp_path, "清分明细.csv", provider_csv(sales(10, skew={3: "990.20"})))
    drop_and_wait(qtbot, panel, [statement])
    text = panel.result.text()
    assert "清分明细.csv: 10 rows imported." in text
    assert "10 card numbers masked" in text
    assert not panel.result.isHidden() and panel.progress_row.isHidden()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "清分明细.csv"
    assert panel.table.item(0, 2).text() == "2026-10-01 – 2026-10-10"
    (card,) = cards(page)
    assert card.finding.code == Code.SETTLEMENT_MISMATCH
    assert card.finding.on == dt.date(2026, 10, 4)
    assert card.amount.text() == "Owed to the shop: ¥6.00"
    assert "Ask the provider to pay the difference of ¥6.00" in card.sentence.text()
    # 4 preamble lines, the header, then the rows: the 4th is line 9.
    assert card.rows.text() == "Statement rows: 清分明细.csv, line 9"
    assert "1 finding (0 explained)" in page.findings_panel.summary.text()
    # The statement is also evidence of the case, its card numbers masked.
    case = window.wizard.session.case
    (evidence,) = [e for e in case.evidence if e.category.value == "statement"]
    stored = window.wizard.session.evidence.data(evidence.sha256)
    assert all(pan.encode() not in stored for pan in PANS)


def test_a_finding_marked_explained_keeps_its_note_after_a_restart(
    gui, qtbot, tmp_path, monkeypatch
):
    from posassist.ui import dialogs

    window, page = money_page(gui, qtbot)
    drop_and_wait(
        qtbot,
        page.statements_panel,
        [write(tmp_path, "s.csv", provider_csv(sales(5, skew={1: "900.00"})))],
    )
    (card,) = cards(page)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_note",
        lambda parent, title, label: asked.append(label) or "退回了差额，11月2日",
    )
    state = page.session.statements
    with qtbot.waitSignal(state.changed, timeout=20_000):
        qtbot.mouseClick(card.explain_button, Qt.MouseButton.LeftButton)
    assert "Settlement does not add up" in asked[0]
    (card,) = cards(page)
    assert card.note.text() == "Explained: 退回了差额，11月2日" and not card.note.isHidden()
    assert "1 finding (1 explained)" in page.findings_panel.summary.text()
    # Checking again keeps it, explained: findings are never deleted.
    with qtbot.waitSignal(state.changed, timeout=20_000):
        qtbot.mouseClick(page.findings_panel.check_button, Qt.MouseButton.LeftButton)
    assert cards(page)[0].finding.explained_note == "退回了差额，11月2日"
    case_id = window.wizard.session.case_id
    window = gui.restart()
    window.open_case(case_id)
    window.wizard.go_to("money")
    page = window.wizard.pages["money"]
    qtbot.waitUntil(lambda: page.session.statements.loaded, timeout=20_000)
    assert cards(page)[0].note.text() == "Explained: 退回了差额，11月2日"


def test_a_finding_is_taken_into_the_fee_list_in_one_click(gui, qtbot, tmp_path):
    window, page = money_page(gui, qtbot)
    page.session.set_value("closed_on", dt.date(2026, 10, 5))
    rows = sales(5) + [("2026-10-20", "-99.00", "0.00", "-99.00", "", "900", "流量费")]
    drop_and_wait(qtbot, page.statements_panel, [write(tmp_path, "扣费.csv", provider_csv(rows))])
    (card,) = cards(page, Code.DEDUCTION_AFTER_CLOSURE)
    assert card.amount.text() == "Owed to the shop: ¥99.00"
    assert card.fee_button.isEnabled() and card.fee_button.text() == "Add to the fee list"
    qtbot.mouseClick(card.fee_button, Qt.MouseButton.LeftButton)
    (fee,) = page.session.case.fees
    assert (fee.kind.value, fee.direction, fee.due.format(), fee.paid.minor) == (
        "sim_data",
        Direction.SHOP_IS_OWED,
        "¥99.00",
        0,
    )
    assert fee.on == dt.date(2026, 10, 20) and "Deduction after closure" in fee.note
    assert page.fee_list.model.rowCount() == 1
    assert "Still owed to the shop: ¥99.00" in page.fee_list.summary.text()
    card = cards(page, Code.DEDUCTION_AFTER_CLOSURE)[0]
    assert card.fee_button.text() == "In the fee list" and not card.fee_button.isEnabled()
    # The after-care page shows the debit after closure too, while the watch lasts.
    page.session.set_value("watch_until", dt.date.today() + dt.timedelta(days=30))
    watch = window.wizard.pages["after"].debit_watch
    assert [c.finding.code for c in watch.cards] == [Code.DEDUCTION_AFTER_CLOSURE]
    assert "Found so far: 1." in watch.summary.text()
    page.session.set_value("watch_until", dt.date.today() - dt.timedelta(days=1))
    assert watch.cards == [] and "The watch ended on" in watch.summary.text()


def test_the_agreed_rate_on_the_page_is_what_the_check_uses(gui, qtbot, tmp_path):
    window, page = money_page(gui, qtbot)
    rows = sales(4) + [("2026-10-05", "1,000.00", "6.00", "994.00", PANS[0], "004", "消费")]
    drop_and_wait(qtbot, page.statements_panel, [write(tmp_path, "s.csv", provider_csv(rows))])
    assert cards(page) == []
    state = page.session.statements
    editor = page.editors["agreed_rate"]
    with qtbot.waitSignal(state.changed, timeout=20_000):
        editor.set_value("0.38%")
        page.session.set_value("agreed_rate", "0.38%")
    (card,) = cards(page)
    assert card.finding.code == Code.FEE_ABOVE_AGREED
    assert card.amount.text() == "Owed to the shop: ¥2.20"
    assert "0.60%" in card.sentence.text() and "0.38%" in card.sentence.text()
    with qtbot.waitSignal(state.changed, timeout=20_000):
        page.session.set_value("rate_rise_consented", True)
    assert cards(page) == []


def test_bad_rows_the_owner_chooses_the_good_rows_or_nothing(gui, qtbot, tmp_path, monkeypatch):
    from posassist.ui import dialogs

    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    data = provider_csv(sales(4)).replace(b"2026-10-02,", b"2026-13-45,")
    data = data.replace(b"2026-10-03,10:00:00", b"2026-10-03,10:00:00,extra")
    broken = write(tmp_path, "broken.csv", data)
    answers = [False, True]
    asked = []

    def choose(parent, name, good, lines):
        asked.append((name, good, lines))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "choose_bad_rows", choose)
    drop_and_wait(qtbot, panel, [broken])
    assert asked[0] == (
        "broken.csv",
        2,
        ["line 7: the date cannot be read (2026-13-45)", "line 8: wrong number of columns (11)"],
    )
    assert "broken.csv: nothing imported, as you chose (2 rows could not be read)." in (
        panel.result.text()
    )
    assert panel.table.isHidden() and page.session.statements.overview.statements == []
    drop_and_wait(qtbot, panel, [broken])
    text = panel.result.text()
    assert "broken.csv: 2 rows imported." in text
    assert "2 rows left out: line 7: the date cannot be read (2026-13-45)" in text
    assert panel.table.rowCount() == 1


def test_the_bad_rows_question_is_a_real_choice(gui, qtbot, tmp_path):
    """The real message box: it names the rows and imports the good ones when asked."""
    window, page = money_page(gui, qtbot)
    data = provider_csv(sales(3)).replace(b"2026-10-02,", b"2026-13-45,")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        box.findChild(type(box.buttons()[0]), "importGoodRows").click()

    QTimer.singleShot(50, answer)
    drop_and_wait(qtbot, page.statements_panel, [write(tmp_path, "b.csv", data)])
    assert "b.csv: 2 rows can be read, 1 cannot." in seen[0]
    assert "line 7: the date cannot be read (2026-13-45)" in seen[0]
    assert "b.csv: 2 rows imported." in page.statements_panel.result.text()


def test_a_settlement_missing_from_the_bank_statement_and_the_source_choice(gui, qtbot, tmp_path):
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    rows, credits = [], []
    for i in range(10):
        on = START + dt.timedelta(days=i)
        amount = 100_000 + i * 1_000  # a different sum each day
        rows.append(
            (
                on.isoformat(),
                f"{amount / 100:.2f}",
                "3.80",
                f"{(amount - 380) / 100:.2f}",
                PANS[0],
                f"{i:03d}",
                "消费",
            )
        )
        credits.append(((on + dt.timedelta(days=1)).isoformat(), f"{(amount - 380) / 100:.2f}", ""))
    credits += [("2026-10-20", "1.00", "")]  # the bank statement reaches past the delay
    del credits[4]  # the settlement of 10-05 never arrived
    provider = write(tmp_path, "清分.csv", provider_csv(rows))
    bank = write(tmp_path, "银行明细.csv", bank_csv(credits))
    drop_and_wait(qtbot, panel, [provider])
    panel.source.setCurrentIndex(panel.source.findData("bank"))
    drop_and_wait(qtbot, panel, [bank])
    assert [panel.table.item(r, 1).text() for r in range(2)] == ["provider", "bank"]
    (card,) = cards(page)
    assert (card.finding.code, card.finding.on) == (
        Code.SETTLEMENT_NOT_CREDITED,
        dt.date(2026, 10, 5),
    )
    assert card.amount.text() == "Owed to the shop: ¥1,036.20"


def test_import_statement_button_takes_the_files_the_owner_picks(gui, qtbot, tmp_path, monkeypatch):
    from statement_files import xlsx

    from posassist.ui import dialogs

    statement = write(
        tmp_path,
        "picked.xlsx",
        xlsx(
            [
                ["交易日期", "交易金额", "手续费", "卡号"],
                ["2026-10-02", "¥1,000.00", "3.80", PANS[2]],
            ]
        ),
    )
    monkeypatch.setattr(dialogs, "choose_statement_files", lambda parent: [statement])
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.result.text() == (
        "picked.xlsx: 1 row imported. 1 card number masked (only the first 6 and last 4 "
        "digits kept)."
    )


def test_a_refused_file_is_named_with_its_reason(gui, qtbot):
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    drop_and_wait(qtbot, panel, [corpus_file("bad-images", "pillow__truncated_jpeg.jpg")])
    assert panel.result.text() == (
        "pillow__truncated_jpeg.jpg was not imported: not a statement file (CSV, XLSX or XLS)."
    )


def test_the_window_stays_responsive_during_a_100000_row_import(gui, qtbot, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from statements import make_statement

    big = tmp_path / "清分明细.csv"
    make_statement(big, 100_000)
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    seen: list[int] = []
    panel.runner.progress.connect(lambda done, total, phase: seen.append(done))
    with event_loop_gaps() as gaps:
        drop_and_wait(qtbot, panel, [big], timeout=300_000)
        qtbot.wait(200)  # the findings and the evidence list are shown after the end
    assert "清分明细.csv: 100,000 rows imported." in panel.result.text()
    assert "100,000 card numbers masked" in panel.result.text()
    assert len(seen) > 3  # the progress bar moved
    print(f"longest event-loop gap: {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    # Checking the 100,000 rows again, on demand, keeps the window answering too.
    state = page.session.statements
    with event_loop_gaps() as gaps:
        with qtbot.waitSignal(state.changed, timeout=120_000):
            qtbot.mouseClick(page.findings_panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.wait(100)
    print(f"check again: longest gap {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"


def test_cancel_stores_nothing(gui, qtbot, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from statements import make_statement

    big = tmp_path / "big.csv"
    make_statement(big, 60_000)
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    panel.runner.every_progress.connect(
        lambda done, total, phase: phase == "reading" and done > 0 and panel.cancel_button.click()
    )
    drop_and_wait(qtbot, panel, [big], timeout=120_000)
    assert panel.result.text() == "big.csv: stopped; nothing of it was imported."
    count = page.session.repo.db.execute("SELECT COUNT(*) FROM statement_rows").fetchone()[0]
    assert count == 0


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):
    from posassist.ui import dialogs

    def refuse(*_args, **_kwargs):
        raise AssertionError("a test opened a real file dialog")

    monkeypatch.setattr(dialogs, "choose_statement_files", refuse)


def test_closing_the_window_mid_import_keeps_the_statement_whole_or_not_at_all(
    gui, qtbot, tmp_path
):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from statements import make_statement

    big = tmp_path / "big.csv"
    make_statement(big, 60_000)
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    reading: list[int] = []
    panel.runner.every_progress.connect(lambda done, total, phase: reading.append(done))
    drop(panel, [big])
    qtbot.waitUntil(lambda: len(reading) > 1, timeout=60_000)
    db = gui.repo.db
    gui.window.close()  # cancels the import and waits for it
    rows = db.execute("SELECT COUNT(*) FROM statement_rows").fetchone()[0]
    statements = db.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    assert (statements, rows) in ((0, 0), (1, 60_000))
