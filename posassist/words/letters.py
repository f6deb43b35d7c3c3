"""The letters' words: their names and what a letter still needs (domain.letters)."""

from __future__ import annotations

from posassist.words.messages import fill
from posassist.words.texts import category, field_label, stage_title, translate


def letter_kind(kind: str) -> str:
    """A letter's name as the owner chooses it (domain.letters.LetterKind values)."""
    return {
        "close": translate("Letters", "Request to stop the terminal and close the account"),
        "refund": translate("Letters", "Request for a refund"),
        "complaint": translate("Letters", "Complaint to the provider"),
        "complaint-pbc": translate("Letters", "Complaint to the People's Bank of China (12363)"),
        "power-of-attorney": translate("Letters", "Power of attorney"),
    }[kind]


def letter_missing(missing) -> str:
    """What a letter still needs (domain.letters.Missing), in words the owner can act on."""
    from posassist.domain.letters import Need

    if missing.code is Need.FIELD and missing.key:
        return fill(
            translate("Letters", "%1 (step: %2)"),
            field_label(missing.key),
            stage_title(missing.stage),
        )
    if missing.code is Need.EVIDENCE and missing.key:
        return fill(
            translate("Letters", "no proof attached that this letter can cite (e.g. %1)"),
            category(missing.key),
        )
    return {
        Need.ID_NUMBER: translate(
            "Letters", "your ID number (given when the letter is made, stored nowhere)"
        ),
        Need.BAD_ID_NUMBER: translate(
            "Letters", "the ID number given is not valid (check its digits and its last character)"
        ),
        Need.CONTACT: translate("Letters", "a logged contact with the provider (step: %1)"),
        Need.PROVIDER_ANSWER: translate(
            "Letters", "the provider's answer, logged in the contact log (step: %1)"
        ),
        Need.REFUND: translate(
            "Letters", "money owed to you: a fee owed to the shop or a deposit (step: %1)"
        ),
        Need.GRIEVANCE: translate(
            "Letters",
            "something to complain about: money owed to you or a closure not confirmed (step: %1)",
        ),
        Need.NOT_CLOSING: translate(
            "Letters", "this terminal is repaired or replaced, not closed (step: %1)"
        ),
    }[missing.code].replace("%1", stage_title(missing.stage) if missing.stage else "")
