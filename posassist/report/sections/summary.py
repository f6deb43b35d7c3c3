"""The summary: every step of the procedure, its status, fields and checklist."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from posassist.domain.case import StageStatus
from posassist.report.flow import Context, Heading, Line
from posassist.report.sections.common import WIDTH, facts_table
from posassist.report.styles import table_style
from posassist.report.templates import MM
from posassist.report.values import DASH, field_text, time_text


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
            block.append(facts_table(rows, ctx, WIDTH * 0.42))
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
