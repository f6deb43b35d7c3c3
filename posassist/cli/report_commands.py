"""`posassist export` and `posassist verify`: the export use cases, reported as text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from posassist.cli.output import say
from posassist.paths import log_path
from posassist.usecases.export import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_SIZE,
    ExportError,
    export_case,
    parse_size,
    verify_dossier,
)
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
    from posassist.words.export_failures import failure_message

    err = err or sys.stderr
    try:
        size = parse_size(max_size) if isinstance(max_size, str) else int(max_size)
    except ValueError as error:
        say(f"posassist: {error}", err)
        return 2
    if max_pages < 1:
        say("posassist: --max-pages must be at least 1", err)
        return 2
    try:
        result = export_case(db_path, case_id, out, language, packet, size, max_pages)
    except ExportError as error:
        say(f"posassist: {error}", err)
        return 2
    except Exception as error:
        # The command's own messages are English (for scripts); a packet's advice is in
        # the document's language.
        message = failure_message(
            error,
            translator_for("en"),
            log_path(Path(db_path).parent),
            translator_for(language),
        )
        if isinstance(error, OSError):
            message += f" ({out})"
        say(f"posassist: {message}", err)
        return 1
    kind = "upload packet" if result.packet else "dossier"
    say(
        f"{result.path}: {kind}, {result.pages} pages, {result.size:,} bytes, "
        f"{len(result.shown)} evidence items shown, fingerprint {result.fingerprint}"
    )
    for note in result.notes:
        say(f"note: {note}")
    return 0


def verify_file(path: Path, extract_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Print per item OK or what differs; 0 only when everything matches."""
    from posassist.report import manifest as mf
    from posassist.report.verify import DIFFERS, MISSING, NOT_CARRIED, OK

    out = out or sys.stdout
    path = Path(path)
    try:
        report, written = verify_dossier(path, extract_dir)
    except FileNotFoundError:
        say(f"{path}: no such file", out)
        return 2
    if not report.kind:
        for problem in report.problems:
            say(f"{path}: {problem}", out)
        return 1
    if report.kind == mf.PACKET:
        say(
            f"{path}: an upload packet. It carries no original files: only the manifest "
            "and its fingerprint can be checked here; the originals are in the full dossier.",
            out,
        )
    say(f"fingerprint {report.fingerprint}", out)
    if report.problems:
        for problem in report.problems:
            say(f"manifest: DIFFERS: {problem}", out)
    else:
        say("manifest: OK (matches the fingerprint in the metadata and on the cover)", out)
    counts = {OK: 0, DIFFERS: 0, MISSING: 0, NOT_CARRIED: 0}
    for item in report.items:
        counts[item.status] += 1
        entry = item.entry
        if item.status == OK:
            where = ", ".join(sorted({c.where for c in item.carriers}))
            say(f"{entry.number} OK {entry.original_name} ({where})", out)
        elif item.status == NOT_CARRIED:
            say(f"{entry.number} not carried (upload packet) {entry.original_name}", out)
        else:
            say(f"{entry.number} {item.status.upper()} {entry.original_name}: {item.detail}", out)
    for name in report.extras:
        say(f"extra attachment not in the manifest: {name}", out)
    summary = f"{len(report.items)} items: {counts[OK]} OK"
    if counts[DIFFERS]:
        summary += f", {counts[DIFFERS]} differ"
    if counts[MISSING]:
        summary += f", {counts[MISSING]} missing"
    if counts[NOT_CARRIED]:
        summary += f", {counts[NOT_CARRIED]} not carried"
    say(summary, out)
    if extract_dir is not None:
        say(f"extracted {len(written)} original files to {extract_dir}", out)
    return 0 if report.ok else 1
