"""How values read in a report: dates, times with their UTC offset, money, field values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from posassist.domain import catalogue
from posassist.domain.catalogue import Kind
from posassist.domain.money import Money

Translate = Callable[[str, str], str]
DASH = "—"


# In the tables (evidence index, chronology) a description longer than this is cut, with
# a pointer to its evidence page, where it is printed in full.
TABLE_DESCRIPTION_CHARS = 300


def shortened(text: str, limit: int, suffix: str) -> str:
    """`text`, or its first `limit` characters (cut at a space when there is one near
    the end) followed by `suffix`."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + suffix


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else DASH


def offset_text(moment: dt.datetime) -> str:
    """'UTC+08:00' for an aware moment."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """A stored moment in the dossier's time zone (naive moments are taken as local)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(tz) if tz else moment


def time_text(moment: dt.datetime, tz: dt.tzinfo | None) -> str:
    return local(moment, tz).strftime("%Y-%m-%d %H:%M")


def moment_with_offset(moment: dt.datetime) -> str:
    return f"{moment.strftime('%Y-%m-%d %H:%M')} ({offset_text(moment)})"


def size_text(size: int) -> str:
    """Bytes, exact, with thousands separators: a clerk can compare it with the file."""
    return f"{size:,}"


def yes_no(value: bool, translate: Translate) -> str:
    return translate("Dossier", "Yes") if value else translate("Dossier", "No")


def field_text(key: str, value: Any, labels: Any, translate: Translate) -> str:
    """The value of a catalogue field as it reads in the report; a dash when it is empty."""
    if value in (None, ""):
        return DASH
    kind = catalogue.FIELDS[key].kind
    if kind is Kind.BOOL:
        return yes_no(bool(value), translate)
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if kind is Kind.MONEY:
        return value.format() if isinstance(value, Money) else str(value)
    if kind is Kind.CHOICE:
        try:
            return labels.choice_label(key, str(value))
        except KeyError:
            return str(value)
    if kind is Kind.LAST4:
        return f"···· {value}"
    return str(value)


def terminal_label(case) -> str:
    return case.get("terminal_id") or case.get("serial_no") or ""
