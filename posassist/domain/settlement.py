"""The settlement check: where the shop's money went wrong, from statement rows.

Pure functions over Entry rows (no SQL, no Qt). Each finding carries a stable code, its
dates, the amount owed to the shop (negative: owed by the shop), the statement rows it
rests on and the figures a sentence in the owner's language needs (words.findings).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from posassist.domain.money import Money


class Code:
    SETTLEMENT_MISMATCH = "settlement_mismatch"  # Σamount − Σfee ≠ Σsettled, a day/batch
    PAYOUT_MISMATCH = "payout_mismatch"  # the payout line ≠ what the batch adds up to
    SETTLEMENT_NOT_CREDITED = "settlement_not_credited"  # no bank credit for a settlement
    FEE_ABOVE_AGREED = "fee_above_agreed"  # charged above the agreed rate, no consent
    DEDUCTION_AFTER_CLOSURE = "deduction_after_closure"  # fee/deduction after the end
    TRANSACTION_AFTER_CLOSURE = "transaction_after_closure"  # the terminal still used


ALL_CODES = (
    Code.SETTLEMENT_MISMATCH,
    Code.PAYOUT_MISMATCH,
    Code.SETTLEMENT_NOT_CREDITED,
    Code.FEE_ABOVE_AGREED,
    Code.DEDUCTION_AFTER_CLOSURE,
    Code.TRANSACTION_AFTER_CLOSURE,
)

RowRef = tuple[int, int]  # (statement id, line in its file)
MAX_COMBINED = 4  # settlements one bank credit may pay together


@dataclass(frozen=True, slots=True)
class Entry:
    """A statement row as the check sees it (amounts signed, in minor units)."""

    statement_id: int
    line: int
    source: str  # 'provider' or 'bank'
    on: dt.date
    amount: int
    currency: str
    fee: int | None = None
    net: int | None = None
    settled_on: dt.date | None = None
    batch: str = ""
    kind: str = ""
    status: str = ""
    reference: str = ""
    description: str = ""
    terminal_id: str = ""

    @property
    def ref(self) -> RowRef:
        return (self.statement_id, self.line)


@dataclass(frozen=True)
class Terms:
    """What the case says the check is measured against."""

    agreed_rate_ppm: int | None = None  # 0.38% -> 3800
    agreed_on: dt.date | None = None
    rise_consented: bool = False
    closed_on: dt.date | None = None
    returned_on: dt.date | None = None
    credit_delay_days: int = 5  # the provider's usual delay until the bank credit


@dataclass
class Finding:
    code: str
    key: str  # stable identity across checks (the store keeps one row per key)
    on: dt.date
    owed: Money  # to the shop; negative when the shop owes it
    rows: tuple[RowRef, ...]
    until: dt.date | None = None
    data: dict[str, str | int] = field(default_factory=dict)
    id: int | None = None
    explained_note: str | None = None  # set by the store when the owner explained it
    gone: bool = False  # a later check no longer finds it (kept, never deleted)


class RateError(ValueError):
    pass


def parse_rate(text: str) -> int:
    """'0.38%', '0.38', '0,38 %' -> 3800 (parts per million). A bare number below 0.1
    is a fraction ('0.0038'): no card rate is below 0.1%."""
    cleaned = text.strip().replace("％", "%").replace(",", ".").replace(" ", "")
    percent = cleaned.endswith("%")
    cleaned = cleaned.rstrip("%")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise RateError(text) from None
    if not percent and value < Decimal("0.1"):
        value *= 100  # 0.0038 written as a fraction
    if value < 0 or value >= 100:
        raise RateError(text)
    return int((value * 10000).to_integral_value(ROUND_HALF_UP))


def rate_text(ppm: int) -> str:
    """3800 -> '0.38%'."""
    return f"{Decimal(ppm) / 10000:.2f}%" if ppm % 100 == 0 else f"{Decimal(ppm) / 10000}%"


_FAILED = re.compile(r"失败|关闭|撤销|冲正|closed|failed|declined|cancel|denied|reversed", re.I)
_PAYOUT = re.compile(r"payout|disburse|划款|划付|结算款|清算款|结算入账|提现|auszahlung", re.I)
_DEDUCTION = re.compile(
    r"流量费|服务费|年费|租金|租赁费|维护费|押金|违约金|通讯费|会员费|扣费|扣款|sim|"
    r"\bfees?\b|rent|service charge|annual|monthly|subscription|gebühr|entgelt",
    re.I,
)
_POS_WORDS = re.compile(r"pos|收单|商户|刷卡|银联|支付|pay|流量|租|sim", re.I)


def _failed(e: Entry) -> bool:
    return bool(e.status) and bool(_FAILED.search(e.status))


def is_payout(e: Entry) -> bool:
    return bool(_PAYOUT.search(e.kind))


def is_deduction(e: Entry) -> bool:
    """A fee or charge line of its own (not a transaction's fee). Providers' 扣费明细 often
    list charges as positive numbers: a provider line whose type names a charge is one
    whatever its sign."""
    if e.amount < 0:
        return bool(_DEDUCTION.search(e.kind) or _DEDUCTION.search(e.description))
    return e.source == "provider" and e.amount > 0 and bool(_DEDUCTION.search(e.kind))


def transactions(entries: Iterable[Entry]) -> list[Entry]:
    """The provider's sale and refund lines: not failed, not payouts, not charges."""
    return [
        e
        for e in entries
        if e.source == "provider" and not _failed(e) and not is_payout(e) and not is_deduction(e)
    ]


def _group_key(e: Entry) -> tuple[str, str]:
    if e.batch:
        return (e.currency, "batch:" + e.batch)
    return (e.currency, "day:" + (e.settled_on or e.on).isoformat())


def _settled(e: Entry) -> int:
    """What a line adds to a settlement; a charge takes away, however it is written."""
    if is_deduction(e):
        return -abs(e.net if e.net is not None else e.amount)
    return e.net if e.net is not None else e.amount - (e.fee or 0)


def _day(group: list[Entry]) -> dt.date:
    return max((e.settled_on or e.on) for e in group)


def check_settlements(entries: list[Entry]) -> list[Finding]:
    """Per settlement day or batch: Σamount − Σfee against the settled amounts stated."""
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in transactions(entries):
        if e.net is not None:
            groups[_group_key(e)].append(e)
    findings = []
    for (currency, key), group in sorted(groups.items()):
        amount = sum(e.amount for e in group)
        fee = sum(e.fee or 0 for e in group)
        net = sum(e.net or 0 for e in group)
        difference = amount - fee - net
        if difference == 0:
            continue
        odd = [e.ref for e in group if e.amount - (e.fee or 0) != e.net] or [e.ref for e in group]
        findings.append(
            Finding(
                Code.SETTLEMENT_MISMATCH,
                f"{Code.SETTLEMENT_MISMATCH}:{currency}:{key}",
                _day(group),
                Money(difference, currency),
                tuple(odd),
                data={
                    "amount": amount,
                    "fee": fee,
                    "settled": net,
                    "group": key,
                    "currency": currency,
                    "count": len(group),
                },
            )
        )
    return findings


def _provider_groups(entries: list[Entry]) -> dict[tuple[str, str], list[Entry]]:
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.source == "provider" and not _failed(e):
            groups[_group_key(e)].append(e)
    return groups


def check_payouts(entries: list[Entry]) -> list[Finding]:
    """A batch's payout line against its transactions' settled amounts and deductions."""
    findings = []
    for (currency, key), group in sorted(_provider_groups(entries).items()):
        payouts = [e for e in group if is_payout(e)]
        if not payouts:
            continue
        rest = [e for e in group if not is_payout(e)]
        expected = sum(_settled(e) for e in rest)
        paid = sum(abs(e.amount) for e in payouts)
        if expected == paid:
            continue
        findings.append(
            Finding(
                Code.PAYOUT_MISMATCH,
                f"{Code.PAYOUT_MISMATCH}:{currency}:{key}",
                max(e.on for e in payouts),
                Money(expected - paid, currency),
                tuple(e.ref for e in payouts),
                data={"expected": expected, "paid": paid, "group": key, "currency": currency},
            )
        )
    return findings


def settlements(entries: list[Entry]) -> list[tuple[dt.date, int, str, tuple[RowRef, ...]]]:
    """What the provider says it paid out: payout lines, or each day's/batch's settled sum."""
    out = []
    for (currency, _key), group in sorted(_provider_groups(entries).items()):
        payouts = [e for e in group if is_payout(e)]
        if payouts:
            out.extend((e.on, abs(e.amount), currency, (e.ref,)) for e in payouts)
            continue
        moving = [e for e in group if not is_deduction(e)]
        total = sum(_settled(e) for e in group)
        if moving and total > 0:
            out.append((_day(moving), total, currency, tuple(e.ref for e in moving)))
    return sorted(out)


def _take_credit(
    credits: dict[tuple[str, int], list[tuple[dt.date, RowRef]]],
    used: set[RowRef],
    currency: str,
    total: int,
    earliest: dt.date,
    latest: dt.date,
) -> bool:
    for on, ref in credits.get((currency, total), ()):
        if ref not in used and earliest <= on <= latest:
            used.add(ref)
            return True
    return False


def check_credits(entries: list[Entry], delay_days: int = 5) -> list[Finding]:
    """Settlements with no bank credit of the same amount within the delay: money that
    never arrived. A credit may pay up to MAX_COMBINED consecutive settlements at once (a
    weekend's, paid on Monday). Only settlements the bank statements' dates cover are
    judged."""
    bank_days = [e.on for e in entries if e.source == "bank"]
    if not bank_days:
        return []
    credits: dict[tuple[str, int], list[tuple[dt.date, RowRef]]] = defaultdict(list)
    for e in sorted(entries, key=lambda e: e.on):
        if e.source == "bank" and e.amount > 0:
            credits[(e.currency, e.amount)].append((e.on, e.ref))
    first, last = min(bank_days), max(bank_days)
    delay = dt.timedelta(days=delay_days)
    used: set[RowRef] = set()
    unmatched = []
    for item in settlements(entries):
        day, total, currency, _refs = item
        if day < first or day + delay > last:
            continue  # the bank statements do not reach far enough to tell
        if not _take_credit(credits, used, currency, total, day, day + delay):
            unmatched.append(item)
    paid_together: set[int] = set()
    for start in range(len(unmatched)):
        for span in range(2, MAX_COMBINED + 1):
            run = unmatched[start : start + span]
            if len(run) < span or any(start + i in paid_together for i in range(span)):
                break
            if len({c for _d, _t, c, _r in run}) > 1 or run[-1][0] - run[0][0] > delay:
                break
            total = sum(t for _d, t, _c, _r in run)
            if _take_credit(credits, used, run[0][2], total, run[-1][0], run[0][0] + delay):
                paid_together.update(range(start, start + span))
                break
    findings = []
    for index, (day, total, currency, refs) in enumerate(unmatched):
        if index in paid_together:
            continue
        findings.append(
            Finding(
                Code.SETTLEMENT_NOT_CREDITED,
                f"{Code.SETTLEMENT_NOT_CREDITED}:{currency}:{day.isoformat()}:{total}",
                day,
                Money(total, currency),
                refs,
                until=day + delay,
                data={"settled": total, "currency": currency, "delay_days": delay_days},
            )
        )
    return findings


def expected_fee(amount: int, ppm: int) -> int:
    return int((Decimal(amount) * ppm / 1_000_000).to_integral_value(ROUND_HALF_UP))


def check_fee_rate(entries: list[Entry], terms: Terms) -> list[Finding]:
    """Fees above the agreed rate with no recorded consent: one finding per rate charged."""
    if terms.agreed_rate_ppm is None or terms.rise_consented:
        return []
    runs: dict[tuple[str, int], list[tuple[Entry, int]]] = defaultdict(list)
    for e in transactions(entries):
        if e.fee is None or e.amount <= 0 or (terms.agreed_on and e.on < terms.agreed_on):
            continue
        excess = e.fee - expected_fee(e.amount, terms.agreed_rate_ppm)
        if excess > 1:  # one fen either way is rounding
            charged = round(e.fee * 1_000_000 / e.amount / 100) * 100  # to 0.01%
            runs[(e.currency, charged)].append((e, excess))
    findings = []
    for (currency, charged), items in sorted(runs.items()):
        days = [e.on for e, _ in items]
        findings.append(
            Finding(
                Code.FEE_ABOVE_AGREED,
                f"{Code.FEE_ABOVE_AGREED}:{currency}:{charged}",
                min(days),
                Money(sum(x for _, x in items), currency),
                tuple(e.ref for e, _ in items),
                until=max(days),
                data={
                    "agreed_rate": rate_text(terms.agreed_rate_ppm),
                    "charged_rate": rate_text(charged),
                    "count": len(items),
                    "currency": currency,
                },
            )
        )
    return findings


def check_after_closure(entries: list[Entry], terms: Terms) -> list[Finding]:
    """Anything charged, and any sale taken, after the closing date or the device's return."""
    ends = [d for d in (terms.closed_on, terms.returned_on) if d is not None]
    if not ends:
        return []
    end = min(ends)
    findings = []
    for e in entries:
        if e.on <= end or _failed(e):
            continue
        ident = f"{e.currency}:{e.on.isoformat()}:{e.amount}:{e.reference or e.line}"
        if is_deduction(e) and (
            e.source == "provider" or _POS_WORDS.search(e.kind + e.description)
        ):
            code, owed = Code.DEDUCTION_AFTER_CLOSURE, abs(e.amount)
        elif e.source == "provider" and not is_payout(e) and e.amount > 0:
            code, owed = Code.TRANSACTION_AFTER_CLOSURE, 0
        else:
            continue
        findings.append(
            Finding(
                code,
                f"{code}:{ident}",
                e.on,
                Money(owed, e.currency),
                (e.ref,),
                data={
                    "end": end.isoformat(),
                    "amount": e.amount,
                    "kind": e.kind,
                    "currency": e.currency,
                },
            )
        )
    return findings


def check(entries: list[Entry], terms: Terms) -> list[Finding]:
    """Every check, findings in date order."""
    findings = (
        check_settlements(entries)
        + check_payouts(entries)
        + check_credits(entries, terms.credit_delay_days)
        + check_fee_rate(entries, terms)
        + check_after_closure(entries, terms)
    )
    return sorted(findings, key=lambda f: (f.on, f.code, f.key))
