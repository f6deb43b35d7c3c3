"""The body of each kind of letter: title, addressee, what it says and asks, as blocks.

The words are the source strings of translate("Letters", …) (their Chinese in the app's
catalogue); the facts come from the case through letter_content's writer. The parts every
letter ends with (enclosures, fingerprint, closing, signature) are added by build_content.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from posassist.domain import letters as dl
from posassist.domain.letters import LetterKind
from posassist.report.letter_content import Block


def _to(w: Any, name: str, address_key: str | None = None) -> list[Block]:
    translate = w.translate
    blocks = [Block("to", w.tr(translate("Letters", "%1:"), name))]
    if address_key and w.case.is_set(address_key):
        blocks.append(Block("lines", rows=(w.v(address_key),)))
    if w.layout["salutation"]:  # a Chinese letter goes straight to its matter
        blocks.append(Block("salutation", translate("Letters", "Dear Sir or Madam,")))
    return blocks


def close(w: Any, id_number: str | None) -> list[Block]:
    translate = w.translate
    blocks = [
        Block(
            "title",
            translate("Letters", "Application to stop the terminal and close the account"),
        ),
        *_to(w, w.v("acquirer"), "acquirer_address"),
        Block(
            "para",
            w.tr(
                translate(
                    "Letters",
                    "%1 applies to stop the terminal below and to close its merchant account "
                    "as of %2. This is the merchant's own request.",
                ),
                w.v("shop_name"),
                w.v("requested_close_on"),
            ),
        ),
        Block(
            "facts",
            rows=(
                *w.merchant_rows(),
                (translate("Letters", "Settlement account"), w.account()),
                (translate("Letters", "Closing date asked for"), w.v("requested_close_on")),
            ),
        ),
    ]
    if w.case.is_set("applied_on") and w.case.is_set("apply_reference"):
        blocks.append(
            Block(
                "para",
                w.tr(
                    translate(
                        "Letters",
                        "The shop also applied on %1 through your service (reference %2).",
                    ),
                    w.v("applied_on"),
                    w.v("apply_reference"),
                ),
            )
        )
    blocks += [
        Block("heading", translate("Letters", "We ask you to:")),
        Block(
            "numbered",
            rows=(
                w.tr(
                    translate(
                        "Letters", "shut off the terminal and stop every transaction on it from %1;"
                    ),
                    w.v("requested_close_on"),
                ),
                w.tr(
                    translate(
                        "Letters",
                        "close the merchant account and unlink the settlement account (%1);",
                    ),
                    w.account(),
                ),
                translate(
                    "Letters",
                    "settle every amount still due to the shop to that account, and charge no "
                    "fee after that date;",
                ),
                translate(
                    "Letters",
                    "confirm the closure in writing, stating that it was the merchant's own "
                    "request and not a forced removal;",
                ),
                translate(
                    "Letters",
                    "confirm in writing that the closure has been reported to the card network.",
                ),
            ),
        ),
        Block(
            "para",
            translate("Letters", "Please send the written confirmations to the contact below."),
        ),
    ]
    return blocks


def refund(w: Any, id_number: str | None) -> list[Block]:
    translate = w.translate
    items = dl.refund_items(w.case)
    requests = [
        w.tr(
            translate("Letters", "refund %1 in total to the shop's settlement account (%2);"),
            dl.refund_total(w.case).format(),
            w.account(),
        ),
        translate(
            "Letters",
            "tell the shop in writing when the refund is made, and why, if any part of it is "
            "refused;",
        ),
    ]
    if any(item.kind.value in ("sim_data", "service") for item in items):
        requests.append(
            translate(
                "Letters",
                "if you hold that the shop agreed to a fee listed here, send the record of that "
                "consent;",
            )
        )
    requests.append(translate("Letters", "charge no further fee for this terminal."))
    blocks = [
        Block("title", translate("Letters", "Request for a refund")),
        *_to(w, w.v("provider")),
        Block(
            "para",
            w.tr(
                translate(
                    "Letters",
                    "%1 (merchant ID %2, terminal %3) asks you to refund the following amounts, "
                    "which are owed to the shop:",
                ),
                w.v("shop_name"),
                w.v("merchant_id"),
                w.terminal(),
            ),
        ),
        Block(
            "amounts",
            rows=(
                (
                    translate("Letters", "Item"),
                    translate("Letters", "Date"),
                    translate("Letters", "Note"),
                    translate("Letters", "Amount"),
                ),
                *w.refund_rows(),
            ),
        ),
        Block("heading", translate("Letters", "We ask you to:")),
        Block("numbered", rows=tuple(requests)),
    ]
    if w.case.is_set("acquirer") and w.v("acquirer") != w.v("provider"):
        blocks.append(
            Block("lines", rows=(w.tr(translate("Letters", "Copy to: %1"), w.v("acquirer")),))
        )
    return blocks


def complaint(w: Any, id_number: str | None) -> list[Block]:
    translate = w.translate
    return [
        Block("title", translate("Letters", "Complaint")),
        *_to(w, w.tr(translate("Letters", "%1, complaint service"), w.v("provider"))),
        Block(
            "para",
            w.tr(
                translate(
                    "Letters",
                    "I, %1, make this complaint for %2 (merchant ID %3, terminal %4).",
                ),
                w.v("owner_name"),
                w.v("shop_name"),
                w.v("merchant_id"),
                w.terminal(),
            ),
        ),
        Block("heading", translate("Letters", "What happened")),
        Block("numbered", rows=tuple(w.facts())),
        Block("heading", translate("Letters", "What the shop asks")),
        Block("numbered", rows=tuple(w.complaint_requests())),
    ]


def complaint_pbc(w: Any, id_number: str | None) -> list[Block]:
    translate = w.translate
    complainant = [
        (translate("Letters", "Name"), w.v("owner_name")),
        (translate("Letters", "ID number"), id_number or ""),
        (translate("Letters", "Phone"), w.v("owner_phone")),
    ]
    if w.case.is_set("shop_address"):
        complainant.append((translate("Letters", "Address"), w.v("shop_address")))
    complainant.append(
        (
            translate("Letters", "Merchant"),
            w.tr(translate("Letters", "%1 (merchant ID %2)"), w.v("shop_name"), w.v("merchant_id")),
        )
    )
    respondent = [
        (translate("Letters", "Institution"), w.v("acquirer")),
        (translate("Letters", "Its address"), w.v("acquirer_address")),
    ]
    if w.v("provider") != w.v("acquirer"):
        respondent.append((translate("Letters", "Provider or agent"), w.v("provider")))
    respondent.append((translate("Letters", "Terminal"), w.terminal()))
    return [
        Block("title", translate("Letters", "Complaint about a payment institution")),
        *_to(
            w, translate("Letters", "People's Bank of China, financial consumer protection (12363)")
        ),
        Block("heading", translate("Letters", "Complainant")),
        Block("facts", rows=tuple(complainant)),
        Block("heading", translate("Letters", "Institution complained about")),
        Block("facts", rows=tuple(respondent)),
        Block("heading", translate("Letters", "Request")),
        Block("numbered", rows=tuple(w.complaint_requests())),
        Block("heading", translate("Letters", "Facts and reasons")),
        Block("numbered", rows=tuple(w.facts())),
        Block("heading", translate("Letters", "The institution's answer")),
        Block("para", w.answer()),
        Block(
            "para",
            translate(
                "Letters",
                "The shop complained to the provider first; its answer does not settle the "
                "matter, so the shop asks the People's Bank to handle this complaint.",
            ),
        ),
    ]


def power_of_attorney(w: Any, id_number: str | None) -> list[Block]:
    translate = w.translate
    agent = [
        (translate("Letters", "Name"), w.v("agent_name")),
        (translate("Letters", "ID number"), w.v("agent_id_number")),
    ]
    if w.case.is_set("agent_phone"):
        agent.append((translate("Letters", "Phone"), w.v("agent_phone")))
    return [
        Block("title", translate("Letters", "Power of attorney")),
        Block("heading", translate("Letters", "Principal")),
        Block(
            "facts",
            rows=(
                (translate("Letters", "Merchant name"), w.v("shop_name")),
                (translate("Letters", "Merchant ID"), w.v("merchant_id")),
                (translate("Letters", "Owner / legal representative"), w.v("owner_name")),
                (translate("Letters", "ID number"), id_number or ""),
            ),
        ),
        Block("heading", translate("Letters", "Agent")),
        Block("facts", rows=tuple(agent)),
        Block(
            "para",
            w.tr(
                translate(
                    "Letters",
                    "The principal authorises the agent to act for the merchant with %1 in "
                    "stopping terminal %2 and closing merchant account %3: to submit the "
                    "application, hand in and receive documents, return the device, check "
                    "settlements and fees, and make and follow up complaints.",
                ),
                w.v("provider"),
                w.terminal(),
                w.v("merchant_id"),
            ),
        ),
        Block(
            "para",
            translate(
                "Letters",
                "The agent may not change the settlement account, receive money for the "
                "merchant or appoint another agent.",
            ),
        ),
        Block(
            "para",
            w.tr(translate("Letters", "This authority is valid until %1."), w.v("agent_until")),
        ),
    ]


BODIES: dict[LetterKind, Callable[[Any, str | None], list[Block]]] = {
    LetterKind.CLOSE: close,
    LetterKind.REFUND: refund,
    LetterKind.COMPLAINT: complaint,
    LetterKind.COMPLAINT_PBC: complaint_pbc,
    LetterKind.POWER_OF_ATTORNEY: power_of_attorney,
}
