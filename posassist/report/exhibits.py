"""How each evidence item is shown in a dossier, worked out before the layout.

- A JPEG is shown from its original bytes (the PDF image stream is the file itself), turned
  on the page according to its EXIF orientation. Nothing is decoded.
- Other pictures (PNG, TIFF, HEIC, WebP, BMP, and JPEGs a PDF cannot carry as they are) are
  decoded and re-encoded as JPEG at a resolution fit for the page; the original is attached.
- A PDF's own pages are placed on dossier pages as vector graphics; the original is attached.
- CSV and text are set as tables or text; the original is attached.

In an upload packet every picture is re-encoded (smaller) and nothing is attached.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field

from posassist.domain.evidence import FileKind
from posassist.report.snapshot import Numbered
from posassist.report.templates import MM, content_box

log = logging.getLogger(__name__)

JPEG, PICTURES, PDF, TABLE, TEXT, NONE = "jpeg", "pictures", "pdf", "table", "text", "none"

MAX_TABLE_ROWS = 400
MAX_TEXT_LINES = 2500
COLOR_SPACES = {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}


@dataclass(frozen=True)
class Rendering:
    """How pictures are prepared: the archive keeps JPEGs whole; a packet shrinks everything."""

    keep_jpeg: bool = True
    attach: bool = True
    dpi: int = 200
    quality: int = 85


ARCHIVE = Rendering()


@dataclass(frozen=True)
class JpegInfo:
    width: int
    height: int
    color_space: str
    invert: bool  # Adobe CMYK JPEGs store inverted values
    orientation: int  # EXIF 1..8


@dataclass(frozen=True)
class Picture:
    """A JPEG made for display (not an original)."""

    data: bytes
    width: int
    height: int
    gray: bool


@dataclass
class Exhibit:
    numbered: Numbered
    mode: str
    jpeg: JpegInfo | None = None
    pictures: list[Picture] = field(default_factory=list)
    pdf_pages: int = 0
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    lines: list[str] = field(default_factory=list)
    total_lines: int = 0
    encoding: str = ""
    attach: bool = True
    problem: str = ""  # a code: why it cannot be shown ("unreadable")

    @property
    def number(self) -> str:
        return self.numbered.number

    @property
    def pages_shown(self) -> int:
        """Pages this exhibit's pictures or PDF pages take beyond its caption page."""
        if self.mode == PICTURES:
            return len(self.pictures) - 1
        if self.mode == PDF:
            return self.pdf_pages
        return 0


def plan(numbered: Numbered, data: bytes, rendering: Rendering = ARCHIVE) -> Exhibit:
    """Decide how to show one item; never raises for a bad file (it is shown as a note)."""
    item = numbered.item
    attach = rendering.attach
    try:
        if item.kind is FileKind.JPEG and rendering.keep_jpeg:
            info = jpeg_info(data)
            if info is not None:
                return Exhibit(numbered, JPEG, jpeg=info, attach=False)
        if item.kind.is_image:
            pictures = render_pictures(data, rendering)
            if pictures:
                return Exhibit(numbered, PICTURES, pictures=pictures, attach=attach)
        elif item.kind is FileKind.PDF:
            pages = pdf_page_count(data)
            if pages:
                return Exhibit(numbered, PDF, pdf_pages=pages, attach=attach)
        elif item.kind in (FileKind.CSV, FileKind.TEXT):
            return _text_exhibit(numbered, data, attach)
    except Exception:  # a file that cannot be shown is still carried and listed
        log.exception("cannot show %s (%s)", numbered.number, item.original_name)
    return Exhibit(numbered, NONE, attach=attach, problem="unreadable")


def jpeg_info(data: bytes) -> JpegInfo | None:
    """Header facts of a JPEG a PDF can carry unchanged; None when it cannot (then decode)."""
    from PIL import Image

    try:
        # Opening reads the markers up to the frame header only: a file's head will do.
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("JPEG", "MPO") or image.mode not in COLOR_SPACES:
                return None
            if getattr(image, "bits", 8) != 8:
                return None
            try:
                orientation = int(image.getexif().get(0x0112, 1))
            except Exception:  # a damaged EXIF block: show the picture as stored
                orientation = 1
            if orientation not in range(1, 9):
                orientation = 1
            return JpegInfo(
                image.width,
                image.height,
                COLOR_SPACES[image.mode],
                image.mode == "CMYK" and "adobe" in image.info,
                orientation,
            )
    except Exception:
        return None


def picture_box() -> tuple[float, float]:
    """The largest area a picture gets on a page, in points."""
    _x, _y, width, height = content_box("evidence")
    return width, height - 12 * MM


def render_pictures(data: bytes, rendering: Rendering) -> list[Picture]:
    """Every page of a picture file, upright, as a JPEG at `rendering.dpi` on the page."""
    from PIL import Image

    from posassist.evidence.intake import open_image_pages

    width, height = picture_box()
    max_w = round(width / 72 * rendering.dpi)
    max_h = round(height / 72 * rendering.dpi)
    pictures = []
    for page in open_image_pages(data):
        if page.width > max_w or page.height > max_h:
            scale = min(max_w / page.width, max_h / page.height)
            size = (max(1, round(page.width * scale)), max(1, round(page.height * scale)))
            page = page.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        gray = page.mode in ("1", "L", "LA", "I", "I;16", "F")
        page = page.convert("L" if gray else "RGB")
        out = io.BytesIO()
        page.save(out, "JPEG", quality=rendering.quality, optimize=True)
        pictures.append(Picture(out.getvalue(), page.width, page.height, gray))
    return pictures


def pdf_page_count(data: bytes) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        return 0
    return len(reader.pages)


def _text_exhibit(numbered: Numbered, data: bytes, attach: bool) -> Exhibit:
    from posassist.evidence.intake import decode_text

    text, encoding = decode_text(data)
    text = text.replace("\x00", "")
    if numbered.item.kind is FileKind.CSV:
        rows = _csv_rows(text)
        if rows is not None:
            return Exhibit(
                numbered,
                TABLE,
                rows=rows[:MAX_TABLE_ROWS],
                total_rows=len(rows),
                encoding=encoding,
                attach=attach,
            )
    lines = text.splitlines()
    return Exhibit(
        numbered,
        TEXT,
        lines=lines[:MAX_TEXT_LINES],
        total_lines=len(lines),
        encoding=encoding,
        attach=attach,
    )


def _csv_rows(text: str) -> list[list[str]] | None:
    """The rows of a CSV (delimiter sniffed), cells trimmed; None when it is not tabular."""
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        delimiter = max(counts, key=counts.get)
        if not counts[delimiter]:
            return None

        class dialect(csv.excel):  # noqa: N801 (a csv dialect is a class)
            pass

        dialect.delimiter = delimiter
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error:
        return None
    rows = [row for row in rows if any(row)]
    return rows or None
