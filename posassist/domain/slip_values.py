"""Values as slips and receipts print them, and as the OCR misreads them: amounts, dates,
times, card numbers (masked) and identifiers, each from one line of text. Pure functions
used by the slip reader (domain/slip_reading.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from posassist.domain.cards import mask_card_number

_CURRENCIES = (
    (re.compile(r"RMB|CNY|人民币|[¥￥元]", re.I), "CNY"),
    (re.compile(r"HKD|HK\$", re.I), "HKD"),
    (re.compile(r"EUR|€"), "EUR"),
    (re.compile(r"GBP|£"), "GBP"),
    (re.compile(r"USD|US\$|\$"), "USD"),
)
# Digits with any of the separators printers and the OCR put between groups: "75,212.11",
# "75.212.11" (a comma read as a dot), "1 234,56", "24,23".
_NUMBER = re.compile(
    r"(?<![\d.,])-?\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?(?!\d)"
    r"|(?<![\d.,])-?\d+(?:[.,]\d{1,2})?(?!\d)"
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "januar"),
            ("feb", "februar"),
            ("mar", "mär", "maerz", "märz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "juni"),
            ("jul", "juli"),
            ("aug", "august"),
            ("sep", "sept"),
            ("oct", "okt"),
            ("nov",),
            ("dec", "dez"),
        ),
        start=1,
    )
    for m in names
}
_YMD = re.compile(r"(20\d{2})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})")
_YMD_PACKED = re.compile(r"(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d{3})")
# A two-digit year may run into the time: "08.10.1614:16".
_DMY = re.compile(
    r"(?<!\d)(\d{1,2})\s*([./])\s*(\d{1,2})\s*\2\s*(20\d{2}|\d{2})"
    r"(?:(?!\d)|(?=\d{1,2}\s*[:：]\s*\d{2}))"
)
_D_MON_Y = re.compile(r"(?<!\d)(\d{1,2})\s*([A-Za-zä]{3,9})\.?\s*,?\s*(20\d{2})", re.I)
_MON_D_Y = re.compile(r"([A-Za-z]{3,9})\.?\s*(\d{1,2})\s*,\s*(20\d{2})", re.I)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?:\s*[:：]\s*([0-5]\d))?(?!\d)")
_MASKED_CARD = re.compile(r"(\d{4,6})\s*[*xX•#＊]{3,}[*xX•#＊\s]*(\d{4})(?!\d)")
_LAST4_CARD = re.compile(r"[*xX•#＊]{3,}[*xX•#＊\s]*(\d{4})(?!\d)")
_LONG_DIGITS = re.compile(r"\d{13,19}")


def normalised(text: str) -> str:
    """Full-width forms (：，．０) as ASCII, as the slips and the OCR mix them."""
    return unicodedata.normalize("NFKC", text)


def currency_of(text: str) -> str:
    for pattern, code in _CURRENCIES:
        if pattern.search(text):
            return code
    return ""


def amounts(text: str) -> list[str]:
    """The amounts on a line as decimal strings ("75212.11"): the last separator before
    one or two final digits is the decimal point, any other a thousands separator."""
    out = []
    for match in _NUMBER.finditer(text):
        raw = match.group().replace(" ", "")
        sign = "-" if raw.startswith("-") else ""
        raw = raw.lstrip("-")
        last = max(raw.rfind("."), raw.rfind(","))
        if last != -1 and len(raw) - last - 1 in (1, 2):
            whole, cents = raw[:last], raw[last + 1 :].ljust(2, "0")
        else:
            whole, cents = raw, "00"
        whole = re.sub(r"[.,]", "", whole) or "0"
        out.append(f"{sign}{int(whole)}.{cents}")
    return out


def _day(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if 2000 <= found.year <= 2099 else None


def dates(text: str, month_first: bool = False) -> list[tuple[dt.date, tuple[int, int]]]:
    """The dates on a line with where they are (start, end). Year first (2026/11/03,
    2026年11月3日, 20261103), else day first (03.11.26, 03/11/2026: month first when
    `month_first`, a US receipt), or with the month's name (26 Feb 2016, Feb 26, 2016)."""
    found: list[tuple[dt.date, tuple[int, int]]] = []
    for m in _YMD.finditer(text):
        if day := _day(int(m[1]), int(m[2]), int(m[3])):
            found.append((day, m.span()))
    for m in _YMD_PACKED.finditer(text):
        if day := _day(int(m[1]), int(m[2]), int(m[3])):
            found.append((day, m.span()))
    for m in _DMY.finditer(text):
        a, b = int(m[1]), int(m[3])
        day_, month = (b, a) if month_first and m[2] == "/" else (a, b)
        if month > 12 >= day_:  # the other way round is the only one that exists
            day_, month = month, day_
        if day := _day(int(m[4]), month, day_):
            found.append((day, m.span()))
    for m in _D_MON_Y.finditer(text):
        month = _MONTHS.get(m[2].lower()[:3]) or _MONTHS.get(m[2].lower())
        if month and (day := _day(int(m[3]), month, int(m[1]))):
            found.append((day, m.span()))
    for m in _MON_D_Y.finditer(text):
        month = _MONTHS.get(m[1].lower()[:3])
        if month and (day := _day(int(m[3]), month, int(m[2]))):
            found.append((day, m.span()))
    found.sort(key=lambda f: f[1][0])
    # One date matched two ways ("2026/11/03" is no day-first date, but spans overlap).
    kept: list[tuple[dt.date, tuple[int, int]]] = []
    for day, span in found:
        if not any(span[0] < end and start < span[1] for _, (start, end) in kept):
            kept.append((day, span))
    return kept


def times(text: str) -> list[str]:
    """'14:05:33' -> '14:05:33', '9:48' -> '09:48'."""
    out = []
    for m in _TIME.finditer(text):
        out.append(f"{int(m[1]):02d}:{m[2]}" + (f":{m[3]}" if m[3] else ""))
    return out


def card(text: str) -> str:
    """The card number on a line as first 6 and last 4 at most ('622848******1234',
    '****1234'); a full number still there is masked (domain.cards)."""
    if long := _LONG_DIGITS.search(text):
        masked = mask_card_number(long.group())
        if masked != long.group():
            return masked
    if m := _MASKED_CARD.search(text):
        first = m[1][:6]
        return first + "*" * (16 - len(first) - 4) + m[2] if len(first) == 6 else "****" + m[2]
    if m := _LAST4_CARD.search(text):
        return "****" + m[1]
    return ""


_LETTER_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1"})


def identifier(text: str) -> str:
    """The first identifier in a text that follows a label: a run of letters and digits
    with at least one digit (words of the label are skipped), letters the OCR reads for
    digits put back when the run is mostly digits ('8986O1' -> '898601')."""
    for token in re.findall(r"[0-9A-Za-z|]+", text):
        digits = sum(c.isdigit() for c in token)
        if digits == 0 or len(token) < 3:
            continue
        if digits * 2 >= len(token):
            token = token.translate(_LETTER_AS_DIGIT)
        return token.upper()
    return ""
