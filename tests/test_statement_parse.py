"""Reading statement files: the shared corpus, and statements made here."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus import corpus_file
from statement_files import PANS, luhn_pan, provider_csv, xlsx

from posassist.statements import Mapping, parse_statement
from posassist.statements.values import ValueProblem, parse_amount, parse_date

# Every statement file of the corpus: (layout, rows, bad rows) or the refusal code.
CORPUS = {
    "csvkit__bad.csv": "no_header",
    "csvkit__mac_newlines.csv": "no_header",
    "csvkit__null_byte.csv": "no_header",
    "csvkit__sniff_limit.csv": "no_header",
    "csvkit__test_latin1.csv": "no_header",
    "csvkit__test_locale.csv": "no_header",
    "csvkit__test_utf16_little.csv": "no_header",
    "csvkit__test_utf8_bom.csv": "no_header",
    "deg__example-alipay-records.csv": ("alipay", 10, 0),
    "deg__example-icbc-debit-v2-records.csv": ("icbc", 11, 0),
    "deg__example-jd-records.csv": ("jd", 21, 5),
    "deg__example-mt-records.csv": ("meituan", 29, 0),
    "deg__example-wechat-records.csv": ("wechat", 27, 0),
    "deg__example-wechat-records.xlsx": ("wechat", 27, 0),
    "deg__交易明细_xxxx_2025xxxx_2025xxxx.xls": ("ccb", 6, 0),
    "oca__adyen_settlement_detail_report_batch_380.csv": ("adyen", 228, 0),
    "oca__adyen_test.xlsx": ("adyen", 21, 0),
    "oca__braintree_pull_report.csv": ("braintree", 2, 0),
    "oca__paypal_activity_en.csv": ("paypal", 76, 0),
    "oca__paypal_statement_es.csv": ("paypal_es", 4, 0),
    "rechnungspilot__commerzbank.csv": ("commerzbank", 7, 0),
    "rechnungspilot__dkb.csv": ("dkb", 8, 0),
    "rechnungspilot__ing.csv": ("ing", 19, 1),
    "rechnungspilot__paypal.csv": ("paypal_de", 11, 0),
}


def test_the_table_covers_every_corpus_statement():
    folder = corpus_file("statements", "deg__example-alipay-records.csv").parent
    present = {p.name for p in folder.iterdir() if p.is_file()}
    assert present == set(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_corpus_statement_is_read_or_refused_with_a_reason(name: str):
    path = corpus_file("statements", name)
    result = parse_statement(path.read_bytes(), name)
    expected = CORPUS[name]
    if isinstance(expected, str):
        assert result.refusal == expected
        assert result.needs_mapping  # the mapping dialog can still read it
        assert result.rows == [] and result.preview  # a preview for that dialog
        return
    layout, rows, bad = expected
    assert result.refusal is None, result.refusal_detail
    assert (result.layout, len(result.rows), len(result.bad_rows)) == (layout, rows, bad)
    assert result.masked_bytes  # the copy to store
    for row in result.rows:
        assert row.on.year >= 2015


def test_corpus_rows_carry_the_right_values():
    alipay = parse_statement(
        corpus_file("statements", "deg__example-alipay-records.csv").read_bytes(), "a.csv"
    )
    assert alipay.encoding == "gb18030" and alipay.header_line == 25
    first = alipay.rows[0]
    assert (first.line, first.on, first.time, first.amount) == (
        26,
        dt.date(2023, 2, 12),
        "21:32:14",
        -4974,
    )  # 支出 49.74
    income = next(r for r in alipay.rows if r.amount > 0 and r.kind == "转账红包")
    assert income.amount == 22222850
    # ICBC: separate in/out columns with thousands separators, padded cells, a 合计 footer.
    icbc = parse_statement(
        corpus_file("statements", "deg__example-icbc-debit-v2-records.csv").read_bytes(), "i.csv"
    )
    assert [r.amount for r in icbc.rows[:3]] == [-1340, -123456, 123456]
    assert any(s.code == "footer" for s in icbc.skipped)
    # Adyen: fees are four columns summed; net in its own credit/debit columns.
    adyen = parse_statement(
        corpus_file("statements", "oca__adyen_settlement_detail_report_batch_380.csv").read_bytes(),
        "a",
    )
    row = adyen.rows[0]
    assert (row.amount, row.fee, row.net, row.batch, row.currency) == (3145, 30, 3115, "380", "USD")
    # PayPal writes fees as negative numbers: stored as a fee charged.
    paypal = parse_statement(
        corpus_file("statements", "oca__paypal_activity_en.csv").read_bytes(), "p"
    )
    assert (paypal.rows[0].amount, paypal.rows[0].fee, paypal.rows[0].net) == (8400, 425, 7975)
    # German decimal commas and a Latin-1 file; ING's row without its Buchungstext is bad.
    ing = parse_statement(corpus_file("statements", "rechnungspilot__ing.csv").read_bytes(), "i")
    assert ing.encoding == "cp1252" and ing.delimiter == ";"
    assert ing.bad_rows[0].line == 22 and ing.bad_rows[0].code == "wrong_column_count"
    assert any(r.amount == -20000 for r in ing.rows)  # -200,00
    dkb = parse_statement(corpus_file("statements", "rechnungspilot__dkb.csv").read_bytes(), "d")
    assert dkb.rows[0].currency == "EUR"  # from the header 'Betrag (€)'
    # JD writes partial refunds into the amount cell: those rows are bad, by line.
    jd = parse_statement(corpus_file("statements", "deg__example-jd-records.csv").read_bytes(), "j")
    assert {b.code for b in jd.bad_rows} == {"bad_amount"}
    assert jd.bad_rows[0].line == 26 and "已退款" in jd.bad_rows[0].text


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("1,234.50", 123450),
        ("¥1,234.50", 123450),
        ("RMB 45", 4500),
        ("45元", 4500),
        ("(12.00)", -1200),
        ("-0.38", -38),
        ("１２．５０", 1250),
        ("￥１，０００", 100000),
        ("9,90-", None),
        ("+3.1", 310),
        ("-", None),
        ("", None),
        ("/", None),
    ],
)
def test_amounts(text: str, minor: int | None):
    if text == "9,90-":
        assert parse_amount(text, decimal_comma=True) == -990
        return
    assert parse_amount(text) == minor


def test_amounts_that_are_not_amounts():
    for text in ("12.3.4", "abc", "1.234"):
        with pytest.raises(ValueProblem):
            parse_amount(text if text != "1.234" else "1.2345")
    assert parse_amount("1.234,56 €", decimal_comma=True) == 123456
    assert parse_date("2026年1月31日") == dt.date(2026, 1, 31)
    assert parse_date("20260131") == dt.date(2026, 1, 31)
    assert parse_date("31.01.26") == dt.date(2026, 1, 31)
    with pytest.raises(ValueProblem):
        parse_date("2026-02-30 10:00")


def test_gbk_with_preamble_and_full_card_numbers_is_masked():
    data = provider_csv(
        [
            ("2026-10-02", "1,000.00", "3.80", "996.20", PANS[0], "001", "消费"),
            ("2026-10-02", "(20.00)", "0.00", "-20.00", PANS[1], "001", "退货"),
            ("2026-10-03", "￥88.00", "0.33", "87.67", "6222 0277 7777 7774", "002", "消费"),
        ]
    )
    assert all(p.encode() in data for p in PANS[:2])
    result = parse_statement(data, "清分明细.csv")
    assert result.encoding == "gb18030" and result.header_line == 5
    assert [r.amount for r in result.rows] == [100000, -2000, 8800]
    assert result.rows[0].card == PANS[0][:6] + "******" + PANS[0][-4:]
    assert result.masked_count == 3
    assert result.masked_bytes.decode("gb18030").count("商户清分明细") == 1  # still GBK
    for pan in PANS[:2]:
        assert pan.encode() not in result.masked_bytes
    assert b"6222 0277 7777 7774" not in result.masked_bytes
    assert [(s.line, s.code) for s in result.skipped] == [
        (9, "blank"),
        (10, "footer"),
        (11, "footer"),
    ]


def test_card_numbers_anywhere_in_a_cell_are_masked_and_other_numbers_kept():
    pan = luhn_pan("4", 13)
    text = (
        f"交易日期,交易金额,摘要\n2026-10-02,1.00,卡{pan}付款\n"
        "2026-10-02,2.00,订单1234567890123\n"
    )  # 13 digits, not Luhn-valid
    result = parse_statement(text.encode("utf-8-sig"), "s.csv")
    assert result.rows[0].kind == f"卡{pan[:6]}***{pan[-4:]}付款"
    assert result.rows[1].kind == "订单1234567890123"
    assert result.masked_count == 1 and result.encoding == "utf-8-bom"
    assert result.masked_bytes.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("header", ["CVV2", "卡验证码", "磁道信息", "PIN", "Track 2", "有效期"])
def test_a_column_of_card_secrets_is_refused(header: str):
    data = f"交易日期,交易金额,{header}\n2026-10-02,1.00,123\n".encode()
    result = parse_statement(data, "s.csv")
    assert result.refusal == "sensitive_column" and result.refusal_detail == header
    assert result.rows == [] and not result.needs_mapping


def test_shipping_or_opinion_columns_are_not_taken_for_a_pin():
    data = b"date,amount,Shipping,Opinion\n2026-10-02,1.00,x,y\n"
    assert parse_statement(data, "s.csv").ok


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-16", "\t"),
        ("utf-16-le", ";"),
        ("gb18030", ";"),
        ("utf-8", "\t"),
        ("utf-8", "|"),
    ],
)
def test_encodings_and_delimiters(encoding: str, delimiter: str):
    lines = [
        "交易日期,交易金额,手续费,结算金额",
        "2026-10-02,100.00,0.38,99.62",
        '2026-10-03,"1,000.00",3.80,996.20',
    ]
    text = "\n".join(line.replace(",", delimiter) if delimiter != "," else line for line in lines)
    if delimiter != ",":  # the thousands separator stays inside the quoted cell
        text = text.replace(f'"1{delimiter}000.00"', '"1,000.00"')
    result = parse_statement(text.encode(encoding), "s.csv")
    assert result.delimiter == delimiter
    assert [(r.amount, r.fee, r.net) for r in result.rows] == [
        (10000, 38, 9962),
        (100000, 380, 99620),
    ]


def test_bad_rows_by_line_and_reason():
    text = (
        "交易日期,交易金额,摘要\n"
        '2026-10-02,1.00,"两行\n的摘要"\n'  # a quoted cell over two lines
        "2026-13-40,2.00,x\n"
        "2026-10-03,abc,x\n"
        "2026-10-04,3.00\n"
        "2026-10-05,4.00,x,extra\n"
        "2026-10-06,5.00,x\n"
    )
    result = parse_statement(text.encode(), "s.csv")
    assert [(b.line, b.code) for b in result.bad_rows] == [
        (4, "bad_date"),
        (5, "bad_amount"),
        (6, "wrong_column_count"),
        (7, "wrong_column_count"),
    ]
    assert [(r.line, r.amount) for r in result.rows] == [(2, 100), (8, 500)]


def test_an_explicit_mapping_reads_what_the_headers_do_not_say():
    text = "说明行\nA,B,C\n02/10/2026,x,12.50\n03/10/2026,y,7.00\n"
    result = parse_statement(text.encode(), "s.csv")
    assert result.needs_mapping and result.preview[1] == (2, ["A", "B", "C"])
    mapping = Mapping({"date": 0, "amount": 2, "kind": 1}, header_line=2)
    mapped = parse_statement(text.encode(), "s.csv", mapping)
    assert mapped.layout == "mapping" and mapped.headers == ["A", "B", "C"]
    assert [(r.on, r.amount, r.kind) for r in mapped.rows] == [
        (dt.date(2026, 10, 2), 1250, "x"),
        (dt.date(2026, 10, 3), 700, "y"),
    ]
    # No header line given: rows start where the date column holds dates.
    loose = parse_statement(text.encode(), "s.csv", Mapping({"date": 0, "amount": 2}))
    assert [r.line for r in loose.rows] == [3, 4]
    import json

    remembered = Mapping.from_dict(json.loads(json.dumps(mapping.as_dict())))
    assert parse_statement(text.encode(), "s.csv", remembered).rows == mapped.rows
    bad = parse_statement(text.encode(), "s.csv", Mapping({"amount": 2}))
    assert bad.refusal == "mapping_invalid" and bad.needs_mapping


def test_a_spreadsheet_is_read_and_stored_as_masked_csv():
    data = xlsx(
        [
            ["导出信息"],
            ["交易日期", "交易金额", "手续费", "卡号"],
            ["2026-10-02", "¥1,000.00", "3.80", PANS[2]],
            ["2026-10-03", "50", "0.19", PANS[3]],
        ]
    )
    result = parse_statement(data, "明细.xlsx")
    assert result.ok and result.kind == "xlsx" and result.header_line == 2
    assert [(r.amount, r.fee, r.card[:6]) for r in result.rows] == [
        (100000, 380, PANS[2][:6]),
        (5000, 19, PANS[3][:6]),
    ]
    assert result.masked_count == 2 and result.stored_name == "明细.xlsx.csv"
    stored = result.masked_bytes.decode("utf-8-sig")
    assert "交易日期" in stored and PANS[2] not in stored and PANS[3] not in stored


def test_what_is_not_a_statement():
    assert parse_statement(b"", "e.csv").refusal == "empty"
    assert parse_statement(b"%PDF-1.4\n...", "x.pdf").refusal == "not_a_statement"
    assert parse_statement(b"PK\x03\x04" + b"\0" * 40, "x.xlsx").refusal in (
        "not_a_statement",
        "unreadable_spreadsheet",
    )
    broken = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
    assert parse_statement(broken, "x.xls").refusal == "unreadable_spreadsheet"


def test_the_fast_luhn_check_agrees_with_the_textbook_one():
    import random

    from posassist.domain.cards import luhn_valid

    def textbook(digits: str) -> bool:
        total = 0
        for position, char in enumerate(reversed(digits)):
            value = int(char) * (2 if position % 2 else 1)
            total += value - 9 if value > 9 else value
        return total % 10 == 0

    rng = random.Random(11)
    for _ in range(5000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(13, 19)))
        assert luhn_valid(digits) == textbook(digits)


def test_a_damaged_spreadsheet_that_makes_calamine_abort_is_refused_not_fatal():
    # 12 bytes inserted into the CCB export make calamine ask for 2 GB and abort the
    # process it runs in: the child that reads it dies, the file is refused.
    original = corpus_file("statements", "deg__交易明细_xxxx_2025xxxx_2025xxxx.xls").read_bytes()
    damaged = original[:10218] + bytes.fromhex("efb99022ef537b596a16dc8a") + original[10218:]
    result = parse_statement(damaged, "x.xls")
    assert result.refusal == "unreadable_spreadsheet" and result.rows == []


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_damaged_copies_of_corpus_statements_are_read_or_refused(name: str):
    import random

    data = corpus_file("statements", name).read_bytes()
    rng = random.Random(name)
    for attempt in range(3 if name.endswith((".xls", ".xlsx")) else 12):
        damaged = bytearray(data)
        if attempt % 3 == 0:
            damaged = damaged[: rng.randint(0, len(damaged))]  # cut off
        elif attempt % 3 == 1:
            for _ in range(rng.randint(1, 20)):  # bytes changed
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        else:  # bytes inserted
            at = rng.randint(0, len(damaged))
            damaged[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        result = parse_statement(bytes(damaged), name)
        assert result.ok or result.refusal
        assert result.ok or not result.rows


def test_a_card_number_in_the_file_name_is_masked_too():
    result = parse_statement(b"date,amount\n2026-10-02,1.00\n", f"{PANS[0]}.csv")
    assert PANS[0] not in result.name + result.stored_name and result.masked_count == 1


def test_an_acquirers_settlement_detail_is_read_by_its_header_names():
    # 银联商务/拉卡拉-style 清算明细: every column named as acquirers name them.
    text = (
        "商户编号,终端编号,交易日期,交易时间,卡号,交易类型,交易金额,商户手续费,实际入账金额,"
        "参考号,批次号,清算日期\n"
        f"898310058120345,12345678,20261002,101500,{PANS[0]},消费,1000.00,3.80,996.20,"
        "123456789012,000001,20261003\n"
    )
    [row] = parse_statement(text.encode("gb18030"), "清算明细.csv").rows
    assert (row.merchant_id, row.terminal_id, row.on, row.amount, row.fee, row.net) == (
        "898310058120345",
        "12345678",
        dt.date(2026, 10, 2),
        100000,
        380,
        99620,
    )
    assert (row.reference, row.batch, row.settled_on, row.kind) == (
        "123456789012",
        "000001",
        dt.date(2026, 10, 3),
        "消费",
    )
    assert row.card == PANS[0][:6] + "******" + PANS[0][-4:]
