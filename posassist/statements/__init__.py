"""Statement files (交易明细, 清分/结算明细, bank statements) read into rows.

`parse_statement(data, name, mapping=None, currency='CNY') -> ParseResult` reads CSV
(any of the encodings and delimiters Chinese and European exports use) and XLSX/XLS;
card numbers are masked before any cell is read. No SQL, no Qt here.
"""

from posassist.domain.statement import BadRow, Mapping, ParseResult, SkippedLine, StatementRow
from posassist.statements.headers import FIELDS, PRESETS
from posassist.statements.parse import parse_statement

__all__ = [
    "FIELDS",
    "PRESETS",
    "BadRow",
    "Mapping",
    "ParseResult",
    "SkippedLine",
    "StatementRow",
    "parse_statement",
]
