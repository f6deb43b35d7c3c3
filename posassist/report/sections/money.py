"""The money section: the fees, what is still owed either way, and the deposit."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from posassist.report.flow import Context, Heading
from posassist.report.sections.common import WIDTH
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.styles import color, table_style
from posassist.report.templates import MM
from posassist.report.values import date_text


def money(snapshot, ctx: Context) -> list:
    translate = ctx.translate
    labels = ctx.labels
    case = snapshot.case
    flow: list = [Heading(translate("Dossier", "Money"), ctx.styles["h1"], "sec-money")]
    if case.fees:
        head = [
            translate("Dossier", "Date"),
            translate("Dossier", "Fee"),
            translate("Dossier", "Who pays"),
            translate("Dossier", "Due"),
            translate("Dossier", "Paid"),
            translate("Dossier", "Still open"),
            translate("Dossier", "Note"),
        ]
        rows = [
            Row(
                [
                    (date_text(fee.on), "cell"),
                    (labels.fee_kind(fee.kind), "cell"),
                    (labels.direction(fee.direction), "cell"),
                    (fee.due.format(), "cell"),
                    (fee.paid.format(), "cell"),
                    (fee.outstanding.format(), "cell"),
                    (fee.note, "cell_muted"),
                ]
            )
            for fee in sorted(case.fees, key=lambda f: (f.on or dt.date.max, f.id or 0))
        ]
        widths = [19 * MM, 28 * MM, 25 * MM, 20 * MM, 20 * MM, 20 * MM, None]
        flow.append(RowTable(head, widths, rows, ctx, right=(3, 4, 5)))
    else:
        flow.append(ctx.p(translate("Dossier", "No fees are recorded."), "body"))
    flow.append(Spacer(1, 8))
    totals = [
        (translate("Dossier", "Still owed by the shop"), case.owed_by_shop().format()),
        (translate("Dossier", "Still owed to the shop"), case.owed_to_shop().format()),
    ]
    if case.is_set("deposit_amount"):
        deposit = case.get("deposit_amount").format()
        if case.get("deposit_refunded"):
            state = translate("Dossier", "refunded on %1").replace(
                "%1", date_text(case.get("deposit_refunded_on"))
            )
        else:
            state = translate("Dossier", "not refunded yet; refund promised by %1").replace(
                "%1", date_text(case.get("deposit_refund_due"))
            )
        totals.append((translate("Dossier", "Deposit"), f"{deposit} — {state}"))
    table = Table(
        [
            [ctx.cell(label, "cell", WIDTH - 70 * MM), ctx.cell(value, "cell_right", 70 * MM)]
            for label, value in totals
        ],
        colWidths=[WIDTH - 70 * MM, 70 * MM],
    )
    table.setStyle(
        TableStyle(
            [
                *table_style(header=False),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, color("rule")),
                ("BACKGROUND", (0, 0), (-1, 1), color("fill")),
            ]
        )
    )
    flow.append(KeepTogether(table))
    return flow
