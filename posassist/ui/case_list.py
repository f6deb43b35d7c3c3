"""The case list: one line per terminal, its status, progress and next date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.case import CaseStatus
from posassist.store.cases import CaseRepository
from posassist.ui.models import CaseListModel

translate = QCoreApplication.translate


class CaseListView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, repo: CaseRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.repo = repo
        layout = QVBoxLayout(self)
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

        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
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
                "CaseList", "No cases yet. Click “New case” to start with your first terminal."
            )
        )
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("CaseList", "New case"))
        self.new_button.setObjectName("newCase")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button = QPushButton(translate("CaseList", "Open"))
        self.open_button.setObjectName("openCase")
        self.open_button.clicked.connect(self._open_selected)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveCase")
        self.archive_button.clicked.connect(self._toggle_archive)
        self.show_archived = QCheckBox(translate("CaseList", "Show archived cases"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self.reload)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        cases = self.repo.load_all()
        if not self.show_archived.isChecked():
            cases = [c for c in cases if c.status is not CaseStatus.ARCHIVED]
        self.model.set_rows(cases)
        self.empty.setVisible(not cases)
        self.table.setVisible(bool(cases))
        if cases and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_case(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]))

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
