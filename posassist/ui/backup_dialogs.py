"""The dialogs of the case file's safety: which backup to restore, what the store check
found, and what to do about a case file that is damaged at start. Created through
ui/dialogs.py (the seam tests patch)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist.words import messages
from posassist.words.messages import fill

translate = QCoreApplication.translate
DATA_ROLE = Qt.ItemDataRole.UserRole


def backup_line(info: Any) -> str:
    when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")  # two may share a minute
    if info.problem is not None:
        return fill(translate("CaseFile", "%1 — cannot be used (%2)"), when, info.problem.code)
    return fill(
        translate("CaseFile", "%1 — %2 cases, %3 evidence items"), when, info.cases, info.evidence
    )


class RestoreDialog(QDialog):
    """The backups, newest first (a damaged one shown but not chosen), or another file."""

    def __init__(self, backups: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CaseFile", "Restore from a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CaseFile",
                "Choose the backup to put in place of the case file. The app backs up by "
                "itself every day it is used and before every export.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        for info in backups:
            item = QListWidgetItem(backup_line(info))
            item.setData(DATA_ROLE, str(info.path))
            item.setToolTip(str(info.path))
            if info.problem is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not backups:
            self.list.addItem(translate("CaseFile", "No backup yet."))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            translate("CaseFile", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        other = QPushButton(translate("CaseFile", "Another file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        first = next((i for i in range(self.list.count()) if self.list.item(i).data(DATA_ROLE)), 0)
        self.list.setCurrentRow(first)
        self.resize(560, 360)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(DATA_ROLE):
            self.chosen = Path(item.data(DATA_ROLE))
            self.accept()

    def _other(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("CaseFile", "Restore from a backup"),
            "",
            translate("CaseFile", "Case files (*.sqlite3);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def store_report_text(report: Any) -> tuple[bool, str]:
    """(all well?, the words) for a store check."""
    lines = []
    if report.integrity != ["ok"]:
        lines.append(translate("CaseFile", "The case file's own check found damage:"))
        lines += [f"• {problem}" for problem in report.integrity[:10]]
    for item in report.damaged:
        lines.append(
            fill(
                translate(
                    "CaseFile",
                    "• Case %1, evidence %2 (%3): its stored copy no longer matches the "
                    "SHA-256 recorded when it was added.",
                ),
                item.case_id,
                item.evidence_id,
                item.original_name,
            )
        )
    if report.ok:
        text = translate("CaseFile", "All %1 stored originals are whole; the case file is sound.")
        return True, fill(text, report.checked)
    lines.append(
        translate(
            "CaseFile",
            "Restore the newest good backup (Case file → Restore from a backup…), or remove the "
            "damaged items and add their originals again. This was written to the case history.",
        )
    )
    return False, "\n".join(lines)


def damaged_choice(path: Path, error: BaseException, has_backup: bool) -> str:
    """'restore', 'new' or 'quit' for a case file that cannot be used at start."""
    from posassist.usecases.cases import storage_problem

    code = storage_problem(error) or "malformed"
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("CaseFile", "The case file cannot be used"))
    box.setText(fill(messages.storage_problem(code), path))
    box.setInformativeText(
        translate(
            "CaseFile",
            "The file was left exactly as it is. You can open the newest good backup, or "
            "start a new case file (the damaged one is moved to the set-aside folder, never "
            "deleted), or quit and ask for help.",
        )
    )
    restore = None
    if has_backup:
        restore = box.addButton(
            translate("CaseFile", "Open the newest backup"), QMessageBox.ButtonRole.AcceptRole
        )
    new = box.addButton(
        translate("CaseFile", "Start a new case file"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button = box.addButton(translate("CaseFile", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "new" if clicked is new else "quit"
