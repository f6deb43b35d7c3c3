"""The fields of a slip or receipt from its recognised text (domain.slip_reading): on lines
written here (fast), then through the real engine on generated Chinese slips and on the
corpus receipts."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus import corpus_file
from slips import make_slip, with_exif_orientation

from posassist.domain.evidence import Category
from posassist.domain.recognised import Line, PageText
from posassist.domain.slip import SlipField
from posassist.domain.slip_reading import read_slip
from posassist.domain.slip_values import amounts, card, dates, identifier


def page(*rows: str | tuple[str, ...]) -> PageText:
    """Lines stacked down the page; a tuple is one row of lines side by side."""
    lines = []
    for y, row in enumerate(rows):
        for x, text in enumerate((row,) if isinstance(row, str) else row):
            left, top = 20 + 300 * x, 20 + 40 * y
            box = ((left, top), (left + 280, top), (left + 280, top + 30), (left, top + 30))
            lines.append(Line(text, 0.95, box))
    return PageText(1, 900, 40 * len(rows) + 40, 0, tuple(lines))


def values(reading) -> dict[str, str]:
    return {v.field.value: v.value for v in reading.values}


def test_a_sale_slip_printed_in_chinese_gives_every_field():
    reading = read_slip(
        [
            page(
                "银联POS签购单",
                "商户编号：898440358120123",
                "终端编号：12345678",
                "卡号：622848******1234",
                "批次号：000123",
                "参考号：632979068556",
                "日期时间：2026/11/03 14:05:33",
                "金额：RMB 1,234.50",
            )
        ]
    )
    assert values(reading) == {
        "date": "2026-11-03",
        "time": "14:05:33",
        "amount": "1234.50",
        "card": "622848******1234",
        "merchant_id": "898440358120123",
        "terminal_id": "12345678",
        "batch": "000123",
        "reference": "632979068556",
        "kind": "transaction_record",
    }
    assert reading.get(SlipField.AMOUNT).currency == "CNY"
    assert reading.kind is Category.TRANSACTION_RECORD and reading.card_last4 == "1234"
    # Each value says where it was read: the line, its page and its box.
    amount = reading.get(SlipField.AMOUNT)
    assert amount.source == "金额：RMB 1,234.50" and amount.page == 1
    assert amount.box == ((20, 300), (300, 300), (300, 330), (20, 330))


def test_values_on_the_line_to_the_right_or_below_their_label():
    reading = read_slip(
        [page(("Terminal-ID", "54090902"), "Summe", "134,39 EUR", "Datum 08.10.16 14:16 Uhr")]
    )
    assert values(reading) == {
        "terminal_id": "54090902",
        "amount": "134.39",
        "date": "2016-10-08",
        "time": "14:16",
    }
    assert reading.get(SlipField.AMOUNT).currency == "EUR"


def test_the_slip_amount_wins_over_totals_and_change():
    reading = read_slip(
        [page(("BARGELD", "40,00"), ("ZURUCK", "15,77"), ("SUBTOTAL", "3.00"), ("TOTAL", "24,23"))]
    )
    assert reading.get(SlipField.AMOUNT).value == "24.23"
    labelled = read_slip([page("合计 ¥ 99.00", "交易金额：¥ 88.00")])
    assert labelled.get(SlipField.AMOUNT).value == "88.00"


def test_the_ocr_s_misreadings_are_taken_back():
    assert amounts("RMB17.612.00") == ["17612.00"]  # a thousands comma read as a dot
    assert amounts("1.234,56 €") == ["1234.56"]
    assert amounts("24,23") == ["24.23"] and amounts("RMB 100") == ["100.00"]
    assert identifier("：8986O1234567") == "898601234567"  # O for 0 among digits
    assert identifier("NO. ABC12") == "ABC12"
    reading = read_slip([page("修考号：977416187754", "日期时间：2026/01/2712:27:38")])
    assert values(reading) == {
        "reference": "977416187754",
        "date": "2026-01-27",
        "time": "12:27:38",
    }


def test_dates_as_slips_and_receipts_print_them():
    def first(text: str, month_first: bool = False) -> dt.date:
        return dates(text, month_first)[0][0]

    assert first("2026年11月3日") == dt.date(2026, 11, 3)
    assert first("日期:20261103") == dt.date(2026, 11, 3)
    assert first("26Feb201615:20") == dt.date(2016, 2, 26)
    assert first("Feb 26, 2016") == dt.date(2016, 2, 26)
    assert first("02.03.20") == dt.date(2020, 3, 2)
    assert first("Datum08.10.1614:16 Uhr") == dt.date(2016, 10, 8)  # run into the time
    assert first("03/04/2026", month_first=True) == dt.date(2026, 3, 4)
    assert first("25/12/2026", month_first=True) == dt.date(2026, 12, 25)  # only one way
    assert dates("2026/13/45") == [] and dates("Tel 0207 4940834") == []


def test_a_card_number_is_first_six_and_last_four_at_most():
    assert card("卡号：622848******1234") == "622848******1234"
    assert card("转####4577") == "****4577"
    # A full number that reached the reader unmasked is masked, never returned.
    assert card("CARD 6228480402564890018") == "622848*********0018"
    reading = read_slip([page("卡号", "6228480402564890018")])
    assert reading.get(SlipField.CARD).value == "622848*********0018"
    assert "6228480402564890018" not in repr(reading.get(SlipField.CARD).value)


def test_the_kind_of_document():
    assert read_slip([page("POS结算单", "结算总计")]).kind is Category.SETTLEMENT_SLIP
    assert read_slip([page("设备回收单")]).kind is Category.RETURN_RECEIPT
    assert read_slip([page("服务费收据")]).kind is Category.FEE_RECEIPT
    assert read_slip([page("Thank you")]).kind is None


def test_nothing_read_gives_an_empty_reading():
    assert read_slip([]).values == ()
    assert read_slip([page("   ")]).values == ()


# -- through the engine ---------------------------------------------------------------


@pytest.fixture(scope="module")
def read_slips():
    """Generated slips read by the real engine: plain, hard, stored sideways, full card."""
    from posassist.evidence.ocr import recognise_file

    slips = {
        "plain": make_slip(61),
        "hard": make_slip(62, hard=True),
        "sideways": make_slip(63),
        "full card": make_slip(64, full_card=True),
    }
    out = {}
    for name, slip in slips.items():
        data = with_exif_orientation(slip.jpeg, 6) if name == "sideways" else slip.jpeg
        out[name] = (slip, read_slip(recognise_file(data, is_pdf=False).pages))
    return out


@pytest.mark.parametrize("name", ["plain", "hard", "sideways", "full card"])
def test_fields_read_from_generated_slips(read_slips, name):
    slip, reading = read_slips[name]
    f = slip.fields
    got = values(reading)
    assert got["date"] == f["date"].replace("/", "-")
    assert got["amount"] == f["amount"].replace(",", "")
    assert reading.get(SlipField.AMOUNT).currency == "CNY"
    assert got["terminal_id"] == f["terminal_id"]
    assert reading.card_last4 == f["card"][-4:]
    assert got["card"] == f["card"][:6] + "******" + f["card"][-4:]
    assert got["kind"] == Category.TRANSACTION_RECORD.value
    if name != "hard":
        assert got["merchant_id"] == f["merchant_id"]
        assert got["batch"] == f["batch"] and got["reference"] == f["reference"]
        assert got["time"] == f["time"]


def test_a_full_card_number_in_the_photo_reaches_no_value(read_slips):
    slip, reading = read_slips["full card"]
    assert slip.fields["card"] in "".join(slip.lines)  # it was printed in full
    for value in reading.values:
        assert slip.fields["card"] not in value.value + value.source


def test_a_sideways_slip_is_read_right_side_up(read_slips):
    _slip, reading = read_slips["sideways"]
    amount = reading.get(SlipField.AMOUNT)
    (x0, y0), _, (x1, y1), _ = amount.box
    assert x1 - x0 > 3 * (y1 - y0)  # a wide box: the line lies as it is read


CORPUS_RECEIPTS = {
    "mindee__receipt.jpg": ("2016-02-26", "10.20"),
    "softmatic__aldi_02032020_19_02423.jpg": ("2020-03-02", "24.23"),
    "softmatic__ikea_08102016_12_13439.jpg": ("2016-10-08", "134.39"),
}


@pytest.mark.parametrize("name", sorted(CORPUS_RECEIPTS))
def test_date_and_total_of_real_receipts(name):
    from posassist.evidence.ocr import recognise_file

    date, total = CORPUS_RECEIPTS[name]
    reading = read_slip(recognise_file(corpus_file("receipts", name).read_bytes(), False).pages)
    assert reading.get(SlipField.DATE).value == date
    assert reading.get(SlipField.AMOUNT).value == total
