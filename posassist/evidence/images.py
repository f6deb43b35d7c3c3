"""Images: recognise the accepted formats with Pillow, decode them in full, open their pages.

Only the plugins of accepted formats are ever asked to read a file (Pillow's others include
decoders of little-used formats and EPS, which runs Ghostscript). Sizes are checked against
the pixel limit from the header, before any pixel is decoded.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import threading
from collections.abc import Iterator

from PIL import Image, ImageOps

from posassist.domain.evidence import FileKind

from . import jpeg, tiff
from .common import (
    MAX_FRAMES,
    MAX_TOTAL_PIXELS,
    PREVIEW_SIDE,
    Inspection,
    Refusal,
    check_pixels,
    parse_date,
    previews,
)

_KINDS = {
    "JPEG": FileKind.JPEG,
    "MPO": FileKind.JPEG,  # a JPEG with extra pictures (previews, depth) behind the first
    "PNG": FileKind.PNG,
    "TIFF": FileKind.TIFF,
    "WEBP": FileKind.WEBP,
    "BMP": FileKind.BMP,
    "HEIF": FileKind.HEIF,
}
# MPO opens through the JPEG plugin (it has no opener of its own).
_FORMATS = tuple(fmt for fmt in _KINDS if fmt != "MPO")
_MULTI_PAGE = {"TIFF", "HEIF"}  # formats whose frames are pages; others show their first

_ORIENTATION = 0x0112
_DATE_TIME = 0x0132
_DATE_TIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769
_RESOLUTIONS = (0x011A, 0x011B)

_plugins_lock = threading.Lock()
_plugins_ready = False


def _ensure_plugins() -> None:
    """Register the accepted formats once, on first use (pi-heif costs ~20 ms)."""
    global _plugins_ready
    if _plugins_ready:
        return
    with _plugins_lock:
        if _plugins_ready:
            return
        # Importing a plugin registers it; Image.init() (all plugins, ~90 ms) is then not needed.
        from pi_heif import register_heif_opener
        from PIL import (  # noqa: F401
            BmpImagePlugin,
            JpegImagePlugin,
            MpoImagePlugin,
            PngImagePlugin,
            TiffImagePlugin,
            WebPImagePlugin,
        )

        register_heif_opener()
        _plugins_ready = True


def open_image(data: bytes) -> tuple[Image.Image | None, str]:
    """The image Pillow reads from the header, or (None, why not) when it is not one of ours.

    A header that a plugin chokes on is not a refusal yet: the bytes may still be text that
    happens to start like an image ("BM…" is BMP's signature).
    """
    _ensure_plugins()
    try:
        return Image.open(io.BytesIO(data), formats=_FORMATS), ""
    except Image.DecompressionBombError as error:
        raise Refusal("bomb", str(error)) from error
    except Image.UnidentifiedImageError:
        return None, "no accepted image format recognised"
    except Exception as error:  # noqa: BLE001 - plugins raise many kinds on bad headers
        return None, f"image header: {error!r}"


_LOOSE_SIGNATURES = (
    (0, b"\xff\xd8"),
    (0, b"\x89PNG"),
    (0, b"PNG\r\n\x1a\n"),  # a PNG that lost its first byte
    (0, b"II*\x00"),
    (0, b"MM\x00*"),
    (0, b"II+\x00"),
    (0, b"MM\x00+"),
    (8, b"WEBP"),
    (4, b"ftypheic"),
    (4, b"ftypheix"),
    (4, b"ftyphevc"),
    (4, b"ftypheif"),
    (4, b"ftypmif1"),
    (4, b"ftypmsf1"),
)


def looks_like_image(data: bytes) -> bool:
    """Starts like an accepted image format (then a failure to open it means damage)."""
    if any(data[at : at + len(magic)] == magic for at, magic in _LOOSE_SIGNATURES):
        return True
    # BMP's "BM" alone is too weak: also want its reserved bytes, which are zero.
    return data[:2] == b"BM" and len(data) >= 26 and data[6:10] == b"\x00\x00\x00\x00"


def decode_failure(error: BaseException, what: str = "image") -> Refusal:
    """The refusal for an exception raised while decoding pixels."""
    if isinstance(error, Refusal):
        return error
    if isinstance(error, Image.DecompressionBombError | MemoryError):
        return Refusal("bomb", f"{what}: {error!r}")
    text = str(error).lower()
    if isinstance(error, EOFError) or "truncat" in text or "end of file" in text:
        return Refusal("truncated", f"{what}: {error}")
    return Refusal("corrupt", f"{what}: {error!r}")


# --- inspection --------------------------------------------------------------------------------


def inspect_image(image: Image.Image, data: bytes) -> Inspection:
    """Facts and notes about an opened image, once it is known to decode in full: every page
    is decoded, except for a JPEG whose structure proves it (see `jpeg`)."""
    with image:
        try:
            return _inspect(image, data)
        except Exception as error:  # noqa: BLE001 - decoders raise OSError, ValueError, …
            raise decode_failure(error) from error


def _inspect(image: Image.Image, data: bytes) -> Inspection:
    fmt = image.format or ""
    header_size = image.size
    check_pixels(header_size)
    # Pillow (TIFF) and pi-heif turn the pixels while decoding and drop the tag; keep it.
    if fmt == "TIFF":
        turned = image.tag_v2.get(_ORIENTATION)  # type: ignore[attr-defined]
    else:
        turned = image.info.get("original_orientation")
    notes: list[str] = []
    if fmt in ("JPEG", "MPO"):
        pages = 1
        # Proven well-formed: it decodes, and the thumbnail will decode it. Otherwise decode
        # now (at reduced scale) for the verdict, and keep the result for the thumbnail.
        if not jpeg.well_formed(data):
            first = _decode_jpeg_reduced(image, PREVIEW_SIDE)
            previews.put(data, first, complete=max(first.size) >= max(header_size))
    else:
        pages = _decode_frames(image, fmt, data, notes)
        if fmt == "TIFF":
            # A TIFF cut at the end can decode a page short without an error.
            lost, damaged = tiff.problems(data, chain=True)
            if lost:
                raise Refusal("truncated", lost)
            if damaged:
                notes.append("bad_exif_ignored")
        if pages > 1:
            image.seek(0)  # the first page's metadata
    # Metadata only now: a PNG's getexif() loads the image, and a failed load would leave it
    # looking loaded (with broken pixels) for the decode that follows.
    doc_date = _metadata_notes(image, notes)
    if fmt not in _MULTI_PAGE and getattr(image, "n_frames", 1) > 1 and fmt != "MPO":
        notes.append("extra_frames_ignored")
    orientation = turned or _orientation(image)
    if orientation not in (None, 1):
        notes.append("orientation_applied")
    width, height = header_size
    if not turned and orientation in (5, 6, 7, 8):
        width, height = height, width
    return Inspection(FileKind(_KINDS[fmt]), pages, doc_date, width, height, tuple(notes))


def _decode_jpeg_reduced(image: Image.Image, side: int) -> Image.Image:
    """Decode a JPEG at 1/2…1/8 scale, keeping the longest side >= `side`; small and upright.

    Scaled decoding still reads every entropy-coded segment, so truncation and broken data
    streams are found, at a third of the cost of a full decode (19 vs 55 ms for a 2480x3508
    scan). For thumbnails, and for the verdict on JPEGs the structure check is unsure of.
    """
    width, height = image.size
    longest = max(width, height)
    if longest > 2 * side:
        image.draft("RGB", (max(1, width * side // longest), max(1, height * side // longest)))
    image.load()
    return _orient(_to_rgb(image), _orientation(image))


def _decode_frames(image: Image.Image, fmt: str, data: bytes, notes: list[str]) -> int:
    """Decode each page (each frame for TIFF/HEIF, else the first); the number of pages.
    The first, reduced, is kept as the thumbnail's source."""
    total = 0
    for index in itertools.count():
        if index:
            if fmt not in _MULTI_PAGE:
                break
            try:
                image.seek(index)
            except EOFError:
                break
            if index >= MAX_FRAMES:
                raise Refusal("bomb", f"more than {MAX_FRAMES} pages")
            total += check_pixels(image.size, f"page {index + 1}")
        else:
            total = check_pixels(image.size)
        if total > MAX_TOTAL_PIXELS:
            raise Refusal("bomb", f"{total} pixels over {index + 1} pages")
        image.load()
        if index == 0:
            if _has_transparency(image):
                notes.append("alpha_flattened")
            first = small_upright(image, PREVIEW_SIDE)
            previews.put(data, first, complete=max(first.size) >= max(image.size))
    return index


# --- metadata ---------------------------------------------------------------------------------


def _orientation(image: Image.Image) -> int | None:
    try:
        value = image.getexif().get(_ORIENTATION)
    except Exception:  # noqa: BLE001 - damaged EXIF: no orientation
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _metadata_notes(image: Image.Image, notes: list[str]) -> dt.date | None:
    """The document date from EXIF; notes about damaged EXIF, resolution and date."""
    raw = image.info.get("exif")
    if isinstance(raw, bytes) and any(tiff.problems(raw)):
        notes.append("bad_exif_ignored")
    try:
        exif = image.getexif()
        stamp = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
        resolutions = [exif.get(tag) for tag in _RESOLUTIONS]
    except Exception:  # noqa: BLE001 - Pillow mostly warns, but be sure
        if "bad_exif_ignored" not in notes:
            notes.append("bad_exif_ignored")
        return None
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple):
        resolutions.extend(dpi)
    if any(value is not None and not _positive(value) for value in resolutions):
        notes.append("bad_dpi_ignored")
    doc_date, bad = parse_date(stamp)
    if bad:
        notes.append("bad_date_ignored")
    return doc_date


def _positive(value: object) -> bool:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return math.isfinite(number) and number > 0


# --- pixels -----------------------------------------------------------------------------------

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orient(image: Image.Image, orientation: int | None) -> Image.Image:
    """The same turn as ImageOps.exif_transpose, for images that lost their EXIF (resized)."""
    method = _TRANSPOSE.get(orientation or 1)
    return image.transpose(method) if method is not None else image


def _has_transparency(image: Image.Image) -> bool:
    """Whether a decoded frame has pixels that are not fully opaque."""
    if image.mode == "P":
        return "transparency" in image.info
    if image.mode not in ("RGBA", "LA", "PA", "RGBa", "La"):
        return False
    return image.getextrema()[-1][0] < 255  # type: ignore[index]


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB, transparent parts on white, 16-bit and float grey scaled down rather than clipped."""
    if image.mode == "RGB":
        return image
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        grey = image.convert("F") if image.mode == "F" else image.convert("I")
        high = grey.getextrema()[1]
        scale = 255 / high if isinstance(high, int | float) and high > 255 else 1
        return grey.point(lambda value: value * scale).convert("L").convert("RGB")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def small_upright(frame: Image.Image, side: int) -> Image.Image:
    """A decoded frame reduced so its longest side is at most `side` (at least `side` when
    it was larger), RGB on white and turned right side up."""
    image = frame
    if image.mode in ("1", "P"):  # resampling works on L/RGB(A), not on bits or palettes
        image = image.convert("L" if image.mode == "1" else "RGBA")
    if max(image.size) > side:
        width, height = image.size
        scale = side / max(width, height)
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        image = image.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
    return _orient(_to_rgb(image), _orientation(frame))


def open_image_pages(data: bytes) -> Iterator[Image.Image]:
    """Each page (TIFF/HEIF frame; else the only one) at full size, RGB on white, upright."""
    image, why = open_image(data)
    if image is None:
        raise Refusal("corrupt" if looks_like_image(data) else "not_supported", why)
    with image:
        fmt = image.format or ""
        for index in range(MAX_FRAMES):
            if index:
                if fmt not in _MULTI_PAGE:
                    return
                try:
                    image.seek(index)
                except EOFError:
                    return
            check_pixels(image.size, f"page {index + 1}")
            try:
                image.load()
                page = _to_rgb(ImageOps.exif_transpose(image))
            except Exception as error:  # noqa: BLE001
                raise decode_failure(error) from error
            yield page


def first_page_small(data: bytes, side: int) -> Image.Image:
    """The first page, longest side about `side` or more, decoded as cheaply as the format
    allows (JPEG at reduced scale)."""
    image, why = open_image(data)
    if image is None:
        raise Refusal("corrupt" if looks_like_image(data) else "not_supported", why)
    with image:
        check_pixels(image.size)
        try:
            if image.format in ("JPEG", "MPO"):
                return _decode_jpeg_reduced(image, side)
            image.load()
            return small_upright(image, side)
        except Exception as error:  # noqa: BLE001
            raise decode_failure(error) from error
