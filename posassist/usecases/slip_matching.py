"""The case's sale slips for the cross-check with the statements (domain.slip_check), from
its evidence items and the text read on them: the settlement check (usecases.statements)
stores the findings, the dossier's snapshot lists the sales the slips prove.

A slip's date and amount are the owner's when set on the item (typed, or a read value
accepted), else what was read; only the owner's make a finding (domain.slip_check).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from posassist.domain.evidence import Category, Evidence
from posassist.domain.money import Money, MoneyError, parse_money
from posassist.domain.recognised import PageText
from posassist.domain.slip import SlipField, SlipReading
from posassist.domain.slip_check import Slip, SlipCheck, check_slips


def _money(value: str, currency: str) -> Money | None:
    try:
        return parse_money(value, currency)
    except MoneyError:
        return None


def slip_of(item: Evidence, reading: SlipReading | None, currency: str) -> Slip | None:
    """The sale slip an item is, or None: it is one when read as a sale slip, or when not
    read and filed as a transaction record."""
    assert item.id is not None
    kind = reading.kind if reading is not None and reading.kind is not None else item.category
    if kind is not Category.TRANSACTION_RECORD:
        return None
    read = reading or SlipReading()
    on = item.doc_date
    if on is None and (found := read.get(SlipField.DATE)):
        try:
            on = dt.date.fromisoformat(found.value)
        except ValueError:
            on = None
    amount: Money | None = item.amount
    if amount is None and (found := read.get(SlipField.AMOUNT)):
        amount = _money(found.value, found.currency or currency)
    if on is None or amount is None:
        return None

    def value(field: SlipField) -> str:
        found = read.get(field)
        return found.value if found else ""

    return Slip(
        item.id,
        item.original_name,
        on,
        amount.minor,
        amount.currency,
        confirmed=item.doc_date is not None and item.amount is not None,
        terminal_id=value(SlipField.TERMINAL_ID),
        reference=value(SlipField.REFERENCE),
        time=value(SlipField.TIME),
        card_last4=read.card_last4,
    )


def case_slips(db: Any, case_id: int, currency: str) -> list[Slip]:
    """Every live item of the case that is a sale slip with a date and an amount."""
    from posassist.domain.slip_reading import read_slip
    from posassist.evidence.recognised_json import pages_from_json
    from posassist.store.evidence import EvidenceRepository
    from posassist.store.recognised_text import RecognisedTextRepository

    items = [
        i for i in EvidenceRepository(db).list(case_id) if i.category is not Category.STATEMENT
    ]
    stored = RecognisedTextRepository(db).latest([i.sha256 for i in items])
    slips = []
    for item in items:
        text = stored.get(item.sha256)
        pages: tuple[PageText, ...] = pages_from_json(text.pages) if text and text.pages else ()
        slip = slip_of(item, read_slip(pages) if pages else None, currency)
        if slip is not None:
            slips.append(slip)
    return slips


def slip_check(
    db: Any, case_id: int, currency: str, entries: list, ppm: int | None = None
) -> SlipCheck:
    """The case's slips against its statement rows (settlement.Entry)."""
    return check_slips(case_slips(db, case_id, currency), entries, ppm)
