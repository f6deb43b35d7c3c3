"""Cell texts to values: signed amounts in minor units, dates, times.

Statement files write the same amount many ways: '¥1,234.50', '1.234,50 €', '(12.00)',
'9,90-', '１２．５０'. Each parser returns None for an empty cell and raises ValueError
with a reason code for a cell that is not empty but cannot be read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Decorations around an amount: currency signs and codes, the 元 unit, spaces.
_DECORATION = re.compile(r"[¥￥$€£\s\u00a0\u3000元]|RMB|CNY|HKD|USD|EUR|GBP|MOP", re.IGNORECASE)
_PLAIN = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")
# '-' and '/' are what exports write in an empty amount or text cell.
EMPTY_MARKS = frozenset({"", "-", "--", "—", "/", "null", "NULL", "None", "N/A", "n/a"})


class ValueProblem(ValueError):
    """`code` names the reason: 'bad_amount', 'too_many_decimals', 'bad_date'."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _ascii(text: str) -> str:
    if text.isascii():
        return text
    # Full-width digits and signs (１２．５，（）－) as a Chinese input method types them.
    return unicodedata.normalize("NFKC", text)


_SIMPLE = re.compile(r"(-?)([0-9]+)(?:\.([0-9]{1,2}))?")


def parse_amount(text: str, exponent: int = 2, decimal_comma: bool = False) -> int | None:
    """A signed amount in minor units, or None for an empty cell."""
    text = text.strip()
    if text in EMPTY_MARKS:
        return None
    if exponent == 2 and not decimal_comma:  # '-12.5', '1,000.00': most cells, fast
        simple = _SIMPLE.fullmatch(text.replace(",", "") if "," in text else text)
        if simple:
            sign, units, frac = simple.groups()
            minor = int(units) * 100 + (int(frac.ljust(2, "0")) if frac else 0)
            return -minor if sign else minor
    text = _DECORATION.sub("", _ascii(text))
    if not text:
        return None
    negative = False
    if text[0] == "(" and text[-1] == ")":  # accountants' negative
        negative, text = True, text[1:-1]
    if text[:1] in "+-":
        negative, text = negative ^ (text[0] == "-"), text[1:]
    elif text[-1:] in "+-":  # '9,90-' as German banks write a debit
        negative, text = negative ^ (text[-1] == "-"), text[:-1]
    if decimal_comma:
        text = text.replace(".", "").replace("'", "").replace(",", ".")
    else:
        text = text.replace(",", "").replace("'", "")
    if not _PLAIN.match(text):
        raise ValueProblem("bad_amount")
    units, _, frac = text.partition(".")
    if len(frac) > exponent:
        if frac[exponent:].strip("0"):
            raise ValueProblem("too_many_decimals")
        frac = frac[:exponent]
    minor = int(units) * 10**exponent + int(frac.ljust(exponent, "0") or 0)
    return -minor if negative else minor


def looks_decimal_comma(samples: list[str]) -> bool:
    """Whether a column writes amounts the German/Spanish way ('1.234,56', '49,37')."""
    comma = point = 0
    for raw in samples:
        text = _ascii(raw).strip().rstrip("-+ €")
        if re.search(r",\d{1,2}$", text) or re.search(r"\.\d{3},", text):
            comma += 1
        elif re.search(r"\.\d{1,2}$", text) or re.search(r",\d{3}\.", text):
            point += 1
    return comma > point


_DATE_PATTERNS = (
    # ISO-like: 2024-01-31, 2024/1/31, 2024.01.31, 2024年1月31日
    (re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"), "ymd"),
    # Compact 20240131 (CCB, many bank exports)
    (re.compile(r"^(\d{4})(\d{2})(\d{2})(?!\d)"), "ymd"),
    # European day first: 31.01.2024, 31/01/2024, 2/1/2020, 08.12.25
    (re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)"), "dmy"),
)
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_date(text: str, day_first: bool = True) -> dt.date | None:
    """The date at the start of a cell ('2024-01-31 12:00:00' -> 2024-01-31)."""
    text = _ascii(text.strip())
    if text in EMPTY_MARKS:
        return None
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":  # the common case, fast
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        a, b, c = (int(g) for g in match.groups())
        if order == "ymd":
            year, month, day = a, b, c
        else:
            year = c + 2000 if c < 100 else c
            day, month = (a, b) if day_first else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueProblem("bad_date") from None
    raise ValueProblem("bad_date")


def parse_time(text: str) -> str:
    """'2024-01-31 09:05:07' or '9:05' -> '09:05:07' / '09:05:00'; '' when there is none."""
    match = _TIME.search(text)
    if not match:
        compact = text.strip()
        if len(compact) == 6 and compact.isdigit():  # 101500, as acquirers' files write it
            match = _TIME.match(f"{compact[:2]}:{compact[2:4]}:{compact[4:]}")
        if not match:
            return ""
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return ""
    return f"{hour:02d}:{minute:02d}:{second:02d}"
