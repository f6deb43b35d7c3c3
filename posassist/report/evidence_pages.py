"""The evidence pages: a caption for each item, then its pictures, pages, table or text.

Pictures and original PDF pages are not drawn here: a SlotBox marks where each goes, and
the assembly step puts the original bytes there (see assemble.py).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Preformatted, Spacer, Table, TableStyle

from posassist.report import exhibits as ex
from posassist.report.flow import Context, EvidenceMarker, Heading, Line, SlotBox
from posassist.report.sections import WIDTH
from posassist.report.styles import color, table_style
from posassist.report.templates import MM, fit
from posassist.report.values import DASH, date_text, size_text

CSV_FONT_SIZE = 7
CSV_MAX_COLUMN = 46 * MM
CSV_MIN_COLUMN = 9 * MM
CELL_PADDING = 6


def item_title(numbered, ctx: Context) -> str:
    return f"{numbered.number} · {ctx.labels.category(numbered.item.category.value)}"


def evidence_section(exhibits: list[ex.Exhibit], ctx: Context, packet: bool = False) -> list:
    translate = ctx.translate
    flow: list = [Heading(translate("Dossier", "Evidence"), ctx.styles["h1"], "sec-evidence")]
    if not exhibits:
        flow.append(ctx.p(translate("Dossier", "No evidence is shown."), "body"))
        return flow
    for i, exhibit in enumerate(exhibits):
        if i:
            flow.append(PageBreak())
        flow += _exhibit(exhibit, ctx, packet)
    flow.append(EvidenceMarker(""))
    return flow


def _where(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> str:
    translate = ctx.translate
    if packet:
        return translate("Dossier", "The original file is in the full dossier.")
    return translate("Dossier", "The original file is attached to this PDF as “%1”.").replace(
        "%1", exhibit.numbered.attachment_name
    )


def _how(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> str:
    translate = ctx.translate
    where = _where(exhibit, ctx, packet)
    if exhibit.mode == ex.JPEG:
        return translate(
            "Dossier",
            "The picture below is the original JPEG file itself, unchanged: its image data "
            "in this PDF has the SHA-256 above.",
        )
    if exhibit.mode == ex.PICTURES:
        shown = (
            translate("Dossier", "Shown reduced for upload.")
            if packet
            else translate("Dossier", "Shown converted for display.")
        )
        return f"{shown} {where}"
    if exhibit.mode == ex.PDF:
        text = translate(
            "Dossier",
            "Its %1 original pages follow, placed as they are (vector graphics, not redrawn).",
        ).replace("%1", str(exhibit.pdf_pages))
        return f"{text} {where}"
    if exhibit.mode == ex.TABLE:
        text = translate("Dossier", "Shown as a table (read as %1).").replace(
            "%1", exhibit.encoding
        )
        return f"{text} {where}"
    if exhibit.mode == ex.TEXT:
        text = translate("Dossier", "Shown as text (read as %1).").replace("%1", exhibit.encoding)
        return f"{text} {where}"
    cannot = translate("Dossier", "This file cannot be shown.")
    return f"{cannot} {where}"


def caption(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> list:
    translate = ctx.translate
    item = exhibit.numbered.item
    label_w, value_w = 27 * MM, WIDTH / 2 - 27 * MM
    wide = WIDTH - label_w

    def label(text: str) -> Line:
        return Line(text, ctx.styles["label"])

    rows = [
        [
            label(translate("Dossier", "Description")),
            ctx.cell(item.description or DASH, "cell", wide),
            "",
            "",
        ],
        [
            label(translate("Dossier", "Document date")),
            Line(date_text(item.doc_date), ctx.styles["cell"]),
            label(translate("Dossier", "Original file")),
            ctx.cell(item.original_name, "cell", value_w),
        ],
        [
            label(translate("Dossier", "Size (bytes)")),
            Line(size_text(item.size), ctx.styles["cell"]),
            label(translate("Dossier", "Pages")),
            Line(str(item.pages), ctx.styles["cell"]),
        ],
        [label("SHA-256"), Line(item.sha256, ctx.styles["mono"]), "", ""],
        [ctx.p(_how(exhibit, ctx, packet), "small"), "", "", ""],
    ]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(
        TableStyle(
            [
                *table_style(header=False),
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (1, 3), (3, 3)),
                ("SPAN", (0, 4), (3, 4)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, color("rule")),
                ("LINEBELOW", (0, 4), (-1, 4), 0.8, color("rule")),
                ("TOPPADDING", (0, 4), (-1, 4), 4),
            ]
        )
    )
    return [table, Spacer(1, 4 * MM)]


def _exhibit(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> list:
    translate = ctx.translate
    number = exhibit.number
    flow: list = [
        EvidenceMarker(number),
        Heading(item_title(exhibit.numbered, ctx), ctx.styles["caption_title"], f"ev-{number}", 1),
        *caption(exhibit, ctx, packet),
    ]
    if exhibit.mode == ex.JPEG:
        flow.append(SlotBox(f"{number}/0"))
    elif exhibit.mode == ex.PICTURES:
        count = len(exhibit.pictures)
        flow.append(SlotBox(f"{number}/0"))
        for i in range(1, count):
            label = (
                translate("Dossier", "%1 · picture %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(count))
            )
            flow += [PageBreak(), ctx.p(label, "small"), SlotBox(f"{number}/{i}")]
    elif exhibit.mode == ex.PDF:
        for i in range(exhibit.pdf_pages):
            label = (
                translate("Dossier", "%1 · original page %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(exhibit.pdf_pages))
            )
            flow += [PageBreak(), ctx.p(label, "small"), SlotBox(f"{number}/{i}")]
    elif exhibit.mode == ex.TABLE:
        flow += csv_tables(exhibit, ctx)
    elif exhibit.mode == ex.TEXT:
        flow += text_lines(exhibit, ctx)
    return flow


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
