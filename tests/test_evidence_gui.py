"""Evidence on a stage page: drop real files, see them, describe, remove and undo, restart."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from corpus import corpus_file
from drag import drop
from event_loop import event_loop_gaps
from PySide6.QtCore import Qt


def drop_and_wait(qtbot, panel, paths: list[Path], timeout: int = 60_000) -> list:
    with qtbot.waitSignal(panel.importer.finished, timeout=timeout) as blocker:
        drop(panel, paths)
    return blocker.args[0]


@pytest.fixture
def reports(monkeypatch):
    from posassist.ui import dialogs

    seen: list[tuple[list[str], int]] = []
    monkeypatch.setattr(
        dialogs, "show_import_report", lambda parent, lines, refused: seen.append((lines, refused))
    )
    return seen


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_new_case(gui, qtbot, stage: str):
    window = gui.start()
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(stage)
    return window, window.wizard.pages[stage].evidence_panel


def test_drop_receipts_and_broken_files_then_restart(gui, qtbot, reports):
    good = [
        corpus_file("receipts", "mindee__receipt.jpg"),
        corpus_file("receipts", "azure-rest__receipt.png"),  # a JPEG named .png
        corpus_file("receipts", "mindee__receipt.heic"),
        corpus_file("pdfs", "ocrmypdf__multipage.pdf"),
        corpus_file("statements", "deg__example-alipay-records.csv"),
    ]
    bad = [
        corpus_file("bad-images", "pillow__truncated_jpeg.jpg"),
        corpus_file("bad-images", "pillow-heif__empty.heic"),
        corpus_file("pdfs", "sample-files__libreoffice-writer-password.pdf"),
    ]
    window, panel = open_new_case(gui, qtbot, "backup")
    outcomes = drop_and_wait(qtbot, panel, good + bad)
    assert [o.outcome for o in outcomes[:5]] == ["stored"] * 5
    assert all(o.refused for o in outcomes[5:])
    # The good ones are listed with a thumbnail; the bad ones are reported by name and reason.
    assert panel.list.count() == 5
    # Thumbnails are made in the background after the import, then shown.
    qtbot.waitUntil(
        lambda: all(not panel.list.item(r).icon().isNull() for r in range(5)), timeout=20_000
    )
    ((lines, refused),) = reports
    assert refused == 3
    assert any("pillow__truncated_jpeg.jpg" in line and "incomplete" in line for line in lines)
    assert any("pillow-heif__empty.heic" in line and "empty" in line for line in lines)
    assert any("libreoffice-writer-password.pdf" in line and "password" in line for line in lines)
    case = window.wizard.session.case
    assert [e.category.value for e in case.evidence] == ["transaction_record"] * 5
    # Describe one, change its kind of proof.
    panel.list.setCurrentRow(0)
    panel.category.setCurrentIndex(panel.category.findData("settlement_slip"))
    panel.description.setFocus()
    qtbot.keyClicks(panel.description, "slip of the last batch")
    case_id = window.wizard.session.case_id

    window = gui.restart()
    window.open_case(case_id)
    stored = window.wizard.session.case.evidence
    assert [e.original_name for e in stored] == [p.name for p in good]
    assert stored[0].category.value == "settlement_slip"
    assert stored[0].description == "slip of the last batch"
    for item, path in zip(stored, good, strict=True):
        assert item.sha256 == sha256(path)
        assert hashlib.sha256(
            window.wizard.session.evidence.data(item.sha256)
        ).hexdigest() == sha256(path)


def test_the_same_file_twice_is_recognised(gui, qtbot, reports):
    receipt = corpus_file("receipts", "mindee__receipt.jpg")
    window, panel = open_new_case(gui, qtbot, "money")
    drop_and_wait(qtbot, panel, [receipt])
    outcomes = drop_and_wait(qtbot, panel, [receipt])
    assert outcomes[0].outcome == "duplicate"
    assert panel.list.count() == 1
    assert "already attached" in reports[-1][0][0]
    blobs = gui.repo.db.execute("SELECT count(*) FROM blobs").fetchone()[0]
    assert blobs == 1


def test_remove_asks_can_be_undone_and_leaves_a_trace(gui, qtbot, reports):
    receipt = corpus_file("receipts", "mindee__receipt.jpg")
    window, panel = open_new_case(gui, qtbot, "return")
    drop_and_wait(qtbot, panel, [receipt])
    gui.confirm_answer = False
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    gui.confirm_answer = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0
    assert panel.undo_row.isVisible()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    history = gui.repo.history(window.wizard.session.case_id)
    trail = [(e.event.value, e.detail) for e in history if e.event.value.startswith("evidence")]
    digest = sha256(receipt)
    assert [t[0] for t in trail] == ["evidence_added", "evidence_removed", "evidence_restored"]
    assert all(digest in detail and "mindee__receipt.jpg" in detail for _e, detail in trail)


def make_jpegs(folder: Path, count: int, size=(1200, 1600)) -> list[Path]:
    from PIL import Image

    paths = []
    base = Image.effect_noise(size, 40).convert("RGB")
    for n in range(count):
        path = folder / f"scan-{n:03d}.jpg"
        base.rotate(n % 4 * 90, expand=True).save(path, quality=70 + n % 20)
        paths.append(path)
    return paths


def test_the_window_stays_responsive_during_a_200_file_import(gui, qtbot, tmp_path, reports):
    files = make_jpegs(tmp_path, 200, size=(600, 800))
    window, panel = open_new_case(gui, qtbot, "backup")
    with event_loop_gaps() as gaps:
        outcomes = drop_and_wait(qtbot, panel, files, timeout=300_000)
    assert sum(o.outcome == "stored" for o in outcomes) == len({sha256(f) for f in files})
    assert panel.progress_row.isHidden()
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"


def test_cancel_keeps_only_whole_files(gui, qtbot, tmp_path, reports):
    files = make_jpegs(tmp_path, 60)
    window, panel = open_new_case(gui, qtbot, "backup")
    panel.importer.progress.connect(
        lambda done, total, name: done == 3 and panel.cancel_button.click()
    )
    outcomes = drop_and_wait(qtbot, panel, files)
    assert 3 <= len(outcomes) < 60
    assert "Stopped" in reports[-1][0][-1]
    rows = gui.repo.db.execute(
        "SELECT e.sha256, e.size, length(b.data) FROM evidence e JOIN blobs b USING (sha256)"
    ).fetchall()
    assert len(rows) == len(outcomes)
    for digest, size, stored in rows:
        assert size == stored
        data = gui.repo.db.execute("SELECT data FROM blobs WHERE sha256 = ?", [digest]).fetchone()[
            0
        ]
        assert hashlib.sha256(data).hexdigest() == digest


def test_paste_a_screenshot_from_the_clipboard(gui, qtbot, reports):
    from PySide6.QtGui import QGuiApplication, QImage

    window, panel = open_new_case(gui, qtbot, "contact")
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    (outcome,) = blocker.args[0]
    assert outcome.outcome == "stored"
    (item,) = window.wizard.session.case.evidence
    assert item.original_name.startswith("screenshot-") and item.kind.value == "png"
    assert item.category.value == "correspondence", "the stage's expected kind of proof"


def test_a_description_pasted_at_length_is_cut_and_the_panel_says_so(gui, qtbot, reports):
    """The description box takes 2,000 characters (what its evidence page prints): a
    longer text pasted in is cut there, and the panel says so and where a longer account
    belongs; what is kept is saved."""
    from PySide6.QtGui import QGuiApplication

    from posassist.domain.evidence import DESCRIPTION_MAX_CHARS

    receipt = corpus_file("receipts", "mindee__receipt.jpg")
    window, panel = open_new_case(gui, qtbot, "money")
    drop_and_wait(qtbot, panel, [receipt])
    panel.list.setCurrentRow(0)
    assert not panel.description_full.isVisibleTo(panel)
    long_text = "退还设备后仍在扣费。" * 300  # 3,000 characters
    QGuiApplication.clipboard().setText(long_text)
    panel.description.setFocus()
    qtbot.keyClick(panel.description, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.description.text() == long_text[:DESCRIPTION_MAX_CHARS]
    assert panel.description_full.isVisibleTo(panel)
    assert "2,000" in panel.description_full.text()
    (item,) = gui.repo.load(window.wizard.session.case_id).evidence
    assert item.description == long_text[:DESCRIPTION_MAX_CHARS]
    qtbot.keyClick(panel.description, Qt.Key.Key_Backspace)
    assert not panel.description_full.isVisibleTo(panel)


def test_an_import_that_breaks_off_is_told_in_words_and_the_panel_recovers(gui, qtbot, monkeypatch):
    from posassist.evidence import pipeline
    from posassist.paths import log_path
    from posassist.ui import dialogs

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the import")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(pipeline, "import_files", broken)
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: shown.append((title, text))
    )
    window, panel = open_new_case(gui, qtbot, "backup")
    with qtbot.waitSignal(panel.importer.failed, timeout=30_000):
        drop(panel, [corpus_file("receipts", "mindee__receipt.jpg")])
    ((title, text),) = shown
    assert title == "Attaching files"
    assert str(log_path(gui.data_dir)) in text and "Try once more" in text
    assert "Traceback" not in text and "a bug" not in text
    assert panel.progress_row.isHidden() and panel.add_button.isEnabled()
    assert not panel.importer.busy
