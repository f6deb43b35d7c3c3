"""Export use cases: the evidence dossier, the upload packet, the customer notice, and
checking a dossier — called the same way by the export dialog and `posassist export`.

Importing this module is cheap: ReportLab and pypdf are loaded when an export runs (or
ahead of it, by `preload` on a thread of the caller's).

    export_case(case_file, case_id, Path("dossier.pdf"), "zh_CN",
                progress=lambda done, total: ..., cancelled=lambda: stop_requested)

The file is written next to its target under a temporary name and renamed at the very
end (report.files.write_atomically): a failure or a cancel leaves no partial file.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posassist.report.files import preload, write_atomically
from posassist.words import texts
from posassist.words.translation import translator_for

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_SIZE",
    "ExportError",
    "ExportResult",
    "NoSuchCase",
    "export_case",
    "export_notice",
    "parse_size",
    "preload",
    "proposal",
    "verify_dossier",
]

DEFAULT_MAX_SIZE = 4_500_000  # bytes: "4.5 MB" as portals count it, and under 4.5 MiB too
DEFAULT_MAX_PAGES = 19

_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgG]i?[bB]?|[bB])?\s*$")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(RuntimeError):
    """An export that could not be made; the message says why, in the user's words."""


class NoSuchCase(ExportError):
    """The case file has no case of that id (the front end words it in its language)."""

    def __init__(self, case_id: int) -> None:
        super().__init__(f"there is no case {case_id}")
        self.case_id = case_id


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


def _open(case_file: Any) -> tuple[Any, bool]:
    """A database for this thread: (db, whether we opened it and must close it).
    A path (a worker thread passes one and gets its own connection), or an open
    CaseRepository / Database of the calling thread."""
    if isinstance(case_file, (str, os.PathLike)):
        from posassist.store.database import open_database

        return open_database(Path(case_file)), True
    return getattr(case_file, "db", case_file), False


def load_case(case_file: Any, case_id: int) -> Any:
    """The case `case_id` of a case file (a path, or an open CaseRepository / Database of
    the calling thread). Raises NoSuchCase."""
    from posassist.store.cases import CaseRepository, UnknownCase

    db, owned = _open(case_file)
    try:
        try:
            return CaseRepository(db).load(case_id)
        except UnknownCase as error:
            raise NoSuchCase(case_id) from error
    finally:
        if owned:
            db.close()


def export_case(
    case_file: Any,
    case_id: int,
    out: Path,
    language: str,
    packet: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    max_pages: int = DEFAULT_MAX_PAGES,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    labels: Any = None,
    translate: Callable[[str, str], str] | None = None,
    selection: list[str] | None = None,
) -> ExportResult:
    """Write the dossier (or, with `packet`, the upload packet) of a case to `out`.

    `labels`, `translate`: posassist.words.texts and the translate function of the
    export's language, the caller having called texts.translating_with(translate); when
    omitted, both are made here from the app's catalogue for `language` (translator_for:
    QtCore is loaded only for a language other than English).
    `selection`: for a packet, the evidence numbers to show (default: the proposal).
    Raises ExportError (e.g. no such case), report.packet.PacketDoesNotFit,
    report.output.StoreMismatch, report.output.Cancelled and OSError.
    """
    if labels is None or translate is None:
        labels, translate = texts, translator_for(language)
        with texts.translating_with(translate):
            return _export(
                case_file, case_id, out, language, packet, max_size, max_pages,
                progress, cancelled, labels, translate, selection,
            )  # fmt: skip
    return _export(
        case_file, case_id, out, language, packet, max_size, max_pages,
        progress, cancelled, labels, translate, selection,
    )  # fmt: skip


def _export(
    case_file: Any,
    case_id: int,
    out: Path,
    language: str,
    packet: bool,
    max_size: int,
    max_pages: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    labels: Any,
    translate: Callable[[str, str], str],
    selection: list[str] | None,
) -> ExportResult:
    from posassist.report.assemble import Cancelled as CancelledError
    from posassist.store.cases import UnknownCase
    from posassist.usecases.snapshot import build_snapshot

    out = Path(out)
    db, owned = _open(case_file)
    try:
        _backup_first(db)
        try:
            snapshot = build_snapshot(db, case_id, language)
        except UnknownCase as error:
            raise NoSuchCase(case_id) from error
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
                raise CancelledError()

        write_atomically(out, write)
    finally:
        if owned:
            db.close()
    size = out.stat().st_size
    if packet:
        p = made["packet"]
        return ExportResult(out, p.pages, size, p.fingerprint, 1, True, p.shown, p.notes)
    a = made["archive"]
    return ExportResult(out, a.pages, size, a.fingerprint, len(a.attachments) + 1, False, a.shown)


def _backup_first(db: Any) -> None:
    """A rolling backup before every export (unless nothing changed since the last one):
    the dossier is sent away, the case file must survive whatever comes next. A backup
    that cannot be made is logged and does not stop the export."""
    from posassist.store.blobs import main_file
    from posassist.usecases.casefile import CaseFileProblem, backup_if_changed

    path = main_file(db)
    if path is None:
        return
    try:
        backup_if_changed(db, Path(path))
    except (CaseFileProblem, OSError) as error:
        logging.getLogger(__name__).warning("no backup before the export: %s", error)


def export_notice(
    case_file: Any,
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
    db, owned = _open(case_file)
    try:
        case = CaseRepository(db).load(case_id)
    finally:
        if owned:
            db.close()
    write_atomically(
        Path(out), lambda stream: build_notice(case, stream, pairs, lambda t: context(None, t))
    )
    return Path(out)


def proposal(case_file: Any, case_id: int) -> list[tuple[str, bool, Any]]:
    """For the packet dialog: every evidence item as (number, proposed?, Evidence), in order,
    the proposed ones being what build_packet shows when no selection is given."""
    from posassist.report.packet import propose
    from posassist.usecases.snapshot import build_snapshot

    db, owned = _open(case_file)
    try:
        snapshot = build_snapshot(db, case_id, "en")
    finally:
        if owned:
            db.close()
    chosen = set(propose(snapshot))
    return [(n.number, n.number in chosen, n.item) for n in snapshot.evidence]


def verify_dossier(path: Path, extract_dir: Path | None = None) -> tuple[Any, list[Path]]:
    """Every original in a dossier against its manifest and fingerprint: (report.verify
    Report, the files written to `extract_dir` if given). Raises FileNotFoundError."""
    from posassist.report.verify import extract, verify

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    report = verify(path)
    written: list[Path] = []
    if report.kind and extract_dir is not None:
        written = extract(report, Path(extract_dir))
    return report, written
