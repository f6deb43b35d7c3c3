"""Card numbers: the app never keeps a full one.

Slips show the first 6 and last 4 digits (前6后4); the app does the same to any card
number that is typed into a free-text field, and keeps only the last 4 digits of the
settlement account.
"""

from __future__ import annotations

import re

# 13 to 19 digits, optionally grouped by spaces or dashes, as printed on cards and slips.
_PAN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


# Each digit doubled, its digits summed (Luhn): 7 -> 14 -> 5.
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_valid(digits: str) -> bool:
    # Statement imports test every 13-19 digit run of 100,000-row files: table lookups.
    values = digits.encode("ascii")
    total = sum(values[-1::-2]) - 48 * len(values[-1::-2])
    total += sum(_DOUBLED[v - 48] for v in values[-2::-2])
    return total % 10 == 0


def mask_card_number(digits: str) -> str:
    """'6222021234567890123' -> '622202*********0123' (first 6, last 4)."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) <= 10:
        return digits
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


def mask_card_numbers(text: str) -> tuple[str, int]:
    """Mask every Luhn-valid card number in free text; return the text and how many."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        found = match.group(0)
        digits = found if found.isdigit() else re.sub(r"\D", "", found)
        if not luhn_valid(digits):
            return found
        count += 1
        return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]

    return _PAN.sub(replace, text), count


def is_last4(text: str) -> bool:
    return len(text) == 4 and text.isdigit()
