"""Building a dossier: plan the exhibits, lay out the pages, assemble the PDF.

The full archive carries every original exactly once — JPEGs as the image streams shown
on their pages, every other file as an attachment beside its rendered pages — plus the
manifest. An upload packet (see packet.py) is built the same way with other options.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from posassist.domain.evidence import FileKind
from posassist.report import chronology, fonts, sections
from posassist.report import exhibits as ex
from posassist.report import manifest as mf
from posassist.report.assemble import Assembler, Cancelled
from posassist.report.evidence_pages import evidence_section, item_title
from posassist.report.flow import Context
from posassist.report.snapshot import DossierSnapshot
from posassist.report.styles import build_styles
from posassist.report.templates import Decor, Document, LayoutState
from posassist.report.values import Translate

# JPEG data goes into the PDF as it is, not wrapped in ASCII85 (which costs 25% and time).
rl_config.useA85 = 0

Progress = Callable[[int, int], None]
HEADER_BYTES = 256 * 1024  # enough for EXIF, ICC and Photoshop segments before the frame


@dataclass
class Options:
    packet: bool = False
    rendering: ex.Rendering = ex.ARCHIVE
    shown: set[str] | None = None  # evidence numbers to show; None: all


@dataclass
class Built:
    pages: int
    fingerprint: str
    attachments: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    exhibits: list[ex.Exhibit] = field(default_factory=list)


class Steps:
    """Progress over the whole export, and the place where a cancel is noticed."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.done, self.total = 0, max(1, total)
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def step(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total)


def context(labels: Any, translate: Translate) -> Context:
    sans, mono = fonts.register()
    return Context(translate, labels, build_styles(sans, mono), sans, mono)


def plan_exhibits(
    snapshot: DossierSnapshot, options: Options, steps: Steps | None = None
) -> list[ex.Exhibit]:
    exhibits = []
    for numbered in snapshot.evidence:
        if options.shown is not None and numbered.number not in options.shown:
            continue
        if steps:
            steps.check()
        exhibit = None
        if numbered.item.kind is FileKind.JPEG and options.rendering.keep_jpeg:
            # Shown from its own bytes: the header is all that is needed now.
            info = ex.jpeg_info(snapshot.first_bytes(numbered.item.sha256, HEADER_BYTES))
            if info is not None:
                exhibit = ex.Exhibit(numbered, ex.JPEG, jpeg=info, attach=False)
        if exhibit is None:
            data = snapshot.data(numbered.item.sha256)
            exhibit = ex.plan(numbered, data, options.rendering)
        exhibits.append(exhibit)
        if steps:
            steps.step()
    return exhibits


def build(
    snapshot: DossierSnapshot,
    target: str | BinaryIO,
    labels: Any,
    translate: Translate,
    options: Options | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    exhibits: list[ex.Exhibit] | None = None,
) -> Built:
    """Write the dossier of `snapshot` to `target` (a path or a binary file)."""
    options = options or Options()
    ctx = context(labels, translate)
    manifest = mf.canonical(mf.entries_of(snapshot))
    fingerprint = mf.fingerprint(manifest)
    shown_count = (
        len(snapshot.evidence)
        if options.shown is None
        else sum(1 for n in snapshot.evidence if n.number in options.shown)
    )
    # Steps: planning each shown item, two layout passes, writing each item.
    steps = Steps(2 * shown_count + 3, progress, cancelled)
    if exhibits is None:
        exhibits = plan_exhibits(snapshot, options, steps)
    else:
        steps.step(shown_count)

    events = chronology.build(snapshot, labels, translate)
    facts = sections.CoverFacts(
        fingerprint=fingerprint,
        period=chronology.period(events, snapshot.generated_at.date()),
        packet=options.packet,
        included=len(exhibits),
    )
    layout, state = lay_out(snapshot, exhibits, events, facts, ctx, steps)

    assembler = Assembler(layout, snapshot.data)
    attachments = []
    for exhibit in exhibits:
        steps.check()
        _place(assembler, exhibit, state, snapshot, steps)
        if exhibit.attach:
            item = exhibit.numbered.item
            assembler.attach(
                exhibit.numbered.attachment_name,
                _fetcher(snapshot, item.sha256, steps),
                item.size,
                item.sha256,
                item.mime,
                f"{exhibit.number}: {labels.category(item.category.value)}"
                + (f" — {item.description}" if item.description else ""),
            )
            attachments.append(exhibit.numbered.attachment_name)
    assembler.attach(
        mf.MANIFEST_NAME,
        lambda: manifest,
        len(manifest),
        None,
        "application/json",
        translate("Dossier", "Evidence manifest: the evidence index of this dossier"),
    )
    title = sections.case_title(snapshot, ctx)
    case = snapshot.case
    assembler.metadata(
        {
            "/Title": (
                translate("Dossier", "Upload packet: %1")
                if options.packet
                else translate("Dossier", "Evidence dossier: %1")
            ).replace("%1", title),
            "/Author": case.shop_name,
            "/Subject": translate(
                "Dossier", "Stopping a card-payment POS terminal; provider: %1"
            ).replace("%1", case.provider),
            "/Creator": f"POS Assist {snapshot.app_version}",
            "/Keywords": f"sha256:{fingerprint}",
            mf.METADATA_KEY: manifest.decode("utf-8"),
            mf.FINGERPRINT_KEY: fingerprint,
            mf.KIND_KEY: mf.PACKET if options.packet else mf.ARCHIVE,
        },
        "zh-CN" if snapshot.language.startswith("zh") else "en",
    )
    assembler.write(target)
    steps.step(steps.total - steps.done)
    return Built(
        pages=state.pages,
        fingerprint=fingerprint,
        attachments=attachments,
        shown=[e.number for e in exhibits],
        exhibits=exhibits,
    )


def _fetcher(snapshot: DossierSnapshot, sha256: str, steps: Steps) -> Callable[[], bytes]:
    def fetch() -> bytes:
        steps.step()
        return snapshot.data(sha256)

    return fetch


def _place(
    assembler: Assembler,
    exhibit: ex.Exhibit,
    state: LayoutState,
    snapshot: DossierSnapshot,
    steps: Steps,
) -> None:
    number = exhibit.number
    if exhibit.mode == ex.JPEG:
        assembler.place_jpeg(state.slots[f"{number}/0"], exhibit.numbered, exhibit.jpeg, steps.step)
    elif exhibit.mode == ex.PICTURES:
        for i, picture in enumerate(exhibit.pictures):
            assembler.place_picture(state.slots[f"{number}/{i}"], picture)
    elif exhibit.mode == ex.PDF:
        slots = [state.slots[f"{number}/{i}"] for i in range(exhibit.pdf_pages)]
        assembler.place_pdf_pages(slots, snapshot.data(exhibit.numbered.item.sha256))
    if exhibit.mode != ex.JPEG and not exhibit.attach:
        steps.step()  # nothing of it is fetched at writing time


def lay_out(
    snapshot: DossierSnapshot,
    exhibits: list[ex.Exhibit],
    events: list[chronology.TimelineEvent],
    facts: sections.CoverFacts,
    ctx: Context,
    steps: Steps | None = None,
) -> tuple[bytes, LayoutState]:
    """Every page, with slots for pictures and PDF pages; returns the PDF and the slots."""
    translate = ctx.translate
    packet = facts.packet
    short = facts.fingerprint[:16]
    decor = Decor(
        case_title=sections.case_title(snapshot, ctx),
        footer_text=(
            translate("Dossier", "Upload packet · fingerprint %1…")
            if packet
            else translate("Dossier", "Evidence dossier · fingerprint %1…")
        ).replace("%1", short),
        page_label=lambda n, m: (
            translate("Dossier", "Page %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        ),
    )
    buffer = io.BytesIO()
    doc = Document(
        buffer,
        decor,
        ctx.sans,
        title=decor.case_title,
        author=snapshot.case.shop_name,
        creator=f"POS Assist {snapshot.app_version}",
        pageCompression=1,
        lang="zh-CN" if snapshot.language.startswith("zh") else "en",
    )
    parts: list[tuple[str, str, list]] = []  # (key, title, flowables)
    if not packet:
        parts.append(
            ("sec-summary", translate("Dossier", "Summary"), sections.summary(snapshot, ctx))
        )
    parts += [
        (
            "sec-chronology",
            translate("Dossier", "Chronology"),
            sections.chronology_section(events, ctx),
        ),
        ("sec-money", translate("Dossier", "Money"), sections.money(snapshot, ctx)),
        ("sec-contacts", translate("Dossier", "Contact log"), sections.contacts(snapshot, ctx)),
        (
            "sec-index",
            translate("Dossier", "Evidence index"),
            sections.evidence_index(
                snapshot, ctx, {e.number for e in exhibits} if packet else None
            ),
        ),
    ]
    expected = [(0, title, key) for key, title, _ in parts]
    expected.append((0, translate("Dossier", "Evidence"), "sec-evidence"))
    expected += [(1, item_title(e.numbered, ctx), f"ev-{e.number}") for e in exhibits]

    story: list = sections.cover(snapshot, facts, ctx)
    story += [NextPageTemplate("body"), PageBreak(), *sections.contents(expected, ctx)]
    for _key, _title, flowables in parts:
        # A packet keeps short sections together to save pages.
        story += [CondPageBreak(90 * 72 / 25.4)] if packet else [PageBreak()]
        story += flowables
    story += [NextPageTemplate("evidence"), PageBreak(), *evidence_section(exhibits, ctx, packet)]

    def on_progress(kind: str, value: Any) -> None:
        if steps is not None and kind == "PAGE":
            steps.check()

    doc.setProgressCallBack(on_progress)
    doc.build(story)
    if steps is not None:
        steps.step(2)
    return buffer.getvalue(), doc.state
