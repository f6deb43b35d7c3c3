"""The contact log: every contact with the provider, as one table; then the complaint
log: every complaint, where and when it was filed, what was asked and the answer."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak

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
        return flow + complaints(snapshot, ctx)
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
    return flow + complaints(snapshot, ctx)


def complaints(snapshot, ctx: Context) -> list:
    """The complaint log, under the contact log (nothing when no complaint is logged)."""
    translate = ctx.translate
    case = snapshot.case
    if not case.complaints:
        return []
    head = [
        translate("Dossier", "Filed on"),
        translate("Dossier", "Where"),
        translate("Dossier", "Ticket no."),
        translate("Dossier", "What was asked"),
        translate("Dossier", "Answer"),
    ]
    rows = []
    for complaint in case.complaints:
        place = ctx.labels.complaint_place(complaint.place)
        if complaint.place_note:
            place += f" ({complaint.place_note})"
        if complaint.answered:
            answer = complaint.answer
            if complaint.answered_on:
                answer = f"{date_text(complaint.answered_on)}: {answer}".rstrip(": ")
        else:
            answer = translate("Dossier", "No answer yet")
            if complaint.promised_on:
                answer += "; " + translate("Dossier", "promised by %1").replace(
                    "%1", date_text(complaint.promised_on)
                )
        rows.append(
            Row(
                [
                    (date_text(complaint.filed_on), "cell"),
                    (place, "cell"),
                    (complaint.ticket, "cell"),
                    (complaint.request, "cell"),
                    (answer, "cell"),
                ]
            )
        )
    title = translate("Dossier", "Complaints")
    return [
        CondPageBreak(40 * MM),
        Heading(title, ctx.styles["h2"], "sec-complaints", 1, False),
        RowTable(head, [19 * MM, 30 * MM, 25 * MM, None, 45 * MM], rows, ctx),
    ]
