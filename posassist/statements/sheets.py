"""XLSX and XLS statements through python-calamine (Rust; no Excel, no macros run).

Cells become texts as the sheet shows them, card numbers are masked in every cell, and
the stored copy is the masked sheet written as UTF-8 CSV: a spreadsheet's own bytes can
hide a card number where no cell shows it (other sheets, shared strings, metadata), so
they are never kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from posassist.domain.cards import mask_card_numbers
from posassist.statements.decode import Refused
from posassist.statements.model import Mapping, ParseResult
from posassist.statements.parse import (
    HEADER_SEARCH,
    PREVIEW,
    Stop,
    Tick,
    find_header,
    read_records,
)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _grid(data: bytes, sheet_name: str | None) -> list[tuple[str, list[list[str]], int]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [sheet_name] if sheet_name else list(book.sheet_names)
        sheets = []
        for name in names:
            masked_total = 0
            grid = []
            for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False):
                cells = []
                for value in row:
                    text, count = mask_card_numbers(cell_text(value))
                    masked_total += count
                    cells.append(text)
                grid.append(cells)
            sheets.append((name, grid, masked_total))
        return sheets
    except Refused:
        raise
    except Exception as error:  # calamine raises its own types for a damaged workbook
        raise Refused("unreadable_spreadsheet", type(error).__name__) from None


def parse_sheet(
    data: bytes,
    result: ParseResult,
    mapping: Mapping | None,
    currency: str,
    pace: tuple[Tick, Stop],
) -> None:
    sheets = _grid(data, mapping.sheet if mapping else None)
    if not sheets:
        raise Refused("no_header")
    chosen = None
    for name, grid, masked in sheets:
        records = [(number, cells) for number, cells in enumerate(grid[:HEADER_SEARCH], 1)]
        found = find_header(records)
        if found is not None or mapping is not None:
            chosen = (name, grid, masked, records, found)
            break
    if chosen is None:
        name, grid, masked = sheets[0]
        records = [(number, cells) for number, cells in enumerate(grid[:HEADER_SEARCH], 1)]
        chosen = (name, grid, masked, records, None)
    name, grid, masked, records, found = chosen
    result.sheet = name
    result.encoding = "utf-8-bom"
    result.preview = records[:PREVIEW]
    result.masked_count = masked
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(grid)
    result.masked_bytes = b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
    result.stored_name = f"{result.name}.{name}.csv" if len(sheets) > 1 else f"{result.name}.csv"
    read_records(enumerate(grid, 1), records, found, result, mapping, currency, pace, len(grid))
