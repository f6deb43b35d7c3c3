"""The QApplication, its translators and its last-resort error handler."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from posassist import resources

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


class Languages:
    """Loads the app's and Qt's own catalogues for one language at a time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.current = "en"
        self._translators: list[QTranslator] = []

    @staticmethod
    def system_language() -> str:
        return "zh_CN" if QLocale.system().name().startswith("zh") else "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.current = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return  # English is the source language
        catalogue = resources.translations_dir() / f"posassist_{language}.qm"
        translator = QTranslator(self.app)
        # The package is installed as plain files (wheel or bundle), so the path is real.
        if catalogue.is_file() and translator.load(str(catalogue)):
            self.app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("no translation catalogue for %s", language)
        qt_translator = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            self.app.installTranslator(qt_translator)
            self._translators.append(qt_translator)


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    # Log the details; show the shop owner words, never a traceback.
    log.critical("unexpected error", exc_info=(kind, error, trace))
    from posassist.ui import dialogs

    dialogs.show_unexpected_error(error)


class _QuitAfterFirstPaint(QObject):
    """For benchmarks/startup.py: end the process once the main window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and watched.objectName() == "mainWindow":
            QTimer.singleShot(0, QApplication.quit)
        return False


def create_application(argv: list[str]) -> tuple[QApplication, Languages]:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("POS Assist")
    app.setOrganizationName("POSAssist")
    app.setApplicationDisplayName("POS Assist")
    app.setDesktopFileName("posassist")
    icon = resources.resource("icons", "posassist.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = _excepthook
    if os.environ.get("POSASSIST_QUIT_AFTER_FIRST_PAINT") == "1":
        app._bench_filter = _QuitAfterFirstPaint(app)  # kept alive with the app
        app.installEventFilter(app._bench_filter)
    return app, Languages(app)
