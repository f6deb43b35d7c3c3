"""The viewer's picture: zoom and rotation change the view only, never the stored bytes.

`ZoomAndRotation` is a part of EvidenceViewer (viewer.py), kept here so that each piece
of the dialog fits one screen of thought; it uses the dialog's toolbar and actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QToolBar,
)

translate = QCoreApplication.translate
ZOOM_STEP = 1.25
MIN_ZOOM = 0.02
MAX_ZOOM = 16.0
FIT_MARGIN = 8


class ImageView(QGraphicsView):
    zoom_requested = Signal(float)  # a factor, from Ctrl + mouse wheel
    resized = Signal()

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setObjectName("evidenceImage")
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Zoom keeps the point under the mouse in place (the view centre for buttons).
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120  # a touchpad sends fractions of a step
            if steps:
                self.zoom_requested.emit(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.resized.emit()


class ZoomAndRotation:
    """Zoom (by steps, to fit, at 100%) and rotation of the picture in an EvidenceViewer."""

    # Made by the dialog (viewer.py):
    toolbar: QToolBar
    view: ImageView
    item: QGraphicsPixmapItem
    _shown: int | None
    _action: Callable[..., QAction]
    _add_tool: Callable[[QAction], None]
    fontMetrics: Callable  # noqa: N815 (Qt name)

    _zoom: float
    _rotation: int
    _fit: bool  # follow the window size until the owner zooms by hand

    def _build_zoom_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.zoom_out_action = self._action(
            "zoomOut",
            translate("EvidenceViewer", "Zoom out"),
            [std.ZoomOut, "Ctrl+-"],
            self.zoom_out,
        )
        self.zoom_in_action = self._action(
            "zoomIn", translate("EvidenceViewer", "Zoom in"), [std.ZoomIn, "Ctrl+="], self.zoom_in
        )
        self.fit_action = self._action(
            "fitToWindow",
            translate("EvidenceViewer", "Fit to window"),
            ["Ctrl+0"],
            self.fit_to_window,
        )
        self.actual_size_action = self._action(
            "actualSize", translate("EvidenceViewer", "100%"), ["Ctrl+1"], self.actual_size
        )
        self.rotate_left_action = self._action(
            "rotateLeft", translate("EvidenceViewer", "Rotate left"), ["Ctrl+L"], self.rotate_left
        )
        self.rotate_right_action = self._action(
            "rotateRight",
            translate("EvidenceViewer", "Rotate right"),
            ["Ctrl+R"],
            self.rotate_right,
        )

    def _build_toolbar(self) -> None:
        for action in (self.zoom_out_action, self.zoom_in_action):
            self._add_tool(action)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("1600%") + 12)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        for action in (self.fit_action, self.actual_size_action):
            self._add_tool(action)
        self.toolbar.addSeparator()
        for action in (self.rotate_left_action, self.rotate_right_action):
            self._add_tool(action)

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def rotation(self) -> int:
        """Degrees clockwise: 0, 90, 180 or 270."""
        return self._rotation

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _zoom_by(self, factor: float) -> None:
        self._set_fit(False)
        self._set_zoom(self._zoom * factor)

    def actual_size(self) -> None:
        self._set_fit(False)
        self._set_zoom(1.0)

    def fit_to_window(self) -> None:
        self._set_fit(True)
        self._refit()

    def _set_fit(self, fit: bool) -> None:
        # A fitted picture needs no scroll bars; without them the space to fit into stays
        # the same, instead of growing a moment later when Qt takes them away.
        self._fit = fit
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.view.setHorizontalScrollBarPolicy(policy)
        self.view.setVerticalScrollBarPolicy(policy)

    def rotate_left(self) -> None:
        self._rotate(-90)

    def rotate_right(self) -> None:
        self._rotate(90)

    def _rotate(self, degrees: int) -> None:
        self._rotation = (self._rotation + degrees) % 360
        if self._fit:
            self._refit()
        else:
            self._apply_transform()

    def _refit(self) -> None:
        if self._fit and self._shown is not None:
            self._set_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        size = self.item.pixmap().size()
        width, height = size.width(), size.height()
        if self._rotation % 180:
            width, height = height, width
        area = self.view.viewport().size()
        if width <= 0 or height <= 0:
            return 1.0
        # A small picture is not blown up: fitting only ever shrinks.
        return min((area.width() - FIT_MARGIN) / width, (area.height() - FIT_MARGIN) / height, 1.0)

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._apply_transform()

    def _apply_transform(self) -> None:
        self.view.setTransform(QTransform().rotate(self._rotation).scale(self._zoom, self._zoom))
        if self._fit:
            self.view.centerOn(self.item)
        self._update_zoom_controls()

    def _update_zoom_controls(self) -> None:
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")
        self.zoom_in_action.setEnabled(self._zoom < MAX_ZOOM)
        self.zoom_out_action.setEnabled(self._zoom > MIN_ZOOM)
