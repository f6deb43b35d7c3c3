"""What the written sections share: the width they fill and the table of facts."""

from __future__ import annotations

from reportlab.platypus import NextPageTemplate, PageBreak, Table, TableStyle

from posassist.report.flow import Context
from posassist.report.styles import table_style
from posassist.report.templates import content_box
from posassist.report.values import DASH

WIDTH = content_box("body")[2]


def facts_table(rows: list[tuple[str, str]], ctx: Context, label_width: float) -> Table:
    data = [
        [
            ctx.cell(label, "label", label_width),
            ctx.cell(value or DASH, "cell", WIDTH - label_width),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, WIDTH - label_width])
    table.setStyle(TableStyle(table_style(header=False)))
    return table


def section_break(template: str = "body") -> list:
    return [NextPageTemplate(template), PageBreak()]
