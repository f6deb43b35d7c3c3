"""Settle the money: the statements and what their check found, the fee list with its
totals, and the deposit tracker."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from posassist.domain import catalogue
from posassist.domain.money import Money
from posassist.domain.profile import Ownership
from posassist.ui.pages.base import StagePage
from posassist.ui.record_lists import FeeList

translate = QCoreApplication.translate
DEPOSIT_KEYS = (
    "deposit_taken_on",
    "deposit_conditions",
    "deposit_conditions_proof",
    "deposit_refund_due",
    "deposit_refunded",
    "deposit_refunded_on",
)


class MoneyPage(StagePage):
    stage_key = "money"

    def fields_elsewhere(self) -> tuple[str, ...]:
        return DEPOSIT_KEYS

    def build_extra(self) -> None:
        from posassist.ui.findings_panel import FindingsPanel
        from posassist.ui.statements_panel import StatementsPanel

        self.statements_panel = StatementsPanel(self.session)
        self.body.addWidget(self.statements_panel)
        self.findings_panel = FindingsPanel(self.session)
        self.body.addWidget(self.findings_panel)
        self.session.statements.load()
        group = QGroupBox(translate("MoneyPage", "Fees connected with the terminal"))
        group.setObjectName("feesGroup")
        layout = QVBoxLayout(group)
        self.fee_list = FeeList(self.session, group)
        layout.addWidget(self.fee_list)
        self.body.addWidget(group)
        specs = [catalogue.FIELDS[key] for key in DEPOSIT_KEYS]
        self.deposit_group = self.add_form(
            translate("MoneyPage", "Deposit tracker"), specs, "depositTracker"
        )
        self.deposit_amount = QLabel()
        self.deposit_amount.setObjectName("depositAmount")
        form = self.deposit_group.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.deposit_amount)

    def shutdown(self) -> None:
        super().shutdown()
        self.statements_panel.shutdown()

    def apply_profile(self) -> None:
        super().apply_profile()
        self.deposit_group.setVisible(self.session.case.profile.ownership is Ownership.DEPOSIT)

    def refresh(self) -> None:
        super().refresh()
        amount = self.session.case.get("deposit_amount")
        self.deposit_amount.setText(
            translate("MoneyPage", "Deposit paid: %1 (entered in the first step)").replace(
                "%1", amount.format() if isinstance(amount, Money) else "—"
            )
        )
