"""What the intake modules share: the refusal, the result, the limits, dates, a preview cache.

`intake` re-exports the public names; import them from there.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from posassist.domain.evidence import FileKind

if TYPE_CHECKING:
    from PIL import Image

REFUSAL_CODES = (
    "empty",  # no bytes (or, for text, nothing but white space)
    "too_large",  # over the size limit; refused before reading
    "not_supported",  # a format that is not accepted (GIF, Excel, ZIP, programs, random bytes…)
    "truncated",  # the file stops before its end: an interrupted copy or download
    "corrupt",  # damaged inside, or nothing can show it
    "bomb",  # claims so many pixels (or pages of pixels) that decoding it is a hazard
    "password",  # a PDF that cannot be opened without a password
    "no_pages",  # a PDF without a single page
    "unreadable",  # the operating system could not read the file
)

NOTE_CODES = (
    "extension_mismatch",  # the name's extension does not fit the content (a JPEG named .png)
    "orientation_applied",  # EXIF/TIFF orientation turned the image; width/height are upright
    "bad_exif_ignored",  # the EXIF block is damaged; what could not be read was ignored
    "bad_dpi_ignored",  # a zero or impossible resolution in the metadata was ignored
    "bad_date_ignored",  # a date in the metadata could not be read as a date
    "alpha_flattened",  # transparent pixels; the image is shown on white
    "extra_frames_ignored",  # an animation (APNG, animated WebP): only its first frame is shown
    "pdf_repaired",  # damaged PDF structure that pdfium reads (pypdf could not)
    "pdf_encrypted_no_password",  # encrypted, but opens with the empty password
    "pdf_javascript",  # carries JavaScript actions (never run here)
    "encoding_utf16",  # text in UTF-16 (with BOM)
    "encoding_utf32",  # text in UTF-32 (with BOM)
    "encoding_gb18030",  # text in GB18030/GBK (Chinese bank and Alipay exports)
    "encoding_cp1252",  # text in Windows-1252/Latin-1 (older European bank exports)
)

# Pillow's own warning threshold (the default Image.MAX_IMAGE_PIXELS); kept here so that a
# change of Pillow's global by anyone else changes nothing for evidence.
MAX_IMAGE_PIXELS = 89_478_485
# A multi-page file may hold more than one limit's worth, but not without end.
MAX_TOTAL_PIXELS = 10 * MAX_IMAGE_PIXELS
MAX_FRAMES = 1000
# Longest side of the first-page preview kept for the thumbnail that usually follows.
PREVIEW_SIDE = 256


class Refusal(Exception):
    """Why a file is not taken. `code` is one of REFUSAL_CODES (the UI translates it);
    `detail` is a short technical English text for the log, never shown alone."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in REFUSAL_CODES:
            raise ValueError(f"unknown refusal code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Inspection:
    kind: FileKind
    pages: int
    doc_date: dt.date | None
    width: int | None = None
    height: int | None = None
    notes: tuple[str, ...] = ()


def check_pixels(size: tuple[int, int], what: str = "image") -> int:
    """Pixels of a frame whose size was read from a header; refuses bombs and empty frames."""
    width, height = size
    if width <= 0 or height <= 0:
        raise Refusal("corrupt", f"{what} of {width}x{height} pixels")
    pixels = width * height
    if pixels > MAX_IMAGE_PIXELS:
        raise Refusal("bomb", f"{what} of {width}x{height} = {pixels} pixels")
    return pixels


# --- dates ---------------------------------------------------------------------------------

_DATE = re.compile(r"^\s*(?:D:)?\s*(\d{4})[:/.\-]?(\d{2})?[:/.\-]?(\d{2})?")


def parse_date(raw: object) -> tuple[dt.date | None, bool]:
    """(date, was_bad) from an EXIF "YYYY:MM:DD hh:mm:ss" or PDF "D:YYYYMMDD…" value.

    The date is taken as written, in the document's own time zone. Blank and all-zero values
    are the formats' way of saying "unknown": no date, not bad.
    """
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1")
    if not isinstance(raw, str):
        return None, raw is not None
    text = raw.strip(" \x00")
    if not text.strip("0: -/"):
        return None, False
    match = _DATE.match(text)
    if match is None:
        return None, True
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None, True
    if not 1980 <= date.year <= 2100:  # clocks never set, epoch placeholders
        return None, True
    return date, False


# --- preview cache ---------------------------------------------------------------------------


class PreviewCache:
    """First page, small and upright, of the last few files inspect() decoded.

    The import path calls inspect() and then make_thumbnail() on the same bytes object; this
    lets the thumbnail reuse the decode instead of doing it again. Entries are keyed by the
    identity of the bytes and hold a reference to them, so an id cannot be reused while its
    entry lives. Taking an entry removes it; large files are not kept.
    """

    MAX_BYTES = 16 * 1024 * 1024

    def __init__(self, capacity: int = 2) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[int, tuple[bytes, Image.Image, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, data: bytes, image: Image.Image, complete: bool) -> None:
        """`complete`: the image is the whole first page (no larger one exists)."""
        if len(data) > self.MAX_BYTES:
            return
        with self._lock:
            self._entries[id(data)] = (data, image, complete)
            self._entries.move_to_end(id(data))
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)

    def take(self, data: bytes, side: int) -> Image.Image | None:
        """The preview of exactly these bytes if it is big enough for `side`."""
        with self._lock:
            entry = self._entries.get(id(data))
            if entry is None or entry[0] is not data:
                return None
            del self._entries[id(data)]
        _, image, complete = entry
        return image if complete or max(image.size) >= side else None

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


previews = PreviewCache()
