"""The column-mapping dialog on the money page: a csvkit corpus file the app cannot
read by its headers, and a layout chosen once and remembered for the provider."""

from __future__ import annotations

import pytest
from corpus import corpus_file
from statement_gui import drop, drop_and_wait, money_page, write


def fill_mapping(qtbot, panel, header_line: int | None, columns: dict[str, int]):
    qtbot.waitUntil(lambda: panel.mapping_dialog is not None, timeout=20_000)
    dialog = panel.mapping_dialog
    dialog.header_line.setCurrentIndex(dialog.header_line.findData(header_line))
    for name, column in columns.items():
        dialog.choose(name, column)
    return dialog


def test_the_mapping_dialog_on_a_csvkit_file(gui, qtbot):
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    path = corpus_file("statements", "csvkit__bad.csv")
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        drop(panel, [path])
        qtbot.waitUntil(lambda: panel.mapping_dialog is not None, timeout=20_000)
        dialog = panel.mapping_dialog
        # The preview shows the file's own lines; its first line is taken for the names.
        assert dialog.preview.item(0, 0).text() == "column_a"
        assert dialog.preview.item(1, 3).text() == "I'm too long!"
        assert dialog.preview.verticalHeaderItem(1).text() == "line 2"
        assert dialog.header_line.currentData() == 1
        assert dialog.choices["date"].itemText(1) == "A · column_a"
        dialog.ok_button.click()  # nothing chosen: the dialog says what is needed
        assert dialog.isVisible() and dialog.error.text() == "Choose the column with the date."
        dialog.choose("date", 0)
        dialog.choose("amount", 0)
        dialog.ok_button.click()
        assert dialog.error.text().startswith("Column A is chosen twice")
        dialog.choose("amount", 1)
        dialog.ok_button.click()
        # Column A holds no dates: the dialog comes back and says so.
        qtbot.waitUntil(
            lambda: panel.mapping_dialog is not None and panel.mapping_dialog is not dialog,
            timeout=20_000,
        )
        again = panel.mapping_dialog
        assert again.chosen_columns() == {"date": 0, "amount": 1}
        assert "no line has a date and an amount" in again.error.text()
        again.reject()
    assert panel.result.text() == "csvkit__bad.csv was not imported: the columns were not chosen."
    assert page.session.statements.overview.statements == []


def test_the_chosen_columns_are_remembered_for_the_provider(gui, qtbot, tmp_path):
    window, page = money_page(gui, qtbot)
    panel = page.statements_panel
    text = "对账单\nA,B,C,D\n02/10/2026,消费,12.50,0.05\n03/10/2026,消费,7.00,0.03\n"
    first = write(tmp_path, "one.csv", text.encode())
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        drop(panel, [first])
        dialog = fill_mapping(qtbot, panel, 2, {"date": 0, "kind": 1, "amount": 2, "fee": 3})
        assert dialog.day_first.isChecked()
        dialog.ok_button.click()
    assert "one.csv: 2 rows imported. Read with the columns you chose." in panel.result.text()
    rows = page.session.repo.db.execute(
        "SELECT on_date, amount_minor, fee_minor, kind FROM statement_rows ORDER BY line"
    ).fetchall()
    assert rows == [("2026-10-02", 1250, 5, "消费"), ("2026-10-03", 700, 3, "消费")]
    # The next file of this provider in the same layout: read without asking.
    second = write(tmp_path, "two.csv", text.replace("/10/", "/11/").encode())
    drop_and_wait(qtbot, panel, [second])
    assert panel.mapping_dialog is None
    assert "two.csv: 2 rows imported. Read with the columns you chose." in panel.result.text()


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):
    from posassist.ui import dialogs

    def refuse(*_args, **_kwargs):
        raise AssertionError("a test opened a real file dialog")

    monkeypatch.setattr(dialogs, "choose_statement_files", refuse)
