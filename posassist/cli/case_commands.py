"""`posassist cases`, `new-case`, `demo-case` and `attach`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from posassist.cli.output import fail, say
from posassist.paths import database_path
from posassist.words import messages, texts
from posassist.words.messages import fill
from posassist.words.texts import translate


def _outcome(outcome: str) -> str:
    return {
        "stored": translate("CommandLine", "stored"),
        "duplicate": translate("CommandLine", "duplicate"),
    }.get(outcome, outcome)


def _refusal(code: str) -> str:
    # The window's words for the same refusal (one vocabulary), with the default limit.
    from posassist.domain.evidence import DEFAULT_MAX_BYTES

    return texts.refusal(code).replace("%1", str(DEFAULT_MAX_BYTES // (1024 * 1024)))


def _open(directory: Path):
    from posassist.usecases.cases import open_case_file

    return open_case_file(database_path(directory))


def cases(directory: Path) -> int:
    from posassist.domain.reminders import next_date

    case_file = _open(directory)
    say(translate("CommandLine", "id\tshop\tprovider\tterminal\tstatus\tprogress\tnext date"))
    for case in case_file.cases.load_all():
        done, total = case.progress()
        terminal = case.get("terminal_id") or case.get("serial_no") or "-"
        upcoming = next_date(case)
        say(
            "\t".join(
                [
                    str(case.id),
                    case.shop_name or "-",
                    case.provider or "-",
                    f"{case.profile.terminal_type.value} {terminal}",
                    case.status.value,
                    f"{done}/{total}",
                    f"{upcoming.on.isoformat()} {upcoming.code.value}" if upcoming else "-",
                ]
            )
        )
    return 0


def new_case(directory: Path, args: argparse.Namespace) -> int:
    if not args.shop.strip() or not args.provider.strip():
        return fail(translate("CommandLine", "--shop and --provider must not be empty"), 2)
    case_id = _open(directory).create_case(
        {
            "shop_name": args.shop.strip(),
            "provider": args.provider.strip(),
            "terminal_type": args.terminal_type,
            "reason": args.reason,
        }
    )
    say(str(case_id))
    return 0


def demo_case(directory: Path, with_evidence: bool = False) -> int:
    say(str(_open(directory).add_demo_case(with_evidence)))
    return 0


def attach(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.cases import UnknownCase
    from posassist.usecases.evidence import attach as attach_files

    case_file = _open(directory)
    try:
        case_file.load(args.case_id)
    except UnknownCase:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        return fail(fill(message, args.case_id), 2)
    case_file.close()
    refused = 0

    def report(index: int, outcome) -> None:
        # Printed as soon as the file's transaction has ended: a script interrupted
        # part-way knows exactly what was stored.
        nonlocal refused
        name = os.fsdecode(args.files[index])
        if outcome.refused:
            refused += 1
            say(fill(translate("CommandLine", "%1: refused: %2"), name, _refusal(outcome.refusal)))
        else:
            say(f"{name}: {_outcome(outcome.outcome)}")
        sys.stdout.flush()

    attach_files(
        database_path(directory), args.case_id, args.files, args.stage, args.category,
        on_stored=report,
    )  # fmt: skip
    return 1 if refused else 0


def set_values(directory: Path, args: argparse.Namespace) -> int:
    from posassist.domain import catalogue
    from posassist.domain.completeness import Problem
    from posassist.usecases.cases import UnknownCase
    from posassist.usecases.fields import FieldInputError, UnknownField, set_fields

    pairs = []
    for given in args.assignments:
        key, sep, value = given.partition("=")
        if not sep or not key.strip():
            message = translate("CommandLine", "%1: write each value as KEY=VALUE")
            return fail(fill(message, given), 2)
        pairs.append((key.strip(), value))
    try:
        made = set_fields(database_path(directory), args.case_id, pairs)
    except UnknownCase:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        return fail(fill(message, args.case_id), 2)
    except UnknownField as error:
        message = translate("CommandLine", "%1 is not a field; the fields are: %2")
        return fail(fill(message, error.key, ", ".join(sorted(catalogue.FIELDS))), 2)
    except FieldInputError as error:
        reason = messages.field_input_error(error.code)
        if error.code == "not_a_choice":
            reason = fill(reason, ", ".join(catalogue.FIELDS[error.key].choices))
        return fail(f"{error.key}={error.text}: {reason}", 2)
    for assignment in made:
        value = assignment.parsed.value
        shown = "" if value is None else getattr(value, "plain", lambda v=value: str(v))()
        say(f"{assignment.key}={shown}")
        if assignment.parsed.masked_cards:
            say(
                fill(
                    translate(
                        "CommandLine",
                        "%1: a card number was shortened to its first 6 and last 4 digits",
                    ),
                    assignment.key,
                ),
                sys.stderr,
            )
        if assignment.parsed.warning is not None:
            # The review page's words for the same problem (kept, worth a look).
            problem = Problem(assignment.parsed.warning, "", assignment.key)
            say(texts.problem(problem), sys.stderr)
    return 0
