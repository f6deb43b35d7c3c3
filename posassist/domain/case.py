"""The case file: one terminal's closure, as the shop owner has filled it in so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from posassist.domain import catalogue
from posassist.domain.evidence import Evidence
from posassist.domain.money import DEFAULT_CURRENCY, Money, total, zero
from posassist.domain.profile import FaultOutcome, Ownership, Profile, Reason, TerminalType


class CaseStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ARCHIVED = "archived"


class StageStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_NEEDED = "not_needed"


class FeeKind(StrEnum):
    RENT = "rent"
    MAINTENANCE = "maintenance"
    TRANSACTION = "transaction"
    SIM_DATA = "sim_data"
    SERVICE = "service"
    DEPOSIT_REFUND = "deposit_refund"
    EARLY_TERMINATION = "early_termination"
    OTHER = "other"


class Direction(StrEnum):
    SHOP_PAYS = "shop_pays"
    SHOP_IS_OWED = "shop_is_owed"


@dataclass
class Fee:
    kind: FeeKind
    due: Money
    paid: Money
    direction: Direction = Direction.SHOP_PAYS
    on: dt.date | None = None
    note: str = ""
    id: int | None = None

    @property
    def outstanding(self) -> Money:
        left = self.due - self.paid
        return left if left.minor > 0 else zero(left.currency)


@dataclass
class Contact:
    at: dt.datetime  # timezone-aware
    channel: str
    person: str = ""
    reference: str = ""
    summary: str = ""
    follow_up: dt.date | None = None
    id: int | None = None


class ComplaintPlace(StrEnum):
    """Where a complaint was filed (procedure.md, "Where to complain")."""

    PROVIDER = "provider"  # the provider's own complaint service, first
    PBOC = "pboc"  # a People's Bank of China branch
    HOTLINE_12363 = "12363"  # the People's Bank's financial-consumer hotline
    OTHER = "other"  # e.g. a report to the payment clearing association


@dataclass
class Complaint:
    filed_on: dt.date
    place: ComplaintPlace
    ticket: str = ""  # ticket / reference number (工单号)
    request: str = ""  # what was asked, with facts and reasons
    promised_on: dt.date | None = None  # the answer date the desk promised
    answer: str = ""
    answered_on: dt.date | None = None
    place_note: str = ""  # which branch or desk
    id: int | None = None

    @property
    def answered(self) -> bool:
        return self.answered_on is not None or bool(self.answer.strip())


@dataclass
class Case:
    """Field values keyed by catalogue key; profile and names are among them."""

    values: dict[str, Any] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    stage_done: dict[str, dt.datetime] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    fees: list[Fee] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)  # what is attached, not removed
    status: CaseStatus = CaseStatus.IN_PROGRESS
    current_stage: str = catalogue.STAGE_KEYS[0]
    created_at: dt.datetime | None = None
    id: int | None = None

    # -- identity -------------------------------------------------------------
    @property
    def shop_name(self) -> str:
        return self.values.get("shop_name") or ""

    @property
    def provider(self) -> str:
        return self.values.get("provider") or ""

    @property
    def currency(self) -> str:
        return self.values.get("currency") or DEFAULT_CURRENCY

    @property
    def profile(self) -> Profile:
        v = self.values
        return Profile(
            TerminalType(v.get("terminal_type") or TerminalType.HARDWARE),
            Ownership(v.get("ownership") or Ownership.LEASED),
            Reason(v.get("reason") or Reason.CLOSING),
            FaultOutcome(v.get("fault_outcome") or FaultOutcome.REPAIR),
        )

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def is_set(self, key: str) -> bool:
        value = self.values.get(key)
        return value not in (None, "", False)

    # -- stages ---------------------------------------------------------------
    def applicable_stages(self) -> list[catalogue.Stage]:
        return catalogue.applicable_stages(self.profile)

    def stage_status(self, key: str) -> StageStatus:
        stage = catalogue.stage(key)
        profile = self.profile
        if not stage.when.applies(profile):
            return StageStatus.NOT_NEEDED
        if key in self.stage_done:
            return StageStatus.DONE
        if self._stage_touched(stage, profile):
            return StageStatus.IN_PROGRESS
        return StageStatus.NOT_STARTED

    def _stage_touched(self, stage: catalogue.Stage, profile: Profile) -> bool:
        if stage.has_contact_log and self.contacts:
            return True
        if stage.has_fee_list and self.fees:
            return True
        # The profile choices of the first stage have defaults; a stage counts as
        # started once something else in it was entered.
        keys = [f.key for f in stage.fields_for(profile) if f.key not in catalogue.PROFILE_KEYS]
        keys = [k for k in keys if k != "currency"]
        return any(self.is_set(k) for k in keys) or any(
            self.checks.get(i.key) for i in stage.items_for(profile)
        )

    def progress(self) -> tuple[int, int]:
        """(stages done, stages that apply), the review page not counted."""
        stages = [s for s in self.applicable_stages() if not s.is_review]
        return sum(1 for s in stages if s.key in self.stage_done), len(stages)

    # -- money ----------------------------------------------------------------
    def owed_by_shop(self) -> Money:
        return total(
            [f.outstanding for f in self.fees if f.direction is Direction.SHOP_PAYS], self.currency
        )

    def owed_to_shop(self) -> Money:
        return total(
            [f.outstanding for f in self.fees if f.direction is Direction.SHOP_IS_OWED],
            self.currency,
        )
