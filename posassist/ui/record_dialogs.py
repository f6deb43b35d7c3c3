"""Dialogs to add or edit one contact-log entry or one fee."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.cards import mask_card_numbers
from posassist.domain.case import Contact, Direction, Fee, FeeKind
from posassist.domain.catalogue import CONTACT_CHANNELS
from posassist.domain.money import Money, MoneyError, parse_money, zero
from posassist.ui.fields import DateEdit, from_qdate, money_error_text, to_qdate
from posassist.words import texts

translate = QCoreApplication.translate


class _RecordDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("inlineMessage")
        self.error.setProperty("severity", "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()

    def validate(self) -> str:
        return ""


class ContactDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None, contact: Contact | None = None) -> None:
        super().__init__(
            translate("ContactLog", "Edit contact")
            if contact
            else translate("ContactLog", "Log a contact with the provider"),
            parent,
        )
        self.original = contact
        self.at = QDateTimeEdit()
        self.at.setObjectName("contactAt")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setDateTime(
            QDateTime(contact.at.replace(tzinfo=None)) if contact else QDateTime.currentDateTime()
        )
        self.channel = QComboBox()
        self.channel.setObjectName("contactChannel")
        for value in CONTACT_CHANNELS:
            self.channel.addItem(texts.choice_label("channel", value), value)
        self.person = QLineEdit()
        self.person.setObjectName("contactPerson")
        self.person.setPlaceholderText(translate("ContactLog", "Name or staff number"))
        self.reference = QLineEdit()
        self.reference.setObjectName("contactReference")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("contactSummary")
        self.summary.setTabChangesFocus(True)
        self.follow_up = DateEdit()
        self.follow_up.setObjectName("contactFollowUp")
        if contact:
            self.channel.setCurrentIndex(max(self.channel.findData(contact.channel), 0))
            self.person.setText(contact.person)
            self.reference.setText(contact.reference)
            self.summary.setPlainText(contact.summary)
            self.follow_up.setDate(to_qdate(contact.follow_up))
        self.form.addRow(translate("ContactLog", "When"), self.at)
        self.form.addRow(translate("ContactLog", "How"), self.channel)
        self.form.addRow(translate("ContactLog", "With whom"), self.person)
        self.form.addRow(translate("ContactLog", "Ticket / reference no."), self.reference)
        self.form.addRow(translate("ContactLog", "What was said or promised"), self.summary)
        self.form.addRow(translate("ContactLog", "Follow up on"), self.follow_up)

    def validate(self) -> str:
        if not self.summary.toPlainText().strip():
            return translate("ContactLog", "Write down what was said or promised.")
        return ""

    def contact(self) -> Contact:
        local = self.at.dateTime().toPython()
        tz = dt.datetime.now().astimezone().tzinfo
        summary, _ = mask_card_numbers(self.summary.toPlainText().strip())
        return Contact(
            at=local.replace(second=0, microsecond=0, tzinfo=tz),
            channel=self.channel.currentData(),
            person=self.person.text().strip(),
            reference=self.reference.text().strip(),
            summary=summary,
            follow_up=from_qdate(self.follow_up.date()),
            id=self.original.id if self.original else None,
        )


class FeeDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None, currency: str, fee: Fee | None = None) -> None:
        super().__init__(
            translate("FeeList", "Edit fee") if fee else translate("FeeList", "Add a fee"), parent
        )
        self.original = fee
        self.currency = fee.due.currency if fee else currency
        self.kind = QComboBox()
        self.kind.setObjectName("feeKind")
        for kind in FeeKind:
            self.kind.addItem(texts.fee_kind(kind), kind.value)
        self.direction = QComboBox()
        self.direction.setObjectName("feeDirection")
        for value in Direction:
            self.direction.addItem(texts.direction(value), value.value)
        self.due = QLineEdit()
        self.due.setObjectName("feeDue")
        self.due.setPlaceholderText("0.00")
        self.paid = QLineEdit()
        self.paid.setObjectName("feePaid")
        self.paid.setPlaceholderText("0.00")
        self.on = DateEdit()
        self.on.setObjectName("feeDate")
        self.note = QLineEdit()
        self.note.setObjectName("feeNote")
        if fee:
            self.kind.setCurrentIndex(self.kind.findData(fee.kind.value))
            self.direction.setCurrentIndex(self.direction.findData(fee.direction.value))
            self.due.setText(fee.due.plain())
            self.paid.setText(fee.paid.plain())
            self.on.setDate(to_qdate(fee.on))
            self.note.setText(fee.note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.form.addRow(translate("FeeList", "Fee"), self.kind)
        self.form.addRow(translate("FeeList", "Who pays"), self.direction)
        self.form.addRow(
            translate("FeeList", "Amount due (%1)").replace("%1", self.currency), self.due
        )
        self.form.addRow(
            translate("FeeList", "Paid so far (%1)").replace("%1", self.currency), self.paid
        )
        self.form.addRow(translate("FeeList", "Date"), self.on)
        self.form.addRow(translate("FeeList", "Note"), self.note)

    def _kind_changed(self) -> None:
        # A deposit refund is money coming back to the shop.
        if self.kind.currentData() == FeeKind.DEPOSIT_REFUND.value:
            self.direction.setCurrentIndex(self.direction.findData(Direction.SHOP_IS_OWED.value))

    def _amount(self, edit: QLineEdit) -> Money:
        if not edit.text().strip():
            return zero(self.currency)
        return parse_money(edit.text(), self.currency)

    def validate(self) -> str:
        for edit, name in (
            (self.due, translate("FeeList", "Amount due")),
            (self.paid, translate("FeeList", "Paid so far")),
        ):
            try:
                self._amount(edit)
            except MoneyError as error:
                return f"{name}: {money_error_text(error)}"
        return ""

    def fee(self) -> Fee:
        return Fee(
            kind=FeeKind(self.kind.currentData()),
            due=self._amount(self.due),
            paid=self._amount(self.paid),
            direction=Direction(self.direction.currentData()),
            on=from_qdate(self.on.date()),
            note=self.note.text().strip(),
            id=self.original.id if self.original else None,
        )
