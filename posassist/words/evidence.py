"""The words for evidence items: their categories and why a file was refused (texts
re-exports both: the one vocabulary)."""

from __future__ import annotations

from posassist.words.translation import translate


def category(value: str) -> str:
    return {
        "transaction_record": translate("Evidence", "Transaction record"),
        "settlement_slip": translate("Evidence", "Settlement slip"),
        "fee_receipt": translate("Evidence", "Fee receipt"),
        "application_form": translate("Evidence", "Application form"),
        "correspondence": translate("Evidence", "Correspondence"),
        "device_photo": translate("Evidence", "Device photo"),
        "return_receipt": translate("Evidence", "Return receipt"),
        "closure_confirmation": translate("Evidence", "Closure confirmation"),
        "statement": translate("Evidence", "Statement (provider or bank)"),
        "other": translate("Evidence", "Other"),
    }[value]


def refusal(code: str) -> str:
    """Why a file was not attached, in words a shop owner can act on."""
    return {
        "empty": translate("Evidence", "the file is empty"),
        "too_large": translate(
            "Evidence", "the file is larger than the limit set in Settings (%1 MB)"
        ),
        "not_supported": translate(
            "Evidence",
            "this kind of file is not accepted; use a photo (JPEG, PNG, HEIC…), a PDF, "
            "a CSV or a text file",
        ),
        "truncated": translate(
            "Evidence", "the file is incomplete (cut off); copy or download it again"
        ),
        "corrupt": translate("Evidence", "the file is damaged and cannot be read"),
        "bomb": translate(
            "Evidence",
            "the picture is far too large to open safely; take a screenshot or a smaller copy",
        ),
        "password": translate(
            "Evidence", "the PDF is protected by a password; save a copy without it first"
        ),
        "no_pages": translate("Evidence", "the PDF has no pages"),
        "unreadable": translate(
            "Evidence", "the file cannot be opened (moved, deleted, or no permission)"
        ),
    }.get(code, code)
