"""What happened to an imported statement file, in the owner's words (one line a file),
and the words for where a statement comes from."""

from __future__ import annotations

from typing import Any

from posassist.words.findings import bad_row, refusal
from posassist.words.texts import translate

SHOWN_BAD_ROWS = 8  # rows named one by one; the rest counted


def source_label(source: str, long: bool = False) -> str:
    if long:
        return {
            "provider": translate(
                "Statements", "the payment provider (transaction or settlement details)"
            ),
            "bank": translate("Statements", "my bank (account statement)"),
        }.get(source, source)
    return {
        "provider": translate("Statements", "provider"),
        "bank": translate("Statements", "bank"),
    }.get(source, source)


def bad_rows_text(bad_rows: list[Any]) -> str:
    shown = [bad_row(b.line, b.code, b.text) for b in bad_rows[:SHOWN_BAD_ROWS]]
    if len(bad_rows) > SHOWN_BAD_ROWS:
        shown.append(
            translate("Statements", "and %1 more").replace(
                "%1", f"{len(bad_rows) - SHOWN_BAD_ROWS:,}"
            )
        )
    return "; ".join(shown)


def import_result(report: Any, mapped: bool = False) -> str:
    """One line for a usecases.statements.ImportReport."""
    name = report.name
    if report.outcome == "duplicate":
        return translate("Statements", "%1 was imported before: nothing was added.").replace(
            "%1", name
        )
    if report.outcome == "refused":
        return (
            translate("Statements", "%1 was not imported: %2.")
            .replace("%1", name)
            .replace("%2", refusal(report.refusal or "", report.refusal_detail))
        )
    parts = [
        (
            translate("Statements", "%1: 1 row imported.")
            if report.rows_added == 1
            else translate("Statements", "%1: %2 rows imported.")
        )
        .replace("%1", name)
        .replace("%2", f"{report.rows_added:,}")
    ]
    if report.rows_read > report.rows_added:
        parts.append(
            translate("Statements", "%1 rows were already in the case.").replace(
                "%1", f"{report.rows_read - report.rows_added:,}"
            )
        )
    if report.masked_count == 1:
        parts.append(
            translate(
                "Statements", "1 card number masked (only the first 6 and last 4 digits kept)."
            )
        )
    elif report.masked_count:
        parts.append(
            translate(
                "Statements", "%1 card numbers masked (only the first 6 and last 4 digits kept)."
            ).replace("%1", f"{report.masked_count:,}")
        )
    if mapped:
        parts.append(translate("Statements", "Read with the columns you chose."))
    if report.bad_rows:
        parts.append(
            translate("Statements", "%1 rows left out: %2.")
            .replace("%1", f"{len(report.bad_rows):,}")
            .replace("%2", bad_rows_text(report.bad_rows))
        )
    return " ".join(parts)
