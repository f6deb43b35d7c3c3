"""Page templates as data, and the document class that draws their running header and footer.

Every page of a dossier carries the case title, "page N of M" and, on evidence pages, the
evidence number. M, and the page numbers in the contents, are known only at the end; rather
than lay the whole document out twice, each page draws its "page N of M" — and each
contents line its page number — as a small form XObject that is defined once the last page
is done, just before the file is saved. One layout pass, however long the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

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
}

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
class Slot:
    """A box on a page that the assembly step fills (an image or an original PDF page)."""

    page: int  # 1-based
    x: float
    y: float
    width: float
    height: float


@dataclass
class LayoutState:
    """What the flowables tell the page decorations and the assembly step."""

    evidence: str = ""  # the evidence number shown in the header, "" outside evidence
    slots: dict[str, Slot] = field(default_factory=dict)
    pages: int = 0
    headings: dict[str, int] = field(default_factory=dict)  # bookmark key -> page
    labelled: list[int] = field(default_factory=list)  # pages that show "page N of M"
    numbered: dict[str, str] = field(default_factory=dict)  # contents form -> bookmark key


def content_box(template: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the frame of a template, in points."""
    spec = TEMPLATES[template]
    left, right = GEOMETRY["left"] * MM, GEOMETRY["right"] * MM
    top = spec.get("top", GEOMETRY["top"]) * MM
    bottom = spec.get("bottom", GEOMETRY["bottom"]) * MM
    width, height = PAGE_SIZE
    return left, bottom, width - left - right, height - top - bottom


class Document(BaseDocTemplate):
    """A4 with every template of TEMPLATES; headings feed the contents and the outline."""

    def __init__(self, target: Any, decor: Decor | None, sans: str, **info: Any) -> None:
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

    def _endBuild(self) -> None:  # noqa: N802 (ReportLab's name)
        self._doSave = 0  # finish the last page, but define the number forms before saving
        super()._endBuild()
        self._define_forms(self.canv)
        self.canv.save()

    def _define_forms(self, canvas: Any) -> None:
        width, _height = PAGE_SIZE
        right = width - GEOMETRY["right"] * MM
        y = GEOMETRY["footer_baseline"] * MM
        total = self.state.pages
        for page in self.state.labelled:
            canvas.beginForm(f"pl{page}")
            canvas.setFont(self.sans, HEADER_FONT_SIZE)
            canvas.setFillColor(color("muted"))
            canvas.drawRightString(right, y, self.decor.page_label(page, total))
            canvas.endForm()
        for form, key in self.state.numbered.items():
            canvas.beginForm(form, -60, -4, 0, 16)
            canvas.setFont(self.sans, NUMBER_FONT_SIZE)
            canvas.setFillColor(color("ink"))
            canvas.drawRightString(0, 0, str(self.state.headings.get(key, "")))
            canvas.endForm()

    def _decorate(self, canvas: Any, doc: Any) -> None:
        page = canvas.getPageNumber()
        self.state.pages = max(self.state.pages, page)
        spec = TEMPLATES[self.pageTemplate.id]
        if self.decor is None:
            return
        sans = self.sans
        width, height = PAGE_SIZE
        left, right = GEOMETRY["left"] * MM, width - GEOMETRY["right"] * MM
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(color("rule"))
        if spec.get("header"):
            y = height - GEOMETRY["header_baseline"] * MM
            canvas.setFont(sans, HEADER_FONT_SIZE)
            canvas.setFillColor(color("muted"))
            tag = self.state.evidence if spec.get("evidence_tag") else ""
            room = right - left - (70 if tag else 0)
            canvas.drawString(left, y, fit(self.decor.case_title, sans, HEADER_FONT_SIZE, room))
            if tag:
                canvas.setFont(sans, TAG_FONT_SIZE)
                canvas.setFillColor(color("accent"))
                canvas.drawRightString(right, y, tag)
            canvas.line(left, y - 4, right, y - 4)
        if spec.get("footer"):
            y = GEOMETRY["footer_baseline"] * MM
            canvas.line(left, y + 9, right, y + 9)
            canvas.setFont(sans, HEADER_FONT_SIZE)
            canvas.setFillColor(color("muted"))
            # Room for the longest label this document can have (M has at most 4 digits).
            label = self.decor.page_label(9999, 9999)
            canvas.doForm(f"pl{page}")
            self.state.labelled.append(page)
            room = right - left - canvas.stringWidth(label, sans, HEADER_FONT_SIZE) - 12
            canvas.drawString(left, y, fit(self.decor.footer_text, sans, HEADER_FONT_SIZE, room))
        canvas.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a running-header text with an ellipsis rather than let it overrun."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
