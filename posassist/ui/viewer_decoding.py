"""Decoding the viewer's pages in the background: one thread for every viewer (PDFium may
not be called from two threads at once), one page at a time, each result tagged with
the ticket of the viewer that asked, so a closed viewer's late work is dropped."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from posassist.domain.evidence import FileKind

MULTI_PAGE_KINDS = (FileKind.PDF, FileKind.TIFF, FileKind.HEIF)
PAGE_COUNT = -1  # the job index that asks for the number of pages, not for a page


class Results(QObject):
    """Lives in the GUI thread for the whole run, so a worker can always emit on it."""

    finished = Signal(object, int, object)  # ticket, page index (or PAGE_COUNT), result
    failed = Signal(object, int, object)  # ticket, page index, the exception


class Ticket:
    """One viewer's claim on results: cancelling it drops its queued and late work."""

    cancelled = False


_results: Results | None = None
_pool: QThreadPool | None = None


def worker_pool() -> tuple[QThreadPool, Results]:
    # One thread for all viewers: PDFium may not be called from two threads at once.
    global _results, _pool
    if _pool is None:
        _results = Results()
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool, _results


class DecodeJob(QRunnable):
    def __init__(self, ticket: Ticket, index: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.ticket = ticket
        self.index = index
        self.work = work

    def run(self) -> None:
        if self.ticket.cancelled:
            return
        _pool, results = worker_pool()
        try:
            result = self.work()
        except Exception as error:  # any decoder error becomes a message, never a crash
            results.failed.emit(self.ticket, self.index, error)
        else:
            results.finished.emit(self.ticket, self.index, result)


def error_text(error: BaseException) -> str:
    return str(error) or type(error).__name__


def count_pages(data: bytes, name: str) -> int:
    from posassist.evidence import intake

    # Already stored, so the size limit (which settings may have raised since) is moot.
    return max(intake.inspect(data, name, max_bytes=len(data)).pages, 1)


def decode_page(data: bytes, kind: FileKind, index: int) -> QImage:
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
