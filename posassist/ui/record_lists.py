"""The contact log and the fee list: a table with add / edit / remove buttons.

Entry dialogs open non-blocking (`open()`), so the window keeps painting and tests can
fill them in like a person would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posassist.ui import dialogs
from posassist.ui.models import ContactTableModel, FeeTableModel, _ListModel
from posassist.ui.record_dialogs import ContactDialog, FeeDialog, _RecordDialog
from posassist.ui.session import CaseSession

translate = QCoreApplication.translate


class _RecordList(QWidget):
    def __init__(self, session: CaseSession, model: _ListModel, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.active_dialog: _RecordDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.add_text())
        self.add_button.setObjectName("addRecord")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(translate("RecordList", "Edit…"))
        self.edit_button.setObjectName("editRecord")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(translate("RecordList", "Remove"))
        self.remove_button.setObjectName("removeRecord")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("listSummary")
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self.refresh)
        self.refresh()

    def add_text(self) -> str:
        raise NotImplementedError

    def rows(self) -> list:
        raise NotImplementedError

    def refresh(self) -> None:
        self.model.set_rows(self.rows())
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _show(self, dialog: _RecordDialog, on_accept) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        dialog.open()

    def add(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def remove_selected(self) -> None:
        raise NotImplementedError


class ContactLog(_RecordList):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, ContactTableModel(), parent)
        self.setObjectName("contactLog")

    def add_text(self) -> str:
        return translate("ContactLog", "Log a contact…")

    def rows(self) -> list:
        return self.session.case.contacts

    def refresh(self) -> None:
        super().refresh()
        self.summary.setText(
            translate("ContactLog", "Contacts logged: %1").replace(
                "%1", str(len(self.session.case.contacts))
            )
        )

    def add(self) -> None:
        dialog = ContactDialog(self)
        self._show(dialog, lambda: self.session.add_contact(dialog.contact()))

    def edit_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            dialog = ContactDialog(self, contact)
            self._show(dialog, lambda: self.session.update_contact(dialog.contact()))

    def remove_selected(self) -> None:
        contact = self.selected()
        if contact is not None and dialogs.confirm(
            self,
            translate("ContactLog", "Remove this contact?"),
            translate("ContactLog", "Remove the contact of %1 from the log?").replace(
                "%1", contact.at.strftime("%Y-%m-%d %H:%M")
            ),
        ):
            self.session.delete_contact(contact.id)


class FeeList(_RecordList):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, FeeTableModel(), parent)
        self.setObjectName("feeList")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

    def add_text(self) -> str:
        return translate("FeeList", "Add a fee…")

    def rows(self) -> list:
        return self.session.case.fees

    def refresh(self) -> None:
        super().refresh()
        case = self.session.case
        self.summary.setText(
            translate("FeeList", "Still owed by the shop: %1    Still owed to the shop: %2")
            .replace("%1", case.owed_by_shop().format())
            .replace("%2", case.owed_to_shop().format())
        )

    def add(self) -> None:
        dialog = FeeDialog(self, self.session.case.currency)
        self._show(dialog, lambda: self.session.add_fee(dialog.fee()))

    def edit_selected(self) -> None:
        fee = self.selected()
        if fee is not None:
            dialog = FeeDialog(self, self.session.case.currency, fee)
            self._show(dialog, lambda: self.session.update_fee(dialog.fee()))

    def remove_selected(self) -> None:
        fee = self.selected()
        if fee is not None and dialogs.confirm(
            self,
            translate("FeeList", "Remove this fee?"),
            translate("FeeList", "Remove “%1” from the fee list?").replace("%1", fee.note or ""),
        ):
            self.session.delete_fee(fee.id)
