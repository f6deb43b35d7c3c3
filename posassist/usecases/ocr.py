"""Reading the text on a case's photos and scans (OCR), in the background after an import:
the window's runner and the command line both call `recognise_case`.

Each original is read once per engine version (store.recognised_text) and each result is
stored in its own transaction, so a cancel or a crash keeps every result already stored,
whole, and the next run goes on with the rest. The originals are never changed.

API
    recognise_case(case_file, case_id, progress, cancelled) -> CaseRecognition
    recognised_pages(case_file, sha256) -> tuple[PageText, ...] | None   latest result
    ENGINE, engine_version()                                            what reads
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from posassist.domain.evidence import FileKind
from posassist.evidence.ocr import ENGINE, PageText, engine_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unreadable:
    """An item whose file could not be read: `code` a Refusal code ("corrupt", "bomb", …)
    or "engine_error" (the engine failed; tried again next time)."""

    evidence_id: int
    original_name: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class CaseRecognition:
    engine: str
    version: str
    read: tuple[int, ...] = ()  # evidence ids whose text was stored by this run
    unreadable: tuple[Unreadable, ...] = ()
    left: int = 0  # not read because the run was cancelled
    pages: dict[int, int] = field(default_factory=dict)  # evidence id -> pages read


def recognise_case(
    case_file: Path,
    case_id: int,
    progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CaseRecognition:
    """Read every image and PDF of case `case_id` that this engine version has not read,
    on a connection of this call's own. Raises store.cases.UnknownCase."""
    from posassist.evidence.common import Refusal
    from posassist.evidence.ocr import Cancelled, recognise_file
    from posassist.evidence.recognised_json import pages_to_json, plain_text
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.store.recognised_text import RecognisedTextRepository

    version = engine_version()
    db = open_database(Path(case_file))
    try:
        CaseRepository(db).load(case_id)  # UnknownCase before any work
        texts = RecognisedTextRepository(db)
        evidence = EvidenceRepository(db)
        todo = texts.unread(case_id, ENGINE, version)
        read: list[int] = []
        pages: dict[int, int] = {}
        unreadable: list[Unreadable] = []
        for done, item in enumerate(todo):
            if cancelled():
                return CaseRecognition(
                    ENGINE, version, tuple(read), tuple(unreadable), len(todo) - done, pages
                )
            progress(done, len(todo), item.original_name)
            try:
                result = recognise_file(
                    evidence.data(item.sha256), item.kind is FileKind.PDF, cancelled
                )
            except Cancelled:
                return CaseRecognition(
                    ENGINE, version, tuple(read), tuple(unreadable), len(todo) - done, pages
                )
            except Refusal as refusal:
                # The bytes cannot be read as pictures: say so once, do not try again.
                problem = f"{refusal.code}: {refusal.detail}"
                texts.put(item.sha256, ENGINE, version, "[]", "", problem)
                unreadable.append(
                    Unreadable(item.evidence_id, item.original_name, refusal.code, refusal.detail)
                )
                continue
            except Exception as error:  # noqa: BLE001 - the engine's own failure: next file
                log.exception("recognition failed on evidence %s", item.evidence_id)
                unreadable.append(
                    Unreadable(item.evidence_id, item.original_name, "engine_error", repr(error))
                )
                continue
            texts.put(
                item.sha256, ENGINE, version, pages_to_json(result.pages), plain_text(result.pages)
            )
            read.append(item.evidence_id)
            pages[item.evidence_id] = len(result.pages)
        progress(len(todo), len(todo), "")
        return CaseRecognition(ENGINE, version, tuple(read), tuple(unreadable), 0, pages)
    finally:
        db.close()


def recognised_pages(case_file: Path, sha256: str) -> tuple[PageText, ...] | None:
    """The most recent text read on an original (any engine version), None if never read."""
    from posassist.evidence.recognised_json import pages_from_json
    from posassist.store.database import open_database
    from posassist.store.recognised_text import RecognisedTextRepository

    db = open_database(Path(case_file))
    try:
        stored = RecognisedTextRepository(db).latest([sha256]).get(sha256)
    finally:
        db.close()
    return pages_from_json(stored.pages) if stored else None


__all__ = ["ENGINE", "CaseRecognition", "Unreadable", "engine_version", "recognise_case"]
