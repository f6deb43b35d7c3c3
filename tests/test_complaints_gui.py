"""The complaint log in the real window: reached from the after-care page and the case
menu, a complaint added and then answered through its dialog, the deadlines shown, and
everything back after the app is closed and started again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from typing_support import type_text

from posassist.domain.case import ComplaintPlace
from posassist.domain.history import Event


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot, dialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))


def test_log_a_complaint_answer_it_and_find_it_after_a_restart(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    wizard = window.wizard
    wizard.go_to("after")
    page = wizard.pages["after"]
    assert "complain to the provider's complaint service first" in page.complaints_state.text()
    click(qtbot, page.complaints_button)
    log = wizard._complaint_window.log
    assert wizard._complaint_window.isVisible()

    click(qtbot, log.add_button)
    dialog = log.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.deadlines.text().startswith("None: give the date")  # the provider's: none
    dialog.filed_on.setDate(QDate(2026, 9, 30))
    dialog.place.setCurrentIndex(dialog.place.findData("12363"))
    assert dialog.deadlines.text().splitlines()[0] == (
        "2026-10-15  Complaint accepted or not by now (7 working days)"
    )
    type_text(qtbot, dialog.place_note, "人民银行上海分行")
    type_text(qtbot, dialog.ticket, "12363-0930-017")
    save(qtbot, dialog)
    # Nothing asked: the dialog stays and says why.
    assert dialog.isVisible() and dialog.error.text() == "Write down what was asked."
    type_text(qtbot, dialog.request, "退还押金 299 元，卡号 6222020200112233446 扣费")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    case = wizard.session.case
    assert len(case.complaints) == 1
    complaint = case.complaints[0]
    assert complaint.place is ComplaintPlace.HOTLINE_12363
    assert "6222020200112233446" not in complaint.request, "a card number is masked"
    assert log.model.rowCount() == 1
    deadlines = log.model.index(0, 3).data()
    assert deadlines == "2026-10-15 · 2026-10-15 · 2026-11-30"
    tooltip = log.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-10-15  Complaint accepted or not by now (7 working days)" in tooltip
    # Every deadline of a complaint of 30 September 2026 has passed, and no answer came.
    assert log.summary.text() == (
        "Past the deadline: 2026-11-30  Answer to the complaint due at the latest (60 days)"
        " — no answer logged"
    )
    assert page.complaints_state.text() == "Complaints logged: 1\n" + log.summary.text()

    # The answer comes: edit the entry.
    log.table.selectRow(0)
    click(qtbot, log.edit_button)
    dialog = log.active_dialog
    assert dialog.ticket.text() == "12363-0930-017"
    dialog.answered_on.setDate(QDate(2026, 9, 29))
    type_text(qtbot, dialog.answer, "服务商同意退还押金")
    save(qtbot, dialog)
    assert dialog.isVisible(), "an answer before the complaint is refused"
    assert "before the day the complaint was filed" in dialog.error.text()
    dialog.answered_on.setDate(QDate(2026, 10, 16))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert log.model.index(0, 3).data() == "answered"
    assert log.model.index(0, 5).data() == "2026-10-16  服务商同意退还押金"

    # The case menu reaches the same log.
    wizard._complaint_window.close()
    window.complaints_action.trigger()
    assert wizard._complaint_window.isVisible()

    window = gui.restart()
    case_id = gui.repo.ids()[0]
    window.open_case(case_id)
    complaint = window.wizard.session.case.complaints[0]
    assert complaint.answered_on == dt.date(2026, 10, 16)
    assert complaint.answer == "服务商同意退还押金"
    assert complaint.place_note == "人民银行上海分行"
    window.complaints_action.trigger()
    log = window.wizard._complaint_window.log
    assert log.model.rowCount() == 1
    assert log.model.index(0, 2).data() == "12363-0930-017"
    events = [e.event for e in gui.repo.history(case_id)]
    assert Event.COMPLAINT_ADDED in events and Event.COMPLAINT_CHANGED in events


def test_remove_a_complaint(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.new_button)
    window.complaints_action.trigger()
    log = window.wizard._complaint_window.log
    click(qtbot, log.add_button)
    dialog = log.active_dialog
    type_text(qtbot, dialog.request, "Refund the data fee")
    save(qtbot, dialog)
    assert log.model.rowCount() == 1
    log.table.selectRow(0)
    click(qtbot, log.remove_button)  # confirm: patched to yes
    assert log.model.rowCount() == 0
    assert window.wizard.session.case.complaints == []


def test_the_case_menu_asks_for_a_case_first(gui, monkeypatch):
    from posassist.ui import dialogs

    told = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    window = gui.start()
    window.complaints_action.trigger()
    window.calendar_action.trigger()
    assert told == ["Open a case first: this is about one case."] * 2


def test_the_next_deadline_is_the_first_still_ahead(qapp):
    from posassist.domain.case import Complaint
    from posassist.ui.complaint_log import deadline_summary

    complaints = [
        Complaint(dt.date(2026, 9, 30), ComplaintPlace.PBOC),
        Complaint(dt.date(2026, 10, 9), ComplaintPlace.PROVIDER, promised_on=dt.date(2026, 10, 20)),
    ]
    assert deadline_summary(complaints, dt.date(2026, 10, 16)) == (
        "Next deadline: 2026-10-20  Answer to the complaint promised"
    )
    assert deadline_summary(complaints, dt.date(2026, 10, 1)).startswith(
        "Next deadline: 2026-10-15  Complaint accepted or not by now"
    )
    complaints[0].answered_on = dt.date(2026, 10, 12)
    complaints[1].answer = "退了"
    assert deadline_summary(complaints, dt.date(2026, 10, 1)) == ""


def test_the_after_care_page_has_a_checklist_for_taking_cards_again(gui, qtbot):
    from posassist.domain.completeness import stage_problems

    window = gui.start()
    click(qtbot, window.case_list.new_button)
    page = window.wizard.pages["after"]
    keys = ("new_device_intact", "new_contract_fees_read", "old_terminal_closed")
    boxes = [page.checks[key] for key in keys]
    assert all(box.text().endswith(" (optional)") for box in boxes)
    assert boxes[0].text().startswith("Taking cards again: the new device is intact")
    before = stage_problems(window.wizard.session.case, "after")
    boxes[1].setChecked(True)
    case = window.wizard.session.case
    assert case.checks["new_contract_fees_read"] is True
    assert stage_problems(case, "after") == before, "optional: nothing more is asked"


def test_the_case_list_shows_what_is_due_or_overdue_when_the_window_opens(gui, data_dir):
    from posassist.domain.case import Complaint
    from posassist.usecases.casefile import open_case_file

    today = dt.date.today()
    case_file = open_case_file(data_dir / "posassist.sqlite3")
    repo = case_file.cases
    late = repo.create({"shop_name": "阿芳水果店", "ownership": "deposit"})
    repo.set_value(late, "deposit_refund_due", today - dt.timedelta(days=2))
    repo.set_value(late, "watch_until", today + dt.timedelta(days=30))  # not yet
    soon = repo.create({"shop_name": "小卖部"})
    repo.add_complaint(
        soon,
        Complaint(today, ComplaintPlace.PROVIDER, promised_on=today + dt.timedelta(days=3)),
    )
    quiet = repo.create({"shop_name": "Quiet"})
    repo.set_value(quiet, "answer_due", today + dt.timedelta(days=40))
    case_file.db.close()

    window = gui.start()
    due = window.case_list.due
    assert due.isVisible()
    assert due.text().splitlines() == [
        "Due in the next 7 days or overdue:",
        f"{today - dt.timedelta(days=2)}  Deposit refund due — 阿芳水果店 (overdue)",
        f"{today + dt.timedelta(days=3)}  Answer to the complaint promised — 小卖部",
    ]


def test_a_shop_name_that_looks_like_markup_is_shown_as_typed(gui, data_dir):
    from posassist.usecases.casefile import open_case_file

    today = dt.date.today()
    case_file = open_case_file(data_dir / "posassist.sqlite3")
    late = case_file.cases.create({"shop_name": "<b>Bold</b> & Co", "ownership": "deposit"})
    case_file.cases.set_value(late, "deposit_refund_due", today - dt.timedelta(days=1))
    case_file.db.close()

    due = gui.start().case_list.due
    assert due.textFormat().name == "PlainText"
    assert "Deposit refund due — <b>Bold</b> & Co (overdue)" in due.text()
