"""The window and the command line do the same work through the same use cases: export,
attach and verify each reach one function of posassist.usecases, whichever front end
asks (each test drives both and sees both calls arrive at that function)."""

from __future__ import annotations

import os

import pytest
from corpus import corpus_file
from PySide6.QtCore import Qt

from posassist.usecases import evidence as evidence_use_cases
from posassist.usecases import export as export_use_cases


@pytest.fixture
def calls(monkeypatch):
    """Every call of the three use cases, by name, with the real work still done."""
    seen: list[str] = []

    def spy(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            seen.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    spy(export_use_cases, "export_case")
    spy(export_use_cases, "verify_dossier")
    spy(evidence_use_cases, "attach")
    return seen


def _cli(*args: str) -> int:
    from posassist.cli import main

    return main([*args, "--lang", "en"])


def _window_with_a_case(gui, qtbot):
    window = gui.start()
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    return window


def test_attach_from_the_window_and_the_command_line(gui, qtbot, calls, monkeypatch):
    from test_evidence_gui import drop_and_wait

    from posassist.ui import dialogs

    monkeypatch.setattr(dialogs, "show_import_report", lambda parent, lines, refused: None)
    window = _window_with_a_case(gui, qtbot)
    window.wizard.go_to("money")
    panel = window.wizard.pages["money"].evidence_panel
    outcomes = drop_and_wait(qtbot, panel, [corpus_file("receipts", "mindee__receipt.jpg")])
    assert [o.outcome for o in outcomes] == ["stored"]
    assert calls == ["attach"]
    slip = corpus_file("receipts", "azure-di__receipt-japanese.png")
    assert _cli("attach", "1", str(slip), "--data-dir", str(gui.data_dir)) == 0
    assert calls == ["attach", "attach"]


def test_export_from_the_window_and_the_command_line(gui, qtbot, calls, tmp_path):
    window = _window_with_a_case(gui, qtbot)
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    dialog = review.export_dialog
    out = tmp_path / "window.pdf"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)
    assert out.is_file() and calls == ["export_case"]
    assert (
        _cli("export", "1", "-o", str(tmp_path / "cli.pdf"), "--data-dir", str(gui.data_dir)) == 0
    )
    assert calls == ["export_case", "export_case"]


def test_verify_from_the_window_and_the_command_line(gui, qtbot, calls, tmp_path, monkeypatch):
    from posassist.ui import dialogs

    window = _window_with_a_case(gui, qtbot)
    pdf = tmp_path / "d.pdf"
    export_use_cases.export_case(gui.data_dir / "posassist.sqlite3", 1, pdf, "en")
    calls.clear()
    monkeypatch.setattr(dialogs, "choose_dossier_to_check", lambda parent: pdf)
    window.case_file_actions.check_dossier()
    shown = window.case_file_actions.verify_dialog
    qtbot.waitUntil(lambda: shown.result is not None, timeout=60_000)
    assert shown.result.ok and "not changed" in shown.status.text()
    assert calls == ["verify_dossier"]
    with open(os.devnull, "w") as quiet:
        from posassist.cli.report_commands import verify_file

        assert verify_file(pdf, out=quiet) == 0
    assert _cli("verify", str(pdf)) == 0
    assert calls == ["verify_dossier"] * 3
    shown.close()
