"""Typing like a person: ASCII as key presses, Chinese as the text an input method sends.

QTest can only press keys that exist on a keyboard (it aborts on other characters).
Chinese reaches a widget as committed text; the tests send it as a key event that
carries the text. (QInputMethodEvent.setCommitString corrupts reference counts in
PySide6 6.12 and aborts the interpreter, so it is not used.)
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, chunk)
            )
