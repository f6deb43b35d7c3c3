"""Everything a report shows, as plain data read at one moment (usecases.snapshot reads it).

The report code never touches the database: the layout works from the snapshot alone,
and reads originals through the callables it carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from posassist.domain import catalogue
from posassist.domain.case import Case
from posassist.domain.evidence import Evidence
from posassist.domain.history import HistoryEntry
from posassist.domain.money import Money
from posassist.domain.recognised import PageText
from posassist.domain.settlement import Finding
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


@dataclass(frozen=True)
class StatementLines:
    """The rows of one statement a finding rests on: the statement's evidence number in
    this dossier ('' when its evidence is not in it), its file name, the lines in that
    file, in order."""

    number: str
    name: str
    lines: tuple[int, ...]


@dataclass(frozen=True)
class CheckedStatement:
    """A statement the settlement check read."""

    number: str  # its evidence number in this dossier ('' when not in it)
    name: str
    source: str  # 'provider' or 'bank'
    first: dt.date | None
    last: dt.date | None
    rows: int


@dataclass(frozen=True)
class DossierFinding:
    """A finding as stored: `finding` has its code, dates, the amount owed to the shop
    (negative: owed by the shop), the owner's note if explained, whether the latest check
    still finds it, and the figures its sentence is made of; `rows` where it is in the
    statements."""

    finding: Finding
    rows: tuple[StatementLines, ...]
    evidence: str = ""  # a slip finding: the slip's number and name ("E-07 slip.jpg")

    @property
    def open(self) -> bool:
        """Still standing: found by the latest check and not explained by the owner."""
        return not self.finding.gone and self.finding.explained_note is None


@dataclass(frozen=True)
class ProvenSale:
    """A sale on the provider's statement that a slip among the evidence shows."""

    slip: str  # its number and name, "E-07 slip.jpg"
    on: dt.date
    amount: Money
    row: StatementLines


# For (sha256, size) pairs, in their order: each one's bytes, in chunks.
Reader = Callable[[Sequence[tuple[str, int]]], Iterator[Iterable[bytes]]]
OpenReader = Callable[[], tuple[Reader, Callable[[], None]]]


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
    # The settlement check: the statements it read (none: no Findings section) and what
    # it found, in date order (usecases.snapshot reads them from the store).
    statements: list[CheckedStatement] = field(default_factory=list)
    findings: list[DossierFinding] = field(default_factory=list)
    proven: list[ProvenSale] = field(default_factory=list)  # statement rows slips show
    # sha256 -> the text read on its pages (the latest stored: usecases.ocr), for the
    # invisible text layer over each picture (report.text_layer).
    recognised: dict[str, tuple[PageText, ...]] = field(default_factory=dict)
    # The pictures and PDFs shown whose text no engine had read yet: their captions say
    # that the dossier cannot be searched for it.
    unread: frozenset[str] = frozenset()

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
