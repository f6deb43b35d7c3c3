"""The fields of a slip or receipt, from the text read on it (domain.recognised): the
transaction date and time, the amount and currency, the card (first 6 / last 4 at most),
merchant and terminal IDs, batch and reference numbers, and what kind of document it is.

Each value is found after its label (商户编号, TERMINAL NO, 金额, Summe …), on the same line
or, as receipts print them, on the line to its right or the next one; a date or an amount
with no label is taken only when nothing labelled is there. Every value keeps the line it
was read from and that line's box, so the owner sees where it came from before accepting
it (domain.slip). Pure: no engine, no store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from posassist.domain.evidence import Category
from posassist.domain.recognised import Line, PageText
from posassist.domain.slip import ReadValue, SlipField, SlipReading
from posassist.domain.slip_values import (
    amounts,
    card,
    currency_of,
    dates,
    identifier,
    normalised,
    times,
)

_LABELS = {
    SlipField.MERCHANT_ID: r"商户(?:编号|编码|代码|号)|merchant\s*(?:no|id|number)|\bM-?ID\b",
    SlipField.TERMINAL_ID: r"终端(?:编号|编码|代码|号)|terminal\s*-?\s*(?:no|id|number)?|\bT-?ID\b",
    SlipField.BATCH: r"批次号?|batch\s*(?:no|number)?",
    # 参考号 read as 考号, 修考号, 修号号 on faded prints.
    SlipField.REFERENCE: (
        r"(?:检索)?参考号|[参修]?[考号]号|\bref(?:erence)?\s*\.?\s*(?:no|number)?\b"
    ),
    SlipField.CARD: r"卡号|card\s*(?:no|number)|karte",
}
_LABEL = {f: re.compile(p, re.I) for f, p in _LABELS.items()}
_DATE_LABEL = re.compile(r"日期|时间|date|datum|time", re.I)
# Amount labels, best first: what a sale slip calls the amount, then a receipt's total.
_AMOUNT_LABELS = (
    re.compile(r"交易金额|金额|amount|\bamt\b|betrag\b", re.I),
    re.compile(r"实收|应收|合计|总计|总额|\btotal\b|summe|zu\s*zahlen|gesamt", re.I),
    # A label the OCR lost ("金：RMB 70.659.00"): the currency is the label.
    re.compile(r"RMB|CNY|人民币|[¥￥]", re.I),
)
_NOT_THE_AMOUNT = re.compile(
    r"(?<![a-z])(?:sub\s*total|vat|tax|mwst|netto|change|zur[uü]ck|tip|balance|discount|"
    r"bargeld|cash\s*tendered)|找零|小费|余额|优惠|原价|积分",
    re.I,
)
_KINDS = (
    (re.compile(r"结算单|结算总计|结算汇总|settlement", re.I), Category.SETTLEMENT_SLIP),
    (re.compile(r"回收|归还|退机|设备退回|return\s*receipt", re.I), Category.RETURN_RECEIPT),
    (
        re.compile(
            r"(?:手续费|服务费|年费|流量费|租金|押金).{0,8}(?:收据|发票|凭证)|fee\s*receipt", re.I
        ),
        Category.FEE_RECEIPT,
    ),
    (
        re.compile(r"签购单|签购|sales?\s*slip|消费\s*sale|\bsale\b", re.I),
        Category.TRANSACTION_RECORD,
    ),
)


@dataclass(frozen=True)
class _Text:
    page: int
    index: int
    line: Line
    text: str  # normalised

    @property
    def top(self) -> float:
        return min(y for _, y in self.line.box)

    @property
    def bottom(self) -> float:
        return max(y for _, y in self.line.box)

    @property
    def left(self) -> float:
        return min(x for x, _ in self.line.box)


def _texts(pages: Sequence[PageText]) -> list[_Text]:
    return [
        _Text(p.number, i, line, normalised(line.text))
        for p in pages
        for i, line in enumerate(p.lines)
        if line.text.strip()
    ]


def _after(texts: list[_Text], at: _Text) -> Iterator[_Text]:
    """What may hold a label's value: the lines to its right on the same row, left to
    right, then the next line in reading order."""
    same_page = [t for t in texts if t.page == at.page and t is not at]
    middle = (at.top + at.bottom) / 2
    row = sorted(
        (t for t in same_page if t.top < middle < t.bottom and t.left > at.left),
        key=lambda t: t.left,
    )
    yield from row
    following = [t for t in same_page if t.index > at.index and t not in row]
    if following:
        yield following[0]


def _value(field: SlipField, t: _Text, text: str, currency: str = "") -> ReadValue:
    return ReadValue(field, text, t.page, t.line.box, t.line.text, currency)


def _labelled(texts: list[_Text], field: SlipField) -> ReadValue | None:
    label = _LABEL[field]
    for t in texts:
        found = label.search(t.text)
        if not found:
            continue
        places = [(t, t.text[found.end() :])] + [(n, n.text) for n in _after(texts, t)]
        for where, rest in places:
            value = card(rest) if field is SlipField.CARD else identifier(rest)
            if value:
                return _value(field, where, value)
    return None


def _card(texts: list[_Text]) -> ReadValue | None:
    """The labelled card, else any masked card number on the slip."""
    found = _labelled(texts, SlipField.CARD)
    if found:
        return found
    for t in texts:
        if value := card(t.text):
            return _value(SlipField.CARD, t, value)
    return None


def _amount(texts: list[_Text]) -> ReadValue | None:
    slip_currency = next((c for t in texts if (c := currency_of(t.text))), "")
    for label in _AMOUNT_LABELS:
        for t in texts:
            found = label.search(t.text)
            if not found or _NOT_THE_AMOUNT.search(t.text):
                continue
            places = [(t, t.text[found.end() :])] + [(n, n.text) for n in _after(texts, t)]
            for where, rest in places:
                values = [a for a in amounts(rest) if not a.startswith("-")]
                if values:
                    currency = currency_of(where.text) or currency_of(t.text) or slip_currency
                    return _value(SlipField.AMOUNT, where, values[0], currency)
    return None


def _date_time(texts: list[_Text], month_first: bool) -> list[ReadValue]:
    """The labelled date (else the first date on the slip) and the time beside it."""
    labelled = [t for t in texts if _DATE_LABEL.search(t.text)]
    for t in labelled + [t for t in texts if t not in labelled]:
        found = dates(t.text, month_first)
        if not found:
            continue
        day, (_, end) = found[0]
        out = [_value(SlipField.DATE, t, day.isoformat())]
        clock = times(t.text[end:]) or times(t.text)
        if clock:
            out.append(_value(SlipField.TIME, t, clock[0]))
        return out
    return []


def _kind(texts: list[_Text]) -> ReadValue | None:
    for pattern, category in _KINDS:
        for t in texts:
            if pattern.search(t.text):
                return _value(SlipField.KIND, t, category.value)
    return None


def read_slip(pages: Sequence[PageText]) -> SlipReading:
    """The fields found on the pages of one slip or receipt (possibly none)."""
    texts = _texts(pages)
    if not texts:
        return SlipReading()
    amount = _amount(texts)
    values: list[ReadValue | None] = [
        *_date_time(texts, month_first=amount is not None and amount.currency == "USD"),
        amount,
        _card(texts),
        _labelled(texts, SlipField.MERCHANT_ID),
        _labelled(texts, SlipField.TERMINAL_ID),
        _labelled(texts, SlipField.BATCH),
        _labelled(texts, SlipField.REFERENCE),
        _kind(texts),
    ]
    return SlipReading(tuple(v for v in values if v is not None))
