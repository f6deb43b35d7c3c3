"""An evidence PDF's pages inside the dossier: each page a form XObject, vector, clipped to
its crop box, with visible annotations (filled-in form fields, stamps) drawn from their
appearance streams.

The objects a page uses (fonts, images, nested forms…) are read with pypdf and written by
ReportLab as objects of the dossier: each becomes an object that, when ReportLab writes
it, serialises the pypdf object as it is (streams keep their filters and bytes) with its
references renumbered. An object shared by several pages is written once.
"""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
)

from posassist.evidence.pdf_fonts import open_pdf
from posassist.report import reportlab_internals as rl
from posassist.report.reportlab_internals import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFStream,
    PDFZCompress,
)


def _without_fonts(resources: Any, names: frozenset[str]) -> Any:
    """A copy of a resource dictionary without the fonts of those resource names."""
    copy = DictionaryObject(resources)
    fonts = resources.get("/Font")
    if fonts is not None:
        kept = DictionaryObject(
            {key: value for key, value in fonts.get_object().items() if key[1:] not in names}
        )
        copy[NameObject("/Font")] = kept
    return copy


class ForeignPages:
    """The pages of one evidence PDF, as form XObjects of the ReportLab document `doc`."""

    def __init__(self, doc: Any, pdf: bytes | PdfReader, prefix: str) -> None:
        """`pdf`: the file's bytes, or the file read already."""
        self.reader = pdf if isinstance(pdf, PdfReader) else open_pdf(pdf)
        self.doc = doc
        self.prefix = prefix
        self._extra = 0

    def form(
        self, index: int, unused_fonts: frozenset[str] = frozenset()
    ) -> tuple[Any, tuple[float, float, float, float], int]:
        """(form XObject, its box, the page's rotation) for page `index`. `unused_fonts`:
        resource names of fonts the page declares but never shows text with, and that the
        file does not carry: left out of the copy (every font in a dossier is embedded)."""
        page = self.reader.pages[index]
        crop, media = page.cropbox, page.mediabox
        box = (
            max(float(crop.left), float(media.left)),
            max(float(crop.bottom), float(media.bottom)),
            min(float(crop.right), float(media.right)),
            min(float(crop.top), float(media.top)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            box = (float(media.left), float(media.bottom), float(media.right), float(media.top))
        resources: Any = page.get("/Resources")  # raw: a reference or a dictionary
        if resources is None or not isinstance(resources.get_object(), DictionaryObject):
            resources = DictionaryObject()
        if unused_fonts:
            resources = _without_fonts(resources.get_object(), unused_fonts)
        extra, resources = self._annotations(page, resources)
        entries = {
            "Type": PDFName("XObject"),
            "Subtype": PDFName("Form"),
            "BBox": PDFArray(list(box)),
            "Resources": self.value(resources),
        }
        single = self._single_stream(page)
        if single is not None and not extra:
            # The page's one content stream, bytes and filters as they are: nothing to
            # decode. (Do saves and restores the graphics state around a form anyway.)
            for key in ("/Filter", "/DecodeParms"):
                if key in single:
                    entries[key[1:]] = self.value(single.get(key))
            form = PDFStream(PDFDictionary(entries), single._data)
        else:
            contents = page.get_contents()
            data = contents.get_data() if contents is not None else b""
            form = PDFStream(
                PDFDictionary(entries),
                b"q\n" + data + b"\nQ\n" + extra,
                filters=[PDFZCompress],
            )
        return form, box, (page.rotation or 0) % 360

    @staticmethod
    def _single_stream(page: Any) -> Any:
        """The page's content stream when it has exactly one (not an array), else None."""
        contents = page.get("/Contents")
        if contents is None:
            return None
        contents = contents.get_object()
        if isinstance(contents, ArrayObject):
            if len(contents) != 1:
                return None
            contents = contents[0].get_object()
        if not isinstance(contents, StreamObject) or "/F" in contents:
            return None  # an external file's data: decode it the long way
        return contents

    # -- pypdf objects as ReportLab objects -----------------------------------------------
    def value(self, obj: Any) -> Any:
        """A ReportLab value that writes `obj` (a pypdf object) where it stands."""
        return Foreign(self, obj)

    def _reference(self, ref: Any) -> bytes:
        """'n 0 R' of the dossier's copy of a pypdf indirect object (made on first use)."""
        name = f"{self.prefix}:{ref.idnum}:{ref.generation}"
        number = rl.object_number(self.doc, name)
        if number is None:
            target = ref.get_object()
            if target is None or isinstance(target, NullObject):
                return b"null"
            rl.register(self.doc, self.value(target), name)
            number = rl.object_number(self.doc, name)
        return b"%d %d R" % number

    def _register(self, obj: Any) -> bytes:
        """A direct stream (it must be an object of its own), or an appearance to name."""
        self._extra += 1
        name = f"{self.prefix}:x{self._extra}"
        rl.register(self.doc, self.value(obj), name)
        return b"%d %d R" % rl.object_number(self.doc, name)

    def serialise(self, obj: Any, top: bool = False) -> bytes:
        out = io.BytesIO()
        self._write(obj, out, top)
        return out.getvalue()

    def _write(self, obj: Any, out: Any, top: bool = False) -> None:
        if isinstance(obj, IndirectObject):
            out.write(self._reference(obj))
        elif isinstance(obj, StreamObject):
            if not top:
                out.write(self._register(obj))
                return
            data = obj._data
            header = DictionaryObject({k: v for k, v in obj.items() if k != "/Length"})
            header[NameObject("/Length")] = NumberObject(len(data))
            self._write(header, out)
            out.write(b"\nstream\n")
            out.write(data)
            out.write(b"\nendstream")
        elif isinstance(obj, DictionaryObject):
            out.write(b"<<")
            for key, value in obj.items():
                if len(key) > 2 and key[1] == "%" and key[-1] == "%":
                    continue  # pypdf's own bookkeeping, not PDF
                key.write_to_stream(out)
                out.write(b" ")
                self._write(value, out)
                out.write(b"\n")
            out.write(b">>")
        elif isinstance(obj, ArrayObject):
            out.write(b"[")
            for value in obj:
                out.write(b" ")
                self._write(value, out)
            out.write(b" ]")
        elif obj is None:
            out.write(b"null")
        else:
            obj.write_to_stream(out)

    # -- annotations --------------------------------------------------------------------
    def _annotations(self, page: Any, resources: Any) -> tuple[bytes, Any]:
        """Drawing operators for the visible annotations, and the resources they need."""
        annots = page.get("/Annots")
        if annots is None:
            return b"", resources
        ops = []
        xobjects: Any = None
        for annot in annots.get_object():
            annot = annot.get_object()
            flags = int(annot.get("/F", 0))
            if flags & (2 | 32) or annot.get("/Subtype") == "/Popup":
                continue  # hidden, or not for viewing
            appearance = annot.get("/AP")
            rect = annot.get("/Rect")
            if appearance is None or rect is None:
                continue
            raw = appearance.get_object().get("/N")  # raw: a reference, or a dictionary
            if raw is None:
                continue
            normal = raw.get_object()
            if not isinstance(normal, StreamObject):
                state = annot.get("/AS")
                raw = normal.get(state) if state in normal else None
                normal = raw.get_object() if raw is not None else None
                if not isinstance(normal, StreamObject):
                    continue
            matrix = annotation_matrix(normal, [float(v) for v in rect.get_object()])
            if matrix is None:
                continue
            if xobjects is None:
                # Our own copies: the original's resources stay as they are.
                resources = DictionaryObject(resources.get_object())
                old = resources.get("/XObject")
                xobjects = DictionaryObject(old.get_object() if old is not None else {})
                resources[NameObject("/XObject")] = xobjects
            self._extra += 1
            name = f"/PosAssistAn{self._extra}"
            if not isinstance(raw, IndirectObject):
                raw = _Placed(self._register(normal))
            xobjects[NameObject(name)] = raw
            ops.append(f"q {_cm(matrix)} {name} Do Q")
        return (("\n".join(ops) + "\n").encode() if ops else b""), resources


class _Placed:
    """A reference already made ('n 0 R'), as a value in a pypdf dictionary we write."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def write_to_stream(self, stream: Any, *args: Any) -> None:
        stream.write(self.data)


class Foreign(PDFObject):
    """A pypdf object that ReportLab writes (serialised when the file is written)."""

    def __init__(self, pages: ForeignPages, obj: Any) -> None:
        self.pages = pages
        self.obj = obj

    def format(self, document: Any) -> bytes:
        return self.pages.serialise(self.obj, top=True)


def _cm(m: tuple) -> str:
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in m) + " cm"


def annotation_matrix(form: Any, rect: list[float]) -> tuple | None:
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


__all__ = ["ForeignPages", "annotation_matrix"]
