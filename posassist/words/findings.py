"""The words for the settlement check: each finding as a title and a sentence saying
what to ask the provider for, and why a statement or one of its rows was refused."""

from __future__ import annotations

from posassist.domain.money import Money
from posassist.domain.placeholders import fill
from posassist.domain.settlement import Code, Finding
from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT
from posassist.words.texts import translate


def title(code: str) -> str:
    return {
        Code.SETTLEMENT_MISMATCH: translate("Findings", "Settlement does not add up"),
        Code.PAYOUT_MISMATCH: translate("Findings", "Payout does not match its batch"),
        Code.SETTLEMENT_NOT_CREDITED: translate("Findings", "Settlement not received"),
        Code.FEE_ABOVE_AGREED: translate("Findings", "Fee above the agreed rate"),
        Code.DEDUCTION_AFTER_CLOSURE: translate("Findings", "Deduction after closure"),
        Code.TRANSACTION_AFTER_CLOSURE: translate("Findings", "Terminal used after closure"),
        SLIP_NOT_IN_STATEMENT: translate("Findings", "Sale slip not in the statement"),
    }.get(code, code)


def sentence(finding: Finding) -> str:
    """What happened and what to ask the provider for, in the owner's language."""
    f, d = finding, finding.data
    currency = str(d.get("currency", f.owed.currency))

    def money(key: str) -> str:
        return Money(int(d.get(key, 0)), currency).format()

    owed = Money(abs(f.owed.minor), f.owed.currency).format()
    on = f.on.isoformat()
    if f.code == Code.SETTLEMENT_MISMATCH:
        expected = Money(int(d["amount"]) - int(d["fee"]), currency).format()
        text = (
            translate(
                "Findings",
                "The settlement of %1 does not add up: takings %2 less fees %3 come to %4, "
                "but %5 was settled. Ask the provider to pay the difference of %6.",
            )
            if f.owed.minor > 0
            else translate(
                "Findings",
                "The settlement of %1 does not add up: takings %2 less fees %3 come to %4, "
                "but %5 was settled. Ask the provider to explain the difference of %6.",
            )
        )
        return fill(text, on, money("amount"), money("fee"), expected, money("settled"), owed)
    if f.code == Code.PAYOUT_MISMATCH:
        text = (
            translate(
                "Findings",
                "The payout of %1 was %2, but its transactions less fees and deductions come "
                "to %3. Ask the provider for the missing %4.",
            )
            if f.owed.minor > 0
            else translate(
                "Findings",
                "The payout of %1 was %2, but its transactions less fees and deductions come "
                "to %3. Ask the provider to explain the difference of %4.",
            )
        )
        return fill(text, on, money("paid"), money("expected"), owed)
    if f.code == Code.SETTLEMENT_NOT_CREDITED:
        until = f.until.isoformat() if f.until else on
        text = translate(
            "Findings",
            "The settlement of %1 (%2) had not reached your bank account by %3. Ask the "
            "provider when and to which account it was paid, and for the payment record.",
        )
        return fill(text, on, owed, until)
    if f.code == Code.FEE_ABOVE_AGREED:
        until = f.until.isoformat() if f.until else on
        text = translate(
            "Findings",
            "From %1 to %2 the fee was %3 instead of the agreed %4 (%5 payments), and no "
            "consent to a rise is recorded. Ask the provider for the notice of the change "
            "and your consent, or a refund of %6.",
        )
        return fill(text, on, until, d["charged_rate"], d["agreed_rate"], d["count"], owed)
    if f.code == Code.DEDUCTION_AFTER_CLOSURE:
        text = translate(
            "Findings",
            "On %1, after the terminal was closed or returned (%2), %3 was deducted (%4). "
            "Ask the provider to refund it.",
        )
        return fill(text, on, d["end"], owed, d.get("kind", ""))
    if f.code == Code.TRANSACTION_AFTER_CLOSURE:
        text = translate(
            "Findings",
            "On %1, after the terminal was closed or returned (%2), a payment of %3 was "
            "taken on it. Ask the provider to confirm that the terminal is shut off and "
            "whose payment this was.",
        )
        return fill(text, on, d["end"], money("amount"))
    if f.code == SLIP_NOT_IN_STATEMENT:
        return _slip_sentence(f, money("amount"), owed)
    return f.code


def _slip_sentence(f: Finding, amount: str, owed: str) -> str:
    d = f.data
    when = f.on.isoformat() + (f" {d['time']}" if d.get("time") else "")
    where = (
        fill(translate("Findings", "on terminal %1"), d["terminal"])
        if d.get("terminal")
        else translate("Findings", "on this terminal")
    )
    if d.get("fee_deducted"):
        text = translate(
            "Findings",
            "The sale slip %1 shows a payment of %2 taken %3 at %4, but no row of the "
            "provider's statements shows it. Ask the provider to settle it (%5 after the "
            "agreed fee) or to show where it was settled.",
        )
    else:
        text = translate(
            "Findings",
            "The sale slip %1 shows a payment of %2 taken %3 at %4, but no row of the "
            "provider's statements shows it. Ask the provider to settle it (%5 less its fee) "
            "or to show where it was settled.",
        )
    return fill(text, d.get("name", ""), amount, where, when, owed)


def refusal(code: str, detail: str = "") -> str:
    """Why a statement file was not imported."""
    text = {
        "empty": translate("Statements", "the file is empty"),
        "too_large": translate("Statements", "the file is larger than the size limit"),
        "unreadable": translate("Statements", "the file cannot be opened"),
        "not_a_statement": translate("Statements", "not a statement file (CSV, XLSX or XLS)"),
        "unreadable_spreadsheet": translate(
            "Statements", "the spreadsheet cannot be opened (it may be damaged)"
        ),
        "malformed_csv": translate("Statements", "the CSV file is damaged"),
        "bad_encoding": translate("Statements", "the file's text encoding cannot be read"),
        "no_header": translate(
            "Statements", "the app cannot tell which column is which: choose them yourself"
        ),
        "mapping_invalid": translate(
            "Statements", "the chosen columns need at least a date and an amount"
        ),
        "sensitive_column": translate(
            "Statements",
            "the file has a column of card security data (%1: CVV, track data, PIN or "
            "expiry date), which must not be kept; ask for an export without it",
        ),
        "no_rows": translate("Statements", "the file has no rows"),
        "bad_rows": translate("Statements", "some rows cannot be read"),
    }.get(code, code)
    return fill(text, detail)


def bad_row(line: int, code: str, text: str = "") -> str:
    """One row that was not read, by its line in the file."""
    words = {
        "bad_date": translate("Statements", "line %1: the date cannot be read (%2)"),
        "missing_date": translate("Statements", "line %1: no date"),
        "bad_amount": translate("Statements", "line %1: the amount cannot be read (%2)"),
        "too_many_decimals": translate(
            "Statements", "line %1: the amount has too many decimals (%2)"
        ),
        "missing_amount": translate("Statements", "line %1: no amount"),
        "wrong_column_count": translate("Statements", "line %1: wrong number of columns (%2)"),
    }.get(code, code)
    return fill(words, line, text)
