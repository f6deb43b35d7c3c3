"""The money page's statements: drop or pick the provider's and the bank's files; one at a
time each is read, masked, stored and checked on a ui.runner.Runner (progress, cancel).
Rows that cannot be read: the owner imports the good rows or nothing (dialogs.
choose_bad_rows); a layout the app does not know opens the column-mapping dialog, whose
choice is remembered per provider (usecases.statement_lists) and tried first next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.statement import Mapping
from posassist.ui import dialogs
from posassist.ui.importer import sources_from
from posassist.ui.runner import Runner
from posassist.ui.session import CaseSession
from posassist.ui.statement_jobs import (
    Attempt,
    import_work,
    max_bytes,
    provider_name,
    settings_of,
)
from posassist.ui.statement_state import explain_storage
from posassist.usecases.statement_lists import remember_mapping, remembered_mapping
from posassist.words.statement_import import import_result, source_label

translate = QCoreApplication.translate
START_DELAY_MS = 30


class StatementsPanel(QGroupBox):
    finished = Signal()  # the files dropped or picked are all done (imported or not)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(translate("StatementsPanel", "Statements"), parent)
        self.setObjectName("statementsPanel")
        self.session = session
        self.state = session.statements
        self.runner = Runner(self)
        self.runner.progress.connect(self._progress)
        self.runner.returned.connect(self._returned)
        self.runner.failed.connect(self._failed)
        self.queue: list[Path] = []
        self.attempt: Attempt | None = None
        self.results: list[str] = []  # the words of the files done in this round
        self.mapping_dialog: Any = None
        self._closed = False
        self._stop_asked = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "StatementsPanel",
                "Drop the provider's transaction or settlement details (交易明细, 清分明细, "
                "结算明细) and your bank account's statement here, as CSV or Excel files. "
                "The app checks that every settlement adds up, reached your bank account "
                "and was charged at the agreed rate. Card numbers are kept as first 6 and "
                "last 4 digits only.",
            )
        )
        hint.setObjectName("statementsHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("StatementsPanel", "The files are from:")))
        self.source = QComboBox()
        self.source.setObjectName("statementSource")
        for value in ("provider", "bank"):
            self.source.addItem(source_label(value, long=True), value)
        row.addWidget(self.source, 1)
        self.import_button = QPushButton(translate("StatementsPanel", "Import statement…"))
        self.import_button.setObjectName("importStatement")
        self.import_button.clicked.connect(self.pick_files)
        row.addWidget(self.import_button)
        layout.addLayout(row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("statementList")
        self.table.setHorizontalHeaderLabels(
            [
                translate("StatementsPanel", "File"),
                translate("StatementsPanel", "From"),
                translate("StatementsPanel", "Dates"),
                translate("StatementsPanel", "Rows"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAcceptDrops(False)  # the panel takes the drop
        layout.addWidget(self.table)

        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("statementProgressText")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("statementProgress")
        self.cancel_button = QPushButton(translate("StatementsPanel", "Cancel"))
        self.cancel_button.setObjectName("cancelStatement")
        self.cancel_button.clicked.connect(self.cancel)
        progress_layout.addWidget(self.progress_label, 2)
        progress_layout.addWidget(self.progress_bar, 2)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()
        layout.addWidget(self.progress_row)

        self.result = QLabel()
        self.result.setObjectName("statementResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result)

        self.state.changed.connect(self._show_statements)
        self._show_statements()

    # -- showing --------------------------------------------------------------
    def _show_statements(self) -> None:
        statements = self.state.overview.statements
        self.table.setRowCount(len(statements))
        for row, s in enumerate(statements):
            dates = (
                f"{s.first_date.isoformat()} – {s.last_date.isoformat()}"
                if s.first_date and s.last_date
                else "—"
            )
            cells = [s.name, source_label(s.source), dates, f"{s.rows_read:,}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(statements))
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(len(statements[:6])))
        self.table.setFixedHeight(height)

    # -- bringing files in ----------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.attempt is not None or self.mapping_dialog is not None

    def import_files(self, paths: list[Path], source: str | None = None) -> bool:
        """Queue files for import (one at a time); False when nothing was queued."""
        paths = [Path(p) for p in paths]
        if not paths:
            return False
        if source is not None:
            self.source.setCurrentIndex(self.source.findData(source))
        if not self.busy:
            self.results = []
        self.queue.extend(paths)
        if not self.busy:
            self._next_file()
        return True

    def pick_files(self) -> None:
        self.import_files(dialogs.choose_statement_files(self))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if any(isinstance(s, Path) for s in sources_from(event.mimeData())):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [s for s in sources_from(event.mimeData()) if isinstance(s, Path)]
        if self.import_files(paths):
            event.acceptProposedAction()

    def cancel(self) -> None:
        self.queue.clear()
        self._stop_asked = True
        self.runner.cancel()

    def shutdown(self) -> None:
        """The case is closing: stop the import (nothing half-stored) and the check."""
        self._closed = True
        self.queue.clear()
        if self.mapping_dialog is not None:
            self.mapping_dialog.reject()
        self.runner.shutdown()
        self.state.shutdown()

    def _next_file(self) -> None:
        if not self.queue:
            self._round_ended()
            return
        path = self.queue.pop(0)
        self._start(Attempt(path, str(self.source.currentData())))

    def _start(self, attempt: Attempt) -> None:
        from posassist.usecases.cases import file_of

        self.attempt = attempt
        self._stop_asked = False
        db_path = file_of(self.session.repo.db)
        limit = max_bytes(self.session)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(
            translate("StatementsPanel", "Reading %1…").replace("%1", attempt.path.name)
        )
        self.progress_row.show()
        self.import_button.setEnabled(False)
        work = import_work(db_path, self.session.case_id, attempt, limit)
        # The page lays itself out and paints the progress row before the worker starts
        # taking its share of the interpreter.
        QTimer.singleShot(START_DELAY_MS, self, lambda: self._launch(work, db_path))

    def _launch(self, work: Any, db_path: Path) -> None:
        from posassist.paths import log_path

        if self._closed:
            self.attempt = None
            return
        if self._stop_asked:  # Cancel came before the work began: nothing was read
            self._returned(None, True)
            return
        self.runner.start(
            work,
            explain=explain_storage,
            failure=translate(
                "StatementsPanel",
                "Importing the statement broke off because of an unexpected error; nothing "
                "of it was stored. Try once more; if it fails again, send the file %1 to "
                "whoever helps you with the app: it says what went wrong.",
            ),
            log_file=log_path(Path(db_path).parent),
        )

    def _progress(self, done: int, total: int, phase: str) -> None:
        name = self.attempt.path.name if self.attempt else ""
        if phase == "reading" and total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            text = (
                translate("StatementsPanel", "Reading %1: line %2 of %3…")
                .replace("%1", name)
                .replace("%2", f"{done:,}")
                .replace("%3", f"{total:,}")
            )
        elif phase == "storing":
            self.progress_bar.setRange(0, 0)
            text = translate("StatementsPanel", "Keeping the rows in the case…")
            self.cancel_button.setEnabled(False)  # stored whole, or not at all: too late
        elif phase == "checking":
            self.progress_bar.setRange(0, 0)
            text = translate("StatementsPanel", "Checking the settlements…")
        else:
            return
        self.progress_label.setText(text)

    def _failed(self, message: str) -> None:
        attempt, self.attempt = self.attempt, None
        if self._closed:
            return
        name = attempt.path.name if attempt else ""
        self.results.append(f"{name}: {message}")
        self._next_file()

    def _returned(self, result: Any, cancelled: bool) -> None:
        attempt, self.attempt = self.attempt, None
        self.cancel_button.setEnabled(True)
        if self._closed or attempt is None:
            return
        if result is None:  # cancelled before anything was stored
            self.results.append(
                translate("StatementsPanel", "%1: stopped; nothing of it was imported.").replace(
                    "%1", attempt.path.name
                )
            )
            self.queue.clear()
            self._next_file()
            return
        report, overview = result
        if self._follow_up(attempt, report):
            return
        if attempt.mapping is not None and report.outcome != "refused":
            remember_mapping(
                settings_of(self.session),
                attempt.source,
                provider_name(self.session, attempt.source),
                attempt.mapping,
            )
        self.results.append(import_result(report, attempt.mapping is not None))
        if overview is not None:
            self.state.set_overview(overview)
        self._next_file()

    def _follow_up(self, attempt: Attempt, report: Any) -> bool:
        """Another try at the same file, when the owner's choice can still read it."""
        if report.needs_mapping:
            remembered = remembered_mapping(
                settings_of(self.session),
                attempt.source,
                provider_name(self.session, attempt.source),
            )
            if remembered is not None and not attempt.tried_remembered:
                self._start(Attempt(attempt.path, attempt.source, remembered, False, True))
                return True
            self._ask_mapping(attempt, report, remembered)
            return True
        if attempt.chosen_now and report.refusal == "no_rows":
            self._ask_mapping(
                attempt,
                report,
                None,
                translate(
                    "StatementsPanel",
                    "With these columns no line has a date and an amount the app can read: "
                    "check the columns you chose, or Cancel.",
                ),
            )
            return True
        if report.refusal == "bad_rows" and not attempt.accept_bad_rows:
            from posassist.words.findings import bad_row

            lines = [bad_row(b.line, b.code, b.text) for b in report.bad_rows]
            if dialogs.choose_bad_rows(self, report.name, report.rows_read, lines):
                attempt.accept_bad_rows = True
                self._start(attempt)
                return True
            self.results.append(
                translate(
                    "StatementsPanel",
                    "%1: nothing imported, as you chose (%2 rows could not be read).",
                )
                .replace("%1", report.name)
                .replace("%2", f"{len(report.bad_rows):,}")
            )
            self._next_file()
            return True
        return False

    def _ask_mapping(
        self, attempt: Attempt, report: Any, remembered: Mapping | None, problem: str = ""
    ) -> None:
        from posassist.ui.mapping_dialog import MappingDialog

        self.progress_row.hide()
        parsed = report.parsed
        dialog = MappingDialog(parsed, attempt.mapping or remembered, self)
        dialog.show_problem(problem)
        self.mapping_dialog = dialog

        def chosen() -> None:
            self.mapping_dialog = None
            self._start(Attempt(attempt.path, attempt.source, dialog.mapping(), False, True, True))

        def not_chosen() -> None:
            self.mapping_dialog = None
            if self._closed:
                return
            self.results.append(
                translate(
                    "StatementsPanel",
                    "%1 was not imported: the columns were not chosen.",
                ).replace("%1", report.name)
            )
            self._next_file()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(not_chosen)
        dialog.open()

    def _round_ended(self) -> None:
        self.progress_row.hide()
        self.import_button.setEnabled(True)
        if self.results:
            self.result.setText("\n".join(self.results))
            self.result.show()
        self.session.reload()  # each statement is also evidence
        self.finished.emit()
