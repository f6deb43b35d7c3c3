"""A box drawn on the viewer's picture: where a line or a value was read (issue 15).

The box comes in the pixels of the page as the engine read it (domain.recognised.PageText:
the upright image at full size, or the PDF page at its rendering size); the viewer shows
its own decoding of that page, perhaps at another size. The box is scaled to the picture
shown and drawn as a child of the picture's item, so zoom and rotation move it with the
picture: it stays on the same characters at any zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsPolygonItem

MARK_COLOUR = QColor(230, 120, 0)


class BoxMarks:
    """The mark of an EvidenceViewer (mixed in; the dialog makes `item`)."""

    item: QGraphicsPixmapItem
    _page: int
    _shown: int | None
    _go_to: object

    def _start_marks(self) -> None:
        self.mark_item: QGraphicsPolygonItem | None = None
        self._mark: tuple[int, tuple, tuple[int, int]] | None = None

    def mark_box(self, page: int, box: tuple, page_size: tuple[int, int]) -> None:
        """Draw `box` (corners in the pixels of a page `page_size` wide and high) on page
        `page` (from 1), turning to that page; an empty box clears the mark."""
        self._mark = (page - 1, tuple(box), page_size) if box else None
        if self._mark is not None and self._mark[0] != self._page:
            self._go_to(self._mark[0])  # type: ignore[operator]
        else:
            self._place_mark()

    def clear_mark(self) -> None:
        self._mark = None
        self._place_mark()

    def _place_mark(self) -> None:
        """(Again) after a page is shown: the mark of that page, scaled to its picture."""
        if self.mark_item is not None:
            self.mark_item.setParentItem(None)
            scene = self.mark_item.scene()
            if scene is not None:
                scene.removeItem(self.mark_item)
            self.mark_item = None
        if self._mark is None or self._shown != self._mark[0]:
            return
        _index, box, (width, height) = self._mark
        shown = self.item.pixmap().size()
        if width <= 0 or height <= 0 or shown.isEmpty():
            return
        sx, sy = shown.width() / width, shown.height() / height
        polygon = QPolygonF([QPointF(x * sx, y * sy) for x, y in box])
        mark = QGraphicsPolygonItem(polygon, self.item)
        pen = QPen(MARK_COLOUR, 3)
        pen.setCosmetic(True)  # as thick at any zoom
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        mark.setPen(pen)
        fill = QColor(MARK_COLOUR)
        fill.setAlpha(50)
        mark.setBrush(QBrush(fill))
        self.mark_item = mark
