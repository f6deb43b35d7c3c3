"""The assembly step: the laid-out pages, plus the evidence itself, written as one PDF.

ReportLab lays out every page with empty slots where pictures and original PDF pages go.
pypdf then fills the slots and adds the attachments and metadata. Originals are read from
the store only while the file is written, one at a time, so memory stays flat however
large the evidence is; each is checked against its SHA-256 on the way out.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from posassist.report import exhibits as ex
from posassist.report import manifest as mf
from posassist.report.templates import Slot

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


class Cancelled(Exception):
    pass


class StoreMismatch(RuntimeError):
    """Bytes read from the store do not match their recorded SHA-256."""


class LazyStream(StreamObject):
    """A stream whose bytes are fetched only when the file is written."""

    def __init__(self, fetch: Callable[[], bytes], sha256: str | None = None) -> None:
        super().__init__()
        self._fetch = fetch
        self._sha256 = sha256

    def write_to_stream(self, stream: Any, *args: Any) -> None:
        data = self._fetch()
        if self._sha256 and hashlib.sha256(data).hexdigest() != self._sha256:
            raise StoreMismatch(self._sha256)
        self[NameObject("/Length")] = NumberObject(len(data))
        DictionaryObject.write_to_stream(self, stream)
        del self["/Length"]
        stream.write(b"\nstream\n")
        stream.write(data)
        stream.write(b"\nendstream")


def _multiply(m: tuple, n: tuple) -> tuple:
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


def _cm(m: tuple) -> str:
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in m) + " cm"


def _fit(slot: Slot, width: float, height: float, limit: float | None = None) -> tuple:
    """Scale and position of a width x height thing in the slot: centred, at the top."""
    scale = min(slot.width / width, slot.height / height)
    if limit is not None:
        scale = min(scale, limit)
    w, h = width * scale, height * scale
    x = slot.x + (slot.width - w) / 2
    y = slot.y + slot.height - h
    return x, y, w, h


class Assembler:
    def __init__(self, layout: bytes, data: Callable[[str], bytes]) -> None:
        self.writer = PdfWriter(clone_from=PdfReader(io.BytesIO(layout)))
        self.data = data
        self._names = 0
        self._page_ops: dict[int, list[str]] = {}
        self._page_xobjects: dict[int, dict[str, Any]] = {}

    # -- placing things on pages ----------------------------------------------------
    def _name(self, prefix: str) -> str:
        self._names += 1
        return f"/{prefix}{self._names}"

    def _draw(self, page: int, name: str, ref: Any, ops: str) -> None:
        self._page_xobjects.setdefault(page, {})[name] = ref
        self._page_ops.setdefault(page, []).append(f"q {ops} {name} Do Q")

    def place_jpeg(self, slot: Slot, numbered: Any, info: ex.JpegInfo, check: Callable[[], None]):
        sha = numbered.item.sha256

        def fetch() -> bytes:
            check()
            return self.data(sha)

        image = LazyStream(fetch, sha)
        image.update(self._image_dict(info.width, info.height, info.color_space))
        if info.invert:
            image[NameObject("/Decode")] = ArrayObject([NumberObject(v) for v in (1, 0) * 4])
        # Marks the stream as the original of this item, for `posassist verify`.
        image[NameObject(mf.EVIDENCE_KEY)] = TextStringObject(numbered.number)
        ref = self.writer._add_object(image)
        upright = info.orientation >= 5  # 5-8 swap width and height
        shown_w, shown_h = (info.height, info.width) if upright else (info.width, info.height)
        x, y, w, h = _fit(slot, shown_w, shown_h, MAX_POINTS_PER_PIXEL)
        self._draw(
            slot.page,
            self._name("Ev"),
            ref,
            f"{_cm((w, 0, 0, h, x, y))} {_cm(ORIENTATION[info.orientation])}",
        )

    def place_picture(self, slot: Slot, picture: ex.Picture) -> None:
        image = DecodedStreamObject()
        image.set_data(picture.data)
        space = "/DeviceGray" if picture.gray else "/DeviceRGB"
        image.update(self._image_dict(picture.width, picture.height, space))
        ref = self.writer._add_object(image)
        x, y, w, h = _fit(slot, picture.width, picture.height, MAX_POINTS_PER_PIXEL)
        self._draw(slot.page, self._name("Im"), ref, _cm((w, 0, 0, h, x, y)))

    @staticmethod
    def _image_dict(width: int, height: int, space: str) -> dict:
        return {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject(space),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }

    def place_pdf_pages(self, slots: list[Slot], data: bytes) -> None:
        """Each page of the original as a form XObject: vector, clipped to its crop box."""
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        for slot, page in zip(slots, reader.pages, strict=False):
            form, box, rotation = self._page_form(page)
            ref = self.writer._add_object(form)
            x0, y0, x1, y1 = box
            w, h = x1 - x0, y1 - y0
            turned = rotation in (90, 270)
            shown_w, shown_h = (h, w) if turned else (w, h)
            x, y, sw, sh = _fit(slot, shown_w, shown_h)
            scale = sw / shown_w
            rotate = {
                0: (1, 0, 0, 1, 0, 0),
                90: (0, -1, 1, 0, 0, w),
                180: (-1, 0, 0, -1, w, h),
                270: (0, 1, -1, 0, h, 0),
            }[rotation]
            matrix = _multiply(
                _multiply((1, 0, 0, 1, -x0, -y0), rotate), (scale, 0, 0, scale, x, y)
            )
            self._draw(slot.page, self._name("Pg"), ref, _cm(matrix))

    def _page_form(self, page: Any) -> tuple[StreamObject, tuple, int]:
        crop = page.cropbox
        media = page.mediabox
        box = (
            max(float(crop.left), float(media.left)),
            max(float(crop.bottom), float(media.bottom)),
            min(float(crop.right), float(media.right)),
            min(float(crop.top), float(media.top)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            box = (float(media.left), float(media.bottom), float(media.right), float(media.top))
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
        raw = page.get("/Resources")  # raw: an indirect reference or a dictionary
        resources = raw.clone(self.writer) if raw is not None else DictionaryObject()
        if not isinstance(resources.get_object(), DictionaryObject):
            resources = DictionaryObject()
        # Visible annotations (filled-in form fields, stamps) are drawn from their appearance.
        extra = self._annotation_ops(page, resources.get_object())
        form = DecodedStreamObject()
        form.set_data(b"q\n" + data + b"\nQ\n" + extra)
        form = form.flate_encode()
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): RectangleObject(box),
                NameObject("/Resources"): resources,
            }
        )
        return form, box, (page.rotation or 0) % 360

    def _annotation_ops(self, page: Any, resources: DictionaryObject) -> bytes:
        annots = page.get("/Annots")
        if annots is None:
            return b""
        ops = []
        for annot in annots.get_object():
            annot = annot.get_object()
            flags = int(annot.get("/F", 0))
            if flags & (2 | 32) or annot.get("/Subtype") == "/Popup":
                continue  # hidden, or not for viewing
            appearance = annot.get("/AP")
            rect = annot.get("/Rect")
            if appearance is None or rect is None:
                continue
            normal = appearance.get_object().get("/N")
            if normal is None:
                continue
            normal = normal.get_object()
            if not isinstance(normal, StreamObject):
                state = annot.get("/AS")
                normal = normal.get(state).get_object() if state in normal else None
                if not isinstance(normal, StreamObject):
                    continue
            matrix = _annotation_matrix(normal, [float(v) for v in rect])
            if matrix is None:
                continue
            name = self._name("An")
            if "/XObject" not in resources:
                resources[NameObject("/XObject")] = DictionaryObject()
            cloned = normal.clone(self.writer)
            ref = cloned.indirect_reference
            if ref is None or ref.pdf is not self.writer:
                ref = self.writer._add_object(cloned)
            resources["/XObject"][NameObject(name)] = ref
            ops.append(f"q {_cm(matrix)} {name} Do Q")
        return ("\n".join(ops) + "\n").encode() if ops else b""

    def finish_pages(self) -> None:
        """Give each touched page its own resources and the drawing of what was placed."""
        for page_number, ops in self._page_ops.items():
            page = self.writer.pages[page_number - 1]
            old = page.get("/Resources")
            resources = (
                DictionaryObject(old.get_object()) if old is not None else DictionaryObject()
            )
            xobjects = resources.get("/XObject")
            xobjects = DictionaryObject(xobjects.get_object()) if xobjects else DictionaryObject()
            for name, ref in self._page_xobjects[page_number].items():
                xobjects[NameObject(name)] = ref
            resources[NameObject("/XObject")] = xobjects
            page[NameObject("/Resources")] = resources
            before, after = DecodedStreamObject(), DecodedStreamObject()
            before.set_data(b"q\n")
            after.set_data(("Q\n" + "\n".join(ops) + "\n").encode())
            contents = page.get("/Contents")  # raw: streams must stay indirect
            parts = contents.get_object() if contents is not None else ArrayObject()
            if not isinstance(parts, ArrayObject):
                parts = [contents]
            page[NameObject("/Contents")] = ArrayObject(
                [self.writer._add_object(before), *parts, self.writer._add_object(after)]
            )

    # -- attachments and metadata ----------------------------------------------------
    def attach(
        self,
        name: str,
        fetch: Callable[[], bytes],
        size: int,
        sha256: str | None,
        mime: str,
        description: str,
    ) -> None:
        embedded = self.writer.add_attachment(name, b"")
        stream = LazyStream(fetch, sha256)
        stream.update(
            {
                NameObject("/Type"): NameObject("/EmbeddedFile"),
                NameObject("/Subtype"): NameObject("/" + mime),
                NameObject("/Params"): DictionaryObject({NameObject("/Size"): NumberObject(size)}),
            }
        )
        self.writer._replace_object(embedded._embedded_file.indirect_reference, stream)
        embedded.alternative_name = TextStringObject(name)
        embedded.description = TextStringObject(description)
        embedded.associated_file_relationship = NameObject("/Source")

    def metadata(self, info: dict[str, str], language: str) -> None:
        self.writer.add_metadata({NameObject(k): TextStringObject(v) for k, v in info.items()})
        self.writer._root_object[NameObject("/Lang")] = TextStringObject(language)
        self.writer._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")

    def write(self, target: Any) -> None:
        self.finish_pages()
        self.writer.write(target)


def _annotation_matrix(form: StreamObject, rect: list[float]) -> tuple | None:
    """Map an appearance stream's box onto the annotation rectangle (PDF 32000, 12.5.5)."""
    bbox = form.get("/BBox")
    if bbox is None or len(rect) != 4:
        return None
    matrix = tuple(float(v) for v in form.get("/Matrix", (1, 0, 0, 1, 0, 0)))
    x0, y0, x1, y1 = (float(v) for v in bbox)
    corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
    a, b, c, d, e, f = matrix
    xs = [a * x + c * y + e for x, y in corners]
    ys = [b * x + d * y + f for x, y in corners]
    bx0, bx1, by0, by1 = min(xs), max(xs), min(ys), max(ys)
    if bx1 - bx0 <= 0 or by1 - by0 <= 0:
        return None
    rx0, ry0, rx1, ry1 = (
        min(rect[0], rect[2]),
        min(rect[1], rect[3]),
        max(rect[0], rect[2]),
        max(rect[1], rect[3]),
    )
    sx, sy = (rx1 - rx0) / (bx1 - bx0), (ry1 - ry0) / (by1 - by0)
    # The viewer applies the form's own /Matrix; this maps its transformed box to the rect.
    return (sx, 0, 0, sy, rx0 - bx0 * sx, ry0 - by0 * sy)


__all__ = ["Assembler", "Cancelled", "FloatObject", "LazyStream", "StoreMismatch"]
