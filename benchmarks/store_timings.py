"""Store timings: one field save (one synchronous transaction), and the checks and the
backup of a case file of about 1 GB (generated in /tmp, deleted afterwards).

    .venv/bin/python benchmarks/store_timings.py [--mb 1024] [--saves 300]

The big file is read from the page cache (it was just written): a cold disk is slower.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import tempfile
import time
from pathlib import Path


def field_saves(folder: Path, count: int) -> list[float]:
    from posassist.usecases.casefile import open_case_file

    with open_case_file(folder / "posassist.sqlite3") as cf:
        case_id = cf.cases.create({"shop_name": "timing"})
        times = []
        for n in range(count):
            start = time.perf_counter()
            cf.cases.set_value(case_id, "appeal_note", f"typed so far: {'x' * (n % 200)}")
            times.append(time.perf_counter() - start)
    return times


def big_case_file(path: Path, megabytes: int) -> None:
    from posassist.domain.evidence import Category, Evidence, FileKind
    from posassist.usecases.casefile import open_case_file

    with open_case_file(path) as cf:
        case_id = cf.cases.create({"shop_name": "1 GB"})
        for n in range(megabytes):
            data = os.urandom(1 << 20)
            sha = hashlib.sha256(data).hexdigest()
            item = Evidence(
                case_id, "money", Category.OTHER, f"{n}.jpg", FileKind.JPEG, len(data), sha
            )
            cf.evidence.add(item, data)


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"  {label}: {elapsed:.2f} s")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=1024)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    from posassist.store.inspect import inspect_case_file
    from posassist.usecases.casefile import open_case_file

    with tempfile.TemporaryDirectory(prefix="posassist-timing-", dir="/tmp") as tmp:
        times = sorted(field_saves(Path(tmp), args.saves))
        ms = [t * 1000 for t in times]
        print(
            f"field save (x{args.saves}, synchronous=FULL): median {statistics.median(ms):.2f} ms, "
            f"p95 {ms[int(len(ms) * 0.95)]:.2f} ms, max {ms[-1]:.2f} ms"
        )
    with tempfile.TemporaryDirectory(prefix="posassist-1gb-", dir="/tmp") as tmp:
        path = Path(tmp) / "posassist.sqlite3"
        start = time.perf_counter()
        big_case_file(path, args.mb)
        size = path.stat().st_size
        print(f"case file of {size / 1e9:.2f} GB made in {time.perf_counter() - start:.1f} s")
        timed("quick_check (read-only inspection)", lambda: inspect_case_file(path, check="quick"))
        timed(
            "integrity_check (read-only inspection)", lambda: inspect_case_file(path, check="full")
        )
        timed("open_case_file (inspection + open)", lambda: open_case_file(path).close())
        with open_case_file(path) as cf:
            backup = []
            timed(
                "backup (online API + integrity_check + fsync)", lambda: backup.append(cf.backup())
            )
            print(f"    backup of {backup[0].size / 1e9:.2f} GB: {backup[0].path.name}")
            backup[0].path.unlink()
            timed(
                "backup with progress (64 MB steps)", lambda: cf.backup(progress=lambda d, t: None)
            )
            report = []
            timed(
                "check_store (integrity_check + re-hash)", lambda: report.append(cf.check_store())
            )
            assert report[0].ok and report[0].checked == args.mb
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
