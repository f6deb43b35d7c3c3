"""One record (a list of cells) to a StatementRow or a BadRow: the hot loop of an import.

Written for 100,000-row files: the columns are looked up once, each cell is read by the
one parser its field needs, and the decimal-comma question is settled once per column.
"""

from __future__ import annotations

from posassist.domain.statement import BadRow, StatementRow
from posassist.statements.values import (
    EMPTY_MARKS,
    ValueProblem,
    looks_decimal_comma,
    parse_amount,
    parse_date,
    parse_time,
)

_OUT_WORDS = frozenset({"支出", "支", "出", "借", "借方", "付", "debit", "dr", "d", "soll", "out"})
_IN_WORDS = frozenset({"收入", "收", "入", "贷", "贷方", "credit", "cr", "c", "haben", "in"})
_TEXT_FIELDS = (
    "card",
    "merchant_id",
    "terminal_id",
    "reference",
    "batch",
    "kind",
    "status",
    "description",
)
_CURRENCY_WORDS = {
    "人民币": "CNY",
    "rmb": "CNY",
    "元": "CNY",
    "美元": "USD",
    "欧元": "EUR",
    "港币": "HKD",
    "港元": "HKD",
    "英镑": "GBP",
}
SAMPLE_ROWS = 200


def currency_code(text: str, default: str) -> str:
    text = text.strip()
    if not text or text in EMPTY_MARKS:
        return default
    if len(text) == 3 and text.isalpha() and text.isascii():
        return text.upper()
    return _CURRENCY_WORDS.get(text.lower(), default)


def _clean(text: str) -> str:
    text = text.strip()
    return "" if text in EMPTY_MARKS else text[:200]


class RowReader:
    def __init__(
        self,
        columns: dict[str, tuple[int, ...]],
        width: int | None,
        currency: str,
        day_first: bool = True,
        fee_negative: bool = False,
    ) -> None:
        self.columns = columns
        self.width = width
        self.currency = currency
        self.day_first = day_first
        self.fee_negative = fee_negative
        self.needed = max(i for indices in columns.values() for i in indices) + 1
        self.date_col = columns["date"][0]
        self.rows: list[StatementRow] = []
        self.bad: list[BadRow] = []
        self.undated: set[int] = set()  # bad rows with no date: a footer, if at the end
        self._comma: dict[int, bool] | None = None
        self._pending: list[tuple[int, list[str]]] = []
        self._amount_cols = [
            (name, cols) for name, cols in columns.items() if name in _AMOUNT_NAMES
        ]
        self._text_cols = [(n, columns[n][0]) for n in _TEXT_FIELDS if n in columns]

    def has_date(self, cells: list[str]) -> bool:
        if len(cells) <= self.date_col:
            return False
        try:
            return parse_date(cells[self.date_col], self.day_first) is not None
        except ValueProblem:
            return False

    def read(self, line: int, cells: list[str]) -> None:
        if self._comma is None:  # decide decimal commas on the first rows, then read them
            self._pending.append((line, cells))
            if len(self._pending) >= SAMPLE_ROWS:
                self._settle()
            return
        self._read(line, cells)

    def finish(self) -> None:
        if self._comma is None:
            self._settle()
        if self.fee_negative or self._fees_mostly_negative():
            for row in self.rows:
                if row.fee is not None:
                    row.fee = -row.fee

    def _settle(self) -> None:
        self._comma = {}
        for _name, cols in self._amount_cols:
            for col in cols:
                samples = [c[col] for _l, c in self._pending if len(c) > col and c[col].strip()]
                self._comma[col] = looks_decimal_comma(samples[:SAMPLE_ROWS])
        pending, self._pending = self._pending, []
        for line, cells in pending:
            self._read(line, cells)

    def _fees_mostly_negative(self) -> bool:
        negative = sum(1 for r in self.rows if r.fee is not None and r.fee < 0)
        positive = sum(1 for r in self.rows if r.fee is not None and r.fee > 0)
        return negative > positive

    def _bad(self, line: int, cells: list[str], code: str, field: str = "", text: str = "") -> None:
        self.bad.append(BadRow(line, code, field, text[:40]))
        if not self.has_date(cells):
            self.undated.add(line)

    def _read(self, line: int, cells: list[str]) -> None:
        count = len(cells)
        if count < self.needed or (
            self.width is not None
            and count > self.width
            and any(c.strip() for c in cells[self.width :])
        ):
            self._bad(line, cells, "wrong_column_count", text=str(count))
            return
        try:
            on = parse_date(cells[self.date_col], self.day_first)
        except ValueProblem:
            self._bad(line, cells, "bad_date", "date", cells[self.date_col].strip())
            return
        if on is None:
            self._bad(line, cells, "missing_date", "date")
            return
        values: dict[str, int | None] = {}
        comma = self._comma or {}
        for name, cols in self._amount_cols:
            total: int | None = None
            for col in cols:
                try:
                    value = parse_amount(cells[col], 2, comma.get(col, False))
                except ValueProblem as problem:
                    self._bad(line, cells, problem.code, name, cells[col].strip())
                    return
                if value is not None:
                    total = value if total is None else total + value
            values[name] = total
        amount = values.get("amount")
        if amount is None and ("amount_in" in values or "amount_out" in values):
            inflow, outflow = values.get("amount_in"), values.get("amount_out")
            if inflow is not None or outflow is not None:
                amount = abs(inflow or 0) - abs(outflow or 0)
        net = values.get("net")
        if net is None and ("net_in" in values or "net_out" in values):
            inflow, outflow = values.get("net_in"), values.get("net_out")
            if inflow is not None or outflow is not None:
                net = abs(inflow or 0) - abs(outflow or 0)
        if amount is None:
            amount = net  # a fee or payout line that states only what it moved
        if amount is None:
            self._bad(line, cells, "missing_amount", "amount")
            return
        columns = self.columns
        if "direction" in columns:
            word = cells[columns["direction"][0]].strip().lower()
            if word in _OUT_WORDS:
                amount = -abs(amount)
                net = None if net is None else -abs(net)
            elif word in _IN_WORDS:
                amount = abs(amount)
        row = StatementRow(line, on, amount, self.currency, fee=values.get("fee"), net=net)
        if "time" in columns:
            row.time = parse_time(cells[columns["time"][0]])
        if not row.time:
            row.time = parse_time(cells[self.date_col][10:])
        if "settled_on" in columns:
            try:
                row.settled_on = parse_date(cells[columns["settled_on"][0]], self.day_first)
            except ValueProblem:
                self._bad(line, cells, "bad_date", "settled_on", cells[columns["settled_on"][0]])
                return
        if "currency" in columns:
            row.currency = currency_code(cells[columns["currency"][0]], self.currency)
        if "amount_currency" in columns:
            gross = currency_code(cells[columns["amount_currency"][0]], row.currency)
            row.amount_currency = "" if gross == row.currency else gross
        for name, col in self._text_cols:
            setattr(row, name, _clean(cells[col]))
        self.rows.append(row)


_AMOUNT_NAMES = frozenset({"amount", "amount_in", "amount_out", "fee", "net", "net_in", "net_out"})
