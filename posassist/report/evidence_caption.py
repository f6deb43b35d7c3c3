"""An evidence item's caption: its title (an outline entry) above a table of what the
original is — drawn directly, its fixed parts a shared form — and the flowable that fills
the rest of a page with a picture or an original page (see assemble.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, Spacer

from posassist.domain.evidence import DESCRIPTION_MAX_CHARS
from posassist.report import exhibits as ex
from posassist.report.assemble import Box
from posassist.report.flow import Context, TextRun, wrap_text
from posassist.report.reportlab_internals import doc_template
from posassist.report.styles import TABLE_PADDING, color
from posassist.report.templates import MM
from posassist.report.values import DASH, date_text, shortened, size_text

Draw = Callable[[Any, Any, Box], None]  # (assembly, canvas, box): a picture or page
SHOWN_MIN_HEIGHT = 260  # the least room a picture gets below its caption, in points
CAPTION_GAP = 4 * MM


def item_title(numbered, ctx: Context) -> str:
    return f"{numbered.number} · {ctx.labels.category(numbered.item.category.value)}"


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
        self._draw(doc_template(self).assembly, self.canv, Box(0, 0, self.width, self.height))


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
        # The amount the item shows, when the owner typed or accepted one: a row of its own.
        self.amount = item.amount.format() if item.amount else ""
        if self.amount:
            self.labels.append(translate("Dossier", "Amount shown"))
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
        if self.amount:
            self.rows.insert(
                2, [(0, "label", [labels[6]], True), (1, "cell", [self.amount], False)]
            )
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
        doc = doc_template(self)
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
