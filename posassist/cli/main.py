"""The command line: its arguments, and which command (or the window) they start.

Heavy modules (Qt, the store) are imported inside the functions that need them, so that
`posassist cases` never loads Qt and nothing runs at import time.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path

from posassist.cli import arguments
from posassist.cli.language import command_language, speaking
from posassist.cli.logs import flush_standard_streams, setup_logging
from posassist.cli.output import fail
from posassist.paths import data_dir, database_path
from posassist.words import messages
from posassist.words.messages import fill
from posassist.words.texts import translate

log = logging.getLogger("posassist")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    language = command_language(argv)
    with speaking(language):
        args = arguments.parser().parse_args(argv)
        if args.demo:
            import tempfile

            directory = Path(tempfile.mkdtemp(prefix="posassist-demo-"))
        else:
            directory = data_dir(args.data_dir)
        if args.command is not None:
            return _command(args, directory, language)
    # The window chooses its own language (and can change it): not inside speaking().
    from posassist.cli.gui import run_gui

    return run_gui(directory, demo=args.demo, language=args.lang)


def _command(args: argparse.Namespace, directory: Path, language: str) -> int:
    from posassist.usecases.casefile import make_private
    from posassist.usecases.cases import NewerSchemaError

    with contextlib.suppress(OSError):  # the command will say what is wrong with the folder
        make_private(directory)
    if not logging.getLogger().handlers:
        # A command's output is its report; what went wrong in detail goes to the log.
        # (Not when the caller has set up logging already, as a test run has.)
        with contextlib.suppress(OSError):  # the command will say what is wrong with it
            setup_logging(directory)
    try:
        return _run(args, directory, language)
    except NewerSchemaError as error:
        return fail(
            translate(
                "CommandLine",
                "%1 was written by a newer POS Assist; install that version to open it.",
            ).replace("%1", str(error.path))
        )
    except Exception as error:
        return _worded(error, directory)


def _worded(error: Exception, directory: Path) -> int:
    """A failure of a command, in words: the case file's trouble by its kind, a folder
    that cannot be used, else an unexpected error (logged in full) and where the log is."""
    from posassist.paths import log_path
    from posassist.usecases.cases import storage_problem

    code = storage_problem(error)
    if code is not None:
        log.warning("%s: %s", code, error)
        return fail(fill(messages.storage_problem(code), database_path(directory)))
    if isinstance(error, OSError):
        message = translate("CommandLine", "cannot use the data folder %1: %2")
        return fail(fill(message, directory, error.strerror or str(error)))
    log.exception("the command failed")
    message = translate(
        "CommandLine",
        "the command failed because of an unexpected error; nothing more was changed. "
        "Details are in %1.",
    )
    return fail(fill(message, log_path(directory)))


def _run(args: argparse.Namespace, directory: Path, language: str) -> int:
    from posassist.cli import case_commands

    if args.command == "cases":
        return case_commands.cases(directory)
    if args.command == "new-case":
        return case_commands.new_case(directory, args)
    if args.command == "demo-case":
        return case_commands.demo_case(directory, args.with_evidence)
    if args.command == "attach":
        return case_commands.attach(directory, args)
    if args.command == "set":
        return case_commands.set_values(directory, args)
    if args.command == "evidence":
        from posassist.cli.evidence_commands import evidence

        return evidence(directory, args)
    if args.command in ("statement", "check"):
        from posassist.cli import statement_commands

        return getattr(statement_commands, args.command)(directory, args)
    if args.command in ("backup", "backups", "restore", "check-store", "delete-case"):
        from posassist.cli import store_commands

        return getattr(store_commands, args.command.replace("-", "_"))(directory, args)
    if args.command in ("letter",):
        from posassist.cli import letter_commands

        return getattr(letter_commands, args.command)(directory, args)
    if args.command == "calendar":
        from posassist.cli.calendar_commands import calendar_command

        return calendar_command(
            database_path(directory), args.case_id, args.output, args.lang or "zh_CN"
        )
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
