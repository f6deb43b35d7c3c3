"""What is still missing: problem codes only; the UI layer turns them into words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from posassist.domain import catalogue
from posassist.domain.case import Case
from posassist.domain.catalogue import Field, Kind
from posassist.domain.profile import Ownership


class Code(StrEnum):
    MISSING_FIELD = "missing_field"  # a required field is empty
    UNCHECKED_ITEM = "unchecked_item"  # a required checklist item is not ticked
    WRONG_LENGTH = "wrong_length"  # an ID has an unusual number of digits (warning)
    NOT_DIGITS = "not_digits"  # an ID has characters other than digits
    NO_CONTACTS = "no_contacts"  # the contact log is empty
    FEES_OUTSTANDING = "fees_outstanding"  # the fee list still shows money owed
    DEPOSIT_NOT_REFUNDED = "deposit_not_refunded"
    STAGE_NOT_DONE = "stage_not_done"  # only on the review
    EVIDENCE_MISSING = "evidence_missing"  # only on the review: key is the expected category


@dataclass(frozen=True)
class Problem:
    code: Code
    stage: str
    key: str | None = None


def field_problem(spec: Field, value: object) -> Code | None:
    """A problem with one field's value, independent of the rest of the case."""
    if value in (None, "", False):
        return Code.MISSING_FIELD if spec.required else None
    if spec.kind is Kind.DIGITS and isinstance(value, str):
        if not value.isdigit():
            return Code.NOT_DIGITS
        if spec.length and len(value) != spec.length:
            return Code.WRONG_LENGTH
    return None


def stage_problems(case: Case, stage_key: str) -> list[Problem]:
    stage = catalogue.stage(stage_key)
    profile = case.profile
    if not stage.when.applies(profile) or stage.is_review:
        return []
    problems: list[Problem] = []
    for spec in stage.fields_for(profile):
        code = field_problem(spec, case.get(spec.key))
        if code:
            problems.append(Problem(code, stage_key, spec.key))
    for item in stage.items_for(profile):
        if item.required and not case.checks.get(item.key):
            problems.append(Problem(Code.UNCHECKED_ITEM, stage_key, item.key))
    if stage.has_contact_log and not case.contacts:
        problems.append(Problem(Code.NO_CONTACTS, stage_key))
    if stage.has_fee_list and case.owed_by_shop().minor + case.owed_to_shop().minor > 0:
        problems.append(Problem(Code.FEES_OUTSTANDING, stage_key))
    if (
        stage.has_deposit_tracker
        and profile.ownership is Ownership.DEPOSIT
        and not case.get("deposit_refunded")
    ):
        problems.append(Problem(Code.DEPOSIT_NOT_REFUNDED, stage_key, "deposit_refunded"))
    return problems


def missing_evidence(case: Case, stage_key: str) -> list[Problem]:
    """Kinds of proof a stage expects of which the case holds none yet (in any stage)."""
    held = {item.category.value for item in case.evidence}
    return [
        Problem(Code.EVIDENCE_MISSING, stage_key, category)
        for category in catalogue.stage(stage_key).evidence_for(case.profile)
        if category not in held
    ]


def case_problems(case: Case) -> list[Problem]:
    """Everything the review page lists: per stage, what is missing, then stages not done.

    Missing proof is listed here but does not hold up marking a stage done: a shop owner
    may not have the paper yet, and the stage itself can still be finished.
    """
    problems: list[Problem] = []
    for stage in case.applicable_stages():
        if stage.is_review:
            continue
        problems.extend(stage_problems(case, stage.key))
        problems.extend(missing_evidence(case, stage.key))
        if stage.key not in case.stage_done:
            problems.append(Problem(Code.STAGE_NOT_DONE, stage.key))
    return problems
