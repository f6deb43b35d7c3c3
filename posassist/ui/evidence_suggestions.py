"""In the evidence details: what was read on the photo that the item does not say yet —
its date, kind of proof and amount — each with "Use this" (one click makes it the item's)
and "Show where" (the viewer with the line it was read from marked). Nothing read becomes
the item's without that click (usecases.evidence_reading).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from posassist.domain.money import parse_money
from posassist.usecases.evidence_reading import Suggestion
from posassist.words import texts

translate = QCoreApplication.translate


def suggestion_text(suggestion: Suggestion) -> str:
    """'Date of the document: 2026-10-04', in the owner's language."""
    if suggestion.field == "document_date":
        name, value = translate("EvidencePanel", "Date of the document"), suggestion.value
    elif suggestion.field == "category":
        name = translate("EvidencePanel", "Kind of proof")
        value = texts.category(suggestion.value)
    else:
        name = translate("EvidencePanel", "Amount shown")
        value = parse_money(suggestion.value, suggestion.currency).format()
    return translate("EvidencePanel", "%1: %2").replace("%1", name).replace("%2", value)


class EvidenceSuggestions(QWidget):
    accepted = Signal(object)  # the Suggestion the owner chose
    show_where = Signal(object)  # the Suggestion whose place on the picture to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceSuggestions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(
            translate("EvidencePanel", "Read on the photo. Use what is right, with one click:")
        )
        self.title.setObjectName("suggestionsTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        self.suggestions: list[Suggestion] = []
        self.rows: list[tuple[QLabel, QPushButton, QPushButton]] = []
        self.hide()

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        if suggestions == self.suggestions:
            self.setVisible(bool(suggestions))
            return
        for row in self.rows:
            for widget in row:  # gone now, not at the next turn of the event loop
                self.grid.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.rows = []
        self.suggestions = list(suggestions)
        for index, suggestion in enumerate(self.suggestions):
            label = QLabel(suggestion_text(suggestion))
            label.setObjectName("suggestionText")
            label.setWordWrap(True)
            label.setToolTip(
                translate("EvidencePanel", "Read from the line “%1”").replace(
                    "%1", suggestion.read.source
                )
            )
            use = QPushButton(translate("EvidencePanel", "Use this"))
            use.setObjectName("suggestionAccept")
            use.clicked.connect(lambda _=False, s=suggestion: self.accepted.emit(s))
            where = QPushButton(translate("EvidencePanel", "Show where"))
            where.setObjectName("suggestionWhere")
            where.setFlat(True)  # a link: it only shows, it changes nothing
            where.setCursor(Qt.CursorShape.PointingHandCursor)
            where.setStyleSheet("color: palette(link); text-decoration: underline;")
            where.clicked.connect(lambda _=False, s=suggestion: self.show_where.emit(s))
            self.grid.addWidget(label, index, 0)
            self.grid.addWidget(use, index, 1)
            self.grid.addWidget(where, index, 2)
            self.rows.append((label, use, where))
        self.setVisible(bool(self.suggestions))
