"""`posassist backup`, `restore`, `check-store` and `delete-case`: the case file kept safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from posassist.cli.output import fail, say
from posassist.paths import database_path
from posassist.words.messages import fill
from posassist.words.texts import translate


def _when(info) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def backup(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.casefile import open_case_file

    with open_case_file(database_path(directory)) as case_file:
        info = case_file.backup(Path(args.output) if args.output else None)
    line = translate("CommandLine", "backed up to %1 (%2 cases, %3 evidence items, %4 bytes)")
    say(fill(line, info.path, info.cases, info.evidence, f"{info.size:,}"))
    return 0


def backups(directory: Path, _args: argparse.Namespace) -> int:
    from posassist.usecases.casefile import list_backups

    found = list_backups(database_path(directory))
    if not found:
        say(translate("CommandLine", "no backups yet (see: posassist backup)"))
    for info in found:
        if info.problem is not None:
            state = translate("CommandLine", "cannot be used: %1")
            state = fill(state, info.problem.code)
        else:
            state = fill(translate("CommandLine", "%1 cases, %2 evidence items"), info.cases,
                         info.evidence)  # fmt: skip
        say(f"{_when(info)}\t{info.path}\t{state}")
    return 0


def restore(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.casefile import restore as restore_file

    done = restore_file(database_path(directory), Path(args.file))
    line = translate(
        "CommandLine",
        "restored %1 from %2 (%3 cases, %4 evidence items); the file it replaced is in %5",
    )
    aside = done.set_aside or translate("CommandLine", "(there was none)")
    say(
        fill(line, done.case_file, done.restored_from, done.facts.cases, done.facts.evidence, aside)
    )
    return 0


def check_store(directory: Path, _args: argparse.Namespace) -> int:
    from posassist.usecases.casefile import open_case_file

    with open_case_file(database_path(directory)) as case_file:
        report = case_file.check_store()
    if report.integrity == ["ok"]:
        say(translate("CommandLine", "case file: integrity check ok"))
    else:
        for problem in report.integrity:
            say(fill(translate("CommandLine", "case file: DAMAGED: %1"), problem))
    for item in report.damaged:
        line = translate(
            "CommandLine",
            "case %1, evidence %2 (%3): DAMAGED: its stored copy no longer matches its SHA-256",
        )
        say(fill(line, item.case_id, item.evidence_id, item.original_name))
    summary = translate("CommandLine", "%1 stored originals re-checked, %2 damaged")
    say(fill(summary, report.checked, len(report.damaged)))
    if not report.ok:
        say(
            translate(
                "CommandLine",
                "restore the newest good backup (posassist backups, posassist restore FILE), "
                "or remove the damaged items and attach their originals again",
            )
        )
    return 0 if report.ok else 1


def delete_case(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.casefile import open_case_file

    if not args.yes:
        message = translate(
            "CommandLine",
            "deleting case %1 removes it and its evidence for good (a backup is taken "
            "first); add --yes to do it",
        )
        return fail(fill(message, args.case_id), 2)
    from posassist.usecases.cases import UnknownCase

    with open_case_file(database_path(directory)) as case_file:
        try:
            deletion = case_file.delete_case(args.case_id)
        except UnknownCase:
            message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
            return fail(fill(message, args.case_id), 2)
    line = translate(
        "CommandLine", "case %1 (%2) deleted: %3 evidence items, %4 stored files freed"
    )
    say(fill(line, deletion.case_id, deletion.shop_name, deletion.evidence_items,
             deletion.blobs_freed))  # fmt: skip
    return 0
