"""The only code that writes SQL.

sqlite-utils imports numpy when it can, only to map numpy's number types to columns,
which the app never stores. numpy is installed for the text recognition, and loading it
cost every start ~55 ms (benchmarks/startup.py): sqlite-utils is loaded here first with
numpy hidden from it, and numpy stays importable for whoever needs it.
"""

import sys as _sys

if "sqlite_utils.db" not in _sys.modules and "numpy" not in _sys.modules:
    _sys.modules["numpy"] = None  # type: ignore[assignment]  # "not installed", for now
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del _sys.modules["numpy"]
