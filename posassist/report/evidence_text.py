"""An evidence file shown as what it holds: a CSV file as tables (in groups of columns that
fit the page), a text file as lines broken to the page's width."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Preformatted, Spacer, Table, TableStyle

from posassist.report import exhibits as ex
from posassist.report.flow import Context
from posassist.report.sections.common import WIDTH
from posassist.report.styles import color
from posassist.report.templates import MM, fit

CSV_FONT_SIZE = 7
CSV_MAX_COLUMN = 46 * MM
CSV_MIN_COLUMN = 9 * MM
CELL_PADDING = 6


def _column_name(i: int) -> str:
    """A, B, … Z, AA, AB: the names a spreadsheet gives columns."""
    name = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        name = chr(65 + rest) + name
    return name


def csv_tables(exhibit: ex.Exhibit, ctx: Context) -> list:
    """The rows as tables, in groups of columns that fit the page width."""
    translate = ctx.translate
    rows = exhibit.rows
    columns = max(len(r) for r in rows)
    font = ctx.sans
    widths = []
    for c in range(columns):
        natural = max(
            (stringWidth(r[c][:80], font, CSV_FONT_SIZE) for r in rows if c < len(r)), default=0
        )
        widths.append(min(CSV_MAX_COLUMN, max(CSV_MIN_COLUMN, natural + CELL_PADDING + 1)))
    number_width = stringWidth(str(len(rows)), font, CSV_FONT_SIZE) + CELL_PADDING + 4
    groups: list[list[int]] = [[]]
    used = number_width
    for c, w in enumerate(widths):
        if groups[-1] and used + w > WIDTH:
            groups.append([])
            used = number_width
        groups[-1].append(c)
        used += w
    flow: list = []
    if exhibit.total_rows > len(rows):
        flow.append(
            ctx.p(
                translate(
                    "Dossier", "The first %1 of %2 rows are shown; the original has them all."
                )
                .replace("%1", str(len(rows)))
                .replace("%2", str(exhibit.total_rows)),
                "note",
            )
        )
    for g, group in enumerate(groups):
        if len(groups) > 1:
            flow.append(
                ctx.p(
                    translate("Dossier", "Columns %1 to %2")
                    .replace("%1", _column_name(group[0]))
                    .replace("%2", _column_name(group[-1])),
                    "h3",
                )
            )
        data = [["#", *(_column_name(c) for c in group)]]
        for n, row in enumerate(rows, start=1):
            data.append(
                [
                    str(n),
                    *(
                        fit(
                            " ".join(row[c].split()) if c < len(row) else "",
                            font,
                            CSV_FONT_SIZE,
                            widths[c] - CELL_PADDING,
                        )
                        for c in group
                    ),
                ]
            )
        table = Table(data, colWidths=[number_width, *(widths[c] for c in group)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, CSV_FONT_SIZE),
                    ("LEADING", (0, 0), (-1, -1), CSV_FONT_SIZE * 1.3),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TEXTCOLOR", (0, 0), (0, -1), color("muted")),
                    ("TEXTCOLOR", (0, 0), (-1, 0), color("muted")),
                    ("BACKGROUND", (0, 0), (-1, 0), color("fill")),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, color("hairline")),
                ]
            )
        )
        flow.append(table)
        if g < len(groups) - 1:
            flow.append(Spacer(1, 5 * MM))
    return flow


def wrap_line(line: str, font: str, size: float, width: float) -> list[str]:
    """Break a line to the width, between any two characters (Chinese has no spaces)."""
    if stringWidth(line, font, size) <= width:
        return [line]
    pieces, current, used = [], "", 0.0
    for ch in line:
        w = stringWidth(ch, font, size)
        if current and used + w > width:
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    pieces.append(current)
    return pieces


def text_lines(exhibit: ex.Exhibit, ctx: Context) -> list:
    translate = ctx.translate
    style = ctx.styles["text_line"]
    out: list[str] = []
    for line in exhibit.lines:
        out += wrap_line(line.expandtabs(4), style.fontName, style.fontSize, WIDTH - 2)
    flow: list = []
    if exhibit.total_lines > len(exhibit.lines):
        flow.append(
            ctx.p(
                translate(
                    "Dossier", "The first %1 of %2 lines are shown; the original has them all."
                )
                .replace("%1", str(len(exhibit.lines)))
                .replace("%2", str(exhibit.total_lines)),
                "note",
            )
        )
    flow.append(Preformatted("\n".join(out) or " ", style))
    return flow
