"""Below the evidence list: the selected item's kind of proof, description and date,
saved as they are edited, and its facts (file, size, when added, SHA-256)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from posassist.domain.evidence import DESCRIPTION_MAX_CHARS, Category, Evidence
from posassist.domain.money import CURRENCIES, MoneyError, parse_money
from posassist.ui.evidence_labels import found_text, size_text, text_state
from posassist.ui.evidence_suggestions import EvidenceSuggestions
from posassist.ui.fields import DateEdit, from_qdate, to_qdate
from posassist.ui.session import CaseSession
from posassist.words import texts

translate = QCoreApplication.translate


class EvidenceDetails(QWidget):
    """The details of `selected()`, the item chosen in the panel's list."""

    def __init__(
        self,
        session: CaseSession,
        selected: Callable[[], Evidence | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.selected = selected
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        self.category = QComboBox()
        self.category.setObjectName("evidenceCategory")
        for value in Category:
            self.category.addItem(texts.category(value.value), value.value)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.description = QLineEdit()
        self.description.setObjectName("evidenceDescription")
        self.description.setMaxLength(DESCRIPTION_MAX_CHARS)
        self.description.setPlaceholderText(
            translate("EvidencePanel", "What it shows, e.g. “rent deducted after closing”")
        )
        self.description.textEdited.connect(self._description_changed)
        self.description_full = QLabel(
            translate(
                "EvidencePanel",
                "The description is full (%1 characters at most; longer text is cut off). "
                "A longer account fits in the contact log, or attach it as a file.",
            ).replace("%1", f"{DESCRIPTION_MAX_CHARS:,}")
        )
        self.description_full.setObjectName("inlineMessage")
        self.description_full.setProperty("severity", "warning")
        self.description_full.setWordWrap(True)
        self.description_full.hide()
        self.doc_date = DateEdit()
        self.doc_date.setObjectName("evidenceDate")
        self.doc_date.setMaximumWidth(180)
        self.doc_date.dateChanged.connect(self._date_changed)
        self.facts = QLabel()
        self.facts.setObjectName("evidenceFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("EvidencePanel", "Kind of proof"), self.category)
        form.addRow(translate("EvidencePanel", "Description"), self.description)
        form.addRow("", self.description_full)
        form.addRow(translate("EvidencePanel", "Date of the document"), self.doc_date)
        form.addRow(translate("EvidencePanel", "Amount shown"), self._build_amount())
        self.suggestions = EvidenceSuggestions()
        self.suggestions.accepted.connect(self._accept)
        form.addRow(self.suggestions)
        form.addRow(self.facts)
        self.text_state = QLabel()  # what was read on the pictures, or why not
        self.text_state.setObjectName("evidenceText")
        self.text_state.setWordWrap(True)
        self.found = QLabel()  # where the search found this item
        self.found.setObjectName("evidenceFound")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.text_state)
        form.addRow(self.found)

    def _build_amount(self) -> QWidget:
        """The amount the slip or receipt shows (typed, or accepted from what was read)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.amount_symbol = QLabel()
        self.amount = QLineEdit()
        self.amount.setObjectName("evidenceAmount")
        self.amount.setPlaceholderText("0.00")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.amount.editingFinished.connect(self._amount_changed)
        self.amount_message = QLabel()
        self.amount_message.setObjectName("inlineMessage")
        self.amount_message.setProperty("severity", "warning")
        row.addWidget(self.amount_symbol)
        row.addWidget(self.amount)
        row.addWidget(self.amount_message, 1)
        return box

    def _currency(self, item: Evidence) -> str:
        return item.amount.currency if item.amount else self.session.case.currency

    def show_item(self, item: Evidence, match=None) -> None:
        """Show `item`; `match`, a usecases.evidence_search.Match, where the search found it."""
        for widget in (self.category, self.description, self.doc_date):
            widget.blockSignals(True)
        self.category.setCurrentIndex(self.category.findData(item.category.value))
        self.description.setText(item.description)
        self.description_full.setVisible(len(item.description) >= DESCRIPTION_MAX_CHARS)
        self.doc_date.setDate(to_qdate(item.doc_date))
        if not self.amount.hasFocus():
            self.amount.setText(item.amount.plain() if item.amount else "")
            self.amount_message.clear()
        currency = self._currency(item)
        self.amount_symbol.setText(CURRENCIES.get(currency, (currency, 2))[0])
        for widget in (self.category, self.description, self.doc_date):
            widget.blockSignals(False)
        imported = item.imported_at.strftime("%Y-%m-%d %H:%M") if item.imported_at else ""
        self.facts.setText(
            translate("EvidencePanel", "File: %1 · %2 · added %3\nSHA-256: %4")
            .replace("%1", item.original_name)
            .replace("%2", size_text(item.size))
            .replace("%3", imported)
            .replace("%4", item.sha256)
        )
        reading = self.session.reading
        state = text_state(
            reading.state(item.id),
            reading.failures.get(item.id),
            reading.busy or not reading.loaded,
            item.kind.value not in ("csv", "text"),
        )
        self.text_state.setText(state)
        self.text_state.setVisible(bool(state))
        self.suggestions.show_suggestions(self._suggestions(item))
        found = found_text(match)
        self.found.setText(found)
        self.found.setVisible(bool(found))

    def _suggestions(self, item: Evidence) -> list:
        from posassist.usecases.evidence_reading import suggest

        read = self.session.reading.reading(item.id)
        if read is None or read.reading is None:
            return []
        currency = self.session.case.currency
        return suggest(item.id, item.category, item.doc_date, item.amount, read.reading, currency)

    # -- editing --------------------------------------------------------------
    def _accept(self, suggestion) -> None:
        """The owner took a value read on the photo: it is the item's now."""
        from posassist.usecases.evidence_reading import changes_of

        item = self.selected()
        if item is not None and item.id == suggestion.evidence_id:
            self.session.update_evidence(item.id, **changes_of(suggestion))

    def _category_changed(self) -> None:
        item = self.selected()
        if item is not None:
            self.session.update_evidence(item.id, category=Category(self.category.currentData()))

    def _description_changed(self, text: str) -> None:
        self.description_full.setVisible(len(text) >= DESCRIPTION_MAX_CHARS)
        item = self.selected()
        if item is not None:
            self.session.update_evidence(item.id, description=text.strip())

    def _date_changed(self) -> None:
        item = self.selected()
        if item is not None:
            self.session.update_evidence(item.id, doc_date=from_qdate(self.doc_date.date()))

    def _amount_changed(self) -> None:
        item = self.selected()
        if item is None:
            return
        text = self.amount.text().strip()
        try:
            amount = parse_money(text, self._currency(item)) if text else None
        except MoneyError as error:
            from posassist.ui.fields import money_error_text

            self.amount_message.setText(money_error_text(error))
            return
        self.amount_message.clear()
        if amount != item.amount:
            self.session.update_evidence(item.id, amount=amount)
        self.amount.setText(amount.plain() if amount else "")
