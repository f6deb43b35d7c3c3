"""Bringing one file into a case: read and hash, inspect, store — or refuse.

The same path serves the window (in a worker thread), the clipboard and `posassist attach`.
A file is stored whole in one transaction or not at all. Thumbnails are a cache made
afterwards (`make_missing_thumbnails`), off the import path: decoding even a 1/8-scale
preview costs more than reading, hashing and storing a scan.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from posassist.domain.evidence import DEFAULT_MAX_BYTES, Category, Evidence
from posassist.evidence.intake import Refusal, inspect, read_file
from posassist.evidence.thumbnails import make_thumbnail
from posassist.store.evidence import EvidenceRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    outcome: str  # "stored", "duplicate", "restored" or "refused"
    refusal: str = ""  # a Refusal code when refused
    evidence_id: int | None = None
    notes: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return self.outcome == "refused"


def import_bytes(
    repo: EvidenceRepository,
    case_id: int,
    stage: str,
    name: str,
    data: bytes,
    sha256: str,
    category: Category = Category.OTHER,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportOutcome:
    try:
        found = inspect(data, name, max_bytes)
    except Refusal as refusal:
        log.info("refused %s: %s (%s)", name, refusal.code, refusal.detail)
        return ImportOutcome(name, "refused", refusal.code)
    item = Evidence(
        case_id=case_id,
        stage=stage,
        category=category,
        original_name=name,
        kind=found.kind,
        size=len(data),
        sha256=sha256,
        pages=found.pages,
        doc_date=found.doc_date,
        note=" ".join(found.notes),
    )
    result = repo.add(item, data)
    return ImportOutcome(name, result.outcome.value, "", result.evidence_id, found.notes)


def import_file(
    repo: EvidenceRepository,
    case_id: int,
    stage: str,
    path: Path,
    category: Category = Category.OTHER,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportOutcome:
    try:
        read = read_file(path, max_bytes)
    except Refusal as refusal:
        log.info("refused %s: %s (%s)", path, refusal.code, refusal.detail)
        return ImportOutcome(path.name, "refused", refusal.code)
    return import_bytes(
        repo, case_id, stage, path.name, read.data, read.sha256, category, max_bytes
    )


def make_missing_thumbnails(
    repo: EvidenceRepository, case_id: int, should_stop: Callable[[], bool] = lambda: False
) -> list[str]:
    """Make the thumbnails a case's evidence lacks; return the SHA-256s now covered."""
    made = []
    for item in repo.list(case_id):
        if should_stop():
            break
        if repo.thumbnail(item.sha256) is not None:
            continue
        try:
            png = make_thumbnail(repo.data(item.sha256), item.kind)
        except Exception:  # a thumbnail is a convenience: the list shows a plain icon instead
            log.exception("no thumbnail for %s", item.original_name)
            continue
        repo.put_thumbnail(item.sha256, png)
        made.append(item.sha256)
    return made
