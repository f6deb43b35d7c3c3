"""Letters from the window: the review page's Letters… lists what a letter still needs
before anything is made, and makes it with the same use case as `posassist letter`."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from posassist.ui import dialogs
from posassist.usecases import letters as letter_use_cases


def _open_letters(window, qtbot):
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    qtbot.mouseClick(review.letters_button, Qt.MouseButton.LeftButton)
    dialog = review.letters_dialog
    assert dialog.isVisible()
    return dialog


def test_a_letter_from_the_sample_case_in_both_formats(gui, qtbot, tmp_path, monkeypatch):
    window = gui.start("zh_CN")
    window.open_sample_case()  # the sample case holds every fact the letters need
    dialog = _open_letters(window, qtbot)
    made = []
    real = letter_use_cases.make_letter

    def spy(*args, **kwargs):
        made.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(letter_use_cases, "make_letter", spy)
    dialog.kind.setCurrentIndex(dialog.kind.findData("close"))
    assert "一切" in dialog.missing.text() or not dialog._lacking, dialog.missing.text()
    assert dialog.make_button.isEnabled()
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"close.{fmt}"
        monkeypatch.setattr(dialogs, "choose_letter_path", lambda parent, s, f, out=out: out)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda out=out: dialog.result is not None and dialog.result.path == out,
                        timeout=60_000)  # fmt: skip
        assert out.is_file() and str(out) in dialog.status.text()
    assert made == ["close", "close"]
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "close.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "老王家常菜馆" in text and dialog.result.fingerprint[:16] in text.replace("\n", "")


def test_what_a_letter_lacks_is_listed_and_nothing_is_made(gui, qtbot, monkeypatch):
    window = gui.start()
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)  # an empty case
    dialog = _open_letters(window, qtbot)
    asked = []
    monkeypatch.setattr(dialogs, "choose_letter_path", lambda *a: asked.append(a))
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint-pbc"))
    assert dialog._lacking and "Still needed" in dialog.missing.text()
    assert "ID number" in dialog.missing.text()
    assert not dialog.make_button.isEnabled()
    dialog.make()
    assert asked == []  # not even asked where to save
    dialog.kind.setCurrentIndex(dialog.kind.findData("power-of-attorney"))
    assert dialog.id_number.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("close"))
    assert not dialog.id_number.isEnabled()
