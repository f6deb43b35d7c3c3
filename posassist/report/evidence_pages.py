"""The evidence pages: a caption for each item, then its pictures, pages, table or text.

A picture or an original PDF page fills the rest of its page (under its caption, or as
Shown on a page of its own); what it is drawn from — the original JPEG's bytes, a picture
made for display, a PDF page as a vector form — is the assembly step's business (see
assemble.py). Captions and the rows of the long tables are drawn directly, not as
Platypus Tables of Paragraphs: a dossier has a page per picture, and the layout of such
pages has to cost little.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak, Spacer

from posassist.report import exhibits as ex
from posassist.report.evidence_caption import CAPTION_GAP, Caption, Shown, item_title
from posassist.report.evidence_text import csv_tables, text_lines
from posassist.report.flow import Context, Heading, Line


def evidence_section(exhibits: list[ex.Exhibit], ctx: Context, packet: bool = False) -> list:
    translate = ctx.translate
    flow: list = [Heading(translate("Dossier", "Evidence"), ctx.styles["h1"], "sec-evidence")]
    if not exhibits:
        flow.append(ctx.p(translate("Dossier", "No evidence is shown."), "body"))
        return flow
    for i, exhibit in enumerate(exhibits):
        if i:
            flow.append(PageBreak())
        flow += _exhibit(exhibit, ctx, packet)  # its caption sets the header's number
    # Nothing follows the last picture, which fills its page: not even a zero-height
    # flowable, which would not fit and make an empty last page.
    return flow


def _where(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> str:
    translate = ctx.translate
    if packet:
        return translate("Dossier", "The original file is in the full dossier.")
    return translate("Dossier", "The original file is attached to this PDF as “%1”.").replace(
        "%1", exhibit.numbered.attachment_name
    )


# A sentence ending so in Chinese needs no space after it (the mark has its own room).
CJK_ENDS = ("。", "！", "？", "；", "：", "）")


def sentences(*parts: str) -> str:
    """Sentences one after the other: a space after a Latin full stop, none after a
    Chinese one (。 already has its room), the empty ones left out."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        out += part if not out or out.endswith(CJK_ENDS) else f" {part}"
    return out


def _how(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> str:
    how = _how_shown(exhibit, ctx, packet)
    note = _text_note(exhibit, ctx)
    return sentences(how, note)


def _text_note(exhibit: ex.Exhibit, ctx: Context) -> str:
    """What the caption says of the text read on the item: that it lies over the picture
    (a reader searching the dossier should know it may hold misreadings), or that it was
    not read yet, so a search of the dossier will not find it."""
    translate = ctx.translate
    pictures = exhibit.mode in (ex.JPEG, ex.PICTURES)
    read = sorted(p.number for p in exhibit.recognised if p.lines)
    if read and pictures:
        return translate(
            "Dossier",
            "The text the computer read on it lies invisibly over the picture, so that it can "
            "be searched and copied; it may hold misreadings: the picture is what counts.",
        )
    if read and exhibit.mode == ex.PDF:
        return translate(
            "Dossier",
            "Scanned pages %1: the text the computer read on them lies invisibly over them, so "
            "that it can be searched and copied; it may hold misreadings.",
        ).replace("%1", ", ".join(str(n) for n in read))
    if exhibit.unread and pictures:
        return translate(
            "Dossier",
            "The text on it had not been read yet when this file was made, so a search of this "
            "file will not find it.",
        )
    return ""


def _how_shown(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> str:
    translate = ctx.translate
    where = _where(exhibit, ctx, packet)
    if exhibit.mode == ex.JPEG:
        return translate(
            "Dossier",
            "The picture below is the original JPEG file itself, unchanged: its image data "
            "in this PDF has the SHA-256 above.",
        )
    if exhibit.mode == ex.PICTURES:
        shown = (
            translate("Dossier", "Shown reduced for upload.")
            if packet
            else translate("Dossier", "Shown converted for display.")
        )
        return sentences(shown, where)
    if exhibit.mode == ex.PDF:
        text = translate(
            "Dossier",
            "Its original pages follow, placed as they are (vector graphics, not redrawn): "
            "%1 in all.",
        ).replace("%1", str(exhibit.pdf_pages))
        if exhibit.damaged:
            text = translate(
                "Dossier",
                "Its pages follow as pictures (%1 in all): the file's structure is damaged, "
                "but a PDF reader can still show it.",
            ).replace("%1", str(exhibit.pdf_pages))
        elif exhibit.raster:
            fonts = sorted({name for names in exhibit.raster.values() for name in names})
            pages = ", ".join(str(i + 1) for i in sorted(exhibit.raster))
            text = sentences(
                text,
                translate(
                    "Dossier",
                    "Shown as pictures: %1. They use fonts the file does not carry (%2), which "
                    "would look different from one computer to the next.",
                )
                .replace("%1", pages)
                .replace("%2", ", ".join(fonts)),
            )
        return sentences(text, where)
    if exhibit.mode == ex.TABLE:
        text = translate("Dossier", "Shown as a table (read as %1).").replace(
            "%1", exhibit.encoding
        )
        return sentences(text, where)
    if exhibit.mode == ex.TEXT:
        text = translate("Dossier", "Shown as text (read as %1).").replace("%1", exhibit.encoding)
        return sentences(text, where)
    cannot = translate("Dossier", "This file cannot be shown.")
    return sentences(cannot, where)


def _exhibit(exhibit: ex.Exhibit, ctx: Context, packet: bool) -> list:
    translate = ctx.translate
    number = exhibit.number
    sha256 = exhibit.numbered.item.sha256
    how = _how(exhibit, ctx, packet)
    if exhibit.mode == ex.JPEG:
        # The caption and the picture below it: one flowable, one page.
        text = exhibit.page_text(1)
        return [Caption(exhibit, ctx, how, lambda a, c, box: a.draw_jpeg(c, number, box, text))]
    if exhibit.mode == ex.PICTURES:
        count = len(exhibit.pictures)
        first = exhibit.pictures[0]
        text = exhibit.page_text(1)
        flow: list = [
            Caption(exhibit, ctx, how, lambda a, c, box: a.draw_picture(c, first, box, text))
        ]
        for i, picture in enumerate(exhibit.pictures[1:], start=1):
            label = (
                translate("Dossier", "%1 · picture %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(count))
            )
            flow += [
                PageBreak(),
                Line(label, ctx.styles["small"]),
                Shown(
                    lambda a, c, box, p=picture, n=i + 1: a.draw_picture(
                        c, p, box, exhibit.page_text(n)
                    )
                ),
            ]
        return flow
    flow = [Caption(exhibit, ctx, how), Spacer(1, CAPTION_GAP)]
    if exhibit.mode == ex.PDF:
        dpi, quality = exhibit.rendering.dpi, exhibit.rendering.quality
        for i in range(exhibit.pdf_pages):
            label = (
                translate("Dossier", "%1 · original page %2 of %3")
                .replace("%1", number)
                .replace("%2", str(i + 1))
                .replace("%3", str(exhibit.pdf_pages))
            )
            if i in exhibit.raster:
                label += " · " + translate("Dossier", "shown as a picture")
                shown = Shown(
                    lambda a, c, box, i=i: a.draw_pdf_page_picture(
                        c, sha256, i, box, dpi, quality, exhibit.page_text(i + 1)
                    )
                )
            else:
                unused = exhibit.unused_fonts.get(i, frozenset())
                shown = Shown(
                    lambda a, c, box, i=i, unused=unused: a.draw_pdf_page(
                        c, sha256, i, box, exhibit.pdf, unused, exhibit.page_text(i + 1)
                    )
                )
            flow += [PageBreak(), Line(label, ctx.styles["small"]), shown]
    elif exhibit.mode == ex.TABLE:
        flow += csv_tables(exhibit, ctx)
    elif exhibit.mode == ex.TEXT:
        flow += text_lines(exhibit, ctx)
    return flow


__all__ = ["Caption", "Shown", "csv_tables", "evidence_section", "item_title", "text_lines"]
