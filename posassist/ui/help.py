"""Help: the common questions, and About (version and licences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from posassist import __version__, resources

translate = QCoreApplication.translate


class _TextDialog(QDialog):
    def __init__(self, title: str, markdown: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(markdown)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def faq_dialog(language: str, parent: QWidget | None) -> QDialog:
    return _TextDialog(
        translate("Help", "Common questions"), resources.guidance(language, "faq"), parent
    )


def about_dialog(parent: QWidget | None) -> QDialog:
    from PySide6 import __version__ as pyside_version

    text = (
        translate("Help", "## POS Assist %1").replace("%1", __version__)
        + "\n\n"
        + translate(
            "Help",
            "Walks you through stopping and closing out a card-payment POS terminal, "
            "and keeps the proof. It recommends no provider and sends nothing anywhere: "
            "your cases stay in one file on this computer.",
        )
        + "\n\n"
        + translate("Help", "### Licences")
        + "\n\n"
        + translate("Help", "POS Assist is free software under the GNU GPL, version 3 or later.")
        + "\n\n"
        + translate("Help", "It is built with:")
        + f"\n\n- Qt {qVersion()} / PySide6 {pyside_version} (LGPL-3.0)\n"
        + "- sqlite-utils (Apache-2.0), SQLite (public domain)\n"
        + "- platformdirs (MIT)\n"
        + "- Pillow (MIT-CMU), pi-heif (BSD-3-Clause) with libheif and libde265 (LGPL-3.0)\n"
        + "- pypdf (BSD-3-Clause), pypdfium2 and PDFium (Apache-2.0 / BSD-3-Clause)\n"
        + "- ReportLab (BSD-3-Clause), python-docx (MIT), lxml (BSD-3-Clause)\n"
        + "- python-calamine (MIT), holidays (MIT), icalendar (BSD-2-Clause)\n"
        + "- RapidOCR and the PaddleOCR models (Apache-2.0), ONNX Runtime (MIT), "
        + "OpenCV (Apache-2.0), NumPy (BSD-3-Clause), Shapely (BSD-3-Clause), "
        + "pyclipper (MIT), PyYAML (MIT)\n"
        + "- WenQuanYi Micro Hei (Apache-2.0, or GPL-3.0 with the font exception)\n"
    )
    dialog = _TextDialog(translate("Help", "About POS Assist"), text, parent)
    dialog.browser.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return dialog
