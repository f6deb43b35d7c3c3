"""Dossier export: a case with 100 A4 scan-like JPEGs (~1.5 MB each) and 10 multi-page
PDFs, exported as the full archive, against img2pdf turning the same JPEGs into a PDF, in
the same run. Both run as child processes, taking turns, so both pay their interpreter
start-up and see the same machine; the best run of each is compared.

Goals (issue #4): export time at most 1.5x img2pdf's, peak memory (max RSS of the export
process) at most 500 MB, archive size at most 1.1x the evidence it carries.

    .venv/bin/python benchmarks/export_dossier.py [--scans 100] [--pdfs 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import shutil
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
    """Statement-like PDFs of 3 to 8 pages: text and rules, as banks and providers send."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from posassist.report.fonts import register

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
    """A case holding the files, stored as the app stores evidence (one blob each)."""
    from pypdf import PdfReader

    from posassist.demo import add_demo_case
    from posassist.domain.evidence import Category, Evidence, FileKind
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository

    repo = CaseRepository(open_database(data_dir / "posassist.sqlite3"))
    case_id = add_demo_case(repo, dt.date(2026, 11, 25))
    evidence = EvidenceRepository(repo.db)
    for i, path in enumerate([*scans, *pdfs]):
        data = path.read_bytes()
        is_pdf = path.suffix == ".pdf"
        pages = len(PdfReader(io.BytesIO(data)).pages) if is_pdf else 1
        evidence.add(
            Evidence(
                case_id=case_id,
                stage="money" if is_pdf else "backup",
                category=Category.FEE_RECEIPT if is_pdf else Category.SETTLEMENT_SLIP,
                original_name=path.name,
                kind=FileKind.PDF if is_pdf else FileKind.JPEG,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                pages=pages,
                description=f"Benchmark file {i + 1}",
                doc_date=dt.date(2026, 10, 1) + dt.timedelta(days=i % 50),
            ),
            data,
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


EXPORT = """
import sys
from pathlib import Path
from posassist.report.commands import export_case
result = export_case(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), "en")
print(f"  exported {result.pages} pages, {result.size:,} bytes", file=sys.stderr)
"""


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
        database = data_dir / "posassist.sqlite3"
        archive = work / "dossier.pdf"
        python = sys.executable

        img2pdf = shutil.which("img2pdf") or str(Path(python).parent / "img2pdf")
        export_times, reference_times, peak = [], [], 0
        # Turn about, so that both see the same machine (a shared one's speed drifts).
        for _ in range(args.runs):
            elapsed, rss = child([python, "-c", EXPORT, str(database), str(case_id), str(archive)])
            export_times.append(elapsed)
            peak = max(peak, rss)
            elapsed, _rss = child([img2pdf, *map(str, scans), "-o", str(work / "img2pdf.pdf")])
            reference_times.append(elapsed)
        export_time, reference = min(export_times), min(reference_times)
        size = archive.stat().st_size

        def runs(times: list[float]) -> str:
            return ", ".join(f"{t:.2f}" for t in times)

        print(f"img2pdf (JPEGs only):        {reference:.2f} s (runs: {runs(reference_times)})")
        print(f"POS Assist export (archive): {export_time:.2f} s (runs: {runs(export_times)})")
        print(f"ratio: {export_time / reference:.2f} (goal <= 1.5)")
        print(f"peak memory of the export: {peak / 1e6:.0f} MB (goal <= 500)")
        print(
            f"archive {size / 1e6:.1f} MB / evidence {evidence / 1e6:.1f} MB = "
            f"{size / evidence:.3f} (goal <= 1.1)"
        )
        ok = export_time / reference <= 1.5 and peak <= 500e6 and size / evidence <= 1.1
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
