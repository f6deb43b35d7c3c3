"""The few flowables of our own: headings that feed the contents and the outline, cheap
one-line text and contents lines; and the wrapping of text drawn without Paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from posassist.report.reportlab_internals import show_text
from posassist.report.templates import NUMBER_MARK, fit

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
        st = self.styles[style]
        padding = 8  # the table's left and right cell padding
        if "\n" not in text and stringWidth(text, st.fontName, st.fontSize) <= width - padding:
            return Line(text, st)
        return Paragraph(markup(text), st)


class TextRun:
    """Many short strings drawn in one PDF text object.

    canvas.drawString makes a text object per string, with its own state save, bidi
    check and origin: most of the cost of a table of short texts (the evidence index
    and the chronology have a few thousand). Fonts and colours change inside the run.
    """

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.t = canvas.beginText()
        self.font: tuple[str, float] | None = None
        self.fill: Any = None

    def style(self, font: str, size: float, fill: Any) -> None:
        if self.font != (font, size):
            self.t.setFont(font, size)
            self.font = (font, size)
        if self.fill is not fill:
            self.t.setFillColor(fill)
            self.fill = fill

    def text(self, x: float, y: float, text: str) -> None:
        # setTextOrigin + textOut, without textOut's measuring of the text to move its
        # cursor: every string here sets its own origin (a tenth of the run's cost).
        show_text(self.t, x, y, text)

    def right(self, x: float, y: float, text: str) -> None:
        """`text` ending at x (the run's style set first)."""
        assert self.font is not None
        self.text(x - stringWidth(text, *self.font), y, text)

    def draw(self) -> None:
        self.canvas.drawText(self.t)


def markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class Heading(Paragraph):
    """A paragraph that is a bookmark, an outline entry and (optionally) a contents line."""

    def __init__(
        self, text: str, style: Any, key: str, level: int = 0, in_contents: bool = True
    ) -> None:
        super().__init__(markup(text), style)
        self.outline = (level, text, key, in_contents)


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


class ContentsLine(Line):
    """A line of the contents: title, dotted leader, and the page number, which the
    document fills in at the end (see templates.Document), with a link to the heading."""

    NUMBER_WIDTH = 28

    def __init__(self, key: str, text: str, style: Any) -> None:
        super().__init__(text, style)
        self.key = key

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
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
        canvas.addLiteral(f"{NUMBER_MARK}{self.key}%")  # the page number, known at the end
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, style.leading), relative=1, thickness=0)


# Where a line may break besides at a space: after these (unless doubled, as in "a__b"),
# and beside a Chinese character; never before a closing mark.
BREAK_AFTER = frozenset("_-/\\.,;:)]}")
NO_LINE_START = frozenset("，。、；：？！）》」』〉】〕,.;:!?)]}%")


def _wide(ch: str) -> bool:
    return ch >= "\u2e80"  # CJK and everything after


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` that fit `width`: broken at a space or beside a Chinese character,
    else after punctuation such as "_" or ".", else between any two characters. No line
    starts with a closing mark: a Chinese one hangs at the end of the line before (as
    Chinese typesetting does)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        widths = [stringWidth(ch, font, size) for ch in paragraph]
        start, count = 0, len(paragraph)
        while start < count:
            used, i = 0.0, start
            soft = hard = start  # the best place to end the line so far
            while i < count and (i == start or used + widths[i] <= width):
                used += widths[i]
                ch = paragraph[i]
                following = paragraph[i + 1] if i + 1 < count else ""
                if following and following not in NO_LINE_START:
                    if ch == " " or _wide(ch) or _wide(following):
                        soft = i + 1
                    elif ch in BREAK_AFTER and following != ch:
                        hard = i + 1
                i += 1
            if i >= count:
                lines.append(paragraph[start:])
                break
            if paragraph[i] == " ":
                soft = i  # the space that does not fit ends the line
            if paragraph[i] in NO_LINE_START and _wide(paragraph[i]):
                cut = i + 1  # a Chinese closing mark hangs past the end of the line
            elif soft > start:
                cut = soft
            elif hard > start:
                cut = hard
            else:
                cut = i  # no place to break: break where the line is full
            lines.append(paragraph[start:cut].rstrip(" "))
            start = cut
            while start < count and paragraph[start] == " ":
                start += 1
    return lines
