"""Statement import: a generated 100,000-row provider statement (清分明细, a full card
number in every row), imported into a case file and checked, against `sqlite-utils insert
--csv` of the same file, in the same run, taking turns (a shared machine's speed drifts);
the best run of each is compared. Both run as child processes, start-up included, so
that the peak memory (max RSS) of the import is its own.

Goals (issue 11): import plus check at most 2x sqlite-utils, peak memory at most 300 MB.

    .venv/bin/python benchmarks/statements.py [--rows 100000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = "交易日期,交易时间,交易卡号,交易金额,手续费,清分金额,商户号,终端号,参考号,批次号,交易类型"


def luhn_pan(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def make_statement(path: Path, rows: int) -> None:
    start = dt.date(2026, 1, 1)
    lines = [HEADER]
    for n in range(rows):
        on = start + dt.timedelta(days=n * 300 // rows)
        amount = 1000 + (n * 7919) % 500000  # 10.00 to 5,009.99
        fee = (amount * 38 + 5000) // 10000
        pan = luhn_pan(f"622202{n:09d}")
        lines.append(
            f"{on.isoformat()},{n % 24:02d}:{n % 60:02d}:{(n * 7) % 60:02d},{pan},"
            f'"{amount / 100:,.2f}",{fee / 100:.2f},{(amount - fee) / 100:.2f},'
            f"898310058120345,12345678,{100000000000 + n},{on.strftime('%m%d')},消费"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def child(db_path: str, file: str) -> None:
    """The import as the window's worker runs it: open, read, mask, store, check."""
    begin = time.perf_counter()
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.statements import import_statement

    db = open_database(Path(db_path))
    case_id = CaseRepository(db).create({"shop_name": "benchmark"})
    db.close()
    loaded = time.perf_counter()
    report = import_statement(Path(db_path), case_id, Path(file))
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "outcome": report.outcome,
                "rows": report.rows_added,
                "masked": report.masked_count,
                "findings": len(report.findings),
                "import_s": done - loaded,
                "total_s": done - begin,
            }
        )
    )


def run(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in bytes, stdout of a child process."""
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - begin
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{command[0]} failed: {err[-2000:]}")
    return wall, usage.ru_maxrss * 1024, out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--child", nargs=2, metavar=("DB", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    sqlite_utils = Path(sys.executable).parent / "sqlite-utils"
    if not sqlite_utils.exists():
        raise SystemExit(f"sqlite-utils not found beside {sys.executable}")
    folder = Path(args.keep or tempfile.mkdtemp(prefix="posassist-statements-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        statement = folder / "清分明细.csv"
        make_statement(statement, args.rows)
        print(f"statement: {args.rows:,} rows, {statement.stat().st_size / 1e6:.1f} MB")
        ours, theirs = [], []
        for attempt in range(args.runs):
            app_db = folder / f"app-{attempt}.sqlite3"
            wall, rss, out = run([sys.executable, __file__, "--child", str(app_db), str(statement)])
            facts = json.loads(out)
            assert facts["outcome"] == "imported" and facts["rows"] == args.rows, facts
            ours.append((wall, rss, facts))
            plain_db = folder / f"plain-{attempt}.sqlite3"
            wall, rss, _out = run(
                [str(sqlite_utils), "insert", str(plain_db), "rows", str(statement), "--csv"]
            )
            theirs.append((wall, rss))
            print(
                f"run {attempt + 1}: posassist {ours[-1][0]:.2f} s "
                f"(import+check {facts['import_s']:.2f} s), sqlite-utils {wall:.2f} s"
            )
        best_ours = min(ours, key=lambda r: r[0])
        best_theirs = min(theirs, key=lambda r: r[0])
        ratio = best_ours[0] / best_theirs[0]
        peak = max(r[1] for r in ours)
        facts = best_ours[2]
        print(f"card numbers masked: {facts['masked']:,}; findings: {facts['findings']}")
        print(
            f"posassist statement import + check: {best_ours[0]:.2f} s "
            f"(in the app, after start-up: {facts['import_s']:.2f} s)"
        )
        print(f"sqlite-utils insert --csv:          {best_theirs[0]:.2f} s")
        print(f"ratio: {ratio:.2f}x (goal <= 2x)")
        print(
            f"peak memory of the import: {peak / 1e6:.0f} MB (goal <= 300 MB); "
            f"sqlite-utils: {best_theirs[1] / 1e6:.0f} MB"
        )
        return 0 if ratio <= 2 and peak <= 300e6 else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
