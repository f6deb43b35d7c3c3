"""Laying out a dossier's pages with ReportLab: the written sections with Platypus, then
one page per picture or original page (see evidence_pages.py)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from posassist.report import chronology, fonts, sections
from posassist.report import exhibits as ex
from posassist.report.assemble import Assembly
from posassist.report.evidence_pages import evidence_section, item_title
from posassist.report.flow import Context
from posassist.report.reportlab_internals import chinese_line_breaking
from posassist.report.snapshot import DossierSnapshot
from posassist.report.styles import build_styles
from posassist.report.templates import Decor, Document, LayoutState
from posassist.report.values import Translate

# Images ReportLab writes itself go into the PDF as they are, not wrapped in ASCII85.
rl_config.useA85 = 0


def context(labels: Any, translate: Translate) -> Context:
    sans, mono = fonts.register()
    chinese_line_breaking()
    return Context(translate, labels, build_styles(sans, mono), sans, mono)


def lay_out(
    snapshot: DossierSnapshot,
    exhibits: list[ex.Exhibit],
    events: list[chronology.TimelineEvent],
    facts: sections.CoverFacts,
    ctx: Context,
    steps: Any,
    assembly: Assembly,
    finish: Callable[[Any], None],
    check: Callable[[], None] | None = None,
) -> LayoutState:
    """Every page, then `finish(canvas)` writes the file; returns what the layout found."""
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
    doc = Document(
        io.BytesIO(),  # not written to: `finish` writes the file
        decor,
        ctx.sans,
        assembly=assembly,
        finish=finish,
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
        (
            "sec-findings",
            translate("Dossier", "Findings"),
            sections.findings(snapshot, ctx, packet),
        ),
        ("sec-contacts", translate("Dossier", "Contact log"), sections.contacts(snapshot, ctx)),
        (
            "sec-index",
            translate("Dossier", "Evidence index"),
            sections.evidence_index(
                snapshot, ctx, {e.number for e in exhibits} if packet else None
            ),
        ),
    ]
    parts = [part for part in parts if part[2]]  # a section with nothing to say is left out
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
        if kind == "PAGE" and check is not None:
            check()

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        canvas = Canvas(*args, **kwargs)
        assembly.prepare(canvas)
        canvas.showOutline()
        return canvas

    doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=make_canvas)
    if steps is not None:
        steps.step(2)
    return doc.state
