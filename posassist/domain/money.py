"""Money as integer minor units plus an ISO 4217 currency code.

Floats never touch an amount: 0.1 + 0.2 is not 0.3, and a dossier that is a fen out
is a dossier a bank clerk stops trusting.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Currencies a shop in the app's markets is likely to be paid in; all use 2 decimals.
CURRENCIES: dict[str, tuple[str, int]] = {
    "CNY": ("¥", 2),
    "HKD": ("HK$", 2),
    "MOP": ("MOP$", 2),
    "USD": ("$", 2),
    "EUR": ("€", 2),
    "GBP": ("£", 2),
}
DEFAULT_CURRENCY = "CNY"

_AMOUNT = re.compile(r"^(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]*))?$")


class MoneyError(ValueError):
    """A text that is not an amount. `code` names the reason for the UI to translate."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str = DEFAULT_CURRENCY

    @property
    def exponent(self) -> int:
        return CURRENCIES.get(self.currency, ("", 2))[1]

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.minor - other.minor, self.currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def plain(self) -> str:
        """1234.5 CNY -> '1,234.50' (no symbol)."""
        sign = "-" if self.minor < 0 else ""
        units, frac = divmod(abs(self.minor), 10**self.exponent)
        text = f"{units:,}"
        if self.exponent:
            text += "." + str(frac).zfill(self.exponent)
        return sign + text

    def format(self) -> str:
        """'¥1,234.50': the form the glossary asks for in both languages."""
        symbol = CURRENCIES.get(self.currency, (self.currency + " ", 2))[0]
        if self.minor < 0:
            return "-" + symbol + Money(-self.minor, self.currency).plain()
        return symbol + self.plain()


def zero(currency: str = DEFAULT_CURRENCY) -> Money:
    return Money(0, currency)


def parse_money(text: str, currency: str = DEFAULT_CURRENCY) -> Money:
    """Parse what a shop owner types: '1234.5', '1,234.50', '¥ 45', '45元', '４５'.

    Raises MoneyError('empty' | 'not_a_number' | 'too_many_decimals').
    Negative amounts are refused: who pays whom is a separate choice.
    """
    symbol, exponent = CURRENCIES.get(currency, ("", 2))
    # NFKC turns what a Chinese input method types (１２．５，￥) into plain ASCII.
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for decoration in (symbol, "¥", "￥", "元", currency, "RMB"):
        if decoration:
            cleaned = cleaned.replace(decoration, "")
    cleaned = cleaned.strip()
    if not cleaned:
        raise MoneyError("empty")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise MoneyError("not_a_number")
    frac = match.group("frac") or ""
    if len(frac) > exponent:
        raise MoneyError("too_many_decimals")
    units = int(match.group("int").replace(",", ""))
    return Money(units * 10**exponent + int(frac.ljust(exponent, "0") or 0), currency)


def total(amounts: list[Money], currency: str) -> Money:
    result = zero(currency)
    for amount in amounts:
        result = result + amount
    return result
