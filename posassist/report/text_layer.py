"""The text read on a picture, drawn over it invisibly (text render mode 3), as OCRmyPDF
does: a PDF viewer's search, copy-paste and `pdftotext` find the slip's words where they
are on the picture, while the page looks the same and the picture stays the original bytes.

Each line read (domain.recognised.Line) has four corners, clockwise from the top left of
its text, in the pixels of the page as read. The line is set along its bottom edge (left
to right as it reads, so a sideways line is set sideways), one em as high as the box, and
stretched to the box's length. One text object a page, the report's own font (embedded as
a subset, with its ToUnicode map).
"""

from __future__ import annotations

import math
from typing import Any

from posassist.domain.recognised import PageText
from posassist.report.fonts import SANS

# The font's descent, as a share of the em: the baseline sits this far above the box's
# bottom edge, so the glyphs' boxes cover the line as printed.
DESCENT = 0.2
INVISIBLE = 3  # text render mode: neither fill nor stroke


def draw_text_layer(
    canvas: Any, page: PageText | None, x: float, y: float, width: float, height: float
) -> int:
    """Draw `page`'s lines over the picture shown at (x, y) (bottom left, in the canvas's
    current coordinates) `width` by `height` points, upright as read. Returns the number
    of lines drawn."""
    if page is None or not page.lines or page.width <= 0 or page.height <= 0:
        return 0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sx, sy = width / page.width, height / page.height

    def point(corner: tuple[int, int]) -> tuple[float, float]:
        return x + corner[0] * sx, y + height - corner[1] * sy

    text = canvas.beginText()
    text.setTextRenderMode(INVISIBLE)
    drawn = 0
    for line in page.lines:
        words = " ".join(line.text.split())
        if not words or len(line.box) != 4:
            continue
        top_left, _top_right, bottom_right, bottom_left = map(point, line.box)
        along = (bottom_right[0] - bottom_left[0], bottom_right[1] - bottom_left[1])
        up = (top_left[0] - bottom_left[0], top_left[1] - bottom_left[1])
        length, tall = math.hypot(*along), math.hypot(*up)
        if length < 1 or tall < 1:
            continue
        cos, sin = along[0] / length, along[1] / length
        natural = stringWidth(words, SANS, tall)
        if natural <= 0:
            continue
        stretch = length / natural
        origin_x = bottom_left[0] - sin * tall * DESCENT
        origin_y = bottom_left[1] + cos * tall * DESCENT
        text.setFont(SANS, tall)
        text.setTextTransform(cos * stretch, sin * stretch, -sin, cos, origin_x, origin_y)
        text.textOut(words)
        drawn += 1
    if drawn:
        canvas.drawText(text)
    return drawn
