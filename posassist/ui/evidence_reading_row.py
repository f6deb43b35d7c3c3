"""The evidence panel's line while the text on the case's photos is read: "Reading the
text on the photos… 2 of 5", a small bar and Stop; after a stopped pass, how many are
left and a button to read them. Never a dialog: the owner goes on working meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from posassist.ui.text_reading import TextReading

translate = QCoreApplication.translate


class ReadingRow(QWidget):
    def __init__(self, reading: TextReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingRow")
        self.reading = reading
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("readingLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("readingProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMaximumWidth(160)
        self.stop_button = QPushButton(translate("EvidencePanel", "Stop reading"))
        self.stop_button.setObjectName("stopReading")
        self.stop_button.setToolTip(
            translate("EvidencePanel", "The text read so far is kept; the rest can be read later.")
        )
        self.stop_button.clicked.connect(reading.cancel)
        self.again_button = QPushButton(translate("EvidencePanel", "Read them now"))
        self.again_button.setObjectName("readAgain")
        self.again_button.clicked.connect(reading.start)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.again_button)
        reading.progress.connect(self._progress)
        reading.busy_changed.connect(self._busy)
        reading.changed.connect(self._show_rest)
        reading.failed.connect(self._failed)
        self._message = ""
        self._busy(reading.busy)

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(
            translate("EvidencePanel", "Reading the text on the photos… %1 of %2")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )
        self.bar.show()
        self.stop_button.show()
        self.again_button.hide()
        self.show()

    def _busy(self, busy: bool) -> None:
        if busy:
            self._message = ""
            # Shown with the first item's progress: a pass with nothing to read is silent.
            return
        self._show_rest()

    def _show_rest(self) -> None:
        if self.reading.busy:
            return
        self.bar.hide()
        self.stop_button.hide()
        left = self.reading.left
        if self._message:
            self.label.setText(self._message)
            self.again_button.show()
            self.show()
        elif left:
            self.label.setText(
                translate(
                    "EvidencePanel", "Reading stopped: the text on %1 photos is not read yet."
                ).replace("%1", str(left))
                if left > 1
                else translate(
                    "EvidencePanel", "Reading stopped: the text on 1 photo is not read yet."
                )
            )
            self.again_button.show()
            self.show()
        else:
            self.hide()

    def _failed(self, message: str) -> None:
        self._message = message
        self._show_rest()
