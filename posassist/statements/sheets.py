"""XLSX and XLS statements through python-calamine (Rust; no Excel, no macros run), in a
child process (sheet_worker).

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
from posassist.domain.statement import Mapping, ParseResult
from posassist.statements.decode import Refused
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
    from posassist.statements.sheet_worker import read_sheets_isolated

    sheets = []
    for name, rows in read_sheets_isolated(data, sheet_name):
        masked_total = 0
        grid = []
        for row in rows:
            masked_row = []
            for text in row:
                text, count = mask_card_numbers(text)
                masked_total += count
                masked_row.append(text)
            grid.append(masked_row)
        sheets.append((name, grid, masked_total))
    return sheets


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
    sheet_part = mask_card_numbers(name)[0]
    result.stored_name = (
        f"{result.name}.{sheet_part}.csv" if len(sheets) > 1 else f"{result.name}.csv"
    )
    read_records(enumerate(grid, 1), records, found, result, mapping, currency, pace, len(grid))
