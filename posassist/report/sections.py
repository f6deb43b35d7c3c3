"""The written sections of a dossier: cover, contents, summary, chronology, money, contacts and
the evidence index. Each builder returns flowables; none of them reads the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from posassist.domain.case import StageStatus
from posassist.report import chronology
from posassist.report.flow import ContentsLine, Context, Heading, Line, TextRun, wrap_text
from posassist.report.styles import TABLE_PADDING, color, table_style
from posassist.report.templates import MM, content_box
from posassist.report.values import (
    DASH,
    TABLE_DESCRIPTION_CHARS,
    date_text,
    field_text,
    moment_with_offset,
    shortened,
    size_text,
    terminal_label,
    time_text,
)

WIDTH = content_box("body")[2]


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


def _facts_table(rows: list[tuple[str, str]], ctx: Context, label_width: float) -> Table:
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
        _facts_table(rows, ctx, 48 * MM),
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


def contents(expected: list[tuple[int, str, str]], ctx: Context) -> list:
    """The contents: every line is known before layout; the page numbers come at the end."""
    flow: list = [
        Heading(ctx.translate("Dossier", "Contents"), ctx.styles["h1"], "sec-contents", 0, False)
    ]
    for level, text, key in expected:
        style = ctx.styles["toc0" if level == 0 else "toc1"]
        flow.append(ContentsLine(key, text, style))
    return flow


def summary(snapshot, ctx: Context) -> list:
    translate = ctx.translate
    labels = ctx.labels
    case = snapshot.case
    profile = case.profile
    tz = snapshot.generated_at.tzinfo
    flow: list = [Heading(translate("Dossier", "Summary"), ctx.styles["h1"], "sec-summary")]
    created = time_text(case.created_at, tz) if case.created_at else DASH
    flow.append(
        ctx.p(
            translate("Dossier", "Case opened in POS Assist on %1.").replace("%1", created), "body"
        )
    )
    overview = [
        [
            ctx.p(translate("Dossier", "Step"), "cell_head"),
            ctx.p(translate("Dossier", "Status"), "cell_head"),
            ctx.p(translate("Dossier", "Marked done on"), "cell_head"),
        ]
    ]
    stages = [s for s in _stages() if not s.is_review]
    for stage in stages:
        status = case.stage_status(stage.key)
        done_at = case.stage_done.get(stage.key)
        overview.append(
            [
                ctx.cell(labels.stage_title(stage.key), "cell", WIDTH * 0.5),
                ctx.cell(labels.stage_status(status), "cell", WIDTH * 0.22),
                ctx.cell(time_text(done_at, tz) if done_at else DASH, "cell", WIDTH * 0.28),
            ]
        )
    table = Table(overview, colWidths=[WIDTH * 0.5, WIDTH * 0.22, WIDTH * 0.28], repeatRows=1)
    table.setStyle(TableStyle(table_style()))
    flow.append(table)

    for stage in stages:
        status = case.stage_status(stage.key)
        if status is StageStatus.NOT_NEEDED:
            continue
        done_at = case.stage_done.get(stage.key)
        status_line = labels.stage_status(status)
        if done_at:
            status_line += " · " + time_text(done_at, tz)
        block: list = [
            CondPageBreak(60 * MM),
            Heading(
                labels.stage_title(stage.key),
                ctx.styles["h2"],
                f"stage-{stage.key}",
                1,
                False,
            ),
            ctx.p(translate("Dossier", "Status: %1").replace("%1", status_line), "small"),
            Spacer(1, 3),
        ]
        fields = stage.fields_for(profile)
        if fields:
            rows = [
                (labels.field_label(f.key), field_text(f.key, case.get(f.key), labels, translate))
                for f in fields
            ]
            block.append(_facts_table(rows, ctx, WIDTH * 0.42))
        items = stage.items_for(profile)
        if items:
            block.append(Spacer(1, 5))
            data = []
            for item in items:
                ticked = bool(case.checks.get(item.key))
                label = labels.item_label(item.key)
                if not item.required:
                    label += " " + translate("Dossier", "(optional)")
                look = "cell" if ticked else "cell_muted"
                data.append(
                    [
                        Line("✓" if ticked else "□", ctx.styles[look]),
                        ctx.cell(label, look, WIDTH - 16 - 70),
                        Line(
                            translate("Dossier", "Done")
                            if ticked
                            else translate("Dossier", "Not ticked"),
                            ctx.styles[look],
                        ),
                    ]
                )
            checklist = Table(data, colWidths=[16, WIDTH - 16 - 70, 70])
            checklist.setStyle(TableStyle(table_style(header=False)))
            block.append(checklist)
        flow.extend(block)
    return flow


def _stages():
    from posassist.domain.catalogue import STAGES

    return STAGES


def chronology_section(events: list[chronology.TimelineEvent], ctx: Context) -> list:
    translate = ctx.translate
    flow: list = [
        Heading(translate("Dossier", "Chronology"), ctx.styles["h1"], "sec-chronology"),
        ctx.p(
            translate(
                "Dossier",
                "Every dated event of the case, oldest first. An event points to the evidence "
                "dated the same day that belongs to the same step or is the kind of proof "
                "that step asks for; evidence that no event points to has a line of its own.",
            ),
            "note",
        ),
    ]
    if not events:
        flow.append(ctx.p(translate("Dossier", "No dated events are recorded."), "body"))
        return flow
    head = [
        translate("Dossier", "Date"),
        translate("Dossier", "Time"),
        translate("Dossier", "Event"),
        translate("Dossier", "Details"),
        translate("Dossier", "Evidence"),
    ]
    rows = [
        Row(
            [
                (event.on.isoformat(), "cell"),
                (event.at.strftime("%H:%M") if event.at else "", "cell"),
                (event.title, "cell"),
                (event.detail, "cell_muted"),
                (", ".join(event.evidence), "cell"),
            ]
        )
        for event in events
    ]
    flow.append(RowTable(head, [19 * MM, 12 * MM, 52 * MM, None, 22 * MM], rows, ctx))
    return flow


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


def contacts(snapshot, ctx: Context) -> list:
    translate = ctx.translate
    case = snapshot.case
    tz = snapshot.generated_at.tzinfo
    flow: list = [Heading(translate("Dossier", "Contact log"), ctx.styles["h1"], "sec-contacts")]
    if not case.contacts:
        flow.append(
            ctx.p(translate("Dossier", "No contact with the provider is recorded."), "body")
        )
        return flow
    head = [
        translate("Dossier", "When"),
        translate("Dossier", "How"),
        translate("Dossier", "With whom"),
        translate("Dossier", "Reference"),
        translate("Dossier", "What was said"),
        translate("Dossier", "Follow up by"),
    ]
    rows = []
    for contact in case.contacts:
        try:
            channel = ctx.labels.choice_label("channel", contact.channel)
        except KeyError:
            channel = contact.channel
        rows.append(
            Row(
                [
                    (time_text(contact.at, tz), "cell"),
                    (channel, "cell"),
                    (contact.person, "cell"),
                    (contact.reference, "cell"),
                    (contact.summary, "cell"),
                    (date_text(contact.follow_up) if contact.follow_up else "", "cell"),
                ]
            )
        )
    widths = [22 * MM, 16 * MM, 24 * MM, 25 * MM, None, 19 * MM]
    flow.append(RowTable(head, widths, rows, ctx))
    return flow


def evidence_index(snapshot, ctx: Context, shown: set[str] | None = None) -> list:
    """The manifest as a table; `shown`, in a packet, is the numbers the packet shows."""
    translate = ctx.translate
    labels = ctx.labels
    flow: list = [
        Heading(translate("Dossier", "Evidence index"), ctx.styles["h1"], "sec-index"),
        ctx.p(
            translate(
                "Dossier",
                "This table is the manifest. Its exact form is attached to this PDF as "
                "manifest.json; the SHA-256 of that file is the fingerprint on the cover. The "
                "SHA-256 of each item is computed over the original file, byte for byte.",
            ),
            "note",
        ),
    ]
    if not snapshot.evidence:
        flow.append(ctx.p(translate("Dossier", "No evidence is attached to this case."), "body"))
        return flow
    head = [
        translate("Dossier", "No."),
        translate("Dossier", "Category"),
        translate("Dossier", "Description"),
        translate("Dossier", "Document date"),
        translate("Dossier", "Original file"),
        translate("Dossier", "Size (bytes)"),
        translate("Dossier", "Pages"),
    ]
    not_shown = translate("Dossier", "(not in this packet)")
    rows = []
    for numbered in snapshot.evidence:
        item = numbered.item
        muted = shown is not None and numbered.number not in shown
        description = shortened(
            item.description or "",
            TABLE_DESCRIPTION_CHARS,
            translate("Dossier", "… (in full on the page of %1)").replace("%1", numbered.number),
        )
        if muted:
            description = f"{description} {not_shown}".strip()
        style = "cell_muted" if muted else "cell"
        rows.append(
            Row(
                [
                    (numbered.number, style),
                    (labels.category(item.category.value), style),
                    (description, style),
                    (date_text(item.doc_date) if item.doc_date else "", style),
                    (item.original_name, style),
                    (size_text(item.size), style),
                    (str(item.pages), style),
                ],
                # Under the facts, from the second column on: the SHA-256, small and grey.
                extra=f"SHA-256  {item.sha256}",
            )
        )
    widths = [13 * MM, 30 * MM, None, 21 * MM, 38 * MM, 19 * MM, 11 * MM]
    flow.append(RowTable(head, widths, rows, ctx, right=(5, 6)))
    return flow


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


def section_break(template: str = "body") -> list:
    return [NextPageTemplate(template), PageBreak()]
