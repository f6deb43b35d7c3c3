"""Afterwards: confirm, shred, watch the statements — the debits after closure the
settlement check found are shown here until the watch date — and keep after any complaint."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton

from posassist.ui.complaint_log import deadline_summary
from posassist.ui.pages.base import StagePage

translate = QCoreApplication.translate


class AfterPage(StagePage):
    stage_key = "after"
    complaints_requested = Signal()  # the wizard opens the complaint log

    def build_extra(self) -> None:
        group = QGroupBox(translate("AfterPage", "Complaints"))
        group.setObjectName("complaintsGroup")
        row = QHBoxLayout(group)
        self.complaints_state = QLabel()
        self.complaints_state.setObjectName("complaintsState")
        self.complaints_state.setWordWrap(True)
        row.addWidget(self.complaints_state, 1)
        self.complaints_button = QPushButton(translate("AfterPage", "Complaint log…"))
        self.complaints_button.setObjectName("openComplaintLog")
        self.complaints_button.setToolTip(
            translate(
                "AfterPage",
                "Complaints to the provider, a People's Bank branch or 12363, and their answers",
            )
        )
        self.complaints_button.clicked.connect(self.complaints_requested.emit)
        row.addWidget(self.complaints_button)
        self.body.addWidget(group)
        from posassist.ui.findings_panel import AFTER_CLOSURE, FindingsPanel

        self.debit_watch = FindingsPanel(self.session, codes=AFTER_CLOSURE, watch=True)
        self.body.addWidget(self.debit_watch)

    def refresh(self) -> None:
        super().refresh()
        case = self.session.case
        if not case.complaints:
            self.complaints_state.setText(
                translate(
                    "AfterPage",
                    "If money is still owed or fees go on, complain to the provider's "
                    "complaint service first, then to a People's Bank branch or 12363.",
                )
            )
            return
        text = translate("AfterPage", "Complaints logged: %1").replace(
            "%1", str(len(case.complaints))
        )
        deadline = deadline_summary(case.complaints)
        self.complaints_state.setText(f"{text}\n{deadline}" if deadline else text)
