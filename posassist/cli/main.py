"""The command line: its arguments, and which command (or the window) they start.

Heavy modules (Qt, the store) are imported inside the functions that need them, so that
`posassist cases` never loads Qt and nothing runs at import time.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
from pathlib import Path

from posassist import __version__
from posassist.cli.logs import flush_standard_streams, setup_logging
from posassist.cli.output import fail
from posassist.paths import data_dir, database_path

log = logging.getLogger("posassist")
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
CATEGORIES = (
    "transaction_record",
    "settlement_slip",
    "fee_receipt",
    "application_form",
    "correspondence",
    "device_photo",
    "return_receipt",
    "closure_confirmation",
    "other",
)


def _data_dir_option(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder of the case file (default: POSASSIST_DATA_DIR, else the user data folder)",
    )
    return options


def _parser() -> argparse.ArgumentParser:
    # --data-dir before or after the command: a subcommand's copy of the option only sets
    # it when given (SUPPRESS), so it never overwrites one given before the command.
    common = _data_dir_option(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="posassist",
        description="POS Assist: stop and close out a card-payment POS terminal, step by step.",
        parents=[_data_dir_option(None)],
    )
    parser.add_argument("--version", action="version", version=f"POS Assist {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a filled-in sample case in a throw-away data folder",
    )
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="language of the window (default: the system's)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("cases", parents=[common], help="list the cases as text")
    new = sub.add_parser("new-case", parents=[common], help="create a case and print its id")
    new.add_argument("--shop", required=True, help="shop name")
    new.add_argument("--provider", required=True, help="provider of the terminal")
    new.add_argument("--terminal-type", required=True, choices=TERMINAL_TYPES)
    new.add_argument("--reason", required=True, choices=REASONS)
    sub.add_parser("demo-case", parents=[common], help="add the sample case and print its id")
    attach = sub.add_parser(
        "attach", parents=[common], help="attach files to a case as evidence, one line per file"
    )
    attach.add_argument("case_id", type=case_id, metavar="CASE_ID")
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument("--stage", choices=STAGES, help="the step the files belong to")
    attach.add_argument("--category", choices=CATEGORIES, help="the kind of proof")
    export = sub.add_parser(
        "export", parents=[common], help="export a case's evidence dossier as one PDF"
    )
    export.add_argument("case_id", type=case_id, metavar="CASE_ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    export.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=argparse.SUPPRESS,
        help="language of the dossier",
    )
    export.add_argument(
        "--packet", action="store_true", help="a shortened upload packet for size-capped portals"
    )
    export.add_argument("--max-size", default="4.5MB", help="packet size limit (default 4.5MB)")
    export.add_argument("--max-pages", type=int, default=19, help="packet page limit (default 19)")
    verify = sub.add_parser(
        "verify", help="check every original in a dossier against its manifest and fingerprint"
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--extract", type=Path, metavar="DIR", help="write the originals here")
    return parser


def case_id(text: str) -> int:
    """A case id as the user typed it: a whole number SQLite can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a case id: {text!r} (see: posassist cases)"
        ) from None
    if not 1 <= value <= MAX_CASE_ID:
        raise argparse.ArgumentTypeError(f"there is no case {text} (see: posassist cases)")
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.demo:
        import tempfile

        directory = Path(tempfile.mkdtemp(prefix="posassist-demo-"))
    else:
        directory = data_dir(args.data_dir)
    if args.command is None:
        from posassist.cli.gui import run_gui

        return run_gui(directory, demo=args.demo, language=args.lang)
    from posassist.usecases.cases import NewerSchemaError

    if not logging.getLogger().handlers:
        # A command's output is its report; what went wrong in detail goes to the log.
        # (Not when the caller has set up logging already, as a test run has.)
        with contextlib.suppress(OSError):  # the command will say what is wrong with it
            setup_logging(directory)
    try:
        return _run(args, directory)
    except NewerSchemaError as error:
        return fail(
            f"{error.path} was written by a newer POS Assist; install that version to open it."
        )
    except OSError as error:
        return fail(f"cannot use the data folder {directory}: {error.strerror or error}")


def _run(args: argparse.Namespace, directory: Path) -> int:
    from posassist.cli import case_commands

    if args.command == "cases":
        return case_commands.cases(directory)
    if args.command == "new-case":
        return case_commands.new_case(directory, args)
    if args.command == "demo-case":
        return case_commands.demo_case(directory)
    if args.command == "attach":
        return case_commands.attach(directory, args)
    from posassist.cli.report_commands import export_command, verify_file

    if args.command == "export":
        return export_command(
            database_path(directory),
            args.case_id,
            args.output,
            args.lang or "zh_CN",
            args.packet,
            args.max_size,
            args.max_pages,
        )
    assert args.command == "verify", args.command
    return verify_file(args.file, args.extract)


def entry() -> None:
    """The installed commands' entry point: main(), then out without tearing down.

    Whatever a command wrote is closed by then (files, the case file); the interpreter's
    teardown of ReportLab, pypdf and some 300 other modules would only add ~0.1 s to
    every command-line run (measured with benchmarks/export_dossier.py).
    """
    status = main()
    logging.shutdown()
    flush_standard_streams()
    os._exit(status)
