"""PDF: pypdf reads the structure and metadata; pdfium (pypdfium2) counts the pages, looks for
image bombs and renders, because what matters is that the pages can be shown.

PDFium is not thread-safe, not even across documents: every pdfium call, closing included,
happens under PDFIUM_LOCK.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from posassist.domain.evidence import FileKind

from .common import MAX_IMAGE_PIXELS, PREVIEW_SIDE, Inspection, Refusal, parse_date, previews

if TYPE_CHECKING:
    from PIL import Image

PDFIUM_LOCK = threading.RLock()
# How deep to look into form XObjects for images; pdfium parses them when the page loads.
_FORM_DEPTH = 4


def looks_like_pdf(data: bytes) -> bool:
    """PDF readers accept a header anywhere in the first 1024 bytes (after junk)."""
    return b"%PDF-" in data[:1024]


@dataclass
class _Structure:
    """What pypdf found. `error` is why it could not read the file ("" when it could)."""

    pages: int | None = None
    encrypted: bool = False
    creation: Any = None
    xmp_date: dt.date | None = None
    javascript: bool = False
    error: str = ""
    damaged: bool = False


def inspect_pdf(data: bytes) -> Inspection:
    structure = _read_structure(data)
    if structure.pages == 0:
        raise Refusal("no_pages", "the page tree is empty")
    with PDFIUM_LOCK:
        pages, pdfium_creation, preview = _check_with_pdfium(data, structure)
    previews.put(data, preview, complete=False)

    notes = []
    if structure.damaged:
        notes.append("pdf_repaired")
    if structure.encrypted:
        notes.append("pdf_encrypted_no_password")
    if structure.javascript:
        notes.append("pdf_javascript")
    creation = structure.creation if structure.pages is not None else pdfium_creation
    doc_date, bad = parse_date(creation)
    if bad:
        notes.append("bad_date_ignored")
    return Inspection(FileKind.PDF, pages, doc_date or structure.xmp_date, notes=tuple(notes))


def _read_structure(data: bytes) -> _Structure:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    found = _Structure()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            found.encrypted = True
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise Refusal("password", "the empty password does not open it")
        found.pages = len(reader.pages)
        info = reader.metadata
        found.creation = info.get("/CreationDate") if info is not None else None
        if found.creation is None:
            found.xmp_date = _xmp_date(reader)
        found.javascript = _has_javascript(reader)
    except Refusal:
        raise
    except DependencyError as error:  # AES without the `cryptography` package: pdfium decides
        found.pages, found.error = None, f"pypdf: {error}"
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        found.pages, found.error, found.damaged = None, f"pypdf: {error!r}", True
    return found


def _xmp_date(reader: Any) -> dt.date | None:
    try:
        xmp = reader.xmp_metadata
        stamp = xmp.xmp_create_date if xmp is not None else None
    except Exception:  # noqa: BLE001 - XMP is optional and often malformed
        return None
    return stamp.date() if isinstance(stamp, dt.datetime) else None


def _has_javascript(reader: Any) -> bool:
    """Document-level scripts, open actions and page actions (what a viewer would run)."""

    def resolved(value: Any) -> Any:
        return value.get_object() if hasattr(value, "get_object") else value

    def is_script(action: Any) -> bool:
        action = resolved(action)
        return isinstance(action, dict) and action.get("/S") == "/JavaScript"

    try:
        root = reader.root_object
        names = resolved(root.get("/Names"))
        if isinstance(names, dict) and "/JavaScript" in names:
            return True
        actions = [root.get("/OpenAction")]
        for holder in [root, *reader.pages]:
            triggers = resolved(holder.get("/AA"))
            if isinstance(triggers, dict):
                actions.extend(triggers.values())
        return any(is_script(action) for action in actions)
    except Exception:  # noqa: BLE001 - a note only; never a reason to refuse
        return False


def _check_with_pdfium(data: bytes, structure: _Structure) -> tuple[int, Any, Image.Image]:
    """(pages, /CreationDate, first page rendered small); refuses what pdfium cannot show."""
    document = _open(data, structure.error)
    with document:
        count = len(document)
        if count == 0:
            raise Refusal("no_pages", "pdfium finds no page")
        for index in range(count):
            page = _page(document, index)
            try:
                _refuse_image_bombs(page, index)
            finally:
                page.close()
        creation = document.get_metadata_dict().get("CreationDate")
        page = _page(document, 0)
        try:
            preview = _render(page, _scale(page, max_side=PREVIEW_SIDE))
        finally:
            page.close()
    return count, creation, preview


def _open(data: bytes, pypdf_error: str = "") -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise Refusal("password", str(error)) from error
        detail = f"pdfium: {error}" + (f"; {pypdf_error}" if pypdf_error else "")
        raise Refusal("corrupt", detail) from error


def _page(document: Any, index: int) -> Any:
    import pypdfium2 as pdfium

    try:
        return document[index]
    except pdfium.PdfiumError as error:
        raise Refusal("corrupt", f"page {index + 1}: {error}") from error


def _refuse_image_bombs(page: Any, index: int) -> None:
    """An image's size is in its dictionary; pdfium would decode it whole to draw it."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=_FORM_DEPTH)
    for image in images:
        try:
            width, height = image.get_px_size()
        except pdfium.PdfiumError:
            continue
        if width * height > MAX_IMAGE_PIXELS:
            raise Refusal("bomb", f"page {index + 1}: image of {width}x{height} pixels")


def _scale(page: Any, max_pixels: int | None = None, max_side: int | None = None) -> float:
    """Pixels per point so that the rendered page stays within the bounds."""
    width, height = page.get_size()
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise Refusal("corrupt", f"page of {width}x{height} points")
    scale = math.inf
    if max_side is not None:
        scale = max_side / max(width, height)
    if max_pixels is not None:
        scale = min(scale, math.sqrt(max_pixels / (width * height)))
        # pypdfium2 rounds the bitmap size up: shrink until the product fits.
        while math.ceil(width * scale) * math.ceil(height * scale) > max_pixels:
            scale *= 0.99
    return scale


def _render(page: Any, scale: float) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        bitmap = page.render(scale=scale, may_draw_forms=False, rev_byteorder=True)
    except pdfium.PdfiumError as error:
        raise Refusal("corrupt", f"render: {error}") from error
    try:
        image = bitmap.to_pil()
        # to_pil may share pdfium's buffer, which closing the bitmap frees.
        return image.convert("RGB") if image.mode != "RGB" else image.copy()
    finally:
        bitmap.close()


def render_pdf_page(data: bytes, index: int, max_pixels: int = 4_000_000) -> Image.Image:
    """Page `index` (0-based) as an RGB image with width*height <= max_pixels."""
    with PDFIUM_LOCK:
        document = _open(data)
        with document:
            if not 0 <= index < len(document):
                raise IndexError(f"page {index} of {len(document)}")
            page = _page(document, index)
            try:
                _refuse_image_bombs(page, index)
                return _render(page, _scale(page, max_pixels=max_pixels))
            finally:
                page.close()


def pdf_page_count(data: bytes) -> int:
    """The number of pages pdfium finds (it reads files whose structure pypdf cannot)."""
    with PDFIUM_LOCK:
        document = _open(data)
        with document:
            return len(document)


def render_pdf_thumbnail(data: bytes, side: int) -> Image.Image:
    """The first page with its longest side `side` pixels."""
    with PDFIUM_LOCK:
        document = _open(data)
        with document:
            if len(document) == 0:
                raise Refusal("no_pages", "pdfium finds no page")
            page = _page(document, 0)
            try:
                _refuse_image_bombs(page, 0)
                return _render(page, _scale(page, max_side=side))
            finally:
                page.close()


def page_has_text(data: bytes, index: int) -> bool:
    """Whether page `index` (0-based) has a text layer: characters pdfium can extract."""
    with PDFIUM_LOCK:
        document = _open(data)
        with document:
            page = _page(document, index)
            try:
                textpage = page.get_textpage()
                try:
                    return bool(textpage.get_text_range().strip())
                finally:
                    textpage.close()
            finally:
                page.close()


def render_pdf_page_at(data: bytes, index: int, scale: float, max_pixels: int) -> Image.Image:
    """Page `index` (0-based) at `scale` pixels per point, smaller if over `max_pixels`."""
    with PDFIUM_LOCK:
        document = _open(data)
        with document:
            page = _page(document, index)
            try:
                _refuse_image_bombs(page, index)
                return _render(page, min(scale, _scale(page, max_pixels=max_pixels)))
            finally:
                page.close()
