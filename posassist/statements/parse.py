"""Reading a statement file into rows: `parse_statement(data, name)`.

Never raises for what a file contains: a file it cannot read comes back refused with a
reason code (ParseResult.refusal), a row it cannot read as a BadRow with its line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator

from posassist.domain.cards import mask_card_numbers
from posassist.domain.statement import Cancelled, Mapping, ParseResult, SkippedLine
from posassist.statements import headers as H
from posassist.statements.decode import Refused, decode_and_mask, sniff
from posassist.statements.rows import RowReader

DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH = 80  # records looked at for the header row
PREVIEW = 30

Record = tuple[int, list[str]]
Tick = Callable[[int, int], None]  # (lines read, lines in the file)
Stop = Callable[[], bool]
TICK_EVERY = 5000  # records between progress reports and cancel checks


def csv_records(text: str, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for cells in reader:
        yield start, cells
        start = reader.line_num + 1


def _head(text: str, lines: int) -> str:
    end = 0
    for _ in range(lines):
        found = text.find("\n", end)
        if found < 0:
            return text
        end = found + 1
    return text[:end]


def find_header(records: list[Record]) -> tuple[int, H.Preset | None, dict] | None:
    """(position in records, preset, mapping) of the best header row, if one is usable."""
    best: tuple[int, int, H.Preset | None, dict] | None = None
    for position, (_line, cells) in enumerate(records):
        if len(cells) < 2:
            continue
        preset = H.preset_for(cells)
        mapping = H.recognise(cells, preset)
        if not H.usable(mapping):
            continue
        value = H.score(mapping) + (20 if preset else 0)
        if best is None or value > best[0]:
            best = (value, position, preset, mapping)
    if best is None:
        return None
    return best[1], best[2], best[3]


def _check_sensitive(cells: list[str]) -> None:
    for cell in cells:
        if cell.strip() and H.sensitive(cell):
            raise Refused("sensitive_column", cell.strip()[:60])


def parse_statement(
    data: bytes,
    name: str,
    mapping: Mapping | None = None,
    currency: str = "CNY",
    progress: Tick | None = None,
    cancelled: Stop | None = None,
) -> ParseResult:
    """Read a statement. Raises only Cancelled (when `cancelled()` turns true)."""
    # A file named after a card number would carry it into the evidence list and history.
    name, named = mask_card_numbers(name)
    result = ParseResult(name=name)
    pace = (progress or (lambda done, total: None), cancelled or (lambda: False))
    try:
        result.kind = sniff(data)
        if result.kind == "csv":
            _parse_csv(data, result, mapping, currency, pace)
        else:
            from posassist.statements.sheets import parse_sheet

            parse_sheet(data, result, mapping, currency, pace)
        result.masked_count += named
    except Refused as refused:
        result.refusal, result.refusal_detail = refused.code, refused.detail
        result.rows, result.bad_rows = [], []
    return result


def _parse_csv(
    data: bytes,
    result: ParseResult,
    mapping: Mapping | None,
    currency: str,
    pace: tuple[Tick, Stop],
) -> None:
    decoded = decode_and_mask(data)
    result.encoding = decoded.encoding
    result.masked_bytes = decoded.masked_bytes
    result.masked_count = decoded.masked_count
    result.stored_name = result.name
    text = decoded.text
    head = _head(text, HEADER_SEARCH + 20)
    candidates = [mapping.delimiter] if mapping and mapping.delimiter else list(DELIMITERS)
    chosen: tuple[str, list[Record], tuple | None] | None = None
    best = -1
    for delimiter in candidates:
        try:
            records = list(_limit(csv_records(head, delimiter), HEADER_SEARCH))
        except csv.Error as error:
            raise Refused("malformed_csv", str(error)[:80]) from None
        found = find_header(records)
        value = -1 if found is None else H.score(found[2]) + (20 if found[1] else 0)
        if chosen is None or value > best:
            chosen, best = (delimiter, records, found), value
    assert chosen is not None
    delimiter, records, found = chosen
    if found is None and mapping is None:
        # Nothing recognisable: pick the delimiter that splits the most for the preview.
        delimiter = max(candidates, key=lambda d: _widest(head, d))
        records = list(_limit(csv_records(head, delimiter), HEADER_SEARCH))
    result.delimiter = delimiter
    result.preview = records[:PREVIEW]

    def all_records() -> Iterator[Record]:
        try:
            yield from csv_records(text, delimiter)
        except csv.Error as error:
            raise Refused("malformed_csv", str(error)[:80]) from None

    total = text.count("\n") + 1
    read_records(all_records(), records, found, result, mapping, currency, pace, total)


def _widest(text: str, delimiter: str) -> int:
    try:
        return max((len(c) for _l, c in _limit(csv_records(text, delimiter), 20)), default=0)
    except csv.Error:
        return 0


def _limit(records: Iterable[Record], count: int) -> Iterator[Record]:
    for index, record in enumerate(records):
        if index >= count:
            return
        yield record


def read_records(
    records: Iterable[Record],
    head: list[Record],
    found: tuple | None,
    result: ParseResult,
    mapping: Mapping | None,
    currency: str,
    pace: tuple[Tick, Stop],
    total: int,
) -> None:
    """Settle the layout (found header or the owner's mapping) and read every row."""
    tick, stop = pace
    preset = None
    header_line: int | None = None
    if mapping is not None:
        columns = mapping.normalised()
        header_line = mapping.header_line
        result.layout = "mapping"
        if (
            not H.usable(columns)
            or any(i < 0 for indices in columns.values() for i in indices)
            or any(name not in H.FIELDS for name in columns)
        ):
            raise Refused("mapping_invalid", "date_or_amount")
        if header_line is not None:
            header = next((c for line, c in head if line == header_line), None)
            if header is None:
                raise Refused("mapping_invalid", "header_line")
            result.headers = [c.strip() for c in header]
            _check_sensitive(header)
        day_first = mapping.day_first
    elif found is None:
        raise Refused("no_header")
    else:
        position, preset, columns = found
        header_line, header = head[position]
        result.headers = [c.strip() for c in header]
        _check_sensitive(header)
        result.layout = preset.name if preset else "generic"
        result.source_hint = preset.source if preset else ""
        day_first = True
    result.header_line = header_line
    result.columns = columns
    if "currency" not in columns and result.headers:
        for name in ("amount", "amount_in", "net"):
            if name in columns and columns[name][0] < len(result.headers):
                currency = H.unit_currency(result.headers[columns[name][0]]) or currency
                break
    reader = RowReader(
        columns,
        width=len(result.headers) or None,
        currency=currency,
        day_first=day_first,
        fee_negative=bool(preset and preset.fee_negative),
    )
    started = header_line is None  # no header: rows begin where dates do
    for index, (line, cells) in enumerate(records):
        if index % TICK_EVERY == 0:
            if stop():
                raise Cancelled
            tick(line, total)
        if header_line is not None and line <= header_line:
            continue
        if not any(c.strip() for c in cells):
            if started:
                result.skipped.append(SkippedLine(line, "blank"))
            continue
        if not started:
            if not reader.has_date(cells):
                continue
            started = True
        reader.read(line, cells)
    reader.finish()
    result.rows, result.bad_rows = reader.rows, reader.bad
    # Lines after the last row that carry no date are the file's footer (totals, notes).
    last = result.rows[-1].line if result.rows else 0
    footer = [b for b in result.bad_rows if b.line > last]
    if footer and all(b.line in reader.undated for b in footer):
        result.skipped.extend(SkippedLine(b.line, "footer") for b in footer)
        result.bad_rows = [b for b in result.bad_rows if b.line <= last]
    result.skipped.sort(key=lambda s: s.line)
    if not result.rows and not result.bad_rows:
        raise Refused("no_rows")
