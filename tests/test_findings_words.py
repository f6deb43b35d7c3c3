"""Each finding as a sentence in both languages, with its figures."""

from __future__ import annotations

import datetime as dt

import pytest

from posassist.domain.money import Money
from posassist.domain.settlement import ALL_CODES, Code, Entry, Terms, check
from posassist.words import findings as words
from posassist.words.texts import translating_with
from posassist.words.translation import translator_for

D = dt.date(2026, 10, 1)


def every_finding():
    day = lambda n: D + dt.timedelta(days=n)  # noqa: E731
    rows = [
        Entry(1, 2, "provider", day(0), 100000, "CNY", 380, 99000),
        Entry(1, 3, "provider", day(1), 100000, "CNY", 600, 99400),
        Entry(1, 4, "provider", day(2), 50000, "CNY", 190, 49810, batch="9"),
        Entry(1, 5, "provider", day(3), -49000, "CNY", None, -49000, batch="9", kind="结算划款"),
        Entry(1, 6, "provider", day(30), -9900, "CNY", kind="流量费"),
        Entry(1, 7, "provider", day(31), 5000, "CNY", 19, 4981),
        Entry(2, 2, "bank", day(1), 99000, "CNY"),
        Entry(2, 3, "bank", day(40), 1, "CNY"),
    ]
    found = check(rows, Terms(agreed_rate_ppm=3800, closed_on=day(20)))
    assert {f.code for f in found} == set(ALL_CODES)
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_finding_has_a_title_and_a_sentence_with_its_figures(language: str):
    with translating_with(translator_for(language)):
        for finding in every_finding():
            title, text = words.title(finding.code), words.sentence(finding)
            assert title != finding.code and "%" not in text.replace("0.60%", "").replace(
                "0.38%", ""
            )
            assert finding.on.isoformat() in text
            if finding.owed.minor:
                assert Money(abs(finding.owed.minor)).format() in text
            if language == "zh_CN":
                assert "服务商" in text and "Ask" not in text
            else:
                assert "Ask the provider" in text


def test_sentences_carry_the_right_figures():
    by_code = {f.code: f for f in every_finding()}
    with translating_with(translator_for("zh_CN")):
        fee = words.sentence(by_code[Code.FEE_ABOVE_AGREED])
        mismatch = words.sentence(by_code[Code.SETTLEMENT_MISMATCH])
    assert "0.60%" in fee and "0.38%" in fee and "¥2.20" in fee
    assert "¥1,000.00" in mismatch and "¥3.80" in mismatch and "¥996.20" in mismatch


def test_refusals_and_bad_rows_in_words():
    with translating_with(translator_for("zh_CN")):
        assert words.refusal("sensitive_column", "CVV2").startswith(
            "文件中有银行卡安全信息列（CVV2"
        )
        assert words.bad_row(12, "bad_amount", "八元") == "第 12 行：金额无法识别（八元）"
    with translating_with(translator_for("en")):
        assert words.bad_row(3, "wrong_column_count", "6") == "line 3: wrong number of columns (6)"
