"""The contact log: every contact with the provider, as one table."""

from __future__ import annotations

from posassist.report.flow import Context, Heading
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.templates import MM
from posassist.report.values import date_text, time_text


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
