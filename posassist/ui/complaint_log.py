"""The complaint log: where each complaint was filed, when, its ticket, what was asked,
the answer, and the deadlines that follow (domain.reminders.complaint_deadlines).

Reached from the after-care page and the case menu (the wizard's ComplaintLogWindow);
built like the contact log (ui/record_lists.py), its entry dialog opening non-blocking.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from posassist.domain import working_days
from posassist.domain.cards import mask_card_numbers
from posassist.domain.case import Complaint, ComplaintPlace
from posassist.domain.reminders import complaint_deadlines
from posassist.ui import dialogs
from posassist.ui.fields import DateEdit, from_qdate, to_qdate
from posassist.ui.models import Index, _ListModel, date_text
from posassist.ui.record_dialogs import _RecordDialog
from posassist.ui.record_lists import _RecordList
from posassist.ui.session import CaseSession
from posassist.words import texts

translate = QCoreApplication.translate


def deadlines_text(complaint: Complaint, separator: str = "\n") -> str:
    """The complaint's deadlines, one per line: date and what it is for."""
    lines = []
    for pending in complaint_deadlines(complaint):
        line = f"{pending.on.isoformat()}  {texts.date_code(pending.code)}"
        if pending.estimated:
            line += translate("ComplaintLog", " (estimated: that year's holidays are not out yet)")
        lines.append(line)
    return separator.join(lines)


def deadline_summary(complaints: list[Complaint], today: dt.date | None = None) -> str:
    """The next deadline of the complaints not answered yet; when every one has passed,
    the last that did. Empty when no deadline is left."""
    upcoming = sorted(d for c in complaints if not c.answered for d in complaint_deadlines(c))
    if not upcoming:
        return ""
    today = today or dt.date.today()
    ahead = [d for d in upcoming if d.on >= today]
    if ahead:
        pending = ahead[0]
        text = translate("ComplaintLog", "Next deadline: %1  %2")
    else:
        pending = upcoming[-1]
        text = translate("ComplaintLog", "Past the deadline: %1  %2 — no answer logged")
    return text.replace("%1", pending.on.isoformat()).replace("%2", texts.date_code(pending.code))


class ComplaintTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            translate("ComplaintLog", "Filed on"),
            translate("ComplaintLog", "Where"),
            translate("ComplaintLog", "Ticket no."),
            translate("ComplaintLog", "Deadlines"),
            translate("ComplaintLog", "What was asked"),
            translate("ComplaintLog", "Answer"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        complaint: Complaint = self.rows[index.row()]
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        place = texts.complaint_place(complaint.place)
        if complaint.place_note:
            place += f" ({complaint.place_note})"
        if complaint.answered:
            answer = complaint.answer if tooltip else complaint.answer.replace("\n", " ")
            if complaint.answered_on:
                answer = f"{complaint.answered_on.isoformat()}  {answer}".strip()
            deadlines = translate("ComplaintLog", "answered")
        else:
            answer = translate("ComplaintLog", "no answer yet")
            dates = [d.on.isoformat() for d in complaint_deadlines(complaint)]
            deadlines = deadlines_text(complaint) if tooltip else " · ".join(dates)
        return [
            date_text(complaint.filed_on),
            place,
            complaint.ticket,
            deadlines,
            complaint.request if tooltip else complaint.request.replace("\n", " "),
            answer,
        ][index.column()]


class ComplaintDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None, complaint: Complaint | None = None) -> None:
        super().__init__(
            translate("ComplaintLog", "Edit complaint")
            if complaint
            else translate("ComplaintLog", "Log a complaint"),
            parent,
        )
        self.original = complaint
        self.setMinimumWidth(640)  # a deadline and its words on one line
        self.filed_on = DateEdit()
        self.filed_on.setObjectName("complaintFiledOn")
        self.filed_on.setDate(to_qdate(complaint.filed_on) if complaint else QDate.currentDate())
        self.place = QComboBox()
        self.place.setObjectName("complaintPlace")
        for place in ComplaintPlace:
            self.place.addItem(texts.complaint_place(place), place.value)
        self.place_note = QLineEdit()
        self.place_note.setObjectName("complaintPlaceNote")
        self.place_note.setPlaceholderText(
            translate("ComplaintLog", "e.g. the branch's name, or which desk")
        )
        self.ticket = QLineEdit()
        self.ticket.setObjectName("complaintTicket")
        self.request = QPlainTextEdit()
        self.request.setObjectName("complaintRequest")
        self.request.setTabChangesFocus(True)
        self.request.setPlaceholderText(
            translate("ComplaintLog", "What you asked for, with the facts and your reasons")
        )
        self.promised_on = DateEdit()
        self.promised_on.setObjectName("complaintPromisedOn")
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("complaintAnswer")
        self.answer.setTabChangesFocus(True)
        self.answered_on = DateEdit()
        self.answered_on.setObjectName("complaintAnsweredOn")
        if complaint:
            self.place.setCurrentIndex(max(self.place.findData(complaint.place.value), 0))
            self.place_note.setText(complaint.place_note)
            self.ticket.setText(complaint.ticket)
            self.request.setPlainText(complaint.request)
            self.promised_on.setDate(to_qdate(complaint.promised_on))
            self.answer.setPlainText(complaint.answer)
            self.answered_on.setDate(to_qdate(complaint.answered_on))
        self.form.addRow(translate("ComplaintLog", "Filed on"), self.filed_on)
        self.form.addRow(translate("ComplaintLog", "Where"), self.place)
        self.form.addRow(translate("ComplaintLog", "Branch or desk"), self.place_note)
        self.form.addRow(translate("ComplaintLog", "Ticket / reference no."), self.ticket)
        self.request.setFixedHeight(96)
        self.answer.setFixedHeight(96)
        self.deadlines = QLabel()
        self.deadlines.setObjectName("complaintDeadlines")
        self.deadlines.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlines.setWordWrap(True)
        self.form.addRow(translate("ComplaintLog", "What was asked"), self.request)
        self.form.addRow(translate("ComplaintLog", "Answer promised by"), self.promised_on)
        self.form.addRow(translate("ComplaintLog", "Deadlines that follow"), self.deadlines)
        self.form.addRow(translate("ComplaintLog", "The answer"), self.answer)
        self.form.addRow(translate("ComplaintLog", "Answered on"), self.answered_on)
        for edit in (self.filed_on, self.promised_on):
            edit.dateChanged.connect(self._show_deadlines)
        self.place.currentIndexChanged.connect(self._show_deadlines)
        self._show_deadlines()

    def _show_deadlines(self) -> None:
        filed = from_qdate(self.filed_on.date())
        if filed is None:
            self.deadlines.setText("")
            return
        shown = Complaint(
            filed_on=filed,
            place=ComplaintPlace(self.place.currentData()),
            promised_on=from_qdate(self.promised_on.date()),
        )
        self.deadlines.setText(
            deadlines_text(shown)
            or translate("ComplaintLog", "None: give the date the desk promised an answer by.")
        )

    def validate(self) -> str:
        filed = from_qdate(self.filed_on.date())
        if filed is None:
            return translate("ComplaintLog", "Give the day the complaint was filed.")
        if not self.request.toPlainText().strip():
            return translate("ComplaintLog", "Write down what was asked.")
        for edit, name in (
            (self.promised_on, translate("ComplaintLog", "Answer promised by")),
            (self.answered_on, translate("ComplaintLog", "Answered on")),
        ):
            day = from_qdate(edit.date())
            if day is not None and day < filed:
                text = translate("ComplaintLog", "%1 is before the day the complaint was filed.")
                return text.replace("%1", name)
        return ""

    def complaint(self) -> Complaint:
        request, _ = mask_card_numbers(self.request.toPlainText().strip())
        answer, _ = mask_card_numbers(self.answer.toPlainText().strip())
        filed = from_qdate(self.filed_on.date())
        assert filed is not None  # validate() saw to it
        return Complaint(
            filed_on=filed,
            place=ComplaintPlace(self.place.currentData()),
            ticket=self.ticket.text().strip(),
            request=request,
            promised_on=from_qdate(self.promised_on.date()),
            answer=answer,
            answered_on=from_qdate(self.answered_on.date()),
            place_note=self.place_note.text().strip(),
            id=self.original.id if self.original else None,
        )


class ComplaintLog(_RecordList):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, ComplaintTableModel(), parent)
        self.setObjectName("complaintLog")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # The long texts get a fixed share (whole in their tooltip), so the deadlines show.
        header = self.table.horizontalHeader()
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 240)

    def add_text(self) -> str:
        return translate("ComplaintLog", "Log a complaint…")

    def rows(self) -> list:
        return self.session.case.complaints

    def refresh(self) -> None:
        super().refresh()
        complaints = self.session.case.complaints
        self.summary.setText(
            deadline_summary(complaints)
            or translate("ComplaintLog", "Complaints logged: %1").replace(
                "%1", str(len(complaints))
            )
        )

    def add(self) -> None:
        dialog = ComplaintDialog(self)
        self._show(dialog, lambda: self.session.add_complaint(dialog.complaint()))

    def edit_selected(self) -> None:
        complaint = self.selected()
        if complaint is not None:
            dialog = ComplaintDialog(self, complaint)
            self._show(dialog, lambda: self.session.update_complaint(dialog.complaint()))

    def remove_selected(self) -> None:
        complaint = self.selected()
        if complaint is not None and dialogs.confirm(
            self,
            translate("ComplaintLog", "Remove this complaint?"),
            translate("ComplaintLog", "Remove the complaint of %1 from the log?").replace(
                "%1", complaint.filed_on.isoformat()
            ),
        ):
            self.session.delete_complaint(complaint.id)


class ComplaintLogWindow(QDialog):
    """The complaint log in a window of its own, reachable from any page."""

    def __init__(self, session: CaseSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("complaintLogWindow")
        self.setWindowTitle(translate("ComplaintLog", "Complaint log"))
        self.resize(960, 440)
        _preload_working_days()
        layout = QVBoxLayout(self)
        self.log = ComplaintLog(session, self)
        layout.addWidget(self.log)


_preloading: list[threading.Thread] = []


def _preload_working_days() -> None:
    """The holiday data loads on a thread of its own (once per session) while the owner
    reads the log, so that choosing 12363 in the dialog shows its deadlines at once."""
    if not _preloading:
        thread = threading.Thread(
            target=working_days.preload, name="working-days-preload", daemon=True
        )
        _preloading.append(thread)
        thread.start()
