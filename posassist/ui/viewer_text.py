"""CSV and text evidence in the viewer: rows as written (the delimiter guessed), a table
model for them, the text encoding's common name, and fonts that show Chinese."""

from __future__ import annotations

import contextlib
import csv
import io
from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

CSV_DELIMITERS = ",;\t|"
# Tried in order for characters the first family lacks, so Chinese never shows as boxes.
CJK_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
]
CJK_MONO_FAMILIES = ["Sarasa Mono SC", "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono"]


def parse_csv(text: str) -> list[list[str]]:
    """Rows as written, ragged or not; the delimiter is guessed from the content."""
    dialect: Any = csv.excel
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text[:65536], delimiters=CSV_DELIMITERS)
    if dialect is csv.excel:  # the sniffer gives up on exports with a preamble
        dialect = _dialect_for(_count_delimiter(text[:65536]))
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


def _count_delimiter(sample: str) -> str:
    """The delimiter that splits the most lines into the same number (> 1) of fields."""
    best, best_score = ",", (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = Counter(len(row) for row in reader if len(row) > 1)
        except csv.Error:
            continue
        if widths:
            width, lines = widths.most_common(1)[0]
            if (lines, width) > best_score:
                best, best_score = delimiter, (lines, width)
    return best


def _dialect_for(delimiter: str) -> type[csv.Dialect]:
    class Guessed(csv.excel):
        pass

    Guessed.delimiter = delimiter
    return Guessed


class RowsModel(QAbstractTableModel):
    """CSV rows as a read-only table; short rows show empty cells."""

    def __init__(self, rows: list[list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.width = max((len(row) for row in rows), default=0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "cp1252": "Windows-1252",
}


def encoding_label(codec: str) -> str:
    """A Python codec name as people know it (what a spreadsheet's import dialog shows)."""
    return ENCODING_LABELS.get(codec.lower(), codec.upper())


def cjk_font(fixed: bool = False) -> QFont:
    kind = QFontDatabase.SystemFont.FixedFont if fixed else QFontDatabase.SystemFont.GeneralFont
    font = QFontDatabase.systemFont(kind)
    font.setFamilies([font.family(), *(CJK_MONO_FAMILIES if fixed else []), *CJK_FAMILIES])
    return font
