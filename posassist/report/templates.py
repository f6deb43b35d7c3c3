"""Page templates as data, and the document class that draws their running header and footer.

Every page of a dossier carries the case title, "page N of M" and, on evidence pages, the
evidence number. M, and the page numbers in the contents, are known only at the end; rather
than lay the whole document out twice, each page leaves a mark in its content where its
"page N of M" goes — and each contents line one for its page number — and the text is put
in place of the marks once the last page is done, before the file is written. One layout
pass, however long the document. The running texts that are the same on every page (the
case title, the footer, their rules) are one form XObject each, drawn by every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageTemplate

from posassist.report.reportlab_internals import OneWriteDocTemplate, rewrite_page_streams
from posassist.report.styles import color

MM = 72 / 25.4
PAGE_SIZE = (210 * MM, 297 * MM)  # A4, in points

# Distances in millimetres from the page edges.
GEOMETRY = {
    "left": 20,
    "right": 20,
    "top": 24,
    "bottom": 21,
    "header_baseline": 13,  # from the top edge
    "footer_baseline": 12,  # from the bottom edge
}

TEMPLATES: dict[str, dict[str, Any]] = {
    # The cover carries the title in large type; only the footer runs there.
    "cover": {"header": False, "footer": True, "top": 30},
    "body": {"header": True, "footer": True},
    "evidence": {"header": True, "footer": True, "evidence_tag": True},
    # The customer notice is a poster: no running text at all.
    "notice": {"header": False, "footer": False, "top": 22, "bottom": 20},
    # A letter: the page of a formal letter; the footer names the dossier and the page.
    "letter": {"header": False, "footer": True, "top": 25, "bottom": 24},
}

# Marks that pages leave in their content for numbers known only at the end: the page's
# "page N of M", and a contents line's page number (the mark names the heading's key).
MARK = "%PosAssist:"
PAGE_MARK = MARK + "page-label%"
NUMBER_MARK = MARK + "number:"

HEADER_FONT_SIZE = 7.8
TAG_FONT_SIZE = 9
NUMBER_FONT_SIZE = 9


@dataclass
class Decor:
    """What the running header and footer say (already translated)."""

    case_title: str
    footer_text: str
    page_label: Callable[[int, int], str]  # (n, of) -> "Page n of m"


@dataclass
class LayoutState:
    """What the flowables tell the page decorations and the assembly step."""

    evidence: str = ""  # the evidence number shown in the header, "" outside evidence
    pages: int = 0
    headings: dict[str, int] = field(default_factory=dict)  # bookmark key -> page


def content_box(template: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the frame of a template, in points."""
    spec = TEMPLATES[template]
    left, right = GEOMETRY["left"] * MM, GEOMETRY["right"] * MM
    top = spec.get("top", GEOMETRY["top"]) * MM
    bottom = spec.get("bottom", GEOMETRY["bottom"]) * MM
    width, height = PAGE_SIZE
    return left, bottom, width - left - right, height - top - bottom


class Document(OneWriteDocTemplate):
    """A4 with every template of TEMPLATES; headings feed the contents and the outline.

    `assembly` (assemble.Assembly) draws what evidence pages show besides text; `finish`,
    when given, writes the file instead of ReportLab's own save (see output.finish).
    """

    def __init__(
        self,
        target: Any,
        decor: Decor | None,
        sans: str,
        assembly: Any = None,
        finish: Callable[[Any], None] | None = None,
        **info: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=GEOMETRY["left"] * MM,
            rightMargin=GEOMETRY["right"] * MM,
            topMargin=GEOMETRY["top"] * MM,
            bottomMargin=GEOMETRY["bottom"] * MM,
            initialFontName=sans,
            **info,
        )
        self.sans = sans
        self.state = LayoutState()
        self.decor = decor
        self.assembly = assembly
        self.finish = finish
        self._fitted: dict[tuple[str, float], str] = {}
        self._running: set[str] = set()  # running header and footer forms made
        self.shared_forms: dict[Any, str] = {}  # forms that flowables share (see Caption)
        self.addPageTemplates([self._template(name) for name in TEMPLATES])

    def _template(self, name: str) -> PageTemplate:
        frame = Frame(
            *content_box(name),
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(id=name, frames=[frame], onPageEnd=self._decorate)

    def beforeDocument(self) -> None:  # noqa: N802
        self.state.evidence = ""

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        entry = getattr(flowable, "outline", None)
        if entry is None:
            return
        level, text, key, _in_contents = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.state.headings[key] = self.page

    def end_build(self, canvas: Any) -> None:
        """After the last page: fill in the numbers, then write the file."""
        self._fill_in_numbers(canvas)
        if self.finish is not None:
            self.finish(canvas)
        else:
            canvas.save()

    def _fill_in_numbers(self, canvas: Any) -> None:
        """Put "page N of M" and the contents' page numbers where the pages left a mark
        for them, now that M and every heading's page are known."""
        total = self.state.pages
        right = PAGE_SIZE[0] - GEOMETRY["right"] * MM
        y = GEOMETRY["footer_baseline"] * MM
        muted, ink = color("muted"), color("ink")

        def fill_in(number: int, stream: str) -> str:
            if MARK not in stream:
                return stream
            if PAGE_MARK in stream:
                label = self.decor.page_label(number, total)
                ops = self._text_ops(canvas, label, right, y, HEADER_FONT_SIZE, muted)
                stream = stream.replace(PAGE_MARK, ops)
            while NUMBER_MARK in stream:
                start = stream.index(NUMBER_MARK)
                end = stream.index("%", start + len(NUMBER_MARK))
                key = stream[start + len(NUMBER_MARK) : end]
                text = str(self.state.headings.get(key, ""))
                ops = self._text_ops(canvas, text, 0, 0, NUMBER_FONT_SIZE, ink)
                stream = stream[:start] + ops + stream[end + 1 :]
            return stream

        rewrite_page_streams(canvas, fill_in)

    def _text_ops(
        self, canvas: Any, text: str, right: float, y: float, size: float, fill: Any
    ) -> str:
        """The operators of `text` set right-aligned at (right, y), its state kept in."""
        t = canvas.beginText(right - stringWidth(text, self.sans, size), y)
        t.setFont(self.sans, size)
        t.setFillColor(fill)
        t.textOut(text)
        return "q\n" + t.getCode() + "\nQ"

    def _decorate(self, canvas: Any, doc: Any) -> None:
        page = canvas.getPageNumber()
        self.state.pages = max(self.state.pages, page)
        spec = TEMPLATES[self.pageTemplate.id]
        if self.decor is None:
            return
        width, height = PAGE_SIZE
        right = width - GEOMETRY["right"] * MM
        # What is the same on every page (the case title, the footer text, the rules) is
        # a form drawn once; the evidence number and "page N of M" are drawn per page.
        if spec.get("header"):
            tag = self.state.evidence if spec.get("evidence_tag") else ""
            canvas.doForm(self._running_form("header-tag" if tag else "header", canvas))
            if tag:
                canvas.saveState()
                canvas.setFont(self.sans, TAG_FONT_SIZE)
                canvas.setFillColor(color("accent"))
                canvas.drawRightString(right, height - GEOMETRY["header_baseline"] * MM, tag)
                canvas.restoreState()
        if spec.get("footer"):
            canvas.doForm(self._running_form("footer", canvas))
            canvas.addLiteral(PAGE_MARK)  # "page N of M", once M is known

    def _running_form(self, kind: str, canvas: Any) -> str:
        """The form of a running header ("header", "header-tag": with room for the tag)
        or footer, made the first time a page needs it."""
        name = f"running-{kind}"
        if name in self._running:
            return name
        self._running.add(name)
        width, height = PAGE_SIZE
        left, right = GEOMETRY["left"] * MM, width - GEOMETRY["right"] * MM
        canvas.beginForm(name)
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(color("rule"))
        canvas.setFont(self.sans, HEADER_FONT_SIZE)
        canvas.setFillColor(color("muted"))
        if kind == "footer":
            y = GEOMETRY["footer_baseline"] * MM
            canvas.line(left, y + 9, right, y + 9)
            canvas.drawString(left, y, self._fit(self.decor.footer_text, -1))
        else:
            y = height - GEOMETRY["header_baseline"] * MM
            room = right - left - (70 if kind == "header-tag" else 0)
            canvas.drawString(left, y, self._fit(self.decor.case_title, room))
            canvas.line(left, y - 4, right, y - 4)
        canvas.endForm()
        return name

    def _fit(self, text: str, room: float) -> str:
        """The running text shortened to `room` (-1: the footer's room), once per document."""
        key = (text, room)
        if key not in self._fitted:
            if room < 0:
                # Room for the longest label this document can have (M has at most 4 digits).
                label = self.decor.page_label(9999, 9999)
                width = PAGE_SIZE[0] - (GEOMETRY["left"] + GEOMETRY["right"]) * MM
                room = width - stringWidth(label, self.sans, HEADER_FONT_SIZE) - 12
            self._fitted[key] = fit(text, self.sans, HEADER_FONT_SIZE, room)
        return self._fitted[key]


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a running-header text with an ellipsis rather than let it overrun."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
