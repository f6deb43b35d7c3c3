"""What reading a statement gives: its rows, the rows it could not read, and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from posassist.domain.money import Money


class Cancelled(Exception):
    """The owner stopped the import: nothing was stored."""


@dataclass(slots=True)
class StatementRow:
    """One transaction, fee, settlement or bank booking, as the file states it.

    Amounts are signed integer minor units: `amount` > 0 is money to the shop (a sale,
    a bank credit), < 0 money away from it (a refund, a debit, a deduction). `fee` > 0 is
    a fee charged; `net` is the settled (清分/结算) amount when the file states one.
    Text fields hold masked card numbers only.
    """

    line: int  # where the row starts in the file (1-based; a sheet's row number)
    on: dt.date
    amount: int
    currency: str
    time: str = ""
    fee: int | None = None
    net: int | None = None
    settled_on: dt.date | None = None
    # Set when `amount` is in another currency than fee and net (a conversion); the
    # check then compares in the settlement currency.
    amount_currency: str = ""
    card: str = ""
    merchant_id: str = ""
    terminal_id: str = ""
    reference: str = ""
    batch: str = ""
    kind: str = ""
    status: str = ""
    description: str = ""

    def money(self, minor: int | None) -> Money | None:
        return None if minor is None else Money(minor, self.currency)


@dataclass(frozen=True)
class BadRow:
    line: int
    code: str  # 'bad_date', 'missing_date', 'bad_amount', 'too_many_decimals',
    # 'missing_amount', 'wrong_column_count'
    field: str = ""  # which field, for 'bad_*'
    text: str = ""  # the offending (masked) cell, cut short


@dataclass(frozen=True)
class SkippedLine:
    line: int
    code: str  # 'blank' or 'footer' (lines after the last row: totals, notes)


@dataclass(frozen=True)
class Mapping:
    """Which column holds which field, as the owner chose it in the mapping dialog.

    `columns`: field name (headers.FIELDS) -> column index (0-based) or indices summed.
    `header_line`: the line of the header row (data follows it); None: every line whose
    date cell reads as a date is a row, the lines before the first one a preamble.
    """

    columns: dict[str, int | tuple[int, ...]]
    header_line: int | None = None
    delimiter: str | None = None
    sheet: str | None = None
    day_first: bool = True

    def as_dict(self) -> dict:
        """For remembering the owner's choice per provider (the settings table, as JSON)."""
        return {
            "columns": {k: list(v) for k, v in self.normalised().items()},
            "header_line": self.header_line,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "day_first": self.day_first,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Mapping:
        columns = {str(k): tuple(int(i) for i in v) for k, v in data["columns"].items()}
        return cls(
            columns,  # type: ignore[arg-type]
            data.get("header_line"),
            data.get("delimiter"),
            data.get("sheet"),
            bool(data.get("day_first", True)),
        )

    def normalised(self) -> dict[str, tuple[int, ...]]:
        return {
            name: (value,) if isinstance(value, int) else tuple(value)
            for name, value in self.columns.items()
        }


@dataclass
class ParseResult:
    name: str
    kind: str = ""  # 'csv', 'xlsx', 'xls'
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    layout: str = ""  # a preset's name, 'generic', or 'mapping' (the owner's)
    source_hint: str = ""  # 'provider' / 'bank' when the layout says so
    header_line: int | None = None
    headers: list[str] = field(default_factory=list)
    columns: dict[str, tuple[int, ...]] = field(default_factory=dict)
    rows: list[StatementRow] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    masked_bytes: bytes = b""  # the copy to store: card numbers masked
    stored_name: str = ""  # its file name (a spreadsheet is stored as CSV)
    masked_count: int = 0
    refusal: str | None = None
    refusal_detail: str = ""
    preview: list[tuple[int, list[str]]] = field(default_factory=list)  # masked

    @property
    def ok(self) -> bool:
        return self.refusal is None

    @property
    def needs_mapping(self) -> bool:
        """The app could not tell which column is what: ask the owner (mapping dialog)."""
        return self.refusal in ("no_header", "mapping_invalid")
