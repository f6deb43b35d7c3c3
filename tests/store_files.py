"""Real case files for the store-safety tests: made with the app's own repositories, then
damaged byte by byte where a test says."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from posassist.domain.evidence import Category, Evidence, FileKind
from posassist.store.cases import CaseRepository
from posassist.store.database import open_database
from posassist.store.evidence import EvidenceRepository


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprints(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in `folder`, by name (to show nothing changed)."""
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def add_file(evidence: EvidenceRepository, case_id: int, data: bytes, name: str) -> int:
    item = Evidence(
        case_id,
        "money",
        Category.SETTLEMENT_SLIP,
        name,
        FileKind.JPEG,
        len(data),
        hashlib.sha256(data).hexdigest(),
    )
    return evidence.add(item, data).evidence_id


@dataclass
class Made:
    path: Path
    case_ids: list[int]
    files: dict[int, bytes]  # evidence id -> bytes


def make_case_file(path: Path, *, cases: int = 2, files: int = 3, size: int = 20_000) -> Made:
    """A closed, checkpointed case file (no -wal) with cases and evidence in it."""
    db = open_database(path)
    repo, evidence = CaseRepository(db), EvidenceRepository(db)
    made = Made(path, [], {})
    for c in range(cases):
        case_id = repo.create({"shop_name": f"小卖部{c}", "provider": "某支付"})
        repo.set_value(case_id, "merchant_id", f"89831005812034{c}")
        made.case_ids.append(case_id)
        for f in range(files):
            data = (bytes([c, f]) + b"evidence-bytes-%d-%d|" % (c, f)) * (size // 20)
            made.files[add_file(evidence, case_id, data, f"slip-{c}-{f}.jpg")] = data
    db.close()  # the last connection folds the WAL into the file and deletes it
    assert not Path(str(path) + "-wal").exists()
    return made


def with_live_wal(path: Path, edits: int = 5) -> None:
    """Leave committed edits only in the -wal, as a kill -9 of the app does: the files
    are copied while the writer still holds them, then put back after it closed."""
    db = open_database(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    repo = CaseRepository(db)
    for n in range(edits):
        repo.set_value(repo.ids()[0], "hotline", f"9500{n}")
    saved = {s: Path(str(path) + s).read_bytes() for s in ("", "-wal")}
    db.close()
    for suffix, data in saved.items():
        Path(str(path) + suffix).write_bytes(data)
    shm = Path(str(path) + "-shm")
    if shm.exists():
        shm.unlink()
    assert Path(str(path) + "-wal").stat().st_size > 0


def pages(path: Path, table: str, pagetype: str) -> list[int]:
    """Page numbers (1-based) of `table`'s pages of a kind ('leaf', 'overflow', ...)."""
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                [table, pagetype],
            )
        ]
    finally:
        conn.close()


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def copy_set(source: Path, target: Path) -> None:
    """Copy a case file with its -wal (if any)."""
    shutil.copyfile(source, target)
    wal = Path(str(source) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(target) + "-wal"))
