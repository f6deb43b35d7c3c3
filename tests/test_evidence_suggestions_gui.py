"""What was read on a slip offered in the evidence details (issue 15): "Use this" makes a
value the item's with one click, "Show where" marks the line on the picture; kept after a
restart. The real engine on a generated slip."""

from __future__ import annotations

import datetime as dt

import pytest
from drag import drop
from PySide6.QtCore import Qt
from slips import make_slip
from test_evidence_gui import open_new_case
from test_evidence_reading_gui import open_on_step

VALUES = {"date": "2026/10/04", "amount": "1,888.00", "terminal_id": "12345678"}


@pytest.fixture(autouse=True)
def no_report_dialogs(monkeypatch):
    from posassist.ui import dialogs

    monkeypatch.setattr(dialogs, "show_import_report", lambda *a: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *a: None)


def rows(panel) -> dict[str, tuple]:
    """The suggestions shown: field -> (text, Use this, Show where)."""
    shown = panel.details.suggestions
    return {s.field: row for s, row in zip(shown.suggestions, shown.rows, strict=True)}


def test_a_value_read_on_the_slip_is_taken_with_one_click_and_kept(gui, qtbot, tmp_path):
    path = tmp_path / "slip.jpg"
    path.write_bytes(make_slip(81, values=VALUES).jpeg)
    window, panel = open_new_case(gui, qtbot, "backup")
    reading = window.wizard.session.reading
    drop(panel, [path])
    qtbot.waitUntil(lambda: not reading.busy and len(reading.readings) == 1, timeout=60_000)
    panel.list.setCurrentRow(0)
    suggestions = panel.details.suggestions
    qtbot.waitUntil(suggestions.isVisible, timeout=5_000)
    # The slip is filed as a transaction record already: its date and amount are offered.
    shown = rows(panel)
    assert set(shown) == {"document_date", "amount"}
    assert shown["document_date"][0].text() == "Date of the document: 2026-10-04"
    assert shown["amount"][0].text() == "Amount shown: ¥1,888.00"
    assert "1,888.00" in shown["amount"][0].toolTip() or "1.888.00" in shown["amount"][0].toolTip()
    # Nothing is taken before the click.
    item = window.wizard.session.case.evidence[0]
    assert item.doc_date is None and item.amount is None

    qtbot.mouseClick(shown["document_date"][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(rows(panel)) == {"amount"}, timeout=5_000)
    assert window.wizard.session.case.evidence[0].doc_date == dt.date(2026, 10, 4)
    assert panel.doc_date.date().toString("yyyy-MM-dd") == "2026-10-04"

    # "Show where": the viewer opens with the amount's line marked.
    qtbot.mouseClick(rows(panel)["amount"][2], Qt.MouseButton.LeftButton)
    viewer = panel.viewer
    qtbot.waitUntil(lambda: viewer.mark_item is not None, timeout=10_000)
    read = next(s for s in suggestions.suggestions if s.field == "amount").read
    corners = viewer.mark_item.polygon()  # the slip is shown at the size it was read
    assert [(round(p.x()), round(p.y())) for p in corners] == list(read.box)
    viewer.reject()

    qtbot.mouseClick(rows(panel)["amount"][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not suggestions.isVisible(), timeout=5_000)
    assert window.wizard.session.case.evidence[0].amount.minor == 188800
    assert panel.details.amount.text() == "1,888.00"

    # Kept: the case opened again shows the values, and nothing left to offer.
    case_id = window.wizard.session.case_id
    window = gui.restart()
    panel = open_on_step(window, qtbot, case_id, "backup", timeout=60_000)
    panel.list.setCurrentRow(0)
    item = window.wizard.session.case.evidence[0]
    assert item.doc_date == dt.date(2026, 10, 4) and item.amount.minor == 188800
    assert not panel.details.suggestions.isVisible()


def test_accepting_a_slip_no_statement_row_shows_makes_a_finding_on_the_money_page(
    gui, qtbot, tmp_path
):
    from statement_files import provider_csv
    from statement_gui import cards, drop_and_wait, money_page, sales, write

    from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT

    window, page = money_page(gui, qtbot)
    # Sales of ¥1,000.00 from 2026-10-01 to 10-06; the slip's ¥1,888.00 on 10-04 is not one.
    drop_and_wait(qtbot, page.statements_panel, [write(tmp_path, "p.csv", provider_csv(sales(6)))])
    assert cards(page) == []
    path = tmp_path / "slip.jpg"
    path.write_bytes(make_slip(82, values=VALUES).jpeg)
    panel = page.evidence_panel
    reading = window.wizard.session.reading
    drop(panel, [path])
    qtbot.waitUntil(lambda: not reading.busy and len(reading.readings) == 2, timeout=60_000)
    slip_row = next(
        r for r in range(panel.list.count()) if panel.list.item(r).toolTip() == "slip.jpg"
    )
    panel.list.setCurrentRow(slip_row)
    qtbot.waitUntil(panel.details.suggestions.isVisible, timeout=5_000)
    # Read only, not yet the owner's: no claim.
    assert cards(page, SLIP_NOT_IN_STATEMENT) == []
    state = page.session.statements
    qtbot.mouseClick(rows(panel)["document_date"][1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(state.changed, timeout=20_000):
        qtbot.mouseClick(rows(panel)["amount"][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cards(page, SLIP_NOT_IN_STATEMENT)), timeout=20_000)
    (card,) = cards(page, SLIP_NOT_IN_STATEMENT)
    assert card.rows.text() == "Evidence: slip.jpg"
    assert "1,888.00" in card.sentence.text() and "12345678" in card.sentence.text()
