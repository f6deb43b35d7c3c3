"""The upload packet: a short extract of the dossier for portals that cap file size and pages.

It shows a selection of the evidence (by default the proposal below), pictures reduced step
by step but never below ~150 dpi on the page, and it carries no original files: the cover
says so and that the full dossier exists (with the same fingerprint: the packet carries the
full manifest). When it cannot fit, it says what to leave out; it never exceeds a limit.

The proposal, most important first: settlement slips, the return receipt, the closure
confirmation, then fee receipts dated after the termination date (the day the account was
closed, else the day of the application, else the last card day), then the statements
that the open findings of the settlement check rest on (the packet's Findings section
points to their rows). A proposal that does not fit loses its least important items, and
the result says which.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from posassist.domain.evidence import Category
from posassist.report import exhibits as ex
from posassist.report.dossier import Options, build, plan_exhibits
from posassist.report.snapshot import DossierSnapshot
from posassist.report.values import Translate

FIRST = (Category.SETTLEMENT_SLIP, Category.RETURN_RECEIPT, Category.CLOSURE_CONFIRMATION)
# Picture settings tried in turn until the packet fits; 150 dpi is the floor.
STEPS = ((200, 80), (170, 70), (150, 60), (150, 45))


@dataclass(frozen=True)
class Limits:
    max_size: int
    max_pages: int


@dataclass
class PacketResult:
    pages: int
    size: int
    fingerprint: str
    shown: list[str]
    notes: list[str] = field(default_factory=list)


@dataclass
class Oversize:
    number: str
    pages: int
    size: int


class PacketDoesNotFit(Exception):
    """The selection cannot be made to fit; `drop` lists what to leave out, largest first."""

    def __init__(
        self,
        limits: Limits,
        pages: int,
        size: int,
        drop: list[Oversize],
        base_pages: int | None = None,
    ) -> None:
        super().__init__(f"packet needs {pages} pages and {size} bytes")
        self.limits, self.pages, self.size, self.drop = limits, pages, size, drop
        self.base_pages = base_pages

    def message(self, translate: Translate) -> str:
        parts = [
            translate(
                "Dossier",
                "The upload packet does not fit: it needs %1 pages and %2 MB (limits: %3 pages, "
                "%4 MB), with pictures already at the smallest legible size.",
            )
            .replace("%1", str(self.pages))
            .replace("%2", f"{self.size / 1e6:.1f}")
            .replace("%3", str(self.limits.max_pages))
            .replace("%4", f"{self.limits.max_size / 1e6:.1f}")
        ]
        if self.drop:
            items = ", ".join(
                translate("Dossier", "%1 (%2 pages, %3 MB)")
                .replace("%1", d.number)
                .replace("%2", str(d.pages))
                .replace("%3", f"{d.size / 1e6:.1f}")
                for d in self.drop
            )
            parts.append(translate("Dossier", "Leave out: %1.").replace("%1", items))
        elif self.base_pages is not None:
            parts.append(
                translate(
                    "Dossier",
                    "The written part alone takes %1 pages: raise the page limit, or send "
                    "the full dossier instead.",
                ).replace("%1", str(self.base_pages))
            )
        return " ".join(parts)

    def __str__(self) -> str:  # English, for logs and the command line
        return self.message(lambda _context, text: text)


def termination_date(case) -> dt.date | None:
    for key in ("closed_on", "applied_on", "last_card_day", "last_transaction_on"):
        value = case.get(key)
        if isinstance(value, dt.date):
            return value
    return None


def propose(snapshot: DossierSnapshot) -> list[str]:
    """Evidence numbers to show, most important first."""
    first = [n.number for n in snapshot.evidence if n.item.category in FIRST]
    end = termination_date(snapshot.case)
    fees = [
        n.number
        for n in snapshot.evidence
        if n.item.category is Category.FEE_RECEIPT
        and n.item.doc_date is not None
        and (end is None or n.item.doc_date > end)
    ]
    order = {category: i for i, category in enumerate(FIRST)}
    by_number = {n.number: n for n in snapshot.evidence}
    first.sort(key=lambda number: (order[by_number[number].item.category], number))
    chosen = first + fees
    # Each once, in the order of the findings that point to them.
    behind = (rows.number for f in snapshot.findings if f.open for rows in f.rows)
    return chosen + [n for n in dict.fromkeys(behind) if n in by_number and n not in chosen]


def _cost(exhibit: ex.Exhibit, data: Callable[[str], bytes]) -> Oversize:
    pages = 1 + exhibit.pages_shown
    if exhibit.mode == ex.PICTURES:
        size = sum(len(p.data) for p in exhibit.pictures)
    elif exhibit.mode == ex.PDF:
        size = len(data(exhibit.numbered.item.sha256))
    else:
        size = 0
    return Oversize(exhibit.number, pages, size)


def build_packet(
    snapshot: DossierSnapshot,
    stream: BinaryIO,
    labels: Any,
    translate: Translate,
    limits: Limits,
    selection: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketResult:
    chosen = list(selection) if selection is not None else propose(snapshot)
    known = {n.number for n in snapshot.evidence}
    chosen = [number for number in chosen if number in known]
    notes: list[str] = []
    while True:
        result = _try_fit(snapshot, labels, translate, limits, chosen, progress, cancelled)
        if isinstance(result, tuple):
            data, built = result
            stream.write(data)
            return PacketResult(built.pages, len(data), built.fingerprint, built.shown, notes)
        if selection is not None or not chosen or not result.drop:
            raise result
        # A proposal: leave out its least important item and try again, saying so.
        dropped = chosen.pop()
        notes.append(
            translate("Dossier", "%1 was left out so that the packet fits.").replace("%1", dropped)
        )


def _try_fit(
    snapshot: DossierSnapshot,
    labels: Any,
    translate: Translate,
    limits: Limits,
    chosen: list[str],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[bytes, Any] | PacketDoesNotFit:
    shown = set(chosen)
    pages = size = 0
    exhibits: list[ex.Exhibit] = []
    for dpi, quality in STEPS:
        rendering = ex.Rendering(keep_jpeg=False, attach=False, dpi=dpi, quality=quality)
        options = Options(packet=True, rendering=rendering, shown=shown)
        exhibits = plan_exhibits(snapshot, options)
        buffer = io.BytesIO()
        built = build(snapshot, buffer, labels, translate, options, progress, cancelled, exhibits)
        pages, size = built.pages, buffer.tell()
        if pages <= limits.max_pages and size <= limits.max_size:
            return buffer.getvalue(), built
        if pages > limits.max_pages:
            break  # smaller pictures do not make fewer pages
    costs = sorted(
        (_cost(e, snapshot.data) for e in exhibits), key=lambda c: (c.pages, c.size), reverse=True
    )
    drop, need_pages, need_size = [], pages, size
    for cost in costs:
        if need_pages <= limits.max_pages and need_size <= limits.max_size:
            break
        if (need_pages > limits.max_pages and cost.pages) or (
            need_size > limits.max_size and cost.size
        ):
            drop.append(cost)
            need_pages -= cost.pages
            need_size -= cost.size
    fits = need_pages <= limits.max_pages and need_size <= limits.max_size
    base = pages - sum(c.pages for c in costs)
    return PacketDoesNotFit(limits, pages, size, drop if fits else [], base)
