"""The viewer's pages: which page is on screen, the few kept decoded, and asking the
decoding thread (viewer_decoding.py) for the others; the page count comes after the
first picture, as counting checks every page.

`PageLoading` is a part of EvidenceViewer (viewer.py), kept here so that each piece of
the dialog fits one screen of thought.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from posassist.domain.evidence import FileKind
from posassist.ui.viewer_decoding import (
    PAGE_COUNT,
    DecodeJob,
    Ticket,
    count_pages,
    decode_page,
    error_text,
    worker_pool,
)
from posassist.ui.viewer_zoom import ImageView

log = logging.getLogger("posassist.ui.viewer")  # the viewer's log, as before the split
translate = QCoreApplication.translate
CACHED_PAGES = 4  # decoded pages kept per viewer (a 4-megapixel page is about 12 MB)
LOADING_HINT_MS = 200  # show "Loading…" only when a page takes longer than this


class PageLoading:
    """Pages of a picture or PDF in an EvidenceViewer, decoded in the background."""

    # Made by the dialog (viewer.py):
    data: bytes
    kind: FileKind
    name: str
    footer: QHBoxLayout
    stack: QStackedWidget
    view: ImageView
    scene: QGraphicsScene
    item: QGraphicsPixmapItem
    _fit: bool
    _action: Callable[..., QAction]
    _refit: Callable[[], None]
    _apply_transform: Callable[[], None]
    _show_message: Callable[[str], None]
    _failure_text: Callable[[BaseException], str]
    _place_mark: Callable[[], None]

    _page: int
    _pages: int
    _pages_known: bool
    _shown: int | None  # the page whose picture is on screen

    def _start_pages(self) -> None:
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._pending: set[int] = set()
        self._ticket = Ticket()
        self._loading_hint = QTimer(self, singleShot=True, interval=LOADING_HINT_MS)
        self._loading_hint.timeout.connect(self._show_loading)

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

    def _resume(self) -> None:
        """Ask the worker for whatever is missing: the page to show, then the page count
        (which checks every page, so the first picture should not wait for it)."""
        if self._shown != self._page:
            self._go_to(self._page)
        if not self._pages_known and PAGE_COUNT not in self._pending:
            # The worker gets the bytes, never this dialog: it must not own a widget.
            self._run(PAGE_COUNT, partial(count_pages, self.data, self.name))

    def _build_page_navigation(self) -> None:
        self.previous_action = self._action(
            "previousPage",
            translate("EvidenceViewer", "Previous page"),
            ["PgUp"],
            self.previous_page,
        )
        self.next_action = self._action(
            "nextPage", translate("EvidenceViewer", "Next page"), ["PgDown"], self.next_page
        )

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
            self._run(index, partial(decode_page, self.data, self.kind, index))

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
        self._place_mark()
        self.stack.setCurrentWidget(self.view)
        if self._fit:
            self._refit()
        else:
            self._apply_transform()

    def _show_loading(self) -> None:
        if not self.is_page_shown():
            self._show_message(translate("EvidenceViewer", "Loading…"))

    # -- background work ----------------------------------------------------------------
    def _run(self, index: int, work: Callable[[], Any]) -> None:
        self._pending.add(index)
        pool, _results = worker_pool()
        pool.start(DecodeJob(self._ticket, index, work))

    def _job_finished(self, ticket: Ticket, index: int, result: Any) -> None:
        if ticket is not self._ticket:
            return  # another viewer's, or work this one no longer wants
        self._pending.discard(index)
        if index == PAGE_COUNT:
            self._pages = result
            self._pages_known = True
            self._update_page_controls()
            return
        self._cache[index] = result
        while len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)  # the least recently shown
        if index == self._page:
            self._display(index)

    def _job_failed(self, ticket: Ticket, index: int, error: BaseException) -> None:
        if ticket is not self._ticket:
            return
        self._pending.discard(index)
        what = "the page count" if index == PAGE_COUNT else f"page {index + 1}"
        log.warning("viewer: no %s of %s: %s", what, self.name, error_text(error))
        if index == PAGE_COUNT:
            self._pages_known = True  # one page, then: the first is still worth showing
            return
        if index == self._page:
            self._loading_hint.stop()
            self._show_message(self._failure_text(error))

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until no page is being decoded (for tests and screenshots)."""
        pool, _results = worker_pool()
        return pool.waitForDone(timeout_ms)

    def _drop_pages(self) -> None:
        """Closed: stop its decoding and free its pictures; showing it again decodes anew."""
        self._ticket.cancelled = True
        self._ticket = Ticket()
        self._pending.clear()
        self._cache.clear()
