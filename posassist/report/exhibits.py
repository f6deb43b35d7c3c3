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
from typing import Any

from posassist.domain.evidence import FileKind
from posassist.evidence.pdf_fonts import PageFonts, open_pdf, page_fonts
from posassist.report.snapshot import Numbered

log = logging.getLogger(__name__)

JPEG, PICTURES, PDF, TABLE, TEXT, NONE = "jpeg", "pictures", "pdf", "table", "text", "none"

MAX_TABLE_ROWS = 400
MAX_TEXT_LINES = 2500


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
    # The PDF as read for planning (pypdf), kept for its pages when the file is small.
    pdf: Any = field(default=None, repr=False, compare=False)
    # Pages drawn with fonts the PDF does not carry (index -> the fonts' names): shown as
    # pictures, so that the dossier looks the same everywhere and embeds every font.
    raster: dict[int, list[str]] = field(default_factory=dict)
    # Per page, fonts declared but not used nor carried: left out of the page's copy.
    unused_fonts: dict[int, frozenset[str]] = field(default_factory=dict)
    damaged: bool = False  # a PDF only pdfium reads: every page shown as a picture
    rendering: Rendering = ARCHIVE  # how those pictures are made
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    lines: list[str] = field(default_factory=list)
    total_lines: int = 0
    encoding: str = ""
    attach: bool = True
    problem: str = ""  # a code: why it cannot be shown ("unreadable")
    # The text read on its pages (snapshot.recognised), drawn invisibly over them.
    recognised: tuple = ()
    unread: bool = False  # no engine had read its text when the snapshot was taken

    def page_text(self, number: int) -> Any:
        """What was read on page `number` (from 1), or None."""
        return next((p for p in self.recognised if p.number == number), None)

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


def plan(
    numbered: Numbered,
    data: bytes,
    rendering: Rendering = ARCHIVE,
    fonts: PageFonts | None = None,
) -> Exhibit:
    """Decide how to show one item; never raises for a bad file (it is shown as a note).
    `fonts`: for a PDF, what its import found out about its fonts, if known."""
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
            return _pdf_exhibit(numbered, data, rendering, fonts)
        elif item.kind in (FileKind.CSV, FileKind.TEXT):
            return _text_exhibit(numbered, data, attach)
    except Exception:  # a file that cannot be shown is still carried and listed
        log.exception("cannot show %s (%s)", numbered.number, item.original_name)
    return Exhibit(numbered, NONE, attach=attach, problem="unreadable")


# Start-of-frame markers of the JPEGs a PDF's DCTDecode shows everywhere: baseline,
# extended sequential and progressive, Huffman coded. (Lossless, hierarchical and
# arithmetic-coded JPEGs are decoded and shown converted; their original is attached.)
_SHOWN_FRAMES = {0xC0, 0xC1, 0xC2}
_OTHER_FRAMES = {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM, RST0-7: markers without a length


def jpeg_info(data: bytes) -> JpegInfo | None:
    """Header facts of a JPEG a PDF can carry unchanged; None when it cannot (then decode).

    Reads the markers up to the start of the scan only, so a file's head will do (None
    when the head ends before the scan: then the whole file is read). Nothing is decoded.
    """
    if data[:2] != b"\xff\xd8":
        return None
    pos, size = 2, len(data)
    frame: tuple[int, int, int, int, int] | None = None  # marker, bits, height, width, layers
    exif: bytes | None = None
    adobe = False
    while True:
        while pos < size and data[pos] != 0xFF:
            pos += 1  # garbage between segments, as decoders tolerate it
        while pos < size and data[pos] == 0xFF:
            pos += 1  # fill bytes
        if pos >= size:
            return None
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE or marker == 0x00:  # 0xFF00 is a stuffed byte, no marker
            continue
        if marker in (0xD8, 0xD9):  # a second SOI, or EOI before any scan
            return None
        if pos + 2 > size:
            return None
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > size:
            return None
        body = data[pos + 2 : pos + length]
        pos += length
        if marker == 0xDA:  # start of scan: the header is complete
            break
        if marker in _SHOWN_FRAMES or marker in _OTHER_FRAMES:
            if frame is not None or len(body) < 6:
                return None
            height = int.from_bytes(body[1:3], "big")
            width = int.from_bytes(body[3:5], "big")
            frame = (marker, body[0], height, width, body[5])
        elif marker == 0xE1 and exif is None and body[:6] == b"Exif\x00\x00":
            exif = body[6:]
        elif marker == 0xEE and body[:5] == b"Adobe":
            adobe = True
    if frame is None:
        return None
    marker, bits, height, width, layers = frame
    if marker not in _SHOWN_FRAMES or bits != 8 or not width or not height:
        return None
    spaces = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}
    if layers not in spaces:
        return None
    orientation = _exif_orientation(exif) if exif else 1
    return JpegInfo(width, height, spaces[layers], layers == 4 and adobe, orientation)


def _exif_orientation(tiff: bytes) -> int:
    """Tag 0x0112 of IFD0 (1 when absent, damaged or out of range: shown as stored)."""
    order = {b"II": "little", b"MM": "big"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return 1

    def number(at: int, width: int) -> int:
        return int.from_bytes(tiff[at : at + width], order)  # type: ignore[arg-type]

    ifd = number(4, 4)
    if ifd + 2 > len(tiff):
        return 1
    for n in range(number(ifd, 2)):
        entry = ifd + 2 + 12 * n
        if entry + 12 > len(tiff):
            return 1
        if number(entry, 2) != 0x0112:
            continue
        kind = number(entry + 2, 2)
        if kind == 3:  # SHORT
            value = number(entry + 8, 2)
        elif kind == 4:  # LONG
            value = number(entry + 8, 4)
        else:
            return 1
        return value if 1 <= value <= 8 else 1
    return 1


def picture_box() -> tuple[float, float]:
    """The largest area a picture gets on a page, in points."""
    from posassist.report.templates import MM, content_box

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


# An evidence PDF up to this size stays open from planning to layout (read once); a
# larger one is read again for its pages, so that a case of big PDFs is not held at once.
KEEP_PDF_BYTES = 4 * 1024 * 1024


def _pdf_exhibit(
    numbered: Numbered, data: bytes, rendering: Rendering, fonts: PageFonts | None
) -> Exhibit:
    """A PDF's pages placed as they are; those drawn with fonts the file does not carry,
    and every page of a file only pdfium can read, shown as pictures. `fonts`: what the
    import found out about its fonts (evidence.pdf_fonts), None to find out now."""
    attach = rendering.attach
    try:
        reader = open_pdf(data)
        if reader is None:  # a password: not shown (its original is attached)
            return Exhibit(numbered, NONE, attach=attach, problem="unreadable")
        pages = len(reader.pages)
    except Exception:
        log.info("pypdf cannot read %s; its pages are shown as pictures", numbered.number)
        from posassist.evidence.intake import pdf_page_count

        pages = pdf_page_count(data)
        if not pages:
            return Exhibit(numbered, NONE, attach=attach, problem="unreadable")
        raster: dict[int, list[str]] = {index: [] for index in range(pages)}
        return Exhibit(
            numbered, PDF, pdf_pages=pages, raster=raster, damaged=True, attach=attach,
            rendering=rendering,
        )  # fmt: skip
    if not pages:
        return Exhibit(numbered, NONE, attach=attach, problem="unreadable")
    if fonts is None:
        try:
            fonts = page_fonts(reader)
        except Exception:  # resources too odd to follow: pictures are safe
            log.info("cannot follow the fonts of %s; shown as pictures", numbered.number)
            fonts = PageFonts(missing={index: [] for index in range(pages)})
    kept = reader if len(data) <= KEEP_PDF_BYTES else None
    return Exhibit(
        numbered, PDF, pdf_pages=pages, pdf=kept, raster=fonts.missing,
        unused_fonts=fonts.unused, attach=attach, rendering=rendering,
    )  # fmt: skip


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
