"""The cover: the case in brief, the fingerprint, and what the dossier (or packet) is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Spacer, Table, TableStyle

from posassist.domain.case import StageStatus
from posassist.report.flow import Context
from posassist.report.sections.common import WIDTH, facts_table
from posassist.report.styles import color
from posassist.report.templates import MM
from posassist.report.values import DASH, field_text, moment_with_offset, size_text, terminal_label


@dataclass
class CoverFacts:
    """What the cover says beyond the case itself (worked out by the dossier builder)."""

    fingerprint: str
    period: tuple[dt.date, dt.date] | None
    packet: bool = False
    included: int = 0  # evidence items shown in a packet


def case_title(snapshot, ctx: Context) -> str:
    case = snapshot.case
    terminal = terminal_label(case)
    shop = case.shop_name or ctx.translate("Dossier", "(shop name not given)")
    if terminal:
        return (
            ctx.translate("Dossier", "%1 – POS terminal %2")
            .replace("%1", shop)
            .replace("%2", terminal)
        )
    return ctx.translate("Dossier", "%1 – POS terminal").replace("%1", shop)


def cover(snapshot, facts: CoverFacts, ctx: Context) -> list:
    translate = ctx.translate
    case = snapshot.case
    kicker = (
        translate("Dossier", "UPLOAD PACKET · EVIDENCE DOSSIER (EXTRACT)")
        if facts.packet
        else translate("Dossier", "EVIDENCE DOSSIER")
    )
    period = (
        f"{facts.period[0].isoformat()} – {facts.period[1].isoformat()}" if facts.period else DASH
    )
    reason = field_text("reason", case.get("reason"), ctx.labels, translate)
    if case.is_set("reason_note"):
        reason += f" ({case.get('reason_note')})"
    done, total = case.progress()
    status = ctx.labels.stage_status(
        StageStatus.DONE if done and done == total else StageStatus.IN_PROGRESS
    )
    progress = (
        translate("Dossier", "%1 (%2 of %3 steps done)")
        .replace("%1", status)
        .replace("%2", str(done))
        .replace("%3", str(total))
    )
    count = len(snapshot.evidence)
    evidence = (
        translate("Dossier", "%1 items, %2 bytes in all")
        .replace("%1", str(count))
        .replace("%2", size_text(snapshot.total_size))
    )
    if facts.packet:
        evidence += " · " + translate("Dossier", "%1 of them shown in this packet").replace(
            "%1", str(facts.included)
        )
    rows = [
        (translate("Dossier", "Shop"), case.shop_name),
        (translate("Dossier", "Merchant ID"), case.get("merchant_id") or ""),
        (translate("Dossier", "Terminal ID"), case.get("terminal_id") or ""),
        (translate("Dossier", "Device serial number (SN)"), case.get("serial_no") or ""),
        (translate("Dossier", "Provider"), case.provider),
        (translate("Dossier", "Acquirer"), case.get("acquirer") or ""),
        (translate("Dossier", "Reason for stopping"), reason),
        (translate("Dossier", "Period covered"), period),
        (translate("Dossier", "Case status"), progress),
        (translate("Dossier", "Evidence"), evidence),
        (translate("Dossier", "Dossier made"), moment_with_offset(snapshot.generated_at)),
        (translate("Dossier", "Made with"), f"POS Assist {snapshot.app_version}"),
    ]
    flow: list = [
        ctx.p(kicker, "kicker"),
        ctx.p(case.shop_name or case_title(snapshot, ctx), "title"),
        ctx.p(
            translate("Dossier", "Stopping and closing out a card-payment POS terminal"), "subtitle"
        ),
        Spacer(1, 12 * MM),
        facts_table(rows, ctx, 48 * MM),
        Spacer(1, 10 * MM),
    ]
    fingerprint = [
        [ctx.p(translate("Dossier", "Dossier fingerprint (SHA-256)"), "label")],
        [ctx.p(facts.fingerprint, "fingerprint")],
        [
            ctx.p(
                translate(
                    "Dossier",
                    "The SHA-256 of the evidence manifest: the evidence index of this "
                    "dossier, attached to the PDF as manifest.json. Each original file's own "
                    "SHA-256 is in the index. Anyone can recompute them; the command "
                    "“posassist verify” does it for every file in this PDF.",
                ),
                "small",
            )
        ],
    ]
    flow.append(_boxed(fingerprint, ctx, "rule", "fill", top=8, bottom=9))
    flow.append(Spacer(1, 6 * MM))
    if facts.packet:
        banner_text = translate(
            "Dossier",
            "This is an upload packet: a shortened extract of the evidence dossier for "
            "complaint portals that limit the size of files. Its pictures are reduced and it "
            "carries no original files. The full dossier, with every original file, exists "
            "and has the same fingerprint; the shop can provide it.",
        )
        flow.append(_boxed([[ctx.p(banner_text, "banner")]], ctx, "warning", "warning_fill", 7, 8))
    else:
        flow.append(
            ctx.p(
                translate(
                    "Dossier",
                    "This dossier tells the case in order — summary, chronology, money, "
                    "contacts — and carries every piece of evidence: each picture and page "
                    "is shown, and every original file is inside this PDF, unchanged.",
                ),
                "small",
            )
        )
    return flow


def _boxed(rows: list, ctx: Context, border: str, fill: str, top: float, bottom: float):
    """A full-width box of rows on a tinted ground (the cover's fingerprint, the packet's
    banner); `top` and `bottom`: the padding above the first row and below the last."""
    box = Table(rows, colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), ctx.sans, 8.5),
                ("BOX", (0, 0), (-1, -1), 0.8, color(border)),
                ("BACKGROUND", (0, 0), (-1, -1), color(fill)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), top),
                ("BOTTOMPADDING", (0, -1), (-1, -1), bottom),
            ]
        )
    )
    return box
