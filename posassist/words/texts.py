"""Every word the app shows for a catalogue key, problem code or enum value.

The domain speaks in keys; this module turns them into translated text. Strings are
literal arguments of `translate()` so that pyside6-lupdate finds them.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from posassist.domain.case import CaseStatus, ComplaintPlace, Direction, FeeKind, StageStatus
from posassist.domain.catalogue import FIELDS, Kind
from posassist.domain.completeness import Code, Problem
from posassist.domain.history import Event, HistoryEntry
from posassist.domain.reminders import DateCode
from posassist.words.evidence import category, refusal
from posassist.words.translation import translate, translating_with

if TYPE_CHECKING:  # the settlement check's words load with it, not at start-up
    from posassist.domain.settlement import Finding

# and the labels below: the one vocabulary
__all__ = ["category", "refusal", "translate", "translating_with"]


def stage_title(key: str) -> str:
    return {
        "terminal": translate("Stages", "The terminal and why it stops"),
        "backup": translate("Stages", "Back up the records"),
        "customers": translate("Stages", "Tell your customers"),
        "contact": translate("Stages", "Contact the provider"),
        "apply": translate("Stages", "Apply to stop the terminal"),
        "money": translate("Stages", "Settle the money"),
        "return": translate("Stages", "Return the device / remove the software"),
        "close": translate("Stages", "Cut it off and close the accounts"),
        "after": translate("Stages", "Afterwards"),
        "review": translate("Stages", "Review"),
    }[key]


def field_label(key: str) -> str:
    return {
        "shop_name": translate("Fields", "Shop name"),
        "owner_name": translate("Fields", "Owner or legal representative (name)"),
        "owner_phone": translate("Fields", "Owner's contact phone"),
        "shop_address": translate("Fields", "Shop address"),
        "provider": translate("Fields", "Provider (who gave you the terminal)"),
        "hotline": translate("Fields", "Provider's customer-service hotline"),
        "contract_no": translate("Fields", "Contract / agreement number"),
        "merchant_id": translate("Fields", "Merchant ID"),
        "terminal_id": translate("Fields", "Terminal ID"),
        "terminal_type": translate("Fields", "Terminal type"),
        "serial_no": translate("Fields", "Device serial number (SN)"),
        "ownership": translate("Fields", "Whose device is it"),
        "deposit_amount": translate("Fields", "Deposit paid"),
        "currency": translate("Fields", "Currency"),
        "bank_name": translate("Fields", "Settlement account: bank"),
        "bank_last4": translate("Fields", "Settlement account: last 4 digits"),
        "reason": translate("Fields", "Why it stops"),
        "fault_outcome": translate("Fields", "What should happen to the faulty terminal"),
        "fault_description": translate("Fields", "What is wrong with it, since when"),
        "suspension_notice_on": translate("Fields", "Date of the suspension notice"),
        "appeal_note": translate("Fields", "Your appeal: what you asked for and why"),
        "reason_note": translate("Fields", "Describe the reason"),
        "last_transaction_on": translate("Fields", "Date of the last card payment"),
        "last_settlement_on": translate("Fields", "Date of the last settlement to your bank"),
        "amount_to_settle": translate("Fields", "Amount still to be settled to you"),
        "last_card_day": translate("Fields", "Last day card payments are taken"),
        "notice_posted_on": translate("Fields", "Notice put up on"),
        "acquirer": translate("Fields", "Acquirer (the licensed institution)"),
        "acquirer_address": translate("Fields", "Acquirer's address"),
        "agent_name": translate("Fields", "Person acting for you (name)"),
        "agent_id_number": translate("Fields", "Their ID card number"),
        "agent_phone": translate("Fields", "Their phone"),
        "agent_until": translate("Fields", "They may act for you until"),
        "applied_on": translate("Fields", "Application submitted on"),
        "apply_channel": translate("Fields", "How you applied"),
        "apply_reference": translate("Fields", "Reference / ticket number"),
        "answer_due": translate("Fields", "Answer promised by"),
        "requested_close_on": translate("Fields", "Close the account on (date you ask for)"),
        "all_settled": translate(
            "Fields", "All my card payments were settled to my bank account, amounts correct"
        ),
        "deposit_taken_on": translate("Fields", "Deposit taken on"),
        "deposit_conditions": translate("Fields", "Conditions for getting it back"),
        "deposit_conditions_proof": translate("Fields", "How the conditions were met"),
        "deposit_refund_due": translate("Fields", "Refund promised by"),
        "deposit_refunded": translate("Fields", "The deposit came back"),
        "deposit_refunded_on": translate("Fields", "Deposit refunded on"),
        "agreed_rate": translate("Fields", "Agreed fee rate"),
        "agreed_rate_on": translate("Fields", "Rate agreed on"),
        "rate_rise_consented": translate("Fields", "I agreed in writing to a higher rate"),
        "return_method": translate("Fields", "How the device went back"),
        "courier": translate("Fields", "Courier company"),
        "tracking_no": translate("Fields", "Tracking number"),
        "returned_on": translate("Fields", "Sent or handed over on"),
        "received_by": translate("Fields", "Received by (name)"),
        "app_uninstalled": translate("Fields", "The app or software is uninstalled everywhere"),
        "software_account_cancelled": translate("Fields", "The software account is cancelled"),
        "data_wiped_on": translate("Fields", "Sensitive data wiped on"),
        "network_cut": translate(
            "Fields", "Cut off from the network (SIM removed, Wi-Fi forgotten)"
        ),
        "merchant_closed": translate("Fields", "Merchant account closed"),
        "bank_unlinked": translate("Fields", "Settlement card unlinked"),
        "closure_reference": translate("Fields", "Closure confirmation number"),
        "closed_on": translate("Fields", "Account closed on"),
        "fees_confirmed": translate("Fields", "All fees are confirmed settled"),
        "receipts_shredded": translate("Fields", "Paper slips with card data are shredded"),
        "watch_until": translate("Fields", "Watch bank statements until"),
        "new_device_plans": translate("Fields", "Plans for a new terminal, if any"),
    }[key]


def field_hint(key: str) -> str:
    """Placeholder text: where to find the value, or an example."""
    return {
        "merchant_id": translate("Fields", "15 digits, printed on every slip"),
        "terminal_id": translate("Fields", "8 digits, printed on every slip"),
        "serial_no": translate("Fields", "On the label on the back of the device"),
        "hotline": translate("Fields", "e.g. 95xxx or 400-xxx-xxxx"),
        "bank_last4": translate("Fields", "Only the last 4 digits are kept"),
        "apply_reference": translate("Fields", "Given to you by the hotline or the app"),
        "closure_reference": translate("Fields", "From the provider's written confirmation"),
        "tracking_no": translate("Fields", "From the courier receipt"),
        "agreed_rate": translate("Fields", "e.g. 0.38%, as in the contract"),
        "owner_name": translate("Fields", "Signs your letters and complaints"),
        "acquirer_address": translate("Fields", "From the contract or the acquirer's website"),
        "agent_name": translate("Fields", "Only if someone else deals with the provider for you"),
    }.get(key, "")


def choice_label(field_key: str, value: str) -> str:
    labels = {
        "terminal_type": {
            "hardware": translate("Choices", "Hardware POS (countertop, smart or e-signature)"),
            "software": translate("Choices", "Software POS (app or cash-register software)"),
            "mobile": translate("Choices", "Mobile POS (card reader used with a phone)"),
        },
        "ownership": {
            "leased": translate("Choices", "Leased from the provider"),
            "bought": translate("Choices", "Bought, it is mine"),
            "deposit": translate("Choices", "Lent against a deposit"),
        },
        "reason": {
            "closing": translate("Choices", "Closing down or business change"),
            "fault": translate("Choices", "Fault or damage"),
            "suspended": translate("Choices", "Suspended by the payment institution"),
            "switching": translate("Choices", "Switching to another provider"),
            "other": translate("Choices", "Other reason"),
        },
        "fault_outcome": {
            "repair": translate("Choices", "Have it repaired"),
            "replace": translate("Choices", "Get a replacement device"),
            "close": translate("Choices", "Stop using card payments with it for good"),
        },
        "apply_channel": {
            "hotline": translate("Choices", "Official hotline"),
            "app": translate("Choices", "Provider's app or website"),
            "form": translate("Choices", "Paper form"),
            "visit": translate("Choices", "In person"),
            "letter": translate("Choices", "Letter"),
            "other": translate("Choices", "Other"),
        },
        "return_method": {
            "courier": translate("Choices", "Sent by courier"),
            "handed_over": translate("Choices", "Handed over in person"),
            "collected": translate("Choices", "Collected by the provider"),
        },
        "channel": {
            "phone": translate("Choices", "Phone"),
            "app": translate("Choices", "App"),
            "email": translate("Choices", "E-mail"),
            "visit": translate("Choices", "Visit"),
            "letter": translate("Choices", "Letter"),
            "chat": translate("Choices", "Chat message"),
        },
    }
    if field_key == "currency":
        return value
    return labels[field_key][value]


def item_label(key: str) -> str:
    return {
        "label_photographed": translate(
            "Checklist", "Photographed the device and the label with its serial number"
        ),
        "contract_found": translate("Checklist", "Found the contract or took screenshots of it"),
        "notices_kept": translate(
            "Checklist", "Kept every notice and message from the institution"
        ),
        "transactions_downloaded": translate(
            "Checklist", "Downloaded the transaction records from the provider's app or portal"
        ),
        "settlements_downloaded": translate(
            "Checklist", "Downloaded the settlement and deduction records"
        ),
        "batch_settled": translate(
            "Checklist", "Settled the open batch, signed off and printed the settlement slip"
        ),
        "slips_kept": translate("Checklist", "Keeping the merchant copies of the sales slips"),
        "notice_at_till": translate("Checklist", "A notice is up at the till and the door"),
        "online_listings_updated": translate(
            "Checklist", "Online listings no longer mention card payment"
        ),
        "official_channel": translate(
            "Checklist", "Reached the acquirer's official hotline or app, not only the agent"
        ),
        "procedure_asked": translate(
            "Checklist", "Asked for the exact procedure, the fees and the deadlines"
        ),
        "own_request_asked": translate(
            "Checklist", "Asked them to record the exit as your own request"
        ),
        "application_copy_kept": translate(
            "Checklist", "Kept a copy or screenshot of the application"
        ),
        "fee_list_checked": translate(
            "Checklist", "Compared every deduction with the contract and the fee list"
        ),
        "fee_consent_asked": translate(
            "Checklist", "Asked for the record of your consent to any fee change"
        ),
        "device_photographed": translate(
            "Checklist", "Photographed the device before it left the shop"
        ),
        "data_wiped": translate(
            "Checklist", "Cleared stored transactions and shop data (factory reset)"
        ),
        "return_proof_kept": translate("Checklist", "Kept the courier or handover receipt"),
        "paper_rolls_cleared": translate(
            "Checklist", "Cleared away printer rolls and printed slips"
        ),
        "shutoff_confirmed": translate(
            "Checklist", "Got written confirmation that the terminal is shut off"
        ),
        "own_request_confirmed": translate(
            "Checklist", "The confirmation says it was your own request, not a forced removal"
        ),
        "accounts_checked": translate(
            "Checklist", "Checked the linked bank and payment accounts for unexpected debits"
        ),
        "registrations_checked": translate(
            "Checklist", "Checked for forgotten merchant registrations under your ID"
        ),
        "new_device_intact": translate(
            "Checklist", "Taking cards again: the new device is intact and works"
        ),
        "new_contract_fees_read": translate(
            "Checklist", "Taking cards again: read the new contract's rate and every fee"
        ),
        "old_terminal_closed": translate(
            "Checklist", "Taking cards again: the old terminal is confirmed closed in writing"
        ),
    }[key]


def stage_status(status: StageStatus) -> str:
    return {
        StageStatus.NOT_STARTED: translate("Status", "Not started"),
        StageStatus.IN_PROGRESS: translate("Status", "In progress"),
        StageStatus.DONE: translate("Status", "Done"),
        StageStatus.NOT_NEEDED: translate("Status", "Not needed"),
    }[status]


def case_status(status: CaseStatus) -> str:
    return {
        CaseStatus.IN_PROGRESS: translate("Status", "In progress"),
        CaseStatus.DONE: translate("Status", "Done"),
        CaseStatus.ARCHIVED: translate("Status", "Archived"),
    }[status]


def fee_kind(kind: FeeKind) -> str:
    return {
        FeeKind.RENT: translate("Fees", "Rent"),
        FeeKind.MAINTENANCE: translate("Fees", "Maintenance fee"),
        FeeKind.TRANSACTION: translate("Fees", "Transaction fees"),
        FeeKind.SIM_DATA: translate("Fees", "SIM / data fee"),
        FeeKind.SERVICE: translate("Fees", "Service / annual fee"),
        FeeKind.DEPOSIT_REFUND: translate("Fees", "Deposit refund"),
        FeeKind.EARLY_TERMINATION: translate("Fees", "Early-termination fee"),
        FeeKind.OTHER: translate("Fees", "Other"),
    }[kind]


def direction(value: Direction) -> str:
    return {
        Direction.SHOP_PAYS: translate("Fees", "The shop pays"),
        Direction.SHOP_IS_OWED: translate("Fees", "The shop is owed"),
    }[value]


def date_code(code: DateCode) -> str:
    return {
        DateCode.LAST_CARD_DAY: translate("Dates", "Last day of card payments"),
        DateCode.ANSWER_DUE: translate("Dates", "Provider's answer due"),
        DateCode.FOLLOW_UP: translate("Dates", "Follow up with the provider"),
        DateCode.DEPOSIT_REFUND_DUE: translate("Dates", "Deposit refund due"),
        DateCode.WATCH_UNTIL: translate("Dates", "Stop watching bank statements"),
        DateCode.COMPLAINT_PROMISED: translate("Dates", "Answer to the complaint promised"),
        DateCode.COMPLAINT_ACCEPTANCE: translate(
            "Dates", "Complaint accepted or not by now (7 working days)"
        ),
        DateCode.COMPLAINT_ANSWER: translate("Dates", "Answer to the complaint due (15 days)"),
        DateCode.COMPLAINT_ANSWER_LATEST: translate(
            "Dates", "Answer to the complaint due at the latest (60 days)"
        ),
        DateCode.DATA_FEE_RENEWAL: translate(
            "Dates", "Data fee renewal: check it is not charged again"
        ),
        DateCode.KEEP_SLIPS_UNTIL: translate("Dates", "Keep the sales slips until"),
        DateCode.KEEP_DOSSIER_UNTIL: translate("Dates", "Keep the dossier until"),
    }[code]


def complaint_place(place: ComplaintPlace) -> str:
    return {
        ComplaintPlace.PROVIDER: translate("Complaints", "Provider's complaint service"),
        ComplaintPlace.PBOC: translate("Complaints", "People's Bank of China branch"),
        ComplaintPlace.HOTLINE_12363: translate("Complaints", "12363 hotline"),
        ComplaintPlace.OTHER: translate("Complaints", "Elsewhere"),
    }[place]


def problem(p: Problem) -> str:
    if p.code is Code.MISSING_FIELD and p.key and FIELDS[p.key].kind is Kind.BOOL:
        return translate("Problems", "Not ticked: %1").replace("%1", field_label(p.key))
    if p.code is Code.MISSING_FIELD and p.key:
        return translate("Problems", "Not filled in: %1").replace("%1", field_label(p.key))
    if p.code is Code.UNCHECKED_ITEM and p.key:
        return translate("Problems", "Not ticked: %1").replace("%1", item_label(p.key))
    if p.code is Code.WRONG_LENGTH and p.key:
        return translate("Problems", "Unusual number of digits: %1").replace(
            "%1", field_label(p.key)
        )
    if p.code is Code.EVIDENCE_MISSING and p.key:
        return translate("Problems", "No proof attached yet: %1").replace("%1", category(p.key))
    if p.code is Code.NOT_DIGITS and p.key:
        return translate("Problems", "Should contain only digits: %1").replace(
            "%1", field_label(p.key)
        )
    return {
        Code.NO_CONTACTS: translate("Problems", "No contact with the provider is logged yet"),
        Code.FEES_OUTSTANDING: translate("Problems", "The fee list still shows money owed"),
        Code.DEPOSIT_NOT_REFUNDED: translate("Problems", "The deposit has not come back yet"),
        Code.STAGE_NOT_DONE: translate("Problems", "This step is not marked done"),
    }.get(p.code, p.code.value)


def event(entry: HistoryEntry) -> str:
    subject = entry.subject
    if entry.event in (Event.STAGE_DONE, Event.STAGE_REOPENED) and subject:
        with contextlib.suppress(KeyError):
            subject = stage_title(subject)
    text = {
        Event.CASE_CREATED: translate("History", "Case created"),
        Event.STATUS_CHANGED: translate("History", "Case status changed"),
        Event.PATH_CHANGED: translate("History", "Terminal details changed: %1"),
        Event.STAGE_DONE: translate("History", "Step marked done: %1"),
        Event.STAGE_REOPENED: translate("History", "Step reopened: %1"),
        Event.CONTACT_ADDED: translate("History", "Contact logged"),
        Event.CONTACT_REMOVED: translate("History", "Contact removed from the log"),
        Event.COMPLAINT_ADDED: translate("History", "Complaint logged"),
        Event.COMPLAINT_CHANGED: translate("History", "Complaint changed"),
        Event.COMPLAINT_REMOVED: translate("History", "Complaint removed from the log"),
        Event.FEE_ADDED: translate("History", "Fee added"),
        Event.FEE_REMOVED: translate("History", "Fee removed"),
        Event.EVIDENCE_ADDED: translate("History", "Evidence attached"),
        Event.EVIDENCE_REMOVED: translate("History", "Evidence removed"),
        Event.EVIDENCE_RESTORED: translate("History", "Evidence put back"),
        Event.EVIDENCE_CHANGED: translate("History", "Evidence details changed"),
        Event.EVIDENCE_DAMAGED: translate(
            "History", "Stored evidence no longer matches its fingerprint"
        ),
    }[entry.event]
    return text.replace("%1", subject)


def finding_title(code: str) -> str:
    """A settlement check finding's title (words.findings, which imports this module)."""
    from posassist.words import findings

    return findings.title(code)


def finding_sentence(finding: Finding) -> str:
    """What a finding means and what to ask the provider for."""
    from posassist.words import findings

    return findings.sentence(finding)
