"""Small drawn marks for a stage's status: no font has to carry a check-mark glyph."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from posassist.domain.case import StageStatus

COLOURS = {
    StageStatus.DONE: "#1b7f46",
    StageStatus.IN_PROGRESS: "#c27c0e",
    StageStatus.NOT_STARTED: "#80868b",
    StageStatus.NOT_NEEDED: "#bdc1c6",
}


@cache
def status_icon(status: StageStatus, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[status])
    box = QRectF(3, 3, size - 6, size - 6)
    if status is StageStatus.DONE:
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), size / 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        s = size
        painter.drawPolyline(
            [QPointF(s * 0.3, s * 0.52), QPointF(s * 0.45, s * 0.66), QPointF(s * 0.7, s * 0.36)]
        )
    elif status is StageStatus.IN_PROGRESS:
        painter.setPen(QPen(colour, size / 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status is StageStatus.NOT_STARTED:
        painter.setPen(QPen(colour, size / 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    else:
        pen = QPen(colour, size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(size * 0.25, size / 2), QPointF(size * 0.75, size / 2))
    painter.end()
    return QIcon(pixmap)
