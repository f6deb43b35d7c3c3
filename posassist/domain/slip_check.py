"""The slips against the statements: a sale slip that no row of the provider's statement
shows is a sale the provider never settled; a statement row with its slip is proven by that
evidence item.

Pure functions over Slip and settlement.Entry (no SQL, no Qt). What a finding claims must
be what the owner confirmed: a slip counts towards a finding only with the date and
amount the owner set on the item (typed, or a read value accepted with one click). A
match only marks a row as proven, and date, amount and terminal read from the photo
agreeing with a statement row is not chance, so read values may prove a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from posassist.domain.money import Money
from posassist.domain.settlement import Entry, Finding, RowRef, expected_fee, transactions

SLIP_NOT_IN_STATEMENT = "slip_not_in_statement"
# A sale after the provider's day cut-off (often 23:00) is booked on the next day.
DAY_SLACK = 1


@dataclass(frozen=True)
class Slip:
    """A sale slip as the check sees it: amount in minor units, > 0."""

    evidence_id: int
    name: str  # the item's file name, for the finding's sentence
    on: dt.date
    amount: int
    currency: str
    confirmed: bool  # date and amount are the owner's, not only read from the photo
    terminal_id: str = ""
    reference: str = ""
    time: str = ""
    card_last4: str = ""


@dataclass
class SlipCheck:
    findings: list[Finding] = field(default_factory=list)
    proven: dict[RowRef, int] = field(default_factory=dict)  # statement row -> evidence id
    outside: tuple[int, ...] = ()  # evidence ids of slips dated where no statement reaches
    unconfirmed: tuple[int, ...] = ()  # slips with no row whose values were only read


def _same_id(a: str, b: str) -> bool:
    """Terminal IDs and references as printed and as a statement writes them: case and
    leading zeros aside."""
    return a.strip().lstrip("0").upper() == b.strip().lstrip("0").upper()


def _fits(slip: Slip, e: Entry, slack: int) -> bool:
    if e.currency != slip.currency or e.amount != slip.amount:
        return False
    if abs((e.on - slip.on).days) > slack:
        return False
    return not (
        slip.terminal_id and e.terminal_id and not _same_id(slip.terminal_id, e.terminal_id)
    )


def _match(slips: list[Slip], rows: list[Entry]) -> dict[int, Entry]:
    """Each slip to at most one row and each row to at most one slip: first by reference
    (unique per sale), then same day, then the next or previous day."""
    taken: set[RowRef] = set()
    matched: dict[int, Entry] = {}

    def take(slip: Slip, found: Entry | None) -> None:
        if found is not None:
            matched[slip.evidence_id] = found
            taken.add(found.ref)

    for slip in slips:
        if slip.reference:
            take(
                slip,
                next(
                    (
                        e
                        for e in rows
                        if e.ref not in taken
                        and e.reference
                        and _same_id(e.reference, slip.reference)
                        and _fits(slip, e, DAY_SLACK)
                    ),
                    None,
                ),
            )
    for slack in (0, DAY_SLACK):
        for slip in slips:
            if slip.evidence_id not in matched:
                take(
                    slip,
                    next((e for e in rows if e.ref not in taken and _fits(slip, e, slack)), None),
                )
    return matched


def check_slips(
    slips: Iterable[Slip], entries: list[Entry], agreed_rate_ppm: int | None = None
) -> SlipCheck:
    """Match the sale slips to the provider's sale rows. A slip dated outside the dates the
    provider's statements cover is not a finding: those statements cannot show it."""
    rows = [e for e in transactions(entries) if e.amount > 0]
    wanted = sorted((s for s in slips if s.amount > 0), key=lambda s: (s.on, s.evidence_id))
    covered = [e.on for e in entries if e.source == "provider"]
    if not covered:
        return SlipCheck(outside=tuple(s.evidence_id for s in wanted))
    first, last = min(covered), max(covered)
    matched = _match(wanted, rows)
    result = SlipCheck(
        proven={e.ref: sid for sid, e in matched.items()},
        outside=tuple(
            s.evidence_id
            for s in wanted
            if s.evidence_id not in matched and not first <= s.on <= last
        ),
    )
    unconfirmed = []
    for slip in wanted:
        if slip.evidence_id in matched or not first <= slip.on <= last:
            continue
        if not slip.confirmed:
            unconfirmed.append(slip.evidence_id)
            continue
        owed = slip.amount - (expected_fee(slip.amount, agreed_rate_ppm) if agreed_rate_ppm else 0)
        result.findings.append(
            Finding(
                SLIP_NOT_IN_STATEMENT,
                f"{SLIP_NOT_IN_STATEMENT}:{slip.evidence_id}",
                slip.on,
                Money(owed, slip.currency),
                (),
                data={
                    "evidence_id": slip.evidence_id,
                    "name": slip.name,
                    "amount": slip.amount,
                    "currency": slip.currency,
                    "terminal": slip.terminal_id,
                    "reference": slip.reference,
                    "time": slip.time,
                    "fee_deducted": 1 if agreed_rate_ppm else 0,
                },
            )
        )
    result.unconfirmed = tuple(unconfirmed)
    return result
