"""Review: every stage's status, what is missing and where to fix it, the dates pending."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from posassist.domain.case import CaseStatus
from posassist.domain.completeness import case_problems
from posassist.domain.reminders import pending_dates
from posassist.ui import dialogs
from posassist.ui.open_points import OpenPoints
from posassist.ui.pages.base import StagePage
from posassist.words import texts

translate = QCoreApplication.translate


class ReviewPage(StagePage):
    stage_key = "review"

    _stale = True

    def build_extra(self) -> None:
        group = QGroupBox(translate("ReviewPage", "Steps and what is still missing"))
        layout = QVBoxLayout(group)
        # Labels in the page's own scroll area: one scroll bar for the whole review.
        self.points = OpenPoints()
        self.points.go_to.connect(self.navigate.emit)
        layout.addWidget(self.points)
        self.body.addWidget(group)

        dates_group = QGroupBox(translate("ReviewPage", "Dates still pending"))
        dates_layout = QVBoxLayout(dates_group)
        self.dates = QLabel()
        self.dates.setObjectName("pendingDates")
        self.dates.setWordWrap(True)
        dates_layout.addWidget(self.dates)
        self.body.addWidget(dates_group)

        export_row = QHBoxLayout()
        export_hint = QLabel(
            translate(
                "ReviewPage",
                "The evidence dossier is one PDF with the whole story and every proof, "
                "for the provider, the bank or a complaints desk.",
            )
        )
        export_hint.setWordWrap(True)
        export_row.addWidget(export_hint, 1)
        self.export_button = QPushButton(translate("ReviewPage", "Export the dossier…"))
        self.export_button.setObjectName("exportDossier")
        self.export_button.clicked.connect(self.export_dossier)
        export_row.addWidget(self.export_button)
        self.letters_button = QPushButton(translate("ReviewPage", "Letters…"))
        self.letters_button.setObjectName("openLetters")
        self.letters_button.setToolTip(
            translate(
                "ReviewPage",
                "The request to close, a refund request, complaints and a power of attorney",
            )
        )
        self.letters_button.clicked.connect(self.open_letters)
        export_row.addWidget(self.letters_button)
        self.body.addLayout(export_row)

        case_row = QHBoxLayout()
        self.case_state = QLabel()
        self.case_state.setObjectName("caseState")
        self.case_state.setWordWrap(True)
        case_row.addWidget(self.case_state, 1)
        self.case_button = QPushButton()
        self.case_button.setObjectName("caseDone")
        self.case_button.clicked.connect(self._toggle_case)
        case_row.addWidget(self.case_button)
        self.body.addLayout(case_row)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        # Rebuilding the open points on every keystroke of every other page is wasted work
        # on the GUI thread: while hidden, only note that it is out of date.
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        # The review has no "mark done" of its own: the case as a whole is closed instead.
        super().refresh()
        self.done_button.hide()
        self.status_label.hide()
        case = self.session.case
        problems = case_problems(case)
        self.points.show_case(case)
        dates = pending_dates(case)
        self.dates.setText(
            "\n".join(f"{d.on.isoformat()}  {texts.date_code(d.code)}" for d in dates)
            or translate("ReviewPage", "No dates pending.")
        )
        if case.status is CaseStatus.DONE:
            self.case_state.setText(translate("ReviewPage", "This case is marked done."))
            self.case_button.setText(translate("ReviewPage", "Reopen the case"))
        else:
            self.case_state.setText(
                translate("ReviewPage", "Points still open: %1").replace("%1", str(len(problems)))
                if problems
                else translate("ReviewPage", "Every step is done. You can close the case.")
            )
            self.case_button.setText(translate("ReviewPage", "Mark the case done"))

    def export_dossier(self) -> None:
        from posassist.ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.session, self.language, self)
        self.export_dialog.open()

    def open_letters(self) -> None:
        self.letters_dialog = dialogs.letters(self, self.session, self.language)

    def _toggle_case(self) -> None:
        case = self.session.case
        if case.status is CaseStatus.DONE:
            self.session.set_status(CaseStatus.IN_PROGRESS)
            return
        missing = [texts.problem(p) for p in case_problems(case)]
        if missing and not dialogs.confirm(
            self,
            translate("ReviewPage", "Mark the case done?"),
            translate("ReviewPage", "Points still open: %1. Mark the case done anyway?").replace(
                "%1", str(len(missing))
            ),
        ):
            return
        self.session.set_status(CaseStatus.DONE)
