"""Text recognised on a page of evidence, as plain data: what the OCR engine
(evidence/ocr.py) produces and what the slip reader (domain/slip_reading.py), the dossier's
text layer and the search read. No engine here: the lines and their boxes only.
"""

from __future__ import annotations

from dataclasses import dataclass

# Four corners (x, y) in the page's pixels, clockwise from the top left of the text.
Box = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Line:
    """One line of text as read, its confidence (0..1) and its four corners (x, y)."""

    text: str
    confidence: float
    box: Box


@dataclass(frozen=True)
class PageText:
    """What was read on one page (`number` from 1). `rotation`: how far the content is
    turned counter-clockwise in the picture (0, 90, 180, 270), as detected. `width` and
    `height` are the page as read (the upright image at full size, or the PDF page as
    rendered); every box is in those pixels."""

    number: int
    width: int
    height: int
    rotation: int
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
