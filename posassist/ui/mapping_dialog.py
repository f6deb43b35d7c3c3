"""The column-mapping dialog: the app could not tell which column of a statement is
which; the owner sees the first rows and picks the date, the amount, the fee …

Opened non-blocking (`open()`); `mapping()` is the owner's choice as a
domain.statement.Mapping, which the statements panel remembers per provider.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.statement import Mapping, ParseResult

translate = QCoreApplication.translate
PREVIEW_ROWS = 20
AMOUNT_CHOICES = ("amount", "amount_in", "amount_out", "net")


def field_words() -> dict[str, str]:
    """The fields the owner can pick a column for, in the order shown."""
    return {
        "date": translate("MappingDialog", "Date *"),
        "time": translate("MappingDialog", "Time"),
        "amount": translate("MappingDialog", "Amount (takings; refunds negative)"),
        "amount_in": translate("MappingDialog", "Money in (credit)"),
        "amount_out": translate("MappingDialog", "Money out (debit)"),
        "fee": translate("MappingDialog", "Fee (手续费)"),
        "net": translate("MappingDialog", "Settled amount (清分/结算金额)"),
        "settled_on": translate("MappingDialog", "Settlement date"),
        "card": translate("MappingDialog", "Card number"),
        "merchant_id": translate("MappingDialog", "Merchant number"),
        "terminal_id": translate("MappingDialog", "Terminal number"),
        "reference": translate("MappingDialog", "Reference number"),
        "batch": translate("MappingDialog", "Batch number"),
        "kind": translate("MappingDialog", "Type or summary (交易类型/摘要)"),
        "status": translate("MappingDialog", "Status"),
        "description": translate("MappingDialog", "Description or counterparty"),
    }


def column_name(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': as a spreadsheet names its columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class MappingDialog(QDialog):
    def __init__(
        self, parsed: ParseResult, start: Mapping | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(translate("MappingDialog", "Which column is which?"))
        self.setMinimumWidth(760)
        self.parsed = parsed
        self.records = parsed.preview[:PREVIEW_ROWS]
        self.width_ = max((len(cells) for _line, cells in self.records), default=0)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "MappingDialog",
                "The app cannot tell which column of “%1” holds what. Here are its first "
                "lines: choose the line with the column names, then the column of each "
                "field. At least the date and an amount are needed. Your choice is "
                "remembered for the next statement of this provider.",
            ).replace("%1", parsed.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.preview = QTableWidget(len(self.records), self.width_)
        self.preview.setObjectName("mappingPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setHorizontalHeaderLabels([column_name(i) for i in range(self.width_)])
        self.preview.setVerticalHeaderLabels(
            [
                translate("MappingDialog", "line %1").replace("%1", str(line))
                for line, _ in self.records
            ]
        )
        for row, (_line, cells) in enumerate(self.records):
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.preview.setMinimumHeight(230)
        layout.addWidget(self.preview, 1)

        top = QFormLayout()
        self.header_line = QComboBox()
        self.header_line.setObjectName("headerLine")
        self.header_line.addItem(
            translate("MappingDialog", "none: the file has no column names"), None
        )
        for line, cells in self.records:
            shown = ", ".join(c.strip() for c in cells[:4] if c.strip())[:50]
            self.header_line.addItem(
                translate("MappingDialog", "line %1: %2")
                .replace("%1", str(line))
                .replace("%2", shown),
                line,
            )
        top.addRow(translate("MappingDialog", "Column names are on"), self.header_line)
        self.day_first = QCheckBox(
            translate("MappingDialog", "Dates are written day first (31/12/2026, not 12/31/2026)")
        )
        self.day_first.setObjectName("dayFirst")
        top.addRow(self.day_first)
        layout.addLayout(top)

        grid = QGridLayout()
        self.choices: dict[str, QComboBox] = {}
        for n, (name, words) in enumerate(field_words().items()):
            box = QComboBox()
            box.setObjectName(f"map_{name}")
            self.choices[name] = box
            grid.addWidget(QLabel(words), n // 2, (n % 2) * 2)
            grid.addWidget(box, n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.error = QLabel()
        self.error.setObjectName("inlineMessage")
        self.error.setProperty("severity", "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("MappingDialog", "Import with these columns"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.header_line.currentIndexChanged.connect(self._fill_choices)
        self._start(start)

    # -- filling in -----------------------------------------------------------
    def _start(self, start: Mapping | None) -> None:
        columns: dict[str, tuple[int, ...]] = dict(self.parsed.columns)
        header = self.parsed.header_line
        day_first = True
        if start is not None:
            columns, header, day_first = start.normalised(), start.header_line, start.day_first
        if header is None and start is None:
            header = self._guess_header()
        index = self.header_line.findData(header) if header is not None else 0
        self.header_line.setCurrentIndex(max(index, 0))
        self.day_first.setChecked(day_first)
        self._fill_choices()
        for name, box in self.choices.items():
            wanted = columns.get(name, ())
            if wanted and wanted[0] < self.width_:
                box.setCurrentIndex(box.findData(wanted[0]))

    def _guess_header(self) -> int | None:
        """The first line nearly as wide as the widest with no number in it: names."""
        for line, cells in self.records:
            filled = [c.strip() for c in cells if c.strip()]
            if len(filled) < 2 or len(cells) * 10 < self.width_ * 6:
                continue
            numeric = any(c.replace(".", "").replace(",", "").isdigit() for c in filled)
            return None if numeric else line
        return None

    def _fill_choices(self) -> None:
        line = self.header_line.currentData()
        names = next((cells for n, cells in self.records if n == line), [])
        for box in self.choices.values():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem("—", None)
            for i in range(self.width_):
                text = column_name(i)
                if i < len(names) and names[i].strip():
                    text += " · " + names[i].strip()[:30]
                box.addItem(text, i)
            if chosen is not None:
                box.setCurrentIndex(box.findData(chosen))
            box.blockSignals(False)

    def choose(self, name: str, column: int | None) -> None:
        """Pick `column` (0-based; None: none) for a field, as the owner would."""
        box = self.choices[name]
        box.setCurrentIndex(box.findData(column) if column is not None else 0)

    # -- the result -----------------------------------------------------------
    def chosen_columns(self) -> dict[str, int]:
        return {
            name: int(box.currentData())
            for name, box in self.choices.items()
            if box.currentData() is not None
        }

    def mapping(self) -> Mapping:
        return Mapping(
            dict(self.chosen_columns()),
            self.header_line.currentData(),
            self.parsed.delimiter or None,
            self.parsed.sheet or None,
            self.day_first.isChecked(),
        )

    def problem(self) -> str:
        columns = self.chosen_columns()
        if "date" not in columns:
            return translate("MappingDialog", "Choose the column with the date.")
        if not any(name in columns for name in AMOUNT_CHOICES):
            return translate(
                "MappingDialog",
                "Choose the column with the amount (or the money in and out, or the "
                "settled amount).",
            )
        used: dict[int, str] = {}
        words = field_words()
        for name, column in columns.items():
            if column in used:
                return (
                    translate("MappingDialog", "Column %1 is chosen twice: for “%2” and “%3”.")
                    .replace("%1", column_name(column))
                    .replace("%2", words[used[column]].rstrip(" *"))
                    .replace("%3", words[name].rstrip(" *"))
                )
            used[column] = name
        return ""

    def show_problem(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        self.accept()
