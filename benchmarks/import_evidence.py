"""Evidence import: 200 scan-like JPEGs of about 1.5 MB through the app's import path,
against copying the same files, hashing them with sha256sum and sync, in the same run.

Goal (issue #3): ratio at most 1.5. Inputs are generated in a temporary folder.

    .venv/bin/python benchmarks/import_evidence.py [--files 200]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def make_scans(folder: Path, count: int, quality: int = 88) -> list[Path]:
    """A4 at 300 dpi, grey paper with noise and dark text-like bars: about 1.1–1.5 MB each."""
    from PIL import Image, ImageDraw

    width, height = 2480, 3508
    paper = Image.effect_noise((width // 4, height // 4), 24).resize((width, height))
    paper = paper.point(lambda v: 150 + v // 3).convert("RGB")
    draw = ImageDraw.Draw(paper)
    for y in range(300, height - 300, 70):
        draw.rectangle((250, y, width - 250 - (y * 37) % 900, y + 28), fill=(40, 40, 40))
    paths = []
    for n in range(count):
        path = folder / f"scan-{n:03d}.jpg"
        # Each file differs (a stamp in the corner) so none is a duplicate of another.
        page = paper.copy()
        ImageDraw.Draw(page).rectangle((100, 100, 100 + n * 9 % 1800, 160), fill=(n % 256, 0, 0))
        page.save(path, quality=quality)
        paths.append(path)
    return paths


def reference(files: list[Path], target: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(["sha256sum", *map(str, target.iterdir())], check=True, capture_output=True)
    subprocess.run(["sync"], check=True)
    return time.perf_counter() - start


def through_the_app(files: list[Path], data_dir: Path) -> float:
    from posassist.evidence.pipeline import import_files
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository

    db = open_database(data_dir / "posassist.sqlite3")
    case_id = CaseRepository(db).create({"shop_name": "bench"})
    repo = EvidenceRepository(db)
    start = time.perf_counter()
    outcomes = import_files(repo, case_id, "backup", files)  # what the window's worker runs
    elapsed = time.perf_counter() - start
    assert [o.outcome for o in outcomes] == ["stored"] * len(files), outcomes
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="posassist-import-bench-"))
    try:
        sources = work / "in"
        sources.mkdir()
        files = make_scans(sources, args.files)
        total = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {total / len(files) / 1024 / 1024:.2f} MB each on average")
        (work / "copy").mkdir()
        (work / "app").mkdir()
        ref = reference(files, work / "copy")
        app = through_the_app(files, work / "app")
        print(f"cp + sha256sum + sync: {ref:.2f} s")
        print(f"POS Assist import:     {app:.2f} s ({app / len(files) * 1000:.1f} ms per file)")
        print(f"ratio: {app / ref:.2f} (goal <= 1.5)")
        return 0 if app / ref <= 1.5 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
