"""Everything a report shows, read from the store at one moment, as plain data.

The report code never touches the database: a worker thread builds the snapshot with its
own connection, and the layout works from the snapshot alone.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from posassist.domain import catalogue
from posassist.domain.case import Case
from posassist.domain.evidence import Evidence, FileKind
from posassist.domain.history import HistoryEntry
from posassist.evidence import pdf_fonts
from posassist.evidence.pdf_fonts import PageFonts


@dataclass(frozen=True)
class Numbered:
    """An evidence item with its number in this dossier (E-01, E-02…)."""

    number: str
    item: Evidence

    @property
    def attachment_name(self) -> str:
        """The file name inside the PDF: unique, and it says which item it is."""
        return f"{self.number} {self.item.original_name}"


# For (sha256, size) pairs, in their order: each one's bytes, in chunks.
Reader = Callable[[Sequence[tuple[str, int]]], Iterator[Iterable[bytes]]]
OpenReader = Callable[[], tuple[Reader, Callable[[], None]]]
CHUNK = 16 * 1024 * 1024


@dataclass
class DossierSnapshot:
    case: Case
    history: list[HistoryEntry]
    evidence: list[Numbered]
    data: Callable[[str], bytes]  # sha256 -> the original bytes
    app_version: str
    generated_at: dt.datetime  # aware, local time
    language: str
    numbers: dict[str, str] = field(default_factory=dict)  # sha256 -> number
    # The first bytes of an original, for reading a JPEG's header without the whole file.
    head: Callable[[str, int], bytes] | None = None
    # Opens a reader of originals to hand to another thread, on a store connection of its
    # own: returns ((sha256, size) -> chunks of the original, close). None: only `data`
    # reads them (on the calling thread).
    open_reader: OpenReader | None = None
    # sha256 -> what the import found out about a PDF's fonts (evidence.pdf_fonts), as
    # stored; a PDF imported before that is found out at export.
    pdf_fonts: dict[str, PageFonts] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.numbers = {n.item.sha256: n.number for n in self.evidence}

    def first_bytes(self, sha256: str, count: int) -> bytes:
        if self.head is not None:
            try:
                return self.head(sha256, count)
            except Exception:  # any trouble: the whole file will do
                pass
        return self.data(sha256)[:count]

    @property
    def total_size(self) -> int:
        return sum(n.item.size for n in self.evidence)


def number_evidence(items: list[Evidence]) -> list[Numbered]:
    """E-01… in the order of the steps, then by document date (undated last), then as added."""
    order = {key: i for i, key in enumerate(catalogue.STAGE_KEYS)}

    def key(item: Evidence) -> tuple:
        return (
            order.get(item.stage, len(order)),
            item.doc_date is None,
            item.doc_date or dt.date.min,
            item.id or 0,
        )

    ordered = sorted(items, key=key)
    width = max(2, len(str(len(ordered))))
    return [Numbered(f"E-{i:0{width}d}", item) for i, item in enumerate(ordered, start=1)]


def build_snapshot(
    db,
    case_id: int,
    language: str,
    generated_at: dt.datetime | None = None,
    app_version: str | None = None,
) -> DossierSnapshot:
    """Read a case, its history and its evidence (not removed) from an open database."""
    from posassist import __version__
    from posassist.store.cases import CaseRepository
    from posassist.store.evidence import EvidenceRepository

    cases = CaseRepository(db)
    evidence = EvidenceRepository(db)
    case = cases.load(case_id)
    items = number_evidence(evidence.list(case_id))
    pdfs = [n.item.sha256 for n in items if n.item.kind is FileKind.PDF]
    stored = evidence.pdf_fonts(pdfs, pdf_fonts.FACTS_VERSION) if pdfs else {}

    def head(sha256: str, count: int) -> bytes:
        # Incremental blob I/O: a header costs a few pages, not the whole blob.
        row = db.execute("SELECT rowid FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        with db.conn.blobopen("blobs", "data", row[0], readonly=True) as blob:
            return blob.read(count)

    return DossierSnapshot(
        case=case,
        history=cases.history(case_id),
        evidence=items,
        data=evidence.data,
        app_version=app_version or __version__,
        generated_at=generated_at or dt.datetime.now().astimezone(),
        language=language,
        head=head,
        open_reader=blob_reader(_database_file(db)),
        pdf_fonts={sha256: pdf_fonts.from_json(facts) for sha256, facts in stored.items()},
    )


def _database_file(db) -> str | None:
    """The file of the connection's main database; None for one in memory."""
    try:
        for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
            if name == "main":
                return file or None
    except sqlite3.Error:
        pass
    return None


def _chunks(connection: sqlite3.Connection, rowid: int) -> Iterator[bytes]:
    """A blob's bytes, CHUNK at a time (one piece for most originals)."""
    with connection.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def blob_reader(path: str | None) -> OpenReader | None:
    """Readers of originals on a read-only connection of their own (blobs never change:
    they are stored once under their SHA-256), in large chunks by incremental blob I/O."""
    if path is None:
        return None

    def open_reader() -> tuple[Reader, Callable[[], None]]:
        # Opened here, used by one other thread only (then closed by it).
        connection = sqlite3.connect(
            Path(path).as_uri() + "?mode=ro", uri=True, check_same_thread=False
        )

        def read(wanted: Sequence[tuple[str, int]]) -> Iterator[Iterable[bytes]]:
            # Where each one is, in one statement; then its bytes by incremental blob I/O,
            # which copies them from the file into the result with the GIL released (a
            # SELECT of the column does that copy holding it, stalling the layout).
            found = dict(
                connection.execute(
                    "SELECT b.sha256, b.rowid FROM json_each(?) AS w"
                    " JOIN blobs AS b ON b.sha256 = w.value",
                    [json.dumps([sha256 for sha256, _size in wanted])],
                ).fetchall()
            )
            for sha256, _size in wanted:
                rowid = found.get(sha256)
                if rowid is None:
                    raise LookupError(sha256)
                yield _chunks(connection, rowid)

        return read, connection.close

    return open_reader
