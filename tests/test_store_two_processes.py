"""Two processes on one case file: the window and a command (`posassist statement …`)
run side by side. Found while the statements panel tried reading in a child process.

store.inspect._check_header reads the file's header with Python's open() and closes it.
On POSIX, closing any descriptor of a file drops every fcntl lock the process holds on
it, the SQLite connections' shared lock included. Every worker connection the window
opens (import, thumbnails, export) does that inspection, so afterwards another process
closing its connection believes it is the last one: it checkpoints and deletes the WAL
and -shm under the window's open connections (seen: "file is not a database" on the
window's next read). Fixed: a connection opened while this process holds one on the
file is not inspected again (store.database.open_database), so nothing but SQLite opens it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from posassist.store.database import open_database


@pytest.mark.skipif(sys.platform == "win32", reason="fcntl locks are POSIX")
def test_another_process_leaves_the_wal_of_an_open_case_file_alone(tmp_path: Path):
    path = tmp_path / "posassist.sqlite3"
    window = open_database(path)  # the window's connection, open all along
    window.execute("SELECT COUNT(*) FROM cases").fetchone()
    open_database(path).close()  # a worker's connection: inspected, used, closed
    command = (
        "import sys; from posassist.store.database import open_database; "
        "from posassist.store.cases import CaseRepository; "
        "db = open_database(sys.argv[1]); CaseRepository(db).create({'shop_name': 'x'}); "
        "db.close()"
    )
    subprocess.run([sys.executable, "-c", command, str(path)], check=True)
    try:
        # The window still has the file open: its WAL must still be there.
        assert path.with_name(path.name + "-wal").exists()
    finally:
        window.close()
