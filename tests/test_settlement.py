"""The settlement check as pure functions: each finding's code, date, amount and rows."""

from __future__ import annotations

import datetime as dt

import pytest

from posassist.domain.money import Money
from posassist.domain.settlement import (
    Code,
    Entry,
    RateError,
    Terms,
    check,
    expected_fee,
    parse_rate,
    rate_text,
)

D = dt.date(2026, 10, 1)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def sale(line, n, amount, fee=None, net=None, **kw) -> Entry:
    return Entry(1, line, "provider", day(n), amount, "CNY", fee, net, **kw)


def credit(line, n, amount, **kw) -> Entry:
    return Entry(2, line, "bank", day(n), amount, "CNY", **kw)


def test_rates():
    assert parse_rate("0.38%") == parse_rate("0.38") == parse_rate("0,38 %") == 3800
    assert parse_rate("0.0038") == 3800 and parse_rate("0.6%") == 6000
    assert rate_text(3800) == "0.38%" and rate_text(6850) == "0.685%"
    for bad in ("abc", "-1%", "150%", ""):
        with pytest.raises(RateError):
            parse_rate(bad)
    assert expected_fee(100000, 3800) == 380 and expected_fee(1250, 3800) == 5  # 4.75 -> 5


def test_a_day_that_adds_up_has_no_finding():
    rows = [sale(2, 0, 100000, 380, 99620), sale(3, 0, -2000, 0, -2000)]
    assert check(rows, Terms()) == []


def test_a_batch_that_does_not_add_up():
    rows = [
        sale(2, 0, 100000, 380, 99620, batch="001"),
        sale(3, 0, 50000, 190, 49310, batch="001"),  # should be 49810: 5.00 short
        sale(4, 1, 20000, 76, 19924, batch="002"),
    ]
    [finding] = check(rows, Terms())
    assert finding.code == Code.SETTLEMENT_MISMATCH
    assert finding.on == day(0) and finding.owed == Money(500)
    assert finding.rows == ((1, 3),)
    assert finding.data["settled"] == 99620 + 49310 and finding.data["group"] == "batch:001"


def test_a_settlement_missing_from_the_bank_statement():
    rows = [
        sale(2, 0, 100000, 380, 99620),
        sale(3, 1, 50000, 190, 49810),
        sale(4, 2, 30000, 114, 29886),
        credit(5, 1, 99620),
        credit(6, 5, 29886),  # day 1's 498.10 never came
        credit(7, 9, 100),
    ]
    [finding] = check(rows, Terms(credit_delay_days=5))
    assert finding.code == Code.SETTLEMENT_NOT_CREDITED
    assert (finding.on, finding.owed, finding.rows) == (day(1), Money(49810), ((1, 3),))
    assert finding.until == day(6)


def test_credits_not_yet_covered_by_the_bank_statement_are_not_judged():
    rows = [
        sale(2, 0, 100000, 380, 99620),
        sale(3, 8, 100, 0, 100),
        credit(5, 1, 99620),
        credit(6, 10, 5),
    ]
    assert check(rows, Terms(credit_delay_days=5)) == []  # day 8 + 5 > day 10


def test_a_payout_line_that_is_short():
    rows = [
        sale(2, 0, 100000, 380, 99620, batch="7"),
        Entry(1, 3, "provider", day(0), -4500, "CNY", None, -4500, batch="7", kind="流量费"),
        Entry(1, 4, "provider", day(1), -95000, "CNY", None, -95000, batch="7", kind="结算划款"),
    ]
    findings = check(rows, Terms())
    assert [(f.code, f.owed, f.rows) for f in findings] == [
        (Code.PAYOUT_MISMATCH, Money(99620 - 4500 - 95000), ((1, 4),))
    ]


def test_a_fee_rate_rise_without_consent():
    rows = [
        sale(2, 0, 100000, 380, 99620),  # 0.38%
        sale(3, 1, 1250, 5, 1245),  # 0.38% rounds to 5 fen
        sale(4, 30, 100000, 600, 99400),  # 0.60% from day 30
        sale(5, 31, 50000, 300, 49700),
    ]
    terms = Terms(agreed_rate_ppm=3800, agreed_on=D)
    [finding] = check(rows, terms)
    assert finding.code == Code.FEE_ABOVE_AGREED
    assert (finding.on, finding.until) == (day(30), day(31))
    assert finding.owed == Money((600 - 380) + (300 - 190))
    assert finding.rows == ((1, 4), (1, 5))
    assert finding.data["agreed_rate"] == "0.38%" and finding.data["charged_rate"] == "0.60%"
    assert check(rows, Terms(agreed_rate_ppm=3800, rise_consented=True)) == []
    assert check(rows, Terms(agreed_rate_ppm=6000)) == []
    assert check(rows, Terms()) == []  # no agreed rate recorded: nothing to measure


def test_deductions_and_sales_after_the_closing_date():
    rows = [
        sale(2, 0, 100000, 380, 99620),
        Entry(1, 3, "provider", day(20), -9900, "CNY", kind="流量费"),
        sale(4, 21, 5000, 19, 4981),  # the terminal was used after it went back
        credit(5, 25, 4981),  # a late settlement: fine
        Entry(2, 6, "bank", day(40), -29900, "CNY", kind="POS服务费"),
        Entry(2, 7, "bank", day(41), -5000, "CNY", kind="水电费"),  # not the provider's
    ]
    findings = check(rows, Terms(closed_on=day(15), returned_on=day(10)))
    got = [(f.code, f.on, f.owed, f.rows) for f in findings]
    assert got == [
        (Code.DEDUCTION_AFTER_CLOSURE, day(20), Money(9900), ((1, 3),)),
        (Code.TRANSACTION_AFTER_CLOSURE, day(21), Money(0), ((1, 4),)),
        (Code.DEDUCTION_AFTER_CLOSURE, day(40), Money(29900), ((2, 6),)),
    ]
    assert findings[0].data["end"] == day(10).isoformat()  # the earlier of the two dates
    assert check(rows, Terms()) == []


def test_failed_transactions_are_left_out():
    rows = [sale(2, 0, 100000, 380, 90000, status="交易失败")]
    assert check(rows, Terms()) == []


def test_finding_keys_are_stable():
    rows = [sale(2, 0, 100000, 380, 99000)]
    assert check(rows, Terms())[0].key == check(list(rows), Terms())[0].key


def test_one_credit_may_pay_a_weekend_of_settlements():
    rows = [
        sale(2, 4, 10000, 38, 9962),  # Friday
        sale(3, 5, 20000, 76, 19924),  # Saturday
        sale(4, 6, 5000, 19, 4981),  # Sunday
        sale(5, 8, 7000, 27, 6973),
        credit(6, 7, 9962 + 19924 + 4981),  # Monday: all three at once
        credit(7, 15, 1),
    ]
    [finding] = check(rows, Terms(credit_delay_days=5))
    assert (finding.code, finding.on, finding.owed) == (
        Code.SETTLEMENT_NOT_CREDITED,
        day(8),
        Money(6973),
    )


def test_a_charge_listed_as_a_positive_number_is_still_a_charge():
    rows = [
        sale(2, 0, 100000, 380, 99620, batch="7"),
        Entry(1, 3, "provider", day(0), 4500, "CNY", batch="7", kind="SIM卡流量费"),
        Entry(1, 4, "provider", day(1), -95120, "CNY", batch="7", kind="结算划款"),
        Entry(1, 5, "provider", day(30), 9900, "CNY", kind="年费"),
    ]
    findings = check(rows, Terms(closed_on=day(20)))
    assert [(f.code, f.on, f.owed) for f in findings] == [
        (Code.DEDUCTION_AFTER_CLOSURE, day(30), Money(9900))
    ]  # and the payout adds up
