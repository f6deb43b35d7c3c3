"""What the statements GUI tests share: dropping files on a widget, a new case on its
money page, generated provider statements, and the finding cards shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import drag
from PySide6.QtCore import Qt
from statement_files import PANS


def drop(widget, paths: list[Path]) -> None:
    """Near the top of the statements area (its list fills the middle)."""
    drag.drop(widget, paths, y=10)


def drop_and_wait(qtbot, panel, paths: list[Path], timeout: int = 60_000) -> None:
    with qtbot.waitSignal(panel.finished, timeout=timeout):
        drop(panel, paths)


def money_page(gui, qtbot):
    window = gui.start()
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to("money")
    page = window.wizard.pages["money"]
    qtbot.waitUntil(lambda: page.session.statements.loaded and not page.session.statements.busy)
    return window, page


START = dt.date(2026, 10, 1)


def sales(days: int, start: dt.date = START, skew: dict[int, str] | None = None) -> list[tuple]:
    """A sale of ¥1,000.00 a day at 0.38%, each its own batch; `skew` sets a day's net."""
    rows = []
    for i in range(days):
        on = (start + dt.timedelta(days=i)).isoformat()
        net = (skew or {}).get(i, "996.20")
        rows.append((on, "1,000.00", "3.80", net, PANS[i % len(PANS)], f"{i:03d}", "消费"))
    return rows


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def cards(page, code: str | None = None) -> list:
    return [c for c in page.findings_panel.cards if code is None or c.finding.code == code]
