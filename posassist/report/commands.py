"""The export and verify commands, for the command line and for a GUI worker thread.

Importing this module is cheap: ReportLab and pypdf are loaded when a command runs.

    export_case(db, case_id, Path("dossier.pdf"), "zh_CN", labels=texts, translate=tr,
                progress=lambda done, total: ..., cancelled=lambda: stop_requested)

The file is written next to its target under a temporary name and renamed at the very
end: a failure or a cancel leaves no partial file behind, and an existing file of that
name stays as it was until the new one is complete.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from posassist.words.translation import translator_for

DEFAULT_MAX_SIZE = 4_500_000  # bytes: "4.5 MB" as portals count it, and under 4.5 MiB too
DEFAULT_MAX_PAGES = 19

_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgG]i?[bB]?|[bB])?\s*$")


class ExportError(RuntimeError):
    """An export that could not be made; the message says why, in the user's words."""


@dataclass
class ExportResult:
    path: Path
    pages: int
    size: int
    fingerprint: str
    attachments: int
    packet: bool = False
    shown: list[str] = field(default_factory=list)  # evidence numbers shown
    notes: list[str] = field(default_factory=list)  # what a packet had to do to fit


def parse_size(text: str) -> int:
    """'4.5MB' -> 4500000, '900KB' -> 900000, '4MiB' -> 4194304, '123' -> 123 bytes."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (e.g. 4.5MB)")
    number = float(match.group(1))
    unit = (match.group(2) or "b").lower().rstrip("b") or "b"
    factor = {
        "b": 1,
        "k": 1000,
        "m": 1000**2,
        "g": 1000**3,
        "ki": 1024,
        "mi": 1024**2,
        "gi": 1024**3,
    }[unit]
    return int(number * factor)


def _open(db_path_or_repo: Any) -> tuple[Any, bool]:
    """A database for this thread: (db, whether we opened it and must close it)."""
    if isinstance(db_path_or_repo, (str, os.PathLike)):
        from posassist.store.database import open_database

        return open_database(Path(db_path_or_repo)), True
    return getattr(db_path_or_repo, "db", db_path_or_repo), False


def export_case(
    db_path_or_repo: Any,
    case_id: int,
    out: Path,
    language: str,
    packet: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    max_pages: int = DEFAULT_MAX_PAGES,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    labels: Any = None,
    translate: Callable[[str, str], str] | None = None,
    selection: list[str] | None = None,
) -> ExportResult:
    """Write the dossier (or, with `packet`, the upload packet) of a case to `out`.

    `db_path_or_repo`: the case file's path (a worker thread passes this and gets its own
    connection), or an open CaseRepository / Database of the calling thread.
    `labels`, `translate`: posassist.words.texts and the translate function of the export's
    language, the caller having called texts.translating_with(translate) (as the export
    dialog does); when omitted, both are made here from the app's catalogue for `language`
    (translator_for: QtCore is loaded only for a language other than English).
    `selection`: for a packet, the evidence numbers to show (default: the proposal).
    Raises ExportError (e.g. a packet that cannot fit) and assemble.Cancelled.
    """
    from posassist.report.assemble import Cancelled
    from posassist.report.snapshot import build_snapshot
    from posassist.store.cases import UnknownCase

    if labels is None or translate is None:
        from posassist.words import texts

        labels, translate = texts, translator_for(language)
        with texts.translating_with(translate):
            return export_case(
                db_path_or_repo, case_id, out, language, packet, max_size, max_pages,
                progress, cancelled, labels, translate, selection,
            )  # fmt: skip
    out = Path(out)
    db, owned = _open(db_path_or_repo)
    try:
        try:
            snapshot = build_snapshot(db, case_id, language)
        except UnknownCase as error:
            raise ExportError(f"there is no case {case_id}") from error
        made: dict[str, Any] = {}

        def write(stream: Any) -> None:
            if packet:
                from posassist.report.packet import Limits, build_packet

                made["packet"] = build_packet(
                    snapshot,
                    stream,
                    labels,
                    translate,
                    Limits(max_size, max_pages),
                    selection,
                    progress,
                    cancelled,
                )
            else:
                from posassist.report.dossier import build

                made["archive"] = build(
                    snapshot, stream, labels, translate, None, progress, cancelled, durable=True
                )
            if cancelled is not None and cancelled():
                raise Cancelled()

        _write_atomically(out, write)
    finally:
        if owned:
            db.close()
    size = out.stat().st_size
    if packet:
        p = made["packet"]
        return ExportResult(out, p.pages, size, p.fingerprint, 1, True, p.shown, p.notes)
    a = made["archive"]
    return ExportResult(out, a.pages, size, a.fingerprint, len(a.attachments) + 1, False, a.shown)


def preload() -> None:
    """Load what an export needs (ReportLab, pypdf, the font) ahead of it — about 0.4 s
    the first export of a session would otherwise spend before its first page. Safe on
    any thread; the export dialog calls it on one of its own when it opens."""
    import pypdf  # noqa: F401

    from posassist.report import dossier, fonts, foreign, layout, packet  # noqa: F401

    fonts.register()


def _match_mode(temp: Path, out: Path) -> None:
    """mkstemp makes a private file; the dossier gets the permissions a new file would."""
    try:
        mode = out.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def export_notice(
    db_path_or_repo: Any,
    case_id: int,
    out: Path,
    languages: list[str],
    translations: dict[str, Callable[[str, str], str]] | None = None,
) -> Path:
    """The one-page customer notice in one or two languages (e.g. ["zh_CN", "en"]).

    `translations` maps each language to its translate function; by default each is read
    from the app's catalogue (see translator_for), whatever language the app shows.
    Raises notice.MissingDate when the case has no last day of card payments.
    """
    from posassist.report.dossier import context
    from posassist.report.notice import build_notice
    from posassist.store.cases import CaseRepository

    translations = translations or {}
    pairs = [(lang, translations.get(lang) or translator_for(lang)) for lang in languages]
    db, owned = _open(db_path_or_repo)
    try:
        case = CaseRepository(db).load(case_id)
    finally:
        if owned:
            db.close()
    _write_atomically(
        Path(out), lambda stream: build_notice(case, stream, pairs, lambda t: context(None, t))
    )
    return Path(out)


def _write_atomically(out: Path, write: Callable[[Any], None]) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _match_mode(temp, out)
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def verify_file(path: Path, extract_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Print per item OK or what differs; 0 only when everything matches."""
    from posassist.report import manifest as mf
    from posassist.report.verify import DIFFERS, MISSING, NOT_CARRIED, OK, extract, verify

    out = out or sys.stdout
    path = Path(path)
    if not path.is_file():
        print(f"{path}: no such file", file=out)
        return 2
    report = verify(path)
    if not report.kind:
        for problem in report.problems:
            print(f"{path}: {problem}", file=out)
        return 1
    if report.kind == mf.PACKET:
        print(
            f"{path}: an upload packet. It carries no original files: only the manifest "
            "and its fingerprint can be checked here; the originals are in the full dossier.",
            file=out,
        )
    print(f"fingerprint {report.fingerprint}", file=out)
    if report.problems:
        for problem in report.problems:
            print(f"manifest: DIFFERS: {problem}", file=out)
    else:
        print("manifest: OK (matches the fingerprint in the metadata and on the cover)", file=out)
    counts = {OK: 0, DIFFERS: 0, MISSING: 0, NOT_CARRIED: 0}
    for item in report.items:
        counts[item.status] += 1
        entry = item.entry
        if item.status == OK:
            where = ", ".join(sorted({c.where for c in item.carriers}))
            print(f"{entry.number} OK {entry.original_name} ({where})", file=out)
        elif item.status == NOT_CARRIED:
            print(f"{entry.number} not carried (upload packet) {entry.original_name}", file=out)
        else:
            print(
                f"{entry.number} {item.status.upper()} {entry.original_name}: {item.detail}",
                file=out,
            )
    for name in report.extras:
        print(f"extra attachment not in the manifest: {name}", file=out)
    summary = f"{len(report.items)} items: {counts[OK]} OK"
    if counts[DIFFERS]:
        summary += f", {counts[DIFFERS]} differ"
    if counts[MISSING]:
        summary += f", {counts[MISSING]} missing"
    if counts[NOT_CARRIED]:
        summary += f", {counts[NOT_CARRIED]} not carried"
    print(summary, file=out)
    if extract_dir is not None:
        written = extract(report, Path(extract_dir))
        print(f"extracted {len(written)} original files to {extract_dir}", file=out)
    return 0 if report.ok else 1


def proposal(db_path_or_repo: Any, case_id: int) -> list[tuple[str, bool, Any]]:
    """For the packet dialog: every evidence item as (number, proposed?, Evidence), in order,
    the proposed ones being what build_packet shows when no selection is given."""
    from posassist.report.packet import propose
    from posassist.report.snapshot import build_snapshot

    db, owned = _open(db_path_or_repo)
    try:
        snapshot = build_snapshot(db, case_id, "en")
    finally:
        if owned:
            db.close()
    chosen = set(propose(snapshot))
    return [(n.number, n.number in chosen, n.item) for n in snapshot.evidence]


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
    from posassist.report.output import StoreMismatch
    from posassist.report.packet import PacketDoesNotFit

    err = err or sys.stderr
    try:
        size = parse_size(max_size) if isinstance(max_size, str) else int(max_size)
    except ValueError as error:
        print(f"posassist: {error}", file=err)
        return 2
    if max_pages < 1:
        print("posassist: --max-pages must be at least 1", file=err)
        return 2
    try:
        result = export_case(db_path, case_id, out, language, packet, size, max_pages)
    except ExportError as error:
        print(f"posassist: {error}", file=err)
        return 2
    except PacketDoesNotFit as error:
        print(f"posassist: {error}", file=err)
        return 1
    except StoreMismatch as error:
        print(
            f"posassist: the stored copy of the evidence file {error.item or '?'} is damaged "
            f"(its bytes no longer match their SHA-256 {error}); no dossier was made. "
            "Restore the case file from a backup, or remove that item and attach the "
            "original file again.",
            file=err,
        )
        return 1
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"posassist: the export failed: {error.strerror or error}{where}", file=err)
        return 1
    except Exception as error:  # a bug or a broken installation: logged in full
        from posassist.paths import log_path

        logging.getLogger(__name__).exception("the export failed")
        print(
            f"posassist: the export failed: {error} (details in {log_path(Path(db_path).parent)})",
            file=err,
        )
        return 1
    kind = "upload packet" if result.packet else "dossier"
    print(
        f"{result.path}: {kind}, {result.pages} pages, {result.size:,} bytes, "
        f"{len(result.shown)} evidence items shown, fingerprint {result.fingerprint}"
    )
    for note in result.notes:
        print(f"note: {note}")
    return 0
