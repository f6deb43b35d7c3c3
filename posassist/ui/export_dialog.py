"""Export the evidence dossier: where, which language, full archive or upload packet.

The export runs off the window's thread (ui/runner.py) with progress and cancel. It
writes a temporary file and renames it at the end (report.files), so a cancel or a
failure leaves no partial file and never touches an existing file of that name.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from posassist.ui import dialogs
from posassist.ui.runner import Progress, Runner
from posassist.ui.session import CaseSession
from posassist.words import texts

translate = QCoreApplication.translate


class ExportJob:
    """The export, as work for a Runner: `job(progress, cancelled)`. This dialog's one
    call into the export code; the ExportResult, or None when cancelled."""

    def __init__(self, db_path: Path, case_id: int, out: Path, language: str, **options) -> None:
        self.args = (db_path, case_id, out, language)
        self.options = options
        from posassist.words.translation import translator_for

        self.translate = translator_for(language)

    def __call__(self, progress: Progress, cancelled: Callable[[], bool]) -> Any:
        from posassist.report.assemble import Cancelled
        from posassist.usecases.export import export_case

        try:
            # The dossier's labels in its own language, whatever the window shows.
            with texts.translating_with(self.translate):
                return export_case(
                    *self.args,
                    progress=progress,
                    cancelled=cancelled,
                    labels=texts,
                    translate=self.translate,
                    **self.options,
                )
        except Cancelled:
            return None

    def explain(self, error: Exception) -> str | None:
        """The owner's words for what an export can meet (the same as the command
        line's, in the window's language); None for a bug."""
        from posassist.usecases.export import ExportError
        from posassist.words.export_failures import expected_failure

        if isinstance(error, ExportError):
            return str(error)
        return expected_failure(error, translate, self.translate)

    @staticmethod
    def failure() -> str:
        """For a bug: logged in full by the runner, worded here, never a traceback."""
        from posassist.words.export_failures import unexpected_failure

        return unexpected_failure(translate)


_preloading: list[threading.Thread] = []


def _preload_export_code() -> None:
    """While the user picks the options, the export code loads on a thread of its own
    (once per session), so that Export starts at once."""
    if not _preloading:
        thread = threading.Thread(target=_preload, name="export-preload", daemon=True)
        _preloading.append(thread)
        thread.start()


def _proposal(db_path: Path, case_id: int) -> list:
    from posassist.usecases.export import proposal

    return proposal(db_path, case_id)


def _preload() -> None:
    from posassist.usecases.export import preload

    try:
        preload()
    except Exception:  # the export itself will meet it again and tell the user
        logging.getLogger(__name__).exception("preloading the export code failed")


class ExportDialog(QDialog):
    def __init__(self, session: CaseSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self.setWindowTitle(translate("ExportDialog", "Export the evidence dossier"))
        self.setMinimumWidth(620)
        self.job: ExportJob | None = None  # while the export runs
        self.result = None
        # Both stop, and are waited for, when this dialog closes.
        self._exporting = Runner(self)
        self._exporting.progress.connect(self._show_progress)
        self._exporting.returned.connect(self._exported)
        self._exporting.failed.connect(self._export_failed)
        self._proposing = Runner(self)  # the packet's proposed evidence
        self._proposing.returned.connect(self._proposal_ready)
        self._proposing.failed.connect(self._proposal_failed)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language))
        form.addRow(translate("ExportDialog", "Language"), self.language)
        path_row = QHBoxLayout()
        self.path = QLineEdit(str(self._suggested_path()))
        self.path.setObjectName("exportPath")
        choose = QPushButton(translate("ExportDialog", "Choose…"))
        choose.clicked.connect(self._choose)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        form.addRow(translate("ExportDialog", "Save as"), path_row)
        layout.addLayout(form)

        kinds = QGroupBox(translate("ExportDialog", "What to export"))
        kinds_layout = QVBoxLayout(kinds)
        self.full = QRadioButton(
            translate("ExportDialog", "Full archive: everything, with every original file")
        )
        self.full.setObjectName("exportFull")
        self.packet = QRadioButton(
            translate(
                "ExportDialog", "Upload packet: a shortened copy for portals that limit file size"
            )
        )
        self.packet.setObjectName("exportPacket")
        group = QButtonGroup(self)
        group.addButton(self.full)
        group.addButton(self.packet)
        self.full.setChecked(True)
        kinds_layout.addWidget(self.full)
        kinds_layout.addWidget(self.packet)
        self.packet_box = QWidget()
        packet_form = QFormLayout(self.packet_box)
        self.max_size = QDoubleSpinBox()
        self.max_size.setObjectName("packetMaxSize")
        self.max_size.setRange(0.5, 100)
        self.max_size.setDecimals(1)
        self.max_size.setValue(4.5)
        self.max_size.setSuffix(" MB")
        self.max_pages = QSpinBox()
        self.max_pages.setObjectName("packetMaxPages")
        self.max_pages.setRange(1, 999)
        self.max_pages.setValue(19)
        packet_form.addRow(translate("ExportDialog", "Largest file size"), self.max_size)
        packet_form.addRow(translate("ExportDialog", "Most pages"), self.max_pages)
        self.selection = QListWidget()
        self.selection.setObjectName("packetSelection")
        self.selection.setMinimumHeight(140)
        packet_form.addRow(translate("ExportDialog", "Evidence to include"), self.selection)
        kinds_layout.addWidget(self.packet_box)
        self.packet_box.setVisible(False)
        self.packet.toggled.connect(self._packet_toggled)
        layout.addWidget(kinds)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportStart")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)
        session.reading.changed.connect(self._show_unread)
        session.reading.busy_changed.connect(self._reading_busy)
        self._unread_note = ""
        self._show_unread()
        _preload_export_code()

    def _reading_busy(self, _busy: bool) -> None:
        self._show_unread()

    def _show_unread(self) -> None:
        """Before exporting: whether some photos' text is not read yet (the dossier would
        carry no searchable text for them). The export is not held back for it."""
        if self.job is not None or self.result is not None:
            return
        if self.status.text() not in ("", self._unread_note):
            return  # a message of the dialog's own (a folder that does not exist) stays
        states = self.session.reading.states.values()
        unread = sum(1 for state in states if not state.read and not state.problem)
        if unread:
            text = translate(
                "ExportDialog",
                "The text on %1 of the photos has not been read yet, so it cannot be searched "
                "in this dossier. You can export now, or wait until the reading has ended and "
                "export then.",
            ).replace("%1", str(unread))
        elif self.session.reading.busy:
            text = translate(
                "ExportDialog",
                "The text on the photos is still being read; what is not read yet cannot be "
                "searched in this dossier.",
            )
        else:
            text = ""
        self._unread_note = text
        self.status.setText(text)

    def _suggested_path(self) -> Path:
        case = self.session.case
        stem = translate("ExportDialog", "%1 evidence dossier %2").replace(
            "%1", case.shop_name or "POS"
        )
        stem = stem.replace("%2", dt.date.today().isoformat())
        safe = "".join(c for c in stem if c not in '\\/:*?"<>|').strip()
        return dialogs.documents_folder() / f"{safe}.pdf"

    def _choose(self) -> None:
        chosen = dialogs.choose_export_path(self, Path(self.path.text()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def _packet_toggled(self, on: bool) -> None:
        self.packet_box.setVisible(on)
        if on and not self.selection.count() and not self._proposing.busy:
            # Worked out off the window's thread: it reads the case and may wait for the
            # export code that the dialog is still loading.
            from posassist.usecases.cases import file_of as database_file

            db_path, case_id = database_file(self.session.repo.db), self.session.case_id
            self.export_button.setEnabled(False)
            self._proposing.start(
                lambda _progress, _cancelled: _proposal(db_path, case_id),
                failure=translate(
                    "ExportDialog",
                    "The evidence to include could not be listed; tick the full archive, "
                    "or close this window and try again.",
                ),
            )

    def _proposal_failed(self, message: str) -> None:
        self.export_button.setEnabled(self.job is None)
        self.status.setText(message)

    def _proposal_ready(self, proposal: list | None, _cancelled: bool) -> None:
        self.export_button.setEnabled(self.job is None)
        for number, proposed, item in proposal or []:
            label = f"{number}  {texts.category(item.category.value)}  {item.original_name}"
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, number)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if proposed else Qt.CheckState.Unchecked)
            self.selection.addItem(row)

    def chosen_numbers(self) -> list[str]:
        return [
            self.selection.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.selection.count())
            if self.selection.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- running --------------------------------------------------------------
    def start(self) -> None:
        from posassist.paths import log_path
        from posassist.usecases.cases import file_of as database_file

        out = Path(self.path.text().strip()).expanduser()
        if not out.name or not out.parent.is_dir():
            self.status.setText(
                translate("ExportDialog", "The folder %1 does not exist.").replace(
                    "%1", str(out.parent)
                )
            )
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        options = {}
        if self.packet.isChecked():
            options = {
                "packet": True,
                "max_size": int(self.max_size.value() * 1_000_000),
                "max_pages": self.max_pages.value(),
                "selection": self.chosen_numbers(),
            }
        db_path = database_file(self.session.repo.db)
        job = ExportJob(db_path, self.session.case_id, out, self.language.currentData(), **options)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status.setText(translate("ExportDialog", "Making the PDF…"))
        self.job = job
        self._exporting.start(
            job, explain=job.explain, failure=job.failure(), log_file=log_path(db_path.parent)
        )

    def _show_progress(self, done: int, total: int, _note: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _export_ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _export_failed(self, message: str) -> None:
        self._export_ended()
        self.result = None
        self.status.setText(message)

    def _exported(self, result: Any, _cancelled: bool) -> None:
        self._export_ended()
        self.result = result
        if result is not None:
            self.status.setText(
                translate("ExportDialog", "Saved: %1\n%2 pages · fingerprint %3")
                .replace("%1", str(result.path))
                .replace("%2", str(result.pages))
                .replace("%3", result.fingerprint)
            )
            self.cancel_button.setText(translate("ExportDialog", "Close"))
        else:
            self.status.setText(translate("ExportDialog", "Stopped. No file was written."))

    def _cancel_or_close(self) -> None:
        if self._exporting.busy:
            self._exporting.cancel()
            return
        self.reject()
