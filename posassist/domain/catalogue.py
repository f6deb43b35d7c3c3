"""The stage catalogue: every stage, field and checklist item, declared as data.

Order is the order of STAGES. `when` says for which terminals a stage, field or item
applies. Labels and guidance live in the UI layer, keyed by the `key`s below, so that
this module stays free of any language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from posassist.domain.profile import FaultOutcome, Ownership, Profile, Reason, TerminalType

HW, SW, MOB = TerminalType.HARDWARE, TerminalType.SOFTWARE, TerminalType.MOBILE


@dataclass(frozen=True)
class When:
    """A condition on the profile; an empty set means any value."""

    types: frozenset[TerminalType] = frozenset()
    ownerships: frozenset[Ownership] = frozenset()
    reasons: frozenset[Reason] = frozenset()
    closes_for_good: bool | None = None
    fault_outcomes: frozenset[FaultOutcome] = frozenset()

    def applies(self, profile: Profile) -> bool:
        return (
            (not self.types or profile.terminal_type in self.types)
            and (not self.ownerships or profile.ownership in self.ownerships)
            and (not self.reasons or profile.reason in self.reasons)
            and (self.closes_for_good is None or profile.closes_for_good == self.closes_for_good)
            and (not self.fault_outcomes or profile.fault_outcome in self.fault_outcomes)
        )

    def __or__(self, other: When | AnyOf) -> AnyOf:
        return AnyOf((self, *(other.options if isinstance(other, AnyOf) else (other,))))


@dataclass(frozen=True)
class AnyOf:
    options: tuple[When, ...]

    def applies(self, profile: Profile) -> bool:
        return any(option.applies(profile) for option in self.options)


def when(
    types: Iterable[TerminalType] = (),
    ownerships: Iterable[Ownership] = (),
    reasons: Iterable[Reason] = (),
    closes_for_good: bool | None = None,
    fault_outcomes: Iterable[FaultOutcome] = (),
) -> When:
    return When(
        frozenset(types),
        frozenset(ownerships),
        frozenset(reasons),
        closes_for_good,
        frozenset(fault_outcomes),
    )


ALWAYS = When()
WITH_DEVICE = when(types=(HW, MOB))
CLOSING_FOR_GOOD = when(closes_for_good=True)
# A device goes back when it was never the shop's, or to be repaired or swapped.
NOT_THE_SHOPS = when(types=(HW, MOB), ownerships=(Ownership.LEASED, Ownership.DEPOSIT))
SENT_FOR_REPAIR = when(
    types=(HW, MOB),
    reasons=(Reason.FAULT,),
    fault_outcomes=(FaultOutcome.REPAIR, FaultOutcome.REPLACE),
)
DEVICE_GOES_BACK = NOT_THE_SHOPS | SENT_FOR_REPAIR


class Kind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    DIGITS = "digits"  # an identifier of digits; `length` is the usual length
    LAST4 = "last4"  # the last 4 digits of an account, never more
    DATE = "date"
    MONEY = "money"
    CHOICE = "choice"
    BOOL = "bool"
    RATE = "rate"  # a fee rate such as 0.38%, kept as written in its plain form


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind = Kind.TEXT
    required: bool = False
    when: When | AnyOf = ALWAYS
    choices: tuple[str, ...] = ()
    length: int | None = None  # for DIGITS: the expected length (a warning, not a refusal)


@dataclass(frozen=True)
class Item:
    """A checklist item: something the shop owner ticks off."""

    key: str
    required: bool = True
    when: When | AnyOf = ALWAYS


@dataclass(frozen=True)
class Expect:
    """A kind of proof (an evidence category) the stage asks for."""

    category: str
    when: When | AnyOf = ALWAYS


@dataclass(frozen=True)
class Stage:
    key: str
    fields: tuple[Field, ...] = ()
    checklist: tuple[Item, ...] = ()
    when: When | AnyOf = ALWAYS
    # Parts of a stage that are lists rather than single fields.
    has_contact_log: bool = False
    has_fee_list: bool = False
    has_deposit_tracker: bool = False
    is_review: bool = False
    # Kinds of proof the stage expects (used by the evidence panel and the review).
    expected_evidence: tuple[Expect, ...] = field(default=())

    def fields_for(self, profile: Profile) -> list[Field]:
        return [f for f in self.fields if f.when.applies(profile)]

    def items_for(self, profile: Profile) -> list[Item]:
        return [i for i in self.checklist if i.when.applies(profile)]

    def evidence_for(self, profile: Profile) -> list[str]:
        return [e.category for e in self.expected_evidence if e.when.applies(profile)]


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


CONTACT_CHANNELS = ("phone", "app", "email", "visit", "letter", "chat")
APPLY_CHANNELS = ("hotline", "app", "form", "visit", "letter", "other")
RETURN_METHODS = ("courier", "handed_over", "collected")
CURRENCY_CHOICES = ("CNY", "HKD", "MOP", "USD", "EUR", "GBP")

# Fields whose values identify the case and decide the path; the store keeps them as
# columns of the case row.
PROFILE_KEYS = ("terminal_type", "ownership", "reason", "fault_outcome")

STAGES: tuple[Stage, ...] = (
    Stage(
        "terminal",
        fields=(
            Field("shop_name", required=True),
            # Who signs the shop's letters and how a desk reaches them (issue 14).
            Field("owner_name"),
            Field("owner_phone"),
            Field("shop_address"),
            Field("provider", required=True),
            Field("hotline"),
            Field("contract_no"),
            Field("merchant_id", Kind.DIGITS, length=15),
            Field("terminal_id", Kind.DIGITS, length=8),
            Field("terminal_type", Kind.CHOICE, required=True, choices=_choices(TerminalType)),
            Field("serial_no", required=True, when=WITH_DEVICE),
            Field("ownership", Kind.CHOICE, required=True, choices=_choices(Ownership)),
            Field(
                "deposit_amount",
                Kind.MONEY,
                required=True,
                when=when(ownerships=(Ownership.DEPOSIT,)),
            ),
            Field("currency", Kind.CHOICE, required=True, choices=CURRENCY_CHOICES),
            Field("bank_name"),
            Field("bank_last4", Kind.LAST4),
            Field("reason", Kind.CHOICE, required=True, choices=_choices(Reason)),
            Field(
                "fault_outcome",
                Kind.CHOICE,
                required=True,
                when=when(reasons=(Reason.FAULT,)),
                choices=_choices(FaultOutcome),
            ),
            Field("fault_description", Kind.MULTILINE, when=when(reasons=(Reason.FAULT,))),
            Field(
                "suspension_notice_on",
                Kind.DATE,
                required=True,
                when=when(reasons=(Reason.SUSPENDED,)),
            ),
            Field("appeal_note", Kind.MULTILINE, when=when(reasons=(Reason.SUSPENDED,))),
            Field("reason_note", Kind.MULTILINE, required=True, when=when(reasons=(Reason.OTHER,))),
        ),
        checklist=(
            Item("label_photographed", when=WITH_DEVICE),
            Item("contract_found", required=False),
            Item("notices_kept", when=when(reasons=(Reason.SUSPENDED,))),
        ),
        expected_evidence=(Expect("correspondence", when(reasons=(Reason.SUSPENDED,))),),
    ),
    Stage(
        "backup",
        fields=(
            Field("last_transaction_on", Kind.DATE, required=True),
            Field("last_settlement_on", Kind.DATE, required=True),
            Field("amount_to_settle", Kind.MONEY),
        ),
        checklist=(
            Item("transactions_downloaded"),
            Item("settlements_downloaded"),
            Item("batch_settled", when=when(types=(HW,))),
            Item("slips_kept"),
        ),
        expected_evidence=(Expect("transaction_record"), Expect("settlement_slip")),
    ),
    Stage(
        "customers",
        when=CLOSING_FOR_GOOD,
        fields=(
            Field("last_card_day", Kind.DATE, required=True),
            Field("notice_posted_on", Kind.DATE, required=True),
        ),
        checklist=(
            Item("notice_at_till"),
            Item("online_listings_updated", required=False),
        ),
    ),
    Stage(
        "contact",
        has_contact_log=True,
        fields=(
            Field("acquirer"),
            # Where a written request or a complaint about the acquirer is sent.
            Field("acquirer_address"),
            # Someone acting for the merchant (the power of attorney names them).
            Field("agent_name"),
            Field("agent_id_number"),
            Field("agent_phone"),
            Field("agent_until", Kind.DATE),
        ),
        checklist=(
            Item("official_channel"),
            Item("procedure_asked"),
            Item("own_request_asked", when=CLOSING_FOR_GOOD),
        ),
        expected_evidence=(Expect("correspondence"),),
    ),
    Stage(
        "apply",
        when=CLOSING_FOR_GOOD,
        fields=(
            Field("applied_on", Kind.DATE, required=True),
            Field("apply_channel", Kind.CHOICE, required=True, choices=APPLY_CHANNELS),
            Field("apply_reference", required=True),
            Field("answer_due", Kind.DATE),
            Field("requested_close_on", Kind.DATE),
        ),
        checklist=(Item("application_copy_kept"),),
        expected_evidence=(Expect("application_form"),),
    ),
    Stage(
        "money",
        has_fee_list=True,
        has_deposit_tracker=True,
        fields=(
            Field("all_settled", Kind.BOOL, required=True),
            Field("deposit_taken_on", Kind.DATE, when=when(ownerships=(Ownership.DEPOSIT,))),
            Field(
                "deposit_conditions",
                Kind.MULTILINE,
                when=when(ownerships=(Ownership.DEPOSIT,)),
            ),
            Field(
                "deposit_conditions_proof",
                Kind.MULTILINE,
                when=when(ownerships=(Ownership.DEPOSIT,)),
            ),
            Field(
                "deposit_refund_due",
                Kind.DATE,
                required=True,
                when=when(ownerships=(Ownership.DEPOSIT,)),
            ),
            # Not "required": a deposit still out is its own problem (DEPOSIT_NOT_REFUNDED).
            Field("deposit_refunded", Kind.BOOL, when=when(ownerships=(Ownership.DEPOSIT,))),
            Field("deposit_refunded_on", Kind.DATE, when=when(ownerships=(Ownership.DEPOSIT,))),
            # The settlement check compares every fee with the agreed rate; a rise needs
            # 30 days' notice and the shop's consent (procedure.md, the money rules).
            Field("agreed_rate", Kind.RATE),
            Field("agreed_rate_on", Kind.DATE),
            Field("rate_rise_consented", Kind.BOOL),
        ),
        checklist=(
            Item("fee_list_checked"),
            Item("fee_consent_asked", required=False),
        ),
        expected_evidence=(Expect("fee_receipt"),),
    ),
    Stage(
        "return",
        fields=(
            Field(
                "return_method",
                Kind.CHOICE,
                required=True,
                when=DEVICE_GOES_BACK,
                choices=RETURN_METHODS,
            ),
            Field("courier", when=DEVICE_GOES_BACK),
            Field("tracking_no", when=DEVICE_GOES_BACK),
            Field("returned_on", Kind.DATE, required=True, when=DEVICE_GOES_BACK),
            Field("received_by", when=DEVICE_GOES_BACK),
            Field("app_uninstalled", Kind.BOOL, required=True, when=when(types=(SW,))),
            Field(
                "software_account_cancelled",
                Kind.BOOL,
                required=True,
                when=when(types=(SW,), closes_for_good=True),
            ),
            Field("data_wiped_on", Kind.DATE, required=True),
        ),
        checklist=(
            Item("device_photographed", when=WITH_DEVICE),
            Item("data_wiped"),
            Item("return_proof_kept", when=DEVICE_GOES_BACK),
            Item("paper_rolls_cleared", required=False, when=WITH_DEVICE),
        ),
        expected_evidence=(
            Expect("device_photo", WITH_DEVICE),
            Expect("return_receipt", DEVICE_GOES_BACK),
        ),
    ),
    Stage(
        "close",
        when=CLOSING_FOR_GOOD,
        fields=(
            Field("network_cut", Kind.BOOL, required=True, when=WITH_DEVICE),
            Field("merchant_closed", Kind.BOOL, required=True),
            Field("bank_unlinked", Kind.BOOL, required=True),
            Field("closure_reference", required=True),
            Field("closed_on", Kind.DATE, required=True),
        ),
        checklist=(
            Item("shutoff_confirmed"),
            Item("own_request_confirmed"),
        ),
        expected_evidence=(Expect("closure_confirmation"),),
    ),
    Stage(
        "after",
        fields=(
            Field("fees_confirmed", Kind.BOOL, required=True),
            Field("receipts_shredded", Kind.BOOL, required=True),
            Field("watch_until", Kind.DATE, required=True),
            Field("new_device_plans", Kind.MULTILINE),
        ),
        checklist=(
            Item("accounts_checked"),
            Item("registrations_checked", required=False),
            # Taking cards again, with a new device or provider (procedure.md, questions).
            Item("new_device_intact", required=False),
            Item("new_contract_fees_read", required=False),
            Item("old_terminal_closed", required=False),
        ),
    ),
    Stage("review", is_review=True),
)

STAGE_KEYS: tuple[str, ...] = tuple(stage.key for stage in STAGES)
_BY_KEY = {stage.key: stage for stage in STAGES}
FIELDS: dict[str, Field] = {f.key: f for stage in STAGES for f in stage.fields}
ITEMS: dict[str, Item] = {i.key: i for stage in STAGES for i in stage.checklist}
FIELD_STAGE: dict[str, str] = {f.key: stage.key for stage in STAGES for f in stage.fields}
ITEM_STAGE: dict[str, str] = {i.key: stage.key for stage in STAGES for i in stage.checklist}

# Days after the account is closed that bank statements are watched for stray debits.
WATCH_DAYS_AFTER_CLOSING = 90


def stage(key: str) -> Stage:
    return _BY_KEY[key]


def applicable_stages(profile: Profile) -> list[Stage]:
    return [s for s in STAGES if s.when.applies(profile)]
