"""What a new user meets first (issue 13): the start page, the new-case dialog, the side
list of steps and the review's open points, driven as real widgets."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from typing_support import type_text

from posassist.domain import catalogue
from posassist.domain.completeness import Code, case_problems
from posassist.ui import dialogs
from posassist.ui.main_window import DEFAULT_SIZE, MINIMUM_SIZE
from posassist.ui.new_case import NewCaseDialog
from posassist.ui.open_points import point_text
from posassist.ui.start_page import COLUMN_WIDTH
from posassist.ui.step_list import TEXT_FLAGS, text_rect
from posassist.usecases.demo import add_demo_case

# Taken before the gui fixture replaces it for the other tests.
REAL_ASK_CASE_BASICS = dialogs.ask_case_basics


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def case_rows(repo) -> int:
    return repo.db.execute("SELECT count(*) FROM cases").fetchone()[0]


def in_the_dialog(qtbot, act):
    """Run `act(dialog)` inside the real, modal new-case dialog once it is shown.

    The dialog is always closed afterwards, so a failing step cannot leave the test
    waiting in the dialog's event loop; what `act` raised is raised again by `result`.
    """
    seen: dict = {}

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        try:
            assert isinstance(dialog, NewCaseDialog), dialog
            act(dialog)
        except BaseException as error:  # reported by the test, not lost in Qt
            seen["error"] = error
        finally:
            if isinstance(dialog, NewCaseDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)

    def result():
        if "error" in seen:
            raise seen["error"]
        return seen.get("dialog")

    return result


@pytest.fixture
def real_dialog(monkeypatch):
    monkeypatch.setattr(dialogs, "ask_case_basics", REAL_ASK_CASE_BASICS)


# -- the first screen ---------------------------------------------------------------
FIRST_SCREEN = {
    "en": (
        "Stop your POS terminal, step by step",
        "Start with my first terminal",
        "Open the sample case",
        "It will ask you for",
    ),
    "zh_CN": ("一步步停用您的POS机", "开始停用第一台POS机", "打开示例事项", "需要您提供"),
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_first_screen_without_cases(gui, qtbot, language):
    window = gui.start(language)
    cases = window.case_list
    start = cases.start
    assert cases.is_first_run() and start.isVisible()
    assert not cases.table.isVisible() and not cases.list_new_button.isVisible()
    title, start_text, sample_text, caption = FIRST_SCREEN[language]
    assert start.title.text() == title
    assert start.start_button.text() == start_text and start.start_button.isVisible()
    assert start.sample_button.text() == sample_text and start.sample_button.isVisible()
    assert caption in [label.text() for label in start.findChildren(QLabel)]
    assert start.lead.isVisible() and len(start.lead.text()) > 40
    assert len(start.asks) == 4 and all(label.isVisible() for label in start.asks)
    assert cases.new_button is start.start_button
    qtbot.waitUntil(start.start_button.hasFocus)
    # A heading is one weight: Qt fakes bold for the Chinese font only from 700 (Bold);
    # at 600 the Latin letters were bold and the Chinese around them were not.
    assert start.title.font().weight() >= QFont.Weight.Bold

    # One centred column of comfortable width, its parts close together.
    column = start.findChild(QWidget, "startColumn")
    body = start.widget()
    frame = column.geometry()
    assert frame.width() <= COLUMN_WIDTH
    assert abs(frame.center().x() - body.width() / 2) <= 2
    parts = sorted(
        (w for w in column.findChildren(QWidget) if w.parent() is column and w.isVisible()),
        key=lambda w: w.y(),
    )
    gaps = [b.y() - (a.y() + a.height()) for a, b in zip(parts, parts[1:], strict=False)]
    assert len(parts) >= 6 and max(gaps) <= 32, gaps
    # Above and below the column the page is empty, more of it below than above.
    assert 0 < frame.top() <= body.height() - frame.bottom()
    # At the minimum size, nothing of the column is cut or scrolled away.
    window.resize(*MINIMUM_SIZE)
    qtbot.waitUntil(lambda: window.size() == QSize(*MINIMUM_SIZE))
    assert start.verticalScrollBar().maximum() == 0
    assert start.start_button.visibleRegion().boundingRect().size() == start.start_button.size()


def ink(font: QFont, text: str) -> int:
    """How many pixels `text` darkens, drawn black on white in `font`."""
    image = QImage(600, 120, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 90, text)
    painter.end()
    data = image.constBits().tobytes()
    line = image.bytesPerLine()
    return sum(1 for y in range(image.height()) for v in data[y * line : y * line + 600] if v < 128)


def test_headings_are_bold_in_chinese_as_in_latin(gui, qtbot):
    """ "您的POS机": at weight 600 the Latin letters came out bold, the Chinese not."""
    window = gui.start("zh_CN")
    headings = [window.case_list.start.title]
    gui.repo.create({"shop_name": "A", "provider": "B"})
    window.case_list.reload()
    heading = window.case_list.list_page.findChild(QLabel, "pageTitle")
    qtbot.waitUntil(heading.isVisible)
    assert heading.text() == "您的POS机"
    headings.append(heading)
    for label in headings:
        font = label.font()
        regular = QFont(font)
        regular.setWeight(QFont.Weight.Normal)
        for text in ("您的", "POS"):
            assert ink(font, text) > 1.12 * ink(regular, text), (label.text(), text)


def shown_texts(widget: QWidget) -> list[str]:
    found = [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]
    found += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    found += [w.placeholderText() for w in widget.findChildren(QLineEdit) if w.isVisible()]
    found += [w.placeholderText() for w in widget.findChildren(QComboBox) if w.isVisible()]
    return found


def test_the_chinese_first_screen_and_new_case_dialog_show_no_english(gui, qtbot):
    window = gui.start("zh_CN")
    dialog = NewCaseDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.ok_button)  # the messages too
    assert dialog.messages["reason"].isVisible()
    texts = shown_texts(window.case_list.start) + shown_texts(dialog) + [dialog.windowTitle()]
    english = [t for t in texts if not re.search(r"[\u4e00-\u9fff]", t) and not t.isdigit()]
    assert english == []
    assert len(texts) > 20


def test_start_opens_the_new_case_dialog_and_cancel_stores_nothing(gui, qtbot, real_dialog):
    window = gui.start()
    shown = in_the_dialog(qtbot, lambda d: click(qtbot, d.cancel_button))
    click(qtbot, window.case_list.new_button)
    dialog = shown()
    assert isinstance(dialog, NewCaseDialog)
    assert dialog.windowTitle() == "New case"
    assert case_rows(gui.repo) == 0, "Cancel stores nothing"
    assert window.wizard is None and window.case_list.is_first_run()


def test_new_case_is_stored_only_when_confirmed_with_its_basics(gui, qtbot, real_dialog):
    window = gui.start()
    rows_while_open: list[int] = []

    def fill(dialog: NewCaseDialog) -> None:
        # Create with nothing filled in: every basic says what it needs; nothing stored.
        click(qtbot, dialog.ok_button)
        assert dialog.isVisible()
        for key, message in dialog.messages.items():
            assert message.isVisible() and message.text(), key
        assert "shop" in dialog.messages["shop_name"].text()
        rows_while_open.append(case_rows(gui.repo))
        type_text(qtbot, dialog.edits["shop_name"], "阿芳水果店")
        assert not dialog.messages["shop_name"].isVisible()
        # A card number typed by mistake is shortened before anything is stored.
        type_text(qtbot, dialog.edits["provider"], "某支付 4111 1111 1111 1111")
        for key, value in (("terminal_type", "mobile"), ("reason", "switching")):
            combo = dialog.choices[key]
            assert combo.currentIndex() == -1, "steps depend on it: chosen on purpose"
            combo.setCurrentIndex(combo.findData(value))
        click(qtbot, dialog.ok_button)
        rows_while_open.append(case_rows(gui.repo))

    shown = in_the_dialog(qtbot, fill)
    click(qtbot, window.case_list.new_button)
    shown()
    assert rows_while_open == [0, 0]
    assert gui.repo.ids() == [1]
    case = gui.repo.load(1)
    assert case.shop_name == "阿芳水果店"
    assert case.provider == "某支付 411111******1111"
    assert case.profile.terminal_type.value == "mobile"
    assert case.profile.reason.value == "switching"
    wizard = window.wizard
    assert wizard is not None and wizard.session.case_id == 1
    assert wizard.current_stage == "terminal"
    terminal = wizard.pages["terminal"]
    assert terminal.editors["shop_name"].edit.text() == "阿芳水果店"
    assert terminal.editors["terminal_type"].edit.currentData() == "mobile"
    assert [e.event.value for e in gui.repo.history(1)] == ["case_created"]


def test_the_sample_case_opens_and_then_the_list_shows(gui, qtbot):
    window = gui.start()
    click(qtbot, window.case_list.start.sample_button)
    wizard = window.wizard
    assert wizard is not None
    assert wizard.session.case.shop_name == "老王家常菜馆"
    click(qtbot, wizard.back_to_list)
    cases = window.case_list
    assert not cases.is_first_run() and cases.table.isVisible()
    assert cases.model.rowCount() == 1
    assert cases.new_button is cases.list_new_button and cases.list_new_button.isVisible()


def test_all_cases_archived_keeps_the_list(gui, qtbot):
    window = gui.start()
    case_id = gui.repo.create({"shop_name": "A", "provider": "B"})
    cases = window.case_list
    cases.reload()
    click(qtbot, cases.archive_button)
    assert gui.repo.load(case_id).status.value == "archived"
    assert not cases.is_first_run(), "an archived case stays reachable"
    assert cases.empty.isVisible() and cases.show_archived.isVisible()
    cases.show_archived.setChecked(True)
    assert cases.model.rowCount() == 1


# -- the side list of steps ---------------------------------------------------------
def open_a_case(gui, language: str):
    window = gui.start(language)
    case_id = gui.repo.create({"shop_name": "小店", "provider": "某支付"})
    window.case_list.reload()
    window.open_case(case_id)
    return window, window.wizard


def test_the_side_list_cannot_be_edited(gui, qtbot):
    window, wizard = open_a_case(gui, "zh_CN")
    side = wizard.side
    before = [side.item(row).text() for row in range(side.count())]
    assert side.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for row in range(side.count()):
        assert not side.item(row).flags() & Qt.ItemFlag.ItemIsEditable
    wizard.go_to("review")
    side.setFocus()
    qtbot.waitUntil(side.hasFocus)
    qtbot.keyClick(side, Qt.Key.Key_F2)
    assert side.state() is not QAbstractItemView.State.EditingState
    qtbot.keyClicks(side, "abc")
    rect = side.visualItemRect(side.currentItem())
    qtbot.mouseDClick(side.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    side.editItem(side.currentItem())
    assert side.state() is not QAbstractItemView.State.EditingState
    assert side.findChildren(QLineEdit) == []
    assert [side.item(row).text() for row in range(side.count())] == before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [DEFAULT_SIZE, MINIMUM_SIZE], ids=["default", "minimum"])
def test_every_step_name_is_shown_whole(gui, qtbot, language, size):
    window, wizard = open_a_case(gui, language)
    # Not-needed steps are drawn in italics (a little wider): make some not needed.
    wizard.pages["terminal"].editors["reason"].edit.setCurrentIndex(
        wizard.pages["terminal"].editors["reason"].edit.findData("fault")
    )
    assert window.minimumSize() == QSize(*MINIMUM_SIZE)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    side = wizard.side
    viewport = side.viewport().rect()
    qtbot.waitUntil(lambda: side.visualItemRect(side.item(0)).width() > 0)
    assert side.verticalScrollBar().maximum() == 0, "every step visible without scrolling"
    for row in range(side.count()):
        item = side.item(row)
        rect = side.visualItemRect(item)
        assert viewport.contains(rect), (item.text(), rect, viewport)
        area = text_rect(rect)
        font = item.font() if item.data(Qt.ItemDataRole.FontRole) is not None else side.font()
        needed = QFontMetrics(font).boundingRect(
            QRect(0, 0, area.width(), 1 << 20), TEXT_FLAGS, item.text()
        )
        assert needed.width() <= area.width(), (item.text(), needed, area)
        assert needed.height() <= area.height(), (item.text(), needed, area)
    eighth = side.item(catalogue.STAGE_KEYS.index("close")).text()
    assert eighth.startswith("8. ") and "…" not in eighth


# -- the review page ----------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_review_has_one_scroll_bar_and_tells_required_from_suggested(gui, qtbot, language):
    window = gui.start(language)
    case_id = add_demo_case(gui.repo)
    window.case_list.reload()
    window.open_case(case_id)
    wizard = window.wizard
    wizard.go_to("review")
    review = wizard.pages["review"]
    qtbot.waitUntil(lambda: review.points.steps is not None)
    # One scroll bar: nothing inside the page scrolls on its own, and the page does.
    inner = [w for w in review.widget().findChildren(QAbstractScrollArea) if w.isVisibleTo(review)]
    assert inner == []
    qtbot.waitUntil(lambda: review.verticalScrollBar().maximum() > 0)

    case = wizard.session.case
    problems = case_problems(case)
    required = [
        label.text() for label in review.findChildren(QLabel, "requiredPoint") if label.isVisible()
    ]
    suggested = [
        label.text() for label in review.findChildren(QLabel, "suggestedPoint") if label.isVisible()
    ]
    for problem in problems:
        line = f"•  {point_text(problem)}"
        if problem.code in (Code.EVIDENCE_MISSING, Code.WRONG_LENGTH):
            assert line in suggested, line
        else:
            assert line in required, line
    assert len(required) + len(suggested) == len(problems)
    # The summary counts the lines shown; together they are the points still open.
    numbers = re.findall(r"\d+", review.points.summary.text())
    assert numbers == [str(len(required)), str(len(suggested))]
    assert re.findall(r"\d+", review.case_state.text()) == [str(len(problems))]
    # A step marked done lists missing proof as a suggestion, never as required.
    backup = review.findChild(QWidget, "reviewStep_backup")
    assert "backup" in case.stage_done
    assert backup.findChildren(QLabel, "requiredPoint") == []
    assert backup.findChildren(QLabel, "suggestedPoint")
    money = review.findChild(QWidget, "reviewStep_money")
    assert money.findChildren(QLabel, "requiredPoint")
    # Each step can be reached from its line.
    review.ensureWidgetVisible(review.points.go_buttons["money"])
    click(qtbot, review.points.go_buttons["money"])
    assert wizard.current_stage == "money"
