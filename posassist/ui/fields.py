"""Editors for catalogue fields: each saves the moment its value changes.

An editor never talks to the store: it emits `changed(key, value)` with a domain value
(str, date, Money, bool or None) and shows its own inline message when the text cannot
be used as it stands.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.cards import is_last4, mask_card_numbers
from posassist.domain.catalogue import PROFILE_KEYS, Field, Kind
from posassist.domain.completeness import Code, field_problem
from posassist.domain.money import CURRENCIES, Money, MoneyError, parse_money
from posassist.words import texts

translate = QCoreApplication.translate
NULL_DATE = QDate(2000, 1, 1)
# Choices every case has a value for from the start (the store gives them defaults).
ROUTING_KEYS = (*PROFILE_KEYS, "currency")


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NULL_DATE


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == NULL_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date picker that can be empty: the minimum date stands for "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NULL_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setSpecialValueText(translate("Fields", "not set"))
        self.setDate(NULL_DATE)

    def _start_today(self) -> None:
        # Opening an empty date starts from today, not from the sentinel.
        if self.date() == NULL_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._start_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_today()
        super().keyPressEvent(event)


class FieldEditor(QObject):
    """One field: a label, the editing widget and an inline message under it."""

    changed = Signal(str, object)

    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.key = spec.key
        self.container = QWidget(parent)
        self.container.setObjectName(f"field_{spec.key}")
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        layout.addLayout(self.row)
        self.message = QLabel(self.container)
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self._loading = False

    # The label shown in the form's left column ("" for check boxes, which carry their own).
    def label_text(self) -> str:
        text = texts.field_label(self.key)
        return f"{text} *" if self.spec.required else text

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        self._check(value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.changed.emit(self.key, value)
            self._check(value)

    def _check(self, value: Any) -> None:
        code = field_problem(self.spec, value)
        if code is Code.WRONG_LENGTH:
            self.say(
                translate("Fields", "Usually %1 digits: please check it against a slip.").replace(
                    "%1", str(self.spec.length)
                ),
                warning=True,
            )
        elif code is Code.NOT_DIGITS:
            self.say(translate("Fields", "Only digits are expected here."), warning=True)
        else:
            self.say("")

    def say(self, text: str, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("severity", "warning" if warning else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))


class TextEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self.container)
        self.edit.setObjectName(spec.key)
        self.edit.setPlaceholderText(texts.field_hint(spec.key))
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._finished)
        self.row.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        self.edit.setText(value or "")

    def _text_changed(self, text: str) -> None:
        # A full card number is never stored; the widget is corrected when editing ends.
        masked, _count = mask_card_numbers(text.strip())
        self._emit(masked)

    def _finished(self) -> None:
        masked, count = mask_card_numbers(self.edit.text())
        if count:
            self.edit.setText(masked)
            self.say(
                translate("Fields", "A card number was shortened to its first 6 and last 4 digits.")
            )


class DigitsEditor(TextEditor):
    def _text_changed(self, text: str) -> None:
        self._emit(text.strip().replace(" ", ""))


class Last4Editor(TextEditor):
    """Keeps only the last 4 digits, whatever is typed or pasted."""

    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,23}"), self.edit)
        )
        self.edit.setMaximumWidth(120)
        self.row.addStretch(1)

    def _text_changed(self, text: str) -> None:
        digits = text.replace(" ", "")
        if len(digits) > 4:
            self.edit.setText(digits[-4:])  # re-enters with 4 digits
            self.say(translate("Fields", "Only the last 4 digits are kept."))
            return
        self._emit(digits)

    def _finished(self) -> None:
        if self.edit.text() and not is_last4(self.edit.text()):
            self.say(translate("Fields", "Enter exactly 4 digits."), warning=True)


class RateEditor(TextEditor):
    """A fee rate (0.38%): kept in its plain form, a warning when it is none."""

    def _text_changed(self, text: str) -> None:
        parsed = self._rate(text)
        if parsed is not None or not text.strip():
            self._emit(parsed or "")

    def _finished(self) -> None:
        text = self.edit.text()
        parsed = self._rate(text)
        if text.strip() and parsed is None:
            self.say(
                translate("Fields", "not a fee rate; write it as a percentage, e.g. 0.38%"),
                warning=True,
            )
        elif parsed is not None:
            self.edit.setText(parsed)

    @staticmethod
    def _rate(text: str) -> str | None:
        from posassist.domain.settlement import RateError, parse_rate, rate_text

        try:
            return rate_text(parse_rate(text)) if text.strip() else None
        except RateError:
            return None


class MultilineEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit(self.container)
        self.edit.setObjectName(spec.key)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self._text_changed)
        self.row.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def _text_changed(self) -> None:
        masked, count = mask_card_numbers(self.edit.toPlainText())
        self._emit(masked.strip())
        if count:
            self.say(
                translate(
                    "Fields",
                    "A card number is stored shortened to its first 6 and last 4 digits.",
                )
            )


class DateEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = DateEdit(self.container)
        self.edit.setObjectName(spec.key)
        self.edit.setMinimumWidth(140)
        self.edit.dateChanged.connect(lambda d: self._emit(from_qdate(d)))
        self.clear = QToolButton(self.container)
        self.clear.setText("×")
        self.clear.setToolTip(translate("Fields", "Clear the date"))
        self.clear.setAccessibleName(translate("Fields", "Clear the date"))
        self.clear.clicked.connect(lambda: self.edit.setDate(NULL_DATE))
        self.row.addWidget(self.edit)
        self.row.addWidget(self.clear)
        self.row.addStretch(1)

    def _show(self, value: Any) -> None:
        self.edit.setDate(to_qdate(value))


class MoneyEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget, currency: str) -> None:
        super().__init__(spec, parent)
        self.currency = currency
        self.symbol = QLabel(CURRENCIES.get(currency, (currency, 2))[0], self.container)
        self.edit = QLineEdit(self.container)
        self.edit.setObjectName(spec.key)
        self.edit.setPlaceholderText("0.00")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._finished)
        self.row.addWidget(self.symbol)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.symbol.setText(CURRENCIES.get(currency, (currency, 2))[0])

    def _show(self, value: Any) -> None:
        self.edit.setText(value.plain() if isinstance(value, Money) else "")

    def _parse(self, text: str) -> Money | None | MoneyError:
        if not text.strip():
            return None
        try:
            return parse_money(text, self.currency)
        except MoneyError as error:
            return error

    def _text_changed(self, text: str) -> None:
        parsed = self._parse(text)
        if not isinstance(parsed, MoneyError):
            self._emit(parsed)  # saved as soon as it is an amount

    def _finished(self) -> None:
        parsed = self._parse(self.edit.text())
        if isinstance(parsed, MoneyError):
            self.say(money_error_text(parsed), warning=True)
        elif parsed is not None:
            self.edit.setText(parsed.plain())


def money_error_text(error: MoneyError) -> str:
    if error.code == "too_many_decimals":
        return translate("Fields", "Use at most 2 decimal places, e.g. 45.50. Not saved yet.")
    return translate("Fields", "This is not an amount; type e.g. 1234.50. Not saved yet.")


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = QComboBox(self.container)
        self.edit.setObjectName(spec.key)
        # Choices without a stored default start blank: the box must never show a value
        # that is not saved.
        if spec.key not in ROUTING_KEYS:
            self.edit.addItem(translate("Fields", "— please choose —"), None)
        for value in spec.choices:
            self.edit.addItem(texts.choice_label(spec.key, value), value)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.currentIndexChanged.connect(lambda _i: self._emit(self.edit.currentData()))
        self.row.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        index = self.edit.findData(value)
        self.edit.setCurrentIndex(max(index, 0))


class BoolEditor(FieldEditor):
    def __init__(self, spec: Field, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.edit = QCheckBox(self.label_text_for_box(), self.container)
        self.edit.setObjectName(spec.key)
        self.edit.toggled.connect(self._emit)
        self.row.addWidget(self.edit)

    def label_text(self) -> str:
        return ""

    def label_text_for_box(self) -> str:
        return super().label_text()

    def _show(self, value: Any) -> None:
        self.edit.setChecked(bool(value))


def make_editor(spec: Field, parent: QWidget, currency: str) -> FieldEditor:
    if spec.kind is Kind.MONEY:
        return MoneyEditor(spec, parent, currency)
    editor_class = {
        Kind.TEXT: TextEditor,
        Kind.DIGITS: DigitsEditor,
        Kind.LAST4: Last4Editor,
        Kind.MULTILINE: MultilineEditor,
        Kind.DATE: DateEditor,
        Kind.CHOICE: ChoiceEditor,
        Kind.BOOL: BoolEditor,
        Kind.RATE: RateEditor,
    }[spec.kind]
    return editor_class(spec, parent)
