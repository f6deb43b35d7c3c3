"""Shared fixtures. Qt runs offscreen unless a display was chosen on purpose."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test run must never touch the real user data folder.
os.environ.pop("POSASSIST_DATA_DIR", None)

import pytest  # noqa: E402
from corpus import CORPUS, corpus_file  # noqa: E402,F401  (shared with test modules)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    return directory


@pytest.fixture
def repo(data_dir: Path):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database

    repository = CaseRepository(open_database(data_dir / "posassist.sqlite3"))
    yield repository
    repository.db.close()


_LANGUAGES = None


class Gui:
    """Starts and restarts the real main window on one data folder, like a user would."""

    def __init__(self, qtbot, data_dir: Path, monkeypatch) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.window = None
        self.repo = None
        self.warnings: list[list[str]] = []
        self.confirm_answer = True
        # What the owner confirms in the new-case dialog (tests/test_first_run_gui.py
        # drives the real dialog); None stands for Cancel.
        self.case_basics: dict[str, str] | None = {}
        from posassist.ui import dialogs

        def confirm_mark_done(parent, stage, missing):
            self.warnings.append(missing)
            return self.confirm_answer

        monkeypatch.setattr(dialogs, "confirm_mark_done", confirm_mark_done)
        monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: self.confirm_answer)
        monkeypatch.setattr(
            dialogs,
            "ask_case_basics",
            lambda parent: None if self.case_basics is None else dict(self.case_basics),
        )

    def start(self, language: str = "en"):
        from PySide6.QtWidgets import QApplication

        from posassist.store.cases import CaseRepository, SettingsRepository
        from posassist.store.database import open_database
        from posassist.ui.app import Languages
        from posassist.ui.main_window import MainWindow

        self.repo = CaseRepository(open_database(self.data_dir / "posassist.sqlite3"))
        # One Languages for the whole run, as in the app: it swaps its own translators.
        global _LANGUAGES
        if _LANGUAGES is None:
            _LANGUAGES = Languages(QApplication.instance())
        languages = _LANGUAGES
        languages.apply(language)
        self.window = MainWindow(self.repo, SettingsRepository(self.repo.db), languages)
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()
        self.qtbot.waitExposed(self.window)
        self.qtbot.waitUntil(self.window.isActiveWindow)
        return self.window

    def stop(self) -> None:
        self.window.close()
        self.repo.db.close()
        self.window = None

    def restart(self, language: str = "en"):
        self.stop()
        return self.start(language)


@pytest.fixture
def gui(qtbot, data_dir, monkeypatch):
    g = Gui(qtbot, data_dir, monkeypatch)
    yield g
    if g.window is not None:
        g.stop()


@pytest.fixture(autouse=True)
def _english_again_after_each_test():
    """A test that switched the app to Chinese must not leave later tests in Chinese."""
    yield
    if _LANGUAGES is not None:
        _LANGUAGES.apply("en")
