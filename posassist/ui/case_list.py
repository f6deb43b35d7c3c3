"""The case list: one line per terminal, its status, progress and next date.

With no case at all it shows the start page instead (ui/start_page.py).

The table is a QStandardItemModel filled from the domain cases: the view then never
calls back into Python while it paints, and nothing here touches the `Qt` enum
namespace, whose first use costs about 30 ms of start-up in PySide6.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.case import Case, CaseStatus
from posassist.domain.reminders import due_dates, next_date
from posassist.ui.start_page import StartPage
from posassist.usecases.cases import CaseRepository
from posassist.words import texts

translate = QCoreApplication.translate
ID_ROLE = 256  # Qt.ItemDataRole.UserRole, as a number (see the module docstring)
OVERDUE = QColor("#b3261e")


def case_row(case: Case) -> list[QStandardItem]:
    kind = texts.choice_label("terminal_type", case.profile.terminal_type.value)
    ident = case.get("terminal_id") or case.get("serial_no") or ""
    done, total = case.progress()
    upcoming = next_date(case) if case.status is CaseStatus.IN_PROGRESS else None
    cells = [
        case.shop_name or translate("CaseList", "(no shop name yet)"),
        case.provider,
        f"{kind.split(' (')[0].split('（')[0]} {ident}".strip(),
        texts.case_status(case.status),
        f"{done} / {total}",
        f"{upcoming.on.isoformat()}  {texts.date_code(upcoming.code)}" if upcoming else "",
    ]
    row = [QStandardItem(text) for text in cells]
    for item in row:
        item.setEditable(False)
        item.setData(case.id, ID_ROLE)
    if upcoming is not None and upcoming.on < dt.date.today():
        row[5].setForeground(OVERDUE)
    return row


class CaseListView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    sample_requested = Signal()

    def __init__(self, repo: CaseRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.repo = repo
        self.cases: dict[int, Case] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.screens = QStackedWidget()
        outer.addWidget(self.screens)
        self._start: StartPage | None = None  # made when first shown: most starts have cases
        self.list_page = QWidget()
        self.list_page.setObjectName("caseListPage")
        self.screens.addWidget(self.list_page)
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(translate("CaseList", "Your POS terminals"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        intro = QLabel(
            translate(
                "CaseList",
                "One case per terminal. Open a case to continue where you left off, "
                "or start a new one for a terminal you want to stop.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # What is due or overdue, seen as soon as the window opens.
        self.due = QLabel()
        self.due.setObjectName("inlineMessage")
        self.due.setProperty("severity", "warning")
        self.due.setAccessibleName(translate("CaseList", "Due or overdue"))
        self.due.setWordWrap(True)
        layout.addWidget(self.due)

        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.table.activated.connect(lambda _i: self._open_selected())
        layout.addWidget(self.table, 1)

        self.empty = QLabel(
            translate(
                "CaseList",
                "Every case is archived. Tick “Show archived cases” to see them, "
                "or start a new one.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyHint")
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.list_new_button = QPushButton(translate("CaseList", "New case"))
        self.list_new_button.setObjectName("newCase")
        self.list_new_button.clicked.connect(self.new_requested.emit)
        self.open_button = QPushButton(translate("CaseList", "Open"))
        self.open_button.setObjectName("openCase")
        self.open_button.clicked.connect(self._open_selected)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveCase")
        self.archive_button.clicked.connect(self._toggle_archive)
        self.show_archived = QCheckBox(translate("CaseList", "Show archived cases"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self.reload)
        buttons.addWidget(self.list_new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    @property
    def start(self) -> StartPage:
        if self._start is None:
            self._start = StartPage()
            self._start.start_requested.connect(self.new_requested.emit)
            self._start.sample_requested.connect(self.sample_requested.emit)
            self.screens.addWidget(self._start)
        return self._start

    @property
    def new_button(self) -> QPushButton:
        """The button that starts a new case on the screen shown."""
        return self.start.start_button if self.is_first_run() else self.list_new_button

    def is_first_run(self) -> bool:
        return self._start is not None and self.screens.currentWidget() is self._start

    def headers(self) -> list[str]:
        return [
            translate("CaseList", "Shop"),
            translate("CaseList", "Provider"),
            translate("CaseList", "Terminal"),
            translate("CaseList", "Status"),
            translate("CaseList", "Progress"),
            translate("CaseList", "Next date"),
        ]

    def reload(self) -> None:
        cases = self.repo.load_all()
        # The start page only while there is no case at all: archived cases stay reachable.
        self.screens.setCurrentWidget(self.list_page if cases else self.start)
        if not self.show_archived.isChecked():
            cases = [c for c in cases if c.status is not CaseStatus.ARCHIVED]
        self.cases = {case.id: case for case in cases}
        self.model.clear()
        self.model.setHorizontalHeaderLabels(self.headers())
        for case in cases:
            self.model.appendRow(case_row(case))
        self._show_due(cases)
        self.empty.setVisible(not cases)
        self.table.setVisible(bool(cases))
        if cases:
            self.table.selectRow(0)
        self._update_buttons()

    def _show_due(self, cases: list[Case], shown: int = 5) -> None:
        today = dt.date.today()
        due = sorted(
            [
                (d, case)
                for case in cases
                if case.status is CaseStatus.IN_PROGRESS
                for d in due_dates(case, today)
            ],
            key=lambda pair: pair[0],
        )
        lines = [
            translate("CaseList", "%1  %2 — %3")
            .replace("%1", d.on.isoformat())
            .replace("%2", texts.date_code(d.code))
            .replace("%3", case.shop_name or str(case.id))
            + (translate("CaseList", " (overdue)") if d.on < today else "")
            for d, case in due[:shown]
        ]
        if len(due) > shown:
            more = translate("CaseList", "… and %1 more")
            lines.append(more.replace("%1", str(len(due) - shown)))
        title = translate("CaseList", "Due in the next 7 days or overdue:")
        text = "\n".join([title, *lines]) if lines else ""
        if "<" in text:
            # Names are shown as typed, never as markup. Without a "<" Qt's AutoText is
            # plain already; the Qt enum namespace costs ~14 ms of a start when first used.
            from PySide6.QtCore import Qt

            self.due.setTextFormat(Qt.TextFormat.PlainText)
        self.due.setText(text)
        self.due.setVisible(bool(lines))

    def selected_case(self) -> Case | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.cases.get(rows[0].data(ID_ROLE))

    def _update_buttons(self) -> None:
        case = self.selected_case()
        self.open_button.setEnabled(case is not None)
        self.archive_button.setEnabled(case is not None)
        archived = case is not None and case.status is CaseStatus.ARCHIVED
        self.archive_button.setText(
            translate("CaseList", "Unarchive") if archived else translate("CaseList", "Archive")
        )

    def _open_selected(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.open_requested.emit(case.id)

    def _toggle_archive(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        if case.status is CaseStatus.ARCHIVED:
            done, total = case.progress()
            status = CaseStatus.DONE if done == total else CaseStatus.IN_PROGRESS
        else:
            status = CaseStatus.ARCHIVED
        self.repo.set_status(case.id, status)
        self.reload()
