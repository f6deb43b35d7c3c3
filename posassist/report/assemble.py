"""The assembly step: what the pages show besides text, and what the file carries.

The evidence pages draw, in the box their layout leaves for it,
- a JPEG original: an image XObject whose stream is the file itself (written by
  output.OriginalsWriter before or while the pages are laid out), turned upright;
- a picture made for display (a packet's, or a PNG's): an image XObject from memory;
- an original PDF page: a form XObject made from the page (vector, not redrawn), with
  the objects it uses copied over (see foreign.py).
Every other original is attached to the file (an embedded file, written by the same
writer), listed in the document's name tree; the manifest is attached from memory.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from posassist.report import exhibits as ex
from posassist.report import output, pdf_syntax
from posassist.report.output import Cancelled, StoreMismatch
from posassist.report.text_layer import draw_text_layer

# The largest a small picture is shown: 96 pixels to the inch, as on a screen.
MAX_POINTS_PER_PIXEL = 0.75

# EXIF orientation -> the matrix that turns the stored picture upright in the unit square.
ORIENTATION = {
    1: (1, 0, 0, 1, 0, 0),
    2: (-1, 0, 0, 1, 1, 0),
    3: (-1, 0, 0, -1, 1, 1),
    4: (1, 0, 0, -1, 0, 1),
    5: (0, -1, -1, 0, 1, 1),
    6: (0, -1, 1, 0, 0, 1),
    7: (0, 1, 1, 0, 0, 0),
    8: (0, 1, -1, 0, 1, 0),
}


@dataclass(frozen=True)
class Box:
    """Where a picture or page goes, in the drawing flowable's own coordinates (points)."""

    x: float
    y: float
    width: float
    height: float


def fit(box: Box, width: float, height: float, limit: float | None = None) -> tuple:
    """Scale and position of a width x height thing in the box: centred, at the top."""
    scale = min(box.width / width, box.height / height)
    if limit is not None:
        scale = min(scale, limit)
    w, h = width * scale, height * scale
    x = box.x + (box.width - w) / 2
    y = box.y + box.height - h
    return x, y, w, h


def multiply(m: tuple, n: tuple) -> tuple:
    """m then n (both as PDF matrices [a b c d e f])."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


@dataclass
class Attachment:
    name: str
    description: str
    media_type: str
    size: int
    number: int = 0  # the original's object number; 0: carried from memory
    data: bytes | None = None


class Assembly:
    """The originals of one dossier (numbered 1..K), and the drawing of what pages show."""

    def __init__(self, data: Callable[[str], bytes]) -> None:
        self.data = data  # sha256 -> bytes, for PDF originals to place
        self.originals: list[output.Original] = []
        self.jpegs: dict[str, tuple[int, ex.JpegInfo]] = {}  # evidence number -> (object, info)
        self.attachments: list[Attachment] = []
        self._names = 0
        self._doc: Any = None
        self._pdf: tuple[str, Any] | None = None  # the evidence PDF being placed
        self._rendered: tuple[str, bytes] | None = None  # the one whose pages are pictures

    # -- before the layout: the originals and their numbers --------------------------------
    def carry_jpeg(self, numbered: Any, info: ex.JpegInfo) -> None:
        """A JPEG shown from its own bytes: the image stream of its page."""
        number = len(self.originals) + 1
        item = numbered.item
        dictionary = pdf_syntax.image_dictionary(
            info.width, info.height, info.color_space, info.invert, numbered.number
        )
        self.originals.append(output.Original(number, item.sha256, item.size, dictionary))
        self.jpegs[numbered.number] = (number, info)

    def attach_original(self, name: str, description: str, item: Any) -> None:
        number = len(self.originals) + 1
        dictionary = pdf_syntax.embedded_file_dictionary(item.mime, item.size)
        self.originals.append(output.Original(number, item.sha256, item.size, dictionary))
        self.attachments.append(Attachment(name, description, item.mime, item.size, number))

    def attach_data(self, name: str, description: str, media_type: str, data: bytes) -> None:
        self.attachments.append(Attachment(name, description, media_type, len(data), 0, data))

    # -- when the canvas is made -------------------------------------------------------
    def prepare(self, canvas: Any) -> None:
        """Number ReportLab's objects after the originals and name the shown JPEGs."""
        from posassist.report import reportlab_internals as rl

        self._doc = rl.document(canvas)
        rl.reserve(self._doc, len(self.originals))
        for evidence, (number, _info) in self.jpegs.items():
            rl.bind(self._doc, rl.xobject_name(_jpeg_name(evidence)), number)

    # -- drawing, while the pages are laid out -------------------------------------------
    def draw_jpeg(self, canvas: Any, evidence: str, box: Box, text: Any = None) -> None:
        """`text`: what was read on it (domain.recognised.PageText), drawn invisibly over it."""
        _number, info = self.jpegs[evidence]
        upright = info.orientation >= 5  # 5-8 swap width and height
        shown_w, shown_h = (info.height, info.width) if upright else (info.width, info.height)
        x, y, w, h = fit(box, shown_w, shown_h, MAX_POINTS_PER_PIXEL)
        canvas.saveState()
        canvas.transform(w, 0, 0, h, x, y)
        canvas.transform(*ORIENTATION[info.orientation])
        canvas.doForm(_jpeg_name(evidence))
        canvas.restoreState()
        draw_text_layer(canvas, text, x, y, w, h)

    def draw_picture(self, canvas: Any, picture: ex.Picture, box: Box, text: Any = None) -> None:
        from posassist.report import reportlab_internals as rl
        from posassist.report.reportlab_internals import PDFDictionary, PDFName, PDFStream

        name = self._name("Im")
        stream = PDFStream(
            PDFDictionary(
                {
                    "Type": PDFName("XObject"),
                    "Subtype": PDFName("Image"),
                    "Width": picture.width,
                    "Height": picture.height,
                    "ColorSpace": PDFName("DeviceGray" if picture.gray else "DeviceRGB"),
                    "BitsPerComponent": 8,
                    "Filter": PDFName("DCTDecode"),
                }
            ),
            picture.data,
        )
        rl.register(self._doc, stream, rl.xobject_name(name))
        x, y, w, h = fit(box, picture.width, picture.height, MAX_POINTS_PER_PIXEL)
        canvas.saveState()
        canvas.transform(w, 0, 0, h, x, y)
        canvas.doForm(name)
        canvas.restoreState()
        draw_text_layer(canvas, text, x, y, w, h)

    def draw_pdf_page(
        self,
        canvas: Any,
        sha256: str,
        index: int,
        box: Box,
        reader: Any = None,
        unused_fonts: frozenset[str] = frozenset(),
        text: Any = None,
    ) -> None:
        """Page `index` of an evidence PDF, as a form XObject fitted into the box.
        `reader`: the PDF already read (pypdf), else it is read from the store;
        `unused_fonts`: fonts to leave out of the copy (see ForeignPages.form)."""
        from posassist.report import reportlab_internals as rl
        from posassist.report.foreign import ForeignPages

        if self._pdf is None or self._pdf[0] != sha256:
            # One evidence PDF at a time: its pages are laid out one after the other.
            pages = ForeignPages(self._doc, reader or self.data(sha256), self._name("Pdf"))
            self._pdf = (sha256, pages)
        pages = self._pdf[1]
        form, (x0, y0, x1, y1), rotation = pages.form(index, unused_fonts)
        name = self._name("Pg")
        rl.register(self._doc, form, rl.xobject_name(name))
        w, h = x1 - x0, y1 - y0
        turned = rotation in (90, 270)
        shown_w, shown_h = (h, w) if turned else (w, h)
        x, y, sw, sh = fit(box, shown_w, shown_h)
        scale = sw / shown_w
        rotate = {
            0: (1, 0, 0, 1, 0, 0),
            90: (0, -1, 1, 0, 0, w),
            180: (-1, 0, 0, -1, w, h),
            270: (0, 1, -1, 0, h, 0),
        }[rotation]
        matrix = multiply(multiply((1, 0, 0, 1, -x0, -y0), rotate), (scale, 0, 0, scale, x, y))
        canvas.saveState()
        canvas.transform(*matrix)
        canvas.doForm(name)
        canvas.restoreState()
        # A scanned page (no text of its own) carries what was read on it, as rendered.
        draw_text_layer(canvas, text, x, y, sw, sh)

    def draw_pdf_page_picture(
        self,
        canvas: Any,
        sha256: str,
        index: int,
        box: Box,
        dpi: int,
        quality: int,
        text: Any = None,
    ) -> None:
        """Page `index` of an evidence PDF rendered by pdfium at `dpi` on the page, as a
        JPEG picture (for pages whose fonts the file does not carry, or a damaged file)."""
        from posassist.evidence.intake import render_pdf_page

        if self._rendered is None or self._rendered[0] != sha256:
            # Its pages follow one another: read from the store once, not once a page.
            self._rendered = (sha256, self.data(sha256))
        pixels = int((box.width / 72 * dpi) * (box.height / 72 * dpi))
        image = render_pdf_page(self._rendered[1], index, max_pixels=pixels)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        picture = ex.Picture(out.getvalue(), image.width, image.height, False)
        self.draw_picture(canvas, picture, box, text)

    def _name(self, prefix: str) -> str:
        self._names += 1
        return f"{prefix}{self._names}"

    # -- after the layout ------------------------------------------------------------
    def add_attachments(self) -> None:
        """The attachments as file specifications in the document's name tree."""
        from posassist.report import reportlab_internals as rl
        from posassist.report.reportlab_internals import (
            PDFArray,
            PDFDictionary,
            PDFName,
            PDFObjectReference,
            PDFStream,
        )

        doc = self._doc
        self._pdf = self._rendered = None
        if not self.attachments:
            return
        entries = []
        for attachment in self.attachments:
            if attachment.number:
                stream_name = f"Original{attachment.number}"
                rl.bind(doc, stream_name, attachment.number)
                stream: Any = PDFObjectReference(stream_name)
            else:
                stream = rl.register(
                    doc,
                    PDFStream(
                        PDFDictionary(
                            {
                                "Type": PDFName("EmbeddedFile"),
                                "Subtype": rl.Raw(pdf_syntax.name_bytes(attachment.media_type)),
                                "Params": PDFDictionary({"Size": attachment.size}),
                            }
                        ),
                        attachment.data,
                    ),
                )
            name = rl.Raw(pdf_syntax.text_string(attachment.name))
            spec = PDFDictionary(
                {
                    "Type": PDFName("Filespec"),
                    "F": name,
                    "UF": name,
                    "EF": PDFDictionary({"F": stream}),
                    "Desc": rl.Raw(pdf_syntax.text_string(attachment.description)),
                    "AFRelationship": PDFName("Source"),
                }
            )
            entries.append((attachment.name, spec))
        # A name tree's keys are in the byte order of the strings as stored.
        entries.sort(key=lambda entry: pdf_syntax.string_bytes(entry[0]))
        names: list[Any] = []
        for name, spec in entries:
            names += [rl.Raw(pdf_syntax.text_string(name)), rl.register(doc, spec)]
        rl.set_catalog_entry(
            doc,
            "Names",
            PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})}),
        )


def _jpeg_name(evidence: str) -> str:
    """The XObject name of a shown JPEG original: E-05 -> Ev05."""
    return "Ev" + evidence.removeprefix("E-").replace("-", "")


__all__ = [
    "Assembly",
    "Attachment",
    "Box",
    "Cancelled",
    "MAX_POINTS_PER_PIXEL",
    "ORIENTATION",
    "StoreMismatch",
    "fit",
    "multiply",
]
