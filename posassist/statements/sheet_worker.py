"""Spreadsheets are opened in a child process.

calamine is Rust: a damaged XLS can make it ask for gigabytes (seen on a corpus file
with 12 bytes inserted: 'memory allocation of 2147483648 bytes failed'), and a failed
allocation aborts the whole process, which no `except` catches. In a child, with its
address space capped, that ends the child only, and the file is refused as damaged.

    python -m posassist.statements.sheet_worker < book.xlsx  ->  JSON [[name, rows], ...]
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

from posassist.statements.decode import Refused

MEMORY_CAP = 1 << 30  # bytes of address space for the child (POSIX); a statement needs far less
TIMEOUT_S = 120


def cells(value: object) -> str:
    from posassist.statements.sheets import cell_text

    return cell_text(value)


def read_sheets(data: bytes, sheet: str | None = None) -> list[tuple[str, list[list[str]]]]:
    """Every sheet's (name, rows of cell texts); `sheet` picks one. Unmasked: the caller
    masks before anything else sees a cell."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    names = [sheet] if sheet else list(book.sheet_names)
    out = []
    for name in names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        out.append((name, [[cells(v) for v in row] for row in rows]))
    return out


def read_sheets_isolated(data: bytes, sheet: str | None = None) -> list[tuple[str, list]]:
    """read_sheets in a child process; Refused('unreadable_spreadsheet') if it fails."""
    if getattr(sys, "frozen", False):
        # A frozen app's executable is the app itself, not an interpreter: read here.
        try:
            return read_sheets(data, sheet)
        except Exception as error:
            raise Refused("unreadable_spreadsheet", type(error).__name__) from None
    command = [sys.executable, "-m", "posassist.statements.sheet_worker"]
    if sheet:
        command.append(sheet)
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise Refused("unreadable_spreadsheet", "timeout") from None
    except OSError as error:
        raise Refused("unreadable_spreadsheet", error.strerror or "") from None
    if done.returncode != 0:
        reason = done.stdout.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise Refused("unreadable_spreadsheet", reason[:80])
    return [(name, rows) for name, rows in json.loads(done.stdout)]


def main(argv: list[str]) -> int:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    except (ImportError, ValueError, OSError):  # Windows has no rlimit; the child still dies alone
        pass
    data = sys.stdin.buffer.read()
    try:
        sheets = read_sheets(data, argv[0] if argv else None)
    except Exception as error:  # calamine's own error types for a damaged workbook
        sys.stdout.write(type(error).__name__)
        return 2
    sys.stdout.write(json.dumps(sheets, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
