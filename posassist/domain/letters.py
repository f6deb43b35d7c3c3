"""The letters a case turns into (issue 14), as data: whom each is for, which facts it
needs, which kinds of proof it cites; and `missing_facts`, what a case still lacks for one.

Codes only, like completeness.py's problems: words.letters.letter_missing words them. A
letter is made only when nothing is missing, so no letter ever prints a blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from posassist.domain import catalogue
from posassist.domain.case import Case, Contact, Direction, FeeKind
from posassist.domain.evidence import Category
from posassist.domain.money import Money, total
from posassist.domain.profile import Ownership


class LetterKind(StrEnum):
    CLOSE = "close"  # 停用/注销申请, to the acquirer
    REFUND = "refund"  # 退款申请, to the provider
    COMPLAINT = "complaint"  # 投诉, to the provider's complaint service
    COMPLAINT_PBC = "complaint-pbc"  # 投诉, to the People's Bank branch / 12363
    POWER_OF_ATTORNEY = "power-of-attorney"  # 授权委托书


class Need(StrEnum):
    FIELD = "field"  # key: a catalogue field that is empty
    ID_NUMBER = "id_number"  # the owner's ID number, given when the letter is made
    BAD_ID_NUMBER = "bad_id_number"  # given, but its check digit or form is wrong
    CONTACT = "contact"  # nothing is logged of what was asked before
    PROVIDER_ANSWER = "provider_answer"  # no answer of the provider in the contact log
    REFUND = "refund"  # nothing to refund: no fee owed to the shop, no deposit out
    GRIEVANCE = "grievance"  # nothing to complain about: no money owed, closure confirmed
    EVIDENCE = "evidence"  # key: the first category the letter cites; none attached
    NOT_CLOSING = "not_closing"  # the terminal is repaired or replaced, not closed


@dataclass(frozen=True)
class Missing:
    code: Need
    key: str | None = None

    @property
    def stage(self) -> str | None:
        """The step where the owner fills it in (None: given at export time)."""
        if self.code is Need.FIELD and self.key:
            return catalogue.FIELD_STAGE[self.key]
        return {
            Need.CONTACT: "contact",
            Need.PROVIDER_ANSWER: "contact",
            Need.REFUND: "money",
            Need.GRIEVANCE: "money",
            Need.NOT_CLOSING: "terminal",
        }.get(self.code)


# Who a letter is addressed to.
ACQUIRER, PROVIDER, PBC, WHOM_IT_MAY_CONCERN = "acquirer", "provider", "pbc", "any"

_PROOF_OF_MONEY = (
    Category.FEE_RECEIPT,
    Category.SETTLEMENT_SLIP,
    Category.TRANSACTION_RECORD,
    Category.RETURN_RECEIPT,
    Category.CLOSURE_CONFIRMATION,
)
_PROOF_OF_DEALINGS = (
    Category.CORRESPONDENCE,
    Category.APPLICATION_FORM,
    *_PROOF_OF_MONEY,
)


@dataclass(frozen=True)
class LetterSpec:
    kind: LetterKind
    addressee: str
    fields: tuple[str, ...]  # catalogue keys; a field that does not apply is not needed
    evidence: tuple[Category, ...]  # the kinds of proof it cites, in this order
    needs_evidence: bool = True  # at least one item of those kinds
    needs_id_number: bool = False
    needs_contact: bool = False
    needs_answer: bool = False
    needs_refund: bool = False
    needs_grievance: bool = False
    closing_only: bool = False


_WHO = ("shop_name", "owner_name", "owner_phone")
_TERMINAL = ("merchant_id", "terminal_id", "serial_no")

LETTERS: dict[LetterKind, LetterSpec] = {
    spec.kind: spec
    for spec in (
        LetterSpec(
            LetterKind.CLOSE,
            ACQUIRER,
            (*_WHO, "acquirer", *_TERMINAL, "requested_close_on", "bank_name", "bank_last4"),
            (
                Category.APPLICATION_FORM,
                Category.SETTLEMENT_SLIP,
                Category.DEVICE_PHOTO,
                Category.CORRESPONDENCE,
                Category.TRANSACTION_RECORD,
            ),
            closing_only=True,
        ),
        LetterSpec(
            LetterKind.REFUND,
            PROVIDER,
            (*_WHO, "provider", *_TERMINAL, "bank_name", "bank_last4"),
            _PROOF_OF_MONEY,
            needs_refund=True,
        ),
        LetterSpec(
            LetterKind.COMPLAINT,
            PROVIDER,
            (*_WHO, "provider", *_TERMINAL),
            _PROOF_OF_DEALINGS,
            needs_contact=True,
            needs_grievance=True,
        ),
        LetterSpec(
            LetterKind.COMPLAINT_PBC,
            PBC,
            (*_WHO, "provider", "acquirer", "acquirer_address", *_TERMINAL),
            _PROOF_OF_DEALINGS,
            needs_id_number=True,
            needs_answer=True,
            needs_grievance=True,
        ),
        LetterSpec(
            LetterKind.POWER_OF_ATTORNEY,
            WHOM_IT_MAY_CONCERN,
            (
                "shop_name",
                "owner_name",
                "provider",
                "merchant_id",
                "terminal_id",
                "agent_name",
                "agent_id_number",
                "agent_until",
            ),
            (Category.APPLICATION_FORM, Category.CORRESPONDENCE),
            needs_evidence=False,
            needs_id_number=True,
        ),
    )
}


@dataclass(frozen=True)
class RefundItem:
    """Money the shop asks back: an owed fee from the fee list, or the deposit."""

    kind: FeeKind  # DEPOSIT_REFUND for the deposit
    amount: Money
    note: str = ""
    on: object = None  # the fee's date, when the fee list has one


def refund_items(case: Case) -> list[RefundItem]:
    """What is owed to the shop: each fee owed to it and not yet paid back, then the
    deposit while it has not come back (and the fee list does not carry it already)."""
    items = [
        RefundItem(fee.kind, fee.outstanding, fee.note, fee.on)
        for fee in case.fees
        if fee.direction is Direction.SHOP_IS_OWED and fee.outstanding.minor > 0
    ]
    deposit = case.get("deposit_amount")
    listed = any(item.kind is FeeKind.DEPOSIT_REFUND for item in items)
    if (
        case.profile.ownership is Ownership.DEPOSIT
        and isinstance(deposit, Money)
        and deposit.minor > 0
        and not case.get("deposit_refunded")
        and not listed
    ):
        items.append(RefundItem(FeeKind.DEPOSIT_REFUND, deposit))
    return items


def refund_total(case: Case) -> Money:
    return total([item.amount for item in refund_items(case)], case.currency)


def closure_unconfirmed(case: Case) -> bool:
    """Applied to close, and no closure confirmation number yet."""
    return (
        case.profile.closes_for_good
        and case.is_set("applied_on")
        and not case.is_set("closure_reference")
    )


def provider_answer(case: Case) -> Contact | None:
    """The provider's latest word: the last logged contact that says something."""
    said = [c for c in case.contacts if c.summary.strip()]
    return max(said, key=lambda c: c.at) if said else None


def cited(case: Case, kind: LetterKind) -> list:
    """The evidence items the letter cites, in the order of its kinds of proof."""
    order = {category: i for i, category in enumerate(LETTERS[kind].evidence)}
    items = [e for e in case.evidence if e.category in order]
    return sorted(items, key=lambda e: order[e.category])


_MAINLAND_ID = re.compile(r"^\d{17}[\dX]$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_OTHER_ID = re.compile(r"^[0-9A-Za-z()（）-]{5,30}$")


def normal_id_number(text: str) -> str:
    return text.strip().upper().replace(" ", "")


def id_number_ok(text: str) -> bool:
    """A mainland resident ID (18 characters, GB 11643 check digit), or another
    document's number (passport, Hong Kong/Macao/Taiwan permits): 5-30 letters/digits."""
    number = normal_id_number(text)
    if _MAINLAND_ID.match(number):
        checksum = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
        return _CHECK[checksum % 11] == number[17]
    if len(number) == 18 and number[:17].isdigit():
        return False  # looks like a mainland ID with a bad last character
    return bool(_OTHER_ID.match(number))


def missing_facts(kind: LetterKind, case: Case, id_number: str | None = None) -> list[Missing]:
    """What the case lacks for a letter of `kind`, in the order the letter uses it."""
    spec = LETTERS[LetterKind(kind)]
    profile = case.profile
    missing: list[Missing] = []
    if spec.closing_only and not profile.closes_for_good:
        missing.append(Missing(Need.NOT_CLOSING))
    for key in spec.fields:
        field = catalogue.FIELDS[key]
        stage = catalogue.stage(catalogue.FIELD_STAGE[key])
        if field.when.applies(profile) and stage.when.applies(profile) and not case.is_set(key):
            missing.append(Missing(Need.FIELD, key))
    if id_number is not None and id_number.strip() and not id_number_ok(id_number):
        missing.append(Missing(Need.BAD_ID_NUMBER))
    elif spec.needs_id_number and not (id_number and id_number.strip()):
        missing.append(Missing(Need.ID_NUMBER))
    if spec.needs_contact and not case.contacts:
        missing.append(Missing(Need.CONTACT))
    if spec.needs_answer and provider_answer(case) is None:
        missing.append(Missing(Need.PROVIDER_ANSWER))
    if spec.needs_refund and not refund_items(case):
        missing.append(Missing(Need.REFUND))
    if spec.needs_grievance and not (refund_items(case) or closure_unconfirmed(case)):
        missing.append(Missing(Need.GRIEVANCE))
    if spec.needs_evidence and not cited(case, kind):
        missing.append(Missing(Need.EVIDENCE, spec.evidence[0].value))
    return missing
