"""The few flowables of our own: headings that feed the contents and the outline, a marker
for the evidence number in the header, and the slots the assembly step fills."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from posassist.report.templates import Slot

Translate = Callable[[str, str], str]


@dataclass
class Context:
    """What every section builder needs: words, styles and fonts."""

    translate: Translate
    labels: Any
    styles: dict[str, Any]
    sans: str
    mono: str

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain text (escaped; line breaks kept)."""
        return Paragraph(markup(text), self.styles[style])

    def cell(self, text: str, style: str, width: float) -> Flowable:
        """A table cell's text: a Line when it fits on one line of `width`, else a Paragraph."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        st = self.styles[style]
        padding = 8  # the table's left and right cell padding
        if "\n" not in text and stringWidth(text, st.fontName, st.fontSize) <= width - padding:
            return Line(text, st)
        return Paragraph(markup(text), st)


def markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class Heading(Paragraph):
    """A paragraph that is a bookmark, an outline entry and (optionally) a contents line."""

    def __init__(
        self, text: str, style: Any, key: str, level: int = 0, in_contents: bool = True
    ) -> None:
        super().__init__(markup(text), style)
        self.outline = (level, text, key, in_contents)


class EvidenceMarker(Flowable):
    """From here on, the page header shows this evidence number ("" to stop)."""

    def __init__(self, number: str) -> None:
        super().__init__()
        self.number = number

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        doc = self._doctemplate
        if doc is not None:
            doc.state.evidence = self.number


class SlotBox(Flowable):
    """Takes the rest of the frame and records where it landed, for the assembly step."""

    def __init__(self, key: str, min_height: float = 260) -> None:
        super().__init__()
        self.key = key
        self.min_height = min_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = max(availHeight, self.min_height)
        return self.width, self.height

    def draw(self) -> None:
        doc = self._doctemplate
        x, y = self.canv.absolutePosition(0, 0)
        if doc is not None:
            doc.state.slots[self.key] = Slot(
                self.canv.getPageNumber(), x, y, self.width, self.height
            )


class Line(Flowable):
    """One line of text in a paragraph style: what a Paragraph draws, at a fraction of the cost.

    Tables of a long dossier hold thousands of short values; only those that do not fit
    on one line are made Paragraphs (see Context.cell).
    """

    def __init__(self, text: str, style: Any) -> None:
        super().__init__()
        self.text = text
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.style.leading

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        y = style.leading - style.fontSize
        if style.alignment == 2:
            canvas.drawRightString(self.width, y, self.text)
        elif style.alignment == 1:
            canvas.drawCentredString(self.width / 2, y, self.text)
        else:
            canvas.drawString(0, y, self.text)


class ContentsLine(Flowable):
    """A line of the contents: title, dotted leader, and the page number as a form that the
    document defines at the end (see templates.Document), with a link to the heading."""

    NUMBER_WIDTH = 28

    def __init__(self, form: str, key: str, text: str, style: Any) -> None:
        super().__init__()
        self.form, self.key, self.text, self.style = form, key, text, style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.style.leading

    def draw(self) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from posassist.report.templates import fit

        style = self.style
        canvas = self.canv
        doc = self._doctemplate
        if doc is not None:
            doc.state.numbered[self.form] = self.key
        y = style.leading - style.fontSize
        x = style.leftIndent
        room = self.width - x - self.NUMBER_WIDTH - 12
        text = fit(self.text, style.fontName, style.fontSize, room)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawString(x, y, text)
        start = x + stringWidth(text, style.fontName, style.fontSize) + 4
        end = self.width - self.NUMBER_WIDTH
        if end > start:
            canvas.saveState()
            canvas.setStrokeColor(style.textColor)
            canvas.setLineWidth(0.6)
            canvas.setLineCap(1)
            canvas.setDash([0.01, 3])
            canvas.line(start, y + 1, end, y + 1)
            canvas.restoreState()
        canvas.saveState()
        canvas.translate(self.width, y)
        canvas.doForm(self.form)
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, style.leading), relative=1, thickness=0)
