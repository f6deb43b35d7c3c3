"""The slips against the provider's statement rows (domain.slip_check)."""

from __future__ import annotations

import datetime as dt

from posassist.domain.settlement import Entry
from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT, Slip, check_slips

DAY = dt.date(2026, 11, 3)


def row(line: int, amount: int, on: dt.date = DAY, **kw) -> Entry:
    return Entry(1, line, "provider", on, amount, "CNY", kw.pop("fee", 38), **kw)


def slip(number: int, amount: int, on: dt.date = DAY, confirmed: bool = True, **kw) -> Slip:
    return Slip(number, f"slip-{number}.jpg", on, amount, "CNY", confirmed, **kw)


def test_a_slip_with_its_row_proves_the_row_and_finds_nothing():
    rows = [row(2, 10000, terminal_id="12345678"), row(3, 25050)]
    result = check_slips([slip(1, 25050), slip(2, 10000, terminal_id="12345678")], rows)
    assert result.findings == []
    assert result.proven == {(1, 3): 1, (1, 2): 2}


def test_a_confirmed_slip_no_row_shows_is_a_sale_never_settled():
    rows = [row(2, 10000), row(3, 10000, DAY + dt.timedelta(days=2))]
    result = check_slips([slip(4, 88800, DAY + dt.timedelta(days=1), terminal_id="1")], rows)
    (finding,) = result.findings
    assert finding.code == SLIP_NOT_IN_STATEMENT
    assert finding.on == DAY + dt.timedelta(days=1)
    assert finding.owed.minor == 88800 and finding.owed.currency == "CNY"
    assert finding.rows == ()
    assert finding.data["evidence_id"] == 4 and finding.data["name"] == "slip-4.jpg"
    assert finding.data["terminal"] == "1"
    assert finding.key == f"{SLIP_NOT_IN_STATEMENT}:4"


def test_with_an_agreed_rate_the_finding_asks_for_the_sale_less_its_fee():
    result = check_slips([slip(1, 100000)], [row(2, 5000)], agreed_rate_ppm=3800)
    assert result.findings[0].owed.minor == 100000 - 380


def test_a_slip_only_read_from_the_photo_is_no_claim():
    result = check_slips([slip(1, 88800, confirmed=False)], [row(2, 10000)])
    assert result.findings == [] and result.unconfirmed == (1,)


def test_two_slips_of_the_same_amount_need_two_rows():
    result = check_slips([slip(1, 5000), slip(2, 5000)], [row(2, 5000)])
    assert list(result.proven.values()) == [1]
    assert [f.data["evidence_id"] for f in result.findings] == [2]


def test_another_terminal_is_another_sale():
    result = check_slips([slip(1, 5000, terminal_id="00012345")], [row(2, 5000, terminal_id="999")])
    assert len(result.findings) == 1
    # Leading zeros and case are how a statement writes the same ID.
    same = check_slips([slip(1, 5000, terminal_id="00012345")], [row(2, 5000, terminal_id="12345")])
    assert same.findings == [] and same.proven == {(1, 2): 1}


def test_a_sale_after_the_cut_off_is_found_on_the_next_day():
    result = check_slips([slip(1, 5000, DAY)], [row(2, 5000, DAY + dt.timedelta(days=1))])
    assert result.findings == [] and result.proven == {(1, 2): 1}


def test_the_same_day_is_taken_before_the_next():
    rows = [row(2, 5000, DAY + dt.timedelta(days=1)), row(3, 5000, DAY)]
    result = check_slips([slip(1, 5000, DAY + dt.timedelta(days=1)), slip(2, 5000, DAY)], rows)
    assert result.proven == {(1, 2): 1, (1, 3): 2}


def test_the_reference_is_matched_first():
    rows = [row(2, 5000, reference="111"), row(3, 5000, reference="222")]
    result = check_slips([slip(1, 5000), slip(2, 5000, reference="111")], rows)
    assert result.proven == {(1, 2): 2, (1, 3): 1}


def test_slips_outside_the_statement_dates_are_not_findings():
    rows = [row(2, 5000, DAY), row(3, 6000, DAY + dt.timedelta(days=5))]
    late = slip(1, 7000, DAY + dt.timedelta(days=9))
    result = check_slips([late], rows)
    assert result.findings == [] and result.outside == (1,)
    # Only bank statements: nothing the provider said to compare with.
    bank = [Entry(1, 2, "bank", DAY, 7000, "CNY")]
    assert check_slips([slip(1, 7000)], bank).outside == (1,)


def test_payouts_charges_and_failed_sales_prove_no_slip():
    rows = [
        row(2, 5000, kind="结算划款"),
        row(3, 5000, status="交易失败"),
        row(4, 5000, kind="服务费"),
        row(5, 1, DAY + dt.timedelta(days=3)),
    ]
    result = check_slips([slip(1, 5000)], rows)
    assert result.proven == {} and len(result.findings) == 1


def test_another_currency_is_not_the_same_sale():
    result = check_slips([Slip(1, "hk.jpg", DAY, 5000, "HKD", True)], [row(2, 5000)])
    assert result.proven == {} and len(result.findings) == 1
