"""Drive the real wizard through every stage, for each terminal type and each reason,
then close the app, start it again on the same data folder and find everything back."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox
from typing_support import type_text

from posassist.domain import catalogue
from posassist.domain.catalogue import Kind
from posassist.domain.completeness import Code, case_problems
from posassist.domain.money import Money, parse_money
from posassist.ui.fields import from_qdate
from posassist.ui.wizard import STATUS_ROLE

OWNERSHIP_FOR = {"hardware": "leased", "software": "bought", "mobile": "deposit"}
PATHS = [
    *[
        (t, r, "repair")
        for t, r in itertools.product(
            ("hardware", "software", "mobile"),
            ("closing", "fault", "suspended", "switching", "other"),
        )
    ],
    ("hardware", "fault", "close"),
    ("mobile", "fault", "replace"),
]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    # Click the box itself (the indicator), as a mouse user does.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def sample_value(spec, n: int):
    """What a shop owner would type into this field, and its stored value."""
    if spec.kind is Kind.TEXT:
        return f"{spec.key} 值{n}"
    if spec.kind is Kind.MULTILINE:
        return f"{spec.key}：第一行\n第二行 {n}"
    if spec.kind is Kind.DIGITS:
        return "7" * (spec.length or 6)
    if spec.kind is Kind.LAST4:
        return "0421"
    if spec.kind is Kind.DATE:
        return dt.date(2026, 11, 1) + dt.timedelta(days=n)
    if spec.kind is Kind.MONEY:
        return Money(123450 + n)
    if spec.kind is Kind.BOOL:
        return True
    if spec.kind is Kind.CHOICE:
        return spec.choices[-1]
    if spec.kind is Kind.RATE:
        return f"0.{38 + n % 50}%"
    raise AssertionError(spec.kind)


def enter(qtbot, editor, value) -> None:
    kind = editor.spec.kind
    editor.edit.setFocus()
    if kind in (Kind.TEXT, Kind.DIGITS, Kind.LAST4, Kind.RATE):
        editor.edit.clear()
        type_text(qtbot, editor.edit, value)
        qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    elif kind is Kind.MULTILINE:
        editor.edit.clear()
        first, second = value.split("\n")
        type_text(qtbot, editor.edit, first)
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
        type_text(qtbot, editor.edit, second)
    elif kind is Kind.MONEY:
        editor.edit.clear()
        type_text(qtbot, editor.edit, value.plain())
        qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    elif kind is Kind.DATE:
        editor.edit.setDate(QDate(value.year, value.month, value.day))
    elif kind is Kind.BOOL:
        if not editor.edit.isChecked():
            tick(qtbot, editor.edit)
    elif kind is Kind.CHOICE:
        choose(editor.edit, value)


def shown(editor) -> object:
    """The value the widget shows, as a domain value."""
    kind = editor.spec.kind
    if kind in (Kind.TEXT, Kind.DIGITS, Kind.LAST4, Kind.RATE):
        return editor.edit.text()
    if kind is Kind.MULTILINE:
        return editor.edit.toPlainText()
    if kind is Kind.MONEY:
        return parse_money(editor.edit.text()) if editor.edit.text() else None
    if kind is Kind.DATE:
        return from_qdate(editor.edit.date())
    if kind is Kind.BOOL:
        return editor.edit.isChecked()
    return editor.edit.currentData()


def log_contact(qtbot, log, summary: str) -> None:
    click(qtbot, log.add_button)
    dialog = log.active_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.person, "客服 李女士")
    type_text(qtbot, dialog.reference, "GD-001")
    type_text(qtbot, dialog.summary, summary)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert not dialog.isVisible()


def add_fee(qtbot, fee_list, due: str, paid: str) -> None:
    click(qtbot, fee_list.add_button)
    dialog = fee_list.active_dialog
    choose(dialog.kind, "sim_data")
    type_text(qtbot, dialog.due, due)
    type_text(qtbot, dialog.paid, paid)
    type_text(qtbot, dialog.note, "流量费")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))


def walk_and_fill(qtbot, wizard, terminal_type, reason, outcome) -> dict:
    """Fill every applicable stage as a user would; return what was entered."""
    expected: dict = {}
    page = wizard.pages["terminal"]
    choose(page.editors["terminal_type"].edit, terminal_type)
    choose(page.editors["ownership"].edit, OWNERSHIP_FOR[terminal_type])
    choose(page.editors["reason"].edit, reason)
    if reason == "fault":
        choose(page.editors["fault_outcome"].edit, outcome)
    profile_values = {
        "terminal_type": terminal_type,
        "ownership": OWNERSHIP_FOR[terminal_type],
        "reason": reason,
        "currency": "CNY",
    }
    if reason == "fault":
        profile_values["fault_outcome"] = outcome
    expected.update(profile_values)
    applicable = [s.key for s in wizard.session.case.applicable_stages()]
    visited = []
    n = 0
    while True:
        stage = wizard.current_stage
        visited.append(stage)
        page = wizard.pages[stage]
        for key, editor in page.editors.items():
            if key in profile_values or not editor.container.isVisible():
                continue
            n += 1
            value = sample_value(editor.spec, n)
            enter(qtbot, editor, value)
            expected[key] = value
        for box in page.checks.values():
            if box.isVisible() and not box.isChecked():
                tick(qtbot, box)
        if stage == "contact":
            log_contact(qtbot, page.contact_log, "询问停用流程")
        if stage == "money":
            add_fee(qtbot, page.fee_list, "99", "99")
        if stage != "review":
            assert page.done_button.isEnabled()
            click(qtbot, page.done_button)
        if not wizard.next_button.isEnabled():
            break
        click(qtbot, wizard.next_button)
    assert visited == applicable
    return expected


@pytest.mark.parametrize(("terminal_type", "reason", "outcome"), PATHS)
def test_walk_every_stage_then_restart(gui, qtbot, terminal_type, reason, outcome):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    assert wizard is not None and wizard.current_stage == "terminal"
    expected = walk_and_fill(qtbot, wizard, terminal_type, reason, outcome)
    assert gui.warnings == [], "a fully filled stage must not warn when marked done"
    assert wizard.current_stage == "review"
    review = wizard.pages["review"]
    # Every step is done; what is left is proof not attached yet (this walk attaches none).
    left = case_problems(wizard.session.case)
    assert left and {p.code for p in left} == {Code.EVIDENCE_MISSING}
    assert review.case_state.text() == f"Points still open: {len(left)}"
    # Leave the case on the money page, then quit.
    wizard.side.setCurrentRow(catalogue.STAGE_KEYS.index("money"))
    case_id = wizard.session.case_id

    window = gui.restart()
    table = window.case_list.table
    assert window.case_list.model.rowCount() == 1
    qtbot.waitUntil(lambda: table.visualRect(table.model().index(0, 0)).height() > 0)
    row_rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    wizard = window.wizard
    assert wizard is not None and wizard.session.case_id == case_id
    assert wizard.current_stage == "money", "reopening resumes on the page left"

    case = wizard.session.case
    for key, value in expected.items():
        assert case.get(key) == value, key
    for key, value in expected.items():
        stage = catalogue.FIELD_STAGE[key]
        assert shown(wizard.pages[stage].editors[key]) == value, key
    applicable = {s.key for s in case.applicable_stages()}
    for row, key in enumerate(catalogue.STAGE_KEYS):
        status = wizard.side.item(row).data(STATUS_ROLE)
        if key == "review":
            continue
        assert status == ("done" if key in applicable else "not_needed"), key
    for stage in applicable - {"review"}:
        for item in catalogue.stage(stage).items_for(case.profile):
            assert wizard.pages[stage].checks[item.key].isChecked()
    assert len(case.contacts) == 1 and case.contacts[0].summary == "询问停用流程"
    assert case.fees[0].due == Money(9900)


def test_marking_an_incomplete_stage_done_warns_but_does_not_block(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    page = window.wizard.pages["backup"]
    window.wizard.go_to("backup")
    gui.confirm_answer = False
    click(qtbot, page.done_button)
    assert len(gui.warnings) == 1
    assert any("Date of the last card payment" in line for line in gui.warnings[0])
    assert "backup" not in window.wizard.session.case.stage_done
    gui.confirm_answer = True
    click(qtbot, page.done_button)
    assert "backup" in window.wizard.session.case.stage_done
    assert page.done_button.text() == "Reopen this step"
    click(qtbot, page.done_button)
    assert "backup" not in window.wizard.session.case.stage_done


def test_changing_the_terminal_type_changes_the_path(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    terminal = wizard.pages["terminal"]
    returning = wizard.pages["return"]
    assert terminal.editors["serial_no"].container.isVisibleTo(terminal)
    choose(terminal.editors["terminal_type"].edit, "software")
    assert not terminal.editors["serial_no"].container.isVisibleTo(terminal)
    assert returning.editors["app_uninstalled"].container.isVisibleTo(returning)
    choose(terminal.editors["reason"].edit, "fault")
    close_row = catalogue.STAGE_KEYS.index("close")
    assert wizard.side.item(close_row).data(STATUS_ROLE) == "not_needed"
    history = [e.event.value for e in gui.repo.history(wizard.session.case_id)]
    assert history.count("path_changed") == 2


def test_keyboard_only_navigation(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_stage == "backup"
    wizard.side.setFocus()
    qtbot.keyClick(wizard.side, Qt.Key.Key_Down)
    assert wizard.current_stage == "customers"
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_stage == "backup"
    shop = wizard.pages["terminal"].editors["shop_name"].edit
    wizard.go_to("terminal")
    shop.setFocus()
    type_text(qtbot, shop, "键盘小店")
    assert gui.repo.load(wizard.session.case_id).shop_name == "键盘小店"


def test_inline_validation_of_ids_money_and_card_numbers(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    page = wizard.pages["terminal"]
    merchant = page.editors["merchant_id"]
    type_text(qtbot, merchant.edit, "12345")
    assert merchant.message.isVisible() and "15" in merchant.message.text()
    last4 = page.editors["bank_last4"]
    type_text(qtbot, last4.edit, "6222021234567890")
    assert last4.edit.text() == "7890"
    assert "last 4" in last4.message.text()
    assert wizard.session.case.get("bank_last4") == "7890"
    hotline = page.editors["contract_no"]
    hotline.edit.setFocus()
    type_text(qtbot, hotline.edit, "4111 1111 1111 1111")
    qtbot.keyClick(hotline.edit, Qt.Key.Key_Tab)
    assert hotline.edit.text() == "411111******1111"
    assert wizard.session.case.get("contract_no") == "411111******1111"
    wizard.go_to("backup")
    money = wizard.pages["backup"].editors["amount_to_settle"]
    money.edit.setFocus()
    type_text(qtbot, money.edit, "12.345")
    qtbot.keyClick(money.edit, Qt.Key.Key_Tab)
    assert money.message.isVisible() and "2 decimal" in money.message.text()
    assert wizard.session.case.get("amount_to_settle") == Money(1234)  # the last valid amount
    money.edit.clear()
    money.edit.setFocus()
    type_text(qtbot, money.edit, "１,２３４.５")
    qtbot.keyClick(money.edit, Qt.Key.Key_Tab)
    assert wizard.session.case.get("amount_to_settle") == Money(123450)
    assert money.edit.text() == "1,234.50"


def test_contact_log_is_reachable_from_every_page(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    wizard.go_to("after")
    click(qtbot, wizard.log_button)
    log_window = wizard._log_window
    assert log_window.isVisible()
    log_contact(qtbot, log_window.log, "问押金何时退")
    contact_page = wizard.pages["contact"].contact_log
    assert contact_page.model.rowCount() == 1, "the page's log shows the entry too"
    assert contact_page.summary.text() == "Contacts logged: 1"


def test_archive_and_case_status(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    wizard.go_to("review")
    click(qtbot, wizard.pages["review"].case_button)  # open points: confirm patched to yes
    assert wizard.session.case.status.value == "done"
    click(qtbot, wizard.back_to_list)
    case_list = window.case_list
    assert case_list.model.rowCount() == 1
    click(qtbot, case_list.archive_button)
    assert case_list.model.rowCount() == 0
    tick(qtbot, case_list.show_archived)
    assert case_list.model.rowCount() == 1
    click(qtbot, case_list.archive_button)
    assert gui.repo.load(wizard.session.case_id if False else 1).status.value == "in_progress"
    events = [e.event.value for e in gui.repo.history(1)]
    assert events.count("status_changed") == 3


def test_help_dialogs_open_with_their_text(gui, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from posassist.ui import help as help_module

    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window = gui.start("zh_CN")
    window.show_faq()
    window.show_about()
    faq, about = shown
    assert "押金" in faq.browser.toPlainText()
    assert "POS Assist 0.1.0" in about.browser.toPlainText()
    assert "GPL" in about.browser.toPlainText()
    assert help_module.about_dialog(None).windowTitle() == "关于 POS Assist"


def test_a_newer_case_file_gets_a_message_not_a_traceback(data_dir, qapp, monkeypatch):
    from posassist import cli
    from posassist.store.database import NewerSchemaError, open_database
    from posassist.ui import dialogs

    db = open_database(data_dir / "posassist.sqlite3")
    db["_sqlite_migrations"].insert({"migration_set": "posassist", "name": "m9", "applied_at": "x"})
    db.close()
    seen = []
    monkeypatch.setattr(dialogs, "show_open_error", lambda path, error: seen.append((path, error)))
    assert cli.run_gui(data_dir) == 1
    assert isinstance(seen[0][1], NewerSchemaError)
    assert seen[0][0] == data_dir / "posassist.sqlite3"


def test_an_unexpected_error_is_logged_and_shown_in_plain_words(qapp, monkeypatch, caplog):
    from posassist.ui import app as app_module
    from posassist.ui import dialogs

    seen = []
    monkeypatch.setattr(dialogs, "show_unexpected_error", seen.append)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        app_module._excepthook(RuntimeError, error, error.__traceback__)
    assert seen and str(seen[0]) == "boom"
    assert "unexpected error" in caplog.text
