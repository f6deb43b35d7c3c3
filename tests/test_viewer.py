"""Drive the real evidence viewer on real corpus files: zoom, rotate, pages, tables, text,
and "Save a copy…" writing exactly the stored bytes — or nothing at all."""

from __future__ import annotations

import errno
import hashlib
import os
import time
from pathlib import Path

import pytest
from corpus import corpus_file
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QToolButton

from posassist.domain.evidence import FileKind
from posassist.ui import dialogs
from posassist.ui.viewer import CACHED_PAGES, ZOOM_STEP, EvidenceViewer, parse_csv

RECEIPT = ("receipts", "mindee__receipt.jpg")  # 800 × 1066, portrait
TIFF = ("receipts", "textractor__multi_page_tiff.tiff")  # 2 pages, TIFF orientation 6
PDF = ("pdfs", "ocrmypdf__multipage.pdf")  # 6 pages
PDF_10 = ("pdfs", "mindee__invoice_10p.pdf")
WECHAT = ("statements", "deg__example-wechat-records.csv")  # UTF-8, preamble, 11 columns
ALIPAY = ("statements", "deg__example-alipay-records.csv")  # GBK, ragged preamble


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def open_viewer(qtbot, parts: tuple[str, str], kind: FileKind) -> EvidenceViewer:
    path = corpus_file(*parts)
    viewer = EvidenceViewer(path.read_bytes(), kind, path.name, "E1 · test")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    if viewer.kind is FileKind.PDF or viewer.kind.is_image:
        wait_for_page(qtbot, viewer)
    return viewer


def wait_for_page(qtbot, viewer: EvidenceViewer) -> None:
    qtbot.waitUntil(viewer.is_page_shown, timeout=15000)


def click(qtbot, viewer: EvidenceViewer, name: str) -> None:
    button = viewer.findChild(QToolButton, name + "Button")
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_rect(viewer: EvidenceViewer) -> QRect:
    """Where the picture is drawn, in viewport pixels."""
    return viewer.view.mapFromScene(viewer.item.sceneBoundingRect()).boundingRect()


def fits(viewer: EvidenceViewer) -> bool:
    return viewer.view.viewport().rect().contains(shown_rect(viewer))


def activate(qtbot, viewer: EvidenceViewer) -> None:
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)


# -- images: fit, zoom, rotate ------------------------------------------------------------


def test_a_receipt_opens_fitted_and_zooms_with_buttons_keys_and_wheel(qtbot):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    screen = viewer.screen().availableGeometry()  # offscreen: 800 × 600
    assert viewer.width() == min(900, int(screen.width() * 0.9))
    assert viewer.height() == min(700, int(screen.height() * 0.9))
    assert viewer.item.pixmap().size().toTuple() == (800, 1066)
    fitted = viewer.zoom
    assert 0.3 < fitted < 1 and fits(viewer)
    assert viewer.zoom_label.text() == f"{round(fitted * 100)}%"
    assert not viewer.findChild(QToolButton, "nextPageButton").isVisible()  # one page

    click(qtbot, viewer, "zoomIn")
    assert viewer.zoom == pytest.approx(fitted * ZOOM_STEP)
    assert viewer.view.transform().m11() == pytest.approx(fitted * ZOOM_STEP)
    click(qtbot, viewer, "zoomOut")
    click(qtbot, viewer, "zoomOut")
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)
    click(qtbot, viewer, "actualSize")
    assert viewer.zoom == 1.0 and viewer.zoom_label.text() == "100%"
    assert shown_rect(viewer).height() >= 1066 and not fits(viewer)
    click(qtbot, viewer, "fitToWindow")
    assert viewer.zoom == pytest.approx(fitted) and fits(viewer)

    activate(qtbot, viewer)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(viewer.view, Qt.Key.Key_Equal, ctrl)
    assert viewer.zoom == pytest.approx(fitted * ZOOM_STEP)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, ctrl)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, ctrl)
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)
    qtbot.keyClick(viewer.view, Qt.Key.Key_0, ctrl)
    assert viewer.zoom == pytest.approx(fitted)

    wheel(viewer, 120, ctrl)
    assert viewer.zoom == pytest.approx(fitted * ZOOM_STEP)
    wheel(viewer, -240, ctrl)
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)
    wheel(viewer, -120, Qt.KeyboardModifier.NoModifier)  # plain wheel scrolls, never zooms
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)


def wheel(viewer: EvidenceViewer, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = viewer.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_rotating_turns_the_view_and_never_the_stored_bytes(qtbot):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    original = sha256(viewer.data)
    upright = shown_rect(viewer)
    assert upright.height() > upright.width()  # a portrait receipt

    click(qtbot, viewer, "rotateRight")
    assert viewer.rotation == 90
    sideways = shown_rect(viewer)
    assert sideways.width() > sideways.height() and fits(viewer)
    # Turned by a quarter, refitted: the long side now lies across.
    assert viewer.view.transform().m12() > 0
    click(qtbot, viewer, "rotateLeft")
    click(qtbot, viewer, "rotateLeft")
    assert viewer.rotation == 270
    assert shown_rect(viewer).width() > shown_rect(viewer).height()
    activate(qtbot, viewer)
    qtbot.keyClick(viewer.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert viewer.rotation == 0
    assert shown_rect(viewer).height() > shown_rect(viewer).width()

    assert viewer.item.pixmap().size().toTuple() == (800, 1066)  # the picture itself
    assert sha256(viewer.data) == original


def test_a_zoomed_view_keeps_its_zoom_when_rotated(qtbot):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    click(qtbot, viewer, "actualSize")
    click(qtbot, viewer, "rotateRight")
    assert viewer.zoom == 1.0 and viewer.rotation == 90
    rect = shown_rect(viewer)
    assert (rect.width(), rect.height()) == pytest.approx((1066, 800), abs=2)


# -- pages --------------------------------------------------------------------------------


def test_a_multi_page_tiff_pages_with_buttons_and_keys(qtbot):
    viewer = open_viewer(qtbot, TIFF, FileKind.TIFF)
    qtbot.waitUntil(lambda: viewer.page_count == 2)
    assert viewer.page_label.text() == "Page 1 of 2"
    assert viewer.page_label.isVisible()
    assert not viewer.findChild(QToolButton, "previousPageButton").isEnabled()
    # Right side up: a portrait form, then a landscape page (see SOURCES.md, tag 6).
    assert viewer.item.pixmap().size().toTuple() == (1000, 1333)
    assert viewer.rotation == 0

    click(qtbot, viewer, "nextPage")
    assert viewer.page_label.text() == "Page 2 of 2"
    wait_for_page(qtbot, viewer)
    assert viewer.page == 1 and fits(viewer)
    assert viewer.item.pixmap().size().toTuple() == (1362, 1038)
    assert not viewer.findChild(QToolButton, "nextPageButton").isEnabled()

    activate(qtbot, viewer)
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageUp)
    assert viewer.page_label.text() == "Page 1 of 2"
    wait_for_page(qtbot, viewer)
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert viewer.page == 1


def test_a_pdf_renders_only_the_pages_shown(qtbot):
    viewer = open_viewer(qtbot, PDF, FileKind.PDF)
    qtbot.waitUntil(lambda: viewer.page_count == 6)
    assert viewer.page_label.text() == "Page 1 of 6"
    assert list(viewer._cache) == [0]  # lazily: nothing but the page on screen
    width, height = viewer.item.pixmap().size().toTuple()
    assert height > width and width * height <= 4_000_000
    assert fits(viewer)

    click(qtbot, viewer, "rotateRight")
    for number in range(2, 7):
        click(qtbot, viewer, "nextPage")
        assert viewer.page_label.text() == f"Page {number} of 6"
        wait_for_page(qtbot, viewer)
        assert viewer.rotation == 90 and fits(viewer)  # rotation and fit carry over
    assert len(viewer._cache) <= CACHED_PAGES
    assert not viewer.findChild(QToolButton, "nextPageButton").isEnabled()
    click(qtbot, viewer, "previousPage")
    assert viewer.page == 4 and viewer.is_page_shown()  # cached: shown at once


def test_paging_through_a_10_page_pdf_keeps_the_window_responsive(qtbot):
    viewer = open_viewer(qtbot, PDF_10, FileKind.PDF)
    qtbot.waitUntil(lambda: viewer.page_count == 10)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(9):
        click(qtbot, viewer, "nextPage")
        wait_for_page(qtbot, viewer)
    timer.stop()
    assert viewer.page_label.text() == "Page 10 of 10"
    stalls = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(stalls) < 0.15, f"the event loop stalled for {max(stalls) * 1000:.0f} ms"


def test_a_page_that_cannot_be_decoded_shows_a_message(qtbot):
    viewer = EvidenceViewer(b"%PDF-1.4 not really a pdf", FileKind.PDF, "x.pdf", "E9")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.stack.currentWidget() is viewer.view  # not a message before there is one
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.message, timeout=15000)
    assert viewer.message.text().startswith("This file cannot be shown: the ")
    assert not viewer.is_page_shown()


def test_closing_frees_the_pictures_and_showing_again_brings_them_back(qtbot):
    viewer = open_viewer(qtbot, PDF, FileKind.PDF)
    qtbot.waitUntil(lambda: viewer.page_count == 6)
    click(qtbot, viewer, "nextPage")
    viewer.close()  # possibly while page 2 is still being decoded
    assert viewer.wait_idle()
    assert not viewer._cache and viewer.item.pixmap().isNull()
    viewer.show()
    wait_for_page(qtbot, viewer)
    assert viewer.page == 1 and viewer.page_label.text() == "Page 2 of 6"


# -- statements and text ------------------------------------------------------------------


def test_a_wechat_statement_is_shown_as_a_table(qtbot):
    viewer = open_viewer(qtbot, WECHAT, FileKind.CSV)
    table = viewer.findChild(QTableView, "evidenceTable")
    assert table is not None and table.isVisible()
    model = table.model()
    assert model.columnCount() == 11
    assert model.index(0, 0).data() == "微信支付账单明细"
    header = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "交易时间")
    assert model.index(header, 1).data() == "交易类型"
    assert "UTF-8" in viewer.status.text().upper().replace("_", "-")
    assert not viewer.toolbar.isVisible()  # nothing to zoom or rotate


def test_a_gbk_alipay_export_with_a_ragged_preamble_is_readable(qtbot):
    viewer = open_viewer(qtbot, ALIPAY, FileKind.CSV)
    model = viewer.findChild(QTableView, "evidenceTable").model()
    cells = {
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    assert any("支付宝" in cell for cell in cells)
    assert model.columnCount() > 5  # the transactions, split on their commas
    assert model.index(0, 5).data() == ""  # a short preamble line pads with empty cells
    assert "GB" in viewer.status.text().upper()


def test_parse_csv_guesses_the_delimiter_behind_a_preamble():
    text = "Export of account 123\nPeriod: May\n\nDate;Amount;Note\n1.5.;3,50;a\n2.5.;4,00;b\n"
    rows = parse_csv(text)
    assert rows[3] == ["Date", "Amount", "Note"] and rows[4] == ["1.5.", "3,50", "a"]
    assert parse_csv("a,b\n1,2,3\n4\n") == [["a", "b"], ["1", "2", "3"], ["4"]]


def test_plain_text_is_read_only_and_can_show_chinese(qtbot):
    data = "收款记录 2026-11-25\n客服电话：95xxx，受理单号 A123\n".encode()
    viewer = EvidenceViewer(data, FileKind.TEXT, "notes.txt", "E2")
    qtbot.addWidget(viewer)
    viewer.show()
    text = viewer.findChild(QPlainTextEdit, "evidenceText")
    assert text.isReadOnly() and text.isVisible()
    assert text.toPlainText() == data.decode()
    families = text.font().families()
    assert any("CJK" in f or "YaHei" in f or "PingFang" in f for f in families)


def test_bytes_that_are_not_text_show_a_message_instead_of_failing(qtbot):
    viewer = EvidenceViewer(bytes(range(256)) * 4, FileKind.TEXT, "odd.txt", "E3")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.stack.currentWidget() is viewer.message
    assert viewer.message.text().startswith("This file cannot be shown: ")


# -- saving a copy ------------------------------------------------------------------------


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: shown.append((title, text))
    )
    return shown


def save_to(qtbot, monkeypatch, viewer: EvidenceViewer, target: Path | None) -> list[str]:
    asked: list[str] = []

    def choose(parent, suggested_name):
        asked.append(suggested_name)
        return target

    monkeypatch.setattr(dialogs, "choose_save_path", choose)
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    return asked


def test_save_a_copy_writes_the_original_bytes(qtbot, monkeypatch, tmp_path, errors):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    original = corpus_file(*RECEIPT).read_bytes()
    click(qtbot, viewer, "rotateRight")  # what is on screen does not matter
    click(qtbot, viewer, "zoomIn")
    target = tmp_path / "收据副本.jpg"
    target.write_bytes(b"an older file of that name")
    asked = save_to(qtbot, monkeypatch, viewer, target)
    assert asked == ["mindee__receipt.jpg"]
    assert sha256(target.read_bytes()) == sha256(original)
    assert os.listdir(tmp_path) == [target.name]  # no temporary file left behind
    assert str(target) in viewer.status.text()
    assert not errors


def test_save_a_copy_of_a_pdf_and_a_statement_is_byte_for_byte(qtbot, monkeypatch, tmp_path):
    for parts, kind in ((PDF, FileKind.PDF), (ALIPAY, FileKind.CSV)):
        viewer = open_viewer(qtbot, parts, kind)
        target = tmp_path / parts[1]
        save_to(qtbot, monkeypatch, viewer, target)
        assert sha256(target.read_bytes()) == sha256(corpus_file(*parts).read_bytes())


def test_cancelling_save_a_copy_writes_nothing(qtbot, monkeypatch, tmp_path, errors):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    save_to(qtbot, monkeypatch, viewer, None)
    assert os.listdir(tmp_path) == []
    assert not errors and viewer.status.text() == ""


def test_a_folder_that_is_gone_is_named_in_the_error(qtbot, monkeypatch, tmp_path, errors):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    target = tmp_path / "gone" / "copy.jpg"
    save_to(qtbot, monkeypatch, viewer, target)
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "The copy was not saved"
    assert str(target) in text and "The folder does not exist." in text
    assert os.listdir(tmp_path) == []


def test_a_failed_write_leaves_no_partial_file(qtbot, monkeypatch, tmp_path, errors):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # after the bytes went into the temp file
    target = tmp_path / "copy.jpg"
    save_to(qtbot, monkeypatch, viewer, target)
    assert os.listdir(tmp_path) == []
    assert len(errors) == 1 and "The disk is full." in errors[0][1]
    assert str(target) in errors[0][1]


def test_a_folder_in_the_way_is_refused_and_the_temp_file_removed(
    qtbot, monkeypatch, tmp_path, errors
):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    target = tmp_path / "copy.jpg"
    target.mkdir()
    save_to(qtbot, monkeypatch, viewer, target)
    assert os.listdir(tmp_path) == ["copy.jpg"] and target.is_dir()
    assert len(errors) == 1 and "There is a folder with that name." in errors[0][1]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(qtbot, monkeypatch, tmp_path, errors):
    viewer = open_viewer(qtbot, RECEIPT, FileKind.JPEG)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        save_to(qtbot, monkeypatch, viewer, folder / "copy.jpg")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)
    assert len(errors) == 1 and "You may not write there" in errors[0][1]
