"""The complaint log in the case file: it round-trips, every change leaves a history
line, it is scoped to its case, and it goes with its case when that is deleted."""

from __future__ import annotations

import datetime as dt

import pytest

from posassist.domain.case import Complaint, ComplaintPlace
from posassist.domain.history import Event
from posassist.store.cases import CaseRepository
from posassist.usecases.casefile import open_case_file

D = dt.date


def _complaint(**changes) -> Complaint:
    values = dict(
        filed_on=D(2026, 9, 30),
        place=ComplaintPlace.HOTLINE_12363,
        ticket="12363-2026-0930-017",
        request="退还押金 299 元及停用后扣的流量费 99 元",
        place_note="人民银行上海分行",
    )
    values.update(changes)
    return Complaint(**values)


def test_a_complaint_round_trips_with_its_answer(repo: CaseRepository):
    case_id = repo.create({"shop_name": "小卖部"})
    complaint_id = repo.add_complaint(case_id, _complaint())
    loaded = repo.load(case_id).complaints
    assert loaded == [_complaint(id=complaint_id)]
    answered = _complaint(
        id=complaint_id,
        promised_on=D(2026, 10, 20),
        answer="服务商同意 10 个工作日内退还",
        answered_on=D(2026, 10, 16),
    )
    repo.update_complaint(case_id, answered)
    assert repo.load(case_id).complaints == [answered]
    events = [(h.event, h.subject, h.detail) for h in repo.history(case_id)]
    assert (Event.COMPLAINT_ADDED, str(complaint_id), "12363") in events
    assert (Event.COMPLAINT_CHANGED, str(complaint_id), "12363") in events
    repo.delete_complaint(case_id, complaint_id)
    assert repo.load(case_id).complaints == []
    assert repo.history(case_id)[-1].event is Event.COMPLAINT_REMOVED


def test_complaints_are_ordered_by_filing_date_and_scoped_to_their_case(repo: CaseRepository):
    first = repo.create({"shop_name": "A"})
    other = repo.create({"shop_name": "B"})
    repo.add_complaint(first, _complaint(filed_on=D(2026, 11, 2), place=ComplaintPlace.PBOC))
    repo.add_complaint(first, _complaint(filed_on=D(2026, 10, 9), place=ComplaintPlace.PROVIDER))
    other_id = repo.add_complaint(other, _complaint())
    assert [c.filed_on for c in repo.load(first).complaints] == [D(2026, 10, 9), D(2026, 11, 2)]
    # Another case's complaint cannot be changed (nor removed) through this case.
    with pytest.raises(LookupError):
        repo.update_complaint(first, _complaint(id=other_id, ticket="x"))
    repo.delete_complaint(first, other_id)
    assert len(repo.load(other).complaints) == 1


def test_a_complaint_goes_with_its_deleted_case(data_dir):
    case_file = open_case_file(data_dir / "cases.sqlite")
    case_id = case_file.cases.create({"shop_name": "A"})
    case_file.cases.add_complaint(case_id, _complaint())
    case_file.delete_case(case_id, backup_first=False)
    assert case_file.db.execute("SELECT count(*) FROM complaints").fetchone()[0] == 0
