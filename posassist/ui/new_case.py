"""The new-case dialog: the four basics a case starts from, asked before anything is stored.

Shop and provider name the case; terminal type and reason decide its steps, so they are
chosen on purpose (no pre-selected value). Nothing is written here: the caller stores
`basics()` only when the owner confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posassist.domain import catalogue
from posassist.domain.cards import mask_card_numbers
from posassist.ui.style import STYLE_SHEET
from posassist.words import texts

translate = QCoreApplication.translate
TEXT_KEYS = ("shop_name", "provider")
CHOICE_KEYS = ("terminal_type", "reason")
BASIC_KEYS = (*TEXT_KEYS, *CHOICE_KEYS)


def problem_text(key: str) -> str:
    """What to do when a basic is missing, and why it is asked for."""
    return {
        "shop_name": translate(
            "NewCase", "Enter the shop's name: it names this case and its dossier."
        ),
        "provider": translate(
            "NewCase",
            "Enter the provider: the company that gave you the terminal, "
            "as on the contract or a slip.",
        ),
        "terminal_type": translate(
            "NewCase", "Choose the terminal type: the steps to take depend on it."
        ),
        "reason": translate("NewCase", "Choose why it stops: the steps to take depend on it."),
    }[key]


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(translate("NewCase", "New case"))
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        title = QLabel(translate("NewCase", "A new case: one terminal to stop"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            translate(
                "NewCase",
                "Four basics first. You can change them later, on the first step.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.messages: dict[str, QLabel] = {}
        for key in BASIC_KEYS:
            if key in TEXT_KEYS:
                edit = QLineEdit()
                edit.setPlaceholderText(self._hint(key))
                edit.textEdited.connect(lambda _t, key=key: self._clear(key))
                edit.editingFinished.connect(lambda key=key: self._mask(key))
                self.edits[key] = edit
                widget: QWidget = edit
            else:
                combo = QComboBox()
                combo.setPlaceholderText(translate("Fields", "— please choose —"))
                for value in catalogue.FIELDS[key].choices:
                    combo.addItem(texts.choice_label(key, value), value)
                combo.setCurrentIndex(-1)
                combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                combo.currentIndexChanged.connect(lambda _i, key=key: self._clear(key))
                self.choices[key] = combo
                widget = combo
            widget.setObjectName(f"basic_{key}")
            message = QLabel()
            message.setObjectName("inlineMessage")
            message.setProperty("severity", "warning")
            message.setWordWrap(True)
            message.hide()
            self.messages[key] = message
            # Label above its field, the message under it: one group per basic.
            box = QWidget()
            box.setObjectName(f"basicRow_{key}")
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            label = QLabel(f"{texts.field_label(key)} *")
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            column.addWidget(message)
            layout.addWidget(box)
        note = QLabel(translate("NewCase", "* needed to start the case"))
        note.setObjectName("requiredNote")
        layout.addWidget(note)
        layout.addStretch(1)  # room for messages goes below, the top stays put

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("NewCase", "Create the case"))
        self.ok_button.setObjectName("createCase")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("NewCase", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edits["shop_name"].setFocus()

    @staticmethod
    def _hint(key: str) -> str:
        if key == "shop_name":
            return translate("NewCase", "As on the shop sign or the contract")
        return translate("NewCase", "The company on the contract or the slips")

    # -- values ---------------------------------------------------------------
    def basics(self) -> dict[str, str]:
        """The values as they would be stored (card numbers shortened, spaces trimmed)."""
        values = {
            key: mask_card_numbers(edit.text().strip())[0] for key, edit in self.edits.items()
        }
        for key, combo in self.choices.items():
            values[key] = combo.currentData() or ""
        return values

    def missing(self) -> list[str]:
        return [key for key, value in self.basics().items() if not value]

    # -- validation -----------------------------------------------------------
    def accept(self) -> None:
        for key in BASIC_KEYS:
            self._mask(key)
        missing = self.missing()
        for key in BASIC_KEYS:
            if key in missing:
                self._say(key, problem_text(key))
        if missing:
            first = missing[0]
            (self.edits.get(first) or self.choices[first]).setFocus()
            return
        super().accept()

    def _mask(self, key: str) -> None:
        edit = self.edits.get(key)
        if edit is None:
            return
        masked, count = mask_card_numbers(edit.text())
        if count:
            edit.setText(masked)
            self._say(
                key,
                translate(
                    "Fields", "A card number was shortened to its first 6 and last 4 digits."
                ),
                warning=False,
            )

    def _say(self, key: str, text: str, warning: bool = True) -> None:
        message = self.messages[key]
        message.setText(text)
        message.setProperty("severity", "warning" if warning else "info")
        message.style().unpolish(message)
        message.style().polish(message)
        message.show()

    def _clear(self, key: str) -> None:
        self.messages[key].hide()
