"""The chronology section: every dated event of the case, oldest first, as one table."""

from __future__ import annotations

from posassist.report import chronology
from posassist.report.flow import Context, Heading
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.templates import MM


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
