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
import re
from dataclasses import dataclass, field
from typing import Any

from posassist.domain.evidence import FileKind
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
            return _pdf_exhibit(numbered, data, rendering)
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


def open_pdf(data: bytes) -> Any:
    """The PDF read by pypdf, or None when its pages cannot be read (a password)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        return None
    return reader


def _pdf_exhibit(numbered: Numbered, data: bytes, rendering: Rendering) -> Exhibit:
    """A PDF's pages placed as they are; those drawn with fonts the file does not carry,
    and every page of a file only pdfium can read, shown as pictures."""
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
    try:
        fonts = page_fonts(reader)
    except Exception:  # resources too odd to follow: pictures are safe
        log.info("cannot follow the fonts of %s; its pages are shown as pictures", numbered.number)
        fonts = PageFonts(missing={index: [] for index in range(pages)})
    kept = reader if len(data) <= KEEP_PDF_BYTES else None
    return Exhibit(
        numbered, PDF, pdf_pages=pages, pdf=kept, raster=fonts.missing,
        unused_fonts=fonts.unused, attach=attach, rendering=rendering,
    )  # fmt: skip


# Font subtypes whose glyphs are in the font dictionary itself.
_SELF_CONTAINED = {"/Type3"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_FORM_DEPTH = 4  # how deep to follow forms inside forms
# The operators that matter for which fonts show text: "/F1 9.5 Tf" selects a font (by
# its resource name), q and Q save and restore it, Tj, TJ, ' and " show text.
_TEXT_OPERATORS = re.compile(
    rb"/([^\s/\[\]()<>{}%]+)\s+[-+]?[\d.]+\s+Tf|\b([qQ]|T[jJ])\b|\)\s*(['\"])"
)
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


@dataclass
class PageFonts:
    """What a PDF's pages draw text with, for showing them in a dossier."""

    # Pages that draw with fonts the file does not carry (index -> the fonts' names).
    missing: dict[int, list[str]] = field(default_factory=dict)
    # Per page, the resource names of fonts it declares, does not carry and never uses
    # (generators often declare Helvetica on every page): left out of the page's copy.
    unused: dict[int, frozenset[str]] = field(default_factory=dict)


def fonts_not_carried(reader: Any) -> dict[int, list[str]]:
    """Pages that draw with fonts the PDF does not embed (index -> their names)."""
    return page_fonts(reader).missing


def page_fonts(reader: Any) -> PageFonts:
    """Which pages draw text with fonts the PDF does not embed (often Helvetica and the
    other standard fonts): the page's content, the forms it draws and its annotations'
    appearances (which the dossier shows too); and which such fonts a page only declares."""
    verdicts: dict[Any, str | None] = {}  # font object -> its name when not carried
    result = PageFonts()
    for index, page in enumerate(reader.pages):
        names: set[str] = set()
        resources = page.get("/Resources")
        if any(_verdict(ref, verdicts) for ref in _font_dictionary(resources).values()):
            contents = page.get_contents()
            used = _fonts_selected(contents.get_data() if contents is not None else b"")
        else:
            used = set()  # every font it declares is carried: nothing to find out
        _fonts_in(resources, used, names, verdicts, set(), 0)
        annots = page.get("/Annots")
        for annot in annots.get_object() if annots is not None else []:
            appearance = annot.get_object().get("/AP")
            normal = appearance.get_object().get("/N") if appearance is not None else None
            if normal is None:
                continue
            normal = normal.get_object()
            streams = [normal] if "/Resources" in normal else list(normal.values())
            for stream in streams:
                stream = stream.get_object()
                if hasattr(stream, "get_data"):
                    inner = _fonts_selected(stream.get_data())
                    _fonts_in(stream.get("/Resources"), inner, names, verdicts, set(), 1)
        if names:
            result.missing[index] = sorted(names)
            continue
        declared = _font_dictionary(resources)
        unused = frozenset(
            name[1:]
            for name, ref in declared.items()
            if name[1:] not in used and _verdict(ref, verdicts)
        )
        if unused:
            result.unused[index] = unused
    return result


def _fonts_selected(content: bytes) -> set[str]:
    """The resource names of the fonts a content stream shows text with. (Selecting one
    is not enough: ReportLab, for one, selects Helvetica at the start of every page.)
    A scan of the operators, not a parse: text in a string that looks like an operator
    can only add a font, which errs on the safe side (the page is shown as a picture)."""
    shown: set[bytes] = set()
    current: bytes | None = None
    saved: list[bytes | None] = []
    for name, operator, _quote in _TEXT_OPERATORS.findall(content):
        if name:
            current = name
        elif operator == b"q":
            saved.append(current)
        elif operator == b"Q":
            current = saved.pop() if saved else current
        elif current is not None:
            shown.add(current)
    return {
        _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), name).decode("latin-1") for name in shown
    }


def _font_dictionary(resources: Any) -> Any:
    resources = resources.get_object() if resources is not None else None
    fonts = resources.get("/Font") if hasattr(resources, "get") else None
    fonts = fonts.get_object() if fonts is not None else None
    return fonts if hasattr(fonts, "items") else {}


def _verdict(ref: Any, verdicts: dict) -> str | None:
    key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
    if key not in verdicts:
        verdicts[key] = _missing_font(ref.get_object())
    return verdicts[key]


def _fonts_in(
    resources: Any, used: set[str], names: set[str], verdicts: dict, seen: set, depth: int
) -> None:
    """Add to `names` the fonts `used` (resource names) that the file does not carry,
    then do the same for the forms among the resources (each with its own content)."""
    for name, ref in _font_dictionary(resources).items():
        if name[1:] in used:
            missing = _verdict(ref, verdicts)
            if missing:
                names.add(missing)
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
    if xobjects is None or depth >= _FORM_DEPTH:
        return
    for ref in xobjects.get_object().values():
        key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
        if key in seen:
            continue
        seen.add(key)
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            inner = _fonts_selected(xobject.get_data())
            _fonts_in(xobject.get("/Resources"), inner, names, verdicts, seen, depth + 1)


def _missing_font(font: Any) -> str | None:
    """The font's name when its glyphs are not in the file, else None."""
    if not hasattr(font, "get") or font.get("/Subtype") in _SELF_CONTAINED:
        return None
    name = str(font.get("/BaseFont", "?")).lstrip("/")
    if font.get("/Subtype") == "/Type0":
        descendants = font.get("/DescendantFonts")
        descendants = descendants.get_object() if descendants is not None else []
        if not descendants:
            return name
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else None
    if descriptor is not None and any(key in descriptor for key in _FONT_FILES):
        return None
    return name


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
