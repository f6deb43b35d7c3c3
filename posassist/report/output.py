"""Writing the PDF file in one pass: the originals first, straight from the store, then the
laid-out document.

The file is laid out as

    header · originals 1..K · ReportLab's objects K+1..N · cross-reference table · trailer

The originals — each JPEG shown on a page (its bytes are the image stream) and each file
carried as an attachment — are the bulk of a dossier. They are copied from the store in
large chunks, hashed on the way and checked against their recorded SHA-256, and never held
all at once. Their object numbers and dictionaries are known before the layout starts
(from the manifest and each JPEG's header), so they can be written while the pages are
still being laid out: on a thread of their own with their own store connection when the
snapshot offers one, else on the calling thread before the layout.

ReportLab lays out the pages in memory as usual; it numbers its objects after the
originals (reportlab_internals.reserve), refers to an original by a name bound to its
fixed number (.bind), and `finish` writes its objects after the originals with
ReportLab's own formatting, then one cross-reference table for all of them. Nothing is
read back.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from posassist.report.pdf_syntax import (
    embedded_file_dictionary,
    image_dictionary,
    name_bytes,
    string_bytes,
    text_string,
)

PDF_VERSION = "1.7"
HEADER = f"%PDF-{PDF_VERSION}\n%\xe2\xe3\xcf\xd3 POS Assist\n".encode("latin-1")

# For (sha256, size) pairs, in their order: each one's bytes, in chunks.
Reader = Callable[[Sequence[tuple[str, int]]], Iterator[Iterable[bytes]]]
ENDSTREAM = b"\nendstream\nendobj\n"


class Cancelled(Exception):
    pass


class StoreMismatch(RuntimeError):
    """Bytes read from the store do not match their recorded SHA-256 (or size).
    str() is the SHA-256; `item` names the evidence ("E-03 statement.pdf") once known."""

    item = ""


@dataclass(frozen=True)
class Original:
    """One original carried in the file: an object whose stream is the file's bytes."""

    number: int  # PDF object number, 1..K
    sha256: str
    size: int
    dictionary: bytes  # "<< ... " without /Length and the closing ">>"


class OriginalsWriter:
    """Writes the header and the originals, in order, recording where each object starts.

    `open_reader()` gives (read, close); the thread that writes reads with it and closes
    it. Run it with `run()` on the calling thread, or `start()` it on a thread of its own
    and `join()` it; `done` counts the originals written (for progress), `stop()` asks it
    to stop before the next one, and an error on the thread is raised by `raise_error()`.
    With `durable`, the originals are flushed to the disk as they are written (a second
    thread flushes every 32 MB while the first goes on copying, so the disk and the CPU
    work at once) and once more at the end, all while the pages are laid out: the final
    fsync of the file has only the rest left. (benchmarks/export_dossier.py: the last
    flush of 135 MB took 50-75 ms on the critical path; with the syncer, 6-11 ms.)
    """

    # While the thread runs, the interpreter switches threads every 0.1 ms rather than
    # every 5: each store read, hash and write hands the GIL over and back, and with the
    # default the thread would wait up to 5 ms for it each time (the layout on the
    # calling thread holds it otherwise). benchmarks/export_dossier.py: 5 ms -> 0.1 ms
    # took the writer from ~0.6 s to ~0.35 s beside the layout; the layout itself lost
    # under 10 ms to the extra switches.
    SWITCH_INTERVAL = 0.0001

    def __init__(
        self,
        out: BinaryIO,
        originals: list[Original],
        open_reader: Callable[[], tuple[Reader, Callable[[], None]]],
        on_written: Callable[[], None] | None = None,
        durable: bool = False,
    ) -> None:
        self.out = out
        self.originals = originals
        self.open_reader = open_reader
        self.on_written = on_written
        self.durable = durable
        self.offsets: dict[int, int] = {}
        self.position = 0
        self.done = 0
        self._fd: int | None = None
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- running ------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._guarded, name="dossier-originals")
        _faster_switching(True)
        try:
            self._thread.start()
        except BaseException:
            _faster_switching(False)
            raise

    def join(self, timeout: float | None = None) -> bool:
        """Wait (at most `timeout` seconds); True when the writing is over."""
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                return False
        return True

    def stop(self) -> None:
        self._stop.set()

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error

    def _guarded(self) -> None:
        try:
            self.run()
        except BaseException as error:  # handed to the calling thread by raise_error()
            self.error = error
        finally:
            _faster_switching(False)

    def run(self) -> None:
        read, close = self.open_reader()
        self.out.flush()
        self._fd = _file_descriptor(self.out)
        syncer = None
        if self.durable and self._fd is not None:
            syncer = _Syncer(self._fd)
            syncer.start()
        try:
            self._write_parts([HEADER])
            contents = read([(original.sha256, original.size) for original in self.originals])
            for original in self.originals:
                if self._stop.is_set():
                    raise Cancelled()
                chunks = next(contents, None)
                if chunks is None:
                    raise StoreMismatch(original.sha256)
                self._write_original(original, chunks)
                if syncer is not None:
                    syncer.written(self.position)
                self.done += 1
                if self.on_written is not None:
                    self.on_written()
        finally:
            close()
            if syncer is not None:
                syncer.stop()
            if self._fd is not None:  # the buffered file catches up with its descriptor
                self.out.seek(self.position)
        if self.durable and self.originals and self._fd is not None:
            _sync_data(self._fd)  # what the syncer has not flushed yet

    # -- writing ------------------------------------------------------------------
    def _write_original(self, original: Original, chunks: Iterable[bytes]) -> None:
        """The object around the original's bytes. Each chunk goes out with what precedes
        it in one system call: every call hands the GIL over and back (see above)."""
        self.offsets[original.number] = self.position
        pending = [
            f"{original.number} 0 obj\n".encode("ascii")
            + original.dictionary
            + f"\n/Length {original.size}\n>>\nstream\n".encode("ascii")
        ]
        digest = hashlib.sha256()
        size = 0
        for chunk in chunks:
            digest.update(chunk)
            size += len(chunk)
            if len(pending) > 1:
                self._write_parts(pending)
                pending = []
            pending.append(chunk)
        pending.append(ENDSTREAM)
        if size != original.size or digest.hexdigest() != original.sha256:
            raise StoreMismatch(original.sha256)
        self._write_parts(pending)

    def _write_parts(self, parts: list[bytes]) -> None:
        total = sum(len(part) for part in parts)
        if self._fd is None:
            self.out.write(b"".join(parts))
        else:
            _write_all(self._fd, parts)
        self.position += total


def _file_descriptor(out: BinaryIO) -> int | None:
    """The descriptor to write to directly, or None for a stream that has none."""
    try:
        return out.fileno()
    except (AttributeError, OSError):  # not a file (io.UnsupportedOperation)
        return None


def _write_all(fd: int, parts: list[bytes]) -> None:
    """Write the parts one after another, in one system call where the OS offers it."""
    if not hasattr(os, "writev"):  # Windows
        data = b"".join(parts)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        return
    views = [memoryview(part) for part in parts if part]
    while views:
        written = os.writev(fd, views)
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views and written:
            views[0] = views[0][written:]


class _Syncer:
    """Flushes what the writer has written to the disk while it goes on writing: the
    disk works while the CPU copies and hashes, and the final flush has little left."""

    STEP = 32 * 1024 * 1024  # bytes written between flushes

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._flushed = 0
        self._target = 0
        self._done = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="dossier-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def written(self, position: int) -> None:
        if position - self._flushed >= self.STEP:
            with self._wake:
                self._target = position
                self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._done = True
            self._wake.notify()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._target <= self._flushed and not self._done:
                    self._wake.wait()
                if self._done:
                    return
                target = self._target
            try:
                _sync_data(self.fd)
            except OSError:
                return  # the final flush, on the writer's thread, will raise it
            self._flushed = target


_switching_lock = threading.Lock()
_switching: list[float] = []  # the interval to restore, while writers run


def _faster_switching(on: bool) -> None:
    """Lower the interpreter's switch interval while any writer thread runs."""
    import sys

    with _switching_lock:
        if on:
            if not _switching:
                _switching.append(sys.getswitchinterval())
                sys.setswitchinterval(min(_switching[0], OriginalsWriter.SWITCH_INTERVAL))
            else:
                _switching.append(_switching[0])
        elif _switching:
            previous = _switching.pop()
            if not _switching:
                sys.setswitchinterval(previous)


def _sync_data(fileno: int) -> None:
    import os

    sync = getattr(os, "fdatasync", os.fsync)  # no fdatasync on macOS and Windows
    sync(fileno)


# -- ReportLab's side (its internals: reportlab_internals.py) ------------------------------


@dataclass
class Information:
    """The document information dictionary, written in full by us (ReportLab's has fixed
    keys; ours carries the manifest and the fingerprint too)."""

    entries: dict[str, str] = field(default_factory=dict)


def finish(
    canvas: Any,
    writer: OriginalsWriter,
    information: Information,
    wait: Callable[[], None] | None = None,
) -> int:
    """Write ReportLab's objects after the originals, then the cross-reference table and
    the trailer; return the size of the file.

    The objects are formatted first, in memory (a few MB at most: the originals are not
    among them), while the writer may still be at work; `wait()` then waits for it to
    end, and they follow the originals in the file.
    """
    from posassist.report import reportlab_internals as rl

    formatted = rl.format_objects(
        canvas, lambda doc: rl.information(doc, information.entries, text_string)
    )
    if wait is not None:
        wait()
    offsets = dict(writer.offsets)
    position = writer.position
    for n, data in enumerate(formatted.objects, start=formatted.first):
        offsets[n] = position
        position += len(data)
    count = formatted.count  # objects 0..count-1
    missing = [n for n in range(1, count) if n not in offsets]
    if missing:
        raise RuntimeError(f"objects {missing[:5]} were never written")
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % count]
    xref += [b"%010d 00000 n \n" % offsets[n] for n in range(1, count)]
    tail = b"".join([*formatted.objects, *xref, formatted.trailer(position)])
    writer.out.write(tail)
    return writer.position + len(tail)


__all__ = [
    "Cancelled",
    "Information",
    "Original",
    "OriginalsWriter",
    "StoreMismatch",
    "embedded_file_dictionary",  # the PDF syntax of pdf_syntax.py, as before
    "finish",
    "image_dictionary",
    "name_bytes",
    "string_bytes",
    "text_string",
]
