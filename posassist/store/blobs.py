"""Reading stored originals fast, for an export: the first bytes of one, and readers on
read-only connections of their own that another thread can use.

Originals never change (each is stored once under its SHA-256), so a second connection
may read them while the window's connection writes other rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from sqlite_utils import Database

# For (sha256, size) pairs, in their order: each one's bytes, in chunks.
Reader = Callable[[Sequence[tuple[str, int]]], Iterator[Iterable[bytes]]]
OpenReader = Callable[[], tuple[Reader, Callable[[], None]]]
CHUNK = 16 * 1024 * 1024


def head_reader(db: Database) -> Callable[[str, int], bytes]:
    """sha256, count -> an original's first `count` bytes (a JPEG's header, say)."""

    def head(sha256: str, count: int) -> bytes:
        # Incremental blob I/O: a header costs a few pages, not the whole blob.
        row = db.execute("SELECT rowid FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        with db.conn.blobopen("blobs", "data", row[0], readonly=True) as blob:
            return blob.read(count)

    return head


def main_file(db: Database) -> str | None:
    """The file of the connection's main database; None for one in memory."""
    try:
        for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
            if name == "main":
                return file or None
    except sqlite3.Error:
        pass
    return None


def _chunks(connection: sqlite3.Connection, rowid: int) -> Iterator[bytes]:
    """A blob's bytes, CHUNK at a time (one piece for most originals)."""
    with connection.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def blob_reader(path: str | None) -> OpenReader | None:
    """Readers of originals on a read-only connection of their own, in large chunks by
    incremental blob I/O. None for a database in memory."""
    if path is None:
        return None

    def open_reader() -> tuple[Reader, Callable[[], None]]:
        # Opened here, used by one other thread only (then closed by it).
        try:
            connection = sqlite3.connect(
                Path(path).as_uri() + "?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as error:  # the report knows no SQL: an OSError to it
            raise OSError(f"cannot open a second connection to {path}: {error}") from error

        def read(wanted: Sequence[tuple[str, int]]) -> Iterator[Iterable[bytes]]:
            # Where each one is, in one statement; then its bytes by incremental blob I/O,
            # which copies them from the file into the result with the GIL released (a
            # SELECT of the column does that copy holding it, stalling the layout).
            found = dict(
                connection.execute(
                    "SELECT b.sha256, b.rowid FROM json_each(?) AS w"
                    " JOIN blobs AS b ON b.sha256 = w.value",
                    [json.dumps([sha256 for sha256, _size in wanted])],
                ).fetchall()
            )
            for sha256, _size in wanted:
                rowid = found.get(sha256)
                if rowid is None:
                    raise LookupError(sha256)
                yield _chunks(connection, rowid)

        return read, connection.close

    return open_reader
