"""The wizard's side list of steps: read-only, and every step's name shown whole.

Qt's own item painting lays a wrapped text out in a width that ignores the style
sheet's item padding, so a name that just fits on one line at the computed width gets a
one-line row and is then cut ("8. Cut it off and close the …"). This delegate sizes and
paints each row with one geometry (`text_rect`), so what is measured is what is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

# Insets of a row, in pixels: padding left and right, icon, gap, padding top and bottom.
PAD_X = 8
PAD_Y = 7
ICON = 18
GAP = 8
TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
SELECTED_TEXT = QColor("#0b2d52")
ITEM_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # never editable


def text_rect(row: QRect) -> QRect:
    """Where a row's name is drawn: the row less its padding and the status icon."""
    return row.adjusted(PAD_X + ICON + GAP, PAD_Y, -PAD_X, -PAD_Y)


def text_height(metrics: QFontMetrics, text: str, width: int) -> int:
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 1 << 20), TEXT_FLAGS, text).height()


class StepDelegate(QStyledItemDelegate):
    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def row_width(self) -> int:
        return self.view.viewport().width() - 2 * self.view.spacing()

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.row_width()
        inner = text_rect(QRect(0, 0, width, 0)).width()
        height = max(text_height(opt.fontMetrics, opt.text, inner), ICON)
        return QSize(width, height + 2 * PAD_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self.view.style()
        # The background (hover, selection, rounded corners) as the style sheet says.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, self.view)
        row = opt.rect
        icon_top = row.top() + (row.height() - ICON) // 2
        opt.icon.paint(painter, QRect(row.left() + PAD_X, icon_top, ICON, ICON))
        painter.save()
        painter.setFont(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(SELECTED_TEXT if selected else opt.palette.text().color())
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            painter.setPen(foreground.color())
        painter.drawText(text_rect(row), TEXT_FLAGS, opt.text)
        painter.restore()
        if opt.state & QStyle.StateFlag.State_HasFocus:  # where the keyboard is
            focus = QStyleOptionFocusRect()
            focus.initFrom(self.view)
            focus.rect = row.adjusted(1, 1, -1, -1)
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self.view
            )


class StepList(QListWidget):
    """One row per step; choosing a row shows its page. Steps are not editable text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageList")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(2)
        self.setMinimumWidth(250)
        self.setMaximumWidth(320)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(StepDelegate(self))

    def add_step(self, text: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(ITEM_FLAGS)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.addItem(item)
        return item

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        # Row heights depend on the width: lay the rows out again for the new one.
        self.scheduleDelayedItemsLayout()
