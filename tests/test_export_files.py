"""An export writes beside its target and renames at the end; the temporary files of an
export that was killed are removed by the next export into that folder, and never one
that a running export is writing."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from posassist.report.files import remove_stale_parts, write_atomically


def test_a_part_file_left_by_a_killed_export_is_removed_by_the_next(tmp_path: Path):
    left = tmp_path / ".dossier.pdf.ab12cd_9.part"
    left.write_bytes(b"%PDF- half a dossier")
    other = tmp_path / "notes.part"  # not one of ours: kept
    other.write_text("mine")
    write_atomically(tmp_path / "dossier.pdf", lambda stream: stream.write(b"%PDF-1.4 whole"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf", "notes.part"]
    assert (tmp_path / "dossier.pdf").read_bytes() == b"%PDF-1.4 whole"


def test_a_part_file_that_a_running_export_writes_is_kept(tmp_path: Path):
    live = tmp_path / ".other.pdf.zz99yy00.part"
    live.write_bytes(b"%PDF- being written")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         f"fd = os.open({str(live)!r}, os.O_RDWR)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('held', flush=True)\n"
         "time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        assert remove_stale_parts(tmp_path) == []
        assert live.exists()
    finally:
        holder.kill()
        holder.wait()
    # Its writer gone (the lock with it), it is stale now.
    assert remove_stale_parts(tmp_path) == [live]


def test_an_export_killed_part_way_leaves_nothing_after_the_next_export(tmp_path: Path):
    """A real export process killed with SIGKILL while it writes; the next export to
    that folder leaves only the dossier."""
    from corpus import corpus_file

    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "POSASSIST_DATA_DIR"}
    env["LANG"] = "C.UTF-8"

    def posassist(*args: str, **kw):
        return subprocess.run(
            [sys.executable, "-m", "posassist", *args, "--data-dir", str(data)],
            capture_output=True, text=True, timeout=120, env=env,
            cwd=Path(__file__).parent, **kw,
        )  # fmt: skip

    assert posassist("demo-case").returncode == 0
    receipts = sorted((corpus_file("receipts", "mindee__receipt.jpg").parent).glob("*.jp*g"))
    assert posassist("attach", "1", *map(str, receipts[:12])).returncode in (0, 1)
    out = tmp_path / "out"
    out.mkdir()
    killed = False
    for _attempt in range(5):
        job = subprocess.Popen(
            [sys.executable, "-m", "posassist", "export", "1", "-o", str(out / "d.pdf"),
             "--data-dir", str(data)],
            env=env, cwd=Path(__file__).parent,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        # Killed the moment its temporary file is there (while it is being written).
        while job.poll() is None:
            if any(p.name.endswith(".part") for p in out.iterdir()):
                job.kill()
                killed = True
                break
            time.sleep(0.002)
        job.wait()
        if killed:
            break
        (out / "d.pdf").unlink(missing_ok=True)  # it finished first: try again
    assert killed, "no export was caught while writing its .part file"
    assert any(p.name.endswith(".part") for p in out.iterdir())
    assert not (out / "d.pdf").exists()  # never a partial dossier at the destination
    done = posassist("export", "1", "-o", str(out / "d.pdf"))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == ["d.pdf"]


def test_the_lock_is_the_one_flock_sees(tmp_path: Path):
    """The liveness test relies on flock: a lock taken through another descriptor of
    the same file by another process is refused while it is held."""
    path = tmp_path / "f"
    path.write_bytes(b"")
    first = os.open(path, os.O_RDWR)
    fcntl.flock(first, fcntl.LOCK_EX | fcntl.LOCK_NB)
    probe = subprocess.run(
        [sys.executable, "-c",
         "import fcntl, os, sys\n"
         f"fd = os.open({str(path)!r}, os.O_RDONLY)\n"
         "try:\n    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept OSError:\n"
         "    sys.exit(3)\n"],
    )  # fmt: skip
    os.close(first)
    assert probe.returncode == 3
