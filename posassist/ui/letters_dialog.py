"""Make a letter from the case: which letter, its language and format, the ID number for
the letters that need it (used for this letter only, stored nowhere), and — before
anything is made — what the case still lacks for it, as the review page lists open
points. The letter is made off the window's thread (usecases.letters.make_letter, the
same function as `posassist letter`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.letters import LETTERS, LetterKind
from posassist.ui import dialogs
from posassist.ui.runner import Runner
from posassist.ui.session import CaseSession
from posassist.usecases.cases import file_of
from posassist.words import letters as letter_words
from posassist.words.messages import fill

translate = QCoreApplication.translate


class LettersDialog(QDialog):
    def __init__(self, session: CaseSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.result: Any = None
        self.setWindowTitle(translate("LettersDialog", "Letters"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "LettersDialog",
                "A letter filled in from the case: it names the dossier by its fingerprint "
                "and cites the evidence by number. Change a word in the Word version before "
                "sending, if you like.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        for kind in LetterKind:
            self.kind.addItem(letter_words.letter_kind(kind.value), kind.value)
        form.addRow(translate("LettersDialog", "Letter"), self.kind)
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "zh_CN" else 1)
        form.addRow(translate("LettersDialog", "Language"), self.language)
        self.format = QComboBox()
        self.format.setObjectName("letterFormat")
        self.format.addItem(translate("LettersDialog", "PDF, to print or send"), "pdf")
        self.format.addItem(translate("LettersDialog", "Word (DOCX), to edit"), "docx")
        form.addRow(translate("LettersDialog", "Format"), self.format)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("letterIdNumber")
        self.id_number.setPlaceholderText(
            translate("LettersDialog", "Printed in this letter only, stored nowhere")
        )
        form.addRow(translate("LettersDialog", "Your ID number"), self.id_number)
        layout.addLayout(form)
        self.missing = QLabel()
        self.missing.setObjectName("letterMissing")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(
            translate("LettersDialog", "Make the letter…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.setObjectName("makeLetter")
        self.make_button.clicked.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.runner = Runner(self)
        self.runner.returned.connect(self._made)
        self.runner.failed.connect(self._failed)
        self.runner.finished.connect(lambda: self.make_button.setEnabled(not self._lacking))
        self._lacking: list[Any] = []
        self.kind.currentIndexChanged.connect(self.update_missing)
        self.id_number.textChanged.connect(self.update_missing)
        self.resize(620, 420)
        self.update_missing()

    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def update_missing(self) -> None:
        """What the case lacks for this letter, before anything is made."""
        from posassist.domain.letters import missing_facts

        kind = LetterKind(self.chosen_kind())
        self.id_number.setEnabled(LETTERS[kind].needs_id_number)
        given = self.id_number.text().strip() or None
        self._lacking = missing_facts(kind, self.session.case, given)
        if self._lacking:
            lines = "\n".join(f"• {letter_words.letter_missing(m)}" for m in self._lacking)
            self.missing.setText(
                translate("LettersDialog", "Still needed for this letter:") + "\n" + lines
            )
        else:
            self.missing.setText(
                translate("LettersDialog", "Everything this letter needs is there.")
            )
        self.make_button.setEnabled(not self._lacking and not self.runner.busy)

    def make(self) -> None:
        if self._lacking or self.runner.busy:
            return
        kind, fmt = self.chosen_kind(), self.format.currentData()
        name = fill(
            translate("LettersDialog", "%1 - %2"),
            self.session.case.shop_name or "POS",
            letter_words.letter_kind(kind),
        )
        out = dialogs.choose_letter_path(self, dialogs.documents_folder() / f"{name}.{fmt}", fmt)
        if out is None:
            return
        case_file, case_id = file_of(self.session.repo.db), self.session.case_id
        language, id_number = self.language.currentData(), self.id_number.text().strip() or None

        def work(_progress, _cancelled):
            from posassist.usecases.letters import make_letter

            return make_letter(case_file, case_id, kind, Path(out), language, fmt, id_number)

        self.make_button.setEnabled(False)
        self.status.setText(translate("LettersDialog", "Making the letter…"))
        self.runner.start(work, explain=_explain)

    def _made(self, result: Any, _cancelled: bool) -> None:
        self.result = result
        if result is not None:
            self.status.setText(fill(translate("LettersDialog", "Saved: %1"), result.path))

    def _failed(self, message: str) -> None:
        self.status.setText(message)


def _explain(error: Exception) -> str | None:
    from posassist.usecases.letters import MissingFacts

    if isinstance(error, MissingFacts):
        return "\n".join(letter_words.letter_missing(m) for m in error.missing)
    if isinstance(error, OSError):
        return fill(
            translate("LettersDialog", "The letter could not be written: %1"),
            error.strerror or str(error),
        )
    return None
