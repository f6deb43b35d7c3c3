"""The first screen, before any case exists: what the app does, what it will ask, start.

Laid out like GNOME's and KDE's first-run pages: one centred column of comfortable
width, the icon, a heading, one sentence, the few things asked for, then the two
buttons, all kept together in the middle of the window rather than spread over it.
Alignment is set in the style sheet: like the case list, this page is painted at
start-up and leaves the `Qt` enum namespace alone (its first use costs ~30 ms).
Headings are weight 700: at 600 Qt draws Latin letters bold (DejaVu has a bold face)
but the Chinese regular (WenQuanYi Micro Hei has none, and Qt only fakes bold from 700).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posassist import resources

translate = QCoreApplication.translate
COLUMN_WIDTH = 600  # a comfortable line length for the sentence, in both languages
ICON_SIZE = 88

START_STYLE = """
QWidget#startBody { background: #f6f8fa; }
QLabel#startIcon, QLabel#startTitle, QLabel#startLead, QLabel#startNote {
    qproperty-alignment: AlignHCenter;
}
QLabel#startTitle { font-size: 26px; font-weight: 700; color: #1f3a5f; }
QLabel#startLead { font-size: 15px; color: #3c4043; }
QFrame#startAsks { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 8px; }
QLabel#asksCaption { font-size: 13px; font-weight: 700; color: #5f6368; }
QLabel#askNumber {
    background: #dbe8f6; color: #0b2d52; border-radius: 12px; font-weight: 700;
    qproperty-alignment: AlignCenter;
}
QLabel#askText { font-size: 14px; color: #202124; }
QPushButton#newCase, QPushButton#openSample {
    font-size: 14px; padding: 8px 20px; border-radius: 6px; min-height: 22px;
}
QPushButton#newCase {
    background: #1f5fa8; color: #ffffff; border: 2px solid #1f5fa8; font-weight: 700;
}
QPushButton#newCase:hover { background: #1a528f; border-color: #1a528f; }
QPushButton#newCase:focus { border-color: #0b2d52; }
QPushButton#openSample { background: #ffffff; color: #1f3a5f; border: 2px solid #c4ccd5; }
QPushButton#openSample:hover { background: #eef2f6; }
QPushButton#openSample:focus { border-color: #1f5fa8; }
QLabel#startNote { color: #5f6368; }
"""


def asked_for() -> list[str]:
    """The things the case will ask for, in the order the steps ask them."""
    return [
        translate("StartPage", "Your shop's name and the provider who gave you the terminal"),
        translate(
            "StartPage",
            "The kind of terminal and its numbers, from a slip or the label on its back",
        ),
        translate("StartPage", "Why it stops, and the dates of the last payments and settlements"),
        translate(
            "StartPage", "Photos or screenshots of your slips, contract, receipts and messages"
        ),
    ]


class StartPage(QScrollArea):
    """Scrolls only if the window is smaller than the column (it never is at its minimum)."""

    start_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("startBody")
        body.setStyleSheet(START_STYLE)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(2)  # a little above the middle, where the eye rests
        row = QHBoxLayout()
        row.addStretch(1)
        column_widget = QWidget()
        column_widget.setObjectName("startColumn")
        column_widget.setMaximumWidth(COLUMN_WIDTH)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        row.addWidget(column_widget, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        icon = QLabel()
        icon.setObjectName("startIcon")
        icon.setPixmap(
            QIcon(str(resources.resource("icons", "posassist-128.png"))).pixmap(
                QSize(ICON_SIZE, ICON_SIZE)
            )
        )
        column.addWidget(icon)
        column.addSpacing(16)

        self.title = QLabel(translate("StartPage", "Stop your POS terminal, step by step"))
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        column.addSpacing(10)
        self.lead = QLabel(
            translate(
                "StartPage",
                "POS Assist walks you through stopping a card-payment terminal and closing "
                "its accounts, keeps your proof together and puts the whole story in one PDF.",
            )
        )
        self.lead.setObjectName("startLead")
        self.lead.setWordWrap(True)
        column.addWidget(self.lead)
        column.addSpacing(24)

        asks = QFrame()
        asks.setObjectName("startAsks")
        grid = QGridLayout(asks)
        grid.setContentsMargins(20, 16, 20, 18)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        caption = QLabel(translate("StartPage", "It will ask you for"))
        caption.setObjectName("asksCaption")
        grid.addWidget(caption, 0, 0, 1, 2)
        self.asks: list[QLabel] = []
        for number, text in enumerate(asked_for(), start=1):
            badge = QLabel(str(number))
            badge.setObjectName("askNumber")
            badge.setFixedSize(24, 24)
            label = QLabel(text)
            label.setObjectName("askText")
            label.setWordWrap(True)
            top = QVBoxLayout()  # the number beside the first line of a wrapped text
            top.setContentsMargins(0, 0, 0, 0)
            top.addWidget(badge)
            top.addStretch(1)
            grid.addLayout(top, number, 0)
            grid.addWidget(label, number, 1)
            self.asks.append(label)
        grid.setColumnStretch(1, 1)
        column.addWidget(asks)
        column.addSpacing(24)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        self.start_button = QPushButton(translate("StartPage", "Start with my first terminal"))
        self.start_button.setObjectName("newCase")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested.emit)
        self.sample_button = QPushButton(translate("StartPage", "Open the sample case"))
        self.sample_button.setObjectName("openSample")
        self.sample_button.setToolTip(
            translate("StartPage", "A filled-in example to look around in; you can archive it")
        )
        self.sample_button.clicked.connect(self.sample_requested.emit)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(14)
        note = QLabel(
            translate("StartPage", "Everything stays on this computer, in one case file.")
        )
        note.setObjectName("startNote")
        note.setWordWrap(True)
        column.addWidget(note)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.start_button.setFocus()  # Enter or Space starts, as the button's look says
