"""Bringing one file into a case: read and hash, inspect, store — or refuse.

The same path serves the window (in a worker thread), the clipboard and `posassist attach`.
A file is stored whole in one transaction or not at all. Thumbnails are a cache made
afterwards (`make_missing_thumbnails`), off the import path: decoding even a 1/8-scale
preview costs more than reading, hashing and storing a scan.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from posassist.domain.evidence import DEFAULT_MAX_BYTES, Category, Evidence, FileKind
from posassist.evidence import pdf_fonts
from posassist.evidence.intake import Inspection, Refusal, inspect, read_file
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
    category: Category = Category.OTHER,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportOutcome:
    return _store(repo, case_id, stage, _prepare((name, data), max_bytes), category)


def import_file(
    repo: EvidenceRepository,
    case_id: int,
    stage: str,
    path: Path,
    category: Category = Category.OTHER,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportOutcome:
    return _store(repo, case_id, stage, _prepare(path, max_bytes), category)


@dataclass(frozen=True)
class _Prepared:
    """A file read, hashed and inspected, ready to be stored — or its refusal."""

    name: str
    data: bytes = b""
    sha256: str = ""
    found: Inspection | None = None
    refused: ImportOutcome | None = None
    pdf_fonts: str | None = None  # a PDF's font facts (evidence.pdf_fonts), as JSON


Source = Path | tuple[str, bytes]  # a file, or (name, bytes) e.g. from the clipboard


def text_name(name: str) -> str:
    """A file name as text that can be stored: bytes that are not valid UTF-8 (a name
    from a USB stick written in GBK, say, which the OS hands over as surrogates) are kept
    visible as \\xNN, as file managers show them, instead of failing the import."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape" if _only_escapes(name) else "surrogatepass")
        return raw.decode("utf-8", "backslashreplace")


def _only_escapes(name: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name)


def _prepare(source: Source, max_bytes: int) -> _Prepared:
    if isinstance(source, Path):
        name = text_name(source.name)
        try:
            read = read_file(source, max_bytes)
        except Refusal as refusal:
            log.info("refused %s: %s (%s)", source, refusal.code, refusal.detail)
            return _Prepared(name, refused=ImportOutcome(name, "refused", refusal.code))
        data, sha256 = read.data, read.sha256
    else:
        name, data = source
        name = text_name(name)
        sha256 = hashlib.sha256(data).hexdigest()
    try:
        found = inspect(data, name, max_bytes)
    except Refusal as refusal:
        log.info("refused %s: %s (%s)", name, refusal.code, refusal.detail)
        return _Prepared(name, refused=ImportOutcome(name, "refused", refusal.code))
    fonts = None
    if found.kind is FileKind.PDF:  # found out here, once, rather than at every export
        facts = pdf_fonts.analyse(data)
        fonts = pdf_fonts.to_json(facts) if facts is not None else None
    return _Prepared(name, data, sha256, found, pdf_fonts=fonts)


def _store(
    repo: EvidenceRepository, case_id: int, stage: str, ready: _Prepared, category: Category
) -> ImportOutcome:
    if ready.refused is not None:
        return ready.refused
    assert ready.found is not None
    item = Evidence(
        case_id=case_id,
        stage=stage,
        category=category,
        original_name=ready.name,
        kind=ready.found.kind,
        size=len(ready.data),
        sha256=ready.sha256,
        pages=ready.found.pages,
        doc_date=ready.found.doc_date,
        note=" ".join(ready.found.notes),
    )
    with repo.db.atomic():  # the file, its row and what is known of it: all or nothing
        result = repo.add(item, ready.data)
        if ready.pdf_fonts is not None:
            repo.put_pdf_fonts(ready.sha256, pdf_fonts.FACTS_VERSION, ready.pdf_fonts)
    return ImportOutcome(
        ready.name, result.outcome.value, "", result.evidence_id, ready.found.notes
    )


def import_files(
    repo: EvidenceRepository,
    case_id: int,
    stage: str,
    sources: Sequence[Source],
    category: Category = Category.OTHER,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    should_stop: Callable[[], bool] = lambda: False,
    on_stored: Callable[[int, ImportOutcome], None] = lambda index, outcome: None,
) -> list[ImportOutcome]:
    """Import files in order, each in its own transaction; stop between two files.
    `on_stored(index, outcome)` is called as soon as each file's transaction has ended.

    The next file is read, hashed and inspected in a helper thread while the current
    one is written: storing (a transaction that reaches the disk) is the slow half, and
    hashing, decoding and SQLite all release the GIL.
    """
    outcomes: list[ImportOutcome] = []
    if not sources:
        return outcomes
    total = len(sources)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-read") as reader:
        upcoming = reader.submit(_prepare, sources[0], max_bytes)
        for index in range(total):
            if should_stop():
                break
            progress(index, total, _name(sources[index]))
            ready = upcoming.result()
            if index + 1 < total:
                upcoming = reader.submit(_prepare, sources[index + 1], max_bytes)
            outcomes.append(_store(repo, case_id, stage, ready, category))
            on_stored(index, outcomes[-1])
    progress(len(outcomes), total, "")
    return outcomes


def _name(source: Source) -> str:
    return source.name if isinstance(source, Path) else source[0]


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
