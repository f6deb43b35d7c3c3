"""The evidence viewer: look at a stored file closely, or save an untouched copy of it.

Images and PDF pages are decoded in a worker thread, one page at a time, so a large scan
never freezes the window. Zoom and rotation change the view only: the stored bytes are
never touched, and "Save a copy…" writes exactly those bytes.

The dialog is here; its parts are beside it: viewer_zoom (zoom and rotation),
viewer_pages (pages, decoded in the background by viewer_decoding), viewer_text (CSV and
text), safe_write (the copy written whole or not at all).
"""

from __future__ import annotations

import contextlib
import csv
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.evidence import FileKind
from posassist.ui import dialogs
from posassist.ui.safe_write import write_copy, write_error_reason
from posassist.ui.viewer_decoding import MULTI_PAGE_KINDS, error_text, to_qimage, worker_pool
from posassist.ui.viewer_marks import BoxMarks
from posassist.ui.viewer_pages import CACHED_PAGES, PageLoading
from posassist.ui.viewer_text import RowsModel, cjk_font, encoding_label, parse_csv
from posassist.ui.viewer_zoom import ZOOM_STEP, ImageView, ZoomAndRotation
from posassist.words import texts

# What callers and tests import from here.
__all__ = [
    "CACHED_PAGES",
    "ZOOM_STEP",
    "EvidenceViewer",
    "RowsModel",
    "encoding_label",
    "parse_csv",
    "to_qimage",
    "write_copy",
]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Shortcut = str | QKeySequence | QKeySequence.StandardKey


def _key_sequences(shortcuts: list[Shortcut]) -> list[QKeySequence]:
    """The platform's keys for a standard action plus our own, each once."""
    found: dict[str, QKeySequence] = {}
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcut)
        else:
            keys = [QKeySequence(shortcut)]
        for key in keys:
            if not key.isEmpty():
                found.setdefault(key.toString(), key)
    return list(found.values())


class EvidenceViewer(QDialog, ZoomAndRotation, PageLoading, BoxMarks):
    """Shows one piece of evidence. Works with `.open()` and `.show()` alike."""

    def __init__(
        self, data: bytes, kind: FileKind, name: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.data = data
        self.kind = kind
        self.name = name
        # The caller's title (number and category), then the file's own name.
        self.setWindowTitle(f"{title} – {name}" if title and name else title or name)
        self.setSizeGripEnabled(True)
        self._zoom = 1.0
        self._rotation = 0
        self._fit = True  # follow the window size until the owner zooms by hand
        self._page = 0
        self._pages = 1
        self._shown: int | None = None  # the page whose picture is on screen
        self._start_pages()
        self._start_marks()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("viewerToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("emptyHint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)
        layout.addLayout(self._build_footer())

        if kind is FileKind.PDF or kind.is_image:
            self._build_image_view()
        else:
            self.toolbar.hide()
            self._build_text_view()
        self._size_to_screen()

    # -- building ---------------------------------------------------------------------
    def _action(
        self, name: str, text: str, shortcuts: list[Shortcut], slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(_key_sequences(shortcuts))
        native = QKeySequence.SequenceFormat.NativeText
        keys = ", ".join(key.toString(native) for key in action.shortcuts())
        action.setToolTip(f"{text} ({keys})" if keys else text)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in this window
        return action

    def _add_tool(self, action: QAction) -> None:
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setObjectName(action.objectName() + "Button")

    def _build_image_view(self) -> None:
        self._build_zoom_actions()
        self._build_toolbar()
        self._build_page_navigation()
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = ImageView(self.scene)
        self.view.zoom_requested.connect(self._zoom_by)
        self.view.resized.connect(self._refit)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self._set_fit(True)

        _pool, results = worker_pool()
        results.finished.connect(self._job_finished)
        results.failed.connect(self._job_failed)
        self._update_page_controls()
        self._update_zoom_controls()
        self._pages_known = self.kind not in MULTI_PAGE_KINDS
        self._resume()

    def _build_text_view(self) -> None:
        from posassist.evidence import intake

        try:
            text, encoding = intake.decode_text(self.data)
        except Exception as error:  # stored long ago, or by a looser version: say so, go on
            log.warning("viewer: cannot decode %s: %s", self.name, error_text(error))
            self._show_message(self._failure_text(error))
            return
        rows = None
        if self.kind is FileKind.CSV:
            with contextlib.suppress(csv.Error):  # unparseable CSV is still readable as text
                rows = parse_csv(text)
        widget = self._table(rows) if rows is not None else self._plain_text(text)
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.status.setText(
            translate("EvidenceViewer", "Text encoding: %1").replace("%1", encoding_label(encoding))
        )

    def _table(self, rows: list[list[str]]) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(RowsModel(rows, self))
        self.table.setFont(cjk_font())
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setMaximumSectionSize(420)
        self.table.resizeColumnsToContents()
        return self.table

    def _plain_text(self, text: str) -> QPlainTextEdit:
        self.text = QPlainTextEdit()
        self.text.setObjectName("evidenceText")
        self.text.setReadOnly(True)
        self.text.setFont(cjk_font(fixed=True))
        self.text.setPlainText(text)
        return self.text

    def _build_footer(self) -> QHBoxLayout:
        footer = self.footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 12, 0)
        self.status = QLabel()
        self.status.setObjectName("hint")
        # A long path must not widen the window: it is cut, and whole in the tooltip.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        footer.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            translate("EvidenceViewer", "Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveCopy")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_copy)
        self.buttons.rejected.connect(self.reject)
        footer.addWidget(self.buttons)
        return footer

    def _size_to_screen(self) -> None:
        width, height = 900, 700
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _failure_text(self, error: BaseException) -> str:
        # A Refusal carries a code the owner can act on; anything else is a damaged file.
        reason = texts.refusal(getattr(error, "code", "corrupt"))
        if self._pages > 1:
            text = translate("EvidenceViewer", "This page cannot be shown: %1.")
        else:
            text = translate("EvidenceViewer", "This file cannot be shown: %1.")
        return text.replace("%1", reason)

    # -- life cycle ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if hasattr(self, "view"):
            self._resume()  # shown again after closing: fetch what closing dropped

    def done(self, result: int) -> None:
        # (A caller that keeps closed viewers around then holds little more than the bytes.)
        self._drop_pages()
        if hasattr(self, "view"):
            self._loading_hint.stop()
            self.item.setPixmap(QPixmap())
            self._shown = None
        super().done(result)

    # -- saving a copy ------------------------------------------------------------------------
    def save_copy(self) -> Path | None:
        """Ask where, then write the stored bytes there unchanged. The path, or None."""
        target = dialogs.choose_save_path(self, self.name)
        if target is None:
            return None
        try:
            write_copy(self.data, target)
        except OSError as error:
            dialogs.show_error(
                self,
                translate("EvidenceViewer", "The copy was not saved"),
                translate("EvidenceViewer", "The copy could not be saved as %1.\n\n%2")
                .replace("%1", str(target))
                .replace("%2", write_error_reason(error)),
            )
            return None
        self.status.setText(
            translate("EvidenceViewer", "Copy saved: %1").replace("%1", str(target))
        )
        self.status.setToolTip(str(target))
        return target
