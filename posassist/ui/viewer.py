"""The evidence viewer: look at a stored file closely, or save an untouched copy of it.

Images and PDF pages are decoded in a worker thread, one page at a time, so a large scan
never freezes the window. Zoom and rotation change the view only: the stored bytes are
never touched, and "Save a copy…" writes exactly those bytes.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import itertools
import logging
import os
import secrets
from collections import Counter, OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.evidence import FileKind
from posassist.ui import dialogs
from posassist.words import texts

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
Shortcut = str | QKeySequence | QKeySequence.StandardKey
_ROOT = QModelIndex()

ZOOM_STEP = 1.25
MIN_ZOOM = 0.02
MAX_ZOOM = 16.0
CACHED_PAGES = 4  # decoded pages kept per viewer (a 4-megapixel page is about 12 MB)
LOADING_HINT_MS = 200  # show "Loading…" only when a page takes longer than this
FIT_MARGIN = 8
CSV_DELIMITERS = ",;\t|"
# Tried in order for characters the first family lacks, so Chinese never shows as boxes.
CJK_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
]
CJK_MONO_FAMILIES = ["Sarasa Mono SC", "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono"]

MULTI_PAGE_KINDS = (FileKind.PDF, FileKind.TIFF, FileKind.HEIF)
_PAGE_COUNT = -1  # the job index that asks for the number of pages, not for a page


# -- background decoding ------------------------------------------------------------------


class _Results(QObject):
    """Lives in the GUI thread for the whole run, so a worker can always emit on it."""

    finished = Signal(object, int, object)  # ticket, page index (or _PAGE_COUNT), result
    failed = Signal(object, int, object)  # ticket, page index, the exception


class _Ticket:
    """One viewer's claim on results: cancelling it drops its queued and late work."""

    cancelled = False


_results: _Results | None = None
_pool: QThreadPool | None = None


def _worker_pool() -> tuple[QThreadPool, _Results]:
    # One thread for all viewers: PDFium may not be called from two threads at once.
    global _results, _pool
    if _pool is None:
        _results = _Results()
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool, _results


class _Job(QRunnable):
    def __init__(self, ticket: _Ticket, index: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.ticket = ticket
        self.index = index
        self.work = work

    def run(self) -> None:
        if self.ticket.cancelled:
            return
        _pool, results = _worker_pool()
        try:
            result = self.work()
        except Exception as error:  # any decoder error becomes a message, never a crash
            results.failed.emit(self.ticket, self.index, error)
        else:
            results.finished.emit(self.ticket, self.index, result)


def _error_text(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _page_count(data: bytes, name: str) -> int:
    from posassist.evidence import intake

    # Already stored, so the size limit (which settings may have raised since) is moot.
    return max(intake.inspect(data, name, max_bytes=len(data)).pages, 1)


def _page_image(data: bytes, kind: FileKind, index: int) -> QImage:
    from posassist.evidence import intake

    if kind is FileKind.PDF:
        return to_qimage(intake.render_pdf_page(data, index))
    pages = intake.open_image_pages(data)
    try:
        page = next(itertools.islice(pages, index, None), None)
        if page is None:
            raise IndexError(f"the file has no page {index + 1}")
        return to_qimage(page)
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()  # lets a generator release its decoder now


def to_qimage(image: Any) -> QImage:
    """A PIL image as a QImage that owns its pixels (safe to build in a worker thread)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    raw = rgb.tobytes("raw", "RGB")
    view = QImage(raw, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return view.copy()  # `view` borrows `raw`, which is gone when this function returns


# -- saving a copy ------------------------------------------------------------------------


def write_copy(data: bytes, target: Path) -> None:
    """Write `data` to `target` whole or not at all: a temporary file beside it, then a
    rename, so a full disk or a pulled USB stick leaves no half-written copy."""
    temp = target.with_name(f".{target.name[:100]}.{secrets.token_hex(4)}.part")
    created = False
    try:
        with open(temp, "xb") as file:
            created = True
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise


def _write_error_reason(error: OSError) -> str:
    """The owner's words for the common failures; the system's message otherwise."""
    if isinstance(error, IsADirectoryError):
        return translate("EvidenceViewer", "There is a folder with that name.")
    # On Windows a file kept open by another program gives the same error as a folder
    # one may not write to.
    denied = translate(
        "EvidenceViewer", "You may not write there, or the file is open in another program."
    )
    reasons = {
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.ENOENT: translate("EvidenceViewer", "The folder does not exist."),
        errno.ENOSPC: translate("EvidenceViewer", "The disk is full."),
        errno.EROFS: translate("EvidenceViewer", "The disk is read-only."),
    }
    return reasons.get(error.errno) or error.strerror or _error_text(error)


# -- CSV and text -------------------------------------------------------------------------


def parse_csv(text: str) -> list[list[str]]:
    """Rows as written, ragged or not; the delimiter is guessed from the content."""
    dialect: Any = csv.excel
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text[:65536], delimiters=CSV_DELIMITERS)
    if dialect is csv.excel:  # the sniffer gives up on exports with a preamble
        dialect = _dialect_for(_count_delimiter(text[:65536]))
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


def _count_delimiter(sample: str) -> str:
    """The delimiter that splits the most lines into the same number (> 1) of fields."""
    best, best_score = ",", (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = Counter(len(row) for row in reader if len(row) > 1)
        except csv.Error:
            continue
        if widths:
            width, lines = widths.most_common(1)[0]
            if (lines, width) > best_score:
                best, best_score = delimiter, (lines, width)
    return best


def _dialect_for(delimiter: str) -> type[csv.Dialect]:
    class Guessed(csv.excel):
        pass

    Guessed.delimiter = delimiter
    return Guessed


class RowsModel(QAbstractTableModel):
    """CSV rows as a read-only table; short rows show empty cells."""

    def __init__(self, rows: list[list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.width = max((len(row) for row in rows), default=0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "cp1252": "Windows-1252",
}


def encoding_label(codec: str) -> str:
    """A Python codec name as people know it (what a spreadsheet's import dialog shows)."""
    return ENCODING_LABELS.get(codec.lower(), codec.upper())


def cjk_font(fixed: bool = False) -> QFont:
    kind = QFontDatabase.SystemFont.FixedFont if fixed else QFontDatabase.SystemFont.GeneralFont
    font = QFontDatabase.systemFont(kind)
    font.setFamilies([font.family(), *(CJK_MONO_FAMILIES if fixed else []), *CJK_FAMILIES])
    return font


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


# -- the image view -----------------------------------------------------------------------


class _ImageView(QGraphicsView):
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


# -- the dialog ---------------------------------------------------------------------------


class EvidenceViewer(QDialog):
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
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._pending: set[int] = set()
        self._ticket = _Ticket()
        self._loading_hint = QTimer(self, singleShot=True, interval=LOADING_HINT_MS)
        self._loading_hint.timeout.connect(self._show_loading)

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
        self._build_actions()
        self._build_toolbar()
        self._build_page_navigation()
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _ImageView(self.scene)
        self.view.zoom_requested.connect(self._zoom_by)
        self.view.resized.connect(self._refit)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self._set_fit(True)

        _pool, results = _worker_pool()
        results.finished.connect(self._job_finished)
        results.failed.connect(self._job_failed)
        self._update_page_controls()
        self._update_zoom_controls()
        self._pages_known = self.kind not in MULTI_PAGE_KINDS
        self._resume()

    def _build_actions(self) -> None:
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
        self.previous_action = self._action(
            "previousPage",
            translate("EvidenceViewer", "Previous page"),
            ["PgUp"],
            self.previous_page,
        )
        self.next_action = self._action(
            "nextPage", translate("EvidenceViewer", "Next page"), ["PgDown"], self.next_page
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

    def _resume(self) -> None:
        """Ask the worker for whatever is missing: the page to show, then the page count
        (which checks every page, so the first picture should not wait for it)."""
        if self._shown != self._page:
            self._go_to(self._page)
        if not self._pages_known and _PAGE_COUNT not in self._pending:
            # The worker gets the bytes, never this dialog: it must not own a widget.
            self._run(_PAGE_COUNT, partial(_page_count, self.data, self.name))

    def _build_page_navigation(self) -> None:
        # In the footer, not the toolbar: a narrow window must not push it out of sight.
        self.page_nav = QWidget()
        row = QHBoxLayout(self.page_nav)
        row.setContentsMargins(0, 0, 0, 0)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageNumber")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for action in (self.previous_action, None, self.next_action):
            if action is None:
                row.addWidget(self.page_label)
                continue
            button = QToolButton()
            button.setObjectName(action.objectName() + "Button")
            button.setDefaultAction(action)  # follows the action's enabled state
            row.addWidget(button)
        self.footer.insertWidget(1, self.page_nav)
        self.footer.insertStretch(2, 1)  # centred between the status and the buttons

    def _build_text_view(self) -> None:
        from posassist.evidence import intake

        try:
            text, encoding = intake.decode_text(self.data)
        except Exception as error:  # stored long ago, or by a looser version: say so, go on
            log.warning("viewer: cannot decode %s: %s", self.name, _error_text(error))
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

    # -- what tests and callers can read ------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def rotation(self) -> int:
        """Degrees clockwise: 0, 90, 180 or 270."""
        return self._rotation

    @property
    def page(self) -> int:
        """The page on screen, counted from 0."""
        return self._page

    @property
    def page_count(self) -> int:
        return self._pages

    def is_page_shown(self) -> bool:
        """Whether the current page's picture is on screen (it is decoded in the background)."""
        return self._shown == self._page and self.stack.currentWidget() is self.view

    # -- zoom and rotation (the view only) -------------------------------------------------
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

    # -- pages ----------------------------------------------------------------------------
    def next_page(self) -> None:
        if self._page + 1 < self._pages:
            self._go_to(self._page + 1)

    def previous_page(self) -> None:
        if self._page > 0:
            self._go_to(self._page - 1)

    def _go_to(self, index: int) -> None:
        self._page = index
        self._update_page_controls()
        if index in self._cache:
            self._cache.move_to_end(index)
            self._display(index)
            return
        self._loading_hint.start()
        if index not in self._pending:
            self._run(index, partial(_page_image, self.data, self.kind, index))

    def _update_page_controls(self) -> None:
        paged = self._pages > 1
        self.page_nav.setVisible(paged)
        self.previous_action.setEnabled(paged and self._page > 0)
        self.next_action.setEnabled(paged and self._page + 1 < self._pages)
        self.page_label.setText(
            translate("EvidenceViewer", "Page %1 of %2")
            .replace("%1", str(self._page + 1))
            .replace("%2", str(self._pages))
        )

    def _display(self, index: int) -> None:
        self._loading_hint.stop()
        self.item.setPixmap(QPixmap.fromImage(self._cache[index]))
        self.scene.setSceneRect(self.item.boundingRect())
        self._shown = index
        self.stack.setCurrentWidget(self.view)
        if self._fit:
            self._refit()
        else:
            self._apply_transform()

    def _show_loading(self) -> None:
        if not self.is_page_shown():
            self._show_message(translate("EvidenceViewer", "Loading…"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # -- background work --------------------------------------------------------------------
    def _run(self, index: int, work: Callable[[], Any]) -> None:
        self._pending.add(index)
        pool, _results = _worker_pool()
        pool.start(_Job(self._ticket, index, work))

    def _job_finished(self, ticket: _Ticket, index: int, result: Any) -> None:
        if ticket is not self._ticket:
            return  # another viewer's, or work this one no longer wants
        self._pending.discard(index)
        if index == _PAGE_COUNT:
            self._pages = result
            self._pages_known = True
            self._update_page_controls()
            return
        self._cache[index] = result
        while len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)  # the least recently shown
        if index == self._page:
            self._display(index)

    def _job_failed(self, ticket: _Ticket, index: int, error: BaseException) -> None:
        if ticket is not self._ticket:
            return
        self._pending.discard(index)
        what = "the page count" if index == _PAGE_COUNT else f"page {index + 1}"
        log.warning("viewer: no %s of %s: %s", what, self.name, _error_text(error))
        if index == _PAGE_COUNT:
            self._pages_known = True  # one page, then: the first is still worth showing
            return
        if index == self._page:
            self._loading_hint.stop()
            self._show_message(self._failure_text(error))

    def _failure_text(self, error: BaseException) -> str:
        # A Refusal carries a code the owner can act on; anything else is a damaged file.
        reason = texts.refusal(getattr(error, "code", "corrupt"))
        if self._pages > 1:
            text = translate("EvidenceViewer", "This page cannot be shown: %1.")
        else:
            text = translate("EvidenceViewer", "This file cannot be shown: %1.")
        return text.replace("%1", reason)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until no page is being decoded (for tests and screenshots)."""
        pool, _results = _worker_pool()
        return pool.waitForDone(timeout_ms)

    # -- life cycle ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if hasattr(self, "view"):
            self._resume()  # shown again after closing: fetch what closing dropped

    def done(self, result: int) -> None:
        # Closed: stop its decoding and free its pictures; showing it again decodes anew.
        # (A caller that keeps closed viewers around then holds little more than the bytes.)
        self._ticket.cancelled = True
        self._ticket = _Ticket()
        self._pending.clear()
        self._cache.clear()
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
                .replace("%2", _write_error_reason(error)),
            )
            return None
        self.status.setText(
            translate("EvidenceViewer", "Copy saved: %1").replace("%1", str(target))
        )
        self.status.setToolTip(str(target))
        return target
