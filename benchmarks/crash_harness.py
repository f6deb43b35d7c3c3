"""Crash harness: the store's use cases in a child process killed with SIGKILL at random.

The child opens the case file the way the app does (usecases.casefile), then edits
fields, logs contacts, imports evidence, takes backups and exports a dossier in a loop,
printing one line (flushed) after each commit. The parent kills it at a random moment, then checks:
`integrity_check` ok; every edit, contact and file the child reported is there and
whole (a file's bytes hash to its SHA-256); every backup at its destination is whole
(integrity_check ok, no journal beside it); the dossier at its destination verifies
(never a partial one). Then the next child starts on the same
file, so each run also opens a file left by a kill.

    .venv/bin/python benchmarks/crash_harness.py [--kills 200] [--seed 1]

tests/test_crash_harness.py runs a short version of the same code.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# -- the child ---------------------------------------------------------------------
def child(data_dir: Path, run: int, seed: int) -> None:
    import datetime as dt

    from posassist.domain.case import Contact
    from posassist.domain.evidence import Category, Evidence, FileKind
    from posassist.usecases.casefile import open_case_file

    rng = random.Random(seed * 100_003 + run)
    cf = open_case_file(data_dir / "posassist.sqlite3")
    ids = cf.cases.ids()
    case_id = ids[0] if ids else cf.cases.create({"shop_name": "crash harness"})
    exported = ids[1] if len(ids) > 1 else _case_to_export(cf)
    print(f"READY {case_id}", flush=True)
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.45:
            cf.cases.set_value(case_id, "hotline", f"{run}.{n}")
            print(f"EDIT {run} {n}", flush=True)
        elif roll < 0.65:
            at = dt.datetime.now().astimezone()
            cf.cases.add_contact(case_id, Contact(at, "phone", summary=f"{run}.{n}"))
            print(f"CONTACT {run}.{n}", flush=True)
        elif roll < 0.90:
            data = rng.randbytes(rng.randint(2_000, 120_000))
            sha = hashlib.sha256(data).hexdigest()
            item = Evidence(
                case_id, "money", Category.OTHER, f"f{run}-{n}.bin", FileKind.JPEG, len(data), sha
            )
            evidence_id = cf.evidence.add(item, data).evidence_id
            print(f"FILE {evidence_id} {sha} {len(data)}", flush=True)
        elif roll < 0.96:
            info = cf.backup()
            print(f"BACKUP {info.path.name}", flush=True)
        else:
            from posassist.usecases.export import export_case

            out = data_dir / "exports" / "dossier.pdf"
            out.parent.mkdir(exist_ok=True)
            result = export_case(cf.db, exported, out, "en")
            print(f"EXPORT {result.fingerprint}", flush=True)


def _case_to_export(cf) -> int:
    """A second case with a real photo (the first one's files are random bytes), which
    the child exports as a dossier now and then."""
    import io

    from PIL import Image

    from posassist.domain.evidence import Category, Evidence, FileKind

    case_id = cf.cases.create({"shop_name": "dossier", "provider": "crash harness"})
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 180, 160)).save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    item = Evidence(
        case_id, "money", Category.FEE_RECEIPT, "slip.jpg", FileKind.JPEG, len(data),
        hashlib.sha256(data).hexdigest(),
    )  # fmt: skip
    cf.evidence.add(item, data)
    return case_id


# -- the parent --------------------------------------------------------------------
@dataclass
class Ledger:
    """What the children said they committed, across all runs."""

    last_edit: tuple[int, int] = (0, 0)
    contacts: set[str] = field(default_factory=set)
    files: dict[int, tuple[str, int]] = field(default_factory=dict)
    backups: list[str] = field(default_factory=list)
    exports: int = 0
    commits: int = 0

    def take(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "EDIT":
            self.last_edit = max(self.last_edit, (int(rest[0]), int(rest[1])))
        elif kind == "CONTACT":
            self.contacts.add(rest[0])
        elif kind == "FILE":
            self.files[int(rest[0])] = (rest[1], int(rest[2]))
        elif kind == "BACKUP":
            self.backups.append(rest[0])
        elif kind == "EXPORT":
            self.exports += 1
        else:
            return
        self.commits += 1


def verify(data_dir: Path, ledger: Ledger) -> list[str]:
    """What is wrong after a kill (empty when the promises held)."""
    problems = []
    conn = sqlite3.connect(data_dir / "posassist.sqlite3")  # recovers the WAL, as the app
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            return [f"integrity_check: {check}"]
        row = conn.execute("SELECT value FROM case_values WHERE key = 'hotline'").fetchone()
        if ledger.last_edit != (0, 0):
            found = tuple(int(x) for x in row[0].split(".")) if row else (0, 0)
            if found < ledger.last_edit:  # a later, unreported edit may be there too
                problems.append(f"edit {ledger.last_edit} reported, file has {found}")
        summaries = {r[0] for r in conn.execute("SELECT summary FROM contacts")}
        problems += [f"contact {c} lost" for c in sorted(ledger.contacts - summaries)]
        for evidence_id, (sha, size) in ledger.files.items():
            got = conn.execute(
                "SELECT b.data FROM evidence e JOIN blobs b ON b.sha256 = e.sha256 "
                "WHERE e.id = ? AND e.sha256 = ?",
                [evidence_id, sha],
            ).fetchone()
            if got is None:
                problems.append(f"file {evidence_id} lost")
            elif len(got[0]) != size or hashlib.sha256(got[0]).hexdigest() != sha:
                problems.append(f"file {evidence_id} not whole")
    finally:
        conn.close()
    dossier = data_dir / "exports" / "dossier.pdf"
    if dossier.exists():  # never a partial dossier at its destination
        from posassist.usecases.export import verify_dossier

        try:
            report, _written = verify_dossier(dossier)
            if not report.ok:
                problems.append(f"dossier.pdf does not verify: {report.problems}")
        except Exception as error:  # a torn PDF
            problems.append(f"dossier.pdf cannot be read: {error}")
    elif ledger.exports:
        problems.append("a dossier was reported written, none is at its destination")
    backups = data_dir / "backups"
    for path in sorted(backups.glob("posassist-*.sqlite3")) if backups.exists() else []:
        if Path(str(path) + "-journal").exists():
            problems.append(f"{path.name}: a journal beside a backup")
        b = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            if b.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                problems.append(f"{path.name}: partial or damaged backup at its destination")
        except sqlite3.DatabaseError as error:
            problems.append(f"{path.name}: {error}")
        finally:
            b.close()
    return problems


@dataclass
class Summary:
    kills: int = 0
    commits: int = 0
    problems: list[str] = field(default_factory=list)
    during_open: int = 0
    during_backup: int = 0  # a backup's temporary file existed at the kill
    backups_reported: int = 0
    exports_reported: int = 0
    stale_temporaries: int = 0


def _reader(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def run(data_dir: Path, kills: int, seed: int = 1, max_delay: float = 0.6) -> Summary:
    rng = random.Random(seed)
    ledger, summary = Ledger(), Summary()
    # The installed package, as a user runs it (the source tree has no built _data/:
    # the dossier's font is there only once installed).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for round_no in range(1, kills + 1):
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__)), "child", str(data_dir), str(round_no), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=data_dir,
        )
        lines: list[str] = []
        reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
        reader.start()
        if rng.random() < 0.1:  # now and then while it opens (recovery, checks)
            time.sleep(rng.uniform(0.05, 0.4))
        else:
            deadline = time.monotonic() + 30
            while not any(line.startswith("READY") for line in lines):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"child did not start: {proc.stderr.read()}")
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, max_delay))
        backups = data_dir / "backups"
        if backups.exists() and any(backups.glob(".*.part")):
            summary.during_backup += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
        errors = proc.stderr.read()
        if proc.returncode != -signal.SIGKILL or "Traceback" in errors:
            summary.problems.append(f"run {round_no}: exit {proc.returncode}: {errors[-2000:]}")
        if not any(line.startswith("READY") for line in lines):
            summary.during_open += 1
        for line in lines:
            if line.endswith("\n"):  # a line cut by the kill was not a report
                ledger.take(line)
        summary.kills += 1
        found = verify(data_dir, ledger)
        summary.problems += [f"after kill {round_no}: {p}" for p in found]
        if found:
            break
    summary.commits = ledger.commits
    summary.backups_reported = len(ledger.backups)
    summary.exports_reported = ledger.exports
    summary.stale_temporaries = len(list(backups.glob(".*.part*"))) if backups.exists() else 0
    return summary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="posassist-crash-") as tmp:
        start = time.perf_counter()
        summary = run(Path(tmp), args.kills, args.seed)
        elapsed = time.perf_counter() - start
        size = (Path(tmp) / "posassist.sqlite3").stat().st_size
    print(
        f"{summary.kills} kills ({summary.during_open} while opening, "
        f"{summary.during_backup} during a backup) in {elapsed:.0f} s; "
        f"{summary.commits} commits reported ({summary.backups_reported} backups, "
        f"{summary.exports_reported} dossiers), "
        f"all checked after each kill; case file {size / 1e6:.1f} MB; "
        f"temporaries of killed backups left at the end: {summary.stale_temporaries}"
    )
    for problem in summary.problems:
        print("PROBLEM", problem)
    return 1 if summary.problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(main())
