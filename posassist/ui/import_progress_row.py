"""The evidence panel's row that shows an import under way: which file, how far, Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

translate = QCoreApplication.translate


class ImportProgressRow(QWidget):
    def __init__(self, cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(translate("EvidencePanel", "Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.label.clear()
        self.show()

    def advance(self, done: int, total: int, name: str) -> None:
        """`done` files of `total` are in; `name` is the one being read now ('' at the end)."""
        self.bar.setValue(done)
        self.label.setText(
            translate("EvidencePanel", "Reading %1 (%2 of %3)…")
            .replace("%1", name)
            .replace("%2", str(min(done + 1, total)))
            .replace("%3", str(total))
            if name
            else ""
        )
