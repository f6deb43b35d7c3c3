import pytest

from posassist.domain.money import Money, MoneyError, parse_money, total


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("0", 0),
        ("45", 4500),
        ("45.5", 4550),
        ("1,234.50", 123450),
        ("¥1,234.50", 123450),
        ("￥ 99", 9900),
        ("45元", 4500),
        ("1234567.89", 123456789),
        ("0.01", 1),
        ("１２．５", 1250),  # full-width, as a Chinese input method types it
        ("1 234", None),
    ],
)
def test_parse_money(text, minor):
    if minor is None:
        with pytest.raises(MoneyError):
            parse_money(text)
    else:
        assert parse_money(text) == Money(minor, "CNY")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("abc", "not_a_number"),
        ("1.234", "too_many_decimals"),
        ("-5", "not_a_number"),
        ("1,23", "not_a_number"),
        ("1.2.3", "not_a_number"),
    ],
)
def test_parse_money_refuses(text, code):
    with pytest.raises(MoneyError) as error:
        parse_money(text)
    assert error.value.code == code


def test_format_uses_symbol_and_grouping():
    assert Money(123450).format() == "¥1,234.50"
    assert Money(5).format() == "¥0.05"
    assert Money(-9900).format() == "-¥99.00"
    assert Money(100, "USD").format() == "$1.00"
    assert Money(123450).plain() == "1,234.50"


def test_arithmetic_is_exact_and_refuses_mixed_currencies():
    assert total([Money(10), Money(20)], "CNY") == Money(30)
    assert Money(1) + Money(2) == Money(3)
    with pytest.raises(ValueError):
        Money(1, "CNY") + Money(1, "USD")


def test_round_trip_format_parse():
    for minor in (0, 1, 99, 100, 123456789):
        assert parse_money(Money(minor).format()) == Money(minor)
