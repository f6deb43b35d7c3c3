"""Dossier export: a case with 100 A4 scan-like JPEGs (~1.5 MB each) and 10 multi-page
PDFs, exported as the full archive, against img2pdf turning the same JPEGs into a PDF, in
the same run. Measured two ways, each taking turns with img2pdf so that both see the same
machine (a shared one's speed drifts), the best run of each compared:

- in the app: one process that has loaded its code (the app loads the export code when
  the export dialog opens) exports the case as the dialog's worker does, and calls
  img2pdf.convert() on the same JPEGs; this is the export a shop owner waits for, and
  the figure the goal is checked on;
- as commands: `posassist export` and `img2pdf` as child processes, start-up included.
  Interpreter start-up and loading sqlite-utils, ReportLab and pypdf take about as long
  as img2pdf's whole run, so this ratio is higher; it is printed with that floor.

Goals (issue #4): export time at most 1.5x img2pdf's, peak memory (max RSS of the export
command) at most 500 MB, archive size at most 1.1x the evidence it carries.

    .venv/bin/python benchmarks/export_dossier.py [--scans 100] [--pdfs 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SCAN_QUALITY = 92  # with the import benchmark's page: about 1.5 MB per scan


def make_scans(folder: Path, count: int) -> list[Path]:
    """The import benchmark's A4 scans, at a quality that makes them about 1.5 MB."""
    from import_evidence import make_scans as scans

    return scans(folder, count, SCAN_QUALITY)


def make_pdfs(folder: Path, count: int) -> list[Path]:
    """Statement-like PDFs of 3 to 8 pages: text and rules, as banks and providers send
    them: fonts embedded, content Flate-compressed (not also ASCII85-wrapped, as ReportLab
    does by default and statements from banks' systems do not)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from posassist.report.fonts import register

    rl_config.useA85 = 0
    font, _mono = register()  # embedded, like the statements banks send
    paths = []
    for n in range(count):
        path = folder / f"statement-{n:02d}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        for page in range(3 + n % 6):
            c.setFont(font, 14)
            c.drawString(60, 790, f"Settlement statement {n + 1}, page {page + 1}")
            c.setFont(font, 8)
            for row in range(60):
                y = 760 - row * 11.5
                c.drawString(
                    60, y, f"2026-10-{1 + row % 28:02d}  Card payment  #{n}{page}{row:03d}"
                )
                c.drawRightString(530, y, f"{(row * 37 + n * 11) % 900 + 0.5:.2f}")
                c.line(60, y - 3, 530, y - 3)
            c.showPage()
        c.save()
        paths.append(path)
    return paths


def make_case(data_dir: Path, scans: list[Path], pdfs: list[Path]) -> int:
    """A case holding the files, imported as the app imports them (one blob each, what
    the import finds out kept beside), with a description and a date each."""
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_files
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.demo import add_demo_case

    repo = CaseRepository(open_database(data_dir / "posassist.sqlite3"))
    case_id = add_demo_case(repo, dt.date(2026, 11, 25))
    evidence = EvidenceRepository(repo.db)
    outcomes = [
        *import_files(evidence, case_id, "backup", scans, Category.SETTLEMENT_SLIP),
        *import_files(evidence, case_id, "money", pdfs, Category.FEE_RECEIPT),
    ]
    for i, outcome in enumerate(outcomes):
        assert outcome.evidence_id is not None, outcome
        evidence.update(
            outcome.evidence_id,
            description=f"Benchmark file {i + 1}",
            doc_date=dt.date(2026, 10, 1) + dt.timedelta(days=i % 50),
        )
    repo.db.close()
    return case_id


def child(command: list[str]) -> tuple[float, int]:
    """Wall time of a child process and its own peak RSS in bytes (its ru_maxrss)."""
    start = time.perf_counter()
    process = subprocess.Popen(command)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return elapsed, usage.ru_maxrss * scale


IN_PROCESS = """
import json, os, sys, time
from pathlib import Path
import img2pdf
from posassist.usecases.export import export_case, preload
database, case_id, archive, reference, runs = sys.argv[1:6]
scans = sys.argv[6:]
preload()

def export():
    export_case(Path(database), int(case_id), Path(archive), "en")

def convert():
    with open(reference, "wb") as out:
        img2pdf.convert(scans, outputstream=out)

export(); convert()  # warm: code loaded, files in the page cache
times = {"export": [], "img2pdf": []}
for _ in range(int(runs)):
    for name, work in (("export", export), ("img2pdf", convert)):
        os.sync()  # untimed: no run pays for the data the one before left to write back
        start = time.perf_counter()
        work()
        times[name].append(time.perf_counter() - start)
print(json.dumps(times))
"""

# What `posassist export` loads before its first page: the floor of its start-up.
IMPORTS = (
    "import posassist.cli, posassist.store.database, posassist.report.dossier, "
    "posassist.report.layout, posassist.report.packet, pypdf"
)


def runs_text(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--pdfs", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (best is kept)")
    parser.add_argument("--keep", type=Path, help="keep the inputs and outputs in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="posassist-export-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        inputs = work / "in"
        inputs.mkdir(exist_ok=True)
        scans = make_scans(inputs, args.scans)
        pdfs = make_pdfs(inputs, args.pdfs)
        evidence = sum(p.stat().st_size for p in [*scans, *pdfs])
        scan_bytes = sum(p.stat().st_size for p in scans)
        print(
            f"{len(scans)} scans, {scan_bytes / len(scans) / 1e6:.2f} MB each on average; "
            f"{len(pdfs)} PDFs, {sum(p.stat().st_size for p in pdfs) / 1e3:.0f} kB in all; "
            f"evidence {evidence / 1e6:.1f} MB"
        )
        data_dir = work / "data"
        data_dir.mkdir(exist_ok=True)
        case_id = make_case(data_dir, scans, pdfs)
        archive = work / "dossier.pdf"
        python = sys.executable

        img2pdf = str(Path(python).parent / "img2pdf")  # the venv's, never one on PATH
        reference_pdf = work / "img2pdf.pdf"

        # In the app: warm, in one process.
        completed = subprocess.run(
            [python, "-c", IN_PROCESS, str(data_dir / "posassist.sqlite3"), str(case_id),
             str(archive), str(reference_pdf), str(args.runs + 2), *map(str, scans)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        warm = json.loads(completed.stdout)
        warm_export, warm_reference = min(warm["export"]), min(warm["img2pdf"])

        # As commands: child processes, start-up included.
        export_times, reference_times, import_times, peak = [], [], [], 0
        for _ in range(args.runs):
            os.sync()  # untimed, before each run: see IN_PROCESS
            elapsed, rss = child(
                [python, "-m", "posassist", "export", str(case_id), "-o", str(archive),
                 "--lang", "en", "--data-dir", str(data_dir)]
            )  # fmt: skip
            export_times.append(elapsed)
            peak = max(peak, rss)
            os.sync()
            elapsed, _rss = child([img2pdf, *map(str, scans), "-o", str(reference_pdf)])
            reference_times.append(elapsed)
            elapsed, _rss = child([python, "-c", IMPORTS])
            import_times.append(elapsed)
        export_time, reference = min(export_times), min(reference_times)
        size = archive.stat().st_size

        ratio = warm_export / warm_reference
        print("In the app (code loaded, one process):")
        print(f"  img2pdf.convert (JPEGs only): {warm_reference:.2f} s (runs: "
              f"{runs_text(warm['img2pdf'])})")  # fmt: skip
        print(f"  POS Assist export (archive):  {warm_export:.2f} s (runs: "
              f"{runs_text(warm['export'])})")  # fmt: skip
        medians = statistics.median(warm["export"]) / statistics.median(warm["img2pdf"])
        print(f"  ratio: {ratio:.2f} (goal <= 1.5); of the medians: {medians:.2f}")
        print("As commands (start-up included):")
        print(f"  img2pdf:                      {reference:.2f} s (runs: "
              f"{runs_text(reference_times)})")  # fmt: skip
        print(f"  posassist export:             {export_time:.2f} s (runs: "
              f"{runs_text(export_times)})")  # fmt: skip
        print(f"  ratio: {export_time / reference:.2f}; of which start-up and loading the "
              f"code alone: {min(import_times):.2f} s = {min(import_times) / reference:.2f} "
              "x img2pdf's whole run")  # fmt: skip
        print(f"peak memory of the export command: {peak / 1e6:.0f} MB (goal <= 500)")
        print(
            f"archive {size / 1e6:.1f} MB / evidence {evidence / 1e6:.1f} MB = "
            f"{size / evidence:.3f} (goal <= 1.1)"
        )
        ok = ratio <= 1.5 and peak <= 500e6 and size / evidence <= 1.1
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
