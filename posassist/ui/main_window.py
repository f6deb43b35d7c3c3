"""The main window: the case list, and the wizard of the case that is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from posassist.ui import dialogs
from posassist.ui.app import Languages
from posassist.ui.case_list import CaseListView
from posassist.ui.style import STYLE_SHEET
from posassist.usecases.cases import CaseRepository, SettingsRepository

translate = QCoreApplication.translate
DEFAULT_SIZE = (1120, 780)
# Fits a small laptop (1366 x 768 less a task bar); every step's name shows whole at it,
# and a stage page's evidence panel (656 px wide at least) fits beside the side list.
MINIMUM_SIZE = (980, 620)


class MainWindow(QMainWindow):
    def __init__(
        self,
        repo: CaseRepository,
        settings: SettingsRepository,
        languages: Languages,
        data_dir=None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.repo = repo
        self.settings = settings
        self.languages = languages
        self.data_dir = data_dir
        self.wizard = None  # the open case's CaseWizard
        self.case_file = None  # the open CaseFile, when the start-up hands it over
        from posassist.ui.case_file_actions import CaseFileActions

        self.case_file_actions = CaseFileActions(self)
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self._build()

    # -- building (again, after a change of language) -------------------------
    def _build(self) -> None:
        self.setWindowTitle(translate("MainWindow", "POS Assist – stop a POS terminal safely"))
        self.menuBar().clear()
        self._build_menus()
        self.stack = QStackedWidget()
        self.case_list = CaseListView(self.repo)
        self.case_list.open_requested.connect(self.open_case)
        self.case_list.new_requested.connect(self.new_case)
        self.case_list.sample_requested.connect(self.open_sample_case)
        self.stack.addWidget(self.case_list)
        old = self.centralWidget()
        self.setCentralWidget(self.stack)
        if old is not None:
            old.deleteLater()
        self.wizard = None

    def _build_menus(self) -> None:
        case_menu = self.menuBar().addMenu(translate("MainWindow", "&Case"))
        new = QAction(translate("MainWindow", "&New case"), self)
        new.triggered.connect(self.new_case)
        case_menu.addAction(new)
        all_cases = QAction(translate("MainWindow", "&All cases"), self)
        all_cases.triggered.connect(self.show_case_list)
        case_menu.addAction(all_cases)
        self.export_action = QAction(translate("MainWindow", "&Export the dossier…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.triggered.connect(self.export_dossier)
        case_menu.addAction(self.export_action)
        self.letters_action = QAction(translate("MainWindow", "&Letters…"), self)
        self.letters_action.setObjectName("lettersAction")
        self.letters_action.triggered.connect(self.show_letters)
        case_menu.addAction(self.letters_action)
        self.complaints_action = QAction(translate("MainWindow", "Co&mplaint log…"), self)
        self.complaints_action.setObjectName("complaintsAction")
        self.complaints_action.triggered.connect(self.show_complaint_log)
        case_menu.addAction(self.complaints_action)
        self.calendar_action = QAction(translate("MainWindow", "Export to &calendar…"), self)
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.triggered.connect(self.export_calendar)
        case_menu.addAction(self.calendar_action)
        settings = QAction(translate("MainWindow", "&Settings…"), self)
        settings.triggered.connect(self.show_settings)
        case_menu.addAction(settings)
        case_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.triggered.connect(self.close)
        case_menu.addAction(quit_action)

        self.case_file_actions.add_menu()

        language_menu = self.menuBar().addMenu(translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(self.languages.current == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        faq = QAction(translate("MainWindow", "Common &questions"), self)
        faq.triggered.connect(self.show_faq)
        help_menu.addAction(faq)
        about = QAction(translate("MainWindow", "&About POS Assist"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # setShortcuts, not setShortcut: PySide6's overload resolution of the latter sets
        # up the whole Qt enum namespace, ~40 ms of start-up (measured).
        new.setShortcuts(QKeySequence.StandardKey.New)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        faq.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])

    # -- actions --------------------------------------------------------------
    def new_case(self) -> None:
        # Nothing is stored until the owner confirms the basics (Cancel leaves no case).
        basics = dialogs.ask_case_basics(self)
        if basics is None:
            return
        self.open_case(self.repo.create(basics))

    def open_sample_case(self) -> None:
        from posassist.usecases.demo import add_demo_case, add_demo_evidence

        # With sample records, so that every letter and the dossier show whole.
        case_id = add_demo_case(self.repo)
        add_demo_evidence(self.repo.db, case_id)
        self.case_list.reload()
        self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        # Imported here: the wizard's pages are not needed to paint the case list.
        from posassist.ui.wizard import CaseWizard

        self._drop_wizard()
        self.wizard = CaseWizard(self.repo, case_id, self.languages.current)
        self.wizard.closed.connect(self.show_case_list)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)

    def open_case_id(self) -> int | None:
        return self.wizard.session.case_id if self.wizard is not None else None

    def release_case_file(self) -> None:
        """Close the window's connection (a restore needs the file closed)."""
        self.show_case_list()
        self._drop_wizard()
        if self.case_file is not None:
            self.case_file.close()
        else:
            self.repo.db.close()

    def reopen_case_file(self, case_file) -> None:
        """Work on `case_file` from now on (after a restore)."""
        self.case_file = case_file
        self.repo, self.settings = case_file.cases, case_file.settings
        self._build()

    def show_case_list(self) -> None:
        self._drop_wizard()
        self.case_list.reload()
        self.stack.setCurrentWidget(self.case_list)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.wizard is not None:
            self.wizard.shutdown()
        super().closeEvent(event)

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.shutdown()
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def set_language(self, language: str) -> None:
        if language == self.languages.current:
            return
        open_case = self.wizard.session.case_id if self.wizard else None
        self.settings.set("language", language)
        self.languages.apply(language)
        self._build()
        if open_case is not None:
            self.open_case(open_case)

    def export_dossier(self) -> None:
        if self.wizard is None:
            dialogs.inform(
                self,
                translate("MainWindow", "Export the dossier"),
                translate("MainWindow", "Open a case first: the dossier is made for one case."),
            )
            return
        self.wizard.go_to("review")
        self.wizard.pages["review"].export_dossier()

    def _case_open(self, title: str) -> bool:
        if self.wizard is None:
            dialogs.inform(
                self, title, translate("MainWindow", "Open a case first: this is about one case.")
            )
        return self.wizard is not None

    def show_letters(self) -> None:
        if self._case_open(translate("MainWindow", "Letters")):
            self.wizard.go_to("review")
            self.wizard.pages["review"].open_letters()

    def show_complaint_log(self) -> None:
        if self._case_open(translate("MainWindow", "Complaint log")):
            self.wizard.show_complaint_log()

    def export_calendar(self) -> None:
        if self._case_open(translate("MainWindow", "Export to calendar")):
            from posassist.ui.calendar_export import export_calendar

            export_calendar(self, self.wizard.session, self.languages.current)

    def show_settings(self) -> None:
        from posassist.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).open()

    def show_faq(self) -> None:
        from posassist.ui.help import faq_dialog

        faq_dialog(self.languages.current, self).exec()

    def show_about(self) -> None:
        from posassist.ui.help import about_dialog

        about_dialog(self).exec()
