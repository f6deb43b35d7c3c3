"""Putting values into a translated template: %1, %2 … (Qt's placeholders)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """%1, %2 … replaced in one pass, so a value that itself holds "%2" stays as it is
    (replacing one placeholder after another would replace inside it)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )
