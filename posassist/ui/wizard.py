"""The case wizard: a side list of stages, the stage pages, Back and Next.

Stages can be visited in any order; Back and Next skip stages that do not apply.
The page shown is stored at once, so reopening a case resumes where the owner was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posassist.domain import catalogue
from posassist.domain.case import StageStatus
from posassist.ui.pages import PAGE_CLASSES, StagePage
from posassist.ui.record_lists import ContactLog
from posassist.ui.session import CaseSession
from posassist.ui.status_icons import status_icon
from posassist.ui.step_list import StepList
from posassist.usecases.cases import CaseRepository
from posassist.words import texts

translate = QCoreApplication.translate
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactLogWindow(QDialog):
    """The contact log, reachable from every page."""

    def __init__(self, session: CaseSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("contactLogWindow")
        self.setWindowTitle(translate("Wizard", "Contact log"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        self.log = ContactLog(session, self)
        layout.addWidget(self.log)


class CaseWizard(QWidget):
    closed = Signal()  # back to the case list

    def __init__(self, repo: CaseRepository, case_id: int, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWizard")
        self.session = CaseSession(repo, case_id, self)
        self._log_window: ContactLogWindow | None = None
        self._complaint_window = None  # ComplaintLogWindow, made when first shown

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget()
        header.setObjectName("wizardHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(16, 8, 16, 8)
        self.back_to_list = QPushButton(translate("Wizard", "‹ All cases"))
        self.back_to_list.setObjectName("backToList")
        self.back_to_list.clicked.connect(self.closed.emit)
        header_row.addWidget(self.back_to_list)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        header_row.addWidget(self.title, 1)
        self.log_button = QPushButton(translate("Wizard", "Contact log…"))
        self.log_button.setObjectName("openContactLog")
        self.log_button.setToolTip(
            translate("Wizard", "Every call, visit and message with the provider")
        )
        self.log_button.clicked.connect(self.show_contact_log)
        header_row.addWidget(self.log_button)
        outer.addWidget(header)

        middle = QHBoxLayout()
        middle.setSpacing(0)
        self.side = StepList()
        self.stack = QStackedWidget()
        self.pages: dict[str, StagePage] = {}
        for number, stage in enumerate(catalogue.STAGES, start=1):
            self.side.add_step(f"{number}. {texts.stage_title(stage.key)}", stage.key)
            page = PAGE_CLASSES[stage.key](self.session, language)
            page.navigate.connect(self.go_to)
            self.pages[stage.key] = page
            self.stack.addWidget(page)
        self.side.currentRowChanged.connect(self._row_changed)
        middle.addWidget(self.side)
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)

        footer = QWidget()
        footer.setObjectName("wizardFooter")
        footer_row = QHBoxLayout(footer)
        footer_row.setContentsMargins(16, 8, 16, 8)
        self.position = QLabel()
        self.position.setObjectName("position")
        footer_row.addWidget(self.position, 1)
        self.back_button = QPushButton(translate("Wizard", "Back"))
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("Wizard", "Next"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        footer_row.addWidget(self.back_button)
        footer_row.addWidget(self.next_button)
        outer.addWidget(footer)
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        QShortcut(QKeySequence("Alt+Right"), self, self.next)
        QShortcut(QKeySequence("Ctrl+L"), self, self.show_contact_log)
        self.pages["after"].complaints_requested.connect(self.show_complaint_log)

        self.session.changed.connect(self._update_side)
        self._update_side()
        self.go_to(self.session.case.current_stage)
        self.session.reading.start()  # the text of pictures not read yet, in the background

    # -- navigation -----------------------------------------------------------
    @property
    def current_stage(self) -> str:
        return catalogue.STAGE_KEYS[self.stack.currentIndex()]

    def go_to(self, stage: str) -> None:
        self.side.setCurrentRow(catalogue.STAGE_KEYS.index(stage))

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        stage = catalogue.STAGE_KEYS[row]
        if stage != self.session.case.current_stage:
            self.session.set_current_stage(stage)
        self._update_buttons()

    def _neighbour(self, step: int) -> str | None:
        applicable = {s.key for s in self.session.case.applicable_stages()}
        row = self.stack.currentIndex() + step
        while 0 <= row < len(catalogue.STAGE_KEYS):
            if catalogue.STAGE_KEYS[row] in applicable:
                return catalogue.STAGE_KEYS[row]
            row += step
        return None

    def next(self) -> None:
        target = self._neighbour(+1)
        if target:
            self.go_to(target)

    def back(self) -> None:
        target = self._neighbour(-1)
        if target:
            self.go_to(target)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(+1) is not None)
        applicable = [s.key for s in self.session.case.applicable_stages()]
        if self.current_stage in applicable:
            self.position.setText(
                translate("Wizard", "Step %1 of %2")
                .replace("%1", str(applicable.index(self.current_stage) + 1))
                .replace("%2", str(len(applicable)))
            )
        else:
            self.position.setText(translate("Wizard", "This step is not needed for this terminal"))

    def _update_side(self) -> None:
        case = self.session.case
        title = case.shop_name or translate("Wizard", "New case")
        if case.provider:
            title += " · " + case.provider
        self.title.setText(title)
        for row, key in enumerate(catalogue.STAGE_KEYS):
            item = self.side.item(row)
            status = case.stage_status(key)
            if key == "review":
                status = StageStatus.NOT_STARTED
            item.setIcon(status_icon(status))
            item.setData(STATUS_ROLE, status.value)
            item.setToolTip(texts.stage_status(status))
            font = item.font()
            font.setItalic(status is StageStatus.NOT_NEEDED)
            item.setFont(font)
            item.setForeground(
                self.palette().placeholderText()
                if status is StageStatus.NOT_NEEDED
                else self.palette().text()
            )
        self._update_buttons()

    def shutdown(self) -> None:
        """Stop imports in flight: a cancelled import keeps only whole files."""
        from posassist.ui.importer import stop_thumbnails

        self.session.shutdown()
        for page in self.pages.values():
            page.shutdown()
        stop_thumbnails()
        customers = self.pages["customers"]
        customers.background.wait()

    def show_complaint_log(self) -> None:
        from posassist.ui.complaint_log import ComplaintLogWindow

        if self._complaint_window is None:
            self._complaint_window = ComplaintLogWindow(self.session, self)
        self._complaint_window.show()
        self._complaint_window.raise_()

    def show_contact_log(self) -> None:
        if self._log_window is None:
            self._log_window = ContactLogWindow(self.session, self)
        self._log_window.show()
        self._log_window.raise_()
