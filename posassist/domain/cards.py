"""Card numbers: the app never keeps a full one.

Slips show the first 6 and last 4 digits (前6后4); the app does the same to any card
number that is typed into a free-text field, and keeps only the last 4 digits of the
settlement account.
"""

from __future__ import annotations

import re

# 13 to 19 digits, optionally grouped by spaces or dashes, as printed on cards and slips.
_PAN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
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
        digits = re.sub(r"\D", "", match.group(0))
        if not luhn_valid(digits):
            return match.group(0)
        count += 1
        return mask_card_number(digits)

    return _PAN.sub(replace, text), count


def is_last4(text: str) -> bool:
    return len(text) == 4 and text.isdigit()
