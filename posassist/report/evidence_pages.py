"""The evidence pages: a caption for each item, then its pictures, pages, table or text.

A picture or an original PDF page fills the rest of its page (under its caption, or as
Shown on a page of its own); what it is drawn from — the original JPEG's bytes, a picture
made for display, a PDF page as a vector form — is the assembly step's business (see
assemble.py). Captions and the rows of the long tables are drawn directly, not as
Platypus Tables of Paragraphs: a dossier has a page per picture, and the layout of such
pages has to cost little.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Preformatted, Spacer, Table, TableStyle

from posassist.domain.evidence import DESCRIPTION_MAX_CHARS
from posassist.report import exhibits as ex
from posassist.report.assemble import Box
from posassist.report.flow import Context, Heading, Line, TextRun, wrap_text
from posassist.report.sections.common import WIDTH
from posassist.report.styles import TABLE_PADDING, color
from posassist.report.templates import MM, fit
from posassist.report.values import DASH, date_text, shortened, size_text

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
        flow += _exhibit(exhibit, ctx, packet)  # its caption sets the header's number
    # Nothing follows the last picture, which fills its page: not even a zero-height
    # flowable, which would not fit and make an empty last page.
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
            "Its original pages follow, placed as they are (vector graphics, not redrawn): "
            "%1 in all.",
        ).replace("%1", str(exhibit.pdf_pages))
        if exhibit.damaged:
            text = translate(
                "Dossier",
                "Its pages follow as pictures (%1 in all): the file's structure is damaged, "
                "but a PDF reader can still show it.",
            ).replace("%1", str(exhibit.pdf_pages))
        elif exhibit.raster:
            fonts = sorted({name for names in exhibit.raster.values() for name in names})
            pages = ", ".join(str(i + 1) for i in sorted(exhibit.raster))
            text += " " + translate(
                "Dossier",
                "Shown as pictures: %1. They use fonts the file does not carry (%2), which "
                "would look different from one computer to the next.",
            ).replace("%1", pages).replace("%2", ", ".join(fonts))
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


def _exhibit(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> list:
    translate = ctx.translate
    number = exhibit.number
    sha256 = exhibit.numbered.item.sha256
    how = _how(exhibit, ctx, packet)
    if exhibit.mode == ex.JPEG:
        # The caption and the picture below it: one flowable, one page.
        return [Caption(exhibit, ctx, how, lambda a, c, box: a.draw_jpeg(c, number, box))]
    if exhibit.mode == ex.PICTURES:
        count = len(exhibit.pictures)
        first = exhibit.pictures[0]
        flow: list = [Caption(exhibit, ctx, how, lambda a, c, box: a.draw_picture(c, first, box))]
        for i, picture in enumerate(exhibit.pictures[1:], start=1):
            label = (
                translate("Dossier", "%1 · picture %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(count))
            )
            flow += [
                PageBreak(),
                Line(label, ctx.styles["small"]),
                Shown(lambda a, c, box, p=picture: a.draw_picture(c, p, box)),
            ]
        return flow
    flow = [Caption(exhibit, ctx, how), Spacer(1, CAPTION_GAP)]
    if exhibit.mode == ex.PDF:
        dpi, quality = exhibit.rendering.dpi, exhibit.rendering.quality
        for i in range(exhibit.pdf_pages):
            label = (
                translate("Dossier", "%1 · original page %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(exhibit.pdf_pages))
            )
            if i in exhibit.raster:
                label += " · " + translate("Dossier", "shown as a picture")
                shown = Shown(
                    lambda a, c, box, i=i: a.draw_pdf_page_picture(c, sha256, i, box, dpi, quality)
                )
            else:
                unused = exhibit.unused_fonts.get(i, frozenset())
                shown = Shown(
                    lambda a, c, box, i=i, unused=unused: a.draw_pdf_page(
                        c, sha256, i, box, exhibit.pdf, unused
                    )
                )
            flow += [PageBreak(), Line(label, ctx.styles["small"]), shown]
    elif exhibit.mode == ex.TABLE:
        flow += csv_tables(exhibit, ctx)
    elif exhibit.mode == ex.TEXT:
        flow += text_lines(exhibit, ctx)
    return flow


Draw = Callable[[Any, Any, Box], None]  # (assembly, canvas, box): a picture or page
SHOWN_MIN_HEIGHT = 260  # the least room a picture gets below its caption, in points
CAPTION_GAP = 4 * MM


class Shown(Flowable):
    """The rest of the frame, where a picture or an original page is drawn (assemble.py)."""

    def __init__(self, draw: Draw, min_height: float = SHOWN_MIN_HEIGHT) -> None:
        super().__init__()
        self._draw = draw
        self.min_height = min_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = max(availHeight, self.min_height)
        return self.width, self.height

    def draw(self) -> None:
        # In the flowable's own coordinates: the canvas is moved to its corner.
        self._draw(self._doctemplate.assembly, self.canv, Box(0, 0, self.width, self.height))


class Caption(Flowable):
    """An exhibit's title (an outline entry) above a table of what the original is, and
    (with `below`) the picture shown under it, in the rest of the frame.

    Drawn with a few canvas calls, looking as the Table of Paragraphs it replaces; the
    parts that are the same on every caption of a kind (labels, rules, the note on how
    the item is shown) are drawn once as a form and reused. One Table per evidence page
    made the layout of a large dossier several times slower.
    """

    PAD_LEFT, PAD_TOP, PAD_BOTTOM = TABLE_PADDING["left"], 2.5, 3
    LAST_PAD_TOP = 4

    def __init__(self, exhibit: ex.Exhibit, ctx: Context, how: str, below: Draw | None = None):
        super().__init__()
        translate = ctx.translate
        item = exhibit.numbered.item
        self.number = exhibit.number
        self.title = item_title(exhibit.numbered, ctx)
        self.outline = (1, self.title, f"ev-{exhibit.number}", True)
        self.styles = ctx.styles
        self.labels = [
            translate("Dossier", "Description"),
            translate("Dossier", "Document date"),
            translate("Dossier", "Original file"),
            translate("Dossier", "Size (bytes)"),
            translate("Dossier", "Pages"),
            "SHA-256",
        ]
        self.values = [
            shortened(
                item.description,
                DESCRIPTION_MAX_CHARS,
                translate("Dossier", "… (shortened here; in full in the evidence manifest)"),
            )
            or DASH,
            date_text(item.doc_date),
            item.original_name,
            size_text(item.size),
            str(item.pages),
            item.sha256,
        ]
        self.how = how
        self.below = below

    def _lay_out(self, width: float) -> None:
        st = self.styles
        label_w = 27 * MM
        value_w = width / 2 - label_w
        pad = 2 * self.PAD_LEFT

        def lines(text: str, style: str, room: float) -> list[str]:
            s = st[style]
            return wrap_text(text, s.fontName, s.fontSize, room - pad)

        title = st["caption_title"]
        self.title_lines = wrap_text(self.title, title.fontName, title.fontSize, width)
        description, date, name, size, pages, sha256 = self.values
        labels = self.labels
        # Cells as (column, style, lines, fixed), one list per row: columns 0-3, the last
        # cell of a row spanning to the end; fixed cells go into the shared form.
        self.rows = [
            [
                (0, "label", [labels[0]], True),
                (1, "cell", lines(description, "cell", width - label_w), False),
            ],
            [
                (0, "label", [labels[1]], True),
                (1, "cell", [date], False),
                (2, "label", [labels[2]], True),
                (3, "cell", lines(name, "cell", value_w), False),
            ],
            [
                (0, "label", [labels[3]], True),
                (1, "cell", [size], False),
                (2, "label", [labels[4]], True),
                (3, "cell", [pages], False),
            ],
            [(0, "label", [labels[5]], True), (1, "mono", [sha256], False)],
            [(0, "small", lines(self.how, "small", width), True)],
        ]
        self.columns = [0, label_w, label_w + value_w, 2 * label_w + value_w]
        self.heights = []
        for r, row in enumerate(self.rows):
            top = self.LAST_PAD_TOP if r == len(self.rows) - 1 else self.PAD_TOP
            content = max(len(text) * st[style].leading for _c, style, text, _f in row)
            self.heights.append(top + content + self.PAD_BOTTOM)
        self.title_height = len(self.title_lines) * title.leading + title.spaceAfter
        self.caption_height = self.title_height + sum(self.heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self._lay_out(availWidth)
        self.height = self.caption_height
        if self.below is not None:
            room = availHeight - self.caption_height - CAPTION_GAP
            self.height += CAPTION_GAP + max(room, SHOWN_MIN_HEIGHT)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        if self.below is None:
            return []
        # Too little room below the caption: the picture goes on the next page.
        caption = Caption.__new__(Caption)
        caption.__dict__.update(self.__dict__)
        caption.below = None
        return [caption, Spacer(1, CAPTION_GAP), Shown(self.below)]

    def draw(self) -> None:
        canvas = self.canv
        doc = self._doctemplate
        if doc is not None:
            doc.state.evidence = self.number  # for the page header
        st = self.styles
        title = st["caption_title"]
        top = self.height
        y = top - title.fontSize
        run = TextRun(canvas)
        run.style(title.fontName, title.fontSize, title.textColor)
        for line in self.title_lines:
            run.text(0, y, line)
            y -= title.leading
        table_top = top - self.title_height
        self._draw_cells(run, table_top, fixed=False)
        run.draw()
        canvas.saveState()
        canvas.translate(0, table_top)
        canvas.doForm(self._fixed_form(canvas, doc))
        canvas.restoreState()
        if self.below is not None:
            box = Box(0, 0, self.width, self.height - self.caption_height - CAPTION_GAP)
            self.below(doc.assembly, canvas, box)

    def _draw_cells(self, run: TextRun, top: float, fixed: bool) -> None:
        st = self.styles
        for r, row in enumerate(self.rows):
            pad = self.LAST_PAD_TOP if r == len(self.rows) - 1 else self.PAD_TOP
            for column, style, text, is_fixed in row:
                if is_fixed != fixed:
                    continue
                s = st[style]
                run.style(s.fontName, s.fontSize, s.textColor)
                baseline = top - pad - s.fontSize
                for line in text:
                    run.text(self.columns[column] + self.PAD_LEFT, baseline, line)
                    baseline -= s.leading
            top -= self.heights[r]

    def _fixed_form(self, canvas: Any, doc: Any) -> str:
        """The labels, the rules and the note, as a form drawn from the table's top left
        corner: made once per document for each table shape and note."""
        how = tuple(self.rows[-1][0][2])
        key = (self.width, tuple(self.heights), tuple(self.labels), how)
        forms = doc.shared_forms
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"caption{len(forms) + 1}"
            height = sum(self.heights)
            canvas.beginForm(name, 0, -height - 1, self.width, 1)
            run = TextRun(canvas)
            self._draw_cells(run, 0, fixed=True)
            run.draw()
            bottoms = []
            y = 0.0
            for h in self.heights:
                y -= h
                bottoms.append(y)
            canvas.setLineWidth(0.4)
            canvas.setStrokeColor(color("hairline"))
            canvas.lines([(0, b, self.width, b) for b in bottoms[:-1]])
            canvas.setLineWidth(0.8)
            canvas.setStrokeColor(color("rule"))
            canvas.lines([(0, 0, self.width, 0), (0, bottoms[-1], self.width, bottoms[-1])])
            canvas.endForm()
        return name


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
