"""Tell the customers when card payments end, and print the notice for the door."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from posassist.ui import dialogs
from posassist.ui.pages.base import StagePage
from posassist.ui.runner import Runner

translate = QCoreApplication.translate
NOTICE_LANGUAGES = {"zh_CN+en": ["zh_CN", "en"], "zh_CN": ["zh_CN"], "en": ["en"]}


class CustomersPage(StagePage):
    stage_key = "customers"

    def build_extra(self) -> None:
        group = QGroupBox(translate("CustomersPage", "Customer notice"))
        layout = QVBoxLayout(group)
        layout.addWidget(
            QLabel(
                translate(
                    "CustomersPage",
                    "A one-page A4 notice in large type for the door and the till, with "
                    "the shop name and the last day card payments are taken.",
                )
            )
        )
        row = QHBoxLayout()
        self.notice_languages = QComboBox()
        self.notice_languages.setObjectName("noticeLanguages")
        self.notice_languages.addItem(translate("CustomersPage", "Chinese and English"), "zh_CN+en")
        self.notice_languages.addItem("中文", "zh_CN")
        self.notice_languages.addItem("English", "en")
        self.notice_button = QPushButton(translate("CustomersPage", "Make the notice (PDF)…"))
        self.notice_button.setObjectName("makeNotice")
        self.notice_button.clicked.connect(self.make_notice)
        row.addWidget(self.notice_languages)
        row.addWidget(self.notice_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notice_status = QLabel()
        self.notice_status.setObjectName("noticeStatus")
        self.notice_status.setWordWrap(True)
        layout.addWidget(self.notice_status)
        self.body.addWidget(group)
        self.background = Runner(self)
        self.background.returned.connect(self._notice_made)
        self.background.failed.connect(self._notice_failed)

    def make_notice(self) -> None:
        if not self.session.case.get("last_card_day"):
            self.notice_status.setText(
                translate("CustomersPage", "Fill in the last day card payments are taken first.")
            )
            return
        name = translate("CustomersPage", "%1 customer notice").replace(
            "%1", self.session.case.shop_name or "POS"
        )
        out = dialogs.choose_export_path(self, dialogs.documents_folder() / f"{name}.pdf")
        if out is None or self.background.busy:
            return
        from posassist.paths import log_path
        from posassist.usecases.cases import file_of as database_file

        db_path = database_file(self.session.repo.db)
        languages = NOTICE_LANGUAGES[self.notice_languages.currentData()]
        case_id = self.session.case_id
        self.notice_button.setEnabled(False)
        self.notice_status.setText(translate("CustomersPage", "Making the notice…"))
        self.background.start(
            lambda _progress, _cancelled: _make_notice(db_path, case_id, Path(out), languages),
            explain=_notice_error,
            failure=translate(
                "CustomersPage",
                "The notice could not be made because of an unexpected error. Try once "
                "more; if it fails again, send the file %1 to whoever helps you with the "
                "app: it says what went wrong.",
            ),
            log_file=log_path(db_path.parent),
        )

    def _notice_made(self, result: Path, _cancelled: bool) -> None:
        self.notice_button.setEnabled(True)
        self.notice_status.setText(
            translate("CustomersPage", "Saved: %1").replace("%1", str(result))
        )

    def _notice_failed(self, message: str) -> None:
        self.notice_button.setEnabled(True)
        self.notice_status.setText(message)


def _make_notice(db_path: Path, case_id: int, out: Path, languages: list[str]) -> Path:
    """This page's one call into the export code (on the runner's thread)."""
    from posassist.usecases.export import export_notice

    return export_notice(db_path, case_id, out, languages)


def _notice_error(error: Exception) -> str | None:
    if isinstance(error, OSError):
        return translate("CustomersPage", "The notice could not be made: %1").replace(
            "%1", error.strerror or str(error)
        )
    return None
