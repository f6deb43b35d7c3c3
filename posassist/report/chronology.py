"""The chronology: every dated event of a case in one timeline, each with its evidence.

Sources: the case history (case created, steps marked done or reopened, status and path
changes — not the bookkeeping of adding or removing records), every date field that is
filled in, the contact log, the complaint log (each complaint and its answer), the fee
list (fees with a date) and the document dates of the evidence.

The rule that links an event to evidence, kept simple so that a reader can check it:
an event points to every evidence item whose document date is the event's day and that
belongs to the same step, or is a kind of proof that step asks for. An evidence item that
no event points to gets a line of its own on its document date ("Document dated").
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from posassist.domain import catalogue
from posassist.domain.catalogue import Kind
from posassist.domain.history import Event
from posassist.report.values import (
    TABLE_DESCRIPTION_CHARS,
    Translate,
    field_text,
    local,
    shortened,
)

HISTORY_EVENTS = (
    Event.CASE_CREATED,
    Event.STAGE_DONE,
    Event.STAGE_REOPENED,
    Event.STATUS_CHANGED,
    Event.PATH_CHANGED,
)

# Fields whose values say more about a dated field's event.
RELATED_FIELDS: dict[str, tuple[str, ...]] = {
    "applied_on": ("apply_channel", "apply_reference"),
    "returned_on": ("return_method", "courier", "tracking_no", "received_by"),
    "closed_on": ("closure_reference",),
    "deposit_taken_on": ("deposit_amount",),
    "deposit_refunded_on": ("deposit_amount",),
    "last_settlement_on": ("amount_to_settle",),
}

# Kinds of proof each step asks for, whatever the path (the linking rule's "kind of proof").
STAGE_CATEGORIES: dict[str, set[str]] = {
    s.key: {e.category for e in s.expected_evidence} for s in catalogue.STAGES
}


@dataclass
class TimelineEvent:
    on: dt.date
    at: dt.time | None  # local time of day, when the source has one
    stage: str | None
    title: str
    detail: str = ""
    evidence: list[str] = field(default_factory=list)  # evidence numbers
    order: int = 0  # tie-breaker: the order sources were read in


def build(snapshot, labels: Any, translate: Translate) -> list[TimelineEvent]:
    case = snapshot.case
    tz = snapshot.generated_at.tzinfo
    events: list[TimelineEvent] = []

    for entry in snapshot.history:
        if entry.event not in HISTORY_EVENTS:
            continue
        moment = local(entry.at, tz)
        stage = entry.subject if entry.event in (Event.STAGE_DONE, Event.STAGE_REOPENED) else None
        title, detail = _history_text(entry, labels, translate)
        events.append(TimelineEvent(moment.date(), moment.time(), stage, title, detail))

    profile = case.profile
    for stage in case.applicable_stages():
        for f in stage.fields_for(profile):
            value = case.get(f.key)
            if f.kind is not Kind.DATE or not isinstance(value, dt.date):
                continue
            related = [
                f"{labels.field_label(k)}: {field_text(k, case.get(k), labels, translate)}"
                for k in RELATED_FIELDS.get(f.key, ())
                if case.is_set(k)
            ]
            events.append(
                TimelineEvent(value, None, stage.key, labels.field_label(f.key), "; ".join(related))
            )

    for contact in case.contacts:
        moment = local(contact.at, tz)
        parts = [p for p in (contact.person, contact.reference) if p]
        if contact.summary:  # the contact log has all of it
            parts.append(
                shortened(
                    contact.summary,
                    TABLE_DESCRIPTION_CHARS,
                    translate("Dossier", "… (in full in the contact log)"),
                )
            )
        try:
            channel = labels.choice_label("channel", contact.channel)
        except KeyError:
            channel = contact.channel
        title = translate("Dossier", "Contact with the provider (%1)").replace("%1", channel)
        events.append(
            TimelineEvent(moment.date(), moment.time(), "contact", title, " · ".join(parts))
        )

    events += _complaint_events(case, labels, translate)

    for fee in case.fees:
        if fee.on is None:
            continue
        title = f"{labels.fee_kind(fee.kind)} — {labels.direction(fee.direction)}"
        detail = (
            translate("Dossier", "due %1, paid %2")
            .replace("%1", fee.due.format())
            .replace("%2", fee.paid.format())
        )
        if fee.note:
            detail += f"; {fee.note}"
        events.append(TimelineEvent(fee.on, None, "money", title, detail))

    for i, event in enumerate(events):
        event.order = i
        event.evidence = _linked(event, snapshot)

    pointed = {number for event in events for number in event.evidence}
    for numbered in snapshot.evidence:
        item = numbered.item
        if item.doc_date is None or numbered.number in pointed:
            continue
        title = translate("Dossier", "Document dated: %1").replace(
            "%1", labels.category(item.category.value)
        )
        events.append(
            TimelineEvent(
                item.doc_date,
                None,
                item.stage,
                title,
                shortened(
                    item.description or item.original_name,
                    TABLE_DESCRIPTION_CHARS,
                    translate("Dossier", "… (in full on the page of %1)").replace(
                        "%1", numbered.number
                    ),
                ),
                [numbered.number],
                order=len(events),
            )
        )
    events.sort(key=lambda e: (e.on, e.at or dt.time.min, e.order))
    return events


def _complaint_events(case, labels: Any, translate: Translate) -> list[TimelineEvent]:
    """A complaint on the day it was filed, and its answer on the day it came."""
    events = []
    for complaint in case.complaints:
        place = labels.complaint_place(complaint.place)
        if complaint.place_note:
            place += f" ({complaint.place_note})"
        more = translate("Dossier", "… (in full in the complaint log)")
        parts = []
        if complaint.ticket:
            parts.append(translate("Dossier", "ticket no. %1").replace("%1", complaint.ticket))
        if complaint.request:
            parts.append(shortened(complaint.request, TABLE_DESCRIPTION_CHARS, more))
        title = translate("Dossier", "Complaint filed: %1").replace("%1", place)
        events.append(TimelineEvent(complaint.filed_on, None, "after", title, " · ".join(parts)))
        if complaint.answered_on is not None:
            title = translate("Dossier", "Answer to the complaint: %1").replace("%1", place)
            detail = shortened(complaint.answer, TABLE_DESCRIPTION_CHARS, more)
            events.append(TimelineEvent(complaint.answered_on, None, "after", title, detail))
    return events


def _linked(event: TimelineEvent, snapshot) -> list[str]:
    if event.stage is None:
        return []
    categories = STAGE_CATEGORIES.get(event.stage, set())
    return [
        n.number
        for n in snapshot.evidence
        if n.item.doc_date == event.on
        and (n.item.stage == event.stage or n.item.category.value in categories)
    ]


def _history_text(entry, labels: Any, translate: Translate) -> tuple[str, str]:
    if entry.event is Event.PATH_CHANGED:
        key = entry.subject
        try:
            label = labels.field_label(key)
        except KeyError:
            label = key
        old, _, new = entry.detail.partition(" → ")
        detail = f"{_choice(labels, key, old)} → {_choice(labels, key, new)}"
        return labels.event(replace(entry, subject=label)), detail
    if entry.event is Event.STATUS_CHANGED:
        status = getattr(labels, "case_status", None)
        detail = entry.subject
        if status is not None:
            from posassist.domain.case import CaseStatus

            with contextlib.suppress(ValueError):
                detail = status(CaseStatus(entry.subject))
        return labels.event(entry), detail
    if entry.event is Event.CASE_CREATED:
        return labels.event(entry), entry.detail
    return labels.event(entry), ""


def _choice(labels: Any, key: str, value: str) -> str:
    try:
        return labels.choice_label(key, value)
    except KeyError:
        return value


def period(events: list[TimelineEvent], made_on: dt.date) -> tuple[dt.date, dt.date] | None:
    """First and last day of what happened (deadlines still ahead are not counted)."""
    days = [e.on for e in events if e.on <= made_on]
    return (min(days), max(days)) if days else None
