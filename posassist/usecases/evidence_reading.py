"""What was read on each evidence item (domain.slip_reading over the stored text) and the
suggestions it makes for the item's document date, category and amount, accepted one by
one by the owner: the window's details, the command line's `posassist evidence` and the
cross-check with the statements read it from here.

Nothing read is taken as fact: `accept` is the one way a read value becomes the item's.

API
    case_readings(case_file, case_id) -> list[ItemReading]     evidence-number order
    suggestions(item) -> list[Suggestion]                      what differs from the item
    suggest(evidence_id, category, date, amount, reading)      the same, for the window
    changes_of(suggestion) -> dict                             EvidenceRepository.update's
    accept(case_file, case_id, suggestion) -> Evidence         sets that one field
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from posassist.domain.evidence import Category, Evidence
from posassist.domain.money import Money, MoneyError, parse_money
from posassist.domain.slip import ReadValue, SlipField, SlipReading

# What an item's text is: read, not read yet by this engine version, not readable (the
# engine could not open it), or nothing to read (a CSV, a text file).
READ, WAITING, UNREADABLE, NO_TEXT = "read", "waiting", "unreadable", "no_text"
FIELDS = ("document_date", "category", "amount")


@dataclass(frozen=True)
class ItemReading:
    evidence_id: int
    number: int  # the n of the dossier's E-0n
    label: str  # "E-01", as the dossier numbers it
    file_name: str
    sha256: str
    category: Category
    document_date: dt.date | None
    amount: Money | None
    state: str
    reading: SlipReading | None  # None unless `state` is READ
    page_sizes: tuple[tuple[int, int], ...] = ()  # (width, height) of each page read


@dataclass(frozen=True)
class Suggestion:
    evidence_id: int
    field: str  # one of FIELDS
    value: str  # ISO date, a Category value, or a decimal amount ("1234.50")
    read: ReadValue  # where on the picture it was read
    currency: str = ""  # the amount's, when `field` is "amount"


def case_readings(case_file: Path, case_id: int) -> list[ItemReading]:
    """Every live item of the case with what was read on it (the stored text: the engine
    is not run here). Raises store.cases.UnknownCase."""
    from posassist.domain.slip_reading import read_slip
    from posassist.evidence.ocr import ENGINE, engine_version
    from posassist.evidence.recognised_json import pages_from_json
    from posassist.report.snapshot import number_evidence
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.store.recognised_text import READABLE_KINDS, RecognisedTextRepository

    db = open_database(Path(case_file))
    try:
        CaseRepository(db).load(case_id)
        texts = RecognisedTextRepository(db)
        numbered = number_evidence(EvidenceRepository(db).list(case_id))
        stored = texts.latest([n.item.sha256 for n in numbered])
        unread = {u.sha256 for u in texts.unread(case_id, ENGINE, engine_version())}
    finally:
        db.close()
    out = []
    for position, n in enumerate(numbered, start=1):
        item, text = n.item, stored.get(n.item.sha256)
        reading, sizes = None, ()
        if item.kind.value not in READABLE_KINDS:
            state = NO_TEXT
        elif text is not None and text.problem and item.sha256 not in unread:
            state = UNREADABLE
        elif text is not None and not text.problem:
            pages = pages_from_json(text.pages)
            state, reading = READ, read_slip(pages)
            sizes = tuple((p.width, p.height) for p in pages)
        else:
            state = WAITING
        assert item.id is not None
        out.append(
            ItemReading(
                item.id,
                position,
                n.number,
                item.original_name,
                item.sha256,
                item.category,
                item.doc_date,
                item.amount,
                state,
                reading,
                sizes,
            )
        )
    return out


def read_amount(value: ReadValue, currency: str) -> Money | None:
    """A read amount as money (in `currency` when the slip does not say); None for a
    negative one (a refund: who pays whom is the owner's choice)."""
    try:
        return parse_money(value.value, value.currency or currency)
    except MoneyError:
        return None


def suggestions(item: ItemReading, currency: str = "CNY") -> list[Suggestion]:
    """What the reading offers that the item does not have yet (or has otherwise)."""
    if item.reading is None:
        return []
    return suggest(
        item.evidence_id, item.category, item.document_date, item.amount, item.reading, currency
    )


def suggest(
    evidence_id: int,
    category: Category,
    document_date: dt.date | None,
    amount: Money | None,
    reading: SlipReading,
    currency: str = "CNY",
) -> list[Suggestion]:
    """The suggestions of `reading` for an item that has these values now (the window
    asks with the item as it is after each change)."""
    out = []
    date = reading.get(SlipField.DATE)
    if date and (document_date is None or document_date.isoformat() != date.value):
        out.append(Suggestion(evidence_id, "document_date", date.value, date))
    kind = reading.get(SlipField.KIND)
    if kind and kind.value != category.value:
        out.append(Suggestion(evidence_id, "category", kind.value, kind))
    found = reading.get(SlipField.AMOUNT)
    money = read_amount(found, currency) if found else None
    if found and money and amount != money:
        plain = money.plain().replace(",", "")
        out.append(Suggestion(evidence_id, "amount", plain, found, money.currency))
    return out


def changes_of(suggestion: Suggestion) -> dict:
    """The store's update for an accepted suggestion (EvidenceRepository.update keywords)."""
    if suggestion.field == "document_date":
        return {"doc_date": dt.date.fromisoformat(suggestion.value)}
    if suggestion.field == "category":
        return {"category": Category(suggestion.value)}
    if suggestion.field == "amount":
        return {"amount": parse_money(suggestion.value, suggestion.currency)}
    raise ValueError(suggestion.field)


def accept(case_file: Path, case_id: int, suggestion: Suggestion) -> Evidence:
    """Make a suggestion the item's value (the owner clicked it). Raises LookupError when
    the item is not a live item of that case, ValueError for a suggestion that is not one."""
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.store.history import touch_case

    db = open_database(Path(case_file))
    try:
        repo = EvidenceRepository(db)
        try:
            item = repo.get(suggestion.evidence_id)
        except Exception as error:  # sqlite_utils' NotFoundError: no such row
            raise LookupError(suggestion.evidence_id) from error
        if item.case_id != case_id or item.removed_at is not None:
            raise LookupError(suggestion.evidence_id)
        changes = changes_of(suggestion)
        # The history says the value came from the slip, and from which line of it.
        read = suggestion.read
        reason = f"read on the slip, page {read.page}: {read.source!r}"
        with db.atomic():
            repo.update(item.id, **changes, reason=reason)
            touch_case(db, case_id)
        return repo.get(item.id)
    finally:
        db.close()
