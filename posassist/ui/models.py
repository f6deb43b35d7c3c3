"""Qt table models over domain lists. They only present; edits go through the session."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from posassist.domain.case import Contact, Fee
from posassist.words import texts

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class _ListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()]


class ContactTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            translate("ContactLog", "When"),
            translate("ContactLog", "How"),
            translate("ContactLog", "With whom"),
            translate("ContactLog", "Ticket no."),
            translate("ContactLog", "What was said or promised"),
            translate("ContactLog", "Follow up on"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        contact: Contact = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [
                contact.at.strftime("%Y-%m-%d %H:%M"),
                texts.choice_label("channel", contact.channel),
                contact.person,
                contact.reference,
                contact.summary
                if role == Qt.ItemDataRole.ToolTipRole
                else contact.summary.replace("\n", " "),
                date_text(contact.follow_up),
            ][index.column()]
        return None


class FeeTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            translate("FeeList", "Fee"),
            translate("FeeList", "Who pays"),
            translate("FeeList", "Amount due"),
            translate("FeeList", "Paid"),
            translate("FeeList", "Still open"),
            translate("FeeList", "Date"),
            translate("FeeList", "Note"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        fee: Fee = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                texts.fee_kind(fee.kind),
                texts.direction(fee.direction),
                fee.due.format(),
                fee.paid.format(),
                fee.outstanding.format(),
                date_text(fee.on),
                fee.note,
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
