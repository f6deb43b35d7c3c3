"""The long data tables of the sections, drawn directly (see RowTable)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from posassist.report.flow import Context, TextRun, wrap_text
from posassist.report.styles import TABLE_PADDING, color


@dataclass
class Row:
    cells: list[tuple[str, str]]  # (text, style name) per column
    extra: str = ""  # a line under the cells, from the second column (the index's hash)
    measured: dict = field(default_factory=dict)  # widths -> (height, extra, lines)
    wrapped: list[list[str]] | None = None  # a part of a split row: its lines, as wrapped


class RowTable(Flowable):
    """A data table as the reports draw them: a tinted header row between two rules, then
    rows with a hairline under each, cells wrapped to their column; it splits between
    rows and repeats the header on every page.

    Drawn directly, looking as the Platypus Tables it replaces in the long sections (the
    chronology and the evidence index have a row per evidence item: as Tables they took
    a tenth of a second each to lay out).
    """

    PAD = TABLE_PADDING
    PLAIN_LEADING = 8.5 * 1.2  # the leading of the tables' plain 8.5 pt text
    EXTRA_FONT_SIZE = 7.2
    # A row taller than this (a long description pasted into an item) is split between
    # its lines to fill the page; a shorter one moves to the next page whole.
    SPLIT_ROWS_TALLER_THAN = 240.0

    def __init__(
        self,
        head: list[str],
        widths: list[float | None],
        rows: list[Row],
        ctx: Context,
        right: tuple[int, ...] = (),
    ) -> None:
        super().__init__()
        self.head, self.column_widths, self.rows, self.ctx = head, widths, rows, ctx
        self.right = right
        self._measured: tuple[float, Any] | None = None

    def _measure(self, width: float) -> Any:
        """(header height, header lines, per row (height, extra height, lines per cell))."""
        if self._measured is not None and self._measured[0] == width:
            return self._measured[1]
        st = self.ctx.styles
        widths = [w or 0.0 for w in self.column_widths]
        widths[widths.index(0.0)] = width - sum(widths)
        self.widths = widths
        self.columns = [sum(widths[:i]) for i in range(len(widths))]
        pad = self.PAD["left"] + self.PAD["right"]
        vertical = self.PAD["top"] + self.PAD["bottom"]
        head_style = st["cell_head"]
        head_lines = [
            wrap_text(text, head_style.fontName, head_style.fontSize, widths[i] - pad)
            for i, text in enumerate(self.head)
        ]
        head_height = max(map(len, head_lines)) * head_style.leading + vertical
        measured = []
        key = tuple(widths)
        for row in self.rows:
            found = row.measured.get(key)  # a table split over pages measures a row once
            if found is None:
                lines = []
                content = 0.0
                for column, ((text, style), room) in enumerate(zip(row.cells, widths, strict=True)):
                    s = st[style]
                    if row.wrapped is not None:
                        wrapped = row.wrapped[column]
                    elif text:
                        wrapped = wrap_text(text, s.fontName, s.fontSize, room - pad)
                    else:
                        wrapped = []
                    lines.append(wrapped)
                    content = max(content, len(wrapped) * s.leading)
                # The extra line: no top padding, the leading of the table's plain text.
                extra = self.PLAIN_LEADING + self.PAD["bottom"] if row.extra else 0.0
                found = (max(content, self.PLAIN_LEADING) + vertical, extra, lines)
                row.measured[key] = found
            measured.append(found)
        result = (head_height, head_lines, measured)
        self._measured = (width, result)
        return result

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        head_height, _lines, rows = self._measure(availWidth)
        self.width = availWidth
        self.height = head_height + sum(main + extra for main, extra, _l in rows)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        head_height, _lines, rows = self._measure(availWidth)
        used, count = head_height, 0
        for main, extra, _l in rows:
            if used + main + extra > availHeight:
                break
            used += main + extra
            count += 1
        first, rest = self.rows[:count], self.rows[count:]
        if rest and sum(rows[count][:2]) > self.SPLIT_ROWS_TALLER_THAN:
            parts = self._split_row(rest[0], rows[count][2], availHeight - used)
            if parts is not None:
                first, rest = [*first, parts[0]], [parts[1], *rest[1:]]
        if not first or not rest:
            return []
        return [
            RowTable(self.head, self.column_widths, first, self.ctx, self.right),
            RowTable(self.head, self.column_widths, rest, self.ctx, self.right),
        ]

    def _split_row(self, row: Row, lines: list[list[str]], room: float) -> tuple[Row, Row] | None:
        """The lines of `row` that fit in `room` points, and the rest (which keeps the
        first column — the item's number — and the extra line); None when not one fits."""
        styles = self.ctx.styles
        height = room - self.PAD["top"] - self.PAD["bottom"]
        counts = [int(height // styles[style].leading) for _text, style in row.cells]
        if min(counts) < 1 or all(n >= len(cell) for n, cell in zip(counts, lines, strict=True)):
            return None
        head = [cell[:n] for n, cell in zip(counts, lines, strict=True)]
        tail = [cell[n:] for n, cell in zip(counts, lines, strict=True)]
        tail[0] = tail[0] or lines[0]
        return (
            Row(row.cells, wrapped=head),
            Row(row.cells, extra=row.extra, wrapped=tail),
        )

    def draw(self) -> None:
        canvas = self.canv
        st = self.ctx.styles
        head_height, head_lines, rows = self._measure(self.width)
        pad = self.PAD
        top = self.height
        canvas.saveState()
        canvas.setFillColor(color("fill"))
        canvas.rect(0, top - head_height, self.width, head_height, stroke=0, fill=1)
        run = TextRun(canvas)  # every string of the table in one text object
        head_style = st["cell_head"]
        run.style(head_style.fontName, head_style.fontSize, head_style.textColor)
        for column, lines in enumerate(head_lines):
            self._text(run, column, top - pad["top"] - head_style.fontSize, lines, head_style)
        y = top - head_height
        rules = []
        for row, (main, extra, lines) in zip(self.rows, rows, strict=True):
            for column, ((_text, style), wrapped) in enumerate(zip(row.cells, lines, strict=True)):
                if not wrapped:
                    continue
                s = st[style]
                run.style(s.fontName, s.fontSize, s.textColor)
                self._text(run, column, y - pad["top"] - s.fontSize, wrapped, s)
            y -= main
            if row.extra:
                run.style(self.ctx.mono, self.EXTRA_FONT_SIZE, color("muted"))
                run.text(self.columns[1] + pad["left"], y - self.EXTRA_FONT_SIZE, row.extra)
                y -= extra
            rules.append((0, y, self.width, y))
        run.draw()
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(color("hairline"))
        canvas.lines(rules)
        canvas.setLineWidth(0.8)
        canvas.setStrokeColor(color("rule"))
        below = top - head_height
        canvas.lines([(0, top, self.width, top), (0, below, self.width, below)])
        canvas.restoreState()

    def _text(self, run: TextRun, column: int, baseline: float, lines: list[str], style: Any):
        if column in self.right:
            x = self.columns[column] + self.widths[column] - self.PAD["right"]
            for line in lines:
                run.right(x, baseline, line)
                baseline -= style.leading
        else:
            x = self.columns[column] + self.PAD["left"]
            for line in lines:
                run.text(x, baseline, line)
                baseline -= style.leading
