"""Settings: the size limit for attached files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from posassist.domain.evidence import DEFAULT_MAX_BYTES
from posassist.usecases.cases import SettingsRepository

translate = QCoreApplication.translate
MAX_EVIDENCE_KEY = "max_evidence_mb"


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("Settings", "Settings"))
        form = QFormLayout(self)
        self.max_size = QSpinBox()
        self.max_size.setObjectName("maxEvidenceSize")
        self.max_size.setRange(1, 500)
        self.max_size.setSuffix(" MB")
        stored = settings.get(MAX_EVIDENCE_KEY)
        self.max_size.setValue(int(stored) if stored else DEFAULT_MAX_BYTES // 1024 // 1024)
        form.addRow(translate("Settings", "Largest file that may be attached"), self.max_size)
        hint = QLabel(
            translate(
                "Settings",
                "Larger files are refused before they are read. Phone photos are 2–10 MB.",
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        self.settings.set(MAX_EVIDENCE_KEY, str(self.max_size.value()))
        self.accept()
