"""`posassist statement` (import statements, a line per file) and `posassist check`
(the settlement check's findings, as text or JSON)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from posassist.cli.output import fail, say
from posassist.paths import database_path
from posassist.words.messages import fill
from posassist.words.texts import translate


def statement(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.cases import UnknownCase
    from posassist.usecases.statements import import_statement
    from posassist.words import findings as words

    case_file = database_path(directory)
    refused = 0
    for path in args.files:
        name = str(path)
        try:
            report = import_statement(
                case_file, args.case_id, path, args.source, accept_bad_rows=args.accept_bad_rows
            )
        except UnknownCase:
            message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
            return fail(fill(message, args.case_id), 2)
        if report.outcome == "refused":
            refused += 1
            reason = words.refusal(report.refusal or "", report.refusal_detail)
            say(fill(translate("CommandLine", "%1: refused: %2"), name, reason))
            if report.refusal == "bad_rows":
                for bad in report.bad_rows[:20]:
                    say("  " + words.bad_row(bad.line, bad.code, bad.text))
                if len(report.bad_rows) > 20:
                    more = translate("CommandLine", "  … and %1 more")
                    say(fill(more, len(report.bad_rows) - 20))
                say(
                    translate(
                        "CommandLine",
                        "  nothing was imported; to import the other rows, add --accept-bad-rows",
                    )
                )
            continue
        if report.outcome == "duplicate":
            say(fill(translate("CommandLine", "%1: imported before, nothing added"), name))
        else:
            line = translate("CommandLine", "%1: %2 rows imported (%3 new), %4 card numbers masked")
            say(fill(line, name, report.rows_read, report.rows_added, report.masked_count))
        for bad in report.bad_rows:
            say("  " + fill(translate("CommandLine", "left out: %1"), words.bad_row(
                bad.line, bad.code, bad.text)))  # fmt: skip
        if report.findings:
            found = translate("CommandLine", "  the case has %1 findings: see posassist check %2")
            say(fill(found, len(report.findings), args.case_id))
    return 1 if refused else 0


def check(directory: Path, args: argparse.Namespace) -> int:
    from posassist.usecases.cases import UnknownCase
    from posassist.usecases.statements import check_case, statement_names
    from posassist.words import findings as words

    case_file = database_path(directory)
    try:
        found = check_case(case_file, args.case_id)
        names = statement_names(case_file, args.case_id)
    except UnknownCase:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        return fail(fill(message, args.case_id), 2)
    if args.json:
        say(json.dumps([_as_json(f, names) for f in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        say(translate("CommandLine", "no findings: the statements add up"))
        return 0
    for f in found:
        say(f"{f.on.isoformat()}  {words.title(f.code)}  {f.owed.format()}")
        say("  " + words.sentence(f))
        if f.data.get("name") and not f.rows:  # a slip with no statement row
            say("  " + fill(translate("CommandLine", "evidence: %1"), f.data["name"]))
        for statement_id, lines in _rows_by_file(f):
            listed = ", ".join(map(str, lines))
            if len(lines) == 1:
                where = translate("CommandLine", "%1, line %2")
            else:
                where = translate("CommandLine", "%1, lines %2")
            say("  " + fill(where, names.get(statement_id, "?"), listed))
        if f.explained_note:
            say("  " + fill(translate("CommandLine", "explained: %1"), f.explained_note))
    return 0


def _rows_by_file(finding) -> list[tuple[int, list[int]]]:
    by_file: dict[int, list[int]] = {}
    for statement_id, line in finding.rows:
        by_file.setdefault(statement_id, []).append(line)
    return [(k, sorted(v)) for k, v in by_file.items()]


def _as_json(finding, names: dict[int, str]) -> dict:
    """One finding for scripts: the amount a decimal string in the case's currency."""
    rows = _rows_by_file(finding)
    return {
        "code": finding.code,
        "date": finding.on.isoformat(),
        "until": finding.until.isoformat() if finding.until else None,
        "amount": finding.owed.plain().replace(",", ""),
        "currency": finding.owed.currency,
        "file": names.get(rows[0][0], "") if rows else "",
        "lines": rows[0][1] if rows else [],
        "rows": [{"file": names.get(k, ""), "lines": v} for k, v in rows],
        "evidence": finding.data.get("name") if not rows else None,
        "explained": finding.explained_note,
        "id": finding.id,
    }
