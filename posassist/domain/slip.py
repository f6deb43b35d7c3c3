"""What the slip reader found on a slip or receipt: each value normalised, with where on
which page it was read, so the window can show the box and the owner accept it with a
click. A reading is a suggestion, never a fact: nothing here is stored as the evidence's
date, category or amount until the owner accepts it (domain.evidence.Evidence).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from posassist.domain.evidence import Category
from posassist.domain.recognised import Box


class SlipField(StrEnum):
    """The fields read. Values are normalised: DATE "YYYY-MM-DD", TIME "HH:MM[:SS]", AMOUNT
    a decimal string "1234.50" (currency in ReadValue.currency), CARD "622848******1234"
    or "****1234" (first 6 / last 4 at most: a full number never leaves the reader),
    KIND a domain.evidence.Category value."""

    DATE = "date"
    TIME = "time"
    AMOUNT = "amount"
    CARD = "card"
    MERCHANT_ID = "merchant_id"
    TERMINAL_ID = "terminal_id"
    BATCH = "batch"
    REFERENCE = "reference"
    KIND = "kind"


@dataclass(frozen=True)
class ReadValue:
    field: SlipField
    value: str
    page: int  # from 1
    box: Box  # in that page's pixels (domain.recognised.PageText)
    source: str  # the line it was read from (masked like every recognised line)
    currency: str = ""  # AMOUNT only: ISO 4217, "" when the slip does not say


@dataclass(frozen=True)
class SlipReading:
    values: tuple[ReadValue, ...] = ()

    def get(self, field: SlipField) -> ReadValue | None:
        return next((v for v in self.values if v.field is field), None)

    @property
    def kind(self) -> Category | None:
        found = self.get(SlipField.KIND)
        return Category(found.value) if found else None

    @property
    def card_last4(self) -> str:
        found = self.get(SlipField.CARD)
        return found.value[-4:] if found else ""
