"""The command line's arguments, worded in the command's language (cli.language)."""

from __future__ import annotations

import argparse
from pathlib import Path

from posassist import __version__
from posassist.words.texts import translate

MAX_CASE_ID = 2**63 - 1  # SQLite's largest integer

TERMINAL_TYPES = ("hardware", "software", "mobile")
REASONS = ("closing", "fault", "suspended", "switching", "other")
STAGES = (
    "terminal",
    "backup",
    "customers",
    "contact",
    "apply",
    "money",
    "return",
    "close",
    "after",
)
LETTER_KINDS = ("close", "refund", "complaint", "complaint-pbc", "power-of-attorney")
CATEGORIES = (
    "transaction_record",
    "settlement_slip",
    "fee_receipt",
    "application_form",
    "correspondence",
    "device_photo",
    "return_receipt",
    "closure_confirmation",
    "statement",
    "other",
)


def case_id(text: str) -> int:
    """A case id as the user typed it: a whole number SQLite can hold."""
    try:
        value = int(text)
    except ValueError:
        message = translate("CommandLine", "not a case id: %1 (see: posassist cases)")
        raise argparse.ArgumentTypeError(message.replace("%1", repr(text))) from None
    if not 1 <= value <= MAX_CASE_ID:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        raise argparse.ArgumentTypeError(message.replace("%1", text))
    return value


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        message = translate("CommandLine", "not a whole number of at least 1: %1")
        raise argparse.ArgumentTypeError(message.replace("%1", repr(text)))
    return value


def _data_dir_option(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=translate(
            "CommandLine",
            "folder of the case file (default: POSASSIST_DATA_DIR, else the user data folder)",
        ),
    )
    return options


def _lang_option(parser: argparse.ArgumentParser, default: object, help_text: str) -> None:
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=default, help=help_text)


def parser() -> argparse.ArgumentParser:
    # --data-dir and --lang before or after the command: a subcommand's copy of an option
    # only sets it when given (SUPPRESS), so it never overwrites one given before.
    common = _data_dir_option(argparse.SUPPRESS)
    top = argparse.ArgumentParser(
        prog="posassist",
        description=translate(
            "CommandLine",
            "POS Assist: stop and close out a card-payment POS terminal, step by step.",
        ),
        parents=[_data_dir_option(None)],
    )
    top.add_argument("--version", action="version", version=f"POS Assist {__version__}")
    top.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "open a filled-in sample case in a throw-away data folder"),
    )
    _lang_option(
        top,
        None,
        translate("CommandLine", "language of the window and the messages (default: the system's)"),
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, parents=(common,)) -> argparse.ArgumentParser:
        made = sub.add_parser(name, parents=list(parents), help=help_text)
        if name != "export":
            _lang_option(
                made, argparse.SUPPRESS, translate("CommandLine", "language of the messages")
            )
        return made

    command("cases", translate("CommandLine", "list the cases as text"))
    new = command("new-case", translate("CommandLine", "create a case and print its id"))
    new.add_argument("--shop", required=True, help=translate("CommandLine", "shop name"))
    new.add_argument(
        "--provider", required=True, help=translate("CommandLine", "provider of the terminal")
    )
    new.add_argument("--terminal-type", required=True, choices=TERMINAL_TYPES)
    new.add_argument("--reason", required=True, choices=REASONS)
    demo = command("demo-case", translate("CommandLine", "add the sample case and print its id"))
    demo.add_argument(
        "--with-evidence",
        action="store_true",
        help=translate("CommandLine", "with sample records for its letters to cite"),
    )
    attach = command(
        "attach",
        translate("CommandLine", "attach files to a case as evidence, one line per file"),
    )
    attach.add_argument("case_id", type=case_id, metavar="CASE_ID")
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument(
        "--stage", choices=STAGES, help=translate("CommandLine", "the step the files belong to")
    )
    attach.add_argument(
        "--category", choices=CATEGORIES, help=translate("CommandLine", "the kind of proof")
    )
    assign = command(
        "set",
        translate(
            "CommandLine",
            "set fields of a case, e.g. closed_on=2026-10-31 (checked as in the window)",
        ),
    )
    assign.add_argument("case_id", type=case_id, metavar="CASE_ID")
    assign.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    statement = command(
        "statement",
        translate(
            "CommandLine", "import provider or bank statements (CSV, XLSX, XLS) and check them"
        ),
    )
    statement.add_argument("case_id", type=case_id, metavar="CASE_ID")
    statement.add_argument("files", nargs="+", type=Path, metavar="FILE")
    statement.add_argument(
        "--source",
        choices=("provider", "bank"),
        default="provider",
        help=translate("CommandLine", "whose statement it is (default: provider)"),
    )
    statement.add_argument(
        "--accept-bad-rows",
        action="store_true",
        help=translate("CommandLine", "import the rows that can be read when some cannot"),
    )
    listing = command(
        "evidence",
        translate(
            "CommandLine",
            "list the case's evidence and what was read on each photo (reads the ones not "
            "read yet)",
        ),
    )
    listing.add_argument("case_id", type=case_id, metavar="CASE_ID")
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print the items as JSON (for scripts)"),
    )
    check = command(
        "check", translate("CommandLine", "run the settlement check and list the findings")
    )
    check.add_argument("case_id", type=case_id, metavar="CASE_ID")
    check.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print the findings as JSON (for scripts)"),
    )
    backup = command(
        "backup", translate("CommandLine", "back up the case file (checked after writing)")
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "where to write it (default: backups/ beside the case file)"),
    )
    command("backups", translate("CommandLine", "list the backups, newest first"))
    restore = command(
        "restore",
        translate(
            "CommandLine", "put a backup in place of the case file (the current one is kept aside)"
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    command(
        "check-store",
        translate(
            "CommandLine", "re-check the case file and every stored original against its SHA-256"
        ),
    )
    delete = command("delete-case", translate("CommandLine", "delete a case created by mistake"))
    delete.add_argument("case_id", type=case_id, metavar="CASE_ID")
    delete.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "yes, delete it")
    )
    export = command(
        "export", translate("CommandLine", "export a case's evidence dossier as one PDF")
    )
    export.add_argument("case_id", type=case_id, metavar="CASE_ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    _lang_option(
        export,
        argparse.SUPPRESS,
        translate("CommandLine", "language of the dossier and the messages"),
    )
    export.add_argument(
        "--packet",
        action="store_true",
        help=translate("CommandLine", "a shortened upload packet for size-capped portals"),
    )
    export.add_argument(
        "--max-size",
        default="4.5MB",
        help=translate("CommandLine", "packet size limit (default 4.5MB)"),
    )
    export.add_argument(
        "--max-pages",
        type=positive,
        default=19,
        help=translate("CommandLine", "packet page limit (default 19)"),
    )
    _letter_command(command)
    calendar = command(
        "calendar",
        translate("CommandLine", "write a case's reminders as a calendar file (.ics) with alarms"),
    )
    calendar.add_argument("case_id", type=case_id, metavar="CASE_ID")
    calendar.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    verify = command(
        "verify",
        translate(
            "CommandLine",
            "check every original in a dossier against its manifest and fingerprint",
        ),
        parents=(),
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--extract",
        type=Path,
        metavar="DIR",
        help=translate("CommandLine", "write the originals here"),
    )
    return top


def _letter_command(command) -> None:
    """`letter CASE_ID --kind KIND [--lang] [--format] [--id-number N] -o FILE` (issue 14)."""
    letter = command(
        "letter", translate("CommandLine", "make a letter from a case (PDF or Word document)")
    )
    letter.add_argument("case_id", type=case_id, metavar="CASE_ID")
    letter.add_argument("--kind", required=True, choices=LETTER_KINDS)
    letter.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    letter.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help=translate("CommandLine", "pdf or docx (default: from the file name, else pdf)"),
    )
    letter.add_argument(
        "--id-number",
        metavar="N",
        help=translate("CommandLine", "your ID number, printed in the letter and stored nowhere"),
    )
