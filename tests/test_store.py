"""The store: values of every kind round-trip; history is append-only."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from posassist.domain.case import CaseStatus, Contact, Direction, Fee, FeeKind
from posassist.domain.history import Event
from posassist.domain.money import Money
from posassist.store.cases import CaseRepository

TZ = dt.timezone(dt.timedelta(hours=8))


def test_values_of_every_kind_round_trip(repo: CaseRepository):
    case_id = repo.create({"shop_name": "小卖部", "provider": "某支付", "terminal_type": "mobile"})
    values = {
        "merchant_id": "898310058120345",
        "bank_last4": "0123",
        "deposit_amount": Money(29900),
        "last_transaction_on": dt.date(2026, 11, 3),
        "all_settled": True,
        "reason": "suspended",
        "appeal_note": "多行\n说明",
    }
    for key, value in values.items():
        repo.set_value(case_id, key, value)
    case = repo.load(case_id)
    for key, value in values.items():
        assert case.get(key) == value
    assert case.profile.terminal_type.value == "mobile"
    # Money is stored as integer minor units, dates as ISO text.
    raw = dict(
        repo.db.execute(
            "SELECT key, value FROM case_values WHERE case_id = ?", [case_id]
        ).fetchall()
    )
    assert raw["deposit_amount"] == 29900
    assert raw["last_transaction_on"] == "2026-11-03"


def test_clearing_a_value_removes_it(repo: CaseRepository):
    case_id = repo.create({"shop_name": "A"})
    repo.set_value(case_id, "hotline", "95000")
    repo.set_value(case_id, "hotline", "")
    assert repo.load(case_id).get("hotline") is None


def test_unknown_keys_are_refused(repo: CaseRepository):
    case_id = repo.create({})
    with pytest.raises(KeyError):
        repo.set_value(case_id, "no_such_field", "x")
    with pytest.raises(KeyError):
        repo.set_check(case_id, "no_such_item", True)


def test_contacts_and_fees(repo: CaseRepository):
    case_id = repo.create({})
    contact_id = repo.add_contact(
        case_id,
        Contact(
            at=dt.datetime(2026, 11, 2, 10, 5, tzinfo=TZ),
            channel="phone",
            person="客服",
            reference="GD1",
            summary="答应退押金",
            follow_up=dt.date(2026, 11, 9),
        ),
    )
    fee_id = repo.add_fee(
        case_id,
        Fee(
            FeeKind.SIM_DATA,
            Money(9900),
            Money(0),
            Direction.SHOP_IS_OWED,
            dt.date(2026, 11, 1),
            "流量费",
        ),
    )
    case = repo.load(case_id)
    assert case.contacts[0].at == dt.datetime(2026, 11, 2, 10, 5, tzinfo=TZ)
    assert case.contacts[0].at.utcoffset() == dt.timedelta(hours=8)
    assert case.fees[0].outstanding == Money(9900)
    case.fees[0].paid = Money(9900)
    repo.update_fee(case_id, case.fees[0])
    assert repo.load(case_id).fees[0].outstanding == Money(0)
    repo.delete_contact(case_id, contact_id)
    repo.delete_fee(case_id, fee_id)
    events = [e.event for e in repo.history(case_id)]
    assert events == [
        Event.CASE_CREATED,
        Event.CONTACT_ADDED,
        Event.FEE_ADDED,
        Event.CONTACT_REMOVED,
        Event.FEE_REMOVED,
    ]


def test_history_records_stage_and_status_changes_and_cannot_be_rewritten(repo: CaseRepository):
    case_id = repo.create({"shop_name": "A"})
    repo.mark_stage_done(case_id, "terminal")
    repo.reopen_stage(case_id, "terminal")
    repo.set_value(case_id, "reason", "fault")
    repo.set_status(case_id, CaseStatus.DONE)
    repo.set_status(case_id, CaseStatus.DONE)  # no change, no line
    history = repo.history(case_id)
    assert [(e.event, e.subject) for e in history] == [
        (Event.CASE_CREATED, ""),
        (Event.STAGE_DONE, "terminal"),
        (Event.STAGE_REOPENED, "terminal"),
        (Event.PATH_CHANGED, "reason"),
        (Event.STATUS_CHANGED, "done"),
    ]
    assert all(e.at.tzinfo is not None for e in history)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        repo.db.execute("UPDATE history SET event = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        repo.db.execute("DELETE FROM history")


def test_a_failed_write_leaves_nothing_behind(repo: CaseRepository):
    case_id = repo.create({"shop_name": "A"})
    before = repo.db.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(ValueError):
        # A naive datetime is refused inside the transaction: no contact, no history line.
        repo.add_contact(case_id, Contact(at=dt.datetime(2026, 1, 1), channel="phone"))
    assert repo.load(case_id).contacts == []
    assert repo.db.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_every_write_is_on_disk_for_another_connection(repo: CaseRepository, data_dir):
    case_id = repo.create({"shop_name": "A"})
    repo.set_value(case_id, "hotline", "95000")
    other = sqlite3.connect(data_dir / "posassist.sqlite3")
    assert other.execute("SELECT value FROM case_values WHERE key='hotline'").fetchone() == (
        "95000",
    )
    other.close()


def test_two_connections_writing_at_once_wait_instead_of_failing(repo: CaseRepository, data_dir):
    """The window and the import worker both write: a transaction that reads and then
    writes must not fail with "database is locked" because the other one committed."""
    import threading

    from posassist.store.database import open_database

    case_id = repo.create({"shop_name": "A"})
    errors: list[BaseException] = []

    def other_writer() -> None:
        other = open_database(data_dir / "posassist.sqlite3")
        try:
            CaseRepository(other).set_value(case_id, "hotline", "95000")
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            other.close()

    with repo.db.atomic():
        repo.db.execute("SELECT reason FROM cases").fetchall()
        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(timeout=0.5)  # it waits for our lock instead of slipping in between
        repo.db.execute("UPDATE cases SET reason = 'fault'")
    thread.join()
    assert errors == []
    case = repo.load(case_id)
    assert case.get("hotline") == "95000" and case.get("reason") == "fault"


def test_closing_date_sets_the_watch_date_in_the_same_write_unless_one_was_chosen(
    repo: CaseRepository,
):
    from posassist.domain.reminders import default_watch_until, implied_values

    case_id = repo.create({"shop_name": "A"})
    closed = dt.date(2026, 11, 30)
    implied = implied_values(repo.load(case_id), "closed_on", closed)
    assert implied == {"watch_until": default_watch_until(closed)}
    assert default_watch_until(closed) == dt.date(2027, 2, 28)
    repo.set_value(case_id, "closed_on", closed, implied)
    assert repo.load(case_id).get("watch_until") == dt.date(2027, 2, 28)

    chosen = dt.date(2027, 6, 1)
    repo.set_value(case_id, "watch_until", chosen)
    later = dt.date(2026, 12, 5)
    assert implied_values(repo.load(case_id), "closed_on", later) == {}
    assert implied_values(repo.load(case_id), "closed_on", None) == {}
    assert implied_values(repo.load(case_id), "shop_name", "B") == {}
    # All or nothing: an unknown implied key refuses the whole write.
    with pytest.raises(KeyError):
        repo.set_value(case_id, "closed_on", later, {"no_such_field": 1})
    assert repo.load(case_id).get("closed_on") == closed


def test_evidence_amount_is_stored_changed_and_cleared(repo: CaseRepository):
    import hashlib

    from posassist.domain.evidence import Category, Evidence, FileKind
    from posassist.store.evidence import EvidenceRepository

    case_id = repo.create({"shop_name": "小卖部"})
    data = b"slip bytes"
    evidence = EvidenceRepository(repo.db)
    item = Evidence(
        case_id, "sales", Category.TRANSACTION_RECORD, "slip.jpg", FileKind.JPEG,
        len(data), hashlib.sha256(data).hexdigest(), amount=Money(12345, "CNY"),
    )  # fmt: skip
    evidence_id = evidence.add(item, data).evidence_id

    def stored() -> Money | None:
        return next(e.amount for e in repo.load(case_id).evidence if e.id == evidence_id)

    assert stored() == Money(12345, "CNY")
    evidence.update(evidence_id, amount=Money(99, "HKD"))
    assert stored() == Money(99, "HKD")
    evidence.update(evidence_id, description="no amount given: unchanged")
    assert stored() == Money(99, "HKD")
    evidence.update(evidence_id, amount=None)
    assert stored() is None


def test_a_change_of_an_item_s_kind_date_or_amount_leaves_a_history_line(repo: CaseRepository):
    """The kind of proof, the date and the amount are what a claim rests on: each change
    is told in the history, with its reason; the description, saved as typed, is not."""
    import datetime as dt
    import hashlib

    from posassist.domain.evidence import Category, Evidence, FileKind
    from posassist.domain.history import Event
    from posassist.store.evidence import EvidenceRepository

    case_id = repo.create({"shop_name": "小卖部"})
    data = b"slip bytes for the history"
    evidence = EvidenceRepository(repo.db)
    item = Evidence(
        case_id, "sales", Category.OTHER, "slip.jpg", FileKind.JPEG,
        len(data), hashlib.sha256(data).hexdigest(),
    )  # fmt: skip
    evidence_id = evidence.add(item, data).evidence_id

    def changed() -> list[str]:
        return [
            e.detail
            for e in repo.history(case_id)
            if e.event is Event.EVIDENCE_CHANGED and e.subject == str(evidence_id)
        ]

    evidence.update(evidence_id, description="typed, letter by letter")
    evidence.update(evidence_id, category=Category.OTHER)  # the same kind: nothing to tell
    assert changed() == []
    evidence.update(evidence_id, category=Category.TRANSACTION_RECORD)
    evidence.update(evidence_id, doc_date=dt.date(2026, 10, 4), reason="read on the slip")
    evidence.update(evidence_id, amount=Money(128850, "CNY"))
    evidence.update(evidence_id, amount=None, doc_date=None)
    assert changed() == [
        "category: other → transaction_record",
        "doc_date: — → 2026-10-04 (read on the slip)",
        "amount: — → 1288.50 CNY",
        "doc_date: 2026-10-04 → —; amount: 1288.50 CNY → —",
    ]
