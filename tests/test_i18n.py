"""Every string has its zh_CN translation, and the Chinese window shows no English."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "posassist_zh_CN.ts"


def qt_tool(name: str) -> str:
    """tools/qt_tools.qt_tool, loaded by path: the source tree is not on sys.path, so
    that the tests import the installed posassist."""
    spec = importlib.util.spec_from_file_location("qt_tools", ROOT / "tools" / "qt_tools.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.qt_tool(name)


def messages(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "".join(n.text or "" for n in translation)
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                text = ""
            found[(name, message.findtext("source"))] = text
    return found


def test_every_message_is_translated_with_its_placeholders():
    found = messages(TS)
    assert len(found) > 250
    for (context, source), text in found.items():
        assert text.strip(), f"{context}: {source!r} has no translation"
        for placeholder in re.findall(r"%\d", source):
            assert placeholder in text, f"{context}: {source!r} lost {placeholder}"


def test_the_catalogue_covers_every_string_in_the_code(tmp_path: Path):
    lupdate = qt_tool("lupdate")  # this interpreter's, never one found on PATH
    sources = sorted(str(p) for p in (ROOT / "posassist").rglob("*.py") if "_data" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:10]}"


def visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget) and child.text():
            texts.append(child.text())
    texts += [g.title() for g in widget.findChildren(QGroupBox) if g.isVisibleTo(widget)]
    return texts


def test_the_chinese_window_shows_no_english(gui, qtbot):
    from posassist.usecases.demo import add_demo_case

    english = {source for (_c, source), text in messages(TS).items() if text != source}
    window = gui.start("zh_CN")
    add_demo_case(gui.repo)
    window.case_list.reload()
    window.open_case(1)
    wizard = window.wizard
    seen = visible_texts(window.menuBar()) + [a.text() for a in window.menuBar().actions()]
    for stage, page in wizard.pages.items():
        wizard.go_to(stage)
        seen += visible_texts(page)
    seen += visible_texts(wizard)
    leftovers = [t for t in seen if t in english or re.fullmatch(r"[A-Za-z ,.'()*-]{12,}", t)]
    assert not leftovers, leftovers
    assert window.windowTitle().startswith("POS Assist")
    assert "停用" in window.windowTitle()


def test_switching_language_keeps_the_open_case_and_page(gui, qtbot):
    window = gui.start("en")
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to("money")
    case_id = window.wizard.session.case_id
    window.findChild(QAction, "language_zh_CN").trigger()
    assert window.wizard.session.case_id == case_id
    assert window.wizard.current_stage == "money"
    assert window.wizard.pages["money"].findChild(QLabel, "pageTitle").text() == "结算款项"
    assert gui.repo.db.execute("SELECT value FROM settings WHERE key='language'").fetchone() == (
        "zh_CN",
    )
