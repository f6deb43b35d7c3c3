"""The findings section: what the settlement check found in the case's statements, each
finding with its sentence, its dates, the amount owed and the statement rows it rests on,
then the totals owed each way. Left out of a dossier whose case has no statements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from posassist.domain.money import Money
from posassist.domain.settlement import Code
from posassist.report.flow import Context, Heading
from posassist.report.sections.common import WIDTH
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.snapshot import DossierFinding, StatementLines
from posassist.report.styles import color, table_style
from posassist.report.templates import MM
from posassist.report.values import DASH, date_text

# Line numbers shown per finding: a fee-rate finding may rest on thousands of rows; runs
# of consecutive lines read as one range, and past this many ranges the rest is counted.
MAX_RANGES = 30
NUMBER_WIDTH = 14 * MM
AMOUNT_WIDTH = 38 * MM


def findings(snapshot, ctx: Context, packet: bool = False) -> list:
    """The section (empty when the case has no statements). A packet leaves out the
    findings the latest check no longer finds, saying how many."""
    if not snapshot.statements:
        return []
    translate = ctx.translate
    flow: list = [Heading(translate("Dossier", "Findings"), ctx.styles["h1"], "sec-findings")]
    flow.append(
        ctx.p(
            translate(
                "Dossier",
                "The settlement check read the statements below and compared them: each "
                "settlement with its transactions and fees, each settlement with the credits "
                "on the bank statement, each fee with the agreed rate, and whatever was "
                "charged after the terminal was closed or returned. Each finding names the "
                "statement rows it rests on, by the statement's evidence number and its "
                "line numbers, and says what to ask the provider for.",
            ),
            "body",
        )
    )
    flow.append(_statements(snapshot, ctx))
    flow.append(Spacer(1, 6))
    if snapshot.proven or any(f.evidence for f in snapshot.findings):
        flow.append(
            ctx.p(
                translate(
                    "Dossier",
                    "The sale slips among the evidence, as read from their pictures, were "
                    "compared with the provider's sales: a slip whose date, amount and "
                    "terminal no row shows is a finding; the sales a slip shows are listed "
                    "at the end of this section.",
                ),
                "body",
            )
        )
    current = [f for f in snapshot.findings if not f.finding.gone]
    gone = [f for f in snapshot.findings if f.finding.gone]
    if not current:
        flow.append(ctx.p(translate("Dossier", "The check found nothing wrong."), "body"))
    for number, item in enumerate(current, start=1):
        flow.append(_block(f"F-{number:02d}", item, ctx))
    flow.append(Spacer(1, 8))
    flow.append(KeepTogether(_totals(snapshot, current, ctx)))
    if any(not f.open for f in current):
        flow.append(
            ctx.p(
                translate("Dossier", "Findings the shop has explained are listed but not counted."),
                "note",
            )
        )
    if snapshot.proven:
        flow += _proven(snapshot, ctx)
    if gone and packet:
        flow.append(
            ctx.p(
                translate(
                    "Dossier",
                    "%1 earlier findings that the latest check no longer finds are in the "
                    "full dossier.",
                ).replace("%1", str(len(gone))),
                "note",
            )
        )
    elif gone:
        flow.append(
            Heading(
                translate("Dossier", "No longer found"),
                ctx.styles["h2"],
                "sec-findings-gone",
                1,
                False,
            )
        )
        flow.append(
            ctx.p(
                translate(
                    "Dossier",
                    "Earlier checks found these; the latest one, over the statements as they "
                    "are now, no longer does. They are kept in the case and not counted.",
                ),
                "small",
            )
        )
        for number, item in enumerate(gone, start=len(current) + 1):
            flow.append(_block(f"F-{number:02d}", item, ctx))
    return flow


def _statements(snapshot, ctx: Context) -> RowTable:
    translate = ctx.translate
    head = [
        translate("Dossier", "No."),
        translate("Dossier", "Statement"),
        translate("Dossier", "From"),
        translate("Dossier", "Period"),
        translate("Dossier", "Rows"),
    ]
    sources = {
        "provider": translate("Dossier", "Provider"),
        "bank": translate("Dossier", "Bank"),
    }
    rows = [
        Row(
            [
                (s.number or DASH, "cell"),
                (s.name, "cell"),
                (sources.get(s.source, s.source), "cell"),
                (f"{date_text(s.first)} – {date_text(s.last)}", "cell"),
                (f"{s.rows:,}", "cell"),
            ]
        )
        for s in snapshot.statements
    ]
    return RowTable(head, [16 * MM, None, 22 * MM, 42 * MM, 18 * MM], rows, ctx, right=(4,))


def _proven(snapshot, ctx: Context) -> list:
    translate = ctx.translate
    head = [
        translate("Dossier", "Slip"),
        translate("Dossier", "Date"),
        translate("Dossier", "Amount"),
        translate("Dossier", "Statement row"),
    ]
    rows = [
        Row(
            [
                (sale.slip, "cell"),
                (date_text(sale.on), "cell"),
                (sale.amount.format(), "cell"),
                (rows_text((sale.row,), translate, "%1"), "cell"),
            ]
        )
        for sale in snapshot.proven
    ]
    return [
        Spacer(1, 8),
        Heading(
            translate("Dossier", "Sales proven by slips"),
            ctx.styles["h2"],
            "sec-findings-proven",
            1,
            False,
        ),
        RowTable(head, [None, 22 * MM, 28 * MM, 62 * MM], rows, ctx, right=(2,)),
    ]


def _block(number: str, item: DossierFinding, ctx: Context) -> Table:
    """One finding: its number; its title, dates, sentence, rows and note; the amount."""
    translate = ctx.translate
    f = item.finding
    look = "cell" if not f.gone else "cell_muted"
    if f.until and f.until != f.on and f.code != Code.SETTLEMENT_NOT_CREDITED:
        dates = (
            translate("Dossier", "Dates: %1 to %2")
            .replace("%1", date_text(f.on))
            .replace("%2", date_text(f.until))
        )
    else:
        dates = translate("Dossier", "Date: %1").replace("%1", date_text(f.on))
    middle = WIDTH - NUMBER_WIDTH - AMOUNT_WIDTH
    content: list = [
        ctx.p(ctx.labels.finding_title(f.code), "finding"),
        ctx.p(dates, "small"),
        Spacer(1, 2),
        ctx.p(ctx.labels.finding_sentence(f), look),
        Spacer(1, 2),
        ctx.p(
            translate("Dossier", "Evidence: %1").replace("%1", item.evidence)
            if item.evidence
            else rows_text(item.rows, translate),
            "small",
        ),
    ]
    if f.explained_note is not None:
        content += [
            Spacer(1, 2),
            ctx.p(
                translate("Dossier", "Explained by the shop: %1").replace(
                    "%1", f.explained_note or DASH
                ),
                "cell",
            ),
        ]
    if f.owed.minor > 0:
        amount, direction = f.owed.format(), translate("Dossier", "owed to the shop")
    elif f.owed.minor < 0:
        amount = Money(-f.owed.minor, f.owed.currency).format()
        direction = translate("Dossier", "owed by the shop")
    else:
        amount, direction = DASH, translate("Dossier", "no amount owed")
    state = (
        translate("Dossier", "no longer found")
        if f.gone
        else translate("Dossier", "explained")
        if f.explained_note is not None
        else translate("Dossier", "open")
    )
    side = [
        ctx.p(amount, "amount" if item.open else "amount_muted"),  # counted or not
        ctx.p(direction, "small_right"),
        ctx.p(state, "small_right"),
    ]
    table = Table(
        [[ctx.p(number, "finding"), content, side]],
        colWidths=[NUMBER_WIDTH, middle, AMOUNT_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                *table_style(header=False),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def line_ranges(lines: Iterable[int]) -> list[str]:
    """[9, 10, 11, 15] -> ['9–11', '15']."""
    out: list[str] = []
    start = previous = None
    for line in sorted(set(lines)):
        if previous is not None and line == previous + 1:
            previous = line
            continue
        if start is not None:
            out.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = line
    if start is not None:
        out.append(str(start) if start == previous else f"{start}–{previous}")
    return out


def rows_text(rows: tuple[StatementLines, ...], translate, frame: str = "") -> str:
    """'Statement rows: E-05 p.csv, lines 9–11, 15; E-06 b.csv, line 4' (`frame` instead of
    'Statement rows: %1')."""
    parts = []
    left = MAX_RANGES
    for statement in rows:
        ranges = line_ranges(statement.lines)
        shown, hidden = ranges[: max(left, 1)], ranges[max(left, 1) :]
        left -= len(shown)
        text = ", ".join(shown)
        if hidden:
            count = sum(_count(r) for r in hidden)
            text += " " + translate("Dossier", "and %1 more").replace("%1", f"{count:,}")
        plural = len(statement.lines) > 1
        words = (
            translate("Dossier", "%1, lines %2") if plural else translate("Dossier", "%1, line %2")
        )
        name = f"{statement.number} {statement.name}".strip()
        parts.append(words.replace("%1", name).replace("%2", text))
    frame = frame or translate("Dossier", "Statement rows: %1")
    return frame.replace("%1", "; ".join(parts) or DASH)


def _count(line_range: str) -> int:
    first, _, last = line_range.partition("–")
    return int(last) - int(first) + 1 if last else 1


def totals_each_way(items: Iterable[DossierFinding], currency: str) -> tuple[str, str]:
    """What the open findings add up to, owed to the shop and owed by it, per currency."""
    to_shop: dict[str, int] = defaultdict(int)
    by_shop: dict[str, int] = defaultdict(int)
    for item in items:
        if not item.open:
            continue
        owed = item.finding.owed
        if owed.minor > 0:
            to_shop[owed.currency] += owed.minor
        elif owed.minor < 0:
            by_shop[owed.currency] -= owed.minor

    def text(sums: dict[str, int]) -> str:
        if not sums:
            return Money(0, currency).format()
        return " + ".join(Money(sums[c], c).format() for c in sorted(sums))

    return text(to_shop), text(by_shop)


def _totals(snapshot, current: list[DossierFinding], ctx: Context) -> Table:
    translate = ctx.translate
    to_shop, by_shop = totals_each_way(current, snapshot.case.currency)
    totals = [
        (translate("Dossier", "Owed to the shop, by the open findings"), to_shop),
        (translate("Dossier", "Owed by the shop, by the open findings"), by_shop),
    ]
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
    return table
