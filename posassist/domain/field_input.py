"""A field's value from typed text, by the rules the window's editors apply: card
numbers shortened, the last 4 digits only, amounts in the case's currency, ISO dates,
one of the field's choices. The command line's `set` uses it; the window's editors
apply the same rules as the user types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from posassist.domain.cards import is_last4, mask_card_numbers
from posassist.domain.catalogue import Field, Kind
from posassist.domain.completeness import Code, field_problem
from posassist.domain.money import MoneyError, parse_money

TRUE_WORDS = {"yes", "true", "1", "on", "是", "对"}
FALSE_WORDS = {"no", "false", "0", "off", "否", "不"}


class FieldInputError(ValueError):
    """Typed text that cannot be this field's value; `code` says why."""

    def __init__(self, key: str, code: str, text: str) -> None:
        super().__init__(f"{key}: {code}: {text!r}")
        self.key, self.code, self.text = key, code, text


@dataclass(frozen=True)
class ParsedValue:
    value: Any  # None clears the field
    masked_cards: int = 0  # card numbers shortened to first 6 + last 4
    warning: Code | None = None  # kept, but worth a look (e.g. an unusual length)


def parse_field(spec: Field, text: str, currency: str) -> ParsedValue:
    """Raises FieldInputError with code not_a_date, not_an_amount, too_many_decimals,
    not_a_choice, not_last4, not_yes_no or not_a_rate."""
    text = text.strip()
    if not text:
        return ParsedValue(None)
    if spec.kind is Kind.DATE:
        try:
            return ParsedValue(dt.date.fromisoformat(text))
        except ValueError:
            raise FieldInputError(spec.key, "not_a_date", text) from None
    if spec.kind is Kind.MONEY:
        try:
            return ParsedValue(parse_money(text, currency))
        except MoneyError as error:
            code = "too_many_decimals" if error.code == "too_many_decimals" else "not_an_amount"
            raise FieldInputError(spec.key, code, text) from None
    if spec.kind is Kind.CHOICE:
        if text not in spec.choices:
            raise FieldInputError(spec.key, "not_a_choice", text)
        return ParsedValue(text)
    if spec.kind is Kind.BOOL:
        word = text.lower()
        if word in TRUE_WORDS:
            return ParsedValue(True)
        if word in FALSE_WORDS:
            return ParsedValue(False)
        raise FieldInputError(spec.key, "not_yes_no", text)
    if spec.kind is Kind.LAST4:
        digits = text.replace(" ", "")
        if len(digits) > 4 and digits.isdigit():
            digits = digits[-4:]  # as the window does: only the last 4 are ever kept
        if not is_last4(digits):
            raise FieldInputError(spec.key, "not_last4", text)
        return ParsedValue(digits)
    if spec.kind is Kind.RATE:
        from posassist.domain.settlement import RateError, parse_rate, rate_text

        try:
            return ParsedValue(rate_text(parse_rate(text)))
        except RateError:
            raise FieldInputError(spec.key, "not_a_rate", text) from None
    if spec.kind is Kind.DIGITS:
        value = text.replace(" ", "")
        return ParsedValue(value, warning=field_problem(spec, value))
    masked, count = mask_card_numbers(text)
    return ParsedValue(masked, masked_cards=count)
