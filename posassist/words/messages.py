"""Messages about what the owner typed or what the case file met, shared by the window
and the command line; and `fill`, which puts values into a translated template."""

from __future__ import annotations

from posassist.domain.placeholders import fill
from posassist.words.texts import translate

__all__ = ["fill", "field_input_error", "storage_problem"]


def field_input_error(code: str) -> str:
    """Why typed text is not a field's value (domain.field_input codes)."""
    return {
        "not_a_date": translate("Fields", "not a date; write it as YYYY-MM-DD, e.g. 2026-10-31"),
        "not_an_amount": translate(
            "Fields", "This is not an amount; type e.g. 1234.50. Not saved yet."
        ),
        "too_many_decimals": translate(
            "Fields", "Use at most 2 decimal places, e.g. 45.50. Not saved yet."
        ),
        "not_a_choice": translate("Fields", "not one of the choices: %1"),
        "not_last4": translate("Fields", "Enter exactly 4 digits."),
        "not_yes_no": translate("Fields", "write yes or no"),
        "not_a_rate": translate("Fields", "not a fee rate; write it as a percentage, e.g. 0.38%"),
    }.get(code, code)


def storage_problem(code: str) -> str:
    """Why the case file could not be used (usecases.cases.storage_problem codes); %1 is
    the case file."""
    return {
        "read_only": translate(
            "Storage",
            "The case file %1 cannot be written: the folder or the disk is read-only, or "
            "you may not write there. Nothing was changed; earlier entries are all there.",
        ),
        "disk_full": translate(
            "Storage",
            "The disk of the case file %1 is full (or the file reached its size limit). "
            "Nothing was changed; free some space and try again.",
        ),
        "io_error": translate(
            "Storage",
            "The disk could not read or write the case file %1. Nothing was changed; "
            "check the disk (or the USB stick) and try again.",
        ),
        "cannot_open": translate(
            "Storage",
            "The case file %1 cannot be opened: check that the folder exists and that you "
            "may write to it.",
        ),
        "locked": translate(
            "Storage",
            "The case file %1 is busy (another POS Assist is writing); try again in a moment.",
        ),
        "is_open": translate(
            "Storage",
            "The case file %1 is still open in POS Assist; close the window first.",
        ),
        "empty": translate(
            "Storage",
            "The case file %1 is empty (0 bytes). It was left as it is; restore the newest "
            "backup, or start a new case file.",
        ),
        "not_a_database": translate(
            "Storage",
            "%1 is not a POS Assist case file (not a database at all). It was not changed.",
        ),
        "truncated": translate(
            "Storage",
            "The case file %1 is cut off (shorter than it should be), as after a copy that "
            "did not finish. It was not changed; restore the newest backup.",
        ),
        "malformed": translate(
            "Storage",
            "The case file %1 is damaged: its pages cannot be read. It was not changed; "
            "restore the newest backup.",
        ),
        "integrity": translate(
            "Storage",
            "The case file %1 failed its integrity check: part of it is damaged. It was not "
            "changed; restore the newest backup.",
        ),
        "foreign": translate(
            "Storage",
            "%1 is a database of another program, not a POS Assist case file. It was not changed.",
        ),
        "newer_format": translate(
            "Storage",
            "%1 was written by a newer POS Assist; install that version to open it. It was "
            "not changed.",
        ),
    }.get(code, code)
