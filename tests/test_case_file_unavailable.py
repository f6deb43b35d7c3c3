"""A read-only folder, a read-only case file and a full disk (RLIMIT_FSIZE) give typed
errors naming the file, never a raw sqlite3 exception; the case file stays intact.

Each case runs in a child process: a file-size limit is per process, and as root a
read-only folder is only read-only for another user (the child drops to nobody)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_files import make_case_file, sha256

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, resource, signal, sys
from pathlib import Path
from posassist.store.problems import CaseFileProblem
from posassist.usecases.casefile import open_case_file

path, limit, action = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then write() fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
result = {}
try:
    case_file = open_case_file(path)
    result["opened"] = True
    if action == "backup":
        case_file.backup()
    if action == "fill":  # edits and files until the disk is full
        from posassist.store.problems import typed_errors
        import hashlib
        from posassist.domain.evidence import Category, Evidence, FileKind
        result["saved"] = 0
        with typed_errors(path):
            for n in range(10_000):
                case_file.cases.set_value(1, "hotline", f"edit {n}")
                data = bytes([n % 256]) * 50_000 + str(n).encode()
                item = Evidence(1, "money", Category.OTHER, f"{n}.jpg", FileKind.JPEG,
                                len(data), hashlib.sha256(data).hexdigest())
                case_file.evidence.add(item, data)
                result["saved"] = n + 1
    result["cases"] = len(case_file.cases.ids())
except CaseFileProblem as error:
    result.update(error=type(error).__name__, code=str(error.code), path=str(error.path))
print(json.dumps(result))
"""


def _reachable(path: Path) -> bool:
    """Whether user nobody can run or read `path` (every folder above it searchable)."""
    path = path.resolve()
    return all(p.stat().st_mode & 0o001 for p in path.parents) and bool(path.stat().st_mode & 0o005)


def _interpreter_for_nobody() -> str:
    for candidate in (
        sys.executable,
        f"/usr/bin/python{sys.version_info[0]}.{sys.version_info[1]}",
    ):
        if Path(candidate).exists() and _reachable(Path(candidate)):
            return candidate
    pytest.skip("as root, a read-only folder needs an interpreter user nobody may run")


def child(path: Path, *, limit: int = 0, action: str = "open", other_user: bool = False) -> dict:
    python, extra = sys.executable, {}
    if other_user and os.geteuid() == 0:  # root writes anywhere: run as nobody
        python = _interpreter_for_nobody()

        def drop() -> None:
            os.setgid(65534)
            os.setuid(65534)

        extra = {"preexec_fn": drop}
    site = sysconfig.get_paths()["purelib"]  # this venv's packages, for that interpreter
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), site])}
    done = subprocess.run(
        [python, "-c", CHILD, str(path), str(limit), action],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        **extra,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="posassist-ro-"))
    os.chmod(folder, 0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    shutil.rmtree(folder)


def test_a_new_case_file_in_a_read_only_folder(shared_dir: Path):
    data = shared_dir / "data"
    data.mkdir()
    os.chmod(data, 0o555)
    result = child(data / "posassist.sqlite3", other_user=True)
    assert result == {
        "error": "CaseFileUnavailable",
        "code": "read_only",
        "path": str(data / "posassist.sqlite3"),
    }
    assert list(data.iterdir()) == []


def test_an_existing_case_file_in_a_read_only_folder(shared_dir: Path):
    data = shared_dir / "data"
    data.mkdir()
    path = make_case_file(data / "posassist.sqlite3").path
    os.chmod(path, 0o644)
    before = sha256(path)
    os.chmod(data, 0o555)
    result = child(path, other_user=True)
    assert result["error"] == "CaseFileUnavailable" and result["code"] == "read_only", result
    assert sha256(path) == before


def test_a_read_only_case_file(shared_dir: Path):
    data = shared_dir / "data"
    data.mkdir()
    path = make_case_file(data / "posassist.sqlite3").path
    before = sha256(path)
    os.chmod(data, 0o777)
    os.chmod(path, 0o444)
    result = child(path, other_user=True)
    assert result["error"] == "CaseFileUnavailable" and result["code"] == "read_only", result
    assert sha256(path) == before


def test_a_new_case_file_on_a_full_disk(data_dir: Path):
    result = child(data_dir / "posassist.sqlite3", limit=8192)
    assert result["error"] == "CaseFileUnavailable" and result["code"] == "disk_full", result
    # Nothing half made is left to be taken for a case file later.
    assert not (data_dir / "posassist.sqlite3").exists()


def test_a_backup_on_a_full_disk_leaves_no_partial_backup(data_dir: Path):
    path = make_case_file(data_dir / "posassist.sqlite3", files=5, size=60_000).path
    before = sha256(path)
    # Room for the WAL of opening, not for a second copy of the file.
    result = child(path, limit=path.stat().st_size - 4096, action="backup")
    assert result["error"] == "CaseFileUnavailable" and result["code"] == "disk_full", result
    backups = data_dir / "backups"
    assert [p.name for p in backups.iterdir()] == [], "neither a backup nor a temporary left"
    assert sha256(path) == before
    assert child(path)["cases"] == 2  # and it opens as before


def test_a_full_disk_while_working_keeps_every_earlier_edit(data_dir: Path):
    path = make_case_file(data_dir / "posassist.sqlite3").path
    result = child(path, limit=path.stat().st_size + 600_000, action="fill")
    assert result["error"] == "CaseFileUnavailable" and result["code"] == "disk_full", result
    saved = result["saved"]
    assert saved > 3
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    hotline = conn.execute("SELECT value FROM case_values WHERE key = 'hotline'").fetchone()[0]
    names = {r[0] for r in conn.execute("SELECT original_name FROM evidence")}
    conn.close()
    # The edit and file of the failed round may or may not have made it; all before did.
    assert hotline in (f"edit {saved - 1}", f"edit {saved}")
    assert {f"{n}.jpg" for n in range(saved)} <= names
