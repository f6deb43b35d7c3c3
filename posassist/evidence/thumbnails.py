"""Thumbnails: PNG bytes of the first page, right side up, longest side at most `size`.

Right after inspect() the decode it did is reused (see common.PreviewCache); otherwise the
cheapest decode the format allows is used (JPEG at 1/2…1/8 scale, PDF rendered small).
Text and CSV get a card: their first lines drawn in a light box.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from posassist.domain.evidence import FileKind

from . import images, pdf
from .common import previews
from .text import decode_text

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

_CARD_FILL = "#f7f6f1"
_CARD_BORDER = "#c9c7bd"
_CARD_INK = "#3a3a3a"


def make_thumbnail(data: bytes, kind: FileKind, size: int = 256) -> bytes:
    """PNG bytes, longest side <= size, upright, first page of a PDF/TIFF, card for text."""
    if size < 16:
        raise ValueError(f"thumbnail size {size} is too small")
    if kind in (FileKind.CSV, FileKind.TEXT):
        image = text_card(decode_text(data)[0], size)
    else:
        image = previews.take(data, size)
        if image is None and kind is FileKind.PDF:
            image = pdf.render_pdf_thumbnail(data, size)
        elif image is None:
            image = images.first_page_small(data, size)
    if max(image.size) > size:
        image = image.copy()
        image.thumbnail((size, size), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    # Level 1: a quarter of level 6's time, and thumbnails are small anyway.
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def text_card(text: str, size: int) -> Image.Image:
    """A page-like card (3:4) with the first lines of the text, cut to fit."""
    width, height = max(1, size * 3 // 4), size
    card = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, width - 1, height - 1), fill=_CARD_FILL, outline=_CARD_BORDER)
    font = _font(max(8, size // 18))
    margin = max(3, size // 28)
    line_height = max(1, round(font.size * 1.3)) if hasattr(font, "size") else 12
    y = margin
    for line in text[: 200 * 100].splitlines():  # the card holds a few dozen lines
        if y + line_height > height - margin:
            break
        shown = _fit(line.expandtabs(4).rstrip(), font, width - 2 * margin)
        if shown:
            draw.text((margin, y), shown, fill=_CARD_INK, font=font)
        y += line_height
    return card


def _fit(line: str, font: ImageFont.ImageFont | ImageFont.FreeTypeFont, width: int) -> str:
    """The longest start of `line` that fits `width` pixels."""
    line = line[:200]
    if font.getlength(line) <= width:
        return line
    low, high = 0, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if font.getlength(line[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low]


@functools.lru_cache(maxsize=8)
def _font(pixels: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """WenQuanYi Micro Hei (CJK and Latin: face 0) as the app ships it or as the system has
    it, else Pillow's default font (Latin only)."""
    for path in _font_files():
        try:
            return ImageFont.truetype(str(path), pixels, index=0)
        except OSError:
            continue
    return ImageFont.load_default(pixels)


def _font_files() -> list[Path]:
    from posassist.resources import resource

    shipped = Path(str(resource("fonts", CJK_FONT.name)))
    return [path for path in (shipped, CJK_FONT) if path.is_file()]
