"""`posassist evidence CASE_ID [--json]`: the case's evidence items and what was read on
each. Pictures not read yet by this engine version are read first (each result is stored as
it comes, so an interrupted run loses nothing read), so the list is complete."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from posassist.cli.output import fail, say
from posassist.paths import database_path
from posassist.words.messages import fill
from posassist.words.texts import category as category_label
from posassist.words.texts import translate

# The fields of `read` in the JSON, as the scripts expect them.
JSON_FIELDS = ("date", "amount", "card_last4", "terminal_id", "batch", "reference")


def evidence(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.cases import UnknownCase
    from posassist.usecases.evidence_reading import case_readings
    from posassist.usecases.ocr import recognise_case

    case_file = database_path(directory)

    def progress(done: int, total: int, name: str) -> None:
        if done >= total:  # the pass is over
            return
        line = translate("CommandLine", "reading the text on %1 (%2 of %3)…")
        say(fill(line, name, done + 1, total), sys.stderr)

    try:
        recognised = recognise_case(case_file, args.case_id, progress)
        items = case_readings(case_file, args.case_id)
    except UnknownCase:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        return fail(fill(message, args.case_id), 2)
    for bad in recognised.unreadable:
        line = translate("CommandLine", "%1: the text could not be read (%2)")
        say(fill(line, bad.original_name, bad.detail or bad.code), sys.stderr)
    if args.json:
        say(json.dumps([_as_json(item) for item in items], ensure_ascii=False, indent=1))
        return 0
    if not items:
        say(translate("CommandLine", "the case has no evidence yet"))
        return 0
    for item in items:
        when = item.document_date.isoformat() if item.document_date else "—"
        amount = item.amount.format() if item.amount else "—"
        label = category_label(item.category.value)
        say(f"{item.label}  {item.file_name}  {label}  {when}  {amount}")
        say("  " + _read_line(item))
    return 0


def _read_values(item) -> dict[str, str | None]:
    from posassist.domain.slip import SlipField

    reading = item.reading
    if reading is None:
        return dict.fromkeys(JSON_FIELDS)

    def value(field: SlipField) -> str | None:
        found = reading.get(field)
        return found.value if found else None

    return {
        "date": value(SlipField.DATE),
        "amount": value(SlipField.AMOUNT),
        "card_last4": reading.card_last4 or None,
        "terminal_id": value(SlipField.TERMINAL_ID),
        "batch": value(SlipField.BATCH),
        "reference": value(SlipField.REFERENCE),
    }


def _as_json(item) -> dict:
    from posassist.domain.slip import SlipField

    read = _read_values(item)
    if item.reading is not None:
        amount = item.reading.get(SlipField.AMOUNT)
        kind = item.reading.get(SlipField.KIND)
        read |= {
            "currency": amount.currency or None if amount else None,
            "time": (t.value if (t := item.reading.get(SlipField.TIME)) else None),
            "merchant_id": (m.value if (m := item.reading.get(SlipField.MERCHANT_ID)) else None),
            "kind": kind.value if kind else None,
        }
    return {
        "number": item.number,
        "label": item.label,
        "file_name": item.file_name,
        "sha256": item.sha256,
        "category": item.category.value,
        "document_date": item.document_date.isoformat() if item.document_date else None,
        "amount": item.amount.plain().replace(",", "") if item.amount else None,
        "currency": item.amount.currency if item.amount else None,
        "text": item.state,
        "read": read,
    }


def _read_line(item) -> str:
    from posassist.usecases.evidence_reading import NO_TEXT, UNREADABLE, WAITING

    if item.state == NO_TEXT:
        return translate("CommandLine", "no pictures to read")
    if item.state == UNREADABLE:
        return translate("CommandLine", "the text could not be read")
    if item.state == WAITING:
        return translate("CommandLine", "not read yet")
    read = _read_values(item)
    names = {
        "date": translate("CommandLine", "date %1"),
        "amount": translate("CommandLine", "amount %1"),
        "card_last4": translate("CommandLine", "card ending %1"),
        "terminal_id": translate("CommandLine", "terminal %1"),
        "batch": translate("CommandLine", "batch %1"),
        "reference": translate("CommandLine", "reference %1"),
    }
    parts = [fill(names[k], v) for k, v in read.items() if v]
    if not parts:
        return translate("CommandLine", "read: no date, amount or numbers found")
    return fill(translate("CommandLine", "read: %1"), ", ".join(parts))
