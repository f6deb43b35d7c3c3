"""The evidence index: the manifest as a table, one row (and its SHA-256) per item."""

from __future__ import annotations

from posassist.report.flow import Context, Heading
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.templates import MM
from posassist.report.values import TABLE_DESCRIPTION_CHARS, date_text, shortened, size_text


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
    # The amount an item shows (typed, or accepted from its slip): a column only when one has.
    amounts = any(n.item.amount is not None for n in snapshot.evidence)
    if amounts:
        head.insert(4, translate("Dossier", "Amount shown"))
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
        cells = [
            (numbered.number, style),
            (labels.category(item.category.value), style),
            (description, style),
            (date_text(item.doc_date) if item.doc_date else "", style),
            (item.original_name, style),
            (size_text(item.size), style),
            (str(item.pages), style),
        ]
        if amounts:
            cells.insert(4, (item.amount.format() if item.amount else "", style))
        rows.append(
            Row(
                cells,
                # Under the facts, from the second column on: the SHA-256, small and grey.
                extra=f"SHA-256  {item.sha256}",
            )
        )
    widths: list = [13 * MM, 30 * MM, None, 21 * MM, 38 * MM, 19 * MM, 11 * MM]
    right = (5, 6)
    if amounts:
        # Room for the amount from the kind's and the file name's columns, not the description's.
        widths[1], widths[4:5] = 26 * MM, [24 * MM, 30 * MM]
        right = (4, 6, 7)
    flow.append(RowTable(head, widths, rows, ctx, right=right))
    return flow
