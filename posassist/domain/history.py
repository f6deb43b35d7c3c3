"""The case history: an append-only account of who did what, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Event(StrEnum):
    CASE_CREATED = "case_created"
    STATUS_CHANGED = "status_changed"  # subject: new status, detail: previous status
    PATH_CHANGED = "path_changed"  # subject: profile key, detail: "old → new"
    STAGE_DONE = "stage_done"  # subject: stage key
    STAGE_REOPENED = "stage_reopened"
    CONTACT_ADDED = "contact_added"
    CONTACT_REMOVED = "contact_removed"
    COMPLAINT_ADDED = "complaint_added"  # subject: complaint id, detail: place
    COMPLAINT_CHANGED = "complaint_changed"  # subject: complaint id, detail: place
    COMPLAINT_REMOVED = "complaint_removed"
    FEE_ADDED = "fee_added"
    FEE_REMOVED = "fee_removed"
    EVIDENCE_ADDED = "evidence_added"  # subject: evidence id, detail: "name sha256"
    EVIDENCE_REMOVED = "evidence_removed"
    EVIDENCE_RESTORED = "evidence_restored"
    # subject: evidence id, detail: "doc_date: 2026-11-03 → 2026-11-04" (the kind of proof,
    # the date or the amount, as the owner edits it or accepts what was read on the slip)
    EVIDENCE_CHANGED = "evidence_changed"
    # subject: evidence id, detail: "name sha256:expected found:actual" (store check)
    EVIDENCE_DAMAGED = "evidence_damaged"


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    event: Event
    subject: str = ""
    detail: str = ""
