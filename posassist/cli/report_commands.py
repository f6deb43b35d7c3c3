"""`posassist export` and `posassist verify`: the export use cases, reported as text."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TextIO

from posassist.cli.output import not_a_file_to_write, say
from posassist.paths import log_path
from posassist.usecases import export as export_use_cases  # looked up at each call
from posassist.usecases.export import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_SIZE,
    ExportError,
    NoSuchCase,
    parse_size,
)
from posassist.words.messages import fill
from posassist.words.texts import translate
from posassist.words.translation import translator_for


def export_command(
    db_path: Path,
    case_id: int,
    out: Path,
    language: str = "zh_CN",
    packet: bool = False,
    max_size: str | int = DEFAULT_MAX_SIZE,
    max_pages: int = DEFAULT_MAX_PAGES,
    err: TextIO | None = None,
) -> int:
    """`posassist export`: 0 when written, 1 when it could not be made, 2 for bad input."""
    from posassist.words.export_failures import expected_failure, unexpected_failure

    err = err or sys.stderr
    try:
        size = parse_size(max_size) if isinstance(max_size, str) else int(max_size)
    except ValueError:
        message = translate("CommandLine", "not a size: %1 (e.g. 4.5MB)")
        say("posassist: " + fill(message, repr(max_size)), err)
        return 2
    if max_pages < 1:
        say("posassist: " + translate("CommandLine", "--max-pages must be at least 1"), err)
        return 2
    out = Path(out)
    refused = not_a_file_to_write(out)
    if refused:
        say("posassist: " + refused, err)
        return 2
    try:
        result = export_use_cases.export_case(
            db_path, case_id, out, language, packet, size, max_pages
        )
    except NoSuchCase as error:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        say("posassist: " + fill(message, error.case_id), err)
        return 2
    except ExportError as error:
        say(f"posassist: {error}", err)
        return 2
    except Exception as error:
        # In the command's language; a packet's advice is in the document's.
        message = expected_failure(error, translate, translator_for(language))
        if message is None:  # a bug or a broken installation: logged in full
            logging.getLogger(__name__).exception("the export failed")
            message = fill(unexpected_failure(translate), log_path(Path(db_path).parent))
        elif isinstance(error, OSError):
            message += f" ({out})"
        say(f"posassist: {message}", err)
        return 1
    template = (
        translate(
            "CommandLine",
            "%1: upload packet, %2 pages, %3 bytes, %4 evidence items shown, fingerprint %5",
        )
        if result.packet
        else translate(
            "CommandLine",
            "%1: dossier, %2 pages, %3 bytes, %4 evidence items shown, fingerprint %5",
        )
    )
    say(
        fill(
            template,
            result.path,
            result.pages,
            f"{result.size:,}",
            len(result.shown),
            result.fingerprint,
        )
    )
    for note in result.notes:
        say(fill(translate("CommandLine", "note: %1"), note))
    return 0


def verify_file(path: Path, extract_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Print per item OK or what differs; 0 only when everything matches."""
    from posassist.report import manifest as mf
    from posassist.report.verify import DIFFERS, MISSING, NOT_CARRIED, OK

    out = out or sys.stdout
    path = Path(path)
    try:
        report, written = export_use_cases.verify_dossier(path, extract_dir)
    except FileNotFoundError:
        say(fill(translate("CommandLine", "%1: no such file"), path), out)
        return 2
    if not report.kind:
        for problem in report.problems:
            say(f"{path}: {problem}", out)
        return 1
    if report.kind == mf.PACKET:
        message = translate(
            "CommandLine",
            "%1: an upload packet. It carries no original files: only the manifest "
            "and its fingerprint can be checked here; the originals are in the full dossier.",
        )
        say(fill(message, path), out)
    say(fill(translate("CommandLine", "fingerprint %1"), report.fingerprint), out)
    if report.problems:
        for problem in report.problems:
            say(fill(translate("CommandLine", "manifest: DIFFERS: %1"), problem), out)
    else:
        say(
            translate(
                "CommandLine",
                "manifest: OK (matches the fingerprint in the metadata and on the cover)",
            ),
            out,
        )
    counts = {OK: 0, DIFFERS: 0, MISSING: 0, NOT_CARRIED: 0}
    for item in report.items:
        counts[item.status] += 1
        entry = item.entry
        if item.status == OK:
            where = ", ".join(sorted({c.where for c in item.carriers}))
            say(
                fill(
                    translate("CommandLine", "%1 OK %2 (%3)"),
                    entry.number,
                    entry.original_name,
                    where,
                ),
                out,
            )
        elif item.status == NOT_CARRIED:
            say(
                fill(
                    translate("CommandLine", "%1 not carried (upload packet) %2"),
                    entry.number,
                    entry.original_name,
                ),
                out,
            )
        else:
            status = (
                translate("CommandLine", "DIFFERS")
                if item.status == DIFFERS
                else translate("CommandLine", "MISSING")
            )
            say(f"{entry.number} {status} {entry.original_name}: {item.detail}", out)
    for name in report.extras:
        say(fill(translate("CommandLine", "extra attachment not in the manifest: %1"), name), out)
    summary = fill(translate("CommandLine", "%1 items: %2 OK"), len(report.items), counts[OK])
    if counts[DIFFERS]:
        summary += fill(translate("CommandLine", ", %1 differ"), counts[DIFFERS])
    if counts[MISSING]:
        summary += fill(translate("CommandLine", ", %1 missing"), counts[MISSING])
    if counts[NOT_CARRIED]:
        summary += fill(translate("CommandLine", ", %1 not carried"), counts[NOT_CARRIED])
    say(summary, out)
    if extract_dir is not None:
        say(
            fill(
                translate("CommandLine", "extracted %1 original files to %2"),
                len(written),
                extract_dir,
            ),
            out,
        )
    return 0 if report.ok else 1
