"""Check a dossier: every original inside a PDF against its manifest and fingerprint —
what `posassist verify` does, in the window (usecases.export.verify_dossier, off the
window's thread). A complaints desk or the owner can see a dossier was not changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from posassist.ui.runner import Runner
from posassist.words.messages import fill

translate = QCoreApplication.translate


def report_lines(report: Any) -> tuple[bool, list[str]]:
    """(all matches?, the lines to show) for a report.verify Report."""
    from posassist.report.verify import DIFFERS, NOT_CARRIED, OK

    if not report.kind:
        return False, [translate("VerifyDialog", "This PDF is not a POS Assist dossier.")] + [
            f"• {p}" for p in report.problems
        ]
    lines = [fill(translate("VerifyDialog", "Fingerprint: %1"), report.fingerprint)]
    if report.problems:
        lines += [
            fill(translate("VerifyDialog", "The manifest DIFFERS: %1"), p) for p in report.problems
        ]
    else:
        lines.append(translate("VerifyDialog", "The manifest matches the fingerprint."))
    for item in report.items:
        name = f"{item.entry.number} {item.entry.original_name}"
        if item.status == OK:
            lines.append(fill(translate("VerifyDialog", "%1: the original is unchanged"), name))
        elif item.status == NOT_CARRIED:
            lines.append(fill(translate("VerifyDialog", "%1: not carried (upload packet)"), name))
        elif item.status == DIFFERS:
            lines.append(fill(translate("VerifyDialog", "%1: DIFFERS from the manifest"), name))
        else:
            lines.append(fill(translate("VerifyDialog", "%1: MISSING from the PDF"), name))
    for extra in report.extras:
        lines.append(fill(translate("VerifyDialog", "Not in the manifest: %1"), extra))
    return report.ok, lines


class VerifyDialog(QDialog):
    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.result: Any = None
        self.setWindowTitle(translate("VerifyDialog", "Check a dossier"))
        layout = QVBoxLayout(self)
        self.status = QLabel(fill(translate("VerifyDialog", "Checking %1…"), self.pdf.name))
        self.status.setObjectName("verifyStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.details = QPlainTextEdit()
        self.details.setObjectName("verifyDetails")
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.runner = Runner(self)
        self.runner.returned.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.start(self._work, explain=_explain)

    def _work(self, _progress, _cancelled):
        from posassist.usecases.export import verify_dossier

        report, _written = verify_dossier(self.pdf)
        return report

    def _done(self, report: Any, _cancelled: bool) -> None:
        if report is None:
            return
        self.result = report
        ok, lines = report_lines(report)
        self.status.setText(
            translate("VerifyDialog", "Every original matches: this dossier was not changed.")
            if ok
            else translate("VerifyDialog", "This dossier does NOT match its manifest.")
        )
        self.status.setProperty("severity", "info" if ok else "warning")
        self.details.setPlainText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def done(self, code: int) -> None:  # noqa: D102 (Qt name): closing stops the check
        self.runner.shutdown()
        super().done(code)


def _explain(error: Exception) -> str | None:
    if isinstance(error, OSError):
        return fill(
            translate("VerifyDialog", "The PDF cannot be read: %1"), error.strerror or str(error)
        )
    return None
