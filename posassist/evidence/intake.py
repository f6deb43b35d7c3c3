"""Evidence intake: read a file while hashing it, decide from its bytes what it is, refuse it
with a reason when it is broken, hostile or of a format that is not accepted.

    read = read_file(path)                       # Refusal: empty, too_large, unreadable
    found = inspect(read.data, path.name)        # Refusal: any of REFUSAL_CODES
    png = make_thumbnail(read.data, found.kind)  # posassist.evidence.thumbnails

inspect() makes sure that what it accepts can be shown: it decodes every page (a PDF's
first, rendered small, after every page was checked for image bombs), except a JPEG whose
marker structure proves it decodes (see `jpeg`; ~4 ms for a 1.5 MB scan, where decoding
even at 1/8 scale takes ~20). Only Refusal leaves it. All of it may run in worker threads.

make_thumbnail() decodes such a JPEG (at 1/8 scale, ~25 ms for a 1.5 MB scan); right after
inspect() it reuses inspect's decode of the other formats. Made on the import path it costs
more than the rest of the import together: make thumbnails in the background.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from posassist.domain.evidence import DEFAULT_MAX_BYTES, FileKind

from .common import NOTE_CODES, REFUSAL_CODES, Inspection, Refusal
from .pdf import pdf_page_count, render_pdf_page
from .text import decode_text

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "NOTE_CODES",
    "REFUSAL_CODES",
    "Inspection",
    "ReadFile",
    "Refusal",
    "decode_text",
    "inspect",
    "open_image_pages",
    "read_file",
    "pdf_page_count",
    "render_pdf_page",
]

CHUNK = 1024 * 1024

_EXTENSIONS = {
    FileKind.JPEG: {".jpg", ".jpeg", ".jpe", ".jfif", ".jif", ".mpo"},
    FileKind.PNG: {".png"},
    FileKind.TIFF: {".tif", ".tiff"},
    FileKind.WEBP: {".webp"},
    FileKind.BMP: {".bmp", ".dib"},
    FileKind.HEIF: {".heic", ".heif", ".hif"},
    FileKind.PDF: {".pdf"},
    FileKind.CSV: {".csv", ".tsv", ".tab", ".txt"},
    FileKind.TEXT: {".txt", ".text", ".log", ".csv", ".tsv", ".md"},
}

# Formats recognised by signature only to name them in the refusal; no decoder sees them.
# GIF is among them on purpose: a GIF bomb is refused as "not_supported" like any GIF, since
# no GIF is accepted and the owner's remedy is the same (save the proof as PNG, JPEG or PDF).
_UNSUPPORTED = (
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (.xlsx, .docx, .zip…)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (.xls, .doc…)"),
    (b"\x7fELF", "ELF program"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)


@dataclass(frozen=True)
class ReadFile:
    data: bytes
    sha256: str
    size: int


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadFile:
    """The whole file and its SHA-256, hashed in 1 MiB chunks in the same pass.

    The size is checked from stat() before a byte is read; only regular files are opened
    (a FIFO would block, a device never end). A file that changes while it is read is
    refused: its hash would describe neither version.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Refusal("unreadable", "not a regular file")
        _check_size(info.st_size, max_bytes)
        with path.open("rb", buffering=0) as stream:
            # One read of the size stat() gave (one more byte tells growth): a single buffer,
            # no chunk copies (3.4 vs 1.2 ms for 1.5 MB, page faults of the extra buffers).
            data = stream.read(info.st_size + 1)
    except OSError as error:
        raise Refusal("unreadable", f"{error.strerror or error} ({os.fspath(path)})") from error
    if len(data) != info.st_size:
        raise Refusal("unreadable", f"changed while read ({info.st_size} -> {len(data)}+ bytes)")
    # Hashed in 1 MiB chunks as they come from that read, before anything else sees the data.
    digest = hashlib.sha256()
    view = memoryview(data)
    for start in range(0, len(data), CHUNK):
        digest.update(view[start : start + CHUNK])
    view.release()
    return ReadFile(data, digest.hexdigest(), len(data))


def _check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise Refusal("empty", "0 bytes")
    if size > max_bytes:
        raise Refusal("too_large", f"{size} bytes, limit {max_bytes}")


def inspect(data: bytes, name: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> Inspection:
    """What the bytes are (never the name: it only earns a note when it disagrees)."""
    _check_size(len(data), max_bytes)
    try:
        found = _inspect(data)
    except Refusal:
        raise
    except MemoryError as error:
        raise Refusal("bomb", "out of memory while decoding") from error
    except Exception as error:  # noqa: BLE001 - whatever a library raises, the app goes on
        raise Refusal("corrupt", f"unexpected: {error!r}") from error
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in _EXTENSIONS[found.kind]:
        found = replace(found, notes=(*found.notes, "extension_mismatch"))
    return found


def _inspect(data: bytes) -> Inspection:
    from . import images, pdf, text

    for magic, what in _UNSUPPORTED:
        if data.startswith(magic):
            raise Refusal("not_supported", what)
    image, why_not_image = images.open_image(data)
    if image is not None:
        return images.inspect_image(image, data)
    if pdf.looks_like_pdf(data):
        try:
            return pdf.inspect_pdf(data)
        except Refusal as refusal:
            # "%PDF-" after other bytes and nothing a PDF reader can open: maybe just text
            # that mentions it.
            found = None
            if refusal.code == "corrupt" and not data.startswith(b"%PDF-"):
                found = text.inspect_text(data)
            if found is None:
                raise
            return found
    found = text.inspect_text(data)
    if found is not None:
        return found
    if images.looks_like_image(data):
        raise Refusal("corrupt", why_not_image)
    raise Refusal("not_supported", "neither an accepted format nor text")


def open_image_pages(data: bytes) -> Iterator[Image.Image]:
    """Each page of an image (frames of a TIFF/HEIF), RGB on white, right side up."""
    from .images import open_image_pages as pages

    return pages(data)
