"""Field values to and from SQLite: dates as ISO text, money as integer minor units."""

from __future__ import annotations

import datetime as dt
from typing import Any

from posassist.domain.catalogue import FIELDS, Kind
from posassist.domain.money import Money


def now() -> dt.datetime:
    """Local time with its UTC offset: the chronology must say when, unambiguously."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def encode_time(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("times are stored with their offset")
    return value.isoformat()


def decode_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def encode_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def decode_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def encode_value(key: str, value: Any) -> Any:
    kind = FIELDS[key].kind
    if value is None:
        return None
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.MONEY:
        return value.minor
    if kind is Kind.BOOL:
        return 1 if value else 0
    return str(value)


def decode_value(key: str, raw: Any, currency: str) -> Any:
    spec = FIELDS.get(key)
    if spec is None or raw is None:
        return None  # a key from a newer catalogue, or an unset value
    if spec.kind is Kind.DATE:
        return dt.date.fromisoformat(raw)
    if spec.kind is Kind.MONEY:
        return Money(int(raw), currency)
    if spec.kind is Kind.BOOL:
        return bool(raw)
    return raw
