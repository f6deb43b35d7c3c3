"""A letter as a PDF: the dossier's font, styles and page template ("letter"), laid out as a
formal letter (title, addressee, body, requests, enclosed evidence by number, the dossier's
fingerprint, closing, signature and date on the right)."""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from posassist.report.flow import Context, markup
from posassist.report.letter_content import Block, LetterContent, layout_of
from posassist.report.styles import color, table_style
from posassist.report.templates import MM, Decor, Document, content_box

# Where the signature block starts, as a share of the text width (it sits on the right).
SIGNATURE_AT = 0.52
LABEL_WIDTH = 0.3  # of the text width: the label column of a facts table


def _style(ctx: Context, name: str, **changes: Any) -> Any:
    base = ctx.styles[name]
    return base.clone(f"{name}-{sorted(changes.items())}", **changes) if changes else base


def _table(rows: list[list[Any]], widths: list[float], header: bool) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(table_style(header=header)))
    return table


def _flowables(block: Block, ctx: Context, width: float, layout: dict[str, Any]) -> list:
    p = ctx.styles
    indent = layout["indent_chars"] * p["letter_body"].fontSize
    kind = block.kind
    if kind == "title":
        return [Paragraph(markup(block.text), p["letter_title"])]
    if kind == "to":
        return [Paragraph(markup(block.text), p["letter_to"])]
    if kind == "lines":
        return [Paragraph(markup("\n".join(block.rows)), p["letter_lines"])]
    if kind == "salutation":
        return [Spacer(1, 2 * MM), Paragraph(markup(block.text), p["letter_body"])]
    if kind == "para":
        return [Paragraph(markup(block.text), _style(ctx, "letter_body", firstLineIndent=indent))]
    if kind == "heading":
        return [Paragraph(markup(block.text), p["letter_heading"])]
    if kind == "numbered":
        # The number is set in the bullet's font, Helvetica unless told (never embedded).
        item = _style(ctx, "letter_item", bulletFontName=ctx.sans)
        return [
            Paragraph(markup(text), item, bulletText=f"{i}.")
            for i, text in enumerate(block.rows, start=1)
        ]
    if kind == "facts":
        label_w = width * LABEL_WIDTH
        rows = [
            [
                Paragraph(markup(label), p["letter_label"]),
                Paragraph(markup(value), p["letter_cell"]),
            ]
            for label, value in block.rows
        ]
        return [
            Spacer(1, 1 * MM),
            _table(rows, [label_w, width - label_w], False),
            Spacer(1, 3 * MM),
        ]
    if kind == "amounts":
        head, *body = block.rows
        widths = [width * 0.24, width * 0.2, width * 0.36, width * 0.2]

        def row(cells: tuple, style: str) -> list:
            *left, amount = cells
            return [Paragraph(markup(c), p[style]) for c in left] + [
                Paragraph(markup(amount), p["letter_amount"])
            ]

        rows = [row(head, "letter_label")] + [row(r, "letter_cell") for r in body]
        table = _table(rows, widths, True)
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, color("rule"))]))
        return [Spacer(1, 1 * MM), table, Spacer(1, 3 * MM)]
    if kind == "enclosures":
        number_w = 18 * MM
        rows = [
            [Paragraph(markup(number), _style(ctx, "letter_cell", textColor=color("accent"))),
             Paragraph(markup(text), p["letter_cell"])]
            for number, text in block.rows
        ]  # fmt: skip
        return [_table(rows, [number_w, width - number_w], False), Spacer(1, 2 * MM)]
    if kind == "fingerprint":
        value, note = block.rows
        rows = [
            [Paragraph(markup(block.text), p["letter_label"])],
            [Paragraph(markup(value), p["fingerprint"])],
            [Paragraph(markup(note), p["small"])],
        ]
        box = Table(rows, colWidths=[width], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), ctx.sans, 8.5),  # not ReportLab's Helvetica
                    ("BACKGROUND", (0, 0), (-1, -1), color("fill")),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, color("rule")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, 0), 5),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            )
        )
        return [Spacer(1, 2 * MM), box, Spacer(1, 4 * MM)]
    if kind == "closing":
        out = []
        for i, text in enumerate(block.rows):
            first = i == 0 and layout["closing_first_indented"] and len(block.rows) > 1
            out.append(
                Paragraph(
                    markup(text), _style(ctx, "letter_sign", firstLineIndent=indent if first else 0)
                )
            )
        return out
    if kind == "signature":
        style = _style(ctx, "letter_sign", leftIndent=width * SIGNATURE_AT)
        return [Spacer(1, 3.5 * MM), *(Paragraph(markup(text), style) for text in block.rows)]
    raise ValueError(f"unknown letter block {kind!r}")


def letter_context(labels: Any, translate: Any) -> Context:
    """The dossier's fonts and styles, without loading the dossier's layout."""
    from posassist.report import fonts
    from posassist.report.styles import build_styles

    sans, mono = fonts.register()
    return Context(translate, labels, build_styles(sans, mono), sans, mono)


def build_letter_pdf(content: LetterContent, target: str | BinaryIO, ctx: Context) -> int:
    """Write the letter; returns its page count."""
    translate = ctx.translate
    layout = layout_of(content.language)
    _x, _y, width, _h = content_box("letter")
    story: list = []
    ending: list = []  # the closing, the signatures and the date stay on one page
    for block in content.blocks:
        made = _flowables(block, ctx, width, layout)
        if ending or block.kind in ("closing", "signature"):
            ending += made
        elif block.kind == "fingerprint":
            story.append(KeepTogether(made))
        else:
            story += made
    story.append(KeepTogether(ending))
    decor = Decor(
        case_title=content.title,
        footer_text=content.footer,
        page_label=lambda n, m: (
            translate("Dossier", "Page %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        ),
    )
    doc = Document(
        target,
        decor,
        ctx.sans,
        title=content.title,
        author="",
        subject=f"sha256:{content.fingerprint}",
        lang="zh-CN" if content.language.startswith("zh") else "en",
    )
    doc.pageTemplates = [pt for pt in doc.pageTemplates if pt.id == "letter"]
    doc.build(story)
    return doc.state.pages
