"""Command line and start-up: paths, logging, database, QApplication, translators, window.

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

from posassist import __version__
from posassist.paths import data_dir, database_path, log_path

log = logging.getLogger("posassist")

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
# Plain words for the refusal codes of posassist.evidence.intake (the window translates its own).
REFUSALS = {
    "empty": "the file is empty",
    "too_large": "the file is larger than the size limit",
    "not_supported": "not a supported kind of file (photo, PDF, CSV or text)",
    "truncated": "the file is incomplete (cut off)",
    "corrupt": "the file is damaged",
    "bomb": "the picture is too large to open safely",
    "password": "the PDF is password-protected",
    "no_pages": "the PDF has no pages",
    "unreadable": "the file cannot be opened",
}


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the case file (default: POSASSIST_DATA_DIR, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="posassist",
        description="POS Assist: stop and close out a card-payment POS terminal, step by step.",
        parents=[common],
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
    attach.add_argument("case_id", type=int, metavar="CASE_ID")
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument("--stage", choices=STAGES, help="the step the files belong to")
    attach.add_argument("--category", choices=CATEGORIES, help="the kind of proof")
    export = sub.add_parser(
        "export", parents=[common], help="export a case's evidence dossier as one PDF"
    )
    export.add_argument("case_id", type=int, metavar="CASE_ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    export.add_argument("--lang", choices=("zh_CN", "en"), help="language of the dossier")
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


LOG_LIMIT = 1_000_000


def _setup_logging(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    log_file = log_path(directory)
    # One old log is kept. (logging.handlers costs 13 ms of start-up for the same.)
    if log_file.exists() and log_file.stat().st_size > LOG_LIMIT:
        log_file.replace(log_file.with_suffix(".log.1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Pillow's warnings about odd metadata in a file being imported go to the log too,
    # not to the terminal (the import's own report says what matters).
    logging.captureWarnings(True)


def _open_repo(directory: Path):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database

    return CaseRepository(open_database(database_path(directory)))


def _fail(message: str, status: int = 1) -> int:
    print(f"posassist: {message}", file=sys.stderr)
    return status


def _cmd_cases(directory: Path) -> int:
    from posassist.domain.reminders import next_date

    repo = _open_repo(directory)
    print("id\tshop\tprovider\tterminal\tstatus\tprogress\tnext date")
    for case in repo.load_all():
        done, total = case.progress()
        terminal = case.get("terminal_id") or case.get("serial_no") or "-"
        upcoming = next_date(case)
        print(
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


def _cmd_new_case(directory: Path, args: argparse.Namespace) -> int:
    if not args.shop.strip() or not args.provider.strip():
        return _fail("--shop and --provider must not be empty", 2)
    repo = _open_repo(directory)
    case_id = repo.create(
        {
            "shop_name": args.shop.strip(),
            "provider": args.provider.strip(),
            "terminal_type": args.terminal_type,
            "reason": args.reason,
        }
    )
    print(case_id)
    return 0


def _cmd_demo_case(directory: Path) -> int:
    from posassist.demo import add_demo_case

    print(add_demo_case(_open_repo(directory)))
    return 0


def _cmd_attach(directory: Path, args: argparse.Namespace) -> int:
    from posassist.domain import catalogue
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_files
    from posassist.store.cases import UnknownCase
    from posassist.store.evidence import EvidenceRepository

    repo = _open_repo(directory)
    try:
        case = repo.load(args.case_id)
    except UnknownCase:
        return _fail(f"there is no case {args.case_id} (see: posassist cases)", 2)
    stage = args.stage or case.current_stage
    if stage == "review":
        stage = catalogue.STAGE_KEYS[0]
    expected = catalogue.stage(stage).evidence_for(case.profile)
    category = Category(args.category or (expected[0] if expected else "other"))
    evidence = EvidenceRepository(repo.db)
    refused = 0
    outcomes = import_files(evidence, case.id, stage, args.files, category)
    for path, outcome in zip(args.files, outcomes, strict=True):
        if outcome.refused:
            refused += 1
            print(f"{path}: refused: {REFUSALS.get(outcome.refusal, outcome.refusal)}")
        else:
            print(f"{path}: {outcome.outcome}")
    return 1 if refused else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.demo:
        import tempfile

        directory = Path(tempfile.mkdtemp(prefix="posassist-demo-"))
    else:
        directory = data_dir(args.data_dir)
    from posassist.store.database import NewerSchemaError

    if args.command and not logging.getLogger().handlers:
        # A command's output is its report; what went wrong in detail goes to the log.
        # (Not when the caller has set up logging already, as a test run has.)
        with contextlib.suppress(OSError):  # the command will say what is wrong with it
            _setup_logging(directory)
    try:
        if args.command == "cases":
            return _cmd_cases(directory)
        if args.command == "new-case":
            return _cmd_new_case(directory, args)
        if args.command == "demo-case":
            return _cmd_demo_case(directory)
        if args.command == "attach":
            return _cmd_attach(directory, args)
        if args.command == "export":
            from posassist.report.commands import export_command

            return export_command(
                database_path(directory),
                args.case_id,
                args.output,
                args.lang or "zh_CN",
                args.packet,
                args.max_size,
                args.max_pages,
            )
        if args.command == "verify":
            from posassist.report.commands import verify_file

            return verify_file(args.file, args.extract)
    except NewerSchemaError as error:
        return _fail(
            f"{error.path} was written by a newer POS Assist; install that version to open it."
        )
    except OSError as error:
        return _fail(f"cannot use the data folder {directory}: {error.strerror or error}")
    return run_gui(directory, demo=args.demo, language=args.lang)


def entry() -> None:
    """The installed commands' entry point: main(), then out without tearing down.

    Whatever a command wrote is closed by then (files, the case file); the interpreter's
    teardown of ReportLab, pypdf and some 300 other modules would only add ~0.1 s to
    every command-line run (measured with benchmarks/export_dossier.py).
    """
    status = main()
    logging.shutdown()
    _flush_standard_streams()
    os._exit(status)


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed app on Windows
            stream.flush()


def run_gui(directory: Path, demo: bool = False, language: str | None = None) -> int:
    _setup_logging(directory)
    log.info("POS Assist %s starting, data in %s", __version__, directory)
    from posassist.store.database import NewerSchemaError

    repo = None
    open_error: Exception | None = None
    try:
        repo = _open_repo(directory)
    except (NewerSchemaError, OSError, Exception) as error:  # shown to the user below
        log.exception("cannot open the case file")
        open_error = error

    from posassist.ui.app import create_application

    app, languages = create_application(sys.argv[:1])
    if repo is None:
        from posassist.ui import dialogs

        dialogs.show_open_error(database_path(directory), open_error)
        return 1
    from posassist.store.cases import SettingsRepository

    settings = SettingsRepository(repo.db)
    languages.apply(language or settings.get("language") or languages.system_language())
    open_case = None
    if demo:
        from posassist.demo import add_demo_case

        open_case = add_demo_case(repo)
    from posassist.ui.main_window import MainWindow

    window = MainWindow(repo, settings, languages, data_dir=directory)
    window.show()
    if open_case is not None:
        window.open_case(open_case)
    status = app.exec()
    window.close()  # stops imports and thumbnail work still running
    repo.db.close()
    log.info("POS Assist closed")
    logging.shutdown()
    _flush_standard_streams()
    # Every edit was committed when it was made and the case file is closed: what is left
    # is the interpreter tearing down Qt and some 400 modules, about 0.1 s the user waits
    # for with nothing to gain (measured with benchmarks/startup.py).
    os._exit(status)
