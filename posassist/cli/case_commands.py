"""`posassist cases`, `new-case`, `demo-case` and `attach`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from posassist.cli.output import fail, say
from posassist.paths import database_path
from posassist.words import texts
from posassist.words.texts import fill, translate


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


def demo_case(directory: Path) -> int:
    say(str(_open(directory).add_demo_case()))
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
